"""Templates of the tenth held-out tagging set (v10), written for it by an author who did not see the tagger.

Sixteen domains no earlier set wrote, each with two private and two public templates; what they are and
which layout each template uses is recorded in the set's ``.meta.json`` (from :data:`LAYOUTS` and
:data:`DESCRIPTION`), not in the public docs, until round 10 has been measured on the set. They were
frozen with the set and must not be changed: a changed template set is a new held-out set.

Syntax (v7's to v9's, see :mod:`~dpfusion_integrations.evaluation.heldout_templates_v7`): ``<<a|b>>`` is
a structural choice shared by the two documents of a pair; ``{ref.form}`` is a private value (people
``{pN.form}``, organisations ``{oN.kind}`` with the kinds of ``heldout_values_v10.ORG_FORMS``,
``{mailN}``, ``{addrN.form}``, ``{cityN}``, ``{dateN.form}``, ``{phoneN}``, ``{ipN}``, identifiers
``{idN.kind}`` with the kinds of ``heldout_values_v10.ID_KINDS``, and ``{natN}``, a national identifier
whose scheme is a structural choice).

Not gold (public structure): times, durations, amounts, prices, weights, volumes, sizes, scores and
ranks, frequencies, room, van and kiln names, song and game titles, cat names, dishes and products.
"""

from __future__ import annotations

__all__ = ["DESCRIPTION", "LAYOUTS", "PRIVATE_TEMPLATES", "PUBLIC_TEMPLATES"]

# (template id, domain, template)
PRIVATE_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # ------------------------------------------------------------------ moving company
    ("mov10-survey", "moving_company", """{o1.movers} — PRE-MOVE SURVEY                 Quote {id1.quote}
Customer ........ {p1.t} {p1.full}
Moving from ..... {addr1.oneline}
Moving to ....... {addr2.oneline}
Move date ....... {date1.text}          Survey done {date2.num} by {p2.initials}
Phone ........... {p1.phone}            E-mail .. {p1.email}
Volume about 38 m³: 3-seat sofa, piano (upright), 14 boxes of books, fridge-freezer.
Access: 2nd floor, narrow stairs; parking permit needed at the new place — {p1.first} will ask {o2.council}.
Keys handed over to: {p3.full} ({p3.kin}), {p3.phone}
Crew lead on the day: {p4.firstini}; van {id2.plate}"""),
    ("mov10-csv", "moving_company", """job_id,customer,pickup_address,delivery_address,date,phone,crew
{id1.move},{p1.full},{addr1.oneline},{addr2.oneline},{date1.num},{p1.phone},{p5.initials}
{id2.move},{p2.inv},{addr3.oneline},{addr4.oneline},{date2.num},{p2.phone},{p5.initials}
{id3.move},{p3.full},{addr5.oneline},{addr6.oneline},{date3.num},{p3.phone},{p6.initials}
# export by {p5.full} <{p5.workemail}> from {o1.movers}, host {ip1}"""),
    # ------------------------------------------------------------------ tutoring agency
    ("tut10-match", "tutoring_agency", """Subject: Re: Re: maths tutor for {p1.first}

On {date1.short}, {p2.full} <{p2.email}> wrote:
> Hi, my {p1.child} {p1.full} is in year 10 at {o2.school} and struggles with algebra.
> Could someone come to our home on Tuesdays? We live at {addr1.oneline}.
> My number is {p2.phone}.

Dear {p2.t} {p2.last},

Thank you. We have matched {p1.first} with {p3.full}, who tutors GCSE maths and physics. {p3.He}
will call you from {p3.phone} to agree a first session, probably {date2.short}. Student number: {id1.student}.
Invoices come monthly from {mail1}.

Kind regards,
{p4.dotted}
{o1.tutoring}"""),
    ("tut10-timesheet", "tutoring_agency", """| tutor | student | date | hours | notes |
|---|---|---|---|---|
| {p1.full} | {p2.firstini} ({id1.student}) | {date1.num} | 1.5 | fractions, homework set |
| {p1.full} | {p3.firstini} ({id2.student}) | {date2.num} | 1 | essay plan |
| {p4.full} | {p5.firstini} ({id3.student}) | {date3.num} | 2 | past paper, 61% |

Submitted by {p1.full}, {p1.phone}, staff no. {id4.staff}. Pay into {id5.iban}.
Approved: {p6.lastini}, {o1.tutoring}"""),
    # ------------------------------------------------------------------ community radio
    ("rad10-rota", "community_radio", """{o1.radio} · weekend rota · week of {date1.short}
SAT 07:00 breakfast ............ {p1.full} ({p1.at})
SAT 10:00 local sport ........... {p2.full} / {p3.firstini}
SAT 14:00 world music ........... {p4.upperfull}
SUN 09:00 community notices ..... {p5.full}
SUN 18:00 request show .......... {p6.lowerfull}
Studio door code this month: {id1.gate}. Transmitter fault? Call engineer {p7.full} on {p7.phone}.
Listener line {phone1}; texts to {phone2}. Rota questions: {p8.email}"""),
    ("rad10-complaint", "community_radio", """From: {p1.email}
To: {mail1}
Date: {date1.text}
Subject: complaint about the phone-in

Dear station manager,
On the phone-in yesterday the presenter, {p2.full}, read out my full name and the street I live on
({addr1.street}) after I had asked to stay anonymous. My {p3.kin} {p3.first} heard it at work.
I expect an apology on air and that the recording is removed.
{p1.full}
{p1.phone}

--- reply ---
Dear {p1.first}, I am sorry. The clip is off our website as of today and {p2.first} will apologise on
{date2.short}. Your reference is {id1.case}. — {p4.full}, station manager, {o1.radio}"""),
    # ------------------------------------------------------------------ cattery
    ("cat10-booking", "cattery", """{o1.cattery}
BOARDING AGREEMENT                                           No. {id1.booking}
Owner name: {p1.full}                  Mobile: {p1.phone}
Address: {addr1.full}
E-mail: {p1.email}
Cat(s): "<<Mochi|Biscuit|Sultan|Pim|Noodle>>", <<tabby|Siamese|Maine Coon|black moggy>>, 4 yrs; microchip {id2.chip}
Check-in {date1.short}        Check-out {date2.short}
Vet: {o2.hospital}, {phone1}
If we cannot reach you: {p2.full}, {p2.phone}
Owner signature: {p1.initials}          Received by: {p3.ini}"""),
    ("cat10-chat", "cattery", """{date1.short}
[08:02] {p1.lower}: morning!! how is {p2.lower}'s cat doing, she wasn't eating yesterday
[08:15] {p3.lower}: ate half a pouch at 7, purring. photo sent to {p2.email}
[08:16] {p1.lower}: phew. also {p4.full} rang, wants to extend to {date2.short}, booking {id1.booking}
[08:20] {p3.lower}: fine by me, pen 6 is free. {p4.first} should pay the difference to {id2.iban}
[08:21] {p1.lower}: ok ill text {p4.him} on {p4.phone}
[08:40] {p5.slack}: reminder vet visit for pen 2 with {p6.t} {p6.last} at {addr1.street}"""),
    # ------------------------------------------------------------------ food bank
    ("fb10-referral", "food_bank", """FOOD BANK REFERRAL VOUCHER                       Voucher {id1.voucher}
Referring agency: {o2.charity}      Referrer: {p1.full}, {p1.workemail}
Client: {p2.caps}                   Date of birth: {p2.dob}
Address: {addr1.full}
Household: 2 adults, 3 children (ages 2, 7, 11)
Reason: <<benefit delay|low income|debt|sickness>>
Client phone: {p2.phone}        Dietary: no pork, one nut allergy
Collect from: {o1.foodbank}, {addr2.street}, {date1.text}
Staff use: parcel packed by {p3.initials}; client ID seen: {nat1}"""),
    ("fb10-volunteers", "food_bank", """Hi all — volunteer sign-up for {date1.text} at {o1.foodbank}:

  sorting (9-12): {p1.full}, {p2.full}, {p3.firstini}
  driving (10-14): {p4.full} — van reg {id1.plate}, mobile {p4.phone}
  front desk (12-15): {p5.full}, {p6.lower}

Deliveries today go to {addr1.oneline} and {addr2.oneline}.
If you cannot come, e-mail {p7.workemail} or text {p7.first} on {p7.phone}.
Thanks! {p7.initials}"""),
    # ------------------------------------------------------------------ choir
    ("cho10-members", "choir", """# {o1.choir} — members 2026/27
| voice | name | phone | e-mail | since |
|---|---|---|---|---|
| soprano | {p1.full} | {p1.phone} | {p1.email} | {date1.num} |
| alto | {p2.full} | {p2.phone} | {p2.email} | {date2.num} |
| tenor | {p3.caps} | {p3.phone} | {p3.email} | {date3.num} |
| bass | {p4.full} | {p4.phone} | {p4.email} | {date4.num} |

Subs to {id1.iban} (ref: surname). Librarian: {p5.lowerfull}. Secretary: {p6.dotted}"""),
    ("cho10-concert", "choir", """Dear singers,

the winter concert is on {date1.text} at <<St Brigid's|the town hall|the old cinema>>, {addr1.oneline}.
Call at 17:30 in black. {p1.full} will sing the solo in the Rutter; {p2.first} covers.
Car share: {p3.full} leaves from {addr2.street} at 16:45 and has two seats — ring {p3.him} on {p3.phone}.
Tickets via {p4.email} or on the door. Our accompanist, {p5.t} {p5.last}, needs the page-turner list by {date2.short}.

Best, {p6.first}
{o1.choir} · registered charity {id1.account}"""),
    # ------------------------------------------------------------------ esports team
    ("esp10-roster", "esports_team", """{o1.esports} — SEASON ROSTER (submitted {date1.num})
IGN            | legal name           | DOB        | country doc      | contact
<<Vortex|Kite|Ghostline|Rook>>         | {p1.upperfull} | {p1.dob} | {nat1} | {p1.telegram}
<<Nyx|Bramble|Zed|Halo>>              | {p2.upperfull} | {p2.dob} | {id2.passport} | {p2.email}
<<Orca|Pixel|Sable|Juno>>             | {p3.upperfull} | {p3.dob} | {id1.passport} | {p3.at}
coach: {p4.full} ({p4.phone}) · manager: {p5.full} ({p5.workemail})
bootcamp address: {addr1.oneline} · team server {ip1}"""),
    ("esp10-discord", "esports_team", """#scrims  ·  {o1.esports}
{p1.lower} — {date1.short} 19:02
scrim vs {o2.employer} moved to 20:00, {p2.lower} is still stuck at work
{p3.lower} — 19:05
np. {p4.lower} can sub, {p4.his} discord is {p4.at}
{p1.lower} — 19:06
also prize money from the cup: {p5.full} needs everyone's IBAN by {date2.short}, mine is {id1.iban}
{p5.slack} — 19:30
send bank details in DM only pls. contract copies went to {p2.email} and {p3.email}"""),
    # ------------------------------------------------------------------ catering
    ("cter10-order", "catering", """EVENT ORDER · {o1.catering}                          Order {id1.order}
Client: {p1.full}, {o2.employer}          Tel: {p1.phone}
Billing e-mail: {p1.workemail2}
Event: <<retirement lunch|wedding buffet|board dinner|christening>> on {date1.text}, 80 guests
Venue: {addr1.full}
Menu: mezze, lamb tagine, vegetable pilaf, saffron cake; 6 vegan, 2 coeliac
Arrive 10:30; site contact {p2.full} ({p2.phone})
Deposit received {date2.num}, invoice {id2.invoice}. Chef: {p3.firstini}"""),
    ("cter10-staff", "catering", """From: {p1.full} <{p1.intmail}>
Sent: {date1.text}
To: waiting staff
Subject: Saturday shift

Team, for Saturday we need six of you at {addr1.street}. Confirmed so far: {p2.first}, {p3.first}, {p4.full},
{p5.lower}. {p6.full}, can you drive the hot boxes? The van key is with {p7.t} {p7.last}.
Timesheets to {p8.email} by Monday; hourly pay goes to the account you gave us.
Any problems call me on {p1.phone}.
— {p1.firstini}, {o1.catering}"""),
    # ------------------------------------------------------------------ window cleaning
    ("win10-round", "window_cleaning", """ROUND SHEET   {date1.short}   round <<A|B|C>>   cleaner: {p1.firstini}
  addr                                 | customer            | price | notes
  {addr1.street} | {p2.lastini}           | 18    | side gate code {id1.gate}
  {addr2.street} | {p3.lastini}           | 22    | conservatory roof too
  {addr3.street} | {p4.lastini}           | 15    | pay by card, {p4.phone}
  {addr4.street} | {p5.lastini}           | 30    | dog in garden
Owes: {p6.full} (two rounds), reminder sent to {p6.email}. Ladder {id2.serial}."""),
    ("win10-quote", "window_cleaning", """Hello {p1.first},

thanks for asking about window cleaning at {addr1.oneline}. For a three-storey building with 24 windows
we would charge 95 every four weeks, frames and sills included. First clean could be {date1.short}.

If you are happy, reply with the name of whoever lets us in (you mentioned your {p2.kin}, {p2.first}?) and
a number for the day.

Cheers,
{p3.full}
{o1.windows} · {phone1} · {mail1}
VAT reg. {id1.account}"""),
    # ------------------------------------------------------------------ dry cleaning
    ("dry10-ticket", "dry_cleaning", """{o1.drycleaner}
{addr1.oneline}
TICKET {id1.order}   IN {date1.short}   READY {date2.short}
NAME  {p1.upperlast}, {p1.first}
TEL   {p1.phone}
2 x suit 2pc, 1 x silk dress (stain on hem), 4 x shirt fold
Customer note: collect by {p2.full}
Served by: {p3.initials}"""),
    ("dry10-claim", "dry_cleaning", """{date1.text}

{p1.t} {p1.full}
{addr1.full}

Our ref: {id1.case}

Dear {p1.t} {p1.last},

We are sorry that your wool coat (ticket {id2.order}) came back with a shrunken lining. Our insurer,
{o2.insurer}, has approved 180 under policy {id3.policy}. The sum will be paid to {id4.iban} within
ten working days. If you have questions please ask for {p2.full} on {phone1}.

Yours sincerely,
{p3.full}
Manager, {o1.drycleaner}"""),
    # ------------------------------------------------------------------ taxi dispatch
    ("taxi10-log", "taxi_dispatch", """DISPATCH LOG {o1.taxi} {date1.num}
21:04 job {id1.booking} pickup {addr1.oneline} -> airport, pax {p1.full} {p1.phone}, car {id2.taxi} ({p2.firstini})
21:11 job {id3.booking} pickup {addr2.street}, pax {p3.lowerfull}, wheelchair, car {id4.taxi} ({p4.firstini})
21:30 lost property: phone left in car {id4.taxi}, owner {p5.full} to call {phone1}
21:42 complaint from {p6.full} ({p6.email}) about route, passed to {p7.ini}
22:05 driver {p2.full} off shift, plate {id5.plate}"""),
    ("taxi10-account", "taxi_dispatch", """ACCOUNT APPLICATION — {o1.taxi}
Company: {o2.employer}
Billing contact: {p1.full}, {p1.workemail2}, {p1.phone}
Billing address: {addr1.full}
Authorised bookers: {p2.full}; {p3.full}; {p4.initials}
Account number (office use): {id1.account}
Monthly invoice to {mail1.o2}
Signed {p1.firstini}, {date1.num}"""),
    # ------------------------------------------------------------------ pottery studio
    ("pot10-kiln", "pottery_studio", """kiln log · {o1.pottery}
{date1.short}  bisque, cone 06 — shelves 1-3: {p1.lower}, {p2.lower}, {p3.lower}
{date2.short}  glaze, cone 6 — {p4.full} (big platter), {p5.full}
crack on {p2.first}'s jug, told {p2.him} by text {p2.phone}
glaze test tiles for {p6.full}, pick up from shelf C
next firing loaded by {p7.initials}; questions {mail1}"""),
    ("pot10-course", "pottery_studio", """Hi {p1.first},

you're booked on the <<6-week wheel|handbuilding|raku weekend>> course starting {date1.text}, booking {id1.booking}.
Your tutor is {p2.full}. Bring an apron and short nails! Parking is behind {addr1.street}.

Your friend {p3.full} is on the waiting list; we'll write to {p3.email} if a place opens.
Payment of 210 received from card, receipt {id2.invoice}.

see you soon
{p4.first} @ {o1.pottery}
--
On {date2.short} {p1.email} wrote:
> can i book me and {p3.first} together? my mobile is {p1.phone}"""),
    # ------------------------------------------------------------------ print shop
    ("prn10-job", "print_shop", """PRINT JOB TICKET                                            {id1.order}
Customer: {p1.full} — {o2.employer}
Contact: {p1.phone} / {p1.workemail2}
Artwork file from: {p1.email}  (uploaded {date1.num}, IP {ip1})
Item: A5 flyers, 2,000, 170 gsm silk, double-sided
Proof approved by {p2.firstini} on {date2.num}
Delivery to: {addr1.full}
Operator: {p3.initials}   Invoice {id2.invoice}   {o1.printshop}"""),
    ("prn10-wedding", "print_shop", """Proof 2 — wedding invitations for {p1.full} & {p2.full}

   Together with their families
   {p1.upperfull} and {p2.upperfull}
   invite you to celebrate their marriage
   on {date1.text}
   at {addr1.oneline}
   RSVP to {p3.full}, {p3.phone}, by {date2.short}

Notes from {p1.first}: spell {p4.kin} {p4.full}'s name exactly like that. Send final PDF to {p1.email}.
Printer: {o1.printshop}, job {id1.order}"""),
    # ------------------------------------------------------------------ campsite
    ("camp10-arrivals", "campsite", """ARRIVALS {date1.short} — {o1.campsite}
pitch | guest | nights | vehicle | phone
{id1.pitch} | {p1.caps} | 3 | {id2.plate} | {p1.phone}
{id3.pitch} | {p2.caps} | 7 | {id4.plate} | {p2.phone}
{id5.pitch} | {p3.caps} | 2 | none (cyclists) | {p3.phone}
late arrival expected: {p4.full}, gate code {id6.gate}
warden on duty: {p5.firstini} ({p5.phone})"""),
    ("camp10-review", "campsite", """Re: your stay with us

On {date1.num} {p1.full} <{p1.email}> wrote:
> We stayed in pitch {id1.pitch} from {date2.short}. The showers were cold three mornings and the warden
> ({p2.first}?) said nothing could be done. Also someone took my {p3.kin}'s bike ({id2.serial}).

Dear {p1.first},
I'm sorry about the showers; the boiler was replaced on {date3.short}. For the bike, please give the
police the report number {id3.case}; our CCTV clip was sent to them by {p4.full}.
As a goodwill gesture we have refunded one night to your card.
{p5.full}, owner, {o1.campsite}, {addr1.oneline}"""),
    # ------------------------------------------------------------------ hair salon
    ("hair10-book", "hair_salon", """{o1.salon} — appointments {date1.text}
09:00  {p1.full}        cut & blow-dry      with {p2.first}    {p1.phone}
10:30  {p3.full}        colour (root)       with {p2.first}    {p3.phone}
11:15  {p4.lowerfull}   beard trim          with {p5.first}    {p4.at}
13:00  {p6.full}        child cut ({p6.child} {p7.first})   with {p5.first}   {p6.phone}
patch test for {p3.first} done {date2.short} — OK
no-show last week: {p8.full} ({p8.email})"""),
    ("hair10-card", "hair_salon", """CLIENT RECORD CARD
Name: {p1.full}                            DOB: {p1.dob}
Tel: {p1.phone}            Email: {p1.email}
Address: {addr1.oneline}
Allergies: PPD sensitive — skin test every visit
Colour formula: 6.1 + 7.0, 20 vol, 35 min
Visits: {date1.num} ({p2.initials}); {date2.num} ({p2.initials}); {date3.num} ({p3.initials})
Consent to store details: signed {p1.firstini}"""),
    # ------------------------------------------------------------------ podiatry
    ("pod10-letter", "podiatry", """{o1.podiatry}
{addr1.full}
Tel {phone1}

{date1.text}

Dr {p1.last}
{o2.hospital}

Re: {p2.full}, born {p2.olddob}, patient no. {id1.patient}
{addr2.oneline}

Dear Dr {p1.last},

I saw {p2.first} today with a painful ingrown nail of the right hallux. {p2.He} is diabetic and lives alone;
{p2.his} {p3.kin}, {p3.full} ({p3.phone}), brings {p2.him} to appointments. I removed a nail spike under local
anaesthetic and have booked a dressing check on {date2.short}. Please review {p2.his} circulation.

Yours sincerely,
{p4.full}
HCPC reg. {id2.staff} · {p4.workemail}"""),
    ("pod10-notes", "podiatry", """SOAP NOTE  {date1.num}  clinician {p1.ini}
Patient: {p2.inv}   ID {id1.patient}   DOB {p2.olddob}
S: pain under 2nd metatarsal head, L foot, 3 months. Lives with {p2.his} {p3.kin}, {p3.full}.
O: callus 1 cm, no ulcer; pulses present; monofilament 10/10.
A: plantar callus, mild.
P: debrided; insole ordered from {o2.employer}, order {id2.order}; review {date2.short}.
GP: {p4.t} {p4.last}, {o3.hospital}. Contact: {p2.phone}. Next of kin {p3.phone}."""),
)

PUBLIC_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("pub10-mov-tips", "moving_company", """Packing tips
Label every box with the room it goes to, not what is inside. Heavy things go in small boxes. Keep a \
first-night box with kettle, mugs, phone chargers, toilet roll and bedding. Defrost the freezer 24 hours \
before we arrive."""),
    ("pub10-mov-prices", "moving_company", """| move size | crew | van | typical price |
|---|---|---|---|
| studio | 2 | 3.5 t | 320 |
| two bedrooms | 3 | 7.5 t | 690 |
| family house | 4 | 2 x 7.5 t | 1,250 |
Prices <<include|exclude>> packing materials and parking permits."""),
    ("pub10-tut-faq", "tutoring_agency", """FAQ
How are tutors checked? Every tutor has a background check and two references. Can we change tutor? \
Yes, at any time, free. What if a lesson is cancelled? Give 24 hours' notice and you are not charged. \
Do you offer online lessons? Yes, with a shared whiteboard."""),
    ("pub10-tut-subjects", "tutoring_agency", """subjects we cover
primary: reading, phonics, number bonds. secondary: maths, biology, chemistry, physics, english, \
french, spanish, history, computing. adults: <<exam resits|language for work|university entrance>>. \
lessons last one hour; groups of up to three cost less per head."""),
    ("pub10-rad-schedule", "community_radio", """WEEKDAY SCHEDULE
06:00 Breakfast with news on the hour
10:00 Mid-morning mix
13:00 Lunchtime talk: local clubs, health, money tips
16:00 Drive time
19:00 Specialist music: jazz (Mon), reggae (Tue), folk (Wed), metal (Thu), dance (Fri)
Broadcasting on <<FM and DAB|FM and online|DAB and online>>."""),
    ("pub10-rad-volunteer", "community_radio", """Want to be on the radio?
We train new volunteers every quarter. You will learn to run the desk, edit audio, interview guests and \
stay within broadcasting law. No experience needed; a love of your town helps. Training is free and \
takes four evenings."""),
    ("pub10-cat-rules", "cattery", """Before your cat stays
Vaccinations (flu and enteritis) need to have been given 14 days or more before arrival. Bring the card. Flea treatment within \
the last month. We feed a premium dry food unless you bring your own. Each cat has a heated sleeping \
area and an outdoor run; cats from different homes never share."""),
    ("pub10-cat-prices", "cattery", """| cats sharing a pen | per night |
|---|---|
| one | 16 |
| two | 27 |
| three | 36 |
Medication: 2 per day. Collection on Sundays between 10:00 and 12:00 only."""),
    ("pub10-fb-howto", "food_bank", """How to get help
Food parcels are given with a referral voucher from a doctor, school, advice centre or social worker. \
Each parcel holds three days of tinned and dry food for your household, plus toiletries when we have \
them. Bring the voucher to any of our centres during opening hours."""),
    ("pub10-fb-needed", "food_bank", """most needed this month
tinned fish, tinned tomatoes, UHT milk, coffee, long-life juice, rice (500 g), sugar, deodorant, \
nappies size 5 and 6. we have plenty of pasta and baked beans, thank you! please check dates: we \
cannot give out food past its use-by date."""),
    ("pub10-cho-join", "choir", """Join us
No audition, no need to read music. Rehearsals on Wednesday evenings, 19:30-21:30, with a tea break. \
We sing everything from folk and gospel to film songs and the odd madrigal. Subs are <<monthly|termly>>; \
first two weeks free."""),
    ("pub10-cho-warmup", "choir", """Warm-up sequence
1. Shoulder rolls and a big yawn. 2. Lip trills sliding up and down. 3. Hum on five notes, then open to \
"ah". 4. Tongue twisters at speed. 5. Sirens from low to high. Drink water, and never push through a \
sore throat."""),
    ("pub10-esp-rules", "esports_team", """TEAM CODE
Be on time for scrims, ten minutes early for official matches. No toxic chat, in game or on stream. \
Sleep matters more than one more ranked game. Sponsors' kit is worn at every LAN. Disputes go to the \
coach first, then the manager."""),
    ("pub10-esp-results", "esports_team", """| week | opponent | map score | result |
|---|---|---|---|
| 1 | division rival | 2-1 | win |
| 2 | league leaders | 0-2 | loss |
| 3 | newly promoted side | 2-0 | win |
| 4 | academy team | 1-2 | loss |"""),
    ("pub10-cter-menu", "catering", """Buffet menu B (per head 24)
Mini flatbreads with za'atar; spiced carrot salad; chicken shawarma with garlic sauce; falafel; \
herby rice; cucumber yoghurt; fruit platter and baklava. Vegetarian and gluten-free versions on \
request. Minimum 30 guests."""),
    ("pub10-cter-allergens", "catering", """ALLERGEN INFORMATION
Our kitchen handles all fourteen major allergens. Dishes are labelled on the day. Tell us about any \
allergy when you book and again to the event lead on arrival. We cannot guarantee any dish is free \
from traces of nuts or sesame."""),
    ("pub10-win-how", "window_cleaning", """How we clean
We use pure water fed through a carbon-fibre pole, which leaves no smears and means no ladders on most \
houses. Frames and sills are washed each visit. We do not need to come inside. If it rains after a \
clean, the glass still dries clear."""),
    ("pub10-win-prices", "window_cleaning", """price guide (every 4 or 8 weeks)
flat, ground floor ........ 10
terraced house ............ 14
semi-detached ............. 17
detached .................. 22+
conservatory roof ......... from 25"""),
    ("pub10-dry-care", "dry_cleaning", """Care label symbols
A circle means professional cleaning. A circle with a cross through it: do not dry clean. The letter \
inside tells us which solvent to use. A triangle is about bleach; an iron with dots shows the safe \
heat, one dot being the coolest."""),
    ("pub10-dry-prices", "dry_cleaning", """| item | price | ready in |
|---|---|---|
| shirt, washed & pressed | 3 | 1 day |
| two-piece suit | 14 | 2 days |
| wedding dress | from 90 | 2 weeks |
| duvet, king size | 22 | 3 days |"""),
    ("pub10-taxi-fares", "taxi_dispatch", """FARES (licensed tariff)
Tariff 1, 06:00-22:00: flag fall 3.20, then 2.10 per mile. Tariff 2, nights and Sundays: time and a \
half. Tariff 3, public holidays: double. Extra passengers beyond four: 1 each. Soiling charge up to 80."""),
    ("pub10-taxi-access", "taxi_dispatch", """accessible cabs
eight of our cars take a wheelchair with the passenger seated in it. please ask for an accessible car \
when you book so that one is kept free. assistance dogs travel at no extra charge. drivers help with \
bags on request."""),
    ("pub10-pot-safety", "pottery_studio", """STUDIO SAFETY
Clay dust is harmful: wet-clean tables and floors, never sweep. Wear a mask when mixing glazes. Kiln \
room is staff-only while firing. Wash hands before eating. Tie back long hair at the wheel."""),
    ("pub10-pot-glossary", "pottery_studio", """Glossary
Bisque: the first, unglazed firing. Leather-hard: clay firm enough to carve but still damp. Slip: clay \
mixed with water to a cream. Wedging: kneading to remove air. Cone: a small ceramic pyramid that bends \
at a set heat, telling us when the kiln is done."""),
    ("pub10-prn-specs", "print_shop", """Artwork checklist
Send PDF/X files with 3 mm bleed on every edge and crop marks. Colours in CMYK, images at 300 dpi at \
final size. Outline or embed fonts. Keep text 5 mm inside the trim. We send a digital proof before \
anything is printed."""),
    ("pub10-prn-paper", "print_shop", """| paper | weight | good for |
|---|---|---|
| uncoated | 120 gsm | letterheads |
| silk | 170 gsm | flyers |
| gloss | 350 gsm | postcards |
| recycled board | 400 gsm | business cards |"""),
    ("pub10-camp-rules", "campsite", """Site rules
Quiet hours from 22:30 to 07:30. One car per pitch; extra cars on the overflow field. Barbecues must \
be raised off the grass. Dogs on leads at all times. Please sort rubbish into the four bins by the \
shower block."""),
    ("pub10-camp-facilities", "campsite", """facilities
hot showers (free), washing-up sinks, laundry with two machines, small shop open 8-10 and 17-19, \
electric hook-ups on hardstanding pitches, chemical disposal point, play field, and <<a heated pool in \
summer|a games room|bike hire>>."""),
    ("pub10-hair-prices", "hair_salon", """| service | stylist | senior stylist |
|---|---|---|
| wash, cut & finish | 38 | 46 |
| full head colour | 65 | 75 |
| balayage | 110 | 130 |
| beard trim | 12 | 15 |
Skin test needed 48 hours before any colour."""),
    ("pub10-hair-aftercare", "hair_salon", """Aftercare
Wait 72 hours before washing new colour. Use a sulphate-free shampoo and lukewarm water. Heat tools \
need a protection spray. Book a toner every six to eight weeks to keep blonde shades bright."""),
    ("pub10-pod-diabetes", "podiatry", """Looking after diabetic feet
Check your feet every day, using a mirror for the soles. Never walk barefoot. Cut nails straight \
across. Moisturise, but not between the toes. See a podiatrist at once if you notice a wound, colour \
change or swelling."""),
    ("pub10-pod-services", "podiatry", """services
routine nail care and corns; verruca treatment; biomechanical assessment and custom insoles; \
nail surgery under local anaesthetic; sports injuries. home visits for people who cannot travel. \
appointments last 30 or 45 minutes."""),
)

#: The layout of each template (recorded in the ``.meta.json``).
LAYOUTS: dict[str, str] = {
    "mov10-survey": "dotted-leader survey form", "mov10-csv": "CSV export with unquoted commas in address cells",
    "tut10-match": "e-mail reply with quoted header and message", "tut10-timesheet": "markdown table with footer",
    "rad10-rota": "dotted-leader rota", "rad10-complaint": "e-mail with headers and reply",
    "cat10-booking": "boarding agreement form", "cat10-chat": "lower-case chat log",
    "fb10-referral": "referral voucher form", "fb10-volunteers": "indented sign-up e-mail",
    "cho10-members": "markdown table with heading", "cho10-concert": "circular letter with signature",
    "esp10-roster": "all-caps roster table", "esp10-discord": "lower-case team chat",
    "cter10-order": "event order form", "cter10-staff": "internal e-mail with initials signature",
    "win10-round": "fixed-width round sheet", "win10-quote": "informal e-mail quote",
    "dry10-ticket": "counter ticket with inverted name", "dry10-claim": "formal letter",
    "taxi10-log": "dispatch log", "taxi10-account": "application form",
    "pot10-kiln": "lower-case kiln log", "pot10-course": "e-mail with quoted reply below signature",
    "prn10-job": "job ticket", "prn10-wedding": "proof text with notes",
    "camp10-arrivals": "pipe-separated arrivals list", "camp10-review": "e-mail reply with quoted complaint",
    "hair10-book": "appointment book", "hair10-card": "client record card",
    "pod10-letter": "referral letter with letterhead", "pod10-notes": "SOAP clinical note",
    **{tid: "public: tips, prices, FAQ, rules, schedule, glossary or table" for tid, _, _ in PUBLIC_TEMPLATES},
}

#: A description of the set for its ``.meta.json``.
DESCRIPTION = (
    "Sixteen domains no earlier set used (moving companies, tutoring agencies, community radio, catteries, "
    "food banks, choirs, esports teams, catering, window cleaning, dry cleaning, taxi dispatch, pottery "
    "studios, print shops, campsites, hair salons, podiatry), two private and two public templates each; "
    "layouts: dotted-leader forms and rotas, a CSV export with unquoted commas inside address cells, e-mail "
    "threads with quoted headers and messages, markdown tables, lower-case chat logs, boarding, referral, "
    "order and application forms, circular and formal letters, signatures with initials, fixed-width round "
    "sheets, counter tickets with inverted names, dispatch and kiln logs, invitation proofs, appointment "
    "books, record cards, a referral letter and a SOAP note. Names hand-written in 32 traditions none of "
    "v1-v9 used; addresses of 20 countries none of v1-v9 wrote addresses for (Bahraini and Kuwaiti block "
    "addresses, Nicaraguan landmark directions, Montenegrin 'bb' among them); phones of 22 countries none of "
    "v1-v9 wrote phones for, with eight new extension forms; identifiers with check digits or letters "
    "(Moldovan IDNP, Salvadoran DUI, Kuwaiti civil ID, Nicaraguan cédula, IBANs of 10 countries) and shaped "
    "ones (Kyrgyz PIN, Azerbaijani FIN, Belarusian, Bahraini, Zimbabwean, Honduran, Andorran numbers); dates "
    "in new numeric orders and separators and in English, Russian, Bosnian, Catalan, Italian, Azerbaijani "
    "and Portuguese words."
)
