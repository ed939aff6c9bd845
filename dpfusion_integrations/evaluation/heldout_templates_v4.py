"""Templates of the fourth held-out tagging set (v4), written for it apart from the tagger.

Sixteen domains that v1-v3 do not have: courier logs, mobile-network care notes, marketplace
disputes, game-community moderation, gym and sports-club administration, event planning, property
viewings, clinical-trial screening, volunteer rotas, midwife home visits, garage and car-hire
orders, customs declarations, family group chats, visa invitation letters and freelancer
onboarding. They were written before the fourth tuning round of the recall profile and must not be
changed: a changed template set is a new held-out set (v5).

Syntax (see :mod:`~dpfusion_integrations.evaluation.heldout_v4`): ``<<a|b>>`` is a structural choice
shared by the two documents of a pair; ``{ref.form}`` is a private value:

* people ``{pN.full|first|last|lower|lowerfull|ini|inim|lastini|initials|dotted|firstini|upperlast|
  upperfull|inv}``; contacts ``{pN.email|workemail|phone}``, handles ``{pN.at|mast|reddit|discord|
  gamer|gh|snap|bsky}``, links ``{pN.tme|li}``; ``{pN.dob}``; public words that agree with the
  person's gender: pronouns ``{pN.he|He|him|his|His}``, titles ``{pN.t}`` (Ms/Mr/Mx), ``{pN.sir}``,
  ``{pN.sra}``, kinship ``{pN.kin}``;
* organisations ``{oN.gym|club|venue|garage|courier|shop|clinic|school|employer|charity|site|telecom}``;
* ``{addrN.full|oneline|street|city}``, ``{cityN}``, ``{dateN}`` (``{dateN.num}`` numeric only),
  ``{phoneN}``, ``{ipN}``, ``{mailN}`` (a shared mailbox at the first organisation);
* identifiers ``{idN.natid|tax|passport|licence|plate|vin|iban|imei|iccid|order|tracking|member|booking|
  invoice|account|case|participant}``.

Not gold (public structure): times, amounts, ages, weights, sizes, flight numbers, platform and
product names, public bodies, versions, room and gate numbers, pets' names.
"""

from __future__ import annotations

__all__ = ["PRIVATE_TEMPLATES", "PUBLIC_TEMPLATES"]

# (template id, domain, template)
PRIVATE_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # ------------------------------------------------------------------ courier logs
    ("cour-failed", "courier", """DRIVER APP – FAILED DELIVERY NOTE
Consignment {id1.tracking} for {p1.full}, {addr1.oneline}.
<<Attempted|First attempt>> {date1} at 14:10. No answer at the door; called {p1.phone}, went to voicemail.
Neighbour at no. <<4|12|7>> ({p2.first}) offered to take it but recipient had ticked "no neighbour".
Driver: {p3.ini} (route <<NW-14|C3|B-22>>). Card left. Redelivery booked via {o1.courier}, ref {id2.order}."""),
    ("cour-damage", "courier", """Subject: parcel arrived crushed – order {id1.order}
Hi, this is {p1.full}. The box your courier left on {date1} was split open and the ceramic lamp inside is broken.
The driver, I think {p2.his} name was {p2.first}, didn't ring. Photos attached. I'm at {addr1.full}.
You can reach me on {p1.phone} or {p1.email}. I paid {o1.shop} by card and they told me to contact {o2.courier} directly.
{p1.first}"""),
    ("cour-route", "courier", """route sheet {date1.num} – van <<3|5|9>> – driver {p1.upperlast}, {p1.first}
stop 1: {p2.ini}, {addr1.street} – signed {p2.initials}
stop 2: {o1.shop} (goods in) – left with {p3.first} at reception
stop 3: {p4.full}, {addr2.oneline} – safe place: <<behind bins|porch|garage>>
stop 4: {p5.lastini} – customer rang {phone1} to move to tomorrow
van reg {id1.plate}; fuel card ending <<1102|7719|3380>>"""),
    # ------------------------------------------------------------------ mobile network care
    ("tel-simswap", "telecom", """CARE NOTE – SIM SWAP REQUEST ({o1.telecom})
Caller says {p1.he} is {p1.full}, DOB {p1.dob}. Account {id1.account}. Number on account {p1.phone}.
Caller failed security question 2. Asked for the new SIM ({id2.iccid}) to go to {addr1.oneline}, not the address on file.
Flagged as possible fraud, swap refused. Customer's registered e-mail {p1.email} notified. Agent {p2.firstini}, team <<Kappa|Orion|7>>."""),
    ("tel-porting", "telecom", """{p1.t} {p1.last},
We have received a request to move your mobile number {phone1} from {o1.telecom} to another network on {date1}.
If you did not ask for this, call us on {phone2} before 6 pm. Device on the contract: IMEI {id1.imei}.
Your porting code was issued to the account holder, {p1.full}, at {p1.email}.
<<Regards|Kind regards>>, {p2.first} {p2.last} – Retentions"""),
    ("tel-chat", "telecom", """[live chat transcript]
agent {p1.first}: hi, you're through to {o1.telecom} support. who am I speaking with?
customer: hi its {p2.lowerfull}, my internet has been down since {date1}
agent {p1.first}: sorry to hear that! can you confirm the number on the account?
customer: {p2.phone} or my partner's {phone1}, it's under {p3.lower} actually
agent {p1.first}: thanks. I can see an outage near {addr1.city}. ticket {id1.case} raised, engineer visit {date2}
customer: ok ty. tell {p3.lower} to check {p3.his} mail at {p3.email} then"""),
    # ------------------------------------------------------------------ marketplace disputes
    ("mkt-dispute", "marketplace", """Dispute {id1.case} – item not as described
Buyer: {p1.at} ({p1.full}) · Seller: {p2.at} ({o1.shop})
Order {id2.order}, placed {date1}. Buyer says the jacket is a size smaller than listed and has a stain.
Seller replied: "sent exactly what was in the photos, ask {p3.first} from our packing team".
Buyer's return address: {addr1.full}. Seller contact {p2.phone}.
Outcome: partial refund. Reviewed by {p4.ini}, Trust & Safety."""),
    ("mkt-messages", "marketplace", """Messages about "vintage film camera, tested"
{p1.snap}: hey is this still available? can pick up in {city1} tomorrow
{p2.first}: yes! it's at my mum's place, {addr1.street}. ask for {p3.lower} if I'm not there
{p1.snap}: great. can I pay by transfer? my iban is {id1.iban} if you need to refund
{p2.first}: cash is better lol. text me {p2.phone}
{p1.snap}: ok. my name's {p1.first} btw"""),
    ("mkt-seller", "marketplace", """SELLER VERIFICATION FORM
Shop name: {o1.shop}
Legal name: {p1.upperfull}
Tax number: {id1.tax}
ID document: passport {id2.passport}, issued {date1}
Payout account: {id3.iban}
Business address:
{addr1.full}
Support contact: {mail1} / {phone1}
Instagram: {p1.at} · TikTok: {p1.at}
Checked by: {p2.dotted} on {date2}"""),
    # ------------------------------------------------------------------ game community moderation
    ("game-report", "gaming", """MOD REPORT #<<41|77|203>>
Reported user: {p1.discord} (Discord) / {p1.gamer} in game
Reporter: {p2.discord}
Summary: {p1.discord} kept posting {p2.lower}'s real first name and town ({city1}) in #general after being told to stop.
Also linked {p2.lower}'s old account {p2.reddit}. Login IPs seen: {ip1}, {ip2}.
Action: 7-day ban. Mods on duty: {p3.gamer}, {p4.discord}."""),
    ("game-appeal", "gaming", """Ban appeal – please read
hi, I'm the owner of {p1.gamer} (real name {p1.full}, I'm 17). my little {p2.kin} {p2.first} used my account on {date1}
and said stuff in voice chat. {p2.he}'s on {p2.snap} if u want to check. my email is {p1.email}
sorry. pls unban, I've had the account since <<2019|2020|2021>>.
-- {p1.lower}"""),
    ("game-team", "gaming", """{o1.club} esports – roster update
Confirmed for the {date1} qualifier:
- {p1.gamer} ({p1.firstini}), captain, {p1.bsky}
- {p2.gamer} ({p2.firstini})
- {p3.gamer} ({p3.full}), sub
Manager: {p4.full}, {p4.phone}, {p4.mast}
Parents' consent still missing for {p2.first} and {p3.first}; send forms to {mail1}."""),
    # ------------------------------------------------------------------ gym administration
    ("gym-injury", "gym", """ACCIDENT BOOK – {o1.gym}
Date: {date1}   Time: 18:40   Area: <<free weights|spin studio|climbing wall|pool deck>>
Member: {p1.full} (membership {id1.member})
What happened: member slipped while re-racking; cut to left hand. First aid by {p2.first} (duty manager).
Member declined ambulance. Partner {p3.first} collected {p1.him}.
Member's phone: {p1.phone}. Witness: {p4.ini}.
Reviewed by {p5.t} {p5.last}, GM."""),
    ("gym-freeze", "gym", """Re: freezing my membership
Hi {p1.first},
I've been posted to {city1} for three months from {date1}, so could you freeze my membership ({id1.member})?
Direct debit is from account {id2.iban}. My trainer {p2.first} {p2.last} knows about it.
Thanks, {p3.full}
{p3.phone}"""),
    ("gym-pt", "gym", """PT session notes – client {p1.initials}
Session <<6|9|12>> of 12 with {p2.first}. Client's GP (Dr {p3.last}) cleared return to squats on {date1}.
Client mentioned {p1.his} {p4.kin} {p4.first} may join in {date2}. Asked to book via {o1.gym} desk or text {phone1}.
Progress photos stored in client folder {p1.lastini}."""),
    # ------------------------------------------------------------------ event planning
    ("evt-wedding", "events", """Subject: Final numbers for {p1.first} & {p2.first} – {date1}
Dear {p3.first},
Please find attached the seating plan. Two changes: {p4.full} is now vegetarian, and {p5.t} {p5.last} cannot come.
The bride's {p6.kin}, {p6.full}, will bring the cake from {o1.shop} to {o2.venue} at 11am.
Shuttle pick-up is from {addr1.oneline}.
Any problems call me on {p7.phone}.
Warm wishes,
{p7.full}
{o3.employer}"""),
    ("evt-supplier", "events", """Booking confirmation {id1.booking}
Client: {p1.full}, {p1.email}
Event: 40th birthday, {date1}, {o1.venue}
Catering: {o2.employer} – contact {p2.first} ({p2.phone})
DJ: {p3.first} aka {p3.at}
Deposit received {date2} from account ending <<4471|0093|2265>>. Balance due 14 days before.
Issued by {p4.ini}"""),
    ("evt-chat", "events", """{p1.lower}: ok so venue is booked!! {o1.venue}, saturday the 14th
{p2.lower}: omg yes. did u ask {p3.lower} about the photographer
{p1.lower}: yeah {p3.he} said {p4.firstini} is free, {p4.his} insta is {p4.at}
{p2.lower}: and flowers? {p5.lower} said {p5.his} cousin in {city1} does them cheap
{p1.lower}: text {p5.him}, number is {phone1}"""),
    # ------------------------------------------------------------------ property viewings
    ("prop-viewing", "property", """VIEWING FEEDBACK – {addr1.street}
Viewed {date1} by {p1.full} and {p2.full} (first-time buyers, mortgage in principle from {o1.employer}).
Agent: {p3.ini}. Vendor {p4.t} {p4.last} present.
Feedback: liked the garden, worried about the damp in the back bedroom. Second viewing requested.
Buyers' solicitor: {p5.full}, {p5.workemail}, {phone1}."""),
    ("prop-broker", "property", """FACT FIND – {p1.upperfull}
Date of birth: {p1.dob}   National ID: {id1.natid}
Employer: {o1.employer} since {date1}
Current address:
{addr1.full}
Co-applicant: {p2.full} (partner)
Contact: {p1.phone} / {p1.email}
Adviser: {p3.firstini}"""),
    ("prop-letter", "property", """{addr1.full}

{date1}

Dear {p1.t} {p1.last},
Further to our telephone conversation, we confirm your offer on the above property has been accepted by our client.
Please forward your proof of funds and the details of your conveyancer to {p2.workemail}.
Yours sincerely,
{p2.full}
Sales negotiator, {o1.employer}"""),
    # ------------------------------------------------------------------ clinical trial screening
    ("trial-screen", "trial", """SCREENING LOG – site {o1.site}
Participant {id1.participant} · initials {p1.dotted} · DOB {p1.dob}
Screened {date1} by {p2.inim}. Inclusion 1-6 met; exclusion 4 (recent steroid use) – query to PI {p3.t} {p3.last}.
Participant prefers contact by text to {p1.phone}; next of kin {p4.first} ({p4.phone}).
GP: Dr {p5.full}, {addr1.oneline}."""),
    ("trial-ae", "trial", """ADVERSE EVENT FORM
Study: <<DERMA-2|CARDIO-LX|NEURO-07>>   Site: {o1.site}   Subject: {id1.participant}
Onset {date1}: rash on forearms, grade 1. Subject phoned the study nurse ({p1.first}) on {phone1}.
Reported to sponsor on {date2} by {p2.lastini}.
Signature of investigator: {p3.ini}"""),
    ("trial-consent", "trial", """Consent checklist
[x] Information sheet v3 given to {p1.full} on {date1}
[x] Questions answered by {p2.t} {p2.last}
[x] Interpreter used: {p3.full} (<<Georgian|Tigrinya|Khmer|Mongolian>>)
[ ] Copy sent to participant at {addr1.full}
Witness: {p4.ini}. Initials of participant: {p1.initials}"""),
    # ------------------------------------------------------------------ volunteer rotas
    ("vol-rota", "volunteer", """{o1.charity} – Saturday rota
Warehouse 9-12: {p1.first}, {p2.first}, {p3.full}
Deliveries 12-3: {p4.first} (van {id1.plate}), {p5.ini}
Please swap via the group chat, not by e-mail. If {p4.first} can't drive, call {p6.first} on {p6.phone}.
Coordinator: {p6.full}, {mail1}"""),
    ("vol-whatsapp", "volunteer", """[{date1}, 08:02] {p1.first}: morning all, who has the keys today?
[{date1}, 08:05] {p2.first}: {p3.lower} does I think
[{date1}, 08:06] {p3.first}: yep, on my way. {p4.lower} pls open the side gate at {addr1.street}
[{date1}, 08:09] {p4.first}: ok 👍 running 10 min late
[{date1}, 08:15] {p1.first}: thanks {p4.lower}! new volunteer {p5.full} starts today, be nice"""),
    ("vol-dbs", "volunteer", """VOLUNTEER APPLICATION
Name: {p1.full}
Preferred name: {p1.first}
Date of birth: {p1.dob}
Address: {addr1.oneline}
Phone: {p1.phone}
Emergency contact: {p2.full} ({p2.phone})
Background check ref: {id1.case}
Reference from: {p3.t} {p3.last}, {o1.school}"""),
    # ------------------------------------------------------------------ midwife home visits
    ("mid-visit", "midwife", """POSTNATAL HOME VISIT – day <<3|5|10>>
Mother: {p1.full}, DOB {p1.dob}. Baby girl born {date1} at {o1.clinic}.
Present: partner {p2.first}, {p1.his} {p3.kin} {p3.first}.
Feeding well. Heel prick done. Next visit {date2}.
Midwife: {p4.firstini}. Team mobile {phone1}.
Address: {addr1.full}"""),
    ("mid-referral", "midwife", """Referral to perinatal mental health
Patient: {p1.upperlast}, {p1.first} · Health number {id1.natid}
Referred by: midwife {p2.ini} ({o1.clinic}), {p2.workemail}
Reason: low mood since birth on {date1}; partner ({p3.first}) works away in {city1}.
Patient consents to contact on {p1.phone}. Interpreter not needed."""),
    ("mid-text", "midwife", """hi {p1.lower} it's {p2.first} your midwife 😊 just checking in after yesterday.
is {p3.lower} still staying with you this week?
the appointment at {o1.clinic} is now {date1}, 10.30. if you can't make it ring the unit on {phone1}
x {p2.initials}"""),
    # ------------------------------------------------------------------ garage and car hire
    ("gar-order", "garage", """JOB CARD {id1.invoice} – {o1.garage}
Customer: {p1.full} · {p1.phone}
Vehicle: <<Skoda Octavia|Toyota Corolla|Kia Ceed|VW Polo>>, reg {id2.plate}, VIN {id3.vin}
Booked in {date1}. Work: front brake pads and discs, MOT.
Technician: {p2.lastini}. Courtesy car given to customer's {p3.kin} {p3.first}.
Collected {date2}; paid by card."""),
    ("gar-rental", "garage", """RENTAL AGREEMENT {id1.booking}
Main driver: {p1.upperfull}
Licence no.: {id2.licence}   Passport: {id3.passport}
Additional driver: {p2.full}, licence {id4.licence}
Pick-up: {o1.garage}, {addr1.oneline}, {date1} 09:00
Return: same branch, {date2}
Vehicle {id5.plate}. Customer mobile: {p1.phone}. Agent: {p3.initials}"""),
    ("gar-pcn", "garage", """Hello {p1.first},
We've received a parking fine for the car you hired from us ({id1.plate}) dated {date1} in {city1}.
Under your agreement ({id2.booking}) we have passed your details ({p1.full}, {addr1.oneline}) to the authority.
Questions? Reply to {mail1}.
{p2.first} – {o1.garage}"""),
    # ------------------------------------------------------------------ customs declarations
    ("cus-declaration", "customs", """CUSTOMS DECLARATION CN23
Sender: {p1.full}
{addr1.full}
Tel: {p1.phone}
Recipient: {p2.full}
{addr2.full}
Tel: {p2.phone}   Tax ID: {id1.tax}
Contents: handmade textiles, gift. Value 85 EUR.
Tracking: {id2.tracking}   Posted {date1}"""),
    ("cus-hold", "customs", """Your shipment {id1.tracking} is on hold
Dear {p1.full},
Import duty of 23.40 is due before we can deliver to {addr1.city}. The sender, {o1.shop}, declared the value as 140.
Please pay online and quote your national ID number ({id2.natid}) as required for imports.
If you believe this is wrong, e-mail {mail1} or call {phone1}.
{o2.courier} customs team"""),
    ("cus-broker", "customs", """Broker note – {date1}
Importer: {o1.employer} (VAT {id1.tax}); contact {p1.ini}, {p1.workemail}
Exporter: {p2.full}, {addr1.oneline}
Goods held at <<bonded warehouse 3|port store B>>. Invoice {id2.invoice} missing HS codes.
Called {p2.first} on {p2.phone} – {p2.he} will resend by {date2}."""),
    # ------------------------------------------------------------------ family group chats
    ("fam-group", "family_chat", """{p1.kin} {p1.lower}: is anyone picking up {p2.lower} from school today
{p3.lower}: cant, at work till 6
{p1.kin} {p1.lower}: {p4.lower}??
{p4.first}: yes I'll get {p2.him}. what time does {p2.he} finish
{p3.lower}: 3.15 at the back gate. tell {p5.lower} thanks for the lasagne btw
{p4.first}: will do x"""),
    ("fam-sms", "family_chat", """hey its {p1.lower}, new number! save this one: {p1.phone}
old one got stolen in {city1} 😩
also can u send me {p2.lower}'s address again, the new flat
-> {addr1.oneline}
ty. tell {p3.lower} happy birthday from me, I'll call on {date1}"""),
    ("fam-travel", "family_chat", """{p1.first} {p1.last}: landing at 22:40 tomorrow, flight TK1884
{p2.lower}: who's getting {p1.him}
{p3.first}: me. {p1.first} send me ur passport number for the hotel form
{p1.first} {p1.last}: {id1.passport}
{p3.first}: thx. hotel is {o1.venue}, booking {id2.booking}
{p2.lower}: ask {p4.lower} if {p4.he} wants to come too"""),
    # ------------------------------------------------------------------ visa invitation letters
    ("visa-invite", "visa_letter", """{o1.employer}
{addr1.full}

{date1}

To the Visa Section,

We invite {p1.t} {p1.full}, born {p1.dob}, passport no. {id1.passport}, to attend the regional workshop we host from {date2} to {date3}.
{p1.He} will stay at {addr2.oneline}. Travel and accommodation are paid by {o1.employer}.
For verification contact {p2.full}, {p2.workemail}, {p2.phone}.

Sincerely,
{p2.ini}"""),
    ("visa-sponsor", "visa_letter", """LETTER OF SUPPORT
I, {p1.full} (national ID {id1.natid}), residing at {addr1.oneline}, confirm that I will host my {p2.kin} {p2.full}, passport {id2.passport}, during {p2.his} visit from {date1}.
I am employed by {o1.employer} and can be reached at {p1.phone}.
Signed: {p1.ini}
{date2}"""),
    ("visa-checklist", "visa_letter", """Applicant file {id1.case}
Applicant: {p1.inv}
Passport: {id2.passport} · expires {date1}
Sponsor: {o1.school}, contact {p2.lastini}
Biometrics booked {date2} at the <<Tbilisi|Yerevan|Kathmandu|Manila>> centre.
Missing: bank statement ({id3.iban}), proof of address.
Caseworker: {p3.firstini}"""),
    # ------------------------------------------------------------------ freelancer onboarding
    ("free-onboard", "freelance", """CONTRACTOR ONBOARDING
Name: {p1.full}
Trading as: {o1.employer}
Tax / VAT number: {id1.tax}
Bank: {id2.iban}
Address: {addr1.oneline}
GitHub: {p1.gh}   Mastodon: {p1.mast}
Start date: {date1}
Line manager: {p2.full} ({p2.workemail})"""),
    ("free-invoice", "freelance", """INVOICE {id1.invoice}
From: {p1.full}, {addr1.full}
To: {o1.employer}, attn. {p2.t} {p2.last}
Date: {date1}
Translation, 4,200 words – 504.00
Pay to: {id2.iban}   Tax ID: {id3.tax}
Questions: {p1.email} / {p1.phone}"""),
    ("free-slack", "freelance", """#contractors
{p1.lower}: {p2.lower} the designer we talked about is {p3.full}, portfolio at {p3.li}
{p2.first}: nice. can you intro? also need {p3.his} rate
{p1.lower}: on it. {p3.first} prefers telegram, {p3.tme}
{p2.first}: 👍 loop in {p4.ini} from finance before {date1}"""),
    # ------------------------------------------------------------------ sports club registration
    ("club-register", "sports_club", """{o1.club} – junior registration <<2024|2025>>
Player: {p1.full}   DOB: {p1.dob}   School: {o2.school}
Parent/guardian: {p2.full} ({p2.phone}, {p2.email})
Medical: asthma, inhaler in kit bag. GP: Dr {p3.last}
Photo consent: yes. Kit size: M.
Registered by {p4.firstini} on {date1}"""),
    ("club-minutes", "sports_club", """Committee minutes, {date1}
Present: {p1.full} (chair), {p2.ini}, {p3.ini}, {p4.first}
Apologies: Coach {p5.last}, {p6.t} {p6.last}
1. {p4.first} reported the new pitch lease with {o1.employer} is signed.
2. Complaint from {p7.full} about the under-12s trip; {p1.first} to reply.
3. Treasurer {p2.lastini} reported 3 unpaid subs.
Next meeting {date2} at {addr1.street}."""),
    ("club-transfer", "sports_club", """Transfer request
Player {p1.full} (registration {id1.member}) wishes to move from {o1.club} to {o2.club}.
Current coach: {p2.t} {p2.last}. New coach: {p3.full}.
Player's contact {p1.phone}; parent {p4.first} {p4.upperlast}.
Approved by league secretary {p5.inim} on {date1}."""),
    # ------------------------------------------------------------------ mixed and extra
    ("cour-claim", "courier", """Claim form – lost parcel
Claimant: {p1.inv}
E-mail: {p1.email}   Phone: {p1.phone}
Tracking no.: {id1.tracking}
Sent from {addr1.city} to {addr2.full}
Recipient: {p2.ini}
Date posted: {date1}. Value 60.
Handled by {p3.firstini}, {o1.courier}"""),
    ("game-dm", "gaming", """DMs exported for the report
{p1.discord}: yo are u {p2.lower} from {city1}?
{p2.discord}: who is this
{p1.discord}: i know where u live lol, {addr1.street}
{p2.discord}: blocking. mods pls see
(also reported on reddit by {p3.reddit}; other accounts linked: {p1.mast}, {p1.bsky})"""),
    ("tel-fraud", "telecom", """Fraud team – summary {date1}
Line {phone1} (account holder {p1.ini}, {id1.account}) had call forwarding set to {phone2} at 02:14 from IP {ip1}.
Customer {p1.first} noticed when {p1.his} bank ({o1.employer}) texts stopped.
Forwarding removed, account locked. Customer asked us to talk to {p1.his} {p2.kin}, {p2.full}, on {p2.phone}.
Analyst: {p3.dotted}"""),
    ("mid-discharge", "midwife", """DISCHARGE SUMMARY – {o1.clinic}
Mother: {p1.full} ({id1.natid})   Baby: {p2.first} {p1.last}
Delivery {date1}, 3.4 kg. Discharged {date2} to {addr1.full}.
Community midwife informed: {p3.ini}, {p3.phone}.
GP: {p4.t} {p4.last}."""),
    ("evt-vendor", "events", """Hi {p1.first},
Lovely to speak earlier. As discussed, {o1.venue} is held for you on {date1} until Friday.
Our florist {p2.firstini} can do the arch; the band is {p3.first}'s trio ({p3.at}).
Invoice {id1.invoice} will come from {mail1}.
{p4.first}"""),
)

PUBLIC_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("pub-cour-faq", "courier", """Delivery FAQ
What happens if I'm not in? The driver will try a safe place you've chosen, then a neighbour if you allow it.
After <<two|three>> attempts the parcel goes back to the depot and is kept for seven days.
Can I change the day? Yes, up to 9 pm the evening before, in the app or on the website. Sunday delivery is not available in rural areas."""),
    ("pub-cour-policy", "courier", """Damaged Items Policy
Report damage within 48 hours with photos of the box and the item. Fragile goods must be packed with at least
5 cm of padding on every side. Claims over 250 need the original receipt. We do not cover perishable food or cash."""),
    ("pub-tel-guide", "telecom", """Moving your number to a new network
You keep your number when you switch. Ask your current provider for a porting code by text or online;
it is free and arrives within a minute. Give the code to your new provider, who will arrange the switch,
usually the next working day. Your old contract ends automatically on the switch date."""),
    ("pub-tel-scam", "telecom", """Protect yourself from SIM-swap fraud
Criminals pretend to be you and ask for a new SIM. Set a security PIN on your account, never share one-time
codes, and call us at once if your phone suddenly shows No Service. Banks will never ask for your PIN by text."""),
    ("pub-mkt-rules", "marketplace", """Community Guidelines for Buyers and Sellers
Describe items honestly, with clear photos and any faults. Pay through the platform so you are covered by
Buyer Protection. Meet in a public place for collections, and bring a friend. Reviews must be about the
transaction, not the person. Listings for weapons, medicines and live animals are removed."""),
    ("pub-game-rules", "gaming", """Server Rules
1. Be respectful: no harassment, slurs or doxxing (sharing someone's real name, address or photos).
2. No spam, self-promotion or scam links.
3. Keep voice channels for the game. Moderators may mute, kick or ban.
4. Appeals go through the form pinned in #help, not through DMs to moderators."""),
    ("pub-game-patch", "gaming", """Patch Notes – Season <<4|5>>
New map: Harbour Night. Ranked matches now need level 20. Fixed a bug where the Tuesday reset started on
Wednesday in some regions. Voice chat is off by default for players under 16. Thanks to everyone who tested the beta."""),
    ("pub-gym-terms", "gym", """Membership Terms (summary)
Memberships renew monthly. You can freeze for one to three months once a year for medical reasons or travel.
Cancel with 30 days' notice. Under-16s must be accompanied by an adult. Please wipe down equipment after use
and return weights to the rack. Classes open for booking seven days ahead at 7 am."""),
    ("pub-evt-tips", "events", """Planning a Wedding on a Budget
Pick a weekday or a winter date: venues charge less outside June to September. Ask a friend with a good
camera, hire a band for the ceremony only, and buy flowers that are in season. A shared spreadsheet for
guests, dietary needs and seating saves hours in the final week."""),
    ("pub-prop-guide", "property", """Buying Your First Home: What to Expect
Get a mortgage in principle before viewing. At each viewing check for damp, the age of the boiler and the
direction of the garden. Once an offer is accepted, your conveyancer runs searches, which take four to
eight weeks. Exchange of contracts makes the sale binding; completion follows, often a week or two later."""),
    ("pub-trial-info", "trial", """Participant Information Sheet (extract)
Taking part is voluntary. You can withdraw at any time without giving a reason and your care will not be affected.
You will be asked to attend six visits over twelve weeks. Blood samples are stored under a code, not your name.
The study has been approved by an independent Research Ethics Committee."""),
    ("pub-vol-welcome", "volunteer", """Welcome, New Volunteers!
Thank you for joining the Saturday team. Shifts start with a short briefing at 9 am. Wear closed shoes and
bring a water bottle. Heavy lifting is done in pairs. If you can't make a shift, please tell the coordinator
at least a day in advance so we can find cover."""),
    ("pub-mid-leaflet", "midwife", """Your First Week at Home with Your Baby
A midwife will visit on day one or two, then again around day five for the heel-prick test. Feed whenever the
baby shows signs of hunger. Call the maternity unit straight away if you have heavy bleeding, a fever or
severe headaches. Fathers and partners can feel low too: talk to your health visitor."""),
    ("pub-gar-faq", "garage", """Car Hire: Frequently Asked Questions
Do I need a credit card? Yes, in the main driver's name, for the deposit. Can someone else drive? Add them at
the desk; they must show their licence. What about fuel? Return the car full or pay for a refill at our rate.
Fines and tolls incurred during the rental are charged to the hirer with an admin fee."""),
    ("pub-cus-guide", "customs", """Sending Gifts Abroad
Fill in a customs form for every parcel leaving the country. Describe each item precisely (not just "gift")
and give its value. Some countries charge import duty on gifts over a set value. Batteries, perfume and
aerosols cannot go by air. Keep your proof of postage until the parcel arrives."""),
    ("pub-fam-chat", "family_chat", """ok so plan for sunday: lunch at 1, everyone bring something. no more potato salad pls 😂
dessert is sorted. kids can play in the garden if it doesn't rain. remember the car park is closed on sundays
so park on the road. see you all there!"""),
    ("pub-visa-info", "visa_letter", """Invitation Letters: What They Must Contain
The letter should state the purpose and dates of the visit, who pays for travel and accommodation, and where
the visitor will stay. It must be signed and on headed paper. An invitation does not guarantee a visa; the
consulate decides each application on its merits."""),
    ("pub-free-guide", "freelance", """Working with Contractors
Agree the scope, rate and deadlines in writing before work starts. Contractors invoice monthly; we pay within
30 days. They use their own equipment and are responsible for their own tax. Access to internal systems is
removed on the last day of the contract."""),
    ("pub-club-news", "sports_club", """Club Newsletter – <<Spring|Autumn>> Edition
Training moves indoors from November. The under-10s won their first tournament, and the senior women's team
finished third in the league. Subs for the new season are due by the end of the month. Volunteers for the
summer fun day are always welcome: sign up at the clubhouse."""),
    ("pub-club-safe", "sports_club", """Safeguarding at the Club
Every coach and volunteer working with juniors has a background check. Coaches never travel alone with a
child. Photos of juniors are only shared with written consent. If you are worried about a child, speak to
the welfare officer or call the national helpline."""),
)
