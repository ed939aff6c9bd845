"""Templates of the fifteenth held-out tagging set (v15), written for it by an author who did not see the tagger.

Sixteen domains no earlier set wrote, each with two private and two public templates; what they are and
which layout each template uses is recorded in the set's ``.meta.json`` (from :data:`LAYOUTS` and
:data:`DESCRIPTION`), not in the public docs, until the next tagger round has been measured on the set.
They were frozen with the set and must not be changed: a changed template set is a new held-out set.

Syntax (v7's to v14's, see :mod:`~dpfusion_integrations.evaluation.heldout_templates_v7`): ``<<a|b>>`` is
a structural choice shared by the two documents of a pair; ``{ref.form}`` is a private value (people
``{pN.form}``, organisations ``{oN.kind}`` with the kinds of ``heldout_values_v15.ORG_FORMS``,
``{mailN}``, ``{addrN.form}``, ``{cityN}``, ``{dateN.form}``, ``{phoneN}``, ``{ipN}``, identifiers
``{idN.kind}`` with the kinds of ``heldout_values_v15.ID_KINDS``, and ``{natN}``, a national identifier
whose scheme is a structural choice).

Not gold (public structure): times, durations, amounts, prices, weights, moisture and salinity figures,
grades, sizes, pressures, temperatures, route numbers, pipe ranks, tally counts, catalogue numbers.
"""

from __future__ import annotations

__all__ = ["DESCRIPTION", "LAYOUTS", "PRIVATE_TEMPLATES", "PUBLIC_TEMPLATES"]

# (template id, domain, template)
PRIVATE_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # ------------------------------------------------------------------ rice mill
    ("rcm15-intake", "rice_mill", """{o1.ricemill}\tPADDY INTAKE REGISTER\tday {date1.num}
clerk: {p1.lastini}\tweighbridge operator: {p2.dotted}\tshift: morning
ticket\tgrower\tgrower id\tvillage\tgross kg\ttare kg\tmoisture %\tvariety
{id1.paddy}\t{p3.full}\t{nat1}\t{city1}\t6840\t2310\t21.5\tlong grain
{id2.paddy}\t{p4.caps}\t{nat2}\t{city2}\t5120\t2290\t19.8\tsticky
{id3.paddy}\t{p5.lowerfull}\t-\t{city3}\t3975\t2305\t23.0\taromatic
lorry {id4.plate} driven by {p6.first}; trailer {id5.plate}
payment run to {id6.account} on {date2.short}, queries {p1.phone}"""),
    ("rcm15-sms", "rice_mill", """{p1.lower} ({date1.short} 06:02): dryer 2 down again, belt slipping
{p2.lower}: ok i call {p3.first}, he has the spare belt. his number {p3.phone}
{p1.lower}: tell him the gate code changed, ask {p4.lowerfull}
{p4.lower}: code is on the board. also {o1.ricemill} buyer {p5.full} coming 10:00 for the sticky lot
{p2.lower}: {p5.last} wants to see moisture below 14, we are 15.2 on bin 3
{p6.at}: sent you the photo of the ticket, lot {id1.paddy}
{p1.lower}: thanks. {p6.first} pls send bank details again, last transfer bounced -> {id2.iban}
{p6.lower}: will do tonight from home, {addr1.oneline}"""),
    # ------------------------------------------------------------------ tannery
    ("tan15-effluent", "tannery", """EFFLUENT DISCHARGE INSPECTION            Report {id1.permit}
Establishment: {o1.tannery}
Premises: {addr1.full}
Date of visit: {date1.text}      Inspector: {p1.t} {p1.full} ({p1.workemail})
Accompanied by: {p2.full}, works manager, tel. {p2.phone}
Sample point    pH     Cr (mg/l)   COD (mg/l)   Sulphide
Outfall A       8.9      1.8          1,420        4.1
Drum house      11.2     -            3,980        62.0
Findings: chrome recovery tank bypassed during liming; sludge beds overdue for removal.
Previous notice served on {date2.text} to {p3.full} (then licence holder, {id2.licence}).
Copy to {o2.council}, attention {p4.ini}."""),
    ("tan15-kv", "tannery", """ts={date1.num} lot={id1.hide} stage=soaking drum=4 operator={p1.user} supplier="{o1.employer}"
ts={date1.num} lot={id1.hide} stage=liming drum=4 operator={p1.user} note="{p2.firstini} checked swelling"
ts={date2.num} lot={id2.hide} stage=tanning drum=7 operator={p3.user} chrome_pct=6.5 buyer="{o2.tannery}"
ts={date2.num} lot={id2.hide} stage=sammying operator={p3.user} contact="{p4.full} {p4.phone}"
ts={date3.num} lot={id3.hide} stage=crust_sorting grader="{p5.lastini}" grade=B+ dispatch_to="{addr1.oneline}"
ts={date3.num} event=login host={ip1} user={p6.user}"""),
    # ------------------------------------------------------------------ pearl farm
    ("prl15-grading", "pearl_farm", """{o1.pearlfarm}, harvest grading sheet
Harvest date: {date1.text}        Lease: {id1.permit}
Grader: {p1.upperfull}     Technician (seeding): {p2.full}
Boat: {id2.vessel}, skipper {p3.firstini}
| batch | shells | pearls | A | B | C | keshi |
|---|---|---|---|---|---|---|
| {id3.pearl} | 1,200 | 846 | 61 | 240 | 402 | 143 |
| {id4.pearl} | 950 | 611 | 38 | 190 | 287 | 96 |
Buyer's agent present: {p4.full} ({p4.email}), bid by {date2.short}
Lease holder: {p5.full}, {addr1.oneline}"""),
    ("prl15-letter", "pearl_farm", """{o1.pearlfarm}
{addr1.full}

{date1.text}

{p1.t} {p1.full}
{addr2.full}

Re: renewal of your lagoon lease {id1.permit}

Dear {p1.t} {p1.last},

Our divers, {p2.full} and {p3.full}, inspected your lines on {date2.text}. Mortality was under
eight per cent and the spat collectors are in good order. Before the lease is renewed, the registry
needs a copy of your identity card ({nat1}) and proof of payment of the levy to {id2.iban}.

{p4.full}, who looks after the seeding season, can be reached on {p4.phone}.

Yours sincerely,
{p5.full}
Lagoon manager"""),
    # ------------------------------------------------------------------ reindeer herding
    ("rnd15-census", "reindeer_herding", """{o1.herders}: spring corral count / подсчёт поголовья
Corral at {addr1.oneline}; counted {date1.num}
Brigade leader: {p1.caps}    Veterinarian: {p2.t} {p2.last} ({p2.phone})
household          earmark     does  bulls  calves  castrates
{p3.full}    {id1.herd}      64     9     41       22
{p4.full}    {id2.herd}      38     5     25       11
{p5.full}    {id3.herd}      112    14    70       36
Snowmobile {id4.plate} lent by {p6.full}; fuel signed by {p6.initials}
Next count after calving, about {date2.short}"""),
    ("rnd15-radio", "reindeer_herding", """radio log, camp 3 (HF 5.470)
{date1.short} 07:30  {p1.first} calls base: herd crossed the river, 14 calves lost in the ice
{date1.short} 07:45  base ({p2.lastini}) asks {p1.first} to keep the dogs tied
{date1.short} 12:10  helicopter request for {p3.full}, born {p3.olddob}, chest pains
{date1.short} 12:20  base: rescue service {phone1}, patient's daughter {p4.full} notified on {p4.phone}
{date1.short} 18:00  {p5.first} and {p6.first} moving tents to {addr1.street}
{date2.short} 07:30  {p1.first}: wolves at night, two does killed, earmarks {id1.herd} and {id2.herd}"""),
    # ------------------------------------------------------------------ desalination plant
    ("dsl15-shift", "desalination_plant", """SHIFT HANDOVER   {o1.desal}   {date1.num}   night -> day
outgoing: {p1.full} ({p1.initials})    incoming: {p2.full} ({p2.initials})
- RO train 2 feed pressure 62 bar, permeate 410 us/cm; CIP due, permit {id1.permeate}
- HMI {ip1} froze at 03:12, rebooted; historian on {ip2} still lagging
- intake screen cleaned by contractor {o2.employer} (foreman {p3.full}, {p3.phone})
- chlorine delivery tanker {id2.plate}, driver {p4.firstini}, signed 40 drums
- phone {p5.full} (lab) on {p5.phone} if boron above 0.8 mg/l
- control room ext. {phone1}"""),
    ("dsl15-ticket", "desalination_plant", """Work order {id1.order}
Raised: {date1}   By: {p1.full} <{p1.intmail}>
Asset: high-pressure pump P-204, serial {id2.serial}
Fault: mechanical seal leaking, vibration 7.1 mm/s
Assigned: {p2.full} (mechanical), {p3.ini} (instrument tech)
Vendor support: {o1.employer}, {p4.full}, {p4.workemail}, {p4.phone}
Parts collected from store by {p5.first} on {date2.short}
Closed by: {p1.initials}"""),
    # ------------------------------------------------------------------ bus depot
    ("bus15-roster", "bus_depot", """{o1.busdepot}  DUTY ROSTER  week starting {date1.num}
DUTY  ROUTE  SIGN-ON  DRIVER                    STAFF NO   BUS
101   12     05:10    {p1.upperfull}            {id1.driver}   {id2.fleet}
102   12     05:40    {p2.caps}            {id3.driver}   {id4.fleet}
215   7A     06:25    {p3.upperfull}            {id5.driver}   {id6.fleet}
330   night  22:50    {p4.caps}            {id7.driver}   {id8.fleet}
Spare: {p5.lastini}   Inspector on duty: {p6.full}, radio {phone1}
Swaps approved by {p7.initials} only."""),
    ("bus15-complaint", "bus_depot", """From: {p1.full} <{p1.email}>
To: {mail1}
Date: {date1}
Subject: driver on route 7A, {date2.text}

Good evening,

I am writing to {o1.busdepot} about the afternoon service. I travelled on the 17:20 from the market with my {p2.child} {p2.first}. The driver refused to lower the
ramp for the pushchair and closed the door on my bag. The bus number was {id1.fleet} and the plate
{id2.plate}. Another passenger, {p3.full}, saw it and agreed to be a witness (you can reach {p3.him} at
{p3.phone}).

I live at {addr1.full} and would like a written reply.

{p1.full}
{p1.phone}"""),
    # ------------------------------------------------------------------ oasis irrigation
    ("oas15-shares", "oasis_irrigation", """{o1.falaj}: register of water shares (athar), turn of {date1.text}
share      holder                      hours   night?   palms
{id1.waterright}   {p1.full}       3.0     no       140
{id2.waterright}   {p2.full}       1.5     yes      60
{id3.waterright}   {p3.full}       6.0     no       310
{id4.waterright}   {p4.full} (heirs of {p5.full})   2.0     yes      95
Water warden: {p6.t} {p6.last}, {p6.phone}
Channel repair contribution to {id5.account} by {date2.short}"""),
    ("oas15-minutes", "oasis_irrigation", """Minutes of the water users' meeting, {date1.text}
Present: {p1.full} (chair), {p2.full} (warden), {p3.ini}, {p4.ini}, {p5.ini}; apologies {p6.full}.
1. The chair reported that the mother well at {addr1.oneline} gave 18 litres a second, down from 24.
2. {p2.first} proposed that night turns be swapped weekly. {p3.last} objected; agreed to trial it.
3. {p7.full} offered to sell two hours of {p7.his} share to {p8.full}; the sale needs {o2.council}'s stamp.
4. Quote from {o1.employer} for lining the channel; contact {p9.full} on {p9.phone}.
Next meeting {date2.text}. Minutes by {p2.initials}."""),
    # ------------------------------------------------------------------ date packing
    ("dat15-packlist", "date_packing", """PACKING LIST / COMMERCIAL INVOICE {id1.invoice}
Shipper: {o1.datepack}, {addr1.oneline}
Consignee: {o2.employer}, {addr2.oneline}
Notify: {p1.full}, {p1.phone}, {p1.workemail2}
Date: {date1.num}    Container: {id2.serial}    Vessel: {id3.vessel}
cartons  variety   grade    net kg   lot
  600    medjool   jumbo    3,000    {id4.palm}
  420    deglet    extra    2,100    {id5.palm}
  300    khalas    first    1,500    {id6.palm}
Certified by {p2.full}, packhouse quality officer
Payment: {id7.iban}"""),
    ("dat15-chat", "date_packing", """[{date1.short} 08:14] {p1.full}: sorting line 2 has the khalas from {p2.full}'s garden, moisture too high
[{date1.short} 08:15] {p3.full}: put them back in the sun tunnel, i told {p4.first} yesterday
[{date1.short} 08:21] {p4.full}: {p4.he} is right, my mistake. fumigation truck {id1.plate} at gate
[{date1.short} 09:02] {p5.telegram}: export papers ready? inspector {p6.full} says {date2.short}
[{date1.short} 09:05] {p1.full}: ready, just need the packhouse licence number {id2.licence}
[{date1.short} 09:06] {p3.full}: and call {p7.full} {p7.phone} about the cartons"""),
    # ------------------------------------------------------------------ snow clearing
    ("snw15-callout", "snow_clearing", """{o1.plough}: call-out log, {date1.text}
02:10  alarm from road weather station, surface -4, snow 3 cm/h
02:15  {p1.full} (truck {id1.plough}, {id2.plate}) out on the coast road
02:20  {p2.full} (grader {id3.plough}) to the airport road; reg. {id4.plate}
03:40  car in ditch, driver {p3.full}, {p3.phone}; towed by {o2.employer}
05:05  {p1.first} back at depot, 8 t grit used
06:30  duty officer {p4.lastini} closes log; next shift {p5.full}, {p5.phone}"""),
    ("snw15-ics", "snow_clearing", """BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Winter standby {o1.plough}, district {city1}
DTSTART:20270114T180000
DTEND:20270115T060000
ORGANIZER;CN={p1.full}:mailto:{p1.workemail}
ATTENDEE;CN={p2.full}:mailto:{p2.email}
ATTENDEE;CN={p3.full}:mailto:{p3.email}
LOCATION:{addr1.oneline}
DESCRIPTION:Truck {id1.plough}. Backup phone {p2.phone}. Grit store key from {p4.full}.
END:VEVENT
END:VCALENDAR"""),
    # ------------------------------------------------------------------ rowing club
    ("row15-crew", "rowing_club", """{o1.rowing}: crews for the head race, {date1.text}
Men's eight ({id1.scull}): bow {p1.lastini}, 2 {p2.lastini}, 3 {p3.lastini}, 4 {p4.lastini},
  5 {p5.lastini}, 6 {p6.lastini}, 7 {p7.lastini}, stroke {p8.full}; cox {p9.full}
Women's four ({id2.scull}): {p10.full}, {p11.full}, {p12.full}, {p13.full}
Coach: {p14.full} ({p14.phone}); trailer towed by {p15.first}, car {id3.plate}
Licence numbers to the regatta desk by {date2.short}: stroke {id4.rower}, cox {id5.rower}"""),
    ("row15-member", "rowing_club", """MEMBERSHIP APPLICATION, {o1.rowing}
Surname: {p1.upperlast}            Given name(s): {p1.first}
Date of birth: {p1.dob}            Sex: {p1.sex}
Address: {addr1.full}
Mobile: {p1.phone}                 E-mail: {p1.email}
Can you swim 50 m in light clothing? [x] yes  [ ] no
Emergency contact: {p2.full} ({p2.kin}), {p2.phone}
Proposed by: {p3.full}   Seconded by: {p4.full}
Fee paid to {id1.account} on {date1.num}; member no. {id2.member}"""),
    # ------------------------------------------------------------------ organ building
    ("org15-contract", "organ_building", """HEADS OF AGREEMENT ({id1.opus})
between {o1.organ}, {addr1.oneline} (the builder)
and the parish council of {city1}, represented by {p1.t} {p1.full} (the client)
1. The builder restores the organ: 2 manuals and pedal, 22 stops, mechanical action.
2. Work begins {date1.text}; the instrument is returned by {date2.text}.
3. Site contact for the client: {p2.full}, {p2.phone}. Keys held by {p3.full}.
4. Payments: 30 % on signing to {id2.iban}, 50 % on installation, 20 % after voicing.
Signed {p4.full} for the builder, witness {p5.ini}."""),
    ("org15-tuning", "organ_building", """tuning visits, {o1.organ}
{date1.num}  church of {city1}: reeds of the Swell touched up; heating left on by {p1.firstini}, thanked
{date1.num}  same: cipher on Great C#3, pipe {id1.pipe} removed to workshop
{date2.num}  concert hall: pre-concert tune for organist {p2.full}; stage manager {p3.full} {p3.phone}
{date2.num}  wind motor serial {id2.serial} noisy, {p4.full} to order bearings
{date3.num}  school chapel: {p5.full} (bursar, {p5.workemail}) asked for a maintenance quote"""),
    # ------------------------------------------------------------------ cigar factory
    ("cig15-torcedor", "cigar_factory", """{o1.cigar}, galera 2, planilla de producción {date1.num}
torcedor                 mesa   vitola            cantidad   rechazos
{p1.full} 04     {id1.vitola}         112        3
{p2.full} 05     {id2.vitola}         96         1
{p3.full} 06     {id3.vitola}         120        6
lector de la mañana: {p4.full}; capataz: {p5.upperfull}
tabaco recibido de la vega de {p6.full}, carnet {nat1}
control de calidad {p7.dotted}; reclamaciones al {phone1}"""),
    ("cig15-export", "cigar_factory", """CERTIFICADO DE ORIGEN / CERTIFICATE OF ORIGIN        No. {id1.permit}
Exportador: {o1.cigar}, {addr1.oneline}
Importador: {o2.employer}, {addr2.oneline}
Contacto del importador: {p1.full}, {p1.phone}
Fecha: {date1}
Mercancía: 40 cajas de 25 puros, cepo 52, vitola {id2.vitola}
Precintos de garantía {id3.serial}
Firma autorizada: {p2.full} ({p2.initials})   Inspector: {p3.t} {p3.last}"""),
    # ------------------------------------------------------------------ canal locks
    ("cnl15-passage", "canal_locks", """LOCK 7 PASSAGE LOG  {date1.num}   keeper: {p1.full}
time   vessel / reg.          skipper               dir   pass
06:40  {id1.vessel}          {p2.full}            up    {id2.lock}
07:15  {id3.vessel}          {p3.ini}             down  {id4.lock}
08:05  hire boat {id5.vessel} {p4.lowerfull}      up    {id6.lock}
09:30  maintenance barge      {p5.full} ({o1.canal})   up    -
Incident: {p4.first} hit the cill; statement taken, tel. {p4.phone}
Handed over to {p6.lastini} at 14:00"""),
    ("cnl15-notice", "canal_locks", """{o1.canal}
{addr1.full}

Our ref: {id1.permit}                     {date1.text}

{p1.full}
{addr2.full}

Dear {p1.first},

Your boat {id2.vessel} has been moored at the same visitor mooring for more than fourteen days. Please move
it by {date2.text} or apply for a winter mooring. The local enforcement officer, {p2.full}, will visit on
the towpath; {p2.he} can also be reached on {p2.phone} or {p2.workemail}.

Regards,
{p3.full}
Boat licensing"""),
    # ------------------------------------------------------------------ mosaic workshop
    ("msc15-commission", "mosaic_workshop", """From: {p1.full} <{p1.email}>
To: {p2.full} <{p2.workemail}>
Date: {date1}
Subject: pool floor mosaic, {addr1.street}

Dear {p2.first},

Thank you for the drawings from {o1.mosaic}. Following your visit, we would like the dolphin design in smalti and marble, about 9 m2. Our
architect {p3.full} ({p3.phone}) will send the levels. The builder, {o2.employer}, asks that the
panels arrive before {date2.short}. My partner {p4.full} will sign the order.

Deposit sent from {id1.account}.

Best wishes,
{p1.first}
{p1.phone}"""),
    ("msc15-xml", "mosaic_workshop", """<commission id="{id1.tessera}">
  <client>{p1.full}</client>
  <phone>{p1.phone}</phone>
  <site>{addr1.oneline}</site>
  <designer>{p2.full}</designer>
  <cutter>{p3.initials}</cutter>
  <setter>{p4.full}</setter>
  <ordered>{date1.num}</ordered>
  <delivery>{date2.num}</delivery>
  <material>smalti, Carrara, gold leaf 24k</material>
  <panels>{id2.tessera}</panels>
  <invoice>{id3.invoice}</invoice>
</commission>"""),
    # ------------------------------------------------------------------ sheep shearing
    ("shr15-tally", "sheep_shearing", """{o1.shearing}: tally at {p1.full}'s woolshed, {date1.text}
stand  shearer              run1  run2  run3  run4  total
1      {p2.lastini}           52    49    55    50    206
2      {p3.lastini}           44    47    41    45    177
3      {p4.firstini}          60    58    61    57    236
rousie: {p5.lower}   presser: {p6.lower}   classer: {p7.full} ({id1.fleece})
bales: 14, first bale {id2.fleece}
pay to {id3.account} (gang), cook {p8.first}, ute {id4.plate}"""),
    ("shr15-sms", "sheep_shearing", """{p1.lower}: {date1.short} start 7 sharp at {p2.lower}'s, shed on {addr1.street}
{p3.lower}: cant, crook back. ask {p4.lowerfull} his no {p4.phone}
{p1.lower}: ok. {p5.lower} bring the handpiece from the van
{p5.lower}: yep. whose is the blue ute {id1.plate}?
{p2.lower}: my {p6.kin} {p6.lower}. sheep are dry, yarded last night
{p1.lower}: pay goes to {id2.account} as usual, tell {p3.lower} get well"""),
    # ------------------------------------------------------------------ stamp dealer
    ("stp15-consign", "stamp_dealer", """{o1.philately}: CONSIGNMENT RECEIPT {id1.stamp}
Consignor: {p1.full}, {addr1.oneline}
Telephone: {p1.phone}   E-mail: {p1.email}
Received: {date1.text}   Valuer: {p2.full}
lot       description                                           estimate
{id2.stamp}  1937 coronation set, mint hinged                    120
{id3.stamp}  airmail covers (22), censor marks                   300
{id4.stamp}  booklet panes, varieties noted                      85
Expertising certificate {id5.stamp} signed {p3.ini}
Proceeds paid to {id6.iban} five weeks after the sale of {date2.short}"""),
    ("stp15-forum", "stamp_dealer", """Re: unknown overprint, help please
Posted by {p1.at} on {date1.text}

Found this in my {p2.kin}'s old album. The back has a pencil note "{p2.ini}" and the dealer's
stamp of {o1.philately}. Anyone seen it?

  > reply from {p3.at}: looks like the local provisional. Ask {p4.full}, {p4.he} wrote the catalogue.
  > reply from {p4.at}: happy to look, send a scan to {p4.email}
  > reply from {p5.telegram}: {p6.full} sold one last year ({id1.stamp})"""),
)

PUBLIC_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("pub15-rcm-prices", "rice_mill", """Paddy buying prices this week (per 100 kg, at 14 % moisture)
| variety | grade 1 | grade 2 | broken limit |
|---|---|---|---|
| long grain | 41.00 | 37.50 | 5 % |
| sticky (glutinous) | 46.20 | 42.00 | 7 % |
| aromatic | 52.80 | 48.10 | 4 % |
Deductions: 1.2 % of weight for each point of moisture above 14; foreign matter over 2 % is rejected.
<<Drying service at the mill yard: 2.10 per 100 kg.|Bags are returned on request.>>"""),
    ("pub15-rcm-glossary", "rice_mill", """Milling terms
Paddy: rice still in its husk. Hulling: removing the husk; the result is brown rice. Whitening: \
abrasion of the bran layer. Head rice: whole kernels at least three quarters long. Brokens: pieces \
below that length, sold as feed or for flour. Milling recovery: white rice out per 100 kg of paddy in, \
usually 62 to 68. Chalkiness: opaque patches that lower the price. <<Parboiling: soaking and steaming before drying.|Polishing: a last pass with water mist.>>"""),
    ("pub15-tan-rules", "tannery", """Receiving raw hides: rules for suppliers
Salt hides within six hours of flaying, flesh side up, with clean coarse salt at about 40 % of hide \
weight. Do not fold wet hides. Hides with brand marks, knife cuts over 10 cm or hair slip are paid at \
the reject rate. Each consignment needs a veterinary movement certificate. Deliveries close at 15:00 \
on Fridays. <<Goat and sheep skins are counted, cattle hides are weighed.|Frozen hides are not accepted.>>"""),
    ("pub15-tan-table", "tannery", """Typical discharge limits (sewer connection)
| parameter | limit | our monthly mean |
|---|---|---|
| pH | 6.0 - 9.0 | 7.8 |
| total chromium | 2 mg/l | 0.9 |
| sulphide | 2 mg/l | 1.1 |
| suspended solids | 600 mg/l | 410 |
| chemical oxygen demand | 3,000 mg/l | 2,260 |"""),
    ("pub15-prl-glossary", "pearl_farm", """Pearl grading words
Lustre: the sharpness of reflections on the surface; the first thing a grader looks at. Nacre: layers \
secreted around the nucleus; thicker is better. Circles: rings around a baroque pearl. Keshi: a pearl \
without a nucleus, formed by accident. Overtone: the secondary colour, peacock being the most sought. \
Grades run from A (flawless over 90 % of the surface) to D. <<Sizes are measured in millimetres across the smallest diameter.|A pearl with a drilled hole loses its grade if the nacre chips.>>"""),
    ("pub15-prl-visit", "pearl_farm", """Farm visits
| tour | duration | includes | price |
|---|---|---|---|
| boat and grafting house | 1 h 30 | demonstration of seeding | 25 |
| snorkel over the lines | 2 h | mask and fins | 40 |
| open an oyster | 20 min | keep your pearl | 35 |
Tours leave at 09:00 and 14:00 from the pontoon; no tours when the lagoon pass is closed."""),
    ("pub15-rnd-howto", "reindeer_herding", """Reading an earmark
Each family cuts its own pattern into both ears of a calf in its first summer: notches, slits, holes and \
cut tips, read from the animal's right ear to its left as if you stand behind it. The marks are \
registered, and a new family pattern must differ from its neighbours' by at least two cuts. Calves \
follow their mother until the autumn corral. <<Collar bells help find the lead animals in fog.|Castrates pull the sledges in winter.>>"""),
    ("pub15-rnd-calendar", "reindeer_herding", """Herding year
| season | months | work |
|---|---|---|
| spring | April - May | calving on the high ground |
| summer | June - August | coast pastures, against mosquitoes |
| autumn | September - October | corral, earmarking, slaughter |
| winter | November - March | lichen pastures in the forest |
A grown doe weighs 70 to 90 kg; a bull up to 150."""),
    ("pub15-dsl-faq", "desalination_plant", """Questions about your tap water
Why does the water taste flat? Desalinated water has very few minerals, so the plant adds lime and \
carbon dioxide to make it less aggressive to pipes. Is boron a concern? The plant keeps it below \
1 mg/l. Why is the pressure low on summer evenings? Storage tanks refill overnight; please water \
gardens before 07:00. <<A faint chlorine smell after repairs is normal.|Yellow water after a burst main clears within hours.>>"""),
    ("pub15-dsl-tariff", "desalination_plant", """Water tariff, per cubic metre
| block (per month) | domestic | commercial |
|---|---|---|
| first 10 m3 | 0.45 | 1.10 |
| 11 - 30 m3 | 1.20 | 1.60 |
| 31 - 60 m3 | 2.40 | 2.10 |
| above 60 m3 | 3.80 | 2.90 |
Meter rent 1.50 a month; reconnection after non-payment 25."""),
    ("pub15-bus-timetable", "bus_depot", """Route 7A, weekdays
| stop | first | then every | last |
|---|---|---|---|
| depot | 05:55 | 15 min | 22:40 |
| market | 06:08 | 15 min | 22:53 |
| hospital | 06:19 | 15 min | 23:04 |
| university gate | 06:31 | 20 min | 23:16 |
Saturdays every 20 minutes, Sundays every 30. Fares: single 0.80, day ticket 2.20, children under 6 free."""),
    ("pub15-bus-rules", "bus_depot", """On board
Board at the front door and show or tap your ticket; leave by the rear doors. Priority seats are for \
older, pregnant and disabled passengers. One pushchair space and one wheelchair space per bus; the \
wheelchair has priority. No eating hot food. Lost property is kept at the depot for 30 days. \
<<Dogs travel free if kept on a lead.|Large luggage may be refused at peak times.>>"""),
    ("pub15-oas-rules", "oasis_irrigation", """How the water turn works
The flow of the channel is divided by time, not by volume. Shares are counted in athar of half an hour; \
the day turn is measured by the sun on a marked stick and the night turn by the stars or, now, by a \
clock kept by the warden. A full cycle lasts seven to fourteen days. Shares can be sold or rented \
separately from land. <<Auctioned shares pay for channel repairs.|Missing a turn forfeits it.>>"""),
    ("pub15-oas-table", "oasis_irrigation", """Channel flow at the distribution point (litres per second)
| month | 2023 | 2024 | 2025 |
|---|---|---|---|
| January | 31 | 28 | 26 |
| April | 27 | 25 | 22 |
| July | 19 | 17 | 15 |
| October | 24 | 22 | 20 |
Readings taken on the first Friday of the month at the weir."""),
    ("pub15-dat-grades", "date_packing", """Grades of whole dates
| grade | size (fruits per kg) | skin | moisture |
|---|---|---|---|
| jumbo | under 45 | attached | 18 - 26 % |
| large | 46 - 60 | attached | 18 - 26 % |
| medium | 61 - 80 | light separation allowed | 18 - 26 % |
| baking | any | broken allowed | up to 30 % |
Insect damage above 2 % of fruits by count rejects a lot."""),
    ("pub15-dat-tips", "date_packing", """Storing dates at home
Soft dates keep two months in the fridge in a closed jar and up to a year frozen. Dry dates keep at room \
temperature for months, away from sunlight. White spots are sugar crystals, not mould; warm the fruit \
gently and they melt back. Keep dates away from onions and coffee, since they take up smells. \
<<Pitted dates dry out faster.|Date syrup does not need the fridge until opened.>>"""),
    ("pub15-snw-notice", "snow_clearing", """Winter road service levels
Priority 1 (main roads, bus routes, hospital access): cleared when snow reaches 5 cm, gritted before \
frost. Priority 2 (collector streets): cleared within 12 hours after snowfall ends. Priority 3 \
(residential cul-de-sacs): within 48 hours. Do not park on the plough side during snow warnings; \
vehicles blocking a route are towed. <<Grit bins are refilled on request.|Pavements near schools are cleared first.>>"""),
    ("pub15-snw-glossary", "snow_clearing", """Road words
Black ice: a thin clear layer on the surface, invisible from a car. Windrow: the ridge of snow left by a \
plough blade at the side. Brine: salt solution sprayed before frost. Friction value: a measure of grip, \
below 0.25 is slippery. Wing plough: an extra side blade for wide roads. <<Salt stops working below about -9 °C.|Sand gives grip but does not melt ice.>>"""),
    ("pub15-row-safety", "rowing_club", """Water safety rules
No outings on the river when the flow board is red, in fog, or after dark without lights. Juniors go \
out only with a coach in a launch. Every boat is checked before launching: heel restraints, bow ball, \
hatches closed. If you capsize, stay with the boat. Record every outing in the book with time out and \
expected return. <<Singles keep to the bank on the way upstream.|Overtaking is on the outside.>>"""),
    ("pub15-row-fees", "rowing_club", """Membership fees
| category | annual | joining fee |
|---|---|---|
| senior | 380 | 50 |
| student | 150 | 20 |
| junior (under 18) | 120 | - |
| learn-to-row course (8 sessions) | 95 | - |
Boat storage for private singles: 180 a year, rack space permitting."""),
    ("pub15-org-glossary", "organ_building", """Organ terms
Rank: one set of pipes, one per note. Stop: the knob that brings a rank into play. Principal: the \
organ's basic open flue tone. Mixture: a stop with several pipes per note sounding higher harmonics. \
Tracker action: a mechanical link from key to pallet. Voicing: adjusting each pipe's speech and tone. \
Cipher: a note that sounds when no key is pressed. <<Swell box: a chamber with shutters for volume.|Tremulant: a device that makes the wind pulse.>>"""),
    ("pub15-org-care", "organ_building", """Looking after a church organ
Keep the building between 12 and 18 °C and the humidity between 45 and 65 %; sudden heating before a \
service puts the reeds out of tune. Do not place flowers or candles on the case. Switch the blower off \
after use. Ask for a tuning visit twice a year and a full clean every 15 to 20 years. <<Mice nest in the bellows: set traps, not poison.|Dust sheets should not touch the pipes.>>"""),
    ("pub15-cig-glossary", "cigar_factory", """Glosario del tabaco
Capa: the wrapper leaf, grown under cloth. Capote: the binder. Tripa: the filler, a blend of ligero, \
seco and volado. Torcedor: the roller. Vitola: the shape and size of a cigar. Cepo: ring gauge, in 64ths \
of an inch. Escaparate: the ageing room. Lector: the reader who reads aloud to the rollers. \
<<Despalillo: stripping the central vein.|Moja: moistening the leaves before work.>>"""),
    ("pub15-cig-prices", "cigar_factory", """Shop prices (per cigar / box of 25)
| vitola | length | ring | single | box |
|---|---|---|---|---|
| petit corona | 129 mm | 42 | 6.50 | 150 |
| robusto | 124 mm | 50 | 9.80 | 230 |
| churchill | 178 mm | 47 | 12.40 | 295 |
| torpedo | 156 mm | 52 | 11.00 | 260 |
Keep cigars at 65 - 70 % relative humidity and about 18 °C."""),
    ("pub15-cnl-howto", "canal_locks", """Working a lock going uphill
Check the lock is empty; if not, empty it with the bottom paddles. Open the bottom gates and bring the \
boat in, keeping it forward of the cill marker. Close the gates and the bottom paddles. Open the top \
ground paddles slowly, then the gate paddles when the boat is below the water jets. Never leave a \
windlass on a spindle. <<Close every gate behind you.|Share locks with other boats to save water.>>"""),
    ("pub15-cnl-fees", "canal_locks", """Boat licence fees (12 months)
| length | with mooring | continuous cruising |
|---|---|---|
| under 6 m | 520 | 610 |
| 6 - 12 m | 840 | 980 |
| 12 - 18 m | 1,160 | 1,350 |
| over 18 m | 1,420 | 1,650 |
Short visitor licences: 7 days 45, 30 days 130. Passage of the tidal lock by appointment only."""),
    ("pub15-msc-tips", "mosaic_workshop", """Caring for an outdoor mosaic
Smalti and vitreous glass tiles are frost-proof; unglazed ceramic is not. Seal cement grout every two \
years on horizontal surfaces. Clean with a soft brush and water, never with acid cleaners, which eat \
the grout. A hollow sound under a tile means it has lost its bed and should be reset before water gets \
in. <<Gold smalti lose their sheen if scrubbed.|Pool mosaics need epoxy grout.>>"""),
    ("pub15-msc-courses", "mosaic_workshop", """Courses this term
| course | sessions | day | fee |
|---|---|---|---|
| beginners: direct method | 6 | Tuesday evening | 140 |
| Roman pebble floor | 4 | Saturday | 120 |
| cutting smalti with the hammer | 1 | Sunday | 45 |
| portraits in marble | 8 | Thursday | 220 |
All materials and tools included; bring safety glasses."""),
    ("pub15-shr-rates", "sheep_shearing", """Shearing rates (per head, shed supplied)
| class | full wool | crutching | wigging |
|---|---|---|---|
| ewes | 3.40 | 1.10 | 0.40 |
| rams | 6.80 | 2.00 | 0.80 |
| lambs | 2.60 | - | - |
Minimum charge 250 per day; travel over 80 km at 0.90 per km. Sheep must be dry and off feed overnight."""),
    ("pub15-shr-glossary", "sheep_shearing", """Woolshed words
Board: the floor where shearers work. Rousie: the shed hand who picks up fleeces. Skirting: removing \
stained edges on the wool table. Classer: sorts fleeces into lines by fibre diameter, length and \
colour. Run: a two-hour session between breaks. Blow: one stroke of the handpiece. Cobbler: the \
hardest sheep in the pen, left for last. <<Daggy: wool soiled at the breech.|Tally: the count of sheep shorn.>>"""),
    ("pub15-stp-glossary", "stamp_dealer", """Collector's terms
MNH: mint, never hinged. Hinged: with a mark on the gum from a stamp hinge. Perforation gauge: holes per \
2 cm. Watermark: a pattern in the paper, seen in a watermark tray. Cover: an envelope that went through \
the post. Provisional: a stamp issued in haste, often an overprint. Expertising: an opinion by a \
specialist that a stamp is genuine. <<Centring affects price more than colour shade.|A thin is a weak spot in the paper.>>"""),
    ("pub15-stp-terms", "stamp_dealer", """Auction terms
| item | charge |
|---|---|
| buyer's premium | 18 % of hammer price |
| seller's commission | 12 %, minimum 10 per lot |
| unsold lot fee | 3 per lot |
| photograph on request | free |
Bids are accepted by post, e-mail and in the room; the highest bid wins at one step over the next bid. Returns only for lots described incorrectly, within 14 days."""),
)

#: The layout of each template (recorded in the ``.meta.json``).
LAYOUTS: dict[str, str] = {
    "rcm15-intake": "tab-separated intake register", "rcm15-sms": "lower-case message thread",
    "tan15-effluent": "inspection report with sample table", "tan15-kv": "key=value process log with host address",
    "prl15-grading": "grading sheet with Markdown table", "prl15-letter": "formal letter with two addresses",
    "rnd15-census": "bilingual count sheet with columns", "rnd15-radio": "radio log with times",
    "dsl15-shift": "shift handover bullet list with addresses", "dsl15-ticket": "maintenance work order",
    "bus15-roster": "fixed-width duty roster with caps names", "bus15-complaint": "complaint e-mail with headers",
    "oas15-shares": "share register columns", "oas15-minutes": "numbered meeting minutes",
    "dat15-packlist": "packing list and commercial invoice", "dat15-chat": "timestamped group chat",
    "snw15-callout": "call-out log", "snw15-ics": "iCalendar event",
    "row15-crew": "crew list with surname-initial names", "row15-member": "application form with check boxes",
    "org15-contract": "numbered heads of agreement", "org15-tuning": "dated visit log lines",
    "cig15-torcedor": "Spanish production sheet", "cig15-export": "bilingual certificate of origin",
    "cnl15-passage": "lock passage log", "cnl15-notice": "enforcement letter",
    "msc15-commission": "commission e-mail", "msc15-xml": "XML record",
    "shr15-tally": "tally sheet with run columns", "shr15-sms": "lower-case SMS thread",
    "stp15-consign": "consignment receipt with lots", "stp15-forum": "forum post with quoted replies and handles",
    **{tid: "public: tips, prices, rules, schedule, glossary or table" for tid, _, _ in PUBLIC_TEMPLATES},
}

#: A description of the set for its ``.meta.json``.
DESCRIPTION = (
    "Sixteen domains no earlier set used (rice mill, tannery, pearl farm, reindeer herding, desalination plant, "
    "bus depot, oasis irrigation, date packing, snow clearing, rowing club, organ building, cigar factory, canal "
    "locks, mosaic workshop, sheep shearing, stamp dealer), two private and two public templates each; layouts: "
    "a tab-separated register, a key=value process log, an iCalendar event, an XML record, a bilingual count "
    "sheet, a fixed-width roster, a radio log, a shift handover, work orders, minutes, certificates, forms, "
    "letters, e-mail, a forum post with handles, a group chat and SMS threads with lower-case names. Names "
    "hand-written in 32 traditions none of v1-v14 used; addresses of 26 and phones of 22 countries and "
    "territories none of v1-v14 wrote, with seven new extension forms; identifiers with check digits (Russian "
    "INN and SNILS, Slovak birth numbers divisible by 11, Dominican cedulas with Luhn, IBANs of 3 countries), "
    "Panamanian cedulas, herd earmarks, water shares, boat and fleet numbers and other shaped ones; dates with "
    "Russian genitive, Lao, Somali and Latin month words, Spanish and French weekdays, Chinese and "
    "Eastern Arabic digit forms, and new numeric orders."
)
