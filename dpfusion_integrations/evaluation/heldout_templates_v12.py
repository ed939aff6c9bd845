"""Templates of the twelfth held-out tagging set (v12), written for it by an author who did not see the tagger.

Sixteen domains no earlier set wrote, each with two private and two public templates; what they are and
which layout each template uses is recorded in the set's ``.meta.json`` (from :data:`LAYOUTS` and
:data:`DESCRIPTION`), not in the public docs, until round 12 has been measured on the set. They were
frozen with the set and must not be changed: a changed template set is a new held-out set.

Syntax (v7's to v11's, see :mod:`~dpfusion_integrations.evaluation.heldout_templates_v7`): ``<<a|b>>`` is
a structural choice shared by the two documents of a pair; ``{ref.form}`` is a private value (people
``{pN.form}``, organisations ``{oN.kind}`` with the kinds of ``heldout_values_v12.ORG_FORMS``,
``{mailN}``, ``{addrN.form}``, ``{cityN}``, ``{dateN.form}``, ``{phoneN}``, ``{ipN}``, identifiers
``{idN.kind}`` with the kinds of ``heldout_values_v12.ID_KINDS``, and ``{natN}``, a national identifier
whose scheme is a structural choice).

Not gold (public structure): times, durations, amounts, prices, sizes, weights, scores, gravities and
temperatures, product, beer, cheese, horse and route names, commit hashes, materials and colours.
"""

from __future__ import annotations

__all__ = ["DESCRIPTION", "LAYOUTS", "PRIVATE_TEMPLATES", "PUBLIC_TEMPLATES"]

# (template id, domain, template)
PRIVATE_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # ------------------------------------------------------------------ brewery
    ("brw12-ini", "brewery", """; taplist.ini, exported {date1.num} by {p1.user}
[venue]
name = {o1.brewery}
address = {addr1.oneline}
phone = {phone1}
manager = {p2.full}
manager_mobile = {p2.phone}

[brewers]
head = {p3.full} <{p3.workemail}>
assistant = {p4.full}
cellar = {p5.lowerfull}

[licences]
premises = {id1.contract}
duty_account = {id2.account}

[backup]
host = {ip1}
owner = {p6.email}"""),
    ("brw12-gyle", "brewery", """BREW SHEET;{o1.brewery};gyle {id1.batch}
brew date;{date1.num}
brewer;{p1.full}
assistant;{p2.initials}
recipe;"<<Harbour Porter|Hop Field Pale|Rye Saison>>" v7
mash;66 °C;60 min;pH 5.3
OG/FG;1.058;1.014
malt supplier;{o2.employer};docket {id2.order}
driver;{p3.full};{p3.phone}
excise witness;{p4.t} {p4.last};{o3.council}
tasting panel;{p5.lower};{p6.lower};{p7.lower}
kegged;{date2.short};keg tracker {id3.device}"""),
    # ------------------------------------------------------------------ watch repair
    ("wch12-envelope", "watch_repair", """{o1.watchmaker}                             ENVELOPE No. {id1.order}
Received {date1.text} from {p1.caps}
{addr1.full}
Tel. {p1.phone}    e-mail {p1.email}
Watch: gent's automatic, steel, calibre 2824, case no. {id2.serial}
Fault: stops overnight; crystal scratched. Belonged to {p1.his} {p2.kin}, {p2.full}.
Estimate 180, approved by phone {date2.short} (spoke to {p3.first})
Bench: {p4.ini}    Timegrapher: +4 s/d, amplitude 285°
Ready {date3.text}. Items not collected within 90 days may be sold."""),
    ("wch12-forum", "watch_repair", """Re: ticking stops after an hour, old pocket watch (page 2)
Posted by {p1.user} » {date1.text}

> Quote from {p2.user}:
> Take it to {p3.full} at {o1.watchmaker}, {addr1.oneline}. {p3.He} rebushed mine last winter.

Thanks. I rang {phone1} and {p3.first} said it needs a new mainspring and a clean. The case is engraved
"{p4.upperfull} {date2.num}", it was my {p4.kin}'s. If anyone knew the family, message me or write to
{p1.email}.

Last edited by {p1.user}; reported by {p5.lower} from {ip1}"""),
    # ------------------------------------------------------------------ cheese dairy
    ("chs12-xml", "cheese_dairy", """<?xml version="1.0" encoding="UTF-8"?>
<batch lot="{id1.batch}" made="{date1.num}">
  <dairy>{o1.creamery}</dairy>
  <cheesemaker>{p1.full}</cheesemaker>
  <milk supplier="{p2.full}" farm="{addr1.oneline}" phone="{p2.phone}"/>
  <vat>3</vat><rennet>animal</rennet><salt_g_per_kg>18</salt_g_per_kg>
  <turned by="{p3.initials}" on="{date2.short}"/>
  <inspection officer="{p4.full}" authority="{o2.council}" ref="{id2.case}"/>
  <release signed="{p1.dotted}" on="{date3.num}"/>
  <buyer org="{o3.employer}" contact="{p5.workemail3}"/>
</batch>"""),
    ("chs12-counter", "cheese_dairy", """cheese counter, orders to collect
{date1.short}
- {p1.lowerfull}: 2 kg aged tomme, 1 blue, pays on pickup. tel {p1.phone}
- {p2.lower} ({p2.initials}): half wheel for a wedding at {addr1.oneline}
- {p3.full}, {o1.employer} staff party, invoice to {p3.workemail}, po {id1.order}
- {p4.lowerfull}, brined curd x3, ring {p4.phone} if late
- {p5.lastini}: deliver to {addr2.street}, gate code {id2.gate}
on the counter today: {p6.firstini}, {p7.firstini}"""),
    # ------------------------------------------------------------------ circus school
    ("crc12-form", "circus_school", """{o1.circus}: YOUTH PROGRAMME REGISTRATION
[x] aerial silks   [ ] juggling   [x] trampoline   [ ] unicycle
Student surname: {p1.upperlast}      First name: {p1.first}
Date of birth: {p1.childdob}         School: {o2.school}
Parent/carer 1: {p2.full} · {p2.phone} · {p2.email}
Parent/carer 2: {p3.full} · {p3.phone}
Home address: {addr1.full}
Medical: <<mild asthma|none known|hypermobile wrists>>; doctor {p4.t} {p4.last}, {o3.hospital}
Photo consent: [x] yes, signed {p2.dotted} on {date1.num}
Coach: {p5.firstini}"""),
    ("crc12-minutes", "circus_school", """{o1.circus}
MINUTES OF THE TROUPE COMMITTEE, {date1.text}
Present: {p1.full} (chair), {p2.full}, {p3.full}, {p4.ini}
Apologies: {p5.full}
1. Rigging inspection done by {o2.employer}; certificate {id1.contract} valid until {date2.text}.
2. Touring venue: {addr1.oneline}. {p2.first} to call the venue manager, {p6.full}, on {phone1}.
3. Insurance renewed with {o3.insurer}, policy {id2.policy}.
4. AOB: {p3.first} asked that rehearsal notes go to {mail1} rather than to {p3.his} own inbox.
Next meeting {date3.short}. Minutes taken by {p4.initials}."""),
    # ------------------------------------------------------------------ glassblowing
    ("gls12-sql", "glassblowing", """-- dump of table `bookings` from the {o1.glassworks} booking system, {date1.num}
INSERT INTO bookings (ref, name, email, phone, class, paid_on) VALUES
('{id1.booking}', '{p1.full}', '{p1.email}', '{p1.phone}', 'paperweight taster', '{date2.num}'),
('{id2.booking}', '{p2.full}', '{p2.email}', '{p2.phone}', 'blown tumbler', '{date3.num}'),
('{id3.booking}', '{p3.full}', '{p3.email}', '{p3.phone}', 'paperweight taster', '{date3.num}');
-- instructor: {p4.full}; exported from {ip1} by {p5.user}"""),
    ("gls12-commission", "glassblowing", """Our ref: {id1.invoice}
Your ref: {p1.initials}

{p1.t} {p1.full}
{addr1.full}

{date2.text}

Dear {p1.t} {p1.last},

Commission: memorial window panel
Thank you for sending the photographs of your late {p2.kin}, {p2.full}. Our glass artist {p3.full} will
fuse the panel in the blues you chose; the inscription will read "{p2.upperfull} · {p2.olddob}".
Please pay the deposit to {id2.iban} and let us know if {p4.full} may collect it on your behalf.

Yours sincerely,
{p5.full}, studio manager
{o1.glassworks} · {phone1} · {mail1}"""),
    # ------------------------------------------------------------------ fishing charter
    ("fsh12-manifest", "fishing_charter", """{o1.charter}: PASSENGER MANIFEST
Vessel {id1.vessel}   Skipper {p1.upperfull}   Departs {date1.num} 05:30
NO  NAME                      DOCUMENT              EMERGENCY CONTACT
1   {p2.caps}        {nat1}           {p3.full} {p3.phone}
2   {p4.caps}        {id2.passport}   {p5.full} {p5.phone}
3   {p6.caps}        {nat2}           {p6.phone}
Deckhand: {p7.firstini} · shore phone {phone1}
Filed with the harbour office by {p1.dotted}"""),
    ("fsh12-voicemail", "fishing_charter", """Voicemail transcript, {date1.short} 21:14, from {phone1}
"Hi, this is {p1.first} {p1.last}, we booked the half-day trip for {date2.short} under {p2.full}'s name,
reference {id1.booking}. We're staying at {addr1.oneline}. My {p3.kin} {p3.first} gets seasick, so could
we go on the bigger boat? You can text me back on {p1.phone} or email {p1.email}. Oh, and {p4.full} from
{o2.employer} might join, {p4.he}'ll pay separately. Thanks, bye."
Transcribed automatically by the {o1.charter} phone system"""),
    # ------------------------------------------------------------------ scaffolding
    ("scf12-handover", "scaffolding", """SCAFFOLD HANDOVER CERTIFICATE                     No. {id1.case}
Contractor: {o1.scaffolder}     Client: {o2.employer}
Site address: {addr1.full}
Description: independent tied scaffold, 6 lifts, loading bay on lift 3, max 2 kN/m²
Erected by: {p1.full} (card {id2.staff}) and {p2.firstini}
Inspected: {date1.num} by {p3.full}
Handed over to: {p4.full}, site manager, {p4.phone}
Next inspection due {date2.num}. Alterations only by the contractor: call {phone1}."""),
    ("scf12-gatelog", "scaffolding", """{date1.num} 06:58:12 gate-2 GRANTED card={id1.gate} name="{p1.full}" company="{o1.scaffolder}"
{date1.num} 07:01:40 gate-2 GRANTED card={id2.gate} name="{p2.full}" company="{o1.scaffolder}"
{date1.num} 07:03:05 gate-2 DENIED  card={id3.gate} name="{p3.full}" reason=induction_expired
{date1.num} 07:05:51 gate-2 VISITOR name="{p4.full}" host="{p5.firstini}" tel={p4.phone}
{date1.num} 07:30:00 gate-2 ALERT mailed to {p5.email} from {ip1}"""),
    # ------------------------------------------------------------------ archery club
    ("arc12-scores", "archery_club", """{o1.archery}: club shoot, {date1.text}, {addr1.oneline}
| archer | bow | 70 m | 50 m | total | judge |
|:--|:--|--:|--:|--:|:--:|
| {p1.full} | recurve | 298 | 312 | 610 | {p5.initials} |
| {p2.lastini} | compound | 331 | 340 | 671 | {p5.initials} |
| {p3.full} | longbow | 201 | 244 | 445 | {p6.initials} |
| {p4.lowerfull} | barebow | 240 | 262 | 502 | {p6.initials} |
Results to the county secretary, {p7.full} ({p7.email})."""),
    ("arc12-renewal", "archery_club", """From: "{p1.full}" <{p1.email}>
To: {mail1}
Cc: {p2.email}
Subject: renewal + junior member
Date: {date1.text}

Hi {p3.first},

please renew my membership ({id1.member}) and add our {p4.child} {p4.first}, born {p4.childdob}, as a
junior. {p2.first} will bring {p4.him} on Saturdays. Our new address is {addr1.full}.
I paid the fees from {id2.iban} this morning.

thanks,
{p1.firstini}
{o1.archery} member since 2019"""),
    # ------------------------------------------------------------------ farrier
    ("frr12-round", "farrier", """{o1.farrier}, round for {date1.short}
07:30 {addr1.oneline}: "Pepper" (cob), 4 shoes, owner {p1.full} {p1.phone}
09:00 {addr2.oneline}: 3 ponies trim, owner {p2.lowerfull}, key under the mat
11:15 {addr3.street}: remedial bar shoe, vet {p3.t} {p3.last} of {o2.employer}
14:00 livery yard, {p4.full}: 6 horses, passport {id1.ueln} needs signing
apprentice: {p5.firstini}; van {id2.plate}"""),
    ("frr12-invoice", "farrier", """INVOICE {id1.invoice}                         {o1.farrier}
                                               {addr1.oneline}
Bill to: {p1.full}
         {addr2.full}
Date: {date1.num}       Horse: "Tansy", UELN {id2.ueln}
| item | qty | price |
|---|---|---|
| hot shoeing, 4 feet | 1 | 110 |
| road studs | 4 | 12 |
Pay by transfer to {id3.iban}, quoting {p1.upperlast}. Queries: {p2.full}, {p2.phone}"""),
    # ------------------------------------------------------------------ chimney sweep
    ("chm12-cert", "chimney_sweep", """CERTIFICATE OF CHIMNEY SWEEPING                   Serial {id1.serial}
This is to certify that the flue(s) at
{addr1.full}
were swept on {date1.text} and a smoke draw test was <<passed|passed after a second sweep>>.
Appliance: wood burner, 5 kW, liner 150 mm.
Occupier: {p1.full}        Landlord/agent: {o2.employer}, {p2.full}
Swept by: {p3.full}, {o1.sweep} (member {id2.member})
Next sweep recommended by {date2.short}. Office: {phone1} · {mail1}"""),
    ("chm12-sms", "chimney_sweep", """SMS from {p1.phone} received {date1.num} 18:22
"hiya its {p1.lowerfull} at {addr1.oneline}, birds nest in the pot again!! can {p2.first} come {date2.short}?"
Reply sent by {p3.user}: "Hi {p1.first}, {p2.first} can do {date2.short} 8am. Ref {id1.case}. Reply STOP to opt out"
Forwarded to {p2.email}, {p4.email}
Note: neighbour {p5.full} ({addr2.oneline}) shares the stack, ask {p5.him} for roof access.
{o1.sweep} job board"""),
    # ------------------------------------------------------------------ ice rink
    ("ice12-incident", "ice_rink", """{o1.icerink} · INCIDENT / FIRST AID REPORT {id1.case}
1. Date and time: {date1.num}, 19:45 public session
2. Injured person: {p1.full}, age 13, {p1.sex}
3. Parent or guardian: {p2.full} ({p2.parent}), {p2.phone}, {addr1.oneline}
4. Description: fell near the hockey gate, cut to the chin from own blade
5. First aid given by: {p3.full}, certificate {id2.staff}
6. Ambulance: <<not called|called, transferred>> to {o2.hospital}
7. Witness: {p4.full}, {p4.email}
8. Report written by {p5.ini}, checked by duty manager {p6.firstini}"""),
    ("ice12-rota", "ice_rink", """{o1.icerink} coaching rota
+----------------------+------------------------+---------+------------------+
| session              | coach                  | ice     | cover            |
+----------------------+------------------------+---------+------------------+
| {date1.short} learn to skate | {p1.full} | pad A | {p2.firstini} |
| {date1.short} synchro        | {p3.full} | pad A | {p4.firstini} |
| {date2.short} hockey U11     | {p4.full} | pad B | {p1.firstini} |
| {date2.short} adult figure   | {p5.lowerfull} | pad B | none |
+----------------------+------------------------+---------+------------------+
payroll queries {p6.workemail} · rota made by {p6.slack}"""),
    # ------------------------------------------------------------------ mountain hut
    ("hut12-book", "mountain_hut", """HUT BOOK: {o1.hut} (2,418 m)
date in | name | from | going to | party
{date1.num} | {p1.full} | {city1} | summit, back by 14:00 | 2
{date1.num} | {p2.lowerfull} | {city2} | traverse to the col | 1
{date2.num} | {p3.full} & {p4.first} | {city3} | descent, valley bus | 2
Emergency contact left with the warden: {p5.full}, {p5.phone}
Warden on duty: {p6.firstini} · radio {phone1}"""),
    ("hut12-email", "mountain_hut", """From: {o1.hut} <{mail1}>
To: {p1.email}
Subject: Re: beds
Date: {date1.text}

Dear {p1.first},

two dormitory places are held for the nights of {date2.short} and {date3.short} under booking {id1.booking}.
The deposit arrived from {id2.iban}. Half board includes soup, polenta and breakfast.
If the pass is closed, our warden {p2.full} ({p2.phone}) will call you.

> On {date4.text}, {p1.full} wrote:
> We are {p1.first}, {p3.first} and {p4.first}, coming up from {city1}. Can we pay the rest in cash?

{p2.initials}"""),
    # ------------------------------------------------------------------ upholstery
    ("uph12-estimate", "upholstery", """{o1.upholsterer} · {addr1.oneline} · {phone1}
ESTIMATE No. {id1.invoice}
Customer ........ {p1.full}
Collect from .... {addr2.full}
Contact ......... {p1.phone} / {p1.email}
Item ............ Victorian nursing chair, buttoned back
Work ............ strip to frame, re-web, re-spring, horsehair stuffing, 4 m velvet
Fabric from ..... {o2.employer}, order {id2.order}
Quoted by ....... {p2.initials} on {date1.num}
Delivery ........ {date2.short}, driver {p3.firstini}"""),
    ("uph12-chat", "upholstery", """#workshop   {date1.text}
{p1.lower}  9:02 AM
    anyone seen the staple gun? also {p2.first} dropped off the wingback, {p2.his} number is {p2.phone}
{p3.lower}  9:05 AM
    in the van. tell {p4.lower} the foam from {o1.employer} came in, invoice {id1.invoice}
{p1.lower}  9:07 AM
    ok. {p5.full} wants the sofa back by {date2.short}, delivery to {addr1.oneline}
{p4.lower}  9:31 AM
    on it, cc {p6.slack}"""),
    # ------------------------------------------------------------------ land surveying
    ("srv12-report", "land_surveying", """{o1.surveyor}
BOUNDARY SURVEY REPORT, job {id1.case}
Parcel: {id2.cadastre}    Address: {addr1.full}
Client: {p1.full}, {p1.email}
Adjoining owners notified: {p2.full} ({addr2.oneline}); {p3.full} ({addr3.oneline})
Fieldwork: {date1.num}, GNSS RTK and total station; 6 pegs set, 2 found disturbed
Surveyor: {p4.full}, licence {id3.licence}
Instrument {id4.serial}, calibrated {date2.num}
Plan issued {date3.text}; lodged with {o2.council}"""),
    ("srv12-gitlog", "land_surveying", """# cad-jobs repository, {o1.surveyor}
commit 9f2c41e
Author: {p1.full} <{p1.workemail}>
Date:   {date1.text}

    update easement line for parcel {id1.cadastre}; client {p2.full} approved by phone

commit 4b07aa2
Author: {p3.full} <{p3.workemail}>
Date:   {date2.text}

    add topo points from {p4.firstini}'s field book; base station set up on {addr1.street}

commit 11de903
Author: {p1.full} <{p1.workemail}>
Date:   {date3.text}

    initial import for the {o2.employer} job, contact {p5.email}"""),
    # ------------------------------------------------------------------ pawnshop
    ("pwn12-ticket", "pawnshop", """{o1.pawnbroker}                      PAWN TICKET {id1.pawn}
{addr1.oneline} · licensed pawnbroker · {phone1}
Pledger: {p1.caps}
Address: {addr2.full}
ID seen: {nat1} (<<passport|identity card|residence card>>)
Date of birth: {p1.dob}
Goods: 18 ct gold chain 14.2 g; ladies' watch, serial {id2.serial}
Loan 420 · interest 4% per month · redeem by {date1.num}
Clerk {p2.initials}    Pledger's signature ______"""),
    ("pwn12-inquiry", "pawnshop", """To: {mail1}
From: {p1.workemail2}
Cc: {p3.full} <{p3.workemail2}>
Subject: property check, crime ref {id1.case}

Good afternoon,

we are investigating a burglary at {addr1.oneline} reported by {p2.full} on {date1.num}. Among the items
taken was a camera, serial {id2.serial}, and a ring engraved "{p2.initials} {date2.num}". Please check whether
anything matching was pledged at {o1.pawnbroker} after that date, and if so by whom (name, ID, date).

{p1.t} {p1.full}
{o2.employer}, direct line {p1.phone}"""),
    # ------------------------------------------------------------------ sawmill
    ("saw12-docket", "sawmill", """{o1.sawmill}  ·  DELIVERY DOCKET {id1.order}
Deliver to: {p1.full}
            {addr1.full}
Site contact: {p2.full}  {p2.phone}
Load: 2.4 m³ larch cladding 25x150, 40 posts 100x100 treated, offcuts bag x3
Truck {id2.plate}, driver {p3.firstini}, weighbridge ticket {id3.ticket}
Dispatched {date1.text}
Received in good order: ____________ ({p1.initials})"""),
    ("saw12-timesheet", "sawmill", """week_start,employee,staff_no,mon,tue,wed,thu,fri,supervisor
{date1.num},{p1.full},{id1.staff},8,8,8,8,6,{p5.initials}
{date1.num},{p2.full},{id2.staff},8,8,0,8,8,{p5.initials}
{date1.num},{p3.full},{id3.staff},10,10,10,8,0,{p5.initials}
{date1.num},{p4.full},{id4.staff},8,8,8,8,8,{p5.initials}
# wed absence {p2.first}: dentist; payroll to {p6.intmail} ({o1.sawmill})"""),
)

PUBLIC_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("pub12-brw-styles", "brewery", """| style | ABV % | IBU | EBC | serve at |
|---|---|---|---|---|
| grisette | 3.8 | 20 | 8 | 7 °C |
| dry stout | 4.2 | 38 | 90 | 11 °C |
| gose | 4.6 | 10 | 7 | 6 °C |
| barley wine | 10.5 | 65 | 40 | 13 °C |"""),
    ("pub12-brw-glossary", "brewery", """Brewhouse words
Wort: the sweet liquid run off the mash. Sparging: rinsing the grain bed with hot liquor. Krausen: the \
rocky head of a vigorous ferment. Diacetyl: a buttery off-flavour cleaned up by a <<warm rest|longer conditioning>>. \
Gyle: one batch of beer, from one brew."""),
    ("pub12-wch-service", "watch_repair", """service intervals (guide only)
mechanical, hand-wound ......... every 5-7 years
automatic ...................... every 5 years
quartz battery ................. 2-3 years, reseal gaskets each time
water resistance test .......... yearly if you swim with it
vintage pieces over 50 years old are quoted after opening the caseback."""),
    ("pub12-wch-care", "watch_repair", """Looking after a mechanical watch
Keep it away from loudspeakers and magnetic phone cases: a magnetised hairspring runs minutes fast. Wind \
it at the same time each day, gently, until you feel resistance. Never set the date between 21:00 and 03:00 \
while the change mechanism is engaged."""),
    ("pub12-chs-affinage", "cheese_dairy", """Affinage at a glance
Bloomy rinds ripen 3-6 weeks at 12 °C and 95 % humidity. Washed rinds are rubbed with brine two or three \
times a week. Alpine wheels turn weekly for six months or more; tyrosine crystals are normal, not salt."""),
    ("pub12-chs-prices", "cheese_dairy", """| cheese | milk | age | per kg |
|---|---|---|---|
| tomme | cow, raw | 4 months | 28 |
| chèvre log | goat | 3 weeks | 34 |
| blue | ewe | 3 months | 41 |
| halloumi-style | cow/goat | fresh | 19 |"""),
    ("pub12-crc-terms", "circus_school", """Circus vocabulary
Lyra: a steel aerial hoop. Flic-flac: a back handspring. Diabolo: a spool spun on a string between two \
sticks. Rola bola: a board balanced on a rolling cylinder. Spotting: a coach standing ready to catch, \
always used for new <<drops|tumbling>>."""),
    ("pub12-crc-timetable", "circus_school", """weekly classes
mon 16:30 tots tumble (4-6)
tue 17:00 juggling & diabolo (8+)
wed 18:00 aerial silks, beginners
thu 18:00 aerial silks, improvers
sat 10:00 family circus, 60 min
all classes need grip-free socks; long hair tied up; no jewellery on the apparatus"""),
    ("pub12-gls-safety", "glassblowing", """Hot shop rules
The furnace runs at 1,140 °C day and night. Wear natural-fibre clothing and closed shoes. Never touch \
glass on the marver until an instructor says it is cool; hot glass looks exactly like cold glass. Pipes \
rest on the yoke, never on the floor."""),
    ("pub12-gls-kiln", "glassblowing", """| stage | temperature | hold |
|---|---|---|
| garage | 480 °C | until the piece is off the pipe |
| anneal soak | 482 °C | 30 min |
| cool to strain point | 427 °C | 1 °C per min |
| cool to room | 21 °C | overnight |"""),
    ("pub12-fsh-rules", "fishing_charter", """On board
Life jackets are stowed under the forward bench; the skipper shows you how to fasten one before we leave \
the quay. Catch and release for sharks and billfish. Bag limits: 5 snapper, 2 wahoo per angler. Seasick \
tablets work best taken an hour before departure."""),
    ("pub12-fsh-knots", "fishing_charter", """knots we teach
improved clinch: hook to leader, 5 turns. palomar: braid to swivel, strongest for its size. uni to uni: \
joining two lines of similar diameter. bimini twist: a doubled line for offshore trolling, 20 turns on \
<<30 lb|50 lb>> mono."""),
    ("pub12-scf-terms", "scaffolding", """Scaffold terms
Standard: an upright tube. Ledger: a horizontal tube along the face. Transom: a tube across, carrying the \
boards. Lift: the height between ledgers, usually 2 m. Sole board: timber spreading the load under a \
base plate. Kicker lift: the first, low lift."""),
    ("pub12-scf-loads", "scaffolding", """| duty | kN/m² | use |
|---|---|---|
| inspection | 0.75 | light access, no materials |
| light | 1.5 | painting, cleaning |
| general | 2.0 | brickwork, plastering |
| heavy | 2.5 | masonry, heavy blocks |"""),
    ("pub12-arc-rules", "archery_club", """Range rules
Nobody crosses the shooting line until the field captain calls "collect". Three whistle blasts: walk to \
the targets. Five or more: stop shooting at once. Arrows are never drawn back with a person in front of \
the line. Juniors shoot under a coach's eye at all times."""),
    ("pub12-arc-faces", "archery_club", """target faces
WA 122 cm: outdoor recurve, 70 m. WA 80 cm six-ring: compound, 50 m. 40 cm triple spot: indoor, 18 m. \
gold scores 10 and 9, red 8 and 7, blue 6 and 5, black 4 and 3, white 2 and 1. line-cutters score the higher ring."""),
    ("pub12-frr-feet", "farrier", """Healthy hooves
A horse grows roughly a centimetre of hoof a month, so most need a visit every five to eight weeks. Pick \
the feet out daily, looking for thrush in the frog clefts. Wet paddocks soften the horn; clench-ups \
loosen faster in mud."""),
    ("pub12-frr-prices", "farrier", """| work | price |
|---|---|
| trim, pony | 35 |
| trim, horse | 45 |
| front shoes | 85 |
| full set, hot fitted | 120 |
| remedial shoeing | from 150 |"""),
    ("pub12-chm-advice", "chimney_sweep", """Why sweep?
Creosote and soot narrow the flue and can catch fire. Sweep wood burners twice a year while in use, \
open fires burning seasoned logs once. Burn wood under 20 % moisture; a cheap meter pays for itself. \
Jackdaws nest in spring: fit a cowl with mesh."""),
    ("pub12-chm-glossary", "chimney_sweep", """glossary
flaunching: the sloped mortar around a chimney pot. register plate: a sealing plate above a stove. \
liner: a flexible steel tube inside the old flue. draw: the pull of warm gases upwards. \
bird guard: a wire cage on the pot."""),
    ("pub12-ice-sessions", "ice_rink", """| session | times | price | skate hire |
|---|---|---|---|
| public | 11:00-13:00 | 8 | 3 |
| disco ice | 19:30-21:30 | 10 | 3 |
| parent & toddler | 09:30-10:30 | 5 | free |
| adult only | 21:45-22:45 | 9 | 3 |"""),
    ("pub12-ice-rules", "ice_rink", """Rink rules
Skate anticlockwise. Gloves are compulsory and helmets are advised for under-twelves. No phones or \
photos while skating. Skate aids are for use by children only. The ice is resurfaced every ninety minutes; \
please leave promptly when the <<siren|whistle>> sounds."""),
    ("pub12-hut-prices", "mountain_hut", """| | members | non-members |
|---|---|---|
| dormitory bed | 18 | 32 |
| room bed | 26 | 42 |
| half board | 44 | 44 |
| packed lunch | 11 | 11 |
| hot shower token | 4 | 4 |"""),
    ("pub12-hut-etiquette", "mountain_hut", """Hut etiquette
Boots off in the boot room, hut slippers inside. Bring a sleeping-bag liner; blankets are provided. \
Quiet from 22:00. Breakfast from 05:00 for summit parties. Carry out your rubbish: everything here \
comes up by helicopter or on someone's back."""),
    ("pub12-uph-fabrics", "upholstery", """Choosing a fabric
Look at the rub count: 15,000 Martindale for occasional chairs, 25,000 or more for a family sofa. \
Velvets crush; mohair wears for decades; linen looks relaxed but stains easily. Pattern repeats need \
extra metres, so ask before you order."""),
    ("pub12-uph-glossary", "upholstery", """Trade terms
Webbing: jute or elastic strips across the seat frame. Hessian: the coarse cloth over the springs. \
Stuffing ties: loops holding horsehair in place. Gimp: a decorative braid hiding the tacks. Deep \
buttoning: buttons pulled through to make diamond pleats."""),
    ("pub12-srv-terms", "land_surveying", """Survey terms
Benchmark: a point of known height. Traverse: a chain of measured angles and distances. Easement: a \
right to cross or use part of another's land. Closure error: the gap between the start and the \
computed end of a traverse, here kept under 1:20,000."""),
    ("pub12-srv-fees", "land_surveying", """| survey | typical fee | turnaround |
|---|---|---|
| boundary retracement | 900-1,600 | 3 weeks |
| topographic, under 1 ha | 1,200 | 2 weeks |
| setting out a house | 650 | 1 week |
| measured building | 11 per m² | 2-4 weeks |"""),
    ("pub12-pwn-howto", "pawnshop", """How a pledge works
We lend against an item you leave with us. You have six months to repay the loan and interest and \
take it home. You can renew by paying the interest only. Unredeemed items over the statutory value are \
sold at auction and any surplus is yours."""),
    ("pub12-pwn-gold", "pawnshop", """| gold | fineness | we pay per g |
|---|---|---|
| 9 ct | 375 | 21 |
| 14 ct | 585 | 33 |
| 18 ct | 750 | 43 |
| 22 ct | 916 | 52 |
prices change daily with the fixing."""),
    ("pub12-saw-grades", "sawmill", """| species | grade | durability | per m³ |
|---|---|---|---|
| larch | sawfalling | moderate | 540 |
| douglas fir | clear | moderate | 690 |
| oak | QPA | durable | 1,450 |
| sweet chestnut | cleft | durable | 980 |"""),
    ("pub12-saw-drying", "sawmill", """Air drying
Stack boards on level bearers, with stickers every 60 cm, ends sealed with wax. Allow roughly a year per \
25 mm of thickness. Cover the top, never the sides. Kiln drying brings softwoods to 12-15 % moisture, \
right for indoor joinery."""),
)

#: The layout of each template (recorded in the ``.meta.json``).
LAYOUTS: dict[str, str] = {
    "brw12-ini": "INI configuration export with comment line", "brw12-gyle": "semicolon-separated brew sheet",
    "wch12-envelope": "repair envelope with surname-first caps name", "wch12-forum": "forum reply with quote block",
    "chs12-xml": "XML batch record with attributes", "chs12-counter": "lower-case counter notebook list",
    "crc12-form": "registration form with tick boxes", "crc12-minutes": "numbered committee minutes",
    "gls12-sql": "SQL INSERT dump", "gls12-commission": "letter with reference block",
    "fsh12-manifest": "fixed-width passenger manifest", "fsh12-voicemail": "voicemail transcript",
    "scf12-handover": "handover certificate", "scf12-gatelog": "access-control log lines with key=value",
    "arc12-scores": "aligned Markdown score table", "arc12-renewal": "e-mail with Cc header",
    "frr12-round": "timed day round list", "frr12-invoice": "invoice with item table",
    "chm12-cert": "certificate with serial", "chm12-sms": "SMS forwarded to a job board",
    "ice12-incident": "numbered incident report", "ice12-rota": "ASCII box table",
    "hut12-book": "pipe-separated hut book", "hut12-email": "e-mail with quoted reply",
    "uph12-estimate": "dotted-leader estimate", "uph12-chat": "team chat export with lower-case names",
    "srv12-report": "survey report", "srv12-gitlog": "version-control log",
    "pwn12-ticket": "pawn ticket", "pwn12-inquiry": "police inquiry e-mail",
    "saw12-docket": "delivery docket", "saw12-timesheet": "comma-separated timesheet with comment line",
    **{tid: "public: tips, prices, rules, schedule, glossary or table" for tid, _, _ in PUBLIC_TEMPLATES},
}

#: A description of the set for its ``.meta.json``.
DESCRIPTION = (
    "Sixteen domains no earlier set used (brewery, watch repair, cheese dairy, circus school, glassblowing, "
    "fishing charter, scaffolding, archery club, farrier, chimney sweep, ice rink, mountain hut, upholstery, "
    "land surveying, pawnshop, sawmill), two private and two public templates each; layouts: an INI export, "
    "a semicolon brew sheet, an XML record, an SQL INSERT dump, access-control log lines, a version-control "
    "log, an ASCII box table, a voicemail transcript, a forum reply with a quote, a team chat with lower-case "
    "names, forms, certificates, tickets, dockets, letters and e-mails. Names hand-written in 32 traditions "
    "none of v1-v11 used; addresses of 22 countries and phones of 22 countries none of v1-v11 wrote, with "
    "eight new extension forms; identifiers with check digits (Danish/Greenlandic CPR, Icelandic kennitala, "
    "Argentine CUIT, Greek AMKA, IBANs of 6 countries) and shaped ones; dates as ISO week and ordinal dates, "
    "the Reiwa era in kanji, new numeric orders and separators, and Icelandic, Albanian, Swahili, Papiamentu "
    "and Finnish month words."
)
