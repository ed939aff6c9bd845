"""Templates of the thirteenth held-out tagging set (v13), written for it by an author who did not see the tagger.

Sixteen domains no earlier set wrote, each with two private and two public templates; what they are and
which layout each template uses is recorded in the set's ``.meta.json`` (from :data:`LAYOUTS` and
:data:`DESCRIPTION`), not in the public docs, until round 13 has been measured on the set. They were
frozen with the set and must not be changed: a changed template set is a new held-out set.

Syntax (v7's to v12's, see :mod:`~dpfusion_integrations.evaluation.heldout_templates_v7`): ``<<a|b>>`` is
a structural choice shared by the two documents of a pair; ``{ref.form}`` is a private value (people
``{pN.form}``, organisations ``{oN.kind}`` with the kinds of ``heldout_values_v13.ORG_FORMS``,
``{mailN}``, ``{addrN.form}``, ``{cityN}``, ``{dateN.form}``, ``{phoneN}``, ``{ipN}``, identifiers
``{idN.kind}`` with the kinds of ``heldout_values_v13.ID_KINDS``, and ``{natN}``, a national identifier
whose scheme is a structural choice).

Not gold (public structure): times, durations, amounts, prices, weights, sizes, distances, velocities,
frequencies, signal reports, boat classes, canoe names, costume sections, species, grades and materials.
"""

from __future__ import annotations

__all__ = ["DESCRIPTION", "LAYOUTS", "PRIVATE_TEMPLATES", "PUBLIC_TEMPLATES"]

# (template id, domain, template)
PRIVATE_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # ------------------------------------------------------------------ sail loft
    ("sail13-toml", "sail_loft", """# sail order, exported from the loft system on {date1.num}
[order]
number = "{id1.order}"
loft = "{o1.sailloft}"
taken_by = "{p1.initials}"
measured_by = "{p4.firstini}"

[customer]
name = "{p2.full}"
phone = "{p2.phone}"
email = "{p2.email}"
postal = "{addr1.oneline}"

[boat]
class = "<<J/24|Laser Radial|Hobie 16|Flying Fifteen>>"
sail_number = "{id2.hull}"
mooring_contact = "{p3.full}"

[sail]
type = "mainsail"
luff_mm = 8650
foot_mm = 3120
cloth = "Dacron 7.3 oz, cross-cut"
battens = 4
due = "{date2.short}"
deposit_from = "{id3.iban}\""""),
    ("sail13-fax", "sail_loft", """FAX  ·  {o1.sailloft}
{addr1.full}
Tel {phone1}    Fax {phone2}

To:     {p1.t} {p1.last}, {o2.employer}
Fax:    {p1.phone}
From:   {p2.full}
Date:   {date1.text}
Pages:  3 (including this one)
Re:     repair quote, genoa, sail no. {id1.hull}

The leech tabling on your genoa is torn over 1.2 m and the UV strip has perished along the foot. We can
re-stitch the leech and replace the strip for the price on page 2. Your crew member {p3.full} dropped the
sail at the loft on {date2.text}; our ref is {id2.order}. Please sign page 3 and fax it back, or call
{p2.first} on {p2.phone}.

This fax is meant for the addressee only. If it reached you by mistake, tell us and destroy it."""),
    # ------------------------------------------------------------------ taxidermy
    ("txd13-intake", "taxidermy", """{o1.taxidermist}
SPECIMEN INTAKE RECORD                                   Tag no. {id1.specimen}
=================================================================
Received on ...... {date1.num}
Client ........... {p1.caps}
Address .......... {addr1.full}
Telephone ........ {p1.phone}
Specimen ......... <<barn owl, Tyto alba|red-footed booby, Sula sula|wild boar head, Sus scrofa>>
Origin ........... found dead (road casualty); finder {p2.full}, {p2.phone}
Permit ........... {id2.cites}
Vet's note ....... {p3.t} {p3.last}, {o2.employer}
Mount ............ standing on driftwood, glass eyes 14 mm, base in tamanu wood
Deposit .......... paid, receipt {id3.invoice}
Taxidermist ...... {p4.initials}"""),
    ("txd13-html", "taxidermy", """<h2>{o1.taxidermist}: work in hand, {date1.short}</h2>
<table>
<tr><th>tag</th><th>client</th><th>piece</th><th>ready</th><th>contact</th></tr>
<tr><td>{id1.specimen}</td><td>{p1.full}</td><td>marlin head, wall mount</td><td>{date2.short}</td><td>{p1.phone}</td></tr>
<tr><td>{id2.specimen}</td><td>{p2.full}</td><td>boar shoulder mount</td><td>{date3.short}</td><td>{p2.email}</td></tr>
<tr><td>{id3.specimen}</td><td>{p3.lowerfull}</td><td>frigatebird, flying pose</td><td>{date3.short}</td><td>{p3.phone}</td></tr>
</table>
<p>Permits checked by {p4.full} ({p4.workemail}); originals in the safe. Site admin: {ip1}</p>"""),
    # ------------------------------------------------------------------ pigeon racing
    ("pgn13-result", "pigeon_racing", """{o1.pigeonclub}: RACE RESULT
Liberation 07:15, wind NE light, sky clear      Race date: {date1.num}
Birds sent: 412     Lofts competing: 23
Pos  Fancier                        Ring number          Dist (km)   Velocity (m/min)
1    {p1.upperfull}        {id1.ring}        162.437     1412.882
2    {p2.upperfull}        {id2.ring}        158.901     1398.104
3    {p3.full} & {p4.first}        {id3.ring}        171.220     1390.551
4    {p5.upperfull}        {id4.ring}        160.004     1377.016
Clocks opened by {p6.ini} and {p7.ini}. Objections to the secretary, {p8.full}, {p8.phone},
within 48 hours of the result being posted. Club rooms: {addr1.oneline}"""),
    ("pgn13-pedigree", "pigeon_racing", """PEDIGREE CARD                                         {o1.pigeonclub}
Ring: {id1.ring}     Colour: blue chequer pied     Sex: cock     Eye: pearl
Bred by: {p1.full}, {addr1.oneline}
Owner: {p2.full} (since {date1.text})
Sire: {id2.ring}, 1st club, 3rd federation {date2.text}
Dam: {id3.ring}, bred by {p3.full}
   her sire: {id4.ring} (widowhood cock, 11 prizes)
Sold at the club auction to {p4.full}, {p4.phone}; transfer signed {p2.initials}"""),
    # ------------------------------------------------------------------ falconry
    ("fal13-register", "falconry", """ANNEX 4: REGISTER OF CAPTIVE BIRDS OF PREY                 {o1.falconer}
(1) Keeper: {p1.full}
(2) Keeper's address: {addr1.full}
(3) Species: <<Harris's hawk|saker falcon|lanner falcon|barn owl>>, female, hatched last season
(4) Closed ring: {id1.ring}     Transponder: {id2.serial}
(5) Acquired on {date1.num} from {p2.full}, breeder, {p2.phone}
(6) Article 10 certificate: {id3.cites}
(7) Disposal: on loan to {p3.full} from {date2.num}
(8) Signed {p1.dotted}; witnessed by {p4.full}, {o2.employer}"""),
    ("fal13-lostpost", "falconry", """LOST HAWK ‼  posted by {p1.at} · {date1.short}
our harris hawk flew off chasing a mynah near {addr1.street} this morning. she has jesses and a bell,
ring {id1.ring}. she will come down to a glove. please do NOT feed her, call me on {p1.phone} or
{p2.first} on {p2.phone}.
  ↳ {p3.lower}: saw a big brown hawk on the water tower by {city1} around 4pm
  ↳ {p4.lowerfull}: shared to the {o1.falconer} group
  ↳ {p1.at}: thank you {p3.lower} !! heading there now
  ↳ {p5.telegram}: hope she's found, message me if you need a lure"""),
    # ------------------------------------------------------------------ quarry
    ("qry13-blast", "quarry", """{o1.quarry}: BLAST RECORD No. {id1.blast}
Face: bench 3, north wall      Date: {date1.num}      Fired: 12:30
Shotfirer: {p1.full}, certificate {id2.shotfirer}
Holes: 24 × 102 mm, depth 14 m, burden 3.2 m, spacing 3.8 m, stemming 2.5 m
Explosive: ANFO 1,850 kg + emulsion primers; non-electric detonators, 25 ms delays
Vibration monitor at {addr1.oneline}: 4.1 mm/s PPV (limit 10), air overpressure 118 dB
Neighbour notified: {p2.full}, {p2.phone}
Sentries: {p3.firstini}, {p4.firstini}, {p5.firstini}
Misfires: none. Checked by {p6.full} (quarry manager), countersigned {p1.initials}
Copy to {o2.council}"""),
    ("qry13-weigh", "quarry", """        {o1.quarry}
   {addr1.full}
   TEL {phone1}
--------------------------------
TICKET      {id1.ticket}
DATE        {date1.num}
VEHICLE     {id2.plate}
HAULIER     {o2.employer}
DRIVER      {p1.upperfull}
MATERIAL    20 mm crushed basalt
GROSS       38,420 kg
TARE        14,960 kg
NET         23,460 kg
DELIVER TO  {addr2.oneline}
SITE REF    {id3.order}
OPERATOR    {p2.initials}
--------------------------------
  drive slowly, sheet your load"""),
    # ------------------------------------------------------------------ tyre shop
    ("tyr13-jobcard", "tyre_shop", """JOB CARD {id1.jobcard}                              {o1.tyreshop}
Customer: {p1.full}          Mobile: {p1.phone}
Vehicle: <<Toyota Hilux|Nissan Navara|Suzuki Swift|Kia Picanto>>, reg {id2.plate}, 84,210 km
[x] 2 × 265/65 R17 all-terrain fitted (rear)
[x] balance ×4    [ ] alignment    [x] valve stems
[ ] puncture repair (see note)
Old tyres: customer <<keeps them|leaves them for recycling>>
Note: nail in front left sidewall, repair not possible; customer told by {p2.firstini} on {date1.short}
Fitter: {p3.lower}     Checked: {p4.initials}
Paid by card, invoice {id3.invoice}, e-mailed to {p1.email}"""),
    ("tyr13-review", "tyre_shop", """★★★★☆  {p1.firstini} · {date1.short}
got a flat outside {addr1.street} on the way to the airport, called {o1.tyreshop} and {p2.first} came out
with the van in 20 minutes. only 4 stars because the card machine wasn't working and i had to transfer
from my phone.

Response from the owner, {p3.full}:
Thanks {p1.first}! Sorry about the card reader, it's fixed now. Bring the receipt ({id1.invoice}) back and
we'll rotate the tyres free at 10,000 km. Any problem, text me on {p3.phone} or write to {mail1}."""),
    # ------------------------------------------------------------------ fish auction
    ("fsh13-statement", "fish_auction", """{o1.fishauction}
BUYER STATEMENT: {p1.full} (card {id1.buyer})
Week of {date1.text}
Lot             Boat           Species           kg     price/kg    total
{id2.lot}       {id3.hull}     yellowfin tuna    41.6     1,150     47,840
{id4.lot}       {id3.hull}     mahi-mahi         22.0       780     17,160
{id5.lot}       {id6.hull}     wahoo             18.4       820     15,088
Skippers: {p2.ini} ({id3.hull}), {p3.ini} ({id6.hull})
Balance due 80,088 by transfer to {id7.iban}
Queries: {p4.full}, auction office, {p4.workemail}"""),
    ("fsh13-smslist", "fish_auction", """auction sms alerts · sent {date1.short} 05:40 from {phone1}
to {p1.lower} ({p1.phone}): tuna 1150, albacore 900, mahi 780. boat {id1.hull} unloads at 6
to {p2.lower} ({p2.phone}): your lot {id2.lot} withdrawn, reserve not met
to {p3.lowerfull} ({p3.phone}): payment for lot {id3.lot} overdue, see {p4.first} at the cash desk
to {p5.lower} ({p5.phone}): welcome! buyer card {id4.buyer} active from {date2.short}
reply STOP to unsubscribe · {o1.fishauction}"""),
    # ------------------------------------------------------------------ pilgrimage agency
    ("plg13-checklist", "pilgrimage_agency", """## {o1.pilgrimage}: Umrah group, departure {date1.text}
Group leader: {p1.t} {p1.full} · {p1.phone}

- [x] {p2.upperfull}: passport {id1.passport}, visa {id2.visa}, meningitis certificate
- [x] {p3.upperfull}: passport {id3.passport}, visa {id4.visa}
- [ ] {p4.upperfull}: passport {id5.passport}, visa pending; {p4.his} {p5.kin} {p5.full} brings the photos
- [ ] {p6.upperfull}: guardian form to be signed by {p7.full}
- [x] room list sent to the hotel by {p8.firstini}

Emergency contact at home: {p9.full}, {p9.phone}"""),
    ("plg13-lettre", "pilgrimage_agency", """{o1.pilgrimage}
{addr1.full}
Tél. {phone1} · {mail1}

                                                 {city1}, le {date1.text}

À l'attention de {p5.t} {p5.full}
Service consulaire

Objet : demande de visas, groupe {id1.booking}

Madame, Monsieur,

Nous avons l'honneur de vous transmettre les dossiers de {p1.t} {p1.full}, né(e) le {p1.dob}, et de
{p2.t} {p2.full}, qui accompagne le groupe (passeport {id2.passport}). Le vol retour est prévu le
{date2.text}. Pour toute question, notre agent {p3.full} reste joignable au {p3.phone}.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour la direction,
{p4.full}"""),
    # ------------------------------------------------------------------ coach hire
    ("bus13-waybill", "coach_hire", """{o1.coach} · PASSENGER WAYBILL                         No. {id1.ticket}
Route {city1} - {city2}, departs 06:00 from bay 4              Date {date1.num}
Bus {id2.plate}   Driver {p1.caps} (licence {id3.licence})   Conductor {p2.firstini}
 #  PASSENGER                    PHONE                        SEAT   FARE
 1  {p3.caps}        {p3.phone}        3A     45
 2  {p4.caps}        {p4.phone}        3B     45
 3  {p5.caps}        {p5.phone}        7C     45
 4  {p6.caps} (child)        -        7D     20
Parcels: 1 box for {p7.full}, to collect at {addr1.oneline}
Checked at the roadblock by {p8.ini}"""),
    ("bus13-duty", "coach_hire", """duty sheet  {date1.short}  ·  {o1.coach}
driver: {p1.lowerfull}   staff no {id1.member}
05:30  sign on at the depot, {addr1.street}
06:00  school run, pick up {p2.full}'s twins at the gate
07:45  charter for {o2.employer}, contact {p3.full} {p3.phone}
12:00  break (45 min)
13:30  hospital shuttle, {o3.hospital}
17:10  sign off; fuel card {id2.account}, 412 km
defects: rear door sticks, reported to {p4.firstini} ({p4.intmail}) by {p1.slack}"""),
    # ------------------------------------------------------------------ vanilla curing
    ("van13-bordereau", "vanilla_curing", """BORDEREAU D'ACHAT DE VANILLE VERTE                  N° {id1.lot}
Coopérative : {o1.vanilla}
Date : {date1.num}          Collecteur : {p1.full} (carte {id2.agent})
Producteur : {p2.caps}
Lieu : {addr1.oneline}
Pièce d'identité : {nat1}
Poids vert : 184,5 kg    Gousses de plus de 14 cm : 71 %    Prix : 75 000 le kg
Paiement : mobile money au {p2.phone}, réf. {id3.txn}
Témoin : {p3.full}        Signature du producteur : {p2.initials}"""),
    ("van13-export", "vanilla_curing", """Subject: phyto certificate and export permit, lot {id1.lot}
From: {p1.full} <{p1.workemail}>
To: {p2.workemail2}
Date: {date1.text}

Dear {p2.t} {p2.last},

we will ship 420 kg of black vanilla (grade A, 16-18 cm, moisture 30-32 %) to our buyer {o3.employer} on
{date2.text}. The lot was cured at {addr1.oneline} and checked by {p3.full} of our quality team. Could
the {o2.employer} inspector, {p4.full}, visit on {date3.short}? Fees will be paid from {id2.iban}.

Kind regards,
{p1.full}
{o1.vanilla} · {phone1}"""),
    # ------------------------------------------------------------------ rum distillery
    ("rum13-cask", "rum_distillery", """{o1.distillery}
CERTIFICATE OF CASK OWNERSHIP

This certifies that {p1.upperfull}
of {addr1.full}
is the registered owner of cask {id1.cask}, filled on {date1.text} with <<pot-still|column-still>> rum at
68.2 % abv, 200 litres, ex-bourbon American oak, held in bond at warehouse {id2.bond}.

Storage fees of 45 a year are taken by direct debit from RIB {id3.rib}.
Transfers of ownership must be notified in writing to the cellar master, {p2.full} ({p2.workemail}).
Signed for the distillery: {p3.full}, {date2.num}"""),
    ("rum13-guestbook", "rum_distillery", """tasting room guest book, page 41
{date1.short} · {p1.lowerfull} & {p2.lower} from {city1}: "the 12 year old is dangerous!! we'll be back"
{date1.short} · {p3.lowerfull} ({p3.at}): loved the tour with {p4.first}
{date2.short} · {p5.full}, {o2.employer}: booking a group of 30 for {date3.short}, call me {p5.phone}
{date2.short} · {p6.lower} {p6.upperlast}: grandad worked the cane crusher here in the 60s, {p7.full},
if anyone remembers him please write to {p6.email}"""),
    # ------------------------------------------------------------------ carnival band
    ("mas13-costume", "carnival_band", """{o1.masband} · COSTUME REGISTRATION · section "<<Sea Glass|Fire Coral|Midnight Robbers>>"
Order no.: {id1.costume}
Masquerader: {p1.full}          D.O.B.: {p1.dob}
Phone/WhatsApp: {p1.phone}      Email: {p1.email}
Sizes: top M, bottom L, headpiece: frontline (+250)
Emergency contact: {p2.full} ({p2.parent}) {p2.phone}
Section leader: {p3.firstini}
Deposit paid {date1.num}, balance due by {date2.num}; pick-up at the mas camp, {addr1.oneline}
Signed: {p1.initials}"""),
    ("mas13-post", "carnival_band", """{o1.masband} · {date1.short}
SECTION LAUNCH ✨ huge thanks to our designer {p1.full} ({p1.at}) and the wire-bending crew
{p2.at} {p3.at} {p4.at} 🙌 photos by {p5.full}. registration opens {date2.short} at the mas camp,
{addr1.oneline}. limited frontline pieces. questions: message {p6.at} or call {phone1}
#carnival #playmas #roadmarch
── comments ──
{p7.lower}: {p8.lower} we playing together this year??
{p8.lower}: yesss book it 😂"""),
    # ------------------------------------------------------------------ mobile money
    ("mm13-sms", "mobile_money", """{id1.txn} Confirmed. You have received 45,000 from {p1.upperfull} {p1.phone} on {date1.num} at 09:14. New balance is 61,250.
{id2.txn} Confirmed. 20,000 sent to {p2.upperfull} {p2.phone} on {date1.num} at 11:02. Fee 300. New balance is 40,950.
{id3.txn} Confirmed. Cash withdrawal of 30,000 at agent {id4.agent} ({o1.mobilemoney}, {addr1.oneline}) on {date2.num}.
Do not share your PIN with anyone, not even staff. Help line {phone1}"""),
    ("mm13-float", "mobile_money", """agent notebook · {o1.mobilemoney} · agent no {id1.agent}
date {date1.num}
opening float 500,000 e-value / 320,000 cash
09:05  deposit   {p1.lowerfull}   {p1.phone}   25,000
09:40  withdraw  {p2.lowerfull}   {p2.phone}   60,000   id {nat1}
10:15  deposit   {p3.lower} ({p3.initials})   {p3.phone}   8,500
11:30  float top-up from super-agent {p4.full}, ref {id2.txn}
13:00  withdraw  {p5.lowerfull}   {p5.phone}   100,000   id {nat2}
closing: e-value 292,500 / cash 527,500, counted with {p6.firstini}"""),
    # ------------------------------------------------------------------ outrigger club
    ("vaa13-crew", "outrigger_club", """{o1.vaaclub}: crew sheet, V6 sprint 500 m, {date1.text}
Canoe: "<<Hine|Toa|Manu>>" (hull {id1.hull})
Seat 1 (stroke): {p1.full}
Seat 2: {p2.full}
Seat 3: {p3.full}
Seat 4: {p4.lastini}
Seat 5: {p5.full}
Seat 6 (steerer): {p6.full}, licence {id2.licence}
Reserve: {p7.firstini}
Coach: {p8.t} {p8.last}     Escort boat: {p9.full}, VHF 16 / {p9.phone}"""),
    ("vaa13-event", "outrigger_club", """📣 {o1.vaaclub}: Saturday training moves to {addr1.street}
{date1.short}, 06:00 sharp. bring water, a hat, and buoyancy aids for the juniors.
Carpool: {p1.first} leaves from {city1} at 05:20 (3 seats), ring {p1.phone}
Juniors' forms to {p2.full} ({p2.email}) by {date2.short}
Fees to {id1.iban}, reference your name + "vaa"
comments:
{p3.lowerfull}: can my {p4.child} {p4.first} join the juniors? {p4.he}'s 12
{p2.lower}: yes! send me {p4.his} form, born {p4.childdob} right?
{p5.lower}: i'll bring the bananas 🍌"""),
    # ------------------------------------------------------------------ tea estate
    ("tea13-register", "tea_estate", """{o1.teaestate} · section 14 · plucking register
date: {date1.num}    sardar: {p1.full}    clerk: {p2.initials}
worker no.       name                        kg (am)   kg (pm)   total
{id1.worker}     {p3.full}        18.5      14.0      32.5
{id2.worker}     {p4.full}        21.0      16.5      37.5
{id3.worker}     {p5.full}        12.0       0.0      12.0   (unwell, sent to dispensary)
{id4.worker}     {p6.full}        19.5      17.0      36.5
leaf weighed at the section shed; factory intake slip {id5.order}
copy to the garden office, {p7.intmail}"""),
    ("tea13-payslip", "tea_estate", """{o1.teaestate}
PAY SLIP for the fortnight ending {date1.text}
Name: {p1.upperfull}                Worker no.: {id1.worker}
Father's/husband's name: {p2.full}
Line quarters: {addr1.oneline}
PF no.: {id2.pf}          ID no.: {nat1}
Days worked 12 · leaf 402 kg · basic 2,790 · extra leaf 310
Deductions: PF 335 · ration 120 · advance 200
Net paid in cash 2,445 by {p3.full}, witnessed by {p4.firstini}
Bank account {id3.account} not yet verified: see the garden office"""),
    # ------------------------------------------------------------------ amateur radio
    ("ham13-cabrillo", "amateur_radio", """START-OF-LOG: 3.0
CALLSIGN: {id1.callsign}
CONTEST: <<CQ-WW-SSB|IARU-HF|ARRL-DX-CW>>
CATEGORY-OPERATOR: MULTI-OP
CLUB: {o1.radioclub}
NAME: {p1.full}
ADDRESS: {addr1.street}
ADDRESS-CITY: {addr1.city}
EMAIL: {p1.email}
OPERATORS: {id2.callsign} {id3.callsign}
SOAPBOX: thanks to {p2.firstini} for the antenna work and {p3.lower} for the coffee
QSO: 14025 CW {date1.num} 0012 {id1.callsign} 599 14 {id4.callsign} 599 05
QSO: 14031 CW {date1.num} 0015 {id1.callsign} 599 14 {id5.callsign} 599 33
QSO: 21210 PH {date1.num} 0102 {id1.callsign} 59 14 {id6.callsign} 59 25
END-OF-LOG:"""),
    ("ham13-qsl", "amateur_radio", """QSL · TO RADIO {id1.callsign}
from {id2.callsign} · {p1.full}
{addr1.full}
Confirming our QSO of {date1.text}, 14:32 UTC, 7.074 MHz FT8, report -12 dB
Rig: 100 W into a dipole at 12 m
Op: {p1.first}      PSE QSL TNX, via bureau or direct. 73!
QSL manager: {p2.full} ({p2.email})"""),
)

PUBLIC_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("pub13-sail-cloth", "sail_loft", """| cloth | weight | stretch | UV life | per m² |
|---|---|---|---|---|
| woven polyester, cross-cut | 7.3 oz | low | 6-8 seasons | 38 |
| polyester, hard finish | 9.0 oz | very low | 5-7 seasons | 46 |
| nylon spinnaker | 0.75 oz | high | 3-4 seasons | 22 |
| laminate with taffeta | 4.5 oz | minimal | 4 seasons | 71 |
<<Prices exclude sail numbers and insignia.|Prices exclude bag and battens.>>"""),
    ("pub13-sail-glossary", "sail_loft", """Loft words
Luff: the leading edge of a sail. Leech: the trailing edge; a fluttering leech needs its leech line \
tightened. Roach: the curve beyond a straight line from head to clew, carried by battens. Cunningham: a \
line tensioning the luff low down. Tabling: the folded, stitched edge of the cloth. Telltales: yarn \
<<ribbons|strips>> that show the airflow."""),
    ("pub13-txd-care", "taxidermy", """Caring for a mount
Keep mounts out of direct sun: feathers and fur fade within a year by a window. Dust with a soft brush \
or a hair dryer on cold, never a damp cloth. Humidity above 60 % invites mould and moth; a sachet of \
silica gel inside a glass case helps. Check the base yearly for <<dermestid beetle|clothes moth>> \
larvae, small hairy grubs that eat skin."""),
    ("pub13-txd-prices", "taxidermy", """| work | from | time |
|---|---|---|
| songbird, perched | 180 | 3 months |
| raptor, open wings | 650 | 8 months |
| fish, skin mount | 22 per cm | 6 months |
| deer shoulder mount | 900 | 10 months |
| skull cleaning (beetles) | 120 | 6 weeks |
A permit is needed before work starts on any protected species."""),
    ("pub13-pgn-rules", "pigeon_racing", """Basketing rules
Birds are basketed on Friday between 18:00 and 20:30. Every bird must wear a registered ring and a \
working electronic chip ring. Two officials check the rings against the entry sheet and seal the \
baskets. Clocks are synchronised at basketing. No more than 20 birds per loft in young-bird races. \
Vaccination against paramyxovirus is compulsory."""),
    ("pub13-pgn-feed", "pigeon_racing", """| mix | protein % | fat % | when |
|---|---|---|---|
| depurative | 11 | 3 | after a race, 1-2 days |
| breeding | 16 | 5 | pairing to weaning |
| sprint | 13 | 7 | 2 days before basketing |
| moult | 15 | 4 | late summer |
| widowhood | 12 | 6 | midweek |"""),
    ("pub13-fal-glossary", "falconry", """Falconry terms
Jesses: leather straps on the legs. Creance: a long training line. Mews: the bird's quarters. Weathering: \
an outdoor perch area. Cast: to hold a hawk gently to handle it; also a pair of hawks. Yarak: keen and \
ready to hunt. Imping: mending a broken feather by splicing in a new one. Hood: a leather cap \
that <<calms|quiets>> the bird."""),
    ("pub13-fal-weights", "falconry", """| species | female flying weight | male flying weight | daily food |
|---|---|---|---|
| Harris's hawk | 900-1,100 g | 650-750 g | 2 day-old chicks + 1 quail |
| lanner falcon | 650-750 g | 480-550 g | 2 chicks |
| barn owl | 330-370 g | 300-340 g | 2-3 chicks |
| kestrel | 200-230 g | 170-190 g | 1 chick |
Weigh before every flight, at the same hour."""),
    ("pub13-qry-products", "quarry", """| product | size | use | per tonne |
|---|---|---|---|
| crusher run | 0-40 mm | sub-base, tracks | 14.50 |
| clean stone | 20 mm | drainage, concrete | 19.00 |
| chippings | 6 mm | surface dressing | 24.00 |
| rock armour | 1-3 t | sea defence | 41.00 |
| dust | 0-4 mm | block making, bedding | 9.50 |
Minimum order 2 t. <<Loading 07:00-16:30 weekdays.|Collections by appointment on Saturdays.>>"""),
    ("pub13-qry-notice", "quarry", """BLASTING NOTICE
Blasting takes place between 12:00 and 13:00 on weekdays only. A long siren sounds five minutes before \
firing, two short blasts one minute before, and one long blast for all clear. Keep clear of the fenced \
area and do not pick up any wire or tube you find: report it to the gatehouse. Vibration is monitored at \
the nearest houses after every blast."""),
    ("pub13-tyr-pressure", "tyre_shop", """Tyre pressures and the sidewall code
265/65 R17 112T means 265 mm wide, sidewall 65 % of the width, radial, 17-inch rim, load index 112 (1,120 kg \
per tyre), speed rating T (190 km/h). The four digits after DOT give the week and year of manufacture. \
Check pressures cold, once a month; <<the right values are on the driver's door pillar|the handbook lists them>>. \
Replace at 3 mm of tread on wet roads, legally no lower than 1.6 mm."""),
    ("pub13-tyr-prices", "tyre_shop", """| service | car | 4x4 / van |
|---|---|---|
| fit & balance, per tyre | 8 | 12 |
| puncture repair | 15 | 18 |
| wheel alignment | 45 | 60 |
| nitrogen top-up | 2 | 3 |
| tyre disposal | 3 | 5 |"""),
    ("pub13-fsh-rules", "fish_auction", """Rules of the auction floor
Selling starts at 05:30 sharp with tuna, then reef fish, then small pelagics. Bids rise by 10 per kilo. A \
lot is sold when the auctioneer calls the buyer's card number. Lots below the boat's reserve are \
withdrawn. Buyers pay within seven days; cards with arrears are suspended. Ice, crates and boots stay \
on the floor."""),
    ("pub13-fsh-grades", "fish_auction", """| grade | tuna flesh | fat | use | typical price/kg |
|---|---|---|---|---|
| 1 | deep red, glossy | high | sashimi export | 1,100-1,400 |
| 2+ | red, firm | medium | restaurants | 850-1,050 |
| 2 | pale red | low | steaks | 600-800 |
| 3 | brown edges | low | canning | 300-450 |
Core temperature at grading must be below 4 °C."""),
    ("pub13-plg-packing", "pilgrimage_agency", """What to pack
Two sets of ihram for men (unstitched white cloth), loose modest clothing for women, comfortable \
sandals, an unscented soap, a small bag for pebbles, a refillable water bottle and a money belt. Carry \
prescription medicine in its box with a copy of the prescription. Temperatures reach 45 °C in summer: \
drink before you feel thirsty. <<An umbrella helps in the shade-less courtyards.|A folding mat is useful.>>"""),
    ("pub13-plg-packages", "pilgrimage_agency", """| package | nights (Makkah / Madinah) | hotel | room | price from |
|---|---|---|---|---|
| economy | 8 / 4 | 1.5 km from the mosque | 4 beds | 1,450 |
| standard | 7 / 5 | 600 m | 3 beds | 1,980 |
| comfort | 7 / 5 | 200 m | 2 beds | 2,750 |
Prices include visa fees, flights, transfers and a guide; vaccination certificates required."""),
    ("pub13-bus-timetable", "coach_hire", """| departs | arrives | stops | fare |
|---|---|---|---|
| 06:00 | 10:40 | 3 | 45 |
| 09:30 | 14:15 | 5 | 45 |
| 13:00 | 17:20 | 3 | 45 |
| 22:00 (overnight) | 04:30 | 2 | 55 |
Children under 12 half fare. Luggage over 20 kg: 5 per extra bag. <<Tickets on sale from 05:00.|Book a day ahead at holiday time.>>"""),
    ("pub13-bus-conditions", "coach_hire", """Conditions of carriage
Tickets are valid only for the date and departure printed. Passengers must be at the bay 20 minutes \
before departure. Parcels travel at the sender's risk unless declared and insured. No live animals, \
fuel or gas bottles on board. Seat belts must be worn where fitted. Refunds up to 24 hours before \
departure, less a 10 % fee."""),
    ("pub13-van-grades", "vanilla_curing", """| grade | length | moisture | look |
|---|---|---|---|
| gourmet (A) | 16 cm and over | 30-35 % | supple, oily, dark brown |
| extraction (B) | 12-16 cm | 20-25 % | drier, reddish |
| cuts | under 12 cm | 20-25 % | split or broken pods |
Pods are sold by the kilo; a kilo of gourmet holds about 300 pods."""),
    ("pub13-van-curing", "vanilla_curing", """Curing, step by step
Killing: green pods are plunged in water at 63-65 °C for three minutes. Sweating: wrapped in blankets \
in wooden boxes for 48 hours, they turn chocolate brown. Sun drying: two to three hours a day on \
racks for <<two|three>> weeks. Slow drying: indoors on shelves for a month. Conditioning: in closed \
trunks for three months, while the vanillin develops."""),
    ("pub13-rum-tour", "rum_distillery", """| tour | length | tasting | price |
|---|---|---|---|
| cane to cask | 60 min | 3 rums | 15 |
| master blender | 2 h | 6 rums + cask sample | 45 |
| cocktail class | 90 min | 2 cocktails | 30 |
Tours leave on the hour from 09:00 to 15:00. Closed on Sundays during harvest. Drivers get fresh cane juice."""),
    ("pub13-rum-glossary", "rum_distillery", """Still-house words
Wash: the fermented cane juice or molasses, about 8 % alcohol. Dunder: spent wash, kept to feed the \
next ferment. Pot still: a batch still giving a heavy, fruity spirit. Column: a continuous still giving \
a lighter one. Angels' share: what evaporates from the cask, up to 8 % a year in the tropics. Agricole: \
rum made from fresh <<cane juice|vesou>>, not molasses."""),
    ("pub13-mas-rules", "carnival_band", """Band rules on the road
Stay inside the ropes and behind the music truck. Wristbands must be worn on both days; no band \
without a wristband. Drinks are served from the drinks truck until 17:00. Glass bottles are not \
allowed. Security stewards wear yellow. If you get separated, meet at the next judging point. Costumes \
are collected two weeks before the road; no refunds after <<fabric is cut|the deadline>>."""),
    ("pub13-mas-packages", "carnival_band", """| package | includes | price |
|---|---|---|
| backline | costume, 2 days of drinks, lunch | 450 |
| midline | + feather backpiece | 620 |
| frontline | + headpiece, collar, arm bands | 980 |
| individual | own costume, wristband only | 120 |
Payment plans: 30 % deposit, balance in three instalments."""),
    ("pub13-mm-tariff", "mobile_money", """| amount sent | fee (registered) | fee (unregistered) |
|---|---|---|
| 100 - 5,000 | 50 | 100 |
| 5,001 - 25,000 | 200 | 400 |
| 25,001 - 100,000 | 500 | 1,000 |
| 100,001 - 500,000 | 1,200 | not allowed |
Withdrawals at an agent cost 1 %. Balance checks and deposits are free."""),
    ("pub13-mm-safety", "mobile_money", """Stay safe with mobile money
Nobody from the operator will ever ask for your PIN. If you get a message saying money was sent by \
mistake, check your balance before you send anything back: fake messages come from ordinary numbers, \
real ones from the short code. Agents must give you a receipt and may ask for an identity card above \
the daily limit. Lock your SIM with a <<PIN|code>> too."""),
    ("pub13-vaa-glossary", "outrigger_club", """Canoe words
Ama: the outrigger float, always on the left. Iako: the two booms joining ama and hull. Hoe: the \
paddle. Huli: a capsize; everyone stays with the canoe. Seat 1 sets the stroke rate, usually 60-70 a \
minute; seat 6 steers and calls the changes: "hut!" and all six switch sides after \
<<14|16>> strokes."""),
    ("pub13-vaa-schedule", "outrigger_club", """| day | time | session | level |
|---|---|---|---|
| Mon | 17:30 | technique in the lagoon | all |
| Wed | 05:45 | interval pieces, 6 × 500 m | race crews |
| Fri | 17:30 | juniors (10-16) | juniors |
| Sat | 06:00 | long paddle, 16 km | all |
Life jackets for under-16s; sunscreen and a hat always."""),
    ("pub13-tea-plucking", "tea_estate", """Two leaves and a bud
Fine plucking takes the bud and the two leaves below it; coarse leaf makes poor tea and lowers the \
price at auction. Plucking rounds come every seven to nine days in the rains. Leaf is weighed twice a \
day and must reach the factory within <<four|five>> hours; bruised or heated leaf is rejected. \
Withering, rolling, oxidation and drying follow at the factory."""),
    ("pub13-tea-grades", "tea_estate", """| grade | meaning | leaf |
|---|---|---|
| FTGFOP | fine tippy golden flowery orange pekoe | whole leaf, many tips |
| TGFOP | tippy golden flowery orange pekoe | whole leaf |
| BOP | broken orange pekoe | broken leaf |
| CTC | crush, tear, curl | pellets, strong liquor |
| dust | | smallest particles, tea bags |"""),
    ("pub13-ham-bandplan", "amateur_radio", """| band | CW | digital (FT8) | phone |
|---|---|---|---|
| 40 m | 7.000-7.040 | 7.074 | 7.060-7.200 |
| 20 m | 14.000-14.070 | 14.074 | 14.150-14.350 |
| 15 m | 21.000-21.070 | 21.074 | 21.150-21.450 |
| 10 m | 28.000-28.070 | 28.074 | 28.300-29.000 |
Frequencies in MHz; check your licence class before transmitting."""),
    ("pub13-ham-qcodes", "amateur_radio", """Q codes and abbreviations
QSO: a contact. QSL: I confirm; also the card that proves a contact. QTH: my location. QRM: man-made \
interference. QRN: static. QRP: low power, 5 W or less. QSY: change frequency. 73: best regards. RST: \
readability, strength, tone, as in 599. <<DX: a distant station.|CQ: calling any station.>>"""),
)

#: The layout of each template (recorded in the ``.meta.json``).
LAYOUTS: dict[str, str] = {
    "sail13-toml": "TOML order export with comment line", "sail13-fax": "fax cover sheet with message",
    "txd13-intake": "intake record with double rule and dotted leaders", "txd13-html": "HTML table with heading",
    "pgn13-result": "race result sheet with caps names", "pgn13-pedigree": "pedigree card with indented ancestry",
    "fal13-register": "numbered statutory register entry", "fal13-lostpost": "social post with threaded comments",
    "qry13-blast": "blast record form", "qry13-weigh": "thermal weighbridge receipt",
    "tyr13-jobcard": "job card with check boxes", "tyr13-review": "customer review with owner response",
    "fsh13-statement": "buyer statement with lot columns", "fsh13-smslist": "lower-case SMS alert log",
    "plg13-checklist": "Markdown task list", "plg13-lettre": "French formal letter",
    "bus13-waybill": "passenger waybill with caps names", "bus13-duty": "lower-case timed duty sheet",
    "van13-bordereau": "French purchase slip", "van13-export": "e-mail with headers",
    "rum13-cask": "ownership certificate", "rum13-guestbook": "guest book lines with lower-case names",
    "mas13-costume": "costume registration form", "mas13-post": "social caption with handles and comments",
    "mm13-sms": "transaction confirmation SMS lines", "mm13-float": "agent notebook ledger",
    "vaa13-crew": "crew sheet by seat", "vaa13-event": "club announcement with comments",
    "tea13-register": "plucking register table", "tea13-payslip": "pay slip",
    "ham13-cabrillo": "Cabrillo contest log", "ham13-qsl": "QSL card text",
    **{tid: "public: tips, prices, rules, schedule, glossary or table" for tid, _, _ in PUBLIC_TEMPLATES},
}

#: A description of the set for its ``.meta.json``.
DESCRIPTION = (
    "Sixteen domains no earlier set used (sail loft, taxidermy, pigeon racing, falconry, quarry, tyre shop, "
    "fish auction, pilgrimage agency, coach hire, vanilla curing, rum distillery, carnival band, mobile money, "
    "outrigger canoe club, tea estate, amateur radio), two private and two public templates each; layouts: a "
    "TOML export, an HTML table, a Cabrillo contest log, a QSL card, a thermal weighbridge receipt, a fax "
    "cover sheet, a Markdown task list, transaction SMS lines, an agent's ledger, social posts with handles "
    "and threaded comments, a review with the owner's response, French slips and letters, certificates, "
    "registers, waybills, pay slips and forms. Names hand-written in 32 traditions none of v1-v12 used; "
    "addresses and phones of 24 countries and territories none of v1-v12 wrote, with eight new extension "
    "forms; identifiers with check digits (French NIR and RIB, Taiwanese national ID, Indian Aadhaar with "
    "Verhoeff's check, IBANs of 4 countries), Malaysian MyKad numbers, amateur radio callsigns, pigeon and "
    "raptor rings and other shaped ones; dates in the arithmetical Hijri calendar, in French abbreviations "
    "and weekdays, Kirundi, Tongan, Sesotho and Tahitian month words, and new numeric and weekday orders."
)
