"""Templates of the eighth held-out tagging set (v8), written for it by an author who did not see the tagger.

Sixteen domains no earlier set wrote, each with two private and two public templates; what they are and
which layout each template uses is recorded in the set's ``.meta.json`` (from :data:`LAYOUTS` and
:data:`DESCRIPTION`), not in the public docs, until round 8 has been measured on the set. They were
frozen with the set and must not be changed: a changed template set is a new held-out set.

Syntax (v7's, see :mod:`~dpfusion_integrations.evaluation.heldout_templates_v7`): ``<<a|b>>`` is a
structural choice shared by the two documents of a pair; ``{ref.form}`` is a private value (people
``{pN.form}``, organisations ``{oN.kind}`` with the kinds of ``heldout_values_v8.ORG_FORMS``, ``{mailN}``,
``{addrN.form}``, ``{cityN}``, ``{dateN.form}``, ``{phoneN}``, ``{ipN}``, identifiers ``{idN.kind}`` with
the kinds of ``heldout_values_v8.ID_KINDS``).

Not gold (public structure): times, durations, amounts, depths, sizes and grades, dive sites, runs,
pontoons and berth numbers, vessel and animal names, film titles, product specifications, section and
instrument names, table numbers, plot numbers and card endings.
"""

from __future__ import annotations

__all__ = ["DESCRIPTION", "LAYOUTS", "PRIVATE_TEMPLATES", "PUBLIC_TEMPLATES"]

# (template id, domain, template)
PRIVATE_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # ------------------------------------------------------------------ wedding planning
    ("wed8-thread", "wedding_planning", """From: {p1.workemail}
To: {p2.email}; {p3.email}
Subject: Re: Re: tasting + final numbers ({id1.booking})

Hi {p2.first} and {p3.first},
The tasting at {o2.venue} is confirmed for {date1.text}, 15:30. {p4.full} from their kitchen team will \
meet you at reception; parking is behind the orangery.
Final numbers are due {date2.text}. You mentioned {p3.his} {p5.kin}, {p5.full}, needs step-free access \
- I've flagged it.
Warmly,
{p1.first}
{o1.planner} | {p1.phone}

> On {date3.num}, {p2.lowerfull} wrote:
> can we move the tasting? {p3.first} is away until the 14th. also our new address is {addr1.oneline}
> thanks!! {p2.initials}"""),
    ("wed8-guests", "wedding_planning", """guest_id,name,party,rsvp,dietary,table,contact
G01,{p1.full},<<bride|groom|couple>>,yes,vegetarian,1,{p1.phone}
G02,{p2.caps},<<bride|groom|couple>>,yes,,1,{p2.email}
G03,{p3.full} +1,family,no,,-,{p3.phone}
G04,{p4.lastini},friends,yes,nut allergy,4,{p4.at}
G05,{p5.full},friends,pending,halal,4,{p5.email}
# export {date1.num} from {o1.planner} planner portal; seating plan v3 by {p6.firstini}"""),
    # ------------------------------------------------------------------ dive centre
    ("div8-medical", "dive_centre", """DIVER MEDICAL / PARTICIPANT QUESTIONNAIRE
FULL NAME: {p1.upperfull}          DATE OF BIRTH: {p1.dob}
ADDRESS: {addr1.oneline}
PHONE: {p1.phone}          EMAIL: {p1.email}
CERTIFICATION: <<OPEN WATER|ADVANCED|RESCUE|DIVEMASTER>>   CARD NO: {id1.cert}
PASSPORT NO: {id2.passport}     NATIONAL ID: <<{id3.natid}|{id3.cpf}|{id3.bsn}|{id3.pesel}|{id3.pnr}|{id3.sin}|{id3.nric}|{id3.tckn}>>
EMERGENCY CONTACT: {p2.upperfull} ({p2.kin})   TEL: {p2.phone}
DO YOU HAVE ASTHMA? NO    EAR SURGERY? NO    PREGNANT? N/A
PHYSICIAN SIGN-OFF: {p3.t} {p3.upperlast}, {o2.clinic}
SIGNED: ______________   DATE: {date1.num}
DIVE CENTRE: {o1.divecentre}"""),
    ("div8-log", "dive_centre", """Logbook page {id1.booking}  |  {o1.divecentre}
| # | date | site | max depth | bottom time | buddy | stamp |
|---|------|------|-----------|-------------|-------|-------|
| 41 | {date1.short} | <<the Canyon|Blue Hole|Coral Garden>> | 18 m | 46 min | {p2.full} | {p3.initials} |
| 42 | {date2.short} | <<the Wreck|North Wall|Manta Point>> | 24 m | 38 min | {p2.first} | {p3.initials} |
| 43 | {date3.short} | house reef (night) | 12 m | 51 min | {p4.firstini} | {p3.initials} |
Diver: {p1.full}   Cert {id2.cert}
Instructor {p3.full}, instructor no. {id3.member}
Comments: {p1.first} equalised slowly on 42; weighting reduced by 2 kg."""),
    # ------------------------------------------------------------------ pest control
    ("pes8-jobsheet", "pest_control", """{o1.pest}
SERVICE REPORT / JOB SHEET                         Job {id1.job}
Date of visit: {date1}              Technician: {p1.ini}
Customer: {p2.full}                  Tel: {p2.phone}
Site: {addr1.full}
Pest: <<rats (roof void)|german cockroach|bed bugs|wasps' nest|pharaoh ants>>
Treatment: bait stations x4, proofing at soffit. Follow-up booked {date2.short}.
Access arranged with: {p3.full} (<<landlord|letting agent|caretaker>>), {p3.phone}
Customer signature: {p2.lastini}
Technician licence: {id2.permit}"""),
    ("pes8-chat", "pest_control", """[whatsapp export]
{date1.num} 08:14 - {p1.lower}: hi is this {o1.pest}? got mice again in the kitchen
{date1.num} 08:20 - {o1.pest}: morning! sorry to hear. can you confirm the address pls
{date1.num} 08:22 - {p1.lower}: {addr1.oneline}
{date1.num} 08:25 - {o1.pest}: thanks. {p2.lower} can come {date2.short} between 1-3, ok?
{date1.num} 08:31 - {p1.lower}: yes. my {p3.kin} {p3.lower} will be in, {p3.his} number is {p3.phone}
{date1.num} 08:33 - {o1.pest}: booked, ref {id1.job} 👍"""),
    # ------------------------------------------------------------------ marina
    ("mar8-berth", "marina", """{o1.marina} – ANNUAL BERTH LICENCE
Licence no.: {id1.berth}          Period: {date1.num} to {date2.num}
Berth holder: {p1.inv}
Home address: {addr1.full}
Mobile: {p1.phone}    E-mail: {p1.email}
Vessel: "<<Sea Lark|Halcyon|Moonraker|Tern II>>", LOA 9.8 m, {id2.vessel}
Insurer: {o2.insurer}, policy {id3.policy}
Direct debit from {id4.iban}
Second keyholder: {p2.full}, {p2.phone}
Signed for the marina: {p3.ini}, Harbour Office"""),
    ("mar8-vhf", "marina", """VHF LOG – CH 80 – {date1.text}
0712  "{o1.marina}, {o1.marina}, this is yacht <<Curlew|Saoirse|Kittiwake>>, {id1.vessel}, over."
0712  Marina: "<<Curlew|Saoirse|Kittiwake>>, go ahead."
0713  Yacht: "Skipper {p1.full} requesting a visitor berth for two nights, two crew, over."
0713  Marina: "Pontoon C, berth 14. Please call {phone1} on arrival, ask for {p2.first}."
0740  Yacht: "Alongside. Crew member {p3.full} will pay at the office."
Operator on watch: {p2.lastini}.  Visitor card issued: {id2.key}"""),
    # ------------------------------------------------------------------ ski school
    ("ski8-bookings", "ski_school", """{o1.skischool} – private lessons, week of {date1.short}
| time | instructor | client | level | meeting point | paid |
|---|---|---|---|---|---|
| 09:00 | {p1.firstini} | {p2.full} | <<beginner|intermediate|off-piste>> | chairlift base | {id1.invoice} |
| 11:00 | {p1.firstini} | {p3.full} and {p3.child} | kids group | nursery slope | card |
| 13:30 | {p4.firstini} | {p5.caps} | <<snowboard|telemark|freeride>> | top station | {id2.invoice} |
Client phones: {p2.first} {p2.phone}; {p5.last} {p5.phone}
Notes: {p3.first}'s child was born {p6.childdob}, helmet size S."""),
    ("ski8-accident", "ski_school", """ACCIDENT REPORT – SKI SCHOOL
DATE: {date1.num}     TIME: 14:10     RUN: <<BLUE 6|RED 12|BLACK 3>>
INJURED PERSON: {p1.caps}     DOB: {p1.dob}
HOME ADDRESS: {addr1.full}
ID NUMBER: <<{id4.natid}|{id4.cpf}|{id4.bsn}|{id4.pesel}|{id4.pnr}|{id4.sin}|{id4.nric}|{id4.tckn}>>
INSURANCE: {o2.insurer}     POLICY: {id1.policy}
INSTRUCTOR IN CHARGE: {p2.upperfull}     STAFF NO: {id2.staff}
WITNESS: {p3.upperfull}     TEL: {p3.phone}
DESCRIPTION: COLLISION WITH SNOWBOARDER AT JUNCTION. KNEE PAIN, SKIED DOWN WITH PATROL ESCORT.
PATROL REF: {id3.case}
SCHOOL: {o1.skischool}"""),
    # ------------------------------------------------------------------ tattoo studio
    ("tat8-consent", "tattoo_studio", """{o1.studio} · Client consent & aftercare record

Client: {p1.full}            Date of birth: {p1.dob}
Photo ID checked: <<{id1.natid}|{id1.passport}|{id1.licence}|{id1.cpf}|{id1.pnr}|{id1.nric}>>
Artist: {p2.first} ({p2.at})
Design: <<fine-line botanical|blackwork band|script|traditional swallow>>, left forearm, approx. 2.5 h
Session date: {date1.text}       Deposit ref: {id2.invoice}
I confirm I am not under the influence of alcohol and have disclosed any skin conditions.
Client signature: {p1.firstini}     Artist signature: {p2.initials}
Aftercare questions: {mail1} or text {phone1}"""),
    ("tat8-dm", "tattoo_studio", """{p1.at}
hiii is {p2.lower} still doing walk-ins on {date1.short}?? my friend {p3.lower} wants a matching one

{o1.studio}
hey! {p2.lower} is fully booked that day but {p4.lower} has a slot at 4. deposit link goes to {p1.email}?

{p1.at}
yes pls. also can u put it under {p3.lowerfull}, {p3.he} is paying

{o1.studio}
done ✨ ref {id1.invoice}. bring ID, we check dob (must be 18+)"""),
    # ------------------------------------------------------------------ fertility clinic
    ("fer8-letter", "fertility_clinic", """{o1.clinic}
{addr1.full}
Tel {phone1} · {mail1}

{date1.text}

Private and confidential
{p1.t} {p1.full} and {p2.full}
{addr2.full}

Patient no. {id1.patient}    Partner ID: <<{id2.natid}|{id2.cpf}|{id2.bsn}|{id2.pesel}|{id2.pnr}|{id2.sin}|{id2.nric}|{id2.tckn}>>

Dear {p1.first} and {p2.first},
Following your consultation with {p3.t} {p3.last} on {date2.text}, we have scheduled your cycle start for \
{date3.text}. Your blood tests will be taken at {o2.lab}. The treatment nurse for your cycle is \
{p4.full}; you can reach {p4.him} directly on {p4.phone}.
Kind regards,

{p3.t} {p3.full}
Consultant in Reproductive Medicine"""),
    ("fer8-portal", "fertility_clinic", """Patient portal – message thread (case {id1.patient})
────────────────────────────────────
{date1.num} 21:40  {p1.full}:
Hi, my period started today. Do I still come in on {date2.short} for the scan? My partner {p2.first} can't \
make it, is that ok?
────────────────────────────────────
{date1.num} 08:05  {p3.ini2} (nurse):
Hi {p1.first}, yes please keep the appointment. {p2.first} only needs to attend for consent signing \
({date3.short}). Please bring your insurance card ({id2.policy}).
────────────────────────────────────
{date1.num} 08:12  {p1.full}:
Thank you! Also my new mobile is {p1.phone}"""),
    # ------------------------------------------------------------------ audiology
    ("aud8-report", "audiology", """AUDIOLOGY ASSESSMENT REPORT
Patient: {p1.full}      DOB: {p1.dob}      Ref: {id1.patient}
Referred by: {p2.t} {p2.last}, {o2.clinic}
Date of test: {date1}      Audiologist: {p3.full}

Pure-tone audiometry: mild-to-moderate sloping sensorineural loss, bilateral.
Tympanometry: type A both ears.
Recommendation: bilateral receiver-in-canal aids. Device serials {id2.device} (L) and {id3.device} (R).
Follow-up: {date2} at {o1.audiology}, {addr1.oneline}

{p3.full}, Clinical Audiologist · {p3.workemail}"""),
    ("aud8-repairs", "audiology", """ticket;received;customer;phone;serial;fault;technician;status
{id1.ticket};{date1.num};{p1.lastini};{p1.phone};{id2.device};no sound left aid;{p2.initials};in repair
{id3.ticket};{date2.num};{p3.full};{p3.phone};{id4.device};whistling/feedback;{p2.initials};returned
{id5.ticket};{date3.num};{p4.full};{p4.email};{id6.device};<<battery door broken|charger fault|dome stuck>>;{p5.initials};awaiting parts
exported by {p2.lower} from {o1.audiology} repair desk"""),
    # ------------------------------------------------------------------ locksmith
    ("loc8-callouts", "locksmith", """date,time,caller,callback,address,job,tech,ref,paid
{date1.num},23:48,{p1.full},{p1.phone},{addr1.street},lockout - keys inside,{p2.firstini},{id1.job},card
{date2.num},07:15,{p3.full},{p3.phone},{addr2.street},<<snapped key in euro cylinder|uPVC door mechanism failed|burglary repair>>,{p4.firstini},{id2.job},invoice
{date3.num},12:30,{o2.employer},{phone1},{addr3.street},master key suite (14 doors),{p2.firstini},{id3.job},PO {id4.invoice}"""),
    ("loc8-invoice", "locksmith", """{o1.locksmith}
{addr1.full}
Company reg. {id1.account}

INVOICE {id2.invoice}                         Date: {date1.num}
Bill to: {p1.full}
{addr2.full}

Emergency call-out (after 22:00) .......... 95.00
Anti-snap cylinder x1 ......................... 48.00
Labour 0.75 h .................................. 45.00
Total ............................................. 188.00
Paid by card on site, auth code 7731.
Locksmith: {p2.full} (van {id4.plate})   Keys cut under restricted key system no. {id3.key}
Questions: {p2.workemail} / {p2.phone}"""),
    # ------------------------------------------------------------------ orchestra
    ("orc8-roster", "orchestra", """{o1.orchestra} – players' contact sheet, <<autumn|spring|summer>> season (internal)
SECTION      NAME                 MOBILE               E-MAIL
Violin I     {p1.caps}            {p1.phone}           {p1.email}
Violin II    {p2.caps}            {p2.phone}           {p2.email}
Viola        {p3.caps}            {p3.phone}           {p3.email}
Cello        {p4.caps}            {p4.phone}           {p4.email}
Librarian: {p5.full} ({p5.intmail})
Fixer: {p6.full}, please send deps' bank details (IBAN only) to the office.
Rehearsals from {date1.text}; concert {date2.text} at {o2.venue}."""),
    ("orc8-audition", "orchestra", """{o1.orchestra} – AUDITION PANEL NOTES (confidential), {date1.text}
Position: section <<horn|oboe|double bass|second violin>>, trial candidate list
Panel: {p1.full} (chair), {p2.ini}, {p3.ini}
Candidate 4 – {p4.full}
  {p1.last}: strong excerpts, tuning in the Brahms a little high.
  {p2.last}: agree. {p4.first} said {p4.he} studied with {p5.full} in {city1}.
  {p3.last}: would like a trial week. Contact via agent {p6.full}, {p6.workemail} ({p6.linkedin}).
Candidate 7 – {p7.full} – withdrew (e-mail from {p7.email} on {date2.short}).
Outcome: invite 4 to trial; HR ref {id1.contract}."""),
    # ------------------------------------------------------------------ climbing gym
    ("clm8-waiver", "climbing_wall", """{o1.gym} – PARTICIPATION STATEMENT & REGISTRATION
SURNAME: {p1.upperlast}      FIRST NAME(S): {p1.first}
DATE OF BIRTH: {p1.dob}      SEX: {p1.sex}
ADDRESS: {addr1.oneline}
MOBILE: {p1.phone}           E-MAIL: {p1.email}
MEMBERSHIP NO.: {id1.member}     ID NO.: <<{id2.natid}|{id2.cpf}|{id2.bsn}|{id2.pesel}|{id2.pnr}|{id2.sin}|{id2.nric}|{id2.tckn}>>
<<UNDER-18S: PARENT/GUARDIAN {p2.upperfull}, TEL {p2.phone}|EMERGENCY CONTACT: {p2.upperfull}, TEL {p2.phone}>>
I ACCEPT THAT CLIMBING IS AN ACTIVITY WITH A RISK OF PERSONAL INJURY OR DEATH.
SIGNED: {p1.initials}        DATE: {date1.num}
STAFF CHECK: {p3.firstini}"""),
    ("clm8-slack", "climbing_wall", """#floor-staff  ({o1.gym})
{p1.lower} 18:02  fall in the bouldering room, cave section. {p2.lowerfull} (member {id1.member}) landed on {p2.his} wrist
{p3.lower} 18:03  first aider on the way
{p1.lower} 18:09  ambulance not needed, {p2.he}'s getting a lift from {p2.his} {p4.kin} {p4.lower}
{p5.slack} 18:20  pls log it before end of shift and cc {mail1}. incident no is {id2.case}
{p3.lower} 18:21  done. also {p2.lower} asked us to call {phone1} tomorrow, that's {p2.his} work"""),
    # ------------------------------------------------------------------ animal rescue
    ("res8-adoption", "animal_rescue", """ADOPTION APPLICATION – {o1.rescue}
Animal: "<<Biscuit|Pepper|Odin|Mochi|Nala>>", <<lurcher x|DSH cat|staffie|rabbit pair>>, microchip {id1.chip}
Applicant: {p1.full}          Date of birth: {p1.dob}
ID: <<{id3.natid}|{id3.cpf}|{id3.bsn}|{id3.pesel}|{id3.pnr}|{id3.sin}|{id3.nric}|{id3.tckn}>>
Address: {addr1.full}
Phone: {p1.phone}          E-mail: {p1.email}
Other adults in household: {p2.full} ({p2.kin})
Landlord permission from: {o2.employer}, contact {p3.full}
Home check by volunteer {p4.ini} on {date1.num} – passed.
Adoption fee paid, receipt {id2.invoice}."""),
    ("res8-chip", "animal_rescue", """From: {mail1}
To: {p1.email}
Date: {date1.text}
Subject: Microchip keeper transfer – {id1.chip}

Hi {p1.first},
Thank you for adopting <<Juniper|Smudge|Otis|Pip>>! We have started the keeper transfer from the previous \
keeper ({p2.initials}) to you. You'll get an e-mail from the database asking you to confirm \
{addr1.oneline} as the registered address.

---------- Forwarded message ----------
From: {p3.workemail}
The previous keeper, {p2.full}, surrendered the animal on {date2.num}; the vet record is at \
{o2.clinic} (patient {id2.patient}).
{p3.full}, Rehoming Coordinator, {o1.rescue}"""),
    # ------------------------------------------------------------------ allotments
    ("alt8-minutes", "allotments", """{o1.society} – Committee meeting minutes, {date1}
Present: {p1.full} (chair), {p2.full} (treasurer), {p3.ini} (secretary), {p4.firstini}
Apologies: {p5.full}
1. Plot 17b: {p6.full} has not cultivated since {date2}; letter to {addr1.oneline}.
2. Water trough leak reported by {p4.first}; {p2.last} to get quotes from {o2.employer}.
3. Rent account {id1.account}: {p2.first} reported 61 of 74 plots paid.
4. Waiting list: {p7.full} offered plot 9; reply by {date3}.
Next meeting {date4} in the hut."""),
    ("alt8-waitlist", "allotments", """WAITING LIST ({o1.society}) – updated {date1.num}
pos | name | joined | phone | e-mail | note
1 | {p1.full} | {date2.num} | {p1.phone} | {p1.email} | half plot ok
2 | {p2.inv} | {date3.num} | {p2.phone} | - | no e-mail, post to {addr1.oneline}
3 | {p3.full} | {date4.num} | {p3.phone} | {p3.email} | wants raised bed (access)
4 | {p4.lower} | {date5.num} | - | {p4.email} | signed up online, ip {ip1}
Secretary: {p5.full}"""),
    # ------------------------------------------------------------------ solar installation
    ("sol8-survey", "solar_install", """SITE SURVEY – ROOFTOP PV
Job no.: {id1.job}             Survey date: {date1.num}
Customer: {p1.full}           Phone: {p1.phone}
Install address: {addr1.full}
Roof: <<concrete tile|slate|trapezoidal sheet|flat membrane>>, south-west, 35°; scaffold needed on gable.
Meter serial: {id2.meter}       Supplier account: {id3.account}
Proposed: 12 x 430 W panels, 5 kW hybrid inverter (serial to follow), 10 kWh battery
Surveyor: {p2.full} ({o1.installer}), van {id5.plate}    Cert. no. {id4.cert}
Customer signature: {p1.lastini}   Date: {date2.num}"""),
    ("sol8-grid", "solar_install", """From: {p1.workemail}
To: {p2.email}
Cc: {p3.workemail}
Subject: Grid connection application {id1.permit} – {addr1.street}

Dear {p2.t} {p2.last},
The network operator has accepted the connection application for your system. The meter exchange is \
booked for {date1.text}; their engineer ({p4.full}) will call {p2.phone} the day before.
Your feed-in contract ({id2.contract}) names {p2.full} and {p5.full} as account holders; please check \
the spelling before {date2.text}.
Best regards
{p1.full}
Project Coordinator, {o1.installer}
{phone1} · {p1.linkedin}"""),
    # ------------------------------------------------------------------ ferry operator
    ("fry8-booking", "ferry_operator", """{o1.ferry} · BOOKING CONFIRMATION
Booking reference: {id1.booking}      Issued: {date1.num}
Route: <<Harbour Quay → Isle Terminal|North Pier → South Port|Mainland → Island>>
Outbound: {date2.text}, 07:45 check-in 07:00
Lead passenger: {p1.t} {p1.full}      Mobile: {p1.phone}
Passengers: {p1.full}, {p2.full}, {p3.first} (child, {p3.childdob})
Vehicle: car, registration {id2.plate}, length under 5 m
Cabin: none     Pets: 1 dog (pet passport {id3.chip})
Paid with card ending 4417. Changes: {mail1}"""),
    ("fry8-call", "ferry_operator", """CALL TRANSCRIPT – Customer Care (recorded), {date1.text}
AGENT ({p1.first}): Thanks for calling {o1.ferry}, you're speaking with {p1.first}.
CALLER: Hi, I left a bag on the 18:30 sailing yesterday. My name's {p2.full}.
AGENT: Sorry to hear that. Do you have the booking reference?
CALLER: {id1.booking}.
AGENT: And a number we can reach you on?
CALLER: {p2.phone}. Or my {p3.kin}, {p3.full}, at {p3.email}.
AGENT: Lost property log {id2.ticket}. If it's found we'll post it to {addr1.oneline}.
[call ends 00:04:12]"""),
    # ------------------------------------------------------------------ film location
    ("fil8-release", "film_location", """LOCATION AGREEMENT
Production: "<<Low Tide|The Quiet Year|Northbound|Glass Orchard>>" by {o1.production}
Owner: {p1.full}, of {addr1.full}
Owner tax/ID no.: <<{id3.natid}|{id3.cpf}|{id3.bsn}|{id3.pesel}|{id3.pnr}|{id3.sin}|{id3.nric}|{id3.tckn}>>
Property to be used: {addr2.full}
Dates: prep {date1.num}, shoot {date2.num} to {date3.num}, strike {date4.num}
Fee: 4,200 + cleaning; paid to {id1.iban}
Contact on the day: {p2.full} (Location Manager), {p2.phone}
Production office: {o1.production}, {mail1}
Signed: {p1.firstini} (Owner)    {p2.initials} (for the Production)
Agreement no. {id2.contract}"""),
    ("fil8-callsheet", "film_location", """CALL SHEET – DAY 6 – {date1.text}
Unit base: {addr1.oneline} (car park off the main road)
Crew call 06:30 | Shooting call 08:00 | Wrap est. 19:00
Director: {p1.full}     1st AD: {p2.full} ({p2.phone})
Location manager: {p3.full} ({p3.phone}) – resident liaison {p4.full}, {p4.phone}
Nearest A&E: {o2.clinic}
CAST: {p5.caps} (pick up 05:45 from {addr2.oneline}), {p6.caps}
Picture car: {id2.plate}    Parking permits: {id1.permit} (council contact {p7.firstini}, {o3.council})
Rushes upload: {ip1}, user {p8.user}"""),
)

PUBLIC_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("pub8-wed-faq", "wedding_planning", """Planning timeline (what we do and when)
12 months before: venue shortlist, budget, guest estimate. 9 months: caterer and photographer. 6 months: \
invitations and dress fittings. 8 weeks: final menu tasting. 4 weeks: final numbers and seating plan. \
Our planners are on site from the ceremony set-up until the first dance."""),
    ("pub8-wed-terms", "wedding_planning", """TERMS OF BOOKING (SUMMARY)
A 25 percent deposit secures the date. Final numbers are due 28 days before the event; after that, \
numbers can go up but not down. Corkage applies to wine not bought from the venue. Confetti must be \
biodegradable. Amplified music ends at 23:30."""),
    ("pub8-div-rules", "dive_centre", """BEFORE YOU DIVE
Plan your dive and dive your plan. Maximum depth 18 m for Open Water divers, 30 m for Advanced. \
Ascend no faster than 9 m per minute and make a safety stop at 5 m for 3 minutes. No flying within 18 \
hours of the last dive. Report any ear pain, numbness or rash to the duty instructor at once."""),
    ("pub8-div-prices", "dive_centre", """PRICE LIST <<HIGH|LOW>> SEASON
| course | days | includes |
|---|---|---|
| Discover Scuba | 1 | pool session, one shallow dive |
| Open Water | 4 | manual, 4 open-water dives, certification |
| Advanced | 2 | 5 adventure dives incl. deep and navigation |
Equipment hire is included on courses. Nitrox fills on request."""),
    ("pub8-pes-prep", "pest_control", """Preparing for your treatment
Empty kitchen cupboards and cover food surfaces. Keep children and pets out of treated rooms for 4 \
hours. Do not vacuum skirting boards for 10 days. Bait stations are tamper-resistant; please do not move \
them. A follow-up visit is included for rodent and cockroach treatments."""),
    ("pub8-pes-guide", "pest_control", """common signs – which pest is it?
droppings like rice grains: mice. larger, capsule-shaped droppings: rats. small brown insects at night \
near the fridge: german cockroach. itchy bites in a line: possibly bed bugs. a paper-like nest in the \
loft: wasps (do not disturb)."""),
    ("pub8-mar-rules", "marina", """MARINA REGULATIONS (EXTRACT)
Speed limit within the harbour: 4 knots. Visitors call the harbour office on channel 80 before \
entering. Shore power is metered; cards from the office. Fuel berth open 08:00-18:00. No swimming from \
pontoons. Liveaboards need written permission."""),
    ("pub8-mar-tides", "marina", """Tidal access
The sill gate opens about 3 hours either side of high water. A depth gauge at the entrance shows the \
water over the sill. Keep to the starboard side of the channel and give way to the chain ferry at all \
times. Berthing assistance is available on request during office hours."""),
    ("pub8-ski-levels", "ski_school", """OUR LEVELS
Level 1: first time on snow, nursery slope. Level 2: snowplough turns on green runs. Level 3: parallel \
turns on blue runs. Level 4: red runs and moguls. Level 5: off-piste with a guide only. Helmets are \
compulsory for under-16s. Groups meet at the flag by the chairlift base at 09:15."""),
    ("pub8-ski-code", "ski_school", """THE SKIER'S CODE
RESPECT OTHERS. CONTROL YOUR SPEED. THE SKIER IN FRONT HAS PRIORITY. OVERTAKE WITH A WIDE MARGIN. \
LOOK UP THE SLOPE BEFORE STARTING. DO NOT STOP IN NARROW PLACES. CLIMB AT THE EDGE. OBEY SIGNS. HELP \
AT ACCIDENTS AND EXCHANGE DETAILS."""),
    ("pub8-tat-aftercare", "tattoo_studio", """aftercare ✨
keep the film on for 24h. wash gently with unscented soap and lukewarm water, pat dry. thin layer of \
balm 2-3 times a day. no swimming, sunbeds or baths for 2 weeks. don't pick the flakes! touch-ups are \
free within 3 months."""),
    ("pub8-tat-policy", "tattoo_studio", """Studio policy
Clients must be 18 or over with photo ID. Deposits are non-refundable but can be moved once with 48 \
hours' notice. We don't tattoo over fresh sunburn or broken skin. Walk-ins depend on artist availability; \
flash designs are first come, first served."""),
    ("pub8-fer-guide", "fertility_clinic", """Your treatment cycle at a glance
Day 1-2: baseline scan and bloods. Days 2-12: stimulation injections, with scans every 2-3 days. Trigger \
injection when follicles are ready; egg collection 36 hours later under sedation. Embryo transfer on day 3 \
or day 5. Pregnancy test 11-14 days after transfer."""),
    ("pub8-fer-consent", "fertility_clinic", """About consent forms
Both partners complete the consent forms before treatment starts. Forms cover the use and storage of \
eggs, sperm and embryos, and what happens if either partner dies or withdraws consent. Storage is \
reviewed every 10 years. Please bring photo ID to the signing appointment."""),
    ("pub8-aud-care", "audiology", """Looking after your hearing aids
Open the battery doors at night, or place rechargeable aids in the charger. Clean domes and wax guards \
weekly. Keep aids dry and away from hairspray. If you hear whistling, check the dome fits. Repairs are \
free during the warranty; bring the aids and the charger."""),
    ("pub8-aud-levels", "audiology", """| hearing level (dB HL) | category |
|---|---|
| -10 to 20 | normal |
| 21 to 40 | mild |
| 41 to 70 | moderate |
| 71 to 95 | severe |
| over 95 | profound |
Thresholds are averaged over 0.5, 1, 2 and 4 kHz."""),
    ("pub8-loc-prices", "locksmith", """OUR PRICES (NO HIDDEN EXTRAS)
Call-out 08:00-18:00: fixed fee. Evenings and weekends: fee plus 50 percent. Non-destructive entry \
attempted first. Anti-snap cylinders fitted from stock. Restricted key systems need the registered \
keyholder's card. We give a written quote before any work starts."""),
    ("pub8-loc-tips", "locksmith", """Five ways to secure your front door
1. Fit an anti-snap euro cylinder. 2. Lift the handle and lock with the key, every time. 3. Do not leave \
keys near the letterbox. 4. Add a door chain or viewer. 5. Check that the hinge side has bolts on older \
timber doors."""),
    ("pub8-orc-season", "orchestra", """<<AUTUMN|SPRING>> SEASON
Brahms, Symphony No. 2. Sibelius, Violin Concerto. Stravinsky, Pulcinella suite. Rehearsals on Tuesday \
evenings from 19:00 to 21:30; sectionals are announced a week ahead. Concert dress: black. Please bring \
a pencil and return parts to the library after the final concert."""),
    ("pub8-orc-audition", "orchestra", """Audition requirements
Two contrasting pieces of your choice (up to 10 minutes) and the set orchestral excerpts, which are \
sent out four weeks before. Sight-reading may be included. Auditions are held behind a screen in the \
first round. Accompanists are provided for the second round."""),
    ("pub8-clm-rules", "climbing_wall", """WALL RULES
NEVER CLIMB ABOVE ANOTHER CLIMBER. BOULDERING: DOWNCLIMB OR JUMP ONTO THE MAT, NOT ONTO PEOPLE. ROPED \
CLIMBING: BUDDY CHECK EVERY TIME (KNOT, HARNESS, BELAY DEVICE). NO CHALK BALLS ON THE ROPES AREA. UNDER \
18S MUST BE SUPERVISED UNLESS REGISTERED AS INDEPENDENT."""),
    ("pub8-clm-grades", "climbing_wall", """grades on our walls
bouldering: circuit colours from yellow (easiest) to black. ropes: french grades 4 to 7c. new sets every \
monday in one sector, so that sector closes until 14:00. lost a shoe? check the box by the desk."""),
    ("pub8-res-process", "animal_rescue", """How adoption works
Fill in the application form. A volunteer calls you and arranges a home check. If the match looks \
right, you meet the animal at least twice. On the day you take them home you pay the adoption fee, \
which covers vaccinations, neutering and the microchip. We stay in touch for the first six weeks."""),
    ("pub8-res-faq", "animal_rescue", """FAQ
Can I adopt if I rent? Yes, with the landlord's written permission. Do you rehome to families with young \
children? Some of our animals are suited to children; the profile says so. Can I foster first? Yes, \
fostering is a good way to help if you cannot commit long term."""),
    ("pub8-alt-rules", "allotments", """Allotment rules (extract)
At least 75 percent of each plot must be cultivated. No bonfires between April and September. Hosepipes \
only with a trigger nozzle. Sheds up to 6 by 4 feet with the committee's permission. Plot inspections \
take place in May and August; two failed inspections lead to a non-cultivation notice."""),
    ("pub8-alt-calendar", "allotments", """sowing calendar
feb: broad beans under cover. mar: onion sets, early potatoes. apr: carrots, beetroot, peas. may: \
courgettes and beans after the last frost. jun: leeks out. aug: spring cabbage sown. oct: garlic in."""),
    ("pub8-sol-faq", "solar_install", """Frequently asked questions
How long does installation take? Usually one to two days, plus scaffolding. Do I need permission? Most \
roofs do not need planning permission; listed buildings and flat roofs may. What happens in a power cut? \
Without a backup gateway, the inverter shuts down for the safety of line workers."""),
    ("pub8-sol-spec", "solar_install", """PANEL DATASHEET (SUMMARY)
Rated power 430 W, efficiency 22.0 percent, 108 half-cut cells, dimensions 1722 x 1134 x 30 mm, weight \
21 kg. Product warranty 15 years, performance warranty 30 years at 87.4 percent. Operating temperature \
-40 to +85 degrees."""),
    ("pub8-fer-conditions", "ferry_operator", """CONDITIONS OF CARRIAGE (EXTRACT)
Check-in closes 30 minutes before departure for vehicles and 15 minutes for foot passengers. Dogs must \
stay in the vehicle or in the pet lounge. Sailings may be cancelled in winds over force 8. Refunds for \
cancelled sailings are automatic."""),
    ("pub8-fer-timetable", "ferry_operator", """Winter timetable
Mon-Fri: 07:45, 10:30, 13:15, 16:00, 18:30. Sat: 08:30, 12:00, 16:00. Sun: 10:30, 16:00. Crossing time \
about 55 minutes. The café is open on all sailings except the first. Bicycles travel free."""),
    ("pub8-fil-code", "film_location", """Filming code of practice
Crews park only in agreed places and keep pavements clear. Residents get a letter at least five working \
days before filming. Noisy work stops at 22:00. Generators are kept away from windows. Any damage is \
photographed and repaired at the production's cost."""),
    ("pub8-fil-glossary", "film_location", """Location glossary
Unit base: where trucks, catering and make-up park. Recce: a scouting visit. Strike: packing up. Holding \
area: where background artists wait. Lock-off: stopping pedestrians for a take. Wrap: the end of the \
shooting day."""),
)

#: The layout of each template (recorded in the ``.meta.json``).
LAYOUTS: dict[str, str] = {
    "wed8-thread": "e-mail thread with quoted reply", "wed8-guests": "CSV export",
    "div8-medical": "all-caps form", "div8-log": "markdown table with footer",
    "pes8-jobsheet": "header block and form fields", "pes8-chat": "lower-case chat export",
    "mar8-berth": "form with fields", "mar8-vhf": "radio log transcript",
    "ski8-bookings": "markdown table with notes", "ski8-accident": "all-caps form",
    "tat8-consent": "form with signatures", "tat8-dm": "lower-case direct-message chat",
    "fer8-letter": "letter with letterhead and signature", "fer8-portal": "message thread",
    "aud8-report": "clinical report with signature", "aud8-repairs": "semicolon-separated export",
    "loc8-callouts": "CSV log", "loc8-invoice": "invoice with letterhead",
    "orc8-roster": "fixed-width table", "orc8-audition": "meeting notes",
    "clm8-waiver": "all-caps registration form", "clm8-slack": "lower-case team chat",
    "res8-adoption": "application form", "res8-chip": "e-mail with forwarded message",
    "alt8-minutes": "committee minutes", "alt8-waitlist": "pipe-separated table",
    "sol8-survey": "survey form", "sol8-grid": "e-mail with signature",
    "fry8-booking": "booking confirmation", "fry8-call": "call transcript",
    "fil8-release": "agreement with signatures", "fil8-callsheet": "call sheet",
    **{tid: "public: guide, policy, price list, table or FAQ" for tid, _, _ in PUBLIC_TEMPLATES},
}

#: A description of the set for its ``.meta.json``.
DESCRIPTION = (
    "Sixteen domains no earlier set used (wedding planning, dive centres, pest control, marinas, ski "
    "schools, tattoo studios, fertility clinics, audiology, locksmiths, orchestras, climbing walls, animal "
    "rescue, allotment societies, solar installation, ferry operators, film locations), two private and two "
    "public templates each; layouts: e-mail threads (quoted and forwarded), CSV, semicolon and pipe exports, "
    "markdown and fixed-width tables, all-caps forms, letters with letterheads and signatures, lower-case "
    "chats and DMs, team chat, radio-log and call transcripts, minutes, call sheets, invoices and agreements. "
    "Names hand-written in 28 traditions none of v1-v7 used; addresses of 20 countries none of v7's; phones "
    "of 24 countries with ten extension forms; identifiers with real check digits (CPF, BSN, PESEL, "
    "personnummer, SIN, NRIC, TC kimlik, IBANs of 13 countries) and shaped ones; dates in numeric, short and "
    "worded styles in English, German, Polish, Dutch, Swedish, Turkish, Romanian, Indonesian, Portuguese, "
    "Japanese and Korean."
)
