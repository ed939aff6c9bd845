"""Templates of the fourteenth held-out tagging set (v14), written for it by an author who did not see the tagger.

Sixteen domains no earlier set wrote, each with two private and two public templates; what they are and
which layout each template uses is recorded in the set's ``.meta.json`` (from :data:`LAYOUTS` and
:data:`DESCRIPTION`), not in the public docs, until the next tagger round has been measured on the set.
They were frozen with the set and must not be changed: a changed template set is a new held-out set.

Syntax (v7's to v13's, see :mod:`~dpfusion_integrations.evaluation.heldout_templates_v7`): ``<<a|b>>`` is
a structural choice shared by the two documents of a pair; ``{ref.form}`` is a private value (people
``{pN.form}``, organisations ``{oN.kind}`` with the kinds of ``heldout_values_v14.ORG_FORMS``,
``{mailN}``, ``{addrN.form}``, ``{cityN}``, ``{dateN.form}``, ``{phoneN}``, ``{ipN}``, identifiers
``{idN.kind}`` with the kinds of ``heldout_values_v14.ID_KINDS``, and ``{natN}``, a national identifier
whose scheme is a structural choice).

Not gold (public structure): times, durations, amounts, prices, weights, volumes, temperatures, depths,
grades, purities, breeds, scores, overs, instrument names, wind and sea states, vessel sizes and drafts.
"""

from __future__ import annotations

__all__ = ["DESCRIPTION", "LAYOUTS", "PRIVATE_TEMPLATES", "PUBLIC_TEMPLATES"]

# (template id, domain, template)
PRIVATE_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # ------------------------------------------------------------------ salt works
    ("slt14-csv", "salt_works", """# harvest_export.csv  ({o1.saltworks}, pans 1-24)  generated {date1.num} by {p1.user}
pan,raker,raker_phone,bags_50kg,grade,moisture_pct,lot
3,{p2.full},{p2.phone},41,fine white,2.9,{id1.batch}
7,{p3.full},{p3.phone},37,coarse,3.4,{id2.batch}
12,{p4.lowerfull},,29,flake,2.1,{id3.batch}
18,{p5.caps},{p5.phone},44,coarse,3.8,{id4.batch}
# supervisor on shift: {p6.ini}; weighbridge checked by {p7.firstini}
# buyer collecting: {o2.employer}, driver {p8.full}, truck {id5.plate}"""),
    ("slt14-chat", "salt_works", """[{date1.short}, 05:42] {p1.lower}: pans 9 to 14 ready to rake, crust is thick after the dry week
[{date1.short}, 05:44] {p2.lower}: ok coming. {p3.first} bring the wooden rakes not the metal ones
[{date1.short}, 05:51] {p3.lower}: on my way, lift from {addr1.street}?
[{date1.short}, 06:10] {p1.lower}: manager says {o1.saltworks} truck comes 14:00, call {p4.full} on {p4.phone} if late
[{date1.short}, 06:12] {p5.telegram}: rain forecast tomorrow night, cover the heaps!!
[{date1.short}, 06:15] {p2.lower}: my cousin {p6.lowerfull} wants work, she can start monday
[{date1.short}, 06:20] {p1.lower}: tell her bring her card {nat1} to the office"""),
    # ------------------------------------------------------------------ seaweed farm
    ("swd14-recibo", "seaweed_farm", """{o1.seaweed}
RECIBO DE COMPRA / PURCHASE RECEIPT                 N.º {id1.invoice}
Data / Date: {date1.text}
Produtor / Farmer: {p1.full}        Tel.: {p1.phone}
Identity no.: {nat1}
Morada / Address: {addr1.oneline}
----------------------------------------------------------
Espécie          Peso seco (kg)    Preço/kg     Total
Cottonii              312.5          0.38      118.75
Spinosum               96.0          0.29       27.84
----------------------------------------------------------
Pago por transferência para / paid to {id2.iban}
Recebido por / received by: {p2.initials}     Visto: {p3.dotted}"""),
    ("swd14-yaml", "seaweed_farm", """# lines.yaml, farm plot register, last edited {date1.num}
cooperative: "{o1.seaweed}"
secretary: "{p1.full} <{p1.email}>"
plots:
  - plot: A-03
    holder: "{p2.full}"
    phone: "{p2.phone}"
    lines: 40
    planted: "{date2.num}"
  - plot: A-04
    holder: "{p3.caps}"
    phone: "{p3.phone}"
    lines: 25
    planted: "{date3.num}"
  - plot: B-11
    holder: "{p4.full}"
    lines: 32
    note: "inherited from {p4.his} {p5.parent} {p5.full}"
extension_officer: "{p6.t} {p6.last}, {o2.ministry}"
"""),
    # ------------------------------------------------------------------ copra buying
    ("cpr14-docket", "copra_buying", """{o1.copra}              COPRA PURCHASE DOCKET   No. {id1.docket}
Buying point: {city1}                  Date: {date1}
SELLER     {p1.upperfull}
ID CARD    {nat1}
VILLAGE    {addr1.oneline}
GRADE      1 (hot-air dried)   BAGS 14   NET KG 812
RATE       0.62 / kg           GROSS 503.44   LEVY 10.07   PAID 493.37
PAID VIA   {id2.account}
BUYER      {p2.initials}        CHECKED  {p3.initials}
Carrier to wharf: {o2.employer}, ship sailing {date2.short}"""),
    ("cpr14-letter", "copra_buying", """{o1.copra}
{addr1.full}

{date1.text}

{p1.t} {p1.full}
Chairman, {o2.charity}
{addr2.full}

Dear {p1.t} {p1.last},

Thank you for your letter about the price paid at the outer-island buying points. The board has agreed
to send {p2.full}, our field officer, to meet growers on {date2.text}. {p2.He} will bring the moisture
meter so that members can see how bags are graded. Please ask your treasurer, {p3.full}, to have the
members' list ready; any member may also call {p2.him} on {p2.phone} or write to {p2.workemail}.

Yours faithfully,

{p4.full}
General Manager"""),
    # ------------------------------------------------------------------ borehole drilling
    ("drl14-log", "borehole_drilling", """BOREHOLE COMPLETION LOG                                  {o1.driller}
Well no.: {id1.well}        Client: {p1.full} ({p1.phone})
Site: {addr1.oneline}
Started: {date1.num}   Completed: {date2.num}   Driller: {p2.full}   Helper: {p3.firstini}
Rig: truck-mounted rotary / DTH hammer
 depth (m)   formation                    notes
   0-6       red laterite                 casing 8" steel
   6-31      weathered basalt             water strike at 27 m
  31-58      fractured basalt             air-lift yield 2.4 m3/h
  58-64      fresh basalt                 stopped
Static water level 19.2 m; pump set at 52 m; screen 40-58 m
Water sample to lab, ref {id2.assay}; permit {id3.permit}
Signed {p2.initials} / witnessed {p4.full}"""),
    ("drl14-email", "borehole_drilling", """From: {p1.full} <{p1.workemail}>
To: {p2.email}
Cc: {p3.intmail}
Date: {date1}
Subject: Re: borehole at your plot, quote {id1.order}

Hi {p2.first},

We can mobilise the rig on {date2.short}. The hydrogeologist, {p4.full}, sited the hole 30 m east of
the mango tree, away from the septic pit. Access is via {addr1.street}; please ask your neighbour
{p5.full} to move the cattle that day. Deposit can be paid to {id2.account}, reference your name.

If the track is too soft after rain we will call you on {p2.phone}.

{p1.first}
{o1.driller} | {phone1}"""),
    # ------------------------------------------------------------------ abattoir
    ("abt14-killsheet", "abattoir", """{o1.abattoir}: DAILY KILL SHEET                   {date1.num}
Meat inspector on duty: {p1.t} {p1.last}   Stunning: {p2.initials}   Gutting line: {p3.initials}
| carcass | ear tag | owner | phone | hot wt kg | result |
|---|---|---|---|---|---|
| {id1.carcass} | {id2.eartag} | {p4.full} | {p4.phone} | 212 | passed |
| {id3.carcass} | {id4.eartag} | {p5.full} | {p5.phone} | 188 | passed, liver condemned |
| {id5.carcass} | {id6.eartag} | {p6.lowerfull} | | 240 | detained for lab |
Lab sample sent to {o2.hospital}; results to {p1.intmail}"""),
    ("abt14-cert", "abattoir", """HEALTH CERTIFICATE FOR FRESH MEAT, No. {id1.cert}
Establishment: {o1.abattoir}, {addr1.oneline}
Consignor: {p1.full}
Consignee: {o2.employer}, attention {p2.full}, {addr2.oneline}
Means of transport: refrigerated van {id2.plate}
Species / cuts: goat, whole carcasses chilled at 4 °C, 18 units
Slaughtered on: {date1}
I, the undersigned official veterinarian, certify that the animals were inspected ante- and post-mortem
and found fit for human consumption.
Done at {city1} on {date2}
{p3.full}, Official Veterinarian, {o3.ministry}"""),
    # ------------------------------------------------------------------ gold assay
    ("gld14-assay", "gold_assay", """{o1.assayer}
ASSAY CERTIFICATE                                           Certificate {id1.assay}
Client ........ {p1.full}
Licence ....... {id2.licence}
ID document ... {nat1}
Received ...... {date1.num}        Reported ..... {date2.num}
Sample ........ 3 nuggets + dust, 41.82 g gross
Method ........ fire assay, 2 replicates
Result ........ Au 88.4 %   Ag 9.7 %   others 1.9 %
Fine gold ..... 36.97 g
Analyst ....... {p2.full}      Approved ...... {p3.ini}
Payment sent to {id3.account}; queries to {mail1}"""),
    ("gld14-ini", "gold_assay", """; buyers.ini, counter register, {o1.assayer}
[counter]
opened = {date1.num}
clerk = {p1.user}
terminal_ip = {ip1}

[seller.1]
name = {p1.full}
phone = {p1.phone}
id = {nat1}
licence = {id1.licence}
grams = 12.40

[seller.2]
name = {p2.caps}
phone = {p2.phone}
licence = {id2.licence}
grams = 7.85
witness = {p3.full}
"""),
    # ------------------------------------------------------------------ monumental mason
    ("msn14-order", "monumental_mason", """{o1.mason}
MEMORIAL ORDER FORM                                        Order {id1.order}
Ordered by: {p1.full}, {p1.kin} of the deceased
Address: {addr1.full}
Telephone: {p1.phone}    E-mail: {p1.email}
Cemetery: {city1}, grave {id2.grave}; burial permit {id3.permit}
Stone: black granite, 900 x 600 mm, polished, gilt letters
INSCRIPTION (as it is to be cut):
    IN LOVING MEMORY OF
    {p2.upperfull}
    BORN {p2.olddob}
    FELL ASLEEP {date1.text}
    AND OF {p2.his} {p3.child} {p3.upperfull}
Proof approved by: {p1.initials}    Fixer: {p4.firstini}    Deposit paid {date2.num}"""),
    ("msn14-permit", "monumental_mason", """{o2.council}
Cemeteries Section
{addr1.full}

Our ref: {id1.permit}
Date: {date1.text}

{o1.mason}
Attn: {p1.full}

Permission to erect a memorial: grave {id2.grave}, {p2.full}

Permission is given to fix the headstone described in your application of {date2.text}, on behalf of
{p3.full}, the registered grave owner. The foundation must be inspected by our sexton, {p4.full}
({p4.phone}), before fixing. Work is not allowed on Sundays or during funerals.

{p5.full}
Cemeteries Officer"""),
    # ------------------------------------------------------------------ crop spraying
    ("spr14-job", "crop_spraying", """JOB SHEET {id1.order}            {o1.sprayer}
Farmer: {p1.full}, {p1.phone}
Block: {addr1.oneline}
Crop: bananas, 38 ha        Target: black sigatoka
Product: mineral oil 12 L/ha + fungicide 0.4 L/ha; water volume 20 L/ha
Date flown: {date1}   Wind at start: 4 kn SE   Temp 27 °C
Aircraft: {id2.tail}   Pilot: {p2.full} (licence {id3.licence})
Loader: {p3.firstini}     Flagger/GPS check: {p4.firstini}
Neighbours notified: {p5.full} ({p5.phone}); beehives at {addr2.street} moved
Invoice to {mail1}"""),
    ("spr14-logbook", "crop_spraying", """PILOT LOGBOOK, {p1.upperlast} {p1.first}        licence {id1.licence}
date        | reg       | from   | blocks                         | ldgs | hrs
{date1.num}  | {id2.tail} | strip | {p2.last} farm, {p3.last} farm         |  6   | 2.4
{date2.num}  | {id2.tail} | strip | cooperative blocks 4-9           |  9   | 3.1
{date3.num}  | {id3.tail} | strip | {p4.last} farm                    |  3   | 1.2
Chief pilot sign-off: {p5.ini}      Engineer (daily inspection): {p6.ini}
Operator: {o1.sprayer}"""),
    # ------------------------------------------------------------------ harbour pilots
    ("plt14-telex", "harbour_pilots", """ZCZC {id1.pilotage}
FM {o1.pilots}
TO MASTER MV <<ISLAND TRADER|SOUTHERN CROSS|CORAL QUEEN>> ({id2.vessel})
ATTN AGENT {p1.upperfull} TEL {p1.phone}
PILOT BOARDING CONFIRMED {date1} AT 0630 LT OUTER BUOY
PILOT {p2.upperfull}, PILOT LADDER STARBOARD SIDE 2M ABOVE WATER
TUG {o2.employer} ON CHANNEL 12
VHF WATCH 14, PORT CONTROL ALSO ON {phone1}
BERTH 2, MOORING GANG LEADER {p3.upperlast}
REGARDS {p4.initials}
NNNN"""),
    ("plt14-boarding", "harbour_pilots", """{o1.pilots}: BOARDING LOG, {date1.short}
time  | vessel IMO      | pilot            | boat crew              | note
0412  | {id1.vessel}    | {p1.ini}         | {p2.first}, {p3.first}  | inbound, draft 8.9 m
0655  | {id2.vessel}    | {p4.ini}         | {p2.first}              | outbound, swell 1.5 m
1130  | {id3.vessel}    | {p1.ini}         | {p5.lower}              | shift berth 1 to 3
Duty officer: {p6.full}   Call-out phone: {p6.phone}
Pilot launch skipper on call tonight: {p7.full}"""),
    # ------------------------------------------------------------------ weather observers
    ("wth14-return", "weather_observers", """MONTHLY CLIMATOLOGICAL RETURN                 {o1.metoffice}
Station {id1.station}    Observer {p1.full}    Deputy {p2.full}
Site: {addr1.oneline}     Elevation 42 m
Month ending {date1.num}
day  Tmax  Tmin  rain_mm  wind  remarks
 01  31.2  23.8    0.0    E3
 02  30.8  24.1   12.4    E4    squall 15:20
 03  29.9  23.5   41.0    SE5   gauge overflowed, read twice
 04  30.6  24.0    3.2    E3
Raingauge checked by {p3.ini} on {date2.num}; thermometers replaced.
Return to {mail1} or post to {addr2.oneline}. Observer's phone: {p1.phone}"""),
    ("wth14-newsletter", "weather_observers", """Volunteer observers' newsletter, {date1.short}

Welcome to our three new observers: {p1.full} at {city1}, {p2.full} and {p3.full}. {p2.first} has
kindly hosted the gauge in {p2.his} garden since the old site was built on.

Thanks to {p4.at} for the photos of the waterspout; {p5.at} sent the hail pictures. Stats from
{p6.lowerfull}'s automatic station (logger {id1.serial}) are online again after the power cut.

Questions? {p7.full}, network coordinator, {p7.workemail}, {p7.phone}
{o1.metoffice}"""),
    # ------------------------------------------------------------------ livestock market
    ("stk14-catalogue", "livestock_market", """{o1.stockmarket}: SALE CATALOGUE, {date1.text}
Auctioneer: {p1.full}   Clerk: {p2.full}
Lot  Vendor                         Description                          Tags
 1   {p3.full}                      6 Boer goat wethers, 9 months        {id1.eartag}
 2   {p4.caps}                      1 Brahman cross bull, 2 years        {id2.eartag}
 3   {p5.full} & {p6.first}         4 Santa Gertrudis heifers, PTIC      {id3.eartag}
 4   {o2.employer}                  12 Dorper ewes with lambs at foot     {id4.eartag}
Buyers must register at the office and show ID; payment within 48 h to {id5.account}.
Stock agent: {p7.full}, {p7.phone}"""),
    ("stk14-sms", "livestock_market", """sms log, buyer alerts, {o1.stockmarket}
{date1.short} 07:02  to {p1.phone}: {p1.lower} your lot 14 sold 2 steers, collect by 16:00, ref {id1.invoice}
{date1.short} 07:05  to {p2.phone}: {p2.lower} pen 6 payment pending, pay {id2.account}
{date1.short} 07:30  from {p3.phone}: this is {p3.lower}, i bid on lot 9 by phone pls confirm
{date1.short} 07:31  to {p3.phone}: confirmed {p3.lower}, lot 9 at 1,450, truck {id3.plate} booked
{date1.short} 08:10  from {p4.phone}: who is driver for {p5.lowerfull}s cattle? tell {p6.lower} the ramp at {addr1.street} is broken"""),
    # ------------------------------------------------------------------ cricket league
    ("crk14-scorecard", "cricket_league", """{o1.cricketclub} v {o2.cricketclub}            {date1.text}
Toss: {o1.cricketclub}, elected to bat       Umpires: {p1.ini}, {p2.ini}   Scorer: {p3.lower}
{o1.cricketclub} innings
{p4.lastini}         c {p5.lastini} b {p6.lastini}          34
{p7.lastini}         lbw b {p6.lastini}                     12
{p8.lastini}         run out ({p5.lastini})                  61
{p9.lastini}         not out                                 18
Extras (b 4, lb 2, w 7, nb 1) 14          Total (3 wkts, 20 overs) 139
Man of the match: {p8.full}. Next fixture at the ground on {addr1.street}."""),
    ("crk14-selection", "cricket_league", """{o1.cricketclub}, team for {date1.short} (away)
1 {p1.full} (c)    2 {p2.full} (wk)    3 {p3.full}    4 {p4.full}
5 {p5.full}    6 {p6.firstini}    7 {p7.firstini}    8 {p8.full}
Meet 08:30 at the pavilion, {addr1.oneline}. Whites and club cap.
Transport: {p9.full} drives the van ({id1.plate}); call {p9.him} on {p9.phone}
Unavailable? message {p10.slack} or the captain on {p1.phone}
Match fees to the treasurer {p11.full}: {id2.account}"""),
    # ------------------------------------------------------------------ brass band
    ("brs14-loan", "brass_band", """{o1.brassband}
INSTRUMENT LOAN AGREEMENT                                  Inventory no. {id1.instrument}
Instrument: B-flat cornet, silver plated, with case and mouthpiece
Serial: {id2.serial}          Insured with {o2.insurer}, policy {id3.bond}
Borrower: {p1.full}    Date of birth: {p1.childdob}
Parent/guardian: {p2.full}, {p2.phone}, {p2.email}
Home address: {addr1.full}
Loan starts {date1.num} and is reviewed every term. The borrower will bring the instrument to every
rehearsal and return it clean. Loss or damage must be reported to the band librarian, {p3.full}.
Signed: {p2.initials} (guardian)     {p4.initials} (band secretary)"""),
    ("brs14-minutes", "brass_band", """MINUTES OF THE ANNUAL GENERAL MEETING, {o1.brassband}
held at the bandroom, {addr1.oneline}, on {date1.text}
Present: {p1.full} (chair), {p2.full} (secretary), {p3.full} (treasurer), {p4.lastini}, {p5.lastini},
{p6.lastini}, {p7.lastini} and 19 members. Apologies: {p8.full}.
1. Minutes of last year were approved (proposed {p4.initials}, seconded {p5.initials}).
2. The treasurer reported a balance of 4,218 in account {id1.account}.
3. {p9.full} was elected bandmaster; {p9.he} can be reached on {p9.phone}.
4. The contest entry for {date2.text} was agreed. Uniform fittings with {o2.employer}.
Meeting closed 21:40. Signed {p1.dotted}"""),
    # ------------------------------------------------------------------ ropeway
    ("rpw14-incident", "ropeway", """{o1.ropeway}: INCIDENT REPORT {id1.cert}
Date/time: {date1}, 11:25        Cabin: 7        Operator on duty: {p1.full}
Reported by: {p2.full}, passenger, tel {p2.phone}, e-mail {p2.email}
Address: {addr1.oneline}
Description: line stopped for 14 minutes after a wind alarm at tower 3; cabin swayed. Passenger's
{p3.child} ({p3.first}, aged 8) was frightened; no injury. Evacuation not needed.
Action: wind threshold reviewed by {p4.full}, chief engineer; passengers offered a refund.
Ticket numbers: {id2.ticket}, {id3.ticket}
Filed by {p1.initials}; copy to {o2.insurer}"""),
    ("rpw14-pass", "ropeway", """SEASON PASS APPLICATION                         {o1.ropeway}
Surname (CAPITALS): {p1.upperlast}        Given name: {p1.first}
Date of birth: {p1.dob}            Sex: {p1.sex}
Address: {addr1.full}
Mobile: {p1.phone}      E-mail: {p1.email}
Photo ID shown: {nat1}
Second card holder: {p2.full} ({p2.kin})
Emergency contact: {p3.full}, {p3.phone}
Pass type: [x] adult annual  [ ] resident  [ ] student
Card issued: {id1.ticket}     Clerk: {p4.initials}     {date1.num}"""),
    # ------------------------------------------------------------------ lighthouse trust
    ("lgh14-log", "lighthouse_trust", """{o1.lighthouse}: keepers' log
{date1.num}  1800  lamp lit, visibility good, wind W 3. On watch: {p1.initials}
{date1.num}  2200  generator switched over, fuel 310 L. {p1.initials}
{date2.num}  0600  lamp out. Handover to {p2.full}.
{date2.num}  1015  visitors: school group from {city1}, teacher {p3.full} ({p3.phone})
{date2.num}  1430  lens cleaned; crack in pane 4 reported to {p4.full}, {p4.workemail}
{date3.num}  0900  supply boat {id1.vessel}, skipper {p5.lower}, 4 gas bottles delivered
{date3.num}  1900  radio check with coastguard OK. {p6.initials}"""),
    ("lgh14-rota", "lighthouse_trust", """## Volunteer rota, open days ({o1.lighthouse})
| date | guide | shop | car park |
|---|---|---|---|
| {date1.short} | {p1.full} | {p2.lower} | {p3.firstini} |
| {date2.short} | {p4.full} | {p5.lower} | {p6.firstini} |
| {date3.short} | {p7.full} | {p2.lower} | {p8.firstini} |

Swaps: post in the group ({p9.at}) or text {p9.phone}. Keys are with {p10.full}, {addr1.oneline}.
Donations go to {id1.account}."""),
    # ------------------------------------------------------------------ cold store
    ("ice14-invoice", "cold_store", """{o1.coldstore}
{addr1.full}
Tel {phone1}   VAT/Tax no. {id1.taxno}

TAX INVOICE {id2.invoice}                                 {date1}
Bill to: {o2.employer}, attn {p1.full}
         {addr2.oneline}
Delivery: {date2.short}, driver {p2.firstini}, truck {id3.plate}
  40  blocks ice 25 kg          @ 4.50      180.00
  12  bags flake ice 20 kg      @ 3.80       45.60
   3  pallet-days -18 °C store  @ 9.00       27.00
                                TOTAL       252.60
Please pay to {id4.iban} quoting the invoice number. Queries: {p3.full}, {p3.workemail}"""),
    ("ice14-alarms", "cold_store", """# tempmon alarm log, {o1.coldstore}, controller {ip1}
{date1.num} 02:14:07 ROOM2 HIGH -12.4C (set -18.0) ack={p1.user}
{date1.num} 02:16:30 SMS sent to {p1.phone} ({p1.lowerfull})
{date1.num} 02:31:55 SMS sent to {p2.phone} ({p2.lowerfull}) escalation 1
{date1.num} 02:48:12 door ROOM2 closed by {p2.user}
{date1.num} 03:20:41 ROOM2 NORMAL -17.9C
{date1.num} 07:05:03 report e-mailed to {p3.intmail}
{date1.num} 07:05:04 remote session from {ip2} user {p4.user}"""),
)

PUBLIC_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("pub14-slt-grades", "salt_works", """| grade | crystal size | moisture | use | per 50 kg bag |
|---|---|---|---|---|
| fleur de sel | flakes, hand-skimmed | 6-8 % | table, gourmet | 95.00 |
| fine white | 0.2-0.8 mm | under 3 % | kitchen, bakeries | 21.00 |
| coarse | 2-6 mm | 3-4 % | fish curing, hides | 14.50 |
| industrial | unsorted | up to 5 % | water softening, road de-icing | 9.80 |
Iodised on request, 30-50 mg iodine per kg."""),
    ("pub14-slt-howto", "salt_works", """How a solar salt pan works
Sea water enters the first reservoirs at spring tide and is moved, pond by pond, as the sun and wind \
thicken it. Brine strength is read with a hydrometer in degrees Baumé: gypsum drops out near 15 °Bé, \
common salt crystallises between 25 and 29 °Bé, and the bitterns left above 29 °Bé are drained off \
before they spoil the crop. Rakers pile the crust in <<heaps|windrows>> to drain for two days."""),
    ("pub14-swd-guide", "seaweed_farm", """Growing guide: off-bottom lines
Tie 100-150 g cuttings every 25 cm on lines stretched between mangrove stakes, 50 cm above the sand at \
low tide. Check the lines every second day, remove grazing fish traps and epiphytes, and re-tie loose \
cuttings. Harvest after 45 days, when each bunch weighs about a kilo. Dry on raised racks, never on \
the sand; dry weed should snap, not bend. <<Ice-ice disease shows as white, soft tips.|Pale tips mean the water is too warm.>>"""),
    ("pub14-swd-prices", "seaweed_farm", """| species | dry price per kg | minimum moisture | impurities |
|---|---|---|---|
| cottonii (Kappaphycus) | 0.38 | 35 % max | under 3 % |
| spinosum (Eucheuma) | 0.29 | 35 % max | under 3 % |
| sea grapes (fresh, chilled) | 4.20 | n/a | rinsed |
Prices for the quarter; bags must be tied with nylon, not wire."""),
    ("pub14-cpr-grading", "copra_buying", """Copra grading rules
Grade 1: white to light brown meat, hard and brittle, moisture 6 % or less, no mould. Grade 2: brown \
edges, moisture up to 8 %, a little mould allowed. Rejected: smoky, rubbery or mouldy copra, and any \
bag weighing more than 10 % wet when tested. Split nuts need three to five days in the sun, or about \
36 hours in a hot-air drier. <<Keep bags off the floor of the shed.|Stack bags on pallets.>>"""),
    ("pub14-cpr-schedule", "copra_buying", """| island group | buying day | ship call | price per kg (grade 1) |
|---|---|---|---|
| northern atolls | every second Tuesday | monthly | 0.62 |
| central group | Monday and Thursday | fortnightly | 0.64 |
| southern group | Wednesday | monthly | 0.60 |
Freight subsidy applies to islands more than 300 nautical miles from the mill."""),
    ("pub14-drl-faq", "borehole_drilling", """Borehole FAQ
How deep will my well be? It depends on the rock: in weathered basement aquifers most holes stop between \
40 and 80 m. Why is a test pump needed? A four-hour constant-rate test shows the safe yield and stops \
the pump running dry. Why case the top? Surface water carries bacteria; the top 6 m are grouted with \
cement. How far from a latrine? At least 30 m, and uphill of it. <<Chlorinate after any repair.|Disinfect the well before first use.>>"""),
    ("pub14-drl-rates", "borehole_drilling", """| item | unit | rate |
|---|---|---|
| mobilisation within 50 km | lump sum | 650 |
| drilling in soft overburden | per m | 38 |
| drilling in hard rock (DTH) | per m | 55 |
| uPVC casing 140 mm | per m | 22 |
| gravel pack | per m | 6 |
| pumping test, 4 h | each | 280 |
| water quality analysis | each | 120 |"""),
    ("pub14-abt-rules", "abattoir", """Rules for delivering animals
Animals arrive between 06:00 and 09:00 on slaughter days, fasted for twelve hours but not deprived of \
water. Every animal needs an ear tag and a movement permit. Lame, pregnant in the last month or visibly \
sick animals are refused. No dogs, sticks or electric prods in the lairage. Owners may watch the \
inspection from the gallery; <<hides and heads are returned on request|offal is sold at the gate>>."""),
    ("pub14-abt-fees", "abattoir", """| species | slaughter fee | chilling per day | inspection |
|---|---|---|---|
| cattle | 35.00 | 4.00 | 6.00 |
| pig | 18.00 | 2.50 | 4.00 |
| sheep / goat | 9.00 | 1.50 | 2.00 |
| poultry (crate of 20) | 12.00 | 3.00 | 2.00 |
Condemned carcasses are incinerated at no charge."""),
    ("pub14-gld-glossary", "gold_assay", """Assay terms
Fineness: parts of pure gold in a thousand; 916 is 22 carat. Troy ounce: 31.1035 g. Fire assay: the \
sample is fused with litharge and flux, the lead button is cupelled, and the bead is parted in nitric \
acid. XRF: a quick, non-destructive surface reading, less reliable on alloyed or plated pieces. Dore: \
unrefined bullion from a mine. <<Spot price: the price for immediate delivery.|Fixing: the twice-daily benchmark price.>>"""),
    ("pub14-gld-rates", "gold_assay", """| service | turnaround | fee |
|---|---|---|
| XRF reading | while you wait | 5 per piece |
| fire assay, one replicate | 24 h | 35 |
| fire assay, two replicates | 48 h | 60 |
| melting and bar pour | same day | 1.5 % of value |
Sellers must show a valid mining or dealer licence; purchases over the daily limit are reported."""),
    ("pub14-msn-care", "monumental_mason", """Caring for a memorial
Clean granite with clear water and a soft brush; never use bleach, wire brushes or pressure washers on \
lettering. Marble weathers faster and may be washed twice a year with a pH-neutral soap. Gilt letters \
last 15 to 20 years and can be re-gilded in place. Ground settles for six months after a burial, so \
headstones are fixed on a concrete raft only after that. <<Artificial flowers fade within a season.|Shells and coral may be set in the kerb.>>"""),
    ("pub14-msn-prices", "monumental_mason", """| memorial | size (mm) | material | from |
|---|---|---|---|
| flat plaque | 450 x 300 | bronze on granite | 420 |
| upright headstone | 900 x 600 | black granite | 1,150 |
| kerb set with chippings | 2,000 x 900 | grey granite | 1,980 |
| additional inscription | per letter | cut and gilt | 3.20 |
Cemetery permit fees are charged separately by the council."""),
    ("pub14-spr-drift", "crop_spraying", """Spray drift: what the pilot checks
Spraying stops when wind exceeds 10 knots or falls below 2, when the air is dead calm at dawn with an \
inversion, or when the temperature passes 30 °C with humidity under 50 %. Coarse droplets and a low \
release height cut drift. A buffer of 100 m is kept from houses, schools and open water, and \
beekeepers get 48 hours' notice. <<Flag markers are no longer used where GPS guidance is fitted.|Smoke generators show the wind at the strip.>>"""),
    ("pub14-spr-rates", "crop_spraying", """| job | aircraft | rate per ha | minimum |
|---|---|---|---|
| fungicide, bananas | fixed wing | 14 | 400 |
| fertiliser, sugar cane | fixed wing | 11 | 500 |
| herbicide, rice | helicopter | 19 | 350 |
| mosquito larvicide | helicopter | 22 | by quote |
Ferry time beyond 40 km is charged per flying minute."""),
    ("pub14-plt-rules", "harbour_pilots", """Pilotage notice
Pilotage is compulsory for vessels over 35 m in length within the port limits. Masters request a pilot \
12 hours ahead and confirm 2 hours before the boarding time. Pilot ladders must meet the current SOLAS \
rule: rigged on the lee side, no more than 9 m of climb, and lit at night. In winds above 30 knots or a \
swell over 2.5 m the pilot station may suspend boarding. <<Tugs are mandatory for vessels over 150 m.|Speed in the channel is limited to 8 knots.>>"""),
    ("pub14-plt-tariff", "harbour_pilots", """| gross tonnage | inward | outward | shifting |
|---|---|---|---|
| up to 3,000 | 310 | 310 | 180 |
| 3,001 - 10,000 | 540 | 540 | 290 |
| 10,001 - 30,000 | 870 | 870 | 430 |
| over 30,000 | 1,240 | 1,240 | 610 |
Night and holiday surcharge 25 %. Cancellation within 2 hours of boarding time: half fee."""),
    ("pub14-wth-howto", "weather_observers", """Reading the rain gauge
Read the gauge at 09:00 local time every day, even when it is dry: write 0.0, not a blank. Pour the \
funnel's water into the measuring cylinder, read at eye level at the bottom of the meniscus, and empty \
it. More than 25 mm? Measure in parts and add them up. Trace (under 0.1 mm) is written "tr". Keep \
grass under the gauge short, and anything taller than the gauge at least twice its height away. \
<<Report hail separately.|Note dew and fog in the remarks column.>>"""),
    ("pub14-wth-codes", "weather_observers", """| code | present weather | symbol |
|---|---|---|
| 10 | mist | = = |
| 17 | thunder, no rain | ⚡ |
| 25 | showers in the past hour | ▽ |
| 61 | light rain, continuous | ● |
| 80 | slight rain shower | ▽● |
| 95 | thunderstorm with rain | ⚡● |
Beaufort 6: large branches move, whistling in wires, 22-27 knots."""),
    ("pub14-stk-terms", "livestock_market", """Conditions of sale
The highest bidder is the buyer; the auctioneer settles any dispute. Animals are sold as seen, with the \
vendor's declarations read out before each lot. Risk passes to the buyer at the fall of the hammer. \
Commission is 5 % to the vendor, plus a yard fee of 2 per head. Stock must be removed within 24 hours. \
PTIC means pregnancy tested in calf; <<EID tags must be read at the scale|weights are taken on the yard scale>>."""),
    ("pub14-stk-prices", "livestock_market", """| class | head | low | high | average per kg lw |
|---|---|---|---|---|
| steers 300-400 kg | 48 | 2.10 | 2.64 | 2.41 |
| heifers 250-350 kg | 35 | 1.95 | 2.38 | 2.17 |
| cull cows | 22 | 1.20 | 1.71 | 1.48 |
| goats (meat) | 110 | 3.10 | 3.95 | 3.52 |
| lambs | 64 | 3.40 | 4.20 | 3.88 |"""),
    ("pub14-crk-rules", "cricket_league", """League playing conditions
Matches are 20 overs a side. Each bowler may bowl at most four overs. A no-ball for overstepping is \
followed by a free hit. The fielding side must have no more than five players outside the circle after \
the powerplay. Matches shortened by rain are decided by the revised-target method, provided each side \
has faced at least five overs. <<Coloured clothing is allowed in night matches.|White balls are used in every match.>>"""),
    ("pub14-crk-table", "cricket_league", """| pos | team | P | W | L | NR | pts | NRR |
|---|---|---|---|---|---|---|---|
| 1 | Eagles | 9 | 7 | 1 | 1 | 30 | +1.214 |
| 2 | Harbour XI | 9 | 6 | 3 | 0 | 24 | +0.382 |
| 3 | Wanderers | 9 | 4 | 4 | 1 | 18 | -0.106 |
| 4 | Pelicans | 9 | 1 | 8 | 0 | 4 | -1.577 |
Four points for a win, two for no result."""),
    ("pub14-brs-glossary", "brass_band", """Band words
Soprano cornet: the highest voice in the band, in E-flat. Flugelhorn: a mellow, conical-bore cousin \
of the cornet. Tenor horn: three in the band, in E-flat. Euphonium: the band's cello. BB-flat bass: \
the largest tuba. Test piece: the set work every band plays at a contest. Own choice: the band's \
chosen piece in the entertainment section. <<March card: a small clip-on music holder.|Stand partner: the player you share a stand with.>>"""),
    ("pub14-brs-schedule", "brass_band", """| day | time | group | room |
|---|---|---|---|
| Mon | 18:00-19:00 | learners | small hall |
| Tue | 19:30-21:30 | senior band | bandroom |
| Thu | 19:30-21:30 | senior band, sectionals | bandroom + side rooms |
| Sat | 10:00-12:00 | youth band | bandroom |
Subscriptions: adults 10 a month, under-18s free. Loan instruments for learners."""),
    ("pub14-rpw-safety", "ropeway", """Riding safely
Queue behind the yellow line and board when the attendant opens the door. Sit down and do not rock the \
cabin. The line stops automatically in high wind or lightning; stay calm, the cabin is safe and staff \
will speak to you on the intercom. Children under 12 ride with an adult. Pushchairs must be folded. \
<<Dogs on a lead ride free.|Bicycles go in the hanging racks of cabins marked with a wheel.>>"""),
    ("pub14-rpw-fares", "ropeway", """| ticket | adult | child (4-12) | senior |
|---|---|---|---|
| single | 12 | 6 | 9 |
| return | 20 | 10 | 15 |
| family return (2 + 2) | 52 | - | - |
| annual pass | 95 | 45 | 70 |
First cabin 08:30, last descent 17:45; hourly in the off season."""),
    ("pub14-lgh-history", "lighthouse_trust", """About the light
The tower is 31 m of cast-iron plates bolted on a stone base, shipped out in sections and raised in \
eleven months. The first-order Fresnel lens floats on a bath of mercury and makes one turn every 20 \
seconds, giving a white flash every five seconds, visible 24 nautical miles away. The light was \
electrified and later fitted with LED lamps; <<the old paraffin vapour burner is on show|the fog signal was removed>>."""),
    ("pub14-lgh-visit", "lighthouse_trust", """| season | open | tower climbs | admission |
|---|---|---|---|
| high (Dec-Apr) | daily 09:00-16:00 | every 30 min | 8 |
| low (May-Nov) | Wed-Sun 10:00-15:00 | on the hour | 6 |
| school groups | by arrangement | guided | 3 per pupil |
The 182 steps are narrow: not suitable for children under six. Closed when wind exceeds 40 knots."""),
    ("pub14-ice-tips", "cold_store", """Keeping fish on ice
Use one part ice to one part fish in the tropics, more on long trips. Flake ice cools fastest; block ice \
lasts longest and should be crushed before use. Gut and bleed fish at once, pack in layers with ice \
under, between and over them, and drain the melt water. Fish kept at 0 °C stays fresh for up to ten \
days; at 10 °C, for two. <<Never refreeze thawed fish.|Clean boxes with chlorinated water after landing.>>"""),
    ("pub14-ice-rates", "cold_store", """| product / service | unit | price |
|---|---|---|
| block ice 25 kg | block | 4.50 |
| flake ice | 20 kg bag | 3.80 |
| chill room 0-4 °C | pallet-day | 6.00 |
| freezer room -18 °C | pallet-day | 9.00 |
| blast freezing | per tonne | 55.00 |
Opening hours 04:00-18:00; boats call ahead on VHF channel 16, working channel 10."""),
)

#: The layout of each template (recorded in the ``.meta.json``).
LAYOUTS: dict[str, str] = {
    "slt14-csv": "CSV export with comment lines", "slt14-chat": "timestamped group chat with lower-case names",
    "swd14-recibo": "bilingual purchase receipt", "swd14-yaml": "YAML register",
    "cpr14-docket": "fixed-width docket with caps labels", "cpr14-letter": "formal letter with two addresses",
    "drl14-log": "borehole log with depth table", "drl14-email": "e-mail reply with headers and signature",
    "abt14-killsheet": "Markdown table with form header", "abt14-cert": "official certificate",
    "gld14-assay": "certificate with dotted leaders", "gld14-ini": "INI file register",
    "msn14-order": "order form with indented inscription", "msn14-permit": "council permission letter",
    "spr14-job": "job sheet", "spr14-logbook": "pilot logbook with pipe columns",
    "plt14-telex": "upper-case telex message", "plt14-boarding": "boarding log with initials",
    "wth14-return": "monthly return with fixed-width data", "wth14-newsletter": "newsletter paragraph with handles",
    "stk14-catalogue": "sale catalogue columns", "stk14-sms": "lower-case SMS log",
    "crk14-scorecard": "scorecard with surname-initial names", "crk14-selection": "team sheet",
    "brs14-loan": "loan agreement form", "brs14-minutes": "meeting minutes",
    "rpw14-incident": "incident report", "rpw14-pass": "application form with check boxes",
    "lgh14-log": "dated logbook lines", "lgh14-rota": "Markdown rota table with heading",
    "ice14-invoice": "tax invoice with line items", "ice14-alarms": "machine alarm log with IP addresses",
    **{tid: "public: tips, prices, rules, schedule, glossary or table" for tid, _, _ in PUBLIC_TEMPLATES},
}

#: A description of the set for its ``.meta.json``.
DESCRIPTION = (
    "Sixteen domains no earlier set used (salt works, seaweed farm, copra buying, borehole drilling, abattoir, "
    "gold assay, monumental mason, crop spraying, harbour pilots, weather observers, livestock market, cricket "
    "league, brass band, ropeway, lighthouse trust, cold store), two private and two public templates each; "
    "layouts: a CSV export, a YAML register, an INI file, an upper-case telex, a machine alarm log, fixed-width "
    "dockets and returns, a bilingual receipt, a scorecard, logbooks, minutes, certificates, permits, forms, "
    "letters, e-mail, a group chat and an SMS log with lower-case names. Names hand-written in 32 traditions "
    "none of v1-v13 used; addresses and phones of 26 countries and territories none of v1-v13 wrote, with "
    "eight new extension forms; identifiers with check digits (Romanian CNP, Chinese resident ID with ISO 7064 "
    "MOD 11-2, Croatian OIB with MOD 11,10, Swedish personal numbers with Luhn, IBANs of 3 countries), ear "
    "tags, aircraft and vessel numbers, grave plots and other shaped ones; dates with Sango, Gilbertese and "
    "Tuvaluan month words, French 1er, Portuguese and Spanish abbreviations, and new numeric and weekday orders."
)
