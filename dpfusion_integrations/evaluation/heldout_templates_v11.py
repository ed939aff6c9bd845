"""Templates of the eleventh held-out tagging set (v11), written for it by an author who did not see the tagger.

Sixteen domains no earlier set wrote, each with two private and two public templates; what they are and
which layout each template uses is recorded in the set's ``.meta.json`` (from :data:`LAYOUTS` and
:data:`DESCRIPTION`), not in the public docs, until round 11 has been measured on the set. They were
frozen with the set and must not be changed: a changed template set is a new held-out set.

Syntax (v7's to v10's, see :mod:`~dpfusion_integrations.evaluation.heldout_templates_v7`): ``<<a|b>>`` is
a structural choice shared by the two documents of a pair; ``{ref.form}`` is a private value (people
``{pN.form}``, organisations ``{oN.kind}`` with the kinds of ``heldout_values_v11.ORG_FORMS``,
``{mailN}``, ``{addrN.form}``, ``{cityN}``, ``{dateN.form}``, ``{phoneN}``, ``{ipN}``, identifiers
``{idN.kind}`` with the kinds of ``heldout_values_v11.ID_KINDS``, and ``{natN}``, a national identifier
whose scheme is a structural choice).

Not gold (public structure): times, durations, amounts, prices, sizes, weights, scores, lane and bay
numbers in prose, product, flower, bread and song names, colours and fabrics.
"""

from __future__ import annotations

__all__ = ["DESCRIPTION", "LAYOUTS", "PRIVATE_TEMPLATES", "PUBLIC_TEMPLATES"]

# (template id, domain, template)
PRIVATE_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # ------------------------------------------------------------------ bakery
    ("bak11-wa", "bakery", """[{date1.num}, 06:12:40] {p1.full}: ovens on, sourdough shaped last night
[{date1.num}, 06:15:02] {p2.full}: running late, bus stuck near {addr1.street}
[{date1.num}, 06:31:19] {p1.full}: ok. {p3.first} called, wants 40 rolls for {o2.employer} by 11
[{date1.num}, 06:33:51] {p3.full}: invoice to {p3.workemail2} please, PO {id1.order}
[{date1.num}, 07:02:08] {p2.full}: here now. who takes the van? keys with {p4.t} {p4.last}
[{date1.num}, 07:05:44] {p1.full}: <attached: IMG-{id2.serial}.jpg>
[{date1.num}, 07:06:10] {p5.telegram} joined using this group's invite link"""),
    ("bak11-cake", "bakery", """{o1.bakery} · CELEBRATION CAKE ORDER
ordered by   : {p1.full} ({p1.phone})
for          : {p2.first}'s <<7th birthday|christening|wedding|retirement>>
collect      : {date1.text} at 15:00, or deliver to {addr1.oneline}
design       : two tiers, lemon sponge, "{p2.upperfull}" piped in gold
allergies    : sesame (guest), no nuts please
deposit      : paid {date2.short}, card ending 4411, receipt {id1.invoice}
taken by     : {p3.initials}    decorator: {p4.firstini}
questions → {mail1}"""),
    # ------------------------------------------------------------------ surf school
    ("srf11-waiver", "surf_school", """{o1.surf}
PARTICIPANT WAIVER AND MEDICAL FORM

Participant ............. {p1.caps}
Date of birth ........... {p1.childdob}
Parent / guardian ....... {p2.full} ({p2.parent})
Guardian ID ............. {nat1}
Home address ............ {addr1.full}
Emergency phone ......... {p2.phone}
Second contact .......... {p3.full}, {p3.phone}
Swims 50 m unaided? yes   Asthma? <<no|yes, inhaler in bag>>
Lesson block starts {date1.text}; wetsuit size 8Y, locker {id1.gate}
Signed: {p2.initials}               Instructor: {p4.ini}"""),
    ("srf11-ics", "surf_school", """BEGIN:VCALENDAR
BEGIN:VEVENT
UID:{id1.booking}
ORG:{o1.surf}
SUMMARY:Private lesson – {p1.full}
DTSTART:{date1.num} 07:30
LOCATION:{addr1.oneline}
ORGANIZER;CN={p2.full}:mailto:{p2.workemail}
ATTENDEE;CN={p1.full}:mailto:{p1.email}
ATTENDEE;CN={p3.full}:mailto:{p3.email}
DESCRIPTION:Meet at the blue hut. If the swell is too big we call {p1.phone} by 06:30.
END:VEVENT
END:VCALENDAR"""),
    # ------------------------------------------------------------------ tailoring
    ("tlr11-card", "tailoring", """MEASUREMENT CARD — {o1.tailor}                    card {id1.member}
client: {p1.full}    sex: {p1.sex}    tel {p1.phone}
chest 98 · waist 84 · hip 101 · sleeve 63 · inseam 79 · neck 39
garment: <<three-piece suit|kaftan|wedding dress|school blazer>>, fabric wool 260 g
1st fitting {date1.short} · 2nd fitting {date2.short} · ready {date3.text}
cut by {p2.firstini}, sewn by {p3.firstini}
note: {p1.first} is travelling, send photos to {p1.email} or {p1.wechat}"""),
    ("tlr11-alter", "tailoring", """Subject: alterations batch for {o2.employer}
From: {p1.full} <{p1.workemail2}>
To: {mail1.o2}
Date: {date1.text}

Hello {p2.first},

as agreed, 14 uniform jackets arrive tomorrow. Sleeves shortened by 2 cm for {p3.full} and {p4.full};
{p5.full} needs the waist taken in. Please bill our account {id1.account} and send the jackets back to
{addr1.full}.
Ask for {p6.t} {p6.last} at reception ({phone1}).

{p1.firstini}"""),
    # ------------------------------------------------------------------ bowling alley
    ("bwl11-league", "bowling_alley", """{o1.bowling} — TUESDAY LEAGUE — week 12 ({date1.num})
TEAM            PLAYER                    HCP  G1   G2   G3
Pin Pals        {p1.full}                  21   167  182  155
Pin Pals        {p2.lowerfull}                  30   141  150  162
Gutter Kings    {p3.upperfull}                  12   201  188  214
Gutter Kings    {p4.lastini}                  25   149  133  170
Scorer: {p5.full} · lane queries to {p5.email}
Prize fund held in {id1.iban}"""),
    ("bwl11-party", "bowling_alley", """PARTY BOOKING CONFIRMATION  #{id1.booking}
Host: {p1.full}  ·  {p1.phone}  ·  {p1.email}
Child: {p2.first} ({p1.child}), turning 9 on {date1.short}
Guests: 12 · Lanes: {id2.lane} and next · Food: pizza + juice
Arrival {date1.text} 14:00
Allergy note from {p3.full} ({p3.kin}): gluten
Booked online from {ip1} · confirmed by {p4.dotted}"""),
    # ------------------------------------------------------------------ car wash
    ("cwsh11-tsv", "car_wash", """ticket	plate	customer	phone	service	time	attendant
{id1.order}	{id2.plate}	{p1.full}	{p1.phone}	full valet	08:40	{p4.firstini}
{id3.order}	{id4.plate}	{p2.full}	{p2.phone}	wash+wax	09:15	{p4.firstini}
{id5.order}	{id6.plate}	{p3.inv}	{p3.phone}	interior	09:50	{p5.firstini}
# exported {date1.num} by {p5.user} from till {ip1}"""),
    ("cwsh11-damage", "car_wash", """INCIDENT REPORT – {o1.carwash}
Date: {date1.text}    Reported by: {p1.full}
Customer: {p2.full}, {addr1.oneline}, {p2.phone}
Vehicle: grey hatchback, plate {id1.plate}, VIN {id2.vin}
What happened: wing mirror folded in the brush tunnel; customer says glass cracked.
Witness: {p3.full} (next in queue), {p3.email}
CCTV kept, clip ref {id3.case}. Insurer {o2.insurer}, policy {id4.policy}.
Manager sign-off: {p4.initials}"""),
    # ------------------------------------------------------------------ farm shop
    ("frm11-box", "farm_shop", """{o1.farmshop} — veg box round, {date1.short}
- {p1.full}, {addr1.oneline} — large box, no beetroot, leave in porch
- {p2.full}, {addr2.oneline} — small box + 6 eggs, ring {p2.phone}
- {p3.full}, {addr3.oneline} — fruit box, pays cash
- {p4.lowerfull}, {addr4.street} — paused until {date2.short}
driver: {p5.full}; subscriptions handled by {p6.email}"""),
    ("frm11-json", "farm_shop", """order={id1.order}; placed={date1.num}; channel=web
name="{p1.full}"; email={p1.email}; tel="{p1.phone}"
ship="{addr1.oneline}"
items=APL-05x2, HNY-01x1
gift_note="Happy anniversary {p2.first}, love from {p1.first}"
loyalty={id2.loyalty}; ip={ip1}; packed_by={p3.initials}"""),
    # ------------------------------------------------------------------ music lessons
    ("mus11-report", "music_lessons", """Term report — {o1.music}
Pupil: {p1.full}    Instrument: <<violin|piano|classical guitar|flute>>    Pupil no. {id1.student}
Teacher: {p2.full}
{p1.first} has made steady progress this term and played the scale of D major from memory.
Practice at home is patchy; {p3.t} {p3.last} ({p1.his} {p3.parent}) says weekends are busy.
Exam entry closes {date1.text}; fee to {id2.iban}, reference {p1.upperlast}.
Next lesson {date2.short}. Questions: {p2.workemail} / {p2.phone}"""),
    ("mus11-sms", "music_lessons", """SMS thread with {p1.full} ({p1.phone})
< {date1.short} 16:02  Hi, it's {p2.first} from {o1.music}. {p3.first} left {p3.his} music book here.
> {date1.short} 16:20  thanks!! {p4.first} will pick it up tomorrow, {p4.he} finishes work at 5
< {date1.short} 16:21  No problem. Also the recital is {date2.text} at {addr1.oneline}
> {date1.short} 16:40  great. can grandma come? {p5.full}
< {date1.short} 16:41  Of course, tickets from {mail1}"""),
    # ------------------------------------------------------------------ yoga studio
    ("yog11-intake", "yoga_studio", """New student intake · {o1.yoga}
Name: {p1.full}
Born: {p1.dob}
Email: {p1.email} · Mobile: {p1.phone}
Lives: {addr1.oneline}
Injuries / conditions: lower back (2019), <<pregnant, 20 weeks|high blood pressure|none>>
Heard about us from: {p2.full}
Membership {id1.member} starts {date1.text}; intro offer 10 classes
GP in case of emergency: {p3.t} {p3.last}, {o2.hospital}"""),
    ("yog11-yaml", "yoga_studio", """# class roster export · {o1.yoga}
class: Vinyasa 18:30
date: {date1.num}
teacher: {p1.full}
cover: {p2.full}
students:
  - name: {p3.full}
    contact: {p3.email}
  - name: {p4.full}
    contact: {p4.phone}
  - name: {p5.lower}
    contact: {p5.github}
room_door_code: {id1.gate}"""),
    # ------------------------------------------------------------------ bookbinding
    ("bnd11-quote", "bookbinding", """{o1.bindery}
{addr1.full}
{phone1} · {mail1}

QUOTATION {id1.invoice}                                   {date1.text}

To: {p1.t} {p1.full}
    {addr2.full}

Rebinding of a family bible (1898), full leather, gold tooling of the name "{p2.upperfull}" on the
spine, new endpapers, repair of 14 torn leaves. Estimated four weeks.
Total 340 incl. tax. Valid until {date2.short}.
{p3.full}, binder"""),
    ("bnd11-irc", "bookbinding", """[{date1.short}] *** {p1.user} has joined #bookbinding
[{date1.short}] <{p1.user}> anyone know a good linen thread supplier near {city1}?
[{date1.short}] <{p2.user}> {p3.full} sells it at the market, {p3.phone}
[{date1.short}] <{p1.user}> ty. also selling a nipping press, DM or {p1.email}
[{date1.short}] <{p4.user}> {p1.user}: my {p5.kin} {p5.first} wants one, will tell {p5.him}
[{date1.short}] *** {p4.user} has quit ({ip1})"""),
    # ------------------------------------------------------------------ tree surgery
    ("tre11-work", "tree_surgery", """WORK ORDER {id1.case}                        {o1.arborist}
Site: {addr1.full}
Client: {p1.full}   Tel {p1.phone}   Email {p1.email}
Job: crown reduction 25% on oak (T1), fell leaning conifer (T3), grind stump
Permit: tree preservation order consent ref {id2.contract}, granted {date1.num}
Neighbour notified: {p2.full}, {addr2.oneline}
Crew: {p3.firstini} (climber), {p4.firstini} (ground), chipper {id3.serial}
Scheduled {date2.text}. Waste to {o2.council} green site."""),
    ("tre11-email", "tree_surgery", """From: {p1.email}
Subject: storm damage — urgent?

Hi, a big limb came down last night across our drive at {addr1.oneline}. Nobody hurt but my
{p2.kin} {p2.first} can't get the car out and {p2.he} needs it for work. Can someone come {date1.short}?
My number is {p1.phone}; the landlord is {p3.full} ({p3.email}).
Thanks, {p1.full}

> auto-reply: thank you for contacting {o1.arborist}. {p4.full} is on call today: {p4.phone}"""),
    # ------------------------------------------------------------------ plumbing
    ("plm11-jobcard", "plumbing", """JOB CARD · {o1.plumber} · {id1.case}
Customer .... {p1.full}
Address ..... {addr1.full}
Phones ...... {p1.phone} / {phone1}
Fault ....... boiler pressure drops overnight; leak under kitchen sink
Parts ....... 15 mm compression elbow x2, PRV valve
Engineer .... {p2.full} (gas reg. {id2.licence})
Arrived {date1.short} 10:05, left 12:40
Landlord to be invoiced: {p3.full}, {p3.workemail}, account {id3.account}
Customer signature: {p1.initials}"""),
    ("plm11-vcard", "plumbing", """BEGIN:VCARD
VERSION:3.0
FN:{p1.full}
N:{p1.last};{p1.first};;;
ORG:{o1.plumber}
TEL;TYPE=CELL:{p1.phone}
TEL;TYPE=WORK:{phone1}
EMAIL:{p1.workemail}
ADR;TYPE=WORK:;;{addr1.oneline}
NOTE:emergency call-outs; ask for {p2.first} if {p1.he} is on a job. Referral from {p3.full}.
BDAY:{p1.dob}
END:VCARD"""),
    # ------------------------------------------------------------------ photography studio
    ("pht11-release", "photography_studio", """MODEL RELEASE
I, {p1.full}, born {p1.dob}, of {addr1.oneline}, give {o1.photo} permission to use the photographs taken
on {date1.text} in its portfolio and social media.
Photographer: {p2.full}
Minor present: {p3.first} ({p1.child}), consent given by {p1.him}
Contact for removal requests: {p1.email}, {p1.phone}
Shoot reference {id1.booking}
Signed {p1.dotted}            Witness {p4.full}"""),
    ("pht11-gallery", "photography_studio", """Hi {p1.first} & {p2.first}!

Your wedding gallery is ready 🎉 Link: client area, album no. {id1.account} — password is the date of the
big day. Please pick 40 favourites for the album by {date1.short}.
Second shooter {p3.full} also sent the drone shots to {p2.email}.
The balance (600) goes to {id2.iban}; invoice {id3.invoice}.

Love,
{p4.full} · {o1.photo} · {phone1}
{p4.mastodon}"""),
    # ------------------------------------------------------------------ flower shop
    ("flw11-orders", "flower_shop", """| # | deliver to | address | card message | sender | phone |
|---|---|---|---|---|---|
| {id1.order} | {p1.full} | {addr1.oneline} | "happy birthday mum" | {p2.full} | {p2.phone} |
| {id2.order} | {p3.full} | {addr2.oneline} | "with deepest sympathy" | {p4.full} | {p4.phone} |
| {id3.order} | {p5.full} | {addr3.oneline} | "get well soon" | {o2.employer} | {phone1} |
delivery date: {date1.text} · driver {p6.firstini} · van {id4.plate}"""),
    ("flw11-funeral", "flower_shop", """Dear {p1.t} {p1.last},

We are very sorry for the loss of your {p2.kin}, {p2.full}. As discussed, the casket spray of white
lilies and the wreath reading "{p2.upperfull}" will be delivered to {o2.employer} funeral home,
{addr1.oneline}, on the morning of {date1.text}.

The family's second order, placed by {p3.full} ({p3.email}), will go to the house.
Your order number is {id1.order}.

With sympathy,
{p4.full}
{o1.florist} · {phone1}"""),
    # ------------------------------------------------------------------ karting
    ("krt11-results", "karting", """{o1.karting} — GRAND PRIX NIGHT {date1.num}
POS  DRIVER                  KART  BEST LAP  GAP
1    {p1.upperfull}            {id1.lane}   34.812    —
2    {p2.upperfull}            {id2.lane}   35.004   +0.19
3    {p3.upperfull}            {id3.lane}   35.377   +0.57
DNF  {p4.upperfull}            {id4.lane}   —         spun T4
Group booker: {p5.full} for {o2.employer} · {p5.workemail2}
Marshal: {p6.ini}"""),
    ("krt11-accident", "karting", """ACCIDENT BOOK ENTRY
Date/time: {date1.text}, 19:40
Injured person: {p1.full}, age 16, {addr1.oneline}
Guardian: {p2.full}, {p2.phone}
What happened: rear-ended at the hairpin by kart 12; bruised left wrist; ice pack given.
First aider: {p3.full} (cert {id1.staff})
Other driver: {p4.full}, {p4.email}
Follow-up call to guardian made by {p5.firstini} on {date2.short}.
Report filed to {o1.karting} safety desk, {mail1}"""),
    # ------------------------------------------------------------------ bathhouse
    ("bth11-member", "bathhouse", """{o1.bathhouse}
MEMBERSHIP APPLICATION
Surname: {p1.upperlast}          Given name(s): {p1.first}
Date of birth: {p1.dob}          Sex: {p1.sex}
Identity document: {nat1}
Address: {addr1.full}
Mobile: {p1.phone}            E-mail: {p1.email}
Membership: <<monthly|annual|10 visits>>, card {id1.member}, from {date1.text}
Health declaration signed; heart condition? no.
Checked by {p2.initials} on {date2.num}"""),
    ("bth11-lost", "bathhouse", """LOST & FOUND LOG — {o1.bathhouse}
{date1.short}  gold ring in women's steam room  → claimed by {p1.full}, ID shown {id1.passport}
{date1.short}  black wallet (cards of {p2.full})   → {p2.phone} called, no answer; e-mailed {p2.email}
{date2.short}  child's goggles                      → unclaimed
{date2.short}  phone, locker {id2.gate}            → owner {p3.full}, {addr1.oneline}
logged by {p4.lower}, {p5.lower}"""),
    # ------------------------------------------------------------------ repair café
    ("rep11-log", "repair_cafe", """repair log · {o1.repaircafe} · {date1.short}
#  item               owner                fixer         result
1  toaster            {p1.full}          {p5.firstini}     fixed (fuse)
2  lamp               {p2.full}          {p5.firstini}     fixed (switch)
3  trousers (zip)     {p3.full}          {p6.firstini}     fixed
4  laptop             {p4.full}          {p6.firstini}     not fixed, board dead; serial {id1.device}
owners said yes to follow-up e-mails: {p1.email}, {p3.email}
volunteers this session: {p5.full}, {p6.full}, {p7.full}"""),
    ("rep11-newsletter", "repair_cafe", """Hello fixers,

thank you to everyone who came on {date1.text}: 41 items in, 29 mended. Special thanks to {p1.full}, who
rewired three lamps, and to {o2.charity} for the tea. Next time we meet at {addr1.oneline} on
{date2.short}.

We are looking for someone who can sharpen knives. {p2.full} offered to teach; write to {p2.email}.
To stop these mails from {o1.repaircafe}, reply to {mail1}.

— {p3.first} ({p3.matrix})"""),
)

PUBLIC_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("pub11-bak-breads", "bakery", """Today's breads
Country sourdough (48-hour ferment), seeded rye, spelt and honey, olive fougasse, milk buns, and on \
<<Fridays|Saturdays>> a cardamom knot. Everything is baked before dawn and sold until it runs out."""),
    ("pub11-bak-allergy", "bakery", """allergen note
our flour is milled in a plant that also handles nuts and sesame. rye and spelt still hold gluten. \
ask at the till for the binder listing every recipe; we update it whenever a supplier changes."""),
    ("pub11-srf-levels", "surf_school", """| level | you can | lesson |
|---|---|---|
| 1 | paddle and pop up in white water | 2 h group |
| 2 | ride green waves straight | 2 h group |
| 3 | turn and read the line-up | 90 min coached |"""),
    ("pub11-srf-safety", "surf_school", """Ocean safety
Always surf between the flags when lifeguards are on duty. If caught in a rip, do not fight it: float, \
raise an arm, paddle sideways. Leash on the back foot. Never leave your board between you and a wave."""),
    ("pub11-tlr-fabrics", "tailoring", """Choosing a cloth
Worsted wool is the all-rounder; flannel is warmer and softer; linen creases but breathes in heat. \
Weights under 250 g suit summer. We keep <<forty|sixty>> bolts in stock and order swatches within a week."""),
    ("pub11-tlr-prices", "tailoring", """alterations (from)
trouser hem ........ 12
take in waist ...... 18
shorten sleeves .... 25
replace zip ........ 15
bespoke suit ....... 900, three fittings"""),
    ("pub11-bwl-rules", "bowling_alley", """House rules
Bowling shoes must be worn on the approach. One bowler on the approach at a time; wait for the \
neighbouring lane. No lofting the ball. Bumpers are free for under-twelves. Food stays behind the seats."""),
    ("pub11-bwl-scoring", "bowling_alley", """How scoring works
A strike scores ten plus your next two balls. A spare scores ten plus your next ball. The tenth frame \
gives bonus balls after a strike or spare, so a perfect game is twelve strikes in a row: 300."""),
    ("pub11-cwsh-menu", "car_wash", """| programme | wash | dry | wax | price |
|---|---|---|---|---|
| basic | yes | air | no | 6 |
| plus | yes | air + chamois | spray | 10 |
| premium | yes | hand | hard wax | 18 |"""),
    ("pub11-cwsh-tunnel", "car_wash", """BEFORE ENTERING THE TUNNEL
Fold mirrors. Lower the aerial. Remove roof boxes and bike racks. Gear in neutral, hands off the \
wheel, foot off the brake. Wait for the green light at the exit before driving off."""),
    ("pub11-frm-season", "farm_shop", """in season now
asparagus (until midsummer), new potatoes, broad beans, rhubarb, first strawberries under cover, \
spring lamb from the hill fields. pick-your-own opens when the <<strawberries|raspberries>> ripen."""),
    ("pub11-frm-eggs", "farm_shop", """About our eggs
Our hens roam an orchard by day and roost in mobile houses that move every fortnight. Eggs are \
collected twice daily, graded by hand and sold within three days. Cracked ones go into the cafe's cakes."""),
    ("pub11-mus-exams", "music_lessons", """Graded exams explained
Each grade has three pieces, scales and arpeggios, sight-reading and aural tests. Merit and \
distinction boundaries sit at 120 and 130 out of 150. Most pupils take a grade every twelve to eighteen months."""),
    ("pub11-mus-practice", "music_lessons", """practice tips
little and often beats one long session. warm up with long notes, then slow scales. play the hard \
bar five times correctly before the whole piece. record yourself once a week and listen back."""),
    ("pub11-yog-timetable", "yoga_studio", """| day | 07:00 | 12:30 | 18:30 |
|---|---|---|---|
| Mon | hatha | lunch flow | vinyasa |
| Wed | hatha | — | yin |
| Fri | mysore | lunch flow | restorative |"""),
    ("pub11-yog-etiquette", "yoga_studio", """Studio etiquette
Arrive ten minutes early and silence phones. Shoes stay in the cubbies. Tell the teacher about \
injuries before class. Wipe your mat after use. Savasana is for everyone: please do not leave during it."""),
    ("pub11-bnd-glossary", "bookbinding", """Binding terms
Signature: a folded group of leaves sewn together. Kettle stitch: the link stitch at head and tail. \
Headband: the decorative band at the spine ends. Mull: open-weave cloth glued over the spine."""),
    ("pub11-bnd-care", "bookbinding", """caring for old books
keep them upright, not too tight, away from radiators and sun. never pull a book out by the top of \
the spine. humidity between 40 and 55 per cent is ideal. mould needs a conservator, not a cloth."""),
    ("pub11-tre-season", "tree_surgery", """When to prune
Most deciduous trees are best pruned in late winter. Leave birch and walnut until summer, as they bleed \
sap. Check for nesting birds between March and August; active nests must not be disturbed."""),
    ("pub11-tre-terms", "tree_surgery", """Our services
crown reduction, crown lifting, deadwooding, felling in sections, hedge cutting, stump grinding, \
cabling of weak unions and emergency storm work. All climbers carry rescue certificates."""),
    ("pub11-plm-frozen", "plumbing", """Frozen pipes?
Turn off the stopcock. Open the cold tap nearest the frozen section. Warm the pipe gently with a hair \
dryer or hot-water bottle, never a flame. If the pipe has split, catch the water and call a plumber."""),
    ("pub11-plm-rates", "plumbing", """| call-out | weekday | evening | weekend |
|---|---|---|---|
| first hour | 65 | 90 | 110 |
| each further half hour | 25 | 35 | 40 |
| boiler service | 80 | — | — |"""),
    ("pub11-pht-packages", "photography_studio", """Portrait packages
Mini: 20 minutes, 5 edited images. Classic: one hour, two outfits, 15 images. Family: up to six \
people, 25 images and a <<canvas|printed album>>. Galleries stay online for 90 days."""),
    ("pub11-pht-prepare", "photography_studio", """what to wear
solid colours photograph better than busy prints. bring a second outfit. avoid brand logos. for \
babies, book the session right after a feed. we have a changing room and a steamer for creases."""),
    ("pub11-flw-care", "flower_shop", """Make your flowers last
Trim stems at an angle under running water. Remove leaves below the waterline. Change the water every \
two days and keep the vase away from fruit bowls: ripening fruit makes blooms drop early."""),
    ("pub11-flw-meanings", "flower_shop", """| flower | said to mean |
|---|---|
| white lily | sympathy |
| sunflower | loyalty |
| forget-me-not | remembrance |
| red tulip | declared love |"""),
    ("pub11-krt-briefing", "karting", """DRIVER BRIEFING
Right foot only: accelerator and brake. Blue flag, let the faster kart pass. Yellow flag, slow down, no \
overtaking. Red flag, stop where safe and raise a hand. Black flag: come into the pits."""),
    ("pub11-krt-ages", "karting", """who can race
cadet karts from age 8 and 1.30 m tall; junior karts from 12; adults from 16. helmets, balaclavas and \
neck braces are provided. closed shoes required. maximum weight 120 kg for the adult karts."""),
    ("pub11-bth-ritual", "bathhouse", """The circuit
Shower first. Warm room ten minutes, then steam or sauna for up to fifteen. Cold plunge or cold shower. \
Rest as long as you were in the heat. Repeat up to three times and drink water between rounds."""),
    ("pub11-bth-hours", "bathhouse", """| day | women only | mixed | men only |
|---|---|---|---|
| Tue | 10-14 | 14-21 | — |
| Thu | — | 10-18 | 18-22 |
| Sun | 9-13 | 13-20 | — |"""),
    ("pub11-rep-what", "repair_cafe", """What can we fix?
Small electricals, bicycles, clothing and textiles, furniture, toys and jewellery. We do not work on \
microwaves, gas appliances or anything still under warranty. Repairs are free; donations keep the tools sharp."""),
    ("pub11-rep-rules", "repair_cafe", """house rules
you stay with your item and learn alongside the fixer. we cannot promise a repair. spare parts are \
paid by the owner. children are welcome with an adult. the kettle is always on."""),
)

#: The layout of each template (recorded in the ``.meta.json``).
LAYOUTS: dict[str, str] = {
    "bak11-wa": "messenger export with bracketed timestamps", "bak11-cake": "colon-aligned order slip",
    "srf11-waiver": "dotted-leader waiver form", "srf11-ics": "calendar event (VEVENT)",
    "tlr11-card": "measurement card", "tlr11-alter": "e-mail with headers",
    "bwl11-league": "fixed-width league sheet", "bwl11-party": "booking confirmation",
    "cwsh11-tsv": "tab-separated export with comment line", "cwsh11-damage": "incident report",
    "frm11-box": "dashed delivery round list", "frm11-json": "key=value order record",
    "mus11-report": "term report", "mus11-sms": "SMS thread with direction marks",
    "yog11-intake": "intake form", "yog11-yaml": "YAML roster export",
    "bnd11-quote": "quotation letter with letterhead", "bnd11-irc": "IRC-style channel log",
    "tre11-work": "work order", "tre11-email": "e-mail with auto-reply",
    "plm11-jobcard": "dotted-leader job card", "plm11-vcard": "contact card (vCard)",
    "pht11-release": "model release", "pht11-gallery": "informal e-mail",
    "flw11-orders": "markdown delivery table", "flw11-funeral": "condolence letter",
    "krt11-results": "all-caps results sheet", "krt11-accident": "accident book entry",
    "bth11-member": "membership application with surname first", "bth11-lost": "lost-and-found log",
    "rep11-log": "fixed-width repair log", "rep11-newsletter": "newsletter e-mail with handle signature",
    **{tid: "public: tips, prices, rules, schedule, glossary or table" for tid, _, _ in PUBLIC_TEMPLATES},
}

#: A description of the set for its ``.meta.json``.
DESCRIPTION = (
    "Sixteen domains no earlier set used (bakery, surf school, tailoring, bowling alley, car wash, farm shop, "
    "music lessons, yoga studio, bookbinding, tree surgery, plumbing, photography studio, flower shop, karting, "
    "bathhouse, repair café), two private and two public templates each; layouts: a messenger export with "
    "bracketed timestamps, calendar events and contact cards, a tab-separated export, a key=value record, a YAML "
    "roster, an IRC-style log, an SMS thread, forms, cards, logs, letters and e-mails. Names hand-written in 32 "
    "traditions none of v1-v10 used; addresses of 23 countries and phones of 23 countries none of v1-v10 wrote, "
    "with eight new extension forms; identifiers with check digits (Iranian national code, Venezuelan RIF, a "
    "Faroese-style personal number, IBANs of 8 countries) and shaped ones; dates in the Solar Hijri calendar, "
    "Buddhist and Reiwa and Minguo eras, new numeric orders and separators, and Malagasy, Samoan, Haitian "
    "Creole, Spanish and Dutch month words."
)
