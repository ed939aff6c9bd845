"""Templates of the ninth held-out tagging set (v9), written for it by an author who did not see the tagger.

Sixteen domains no earlier set wrote, each with two private and two public templates; what they are and
which layout each template uses is recorded in the set's ``.meta.json`` (from :data:`LAYOUTS` and
:data:`DESCRIPTION`), not in the public docs, until round 9 has been measured on the set. They were
frozen with the set and must not be changed: a changed template set is a new held-out set.

Syntax (v7's and v8's, see :mod:`~dpfusion_integrations.evaluation.heldout_templates_v7`): ``<<a|b>>``
is a structural choice shared by the two documents of a pair; ``{ref.form}`` is a private value (people
``{pN.form}``, organisations ``{oN.kind}`` with the kinds of ``heldout_values_v9.ORG_FORMS``,
``{mailN}``, ``{addrN.form}``, ``{cityN}``, ``{dateN.form}``, ``{phoneN}``, ``{ipN}``, identifiers
``{idN.kind}`` with the kinds of ``heldout_values_v9.ID_KINDS``, and ``{natN}``, a national identifier
whose scheme is a structural choice).

Not gold (public structure): times, durations, amounts, weights, sizes, ratings and scores, seat rows,
room and puzzle names, horse and dog names, product names, opening moves, sky objects and equipment.
"""

from __future__ import annotations

__all__ = ["DESCRIPTION", "LAYOUTS", "PRIVATE_TEMPLATES", "PUBLIC_TEMPLATES"]

# (template id, domain, template)
PRIVATE_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # ------------------------------------------------------------------ beekeeping association
    ("api9-swarm", "apiary", """SWARM COLLECTION LOG — {o1.beeassoc}
Reported: {date1.num} 11:20 by {p1.full}, tel. {p1.phone}
Location: {addr1.oneline} (swarm in a hedge, about head height)
Collector on call: {p2.firstini} ({p2.phone})
Hive registered to: {p3.caps}, apiary reg. {id1.apiary}
Notes: {p2.first} collected at 14:05, bees calm; cluster about the size of a rugby ball.
Re-homed with {p4.full} at {addr2.street}. Owner of the land: {p5.ini}.
Committee follow-up: {p6.lower} to e-mail {p1.first} at {p1.email} before {date2.short}."""),
    ("api9-members", "apiary", """member_no|name|phone|email|hives|joined|mentor
{id1.member}|{p1.inv}|{p1.phone}|{p1.email}|4|{date1.num}|{p3.initials}
{id2.member}|{p2.full}|{p2.phone}|{p2.workemail}|1|{date2.num}|{p3.initials}
{id3.member}|{p4.caps}|{p4.phone}|{p4.email}|12|{date3.num}|-
{id4.member}|{p5.lastini}|{p5.phone}|{p5.at}|2|{date4.num}|{p3.initials}
-- list kept by {p3.full} ({p3.intmail}) for {o1.beeassoc}; treasurer {p6.dotted}"""),
    # ------------------------------------------------------------------ piano tuning
    ("pia9-visit", "piano_tuning", """{o1.pianotech}
Service visit record                                         Job {id1.job}

Customer: {p1.t} {p1.full}                Date: {date1.text}
Address: {addr1.full}
Instrument: <<upright|baby grand|concert grand>>, serial no. {id2.serial}
Pitch found: A = 437 Hz; raised to 440 Hz in two passes.
Work done: tuning, two bass strings replaced, damper felt on C4 re-glued.
Next tuning due: {date2.short}. Customer's {p2.kin}, {p2.full}, plays daily; humidity low.
Tuner: {p3.full} · {p3.workemail} · {p3.phone}"""),
    ("pia9-chat", "piano_tuning", """[sms thread with {p1.full}]
{date1.short} 09:12  {p1.lower}: hi, {p2.lower} gave me your number. piano sounds awful since the move lol
{date1.short} 09:40  me: Hi {p1.first}! Happy to help. What's the address?
{date1.short} 09:44  {p1.lower}: {addr1.oneline}. 3rd floor no lift sorry
{date1.short} 09:46  me: No problem. {date2.short} at 10? I'll bring {p3.first} from {o1.pianotech}, it may need two of us.
{date1.short} 10:02  {p1.lower}: perfect. if im late my {p4.kin} {p4.lower} will let you in, {p4.his} cell is {p4.phone}
{date1.short} 10:03  me: Great, booked under {id1.job}. Invoice goes to {p1.email}"""),
    # ------------------------------------------------------------------ escape room
    ("esc9-booking", "escape_room", """Booking confirmation {id1.booking}
{o1.escaperoom} — <<The Alchemist's Study|Submarine 9|The Last Train|Pharaoh's Gate>>
Lead booker: {p1.full} · {p1.email} · {p1.phone}
Date: {date1.text}, 19:30 (arrive 15 minutes early)
Players (5): {p1.first}, {p2.full}, {p3.firstini}, {p4.full}, {p5.lower}
Birthday guest: {p2.first} (born {p2.dob})
Paid by card ending 4417; receipt {id2.invoice}
Venue: {addr1.street}, {addr1.city}
Game master tonight: {p6.first} — questions to {mail1}"""),
    ("esc9-incident", "escape_room", """INCIDENT NOTE ({o1.escaperoom}) {date1.num}
Room: <<Vault|Asylum|Lab>>   Game master: {p1.ini}   Booking: {id1.booking}
At 20:14 player {p2.full} tripped over the chest in room 2 and hurt {p2.his} ankle. Ice pack given; game
paused 6 minutes. Player declined an ambulance. Friend {p3.full} drove {p2.him} home to {addr1.city}.
Player contact: {p2.phone} / {p2.email}. Witness: {p4.full}, {p4.phone}.
Insurer notified: {o2.insurer}, claim ref {id2.case}.
Reviewed by manager {p5.firstini} on {date2.num}."""),
    # ------------------------------------------------------------------ chess club
    ("che9-pairings", "chess_club", """{o1.chessclub} — <<Spring|Autumn|Winter>> Rapid, round 4 pairings ({date1.text})
Bd | White                       | Rtg  | Black                        | Rtg
 1 | {p1.caps} ({id1.member})  | 2210 | {p2.caps} ({id2.member})   | 2188
 2 | {p3.caps}                   | 2045 | {p4.caps}                    | 2031
 3 | {p5.caps}                   | 1950 | {p6.caps}                    | 1902
 4 | {p7.lastini}                | 1840 | bye                          | -
Arbiter: {p8.full} ({p8.email}). Results to {mail1} by {date2.short}.
Late withdrawal: {p9.full} — call {p9.phone}."""),
    ("che9-junior", "chess_club", """Dear {p1.t} {p1.last},

Thank you for registering {p2.full} (born {p2.childdob}) for the junior section of
{o1.chessclub}. Sessions run on Saturdays from {date1.text} at {o2.school}, {addr1.oneline}.

Coach: {p3.full}. Safeguarding lead: {p4.full} ({p4.phone}). Emergency contact on file: {p1.full},
{p1.phone}. FIDE ID (if any): {id1.member}.

Fees of 60 are paid into {id2.iban}, reference {p2.initials}-J.

With best wishes,
{p5.full}
Junior Secretary, {p5.workemail}"""),
    # ------------------------------------------------------------------ hot-air balloon flights
    ("bal9-manifest", "balloon_flights", """FLIGHT MANIFEST — {o1.balloon}     Date {date1.num}    Launch 06:10
Pilot in command: {p1.upperfull}    Licence {id1.licence}
Envelope: <<105|90|120>> (thousand cu ft)    Pilot ID: {nat1}
Pax | Name                    | Weight | Contact
 1  | {p2.upperfull}          | 72 kg  | {p2.phone}
 2  | {p3.upperfull}          | 64 kg  | {p3.phone}
 3  | {p4.upperfull}          | 88 kg  | {p4.email}
 4  | {p5.upperfull}          | 55 kg  | -
Retrieve crew: {p6.firstini}, vehicle {id2.plate}
Landowner of landing field: {p7.full}, {addr1.oneline}
Voucher nos.: {id3.booking}, {id4.booking}"""),
    ("bal9-voucher", "balloon_flights", """Hello {p1.first},

Your gift voucher {id1.booking} for two adults is valid until {date1.text}. It was bought for you by
{p2.full} ({p2.email}). To book, reply with two dates and the names of both passengers as on your ID.
Flights leave from {addr1.street}, {addr1.city} at sunrise; we text the go/no-go the evening before to
{p1.phone}.

Best regards,
{p3.full}
{o1.balloon} · office {phone1} · {mail1}

-- previous message --
From: {p1.email}
Sent: {date2.num}
my partner {p4.lowerfull} and I would love a flight in the summer. thanks! {p1.initials}"""),
    # ------------------------------------------------------------------ dog boarding kennels
    ("ken9-intake", "dog_boarding", """{o1.kennel}  ·  BOARDING INTAKE FORM
Owner: {p1.full}          Mobile: {p1.phone}          E-mail: {p1.email}
Home address: {addr1.full}
Dog: "<<Bruno|Tasha|Pepper|Kofi|Mishka>>", <<spaniel|lurcher|terrier cross|shepherd>>, 6 yrs
Microchip: {id1.chip}          Vaccination card checked: yes
Vet: {o2.hospital}, {p2.t} {p2.last}, {phone1}
Stay: {date1.short} to {date2.short}          Kennel block C
Emergency contact while away: {p3.full} ({p3.kin}), {p3.phone}
Owner ID seen: {nat1}
Signed: {p1.firstini}          Staff: {p4.initials}"""),
    ("ken9-updates", "dog_boarding", """#guest-updates  {o1.kennel}
{p1.lower} 08:05  morning walk done for block C, all good
{p1.lower} 08:07  {p2.lowerfull}'s dog ate half breakfast again. texting {p2.first} on {p2.phone}
{p3.slack} 10:30  owner {p4.full} asked for a photo, send to {p4.email} pls
{p1.lower} 12:15  done. also {p5.full} is collecting early, {date1.short}, booking {id1.booking}
{p3.slack} 12:20  ok. {p5.first} owes for 2 extra nights, invoice {id2.invoice}
{p6.lower} 17:45  vet {p7.ini} from {o2.hospital} called back re: ear drops, all fine"""),
    # ------------------------------------------------------------------ sleep clinic
    ("slp9-report", "sleep_clinic", """{o1.sleepclinic}
POLYSOMNOGRAPHY REPORT

Name: {p1.caps}        DOB: {p1.dob}        Sex: {p1.sex}
Hospital no.: {id1.patient}        National ID: {nat1}
Referring physician: {p2.t} {p2.full}, {o2.hospital}
Study date: {date1}        Scored by: {p3.ini}

AHI 31/h (severe obstructive sleep apnoea); lowest SpO2 81 %; sleep efficiency 74 %.
Plan: auto-CPAP trial; device serial {id2.device} issued {date2}. Review with {p4.t} {p4.last} in 6 weeks.

Reported by {p4.full}, Consultant in Sleep Medicine · {p4.workemail}"""),
    ("slp9-diary", "sleep_clinic", """patient sleep diary — {p1.lowerfull} — week from {date1.short}
night | bed | asleep | wakings | up | notes
mon | 23:10 | 00:30 | 3 | 06:45 | {p2.lower} (my {p2.kin}) says i snored loudly
tue | 22:50 | 23:20 | 1 | 06:45 | mask leak, called {o1.sleepclinic} on {phone1}
wed | 23:40 | 01:05 | 4 | 07:00 | shift swap with {p3.full}
thu | 23:00 | 23:15 | 0 | 06:30 | best night. nurse {p4.firstini} adjusted pressure
for clinic use: diary received {date2.num}, ref {id1.patient}, scanned by {p5.initials}"""),
    # ------------------------------------------------------------------ roofing contractor
    ("roo9-quote", "roofing", """{o1.roofer}
{addr1.full}
Tel {phone1}   {mail1}   Reg. {id1.account}

QUOTATION {id2.invoice}                              {date1.num}

For: {p1.full}
Property: {addr2.full}

Strip and re-felt rear pitch (approx. 42 m2), replace 30 clay tiles, new lead flashing at chimney.
Scaffold by {o2.employer}, to be erected {date2.short}.
Price held for 30 days. Surveyor: {p2.full}, {p2.phone}.
Accepted by (name): ____________  for {p1.firstini}"""),
    ("roo9-site", "roofing", """SITE DIARY — job {id1.job} — {addr1.street}, {addr1.city}
{date1.num}  Crew: {p1.firstini}, {p2.firstini} and {p3.firstini}; rain from 11:00, tarp on.
{date2.num}  Neighbour {p4.full} complained about skip ({p4.phone}). Spoke with {p4.him}, moved it.
{date3.num}  Client {p5.caps} inspected; asked for ridge tiles to match. Photos sent to {p5.email}.
Van {id2.plate} booked for {date4.short} (morning). Building control officer: {p6.ini}, {o2.council}.
Supervisor sign-off: {p7.full}"""),
    # ------------------------------------------------------------------ riding stables
    ("rid9-livery", "riding_stables", """LIVERY AGREEMENT  —  {o1.stables}
Owner: {p1.inv}
Address: {addr1.full}
Phone: {p1.phone}    E-mail: {p1.email}
Horse: "<<Brindle|Caspar|Nutmeg|Zephyr>>", <<mare|gelding>>, 14 yrs, passport/UELN {id1.horse}
Livery type: <<full|part|DIY>>, from {date1.text}
Owner ID: {nat1}
Farrier: {p2.full}, {p2.phone}. Vet: {o2.hospital}.
Monthly fee by standing order from {id2.iban}
Signed for the yard: {p3.full} (yard manager)      Owner: {p1.initials}"""),
    ("rid9-lessons", "riding_stables", """lesson board {date1.short}
9:00  {p1.firstini} on Biscuit  — instructor {p2.first}
10:00 group: {p3.lower}, {p4.lower}, {p5.lower} (all beginners) — {p2.first}
11:30 {p6.full} private, jumping — {p7.first}
14:00 {p8.caps} lunge lesson — {p7.first}
parents please: {p3.lower}'s mum {p9.full} pick up at 11, call {p9.phone}
pony club rep: {p10.full} {p10.email} · invoices {id1.invoice} / {id2.invoice}"""),
    # ------------------------------------------------------------------ public observatory
    ("obs9-night", "observatory", """{o1.observatory} — public night sign-up, {date1.text}
# | name | group | email/web | phone | scope slot
1 | {p1.full} | 2 | {p1.email} | {p1.phone} | 21:00
2 | {p2.full} | 4 | {p2.email} | {p2.phone} | 21:00
3 | {p3.full} | 1 | {p3.email} | {p3.phone} | 21:30
4 | {p4.full} | 3 | {p4.github} | {p4.phone} | 22:00
Volunteer astronomer: {p5.firstini}   Dome operator: {p6.firstini}
Clouds? We text by 18:00. Remote session for members: {ip1}, login {p7.user}"""),
    ("obs9-grant", "observatory", """To: {p1.workemail}
Cc: {p2.workemail}
Subject: telescope time request {id1.case}

Dear {p1.t} {p1.last},

I would like to request two nights on the 0.6 m telescope of {o1.observatory} between {date1.text} and {date2.text} for
my <<variable star|exoplanet transit|asteroid astrometry>> project. I am a teacher at {o2.school} and
would bring three students ({p3.first}, {p4.first} and {p5.first}).
My supervisor, {p6.full} ({p6.email}), can confirm.

Kind regards,
{p7.full}
{addr1.full}
{p7.phone}"""),
    # ------------------------------------------------------------------ bicycle workshop
    ("bik9-ticket", "bike_workshop", """{o1.bikeshop} · WORKSHOP TICKET {id1.job}
In: {date1.short}      Promised: {date2.short}
Customer: {p1.full}      Tel: {p1.phone}      Email: {p1.email}
Bike: <<gravel|road|cargo|e-MTB>>, frame no. {id2.serial}
Work: full service, new chain + cassette, bleed rear brake
Parts total 84.00   Labour 55.00
Mechanic: {p2.firstini}      Checked out by: {p3.initials}
Stolen bike register checked: not listed"""),
    ("bik9-theft", "bike_workshop", """From: {p1.email}
To: {mail1}
Subject: stolen bike - frame number

hi, my bike was stolen from outside {addr1.oneline} on {date1.num}. you serviced it in the spring
(ticket {id1.job}). could you send me the frame number for the police report? the crime ref is
{id2.case}. my {p2.kin} {p2.full} brought it in for me that time, {p2.he} might have the receipt.
thanks, {p1.full}
{p1.phone}

> reply from {p3.full} ({o1.bikeshop}): frame no. is {id3.serial}, good luck!"""),
    # ------------------------------------------------------------------ theatre box office
    ("box9-access", "box_office", """{o1.theatre} — Access booking {id1.booking}
Patron: {p1.t} {p1.full}      Access scheme no.: {id2.member}
Performance: "<<The Glass Menagerie|Figaro|A Doll's House|Uncle Vanya>>", {date1.text}, 19:30
Seats: stalls row C 4-5 (companion seat free)
Companion: {p2.full}
Needs: step-free route, hearing loop; guide dog "Odin"
Contact: {p1.phone} / {p1.email}
Address for tickets: {addr1.full}
Booked by {p3.firstini}, box office, {date2.num}"""),
    ("box9-refunds", "box_office", """refund_id,order,patron,email,phone,show_date,amount,approved_by
{id1.invoice},{id2.order},{p1.full},{p1.email},{p1.phone},{date1.num},48.00,{p4.initials}
{id3.invoice},{id4.order},{p2.caps},{p2.email},{p2.phone},{date2.num},120.00,{p4.initials}
{id5.invoice},{id6.order},{p3.lastini},{p3.email},{p3.phone},{date3.num},24.00,{p5.initials}
# exported {date4.num} by {p4.lower} from {o1.theatre} ticketing"""),
    # ------------------------------------------------------------------ wine club
    ("win9-order", "wine_club", """{o1.winery} · Club shipment <<spring|autumn>> — packing slip
Order {id1.order}                Ship date {date1.num}
Member: {p1.full} (member {id2.member})
Ship to: {addr1.full}
Phone for courier: {p1.phone}
Carrier: {o2.courier}, tracking {id3.tracking}
Adult signature required. Date of birth on file: {p1.dob}
6 x mixed red (club selection). Gift note: "For {p2.first}, love {p1.first}"
Packed by {p3.initials}"""),
    ("win9-tasting", "wine_club", """Hi {p1.first} and {p2.first},

Lovely to host you both at the cellar door on {date1.short}! As promised, here are the three wines you
liked, and the member form. {p3.first} from our team will call you on {p1.phone} to set up the
shipment to {addr1.oneline}.

Your tasting was led by {p4.full}; if you'd like to book the blending workshop, write to {mail1}.
Cheers,
{p5.full}
{o1.winery} · {phone1} · {p5.telegram}"""),
    # ------------------------------------------------------------------ self storage
    ("sto9-licence", "self_storage", """{o1.storage} — STORAGE LICENCE
Unit: {id1.unitcode} (50 sq ft)      Start: {date1.num}      Gate code: {id2.gate}
Customer: {p1.upperfull}
Address: {addr1.oneline}
Mobile: {p1.phone}      E-mail: {p1.email}
ID checked: {nat1}
Alternate contact with access: {p2.full}, {p2.phone}
Goods insured with {o2.insurer} (policy {id3.policy})
Payment: card on file, account {id4.account}
Signed up online from {ip1}. Site manager: {p3.ini}"""),
    ("sto9-overdue", "self_storage", """{date1.text}

{p1.full}
{addr1.full}

Account {id1.account}, unit {id2.unitcode}

Dear {p1.t} {p1.last},
Your storage fees are now 60 days overdue. Unless the balance is paid by {date2.text}, access to the
unit will be overlocked and the contents may be sold under clause 14 of your licence.
If someone else pays on your behalf (we have {p2.full} on file), please ask them to quote the
account number. Call {p3.first} on {phone1} or write to {mail1}.

Yours sincerely,
{p3.full}, Credit Control, {o1.storage}"""),
    # ------------------------------------------------------------------ speech and language therapy
    ("spe9-report", "speech_therapy", """{o1.therapy}
SPEECH AND LANGUAGE THERAPY — INITIAL ASSESSMENT

Child: {p1.full}      DOB: {p1.childdob}      Ref: {id1.patient}
Parent/carer: {p2.full} ({p2.parent}), {p2.phone}, {p2.email}
School: {o2.school}, class teacher {p3.t} {p3.last}
Assessed on {date1} by {p4.full}

{p1.first} uses two-word phrases and is understood by familiar adults about half of the time.
Fronting of /k/ and /g/ observed. {p1.He} engaged well with picture cards.
Plan: six weekly sessions from {date2}; home practice sheet sent to {p2.email}.

{p4.full}, Speech and Language Therapist · {p4.workemail}"""),
    ("spe9-notes", "speech_therapy", """session notes (shared drive, do not print)
{date1.num} — {p1.lowerfull} ({id1.patient}), stammering, adult
  - reported work stress; manager {p2.full} at {o2.employer} agreed extra time in meetings
  - practised easy onsets; {p1.first} rated fluency 6/10
{date2.num} — {p1.first} cancelled; texted from {p1.phone}
{date3.num} — joint session with {p1.his} {p3.kin} {p3.lower}
  - next: telephone practice, call {o1.therapy} reception ({phone1}) and ask for {p4.firstini}
therapist: {p5.initials}"""),
    # ------------------------------------------------------------------ coffee roastery (wholesale)
    ("cof9-wholesale", "coffee_roastery", """{o1.roastery} — wholesale account application
Business name: {o2.employer}
Trading address: {addr1.full}
Contact: {p1.full} (owner)      Phone: {p1.phone}      E-mail: {p1.workemail2}
Accounts payable: {p2.full} <{p2.workemail2}>
VAT/tax no.: {id1.account}      Bank: {id2.iban}
Espresso machine: 2-group, serviced by {p3.full} ({p3.phone})
Start date: {date1.num}      Standing order: 12 kg/week
Approved by {p4.dotted} on {date2.num}"""),
    ("cof9-route", "coffee_roastery", """DELIVERY RUN {date1.text} · driver {p1.firstini} · van {id1.plate}
stop | customer | address | kg | contact
1 | {o2.employer} | {addr1.oneline} | 6 | {p2.first} {p2.phone}
2 | {o3.employer} | {addr2.oneline} | 12 | {p3.first} {p3.phone}
3 | {p4.full} (home) | {addr3.oneline} | 1 | leave with {p4.kin} {p5.lower}
returns: 3 empty buckets from stop 2. invoice {id2.invoice} to {p3.email}
dispatch: {p6.lower} · {o1.roastery}"""),
)

PUBLIC_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("pub9-api-swarms", "apiary", """What to do if you see a swarm
A swarm of honeybees is rarely aggressive: the bees have filled up on honey and are looking for a new \
home. Keep children and pets away, do not spray the cluster, and call the swarm line. Bumblebees and \
wasps are not collected by beekeepers."""),
    ("pub9-api-calendar", "apiary", """beekeeping year
march: first inspection on a warm day. april-may: swarm checks every 7 days, add supers. june: split \
strong colonies. august: harvest, then treat for varroa. october: mouse guards on. december: oxalic \
acid while broodless."""),
    ("pub9-pia-faq", "piano_tuning", """HOW OFTEN SHOULD A PIANO BE TUNED?
At least once a year; twice if it is played every day or stands near a radiator. A piano that has not \
been tuned for several years may need a pitch raise before a fine tuning. Keep room humidity between \
40 and 60 percent."""),
    ("pub9-pia-prices", "piano_tuning", """| service | time | note |
|---|---|---|
| standard tuning | 1 h | upright or grand |
| pitch raise + tuning | 1.5 h | below A 435 |
| regulation | half day | action adjustment |
| moving advice | free | by phone |"""),
    ("pub9-esc-rules", "escape_room", """HOUSE RULES
No force is needed to open anything. Do not climb on furniture. Phones stay in the lockers. You can \
ask for three hints per game. Teams of 2 to 6 players; under-14s play with an adult. Arrive 15 \
minutes before your slot or the game may be shortened."""),
    ("pub9-esc-rooms", "escape_room", """our rooms
the alchemist's study (difficulty 3/5, 60 min) · submarine 9 (4/5, 75 min, some crawling) · the last \
train (2/5, great for first-timers) · pharaoh's gate (5/5, for experienced teams only). private hire \
and team-building packages on request."""),
    ("pub9-che-rules", "chess_club", """Tournament rules (summary)
Rapid play: 15 minutes plus 10 seconds per move. Touch-move applies. Mobile phones must be switched \
off in the playing hall. Illegal move: two minutes added to the opponent's clock. Results are handed \
to the arbiter by the winner, or by White after a draw."""),
    ("pub9-che-openings", "chess_club", """Beginner session plan
Week 1: how the pieces move. Week 2: check, checkmate and stalemate. Week 3: opening principles \
(centre, development, castling). Week 4: simple tactics: forks, pins, skewers. Week 5: basic \
endgames, king and queen against king."""),
    ("pub9-bal-faq", "balloon_flights", """FREQUENTLY ASKED QUESTIONS
How long is the flight? About one hour in the air; allow four hours in total. Where do we land? \
Wherever the wind takes us; the retrieve crew follows by road. Is there an age limit? Passengers must \
be at least 1.2 m tall. What should I wear? Flat shoes and a hat."""),
    ("pub9-bal-weather", "balloon_flights", """WEATHER AND CANCELLATIONS
WE ONLY FLY IN WINDS BELOW 10 KNOTS, WITH GOOD VISIBILITY AND NO RAIN OR THUNDERSTORMS NEARBY. ABOUT \
HALF OF ALL SCHEDULED FLIGHTS ARE CANCELLED FOR WEATHER; YOUR VOUCHER STAYS VALID AND CAN BE REBOOKED \
AS OFTEN AS NEEDED."""),
    ("pub9-ken-what", "dog_boarding", """What to bring for your dog's stay
Their usual food, measured into daily bags. Any medication with written instructions. A blanket or \
toy that smells of home. Please do not bring beds with stuffing. Vaccinations must be at least two \
weeks old, including kennel cough."""),
    ("pub9-ken-day", "dog_boarding", """a day at the kennels
7:30 breakfast · 8:00 first walk in the paddock · 11:00 play group (if suitable) · 13:00 quiet time · \
16:00 second walk · 18:00 dinner · 21:00 last check and lights out. dogs from one household can share \
a run."""),
    ("pub9-slp-prep", "sleep_clinic", """Preparing for your overnight sleep study
Wash your hair and do not use gel or oil. Avoid caffeine after noon and do not nap on the day. Bring \
night clothes, any regular medicines and something to read. Sensors are attached to the scalp, face, \
chest and a finger; they do not hurt."""),
    ("pub9-slp-hygiene", "sleep_clinic", """| habit | why it helps |
|---|---|
| same wake-up time daily | anchors the body clock |
| daylight in the morning | advances sleep onset |
| no screens 1 h before bed | less alerting light |
| cool, dark bedroom | deeper sleep |"""),
    ("pub9-roo-guide", "roofing", """Signs your roof needs attention
Slipped or cracked tiles, damp patches on upstairs ceilings, moss building up in valleys, daylight \
visible in the loft, and sagging along the ridge. Flat roofs usually last 15 to 25 years; clay tiles \
much longer with regular maintenance."""),
    ("pub9-roo-safety", "roofing", """SAFE WORKING AT HEIGHT — TOOLBOX TALK
SCAFFOLD TAG CHECKED BEFORE USE. HARNESS ON FRAGILE ROOFS. NO WORK IN HIGH WINDS. TOOLS TETHERED. \
EXCLUSION ZONE BELOW THE WORK AREA. LADDERS TIED AND EXTENDING ONE METRE ABOVE THE LANDING."""),
    ("pub9-rid-rules", "riding_stables", """Yard rules
Hats to current standard must be worn when mounted. Gates are closed behind you. No smoking anywhere \
on the yard. Children under 12 are supervised at all times. Horses are not fed by visitors. Muck \
heaps are emptied on Mondays."""),
    ("pub9-rid-levels", "riding_stables", """riding levels
level 1: leading rein, walk only · level 2: rising trot on the lunge · level 3: walk, trot and canter \
in a group · level 4: small jumps and hacking out · level 5: cross-country training."""),
    ("pub9-obs-guide", "observatory", """What can we see tonight?
In autumn, the Andromeda galaxy is high after dark and the Pleiades rise in the east. Saturn's rings \
are visible in a small telescope. Let your eyes adapt for 20 minutes; use only red torches near the \
dome. Public nights are cancelled if more than half the sky is cloudy."""),
    ("pub9-obs-kit", "observatory", """| instrument | aperture | use |
|---|---|---|
| main reflector | 0.6 m | imaging, photometry |
| refractor | 150 mm | public viewing |
| solar telescope | 40 mm | hydrogen-alpha |
| all-sky camera | - | meteors |"""),
    ("pub9-bik-check", "bike_workshop", """ABC safety check before every ride
Air: tyres pumped to the pressure on the sidewall. Brakes: levers firm, pads not worn to the line. \
Chain: clean, lubed, no stiff links. Quick releases closed, bolts tight. Lights charged in winter."""),
    ("pub9-bik-prices", "bike_workshop", """workshop prices
basic service 45 · full service 95 · puncture repair 12 · wheel true 18 · brake bleed 25 per end · \
e-bike diagnostics 35. we quote before any extra work. most services are done within three working \
days."""),
    ("pub9-box-access", "box_office", """Access at our theatre
All levels are reached by lift. Wheelchair spaces are in the stalls and dress circle. A free \
companion ticket is available for patrons who need one. Audio-described and captioned performances \
are marked in the brochure. Assistance dogs are welcome."""),
    ("pub9-box-terms", "box_office", """TICKET TERMS
TICKETS CANNOT BE REFUNDED UNLESS A PERFORMANCE IS CANCELLED. EXCHANGES ARE ALLOWED UP TO 48 HOURS \
BEFORE THE SHOW FOR A SMALL FEE. LATECOMERS ARE ADMITTED AT A SUITABLE BREAK. CHILDREN UNDER 2 ARE NOT \
ADMITTED TO EVENING SHOWS."""),
    ("pub9-win-club", "wine_club", """How the club works
Four shipments a year of six bottles, chosen by our winemaker. Members get ten percent off at the \
cellar door and free tastings for two. Skip a shipment by telling us two weeks ahead. Adult signature \
needed on delivery."""),
    ("pub9-win-notes", "wine_club", """tasting notes
2022 field blend: pale gold, pear and almond, fresh finish. 2021 reserve red: dark cherry, cedar, fine \
tannins, drink now to 2030. rosé: strawberry, dry. serve whites at 8-10 °C and reds at 16-18 °C."""),
    ("pub9-sto-rules", "self_storage", """PROHIBITED ITEMS
Food or perishables, flammable liquids and gas bottles, firearms and explosives, living things, \
waste and anything illegal. Units may not be used as a workshop or to live in. The site is covered \
by CCTV and open 6:00 to 22:00."""),
    ("pub9-sto-sizes", "self_storage", """| unit size | fits roughly |
|---|---|
| 25 sq ft | a car boot of boxes |
| 50 sq ft | a one-bedroom flat |
| 100 sq ft | a two-bedroom house |
| 200 sq ft | a family home with garage |"""),
    ("pub9-spe-milestones", "speech_therapy", """Typical speech milestones
By 12 months: first words. By 2 years: about 50 words and some two-word phrases. By 3 years: short \
sentences, understood by familiar people. By 4 years: most sounds clear, though r and th may come \
later. Ask for advice if you are worried."""),
    ("pub9-spe-tips", "speech_therapy", """tips for talking with your child
get down to their level. follow their lead and comment on what they are doing. keep your sentences \
short. wait, count to five in your head, and give them time to answer. read together every day, even \
for five minutes."""),
    ("pub9-cof-brew", "coffee_roastery", """Brew guide — filter
Ratio 60 g of coffee per litre of water. Grind medium-fine, like table salt. Water just off the boil, \
about 94 °C. Bloom with twice the coffee's weight of water for 30 seconds, then pour slowly in circles. \
Total time about 3 minutes."""),
    ("pub9-cof-origins", "coffee_roastery", """| coffee | process | notes |
|---|---|---|
| single origin A | washed | citrus, black tea |
| single origin B | natural | blueberry, cocoa |
| house espresso | blend | caramel, hazelnut |
| decaf | sugar cane | milk chocolate |"""),
)

#: The layout of each template (recorded in the ``.meta.json``).
LAYOUTS: dict[str, str] = {
    "api9-swarm": "call-out log", "api9-members": "pipe-separated member list",
    "pia9-visit": "service record with letterhead", "pia9-chat": "lower-case SMS thread",
    "esc9-booking": "booking confirmation", "esc9-incident": "incident note",
    "che9-pairings": "fixed-width pairings table", "che9-junior": "letter with signature",
    "bal9-manifest": "all-caps manifest table", "bal9-voucher": "e-mail with quoted message",
    "ken9-intake": "intake form", "ken9-updates": "team chat",
    "slp9-report": "clinical report", "slp9-diary": "lower-case diary table",
    "roo9-quote": "quotation with letterhead", "roo9-site": "site diary log",
    "rid9-livery": "agreement form", "rid9-lessons": "lesson board list",
    "obs9-night": "sign-up table", "obs9-grant": "e-mail request with signature",
    "bik9-ticket": "workshop ticket", "bik9-theft": "lower-case e-mail with reply",
    "box9-access": "booking record", "box9-refunds": "CSV export",
    "win9-order": "packing slip", "win9-tasting": "informal e-mail",
    "sto9-licence": "licence form", "sto9-overdue": "formal letter",
    "spe9-report": "assessment report", "spe9-notes": "indented session notes",
    "cof9-wholesale": "application form", "cof9-route": "delivery run table",
    **{tid: "public: guide, rules, price list, table or FAQ" for tid, _, _ in PUBLIC_TEMPLATES},
}

#: A description of the set for its ``.meta.json``.
DESCRIPTION = (
    "Sixteen domains no earlier set used (beekeeping associations, piano tuning, escape rooms, chess clubs, "
    "hot-air balloon flights, dog boarding kennels, sleep clinics, roofing contractors, riding stables, "
    "public observatories, bicycle workshops, theatre box offices, wine clubs, self storage, speech and "
    "language therapy, coffee roasteries), two private and two public templates each; layouts: call-out "
    "logs, pipe-separated and CSV exports, service records and quotations with letterheads, lower-case SMS "
    "threads, diaries and e-mails, booking confirmations, incident notes, fixed-width and markdown tables, "
    "letters, all-caps manifests, e-mails with quoted messages, intake, licence and application forms, team "
    "chat, clinical and assessment reports, site diaries, lesson boards, sign-up sheets, packing slips and "
    "delivery runs. Names hand-written in 32 traditions none of v1-v8 used; addresses of 21 countries none "
    "of v1-v8 wrote addresses for; phones of 25 countries none of v8's with ten extension forms; "
    "identifiers with real check digits (Estonian isikukood, Bulgarian EGN, Latvian personal code, "
    "Macedonian EMBG, Norwegian fødselsnummer, Ecuadorian cédula, Saudi ID, IBANs of 11 countries) and "
    "shaped ones (Mongolian register numbers in Cyrillic among them); dates in numeric, short and worded "
    "styles in English, Estonian, Latvian, Bulgarian, Norwegian, Uzbek, Mongolian, Spanish, French and "
    "Arabic (also with Arabic-Indic digits)."
)
