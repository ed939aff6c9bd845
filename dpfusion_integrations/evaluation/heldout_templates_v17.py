"""Templates of the seventeenth held-out tagging set (v17), written for it by an author who never saw the tagger.

v17 draws on the same everyday domains the product is used for, and an earlier set may have used a domain
too; the wording, the document shapes and the layouts are all new to v17. Each domain has two or three
private templates and two public ones. Which layout each template has is kept in :data:`LAYOUTS` and the
set's description in :data:`DESCRIPTION`; both go to the ``.meta.json`` only, and the public docs say
nothing about them before the next tagger round has been measured on v17. Frozen with the set: changing a
template makes a different held-out set.

Grammar (v7's to v16's, see :mod:`~dpfusion_integrations.evaluation.heldout_templates_v7`): ``<<a|b>>`` is a
structural choice made once per pair; ``{ref.form}`` is a private value: people ``{pN.form}`` (v17 adds
``nick`` and ``lowernick``, the hand-written short name), organisations ``{oN.kind}`` (kinds of
``heldout_values_v17.ORG_FORMS``), ``{mailN}`` / ``{mailN.oK}``, ``{addrN.form}``, ``{cityN}``,
``{dateN.form}``, ``{phoneN}``, ``{ipN}``, identifiers ``{idN.kind}`` (kinds of
``heldout_values_v17.ID_KINDS``) and ``{natN}``, a national number whose scheme the pair shares.

Public structure, never gold: clock times, durations, money, percentages, doses, scores, bed and bay numbers,
flight numbers, fares, versions, ages, statute and form names.
"""

from __future__ import annotations

__all__ = ["DESCRIPTION", "LAYOUTS", "PRIVATE_TEMPLATES", "PUBLIC_TEMPLATES"]

# (template id, domain, template)
PRIVATE_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # ================================================================== clinical
    ("v17-cln-ooh", "clinical", """OUT OF HOURS - CALL RECORD                      Case ref: {id1.mrn}
Call received {date1.num} 23:41 via 111 transfer   Priority: URGENT (2 h)
Caller: {p2.full} ({p2.kin} of the patient), call-back number {p2.phone}
Patient: {p1.upperfull}   born {p1.olddob}   {nat1}
Registered practice: {o1.surgery}
Location now: {addr1.full}

23:44  Clinician {p3.ini} (ANP) called back. Pt 81, fall in bathroom about 22:30, no head injury reported, says
       left hip "sore but can weight bear". Lives alone; {p2.kin} arrived 23:10. Takes apixaban.
23:52  Advised home visit. Passed to driver {p4.first}; GP on visit rota tonight is Dr {p5.last}.
01:18  Dr {p5.lastini} on site. Bruising L hip, full ROM, walked with frame. Obs normal.
       Safety-netting given to {p1.him} and to {p2.first}. Message for own GP to review falls risk this week.
01:40  Closed. Copy of record sent to {mail1}."""),
    ("v17-cln-referral", "clinical", """{o1.surgery}
{addr1.full}
Appointments line {phone1}

{date1.text}
Sent via e-RS

Dr {p2.full}
Consultant Rheumatologist
{o2.hospital}

Dear Dr {p2.last},

Re: {p1.full}, date of birth {p1.dob}, hospital number {id1.mrn}
{addr2.oneline}

Please could you assess this <<42|37|55>>-year-old <<teacher|bus driver|care worker>> with six months of morning
stiffness in both hands lasting over an hour, swelling of the MCP joints and fatigue. CRP 24, RF positive,
anti-CCP pending. <<No psoriasis or bowel symptoms.|There is a family history: {p1.his} mother has lupus.>>
I have started naproxen with a PPI and would be grateful for your assessment and advice on DMARDs.

{p1.He} prefers appointments after 3 pm and can be reached on {p1.phone}; e-mail {p1.email} is fine for letters.

Yours sincerely,

Dr {p3.full}
GMC-registered GP, on behalf of Drs {p4.last} and {p5.last}"""),
    ("v17-cln-wardboard", "clinical", """WARD 12 (ELDERLY CARE) - HANDOVER SHEET - {date1.short} - early shift
Nurse in charge: {p1.firstini}      HCA: {p2.first}, {p3.first}      Doctor on call: {p4.ini} (bleep 4471)

| Bed | Patient | Hosp no. | Issue | Plan / to do |
|---|---|---|---|---|
| 1 | {p5.caps} | {id1.mrn} | UTI, delirium improving | IV to oral abx today; OT home assessment |
| 2 | {p6.caps} | {id2.mrn} | NOF fracture day 3 | physio twice; {p7.child} {p7.full} to ring re discharge |
| 4 | {p8.caps} | {id3.mrn} | heart failure | daily weights; fluid restrict 1.5 L |
| 5 | {p9.caps} | {id4.mrn} | end of life, comfort care | family staying; chaplain {p10.full} visiting |

Bed 2 next of kin: {p7.phone}. Bed 5 {p11.partner} {p11.first} asked for a call if anything changes: {p11.phone}.
Pharmacy to {p1.first} re bed 4 TTO. Incident form IR1 done for bed 1 fall (no harm) by {p12.initials}."""),

    # ================================================================== support tickets
    ("v17-sup-issue", "support", """#{id1.ticket}  Export to CSV truncates rows with emoji in the notes column
Opened by {p1.at} on {date1.text} · 7 comments · label: bug, customer-reported

{p1.at} commented
  Customer {o1.employer} (contact {p2.full}, {p2.workemail}) reports that exports stop after row 4,096 when a
  note contains an emoji. Reproduced on tenant eu-west-2, build 8.14.

{p3.at} commented
  Encoding issue in the streaming writer. Can we get a sample file? Please strip personal data first.

{p1.at} commented
  Sample attached. {p2.first} also mentioned the job runs from {ip1}, so their proxy isn't the cause.

{p4.at} ({p4.intmail}) commented · {date2.short}
  Fix merged, released in 8.15. {p1.at} please confirm with the customer and close."""),
    ("v17-sup-emailchain", "support", """From: Helpdesk <{mail1}>
To: {p1.workemail}
Date: {date3.text}
Subject: Re: Re: printer on 3rd floor [{id1.ticket}]

Hello {p1.first},

An engineer, {p2.full}, will come on {date2.text} between 9 and 12. Please make sure someone can let {p2.him}
into the print room.

Kind regards
{p3.first}
Service Desk, {o1.employer} | {phone1}

On {date1.num}, {p1.full} <{p1.workemail}> wrote:
> Still jamming after the toner swap. It's the HP by the lifts, asset tag {id2.serial}.
> {p4.first} on reception says it started after the power cut.
>
> {p1.full}
> Facilities Coordinator, {addr1.oneline}
> Mob: {p1.phone}"""),
    ("v17-sup-callnote", "support", """CRM > Interactions > Call summary
Agent: {p1.user} ({p1.full})        Queue: Broadband faults        Wrap code: FIXED-1ST-CALL
Customer: {p2.t} {p2.upperlast}, {p2.firstini}        Account {id1.account}        Verified: DOB + postcode
Service address: {addr1.full}
Contact number used: {p2.phone}

Notes: Cust says wifi drops every evening 7-10pm. Hub {id2.serial} showing channel congestion; moved 5 GHz band to
ch 44 remotely, rebooted. Speed test 67 Mbps after. Advised cust to move hub off the floor. Cust's {p3.partner}
{p3.first} will call back if it happens again; added {p3.first} as authorised person on the account (pwd set).
Follow-up SMS to {p2.phone} scheduled for {date1.short} (auto). Case {id3.ticket} left open 7 days."""),

    # ================================================================== HR
    ("v17-hr-onboarding", "hr", """NEW STARTER FORM                                            Return to People Team by {date1.num}
Section A - the new starter
  Full name: {p1.full}        Known as: {p1.nick}        Born: {p1.dob}
  Personal e-mail: {p1.email}          Mobile: {p1.phone}
  Address we post your P60 to: {addr1.full}
  NI number or tax ID: {nat1}
Section B - the role
  Job title: Warehouse Team Leader     Start date: {date2.text}      Site: {o1.employer}, {addr2.oneline}
  Line manager: {p2.full} ({p2.intmail})      Employee no.: {id1.staff}
Section C - emergency contact
  {p3.full}, {p1.his} {p3.partner}, {p3.phone}
Section D - checks  [x] right to work seen by {p4.initials}   [x] references   [ ] DBS   [ ] uniform size
Bank details go on the payroll portal, not on this form."""),
    ("v17-hr-leave", "hr", """Subject: Shared parental leave dates - {p1.full}
From: {p2.full} <{p2.workemail}>
To: {p1.workemail}
Cc: {mail1}

Hi {p1.first},

Congratulations again! I've checked your SPL notice against the policy. Your {p3.partner} {p3.first}'s employer,
{o2.employer}, has confirmed the curtailment of {p3.his} statutory leave, so the dates below are agreed:

  block 1: {date1.text} to {date2.text} (continuous)
  block 2: four weeks from {date3.text}

Payroll ({p4.firstini}) will apply ShPP from the first block. KIT days are optional, up to 20.

Best,
{p2.first}

{p2.full} | People Advisor | {o1.employer}
{p2.phone} | working Mon-Thu"""),
    ("v17-hr-outcome", "hr", """BY HAND AND BY E-MAIL - CONFIDENTIAL
{p1.full}
{addr1.full}

{date2.text}

Dear {p1.first},

Outcome of disciplinary hearing held on {date1.text}

Thank you for attending with your representative, {p2.full}. The hearing was chaired by me, with {p3.full}
from HR taking notes. Having considered the CCTV, the till reports and the statement of {p4.ini}, I find the
allegation of breaching the refunds procedure proven. This is misconduct rather than gross misconduct, because
no personal gain was shown. You are given a first written warning, which stays on file for 12 months.

You may appeal within 5 working days by writing to {p5.full}, Area Manager, at {p5.workemail}.

Yours sincerely,

{p6.full}
Store Manager, {o1.employer} (employee ref {id1.staff})"""),

    # ================================================================== legal
    ("v17-leg-attendance", "legal", """ATTENDANCE NOTE
Matter: {id1.case}       Client: {p1.full}       Fee earner: {p2.initials}       Time: 0.6 h
Date: {date1.num}       Type: telephone, outgoing

Spoke to client about the boundary dispute with the neighbour, {p3.full} of {addr1.oneline}.
Client says the fence was moved about 40 cm in <<May|the spring|late summer>>; {p1.he} has photos dated {date2.short} on {p1.his} phone.
Explained adverse possession is unlikely to apply; next step is a letter before claim. Client's
{p4.child} {p4.first} ({p4.phone}) may attend the next meeting and has authority to give instructions.
Neighbour's solicitors: {o1.lawfirm}, ref {id2.case}, contact {p5.ini}.
To do: draft LBC, obtain office copy entries, diarise 14 days. Copy of note to supervising partner {p6.full}."""),
    ("v17-leg-completion", "legal", """From: {p1.full} <{p1.workemail}>
Sent: {date1.text} 11:03
To: {p2.email}; {p3.email}
Subject: Completion today - {addr1.oneline}

Dear {p2.first} and {p3.first},

I am pleased to confirm that completion took place at 10:52. The seller's solicitors, {o2.lawfirm}, have
released the keys to the agent, who will hand them to you at the property.

Funds sent: balance of purchase price by CHAPS from our client account; stamp duty return filed, reference
{id1.utr}. Your file number with us is {id2.case}. Registration at the Land Registry usually takes a few weeks;
I will send you the updated title when it arrives.

Kind regards,
{p1.full}
Senior Conveyancer | {o1.lawfirm} | DDI {p1.phone}"""),

    # ================================================================== chat
    ("v17-cht-irc", "chat", """[{date1.short}] -- {p1.lower} has joined #ops-night
[22:14] <{p1.lower}> anyone awake? queue for the {o1.employer} integration is backing up
[22:15] <{p3.lowernick}> yeah looking. db01 cpu at 98
[22:15] <{p3.lowernick}> {p1.lower} can you page {p4.lower}? {p4.he} owns that service
[22:17] <{p1.lower}> paged. her number in the rota is {p4.phone}, no answer yet
[22:21] <{p4.lower}> here, sorry was driving. killing the stuck job from {ip1}
[22:23] <{p4.lower}> ok draining. postmortem tomorrow, {p5.lower} wants it by noon
[22:24] <{p3.lowernick}> ty. i'll write it up in {id1.ticket}
[22:40] -- {p1.lower} has left #ops-night"""),
    ("v17-cht-sms", "chat", """Messages with {p1.first} ({p1.phone})
{date1.short} 07:58  Me: morning! are u still ok to take the kids today? school finishes 3:15
{date1.short} 08:06  {p1.first}: yes np. which door do i wait at
{date1.short} 08:07  Me: the side gate on {addr1.street}. tell the teacher ur on the list, teacher is {p2.lowerfull}
{date1.short} 08:07  Me: {p3.lower} has swimming after, kit's in the blue bag
{date1.short} 15:40  {p1.first}: got them both. {p4.lower} says {p4.he} lost a shoe lol
{date1.short} 15:41  Me: omg typical. {p5.first}'s mum might have it, her number is {p5.phone}
{date1.short} 18:12  {p1.first}: dropped off at urs. key back under the pot"""),
    ("v17-cht-group", "chat", """WhatsApp · "Flat 4 housemates" · exported {date1.num}
[{date2.num}, 09:12] {p1.lowerfull}: bins go out tonight pls someone do it i'm at work till 10
[{date2.num}, 09:30] {p2.lower}: i'll do it
[{date2.num}, 12:01] {p3.lowernick}: also landlord texted, gas check is on {date3.text}. the engineer is called {p4.first}
[{date2.num}, 12:02] {p3.lowernick}: {p4.his} number {p4.phone} if u need to change it
[{date2.num}, 12:20] {p1.lowerfull}: cant do that day, {p2.lower} can u be in?
[{date2.num}, 12:21] {p2.lower}: ya working from home
[{date2.num}, 19:45] {p5.lower}: fyi my {p6.kin} {p6.first} is staying fri-sun, hope thats ok
[{date2.num}, 19:47] {p3.lowernick}: of course 👍"""),

    # ================================================================== police
    ("v17-pol-custody", "police", """CUSTODY RECORD - {o1.police}               Custody no. {id1.crime}
Detained person: {p1.caps}        Sex: {p1.sex}        DOB: {p1.dob}
Address given: {addr1.full}
National ID (if given): {nat1}
Arrested: {date1.num} 16:20 at {addr2.street} by PC {p2.last} (collar no. 3381) - theft from shop
Authorised by: Sgt {p3.ini}        Solicitor requested: yes - duty solicitor {p4.full}, {o2.lawfirm}
Appropriate adult: not required
Person to be informed: {p5.full} ({p5.parent}), {p5.phone} - informed 16:58
Property: mobile phone, wallet containing bank card {id2.card}, keys
Review times: 22:20 (Insp {p6.last}), 04:20
Outcome: released under investigation {date2.num} 01:15; vehicle {id3.plate} returned to registered keeper."""),
    ("v17-pol-vehicle", "police", """REPORT OF STOLEN VEHICLE                          Incident ref {id1.crime}
Reported by: {p1.full}             Contact: {p1.phone} / {p1.email}
Relationship to vehicle: registered keeper
Vehicle: silver Ford Focus estate, registration {id2.plate}, VIN not known
Last seen: {date1.text}, about 23:00, parked outside {addr1.full}
Discovered missing: next morning, 06:45. No broken glass on the road. Both keys accounted for.
Insurer: {o1.insurer}, policy {id3.policy}
Finance company: {o2.bank}
Witness: neighbour {p2.full} heard an engine at 03:10; door-bell camera footage offered ({p2.phone}).
Officer taking report: {p3.firstini}, {o3.police}. Circulated on PNC {date2.short}, 07:10."""),
    ("v17-pol-pcso", "police", """From: PCSO {p1.full} <{p1.workemail}>
To: {p2.email}
Date: {date1.text}
Subject: Your report about the parked vans on {addr1.street}

Dear {p2.t} {p2.last},

Thanks for your e-mail and the photos. I went past on {date2.text} at school pick-up time and spoke to the
drivers. One van belongs to a building firm working at number <<14|27|31>>, so I have also spoken to the site
manager, {p3.full}. Obstruction of the pavement is something we can deal with, and I've passed the details to
the parking team at {o2.council} ({mail1.o2}).

If it continues, please call 101 and quote {id1.crime}, or message me directly.

{p1.full}
Police Community Support Officer, {o1.police}
Mobile {p1.phone}"""),

    # ================================================================== insurance
    ("v17-ins-adjuster", "insurance", """LOSS ADJUSTER'S PRELIMINARY REPORT
Insurer: {o1.insurer}            Claim no.: {id1.claim}            Policy: {id2.policy}
Policyholder: {p1.t} {p1.full}
Risk address: {addr1.full}
Date of loss: {date1.text}        Date of visit: {date2.text}
Adjuster: {p2.full} ({p2.workemail}, {p2.phone})

1. Circumstances. An escape of water from a failed flexible hose under the first-floor bathroom basin. The
   policyholder's {p3.child}, {p3.first}, found water coming through the lounge ceiling at about 7 pm.
2. Damage. Lounge ceiling collapsed; laminate flooring lifted; sofa and rug saturated.
3. Cover. Buildings and contents, both with {o1.insurer}; excess 350. No concerns over policy conditions.
4. Reserve. Buildings 9,800; contents 3,200; alternative accommodation not needed.
5. Next steps. Drying contractor ({o2.employer}, contact {p4.full}) instructed; moisture readings in 10 days.
Report copied to the broker, {p5.ini}."""),
    ("v17-ins-travelclaim", "insurance", """TRAVEL INSURANCE CLAIM FORM - MEDICAL EXPENSES
Part 1  Policy number {id1.policy}        Claim reference (office use) {id2.claim}
        Insured person: {p1.upperlast} {p1.first}   born {p1.dob}
        Home: {addr1.oneline}
        Tel (mobile) {p1.phone}        Email address {p1.email}
Part 2  Trip: departed {date1.num}, due back {date2.num}. Booked through {o1.airline}, booking ref {id3.booking}.
Part 3  What happened? Slipped on wet steps by the pool on day 4, broke right wrist. Taken to the local clinic
        by the hotel ({o2.hotel}), then to hospital for a cast.
Part 4  | item | amount | receipt |
        |---|---|---|
        | clinic and X-ray | 240.00 | yes |
        | taxi to hospital | 38.50 | no |
        | prescription | 19.90 | yes |
Part 5  Treating doctor: Dr {p2.full}. Travelling companion: {p3.full}, {p3.phone}.
Part 6  Bank account for payment: {id4.iban}
I declare the information is true. Signed {p1.ini}   Date {date3.num}"""),
    ("v17-ins-fnolcall", "insurance", """MOTOR CLAIMS - FIRST CALL SCRIPT (completed)                    handler: {p1.user}
Q. Caller's name and role?                   A. {p2.full}, policyholder
Q. Policy or registration?                   A. {id1.policy} / {id2.plate}
Q. When and where did it happen?             A. {date1.text}, about 8:15, junction of {addr1.street}
Q. Any injuries?                             A. passenger ({p2.his} {p3.kin} {p3.first}) whiplash, saw GP next day
Q. Third party details?                      A. {p4.full}, {p4.phone}, vehicle {id3.plate}, insured with {o1.insurer}
Q. Police attended?                          A. yes, ref {id4.crime}
Q. Is the vehicle driveable?                 A. no - recovered to {o2.employer}
Q. Best contact?                             A. {p2.phone} after 5, or {p2.email}
Claim number issued: {id5.claim}. Courtesy car requested."""),

    # ================================================================== bank
    ("v17-bnk-chargeback", "bank", """{o1.bank}
Card Disputes Team
{addr1.full}

{date1.text}
PERSONAL - to be opened by the addressee only

{p1.t} {p1.full}
{addr2.full}

Our reference: {id1.case}
Card ending: {id2.card}

Dear {p1.t} {p1.last},

Your dispute with {o2.retailer}

You told us on {date2.text} that you paid for a sofa that never arrived, and that the shop has stopped
answering calls. We have given you a temporary credit while we ask the merchant's bank for evidence. They have
45 days to respond. If they accept the claim, or do not answer, the credit becomes permanent.

Please keep any e-mails from the seller. If they contact you, tell us on {phone1} (open 8 am to 8 pm).

Yours sincerely,
{p3.full}
Disputes Specialist"""),
    ("v17-bnk-alertlog", "bank", """TM ALERT  {id1.case}   rule: rapid movement of funds   score 87   assigned {p1.initials}   opened {date1.num}
customer   {p1.upperfull}  CIF {id2.account}  DOB {p1.dob}  ID doc {nat1}  segment: retail
address    {addr1.oneline}
-- activity --
{date2.short}  in   2,500.00  faster payment from {p2.full}
{date2.short}  in   1,900.00  faster payment from {p3.full}
{date2.short}  out  4,350.00  to {id3.iban} (new payee, added same day)
{date2.short}  login from new device, IP {ip1}
-- analyst notes --
Called customer on {p1.phone}: says money is from friends for a car. Could not name the seller. Account
blocked pending review; SAR considered. Escalated to {p4.full} (FIU). {p1.He} was told to visit branch with ID."""),
    ("v17-bnk-mortgage", "bank", """Mortgage application - documents checklist                        Application {id1.application}
Applicants: 1) {p1.full}   2) {p2.full}
Broker: {p3.full}, {o1.agency} ({p3.workemail})
Property: {addr1.full}        Purchase price 310,000   Loan 279,000   Term 30 y
[x] photo ID - applicant 1 passport {id2.passport}; applicant 2 driving licence {id3.licence}
[x] proof of address - council tax bill dated {date1.num}
[x] 3 payslips - applicant 1 employer {o2.employer}
[ ] SA302s - applicant 2 is self-employed, accountant {p4.full} ({p4.phone}) to send
[x] bank statements - current account {id4.account}
[ ] gifted deposit letter - from applicant 2's {p5.parent}, {p5.full}
Underwriter: {p6.ini}. Offer expected by {date2.text} if docs complete."""),

    # ================================================================== school
    ("v17-sch-concern", "school", """SAFEGUARDING - RECORD OF CONCERN                     (pass to DSL the same day)
Pupil: {p1.full}     Year 4     DOB {p1.childdob}     UPN {id1.pupil}
Recorded by: {p2.full}, class teacher     Date/time: {date1.num}, 10:35
What did you see or hear? (facts, the child's own words)
  At morning break {p1.first} had a bruise on {p1.his} upper arm. When asked, said "{p3.first} grabbed me when I
  spilled the juice". {p3.first} is {p1.his} <<mum's partner|older cousin>>. {p1.first} seemed tired and ate
  two breakfasts at breakfast club.
Action taken: told DSL {p4.full} at 10:50; no body map yet.
DSL action: called {o1.council} children's front door {phone1}, ref {id2.case}; advice to speak to the family
  at pick-up. Child's {p5.parent}, {p5.full}, spoke to {p4.first}, {p5.phone}. Follow-up on {date2.short} (DSL)"""),
    ("v17-sch-app", "school", """{o1.school} parent app · Class 2B · {date1.text}
From: {p1.t} {p1.last} (teacher)
To: parents of {p2.first} {p2.last}

Hi both, just to let you know {p2.first} had a fab day, {p2.he} read {p2.his} story to the whole class!
One thing: {p2.his} reading record hasn't come back since the holidays, can you pop it in the bag?
Also the trip to the farm is on {date2.text}, we still need the consent slip and 6 for the coach.

Reply from {p3.full}:
Thank you so much! Reading record is at {p2.his} grandparents', {p4.full} will drop it to the office tomorrow.
Consent slip attached. If you need me during the day it's {p3.phone}, {p3.workemail} is work so slower.

Reply from {p1.t} {p1.last}:
Perfect, thanks {p3.first}."""),
    ("v17-sch-attendance", "school", """{o1.school}
{addr1.full}
Attendance Office: {phone1} | {mail1}

{date2.text}

To the parent/carer of: {p1.full} (Year 9, tutor group 9KL)
{addr2.full}

Dear {p2.full},

{p1.first}'s attendance since September is 86.4 %. There were 9 unauthorised sessions, including
{date1.text}, when {p1.he} was recorded as absent without a reason being given.

We would like to meet with you and {p1.first} to understand what is getting in the way. The meeting will be
with {p3.full}, Head of Year, and our education welfare officer, {p4.full}.

Yours sincerely,

{p5.full}
Attendance Lead"""),

    # ================================================================== pharmacy
    ("v17-phm-delivery", "pharmacy", """{o1.pharmacy} - HOME DELIVERY RUN {date1.short} - driver: {p1.first}
| stop | patient | address | bags | notes |
|---|---|---|---|---|
| 1 | {p2.ini} | {addr1.oneline} | 2 | CD - sign required |
| 2 | {p3.ini} | {addr2.oneline} | 1 | leave with neighbour at no. 6 |
| 3 | {p4.ini} | {addr3.oneline} | 3 | fridge line (insulin) |
| 4 | {p5.ini} | {addr4.oneline} | 1 | call first {p5.phone} |
Returned: stop 2 not home, card left. Signed off by pharmacist: {p6.firstini}
Queries to the shop on {phone1}."""),
    ("v17-phm-emergency", "pharmacy", """EMERGENCY SUPPLY AT THE REQUEST OF A PATIENT                     POM register entry {id1.rx}
Date: {date1.num}        Pharmacist: {p1.full} (GPhC reg. {id2.staff})
Patient: {p2.full}, {addr1.oneline}, born {p2.dob}
Item: levothyroxine 75 microgram tablets x 7 (one daily)
Previous prescriber: Dr {p3.last}, {o1.surgery}; last issued {date2.num} (seen on the summary care record)
Nature of emergency: on holiday, left medicines at home; surgery closed until Monday.
Patient interviewed in consultation room; identity checked by {p4.dotted} (photo card). Label endorsed "emergency supply".
GP informed by e-mail to {p3.workemail}. Next-of-kin not needed. Patient phone {p2.phone}."""),

    # ================================================================== tenancy
    ("v17-ten-inventory", "tenancy", """CHECK-IN INVENTORY & SCHEDULE OF CONDITION
Tenant(s): {p1.full}; {p2.full}        Landlord: {p3.full}        Agent: {o1.landlord}
Property inspected: {addr1.full}
Check-in date: {date1.text}        Clerk: {p4.full}        Deposit ref {id1.tenancy}

| room | item | condition | comments |
|---|---|---|---|
| hall | carpet | good | slight wear by the door |
| kitchen | oven | fair | grease on the glass door; clerk photos 14-17 |
| bedroom 1 | wardrobe | good | one handle loose |
| bathroom | bath seal | poor | mould in two corners, tenant told |
Meter readings: gas 04211, electric 37790. Keys issued: 2 front door, 1 back, 2 fobs.
Tenant comments due within 7 days to {p4.workemail}."""),
    ("v17-ten-notice", "tenancy", """NOTICE SEEKING POSSESSION - rent arrears
Tenants named in the agreement: {p1.full} & {p2.full}
Premises: {addr1.full}
Given by: {p3.full}, landlord, care of {o1.landlord} (office: {addr2.oneline})

The tenancy began on {date1.text}. Rent is 975 per calendar month. As of the day this notice is served, unpaid rent
comes to 2,925 (three months). Possession proceedings will not begin earlier than {date2.text}.

If you are having difficulty paying, please talk to us: we can agree a repayment plan. Free advice is available
from housing charities and your local council.

Signed: {p3.ini}                Date served: {date3.num}, by hand
Tenancy reference {id1.tenancy}; contact {p4.full} at the agency on {p4.phone}"""),
    ("v17-ten-chat", "tenancy", """{p1.first} (landlord) · {date1.short} 18:02
Hi {p2.first}, the plumber {p3.full} can come Thursday between 8 and 10 to look at the boiler. ok?

{p2.first} · 18:40
thursday works, {p4.first} will be in. does {p3.he} need access to the loft?

{p1.first} (landlord) · 18:41
No just the airing cupboard. {p3.His} number is {p3.phone} if {p3.he}'s running late. Also rent for this month
hasn't shown yet, I think because the account changed. New one is {id1.sortcode}, ref {id2.tenancy}.

{p2.first} · 19:05
sorry! paid now from our joint acc. will update the standing order"""),

    # ================================================================== travel
    ("v17-trv-eticket", "travel", """ELECTRONIC TICKET ITINERARY / RECEIPT                          Issued by {o1.airline}
Passenger: {p1.upperlast}/{p1.first}        Frequent flyer no. {id1.member}
Booking reference: {id2.booking}        Ticket number: {id3.ticketno}
Date of issue: {date1.num}        Issued by agent {p2.ini}, {o2.agency}

  FLIGHT   DATE         FROM -> TO              DEP    ARR    CLASS  BAG
  XQ 417   {date2.short}   {city1} -> {city2}    06:40  10:05  V      1PC
  XQ 418   {date3.short}   {city2} -> {city1}    11:00  12:35  V      1PC

Fare 186.00  Taxes 61.42  Total 247.42  Paid by card {id4.card}
Contact given for disruption messages: {p1.phone} / {p1.email}
Second passenger on this booking: {p3.upperlast}/{p3.first} (ticket issued separately)"""),
    ("v17-trv-hotel", "travel", """Your stay is confirmed!
{o1.hotel} · {addr1.full} · reception {phone1}

Guest: {p1.full}
Confirmation no. {id1.booking}
Arriving {date1.text} (check-in from 15:00), leaving {date2.text} (by 11:00)
1 x Superior Double, breakfast included, non-refundable rate

Special requests: "Late arrival around midnight, travelling with my {p2.kin} {p2.first}. Cot if possible."
We've noted your request; cots are subject to availability.

Need to change something? Reply to this e-mail or write to {mail1}. Payment was taken from the card ending
{id2.card}. This booking was made by {p3.full} ({p3.workemail}) on behalf of {o2.employer}."""),
    ("v17-trv-baggage", "travel", """PROPERTY IRREGULARITY REPORT (delayed baggage)           File reference {id1.case}
Airline: {o1.airline}    Flight: XQ 1902 / {date1.short}
Passenger name: {p1.caps}          Bag tag: {id2.ticket}
Bag: black hard-shell spinner, 70 cm, red ribbon on handle, name tag "{p1.ini}"
Contents: clothing, child's asthma inhaler, chargers
Permanent address: {addr1.full}
Temporary address (until {date2.short}): {o2.hotel}, {addr2.oneline}
Phones: {p1.phone} (mobile), {phone1} (hotel)
E-mail: {p1.email}
Agent: {p2.firstini}
Passenger advised to keep receipts for essentials; claim online using the file reference above."""),

    # ================================================================== payroll
    ("v17-pay-change", "payroll", """PAYROLL CHANGE REQUEST                     submitted {date1.num} by {p1.full} (manager)
Employee: {p2.full}        Payroll no. {id1.payroll}        Department: Distribution, night shift
Change type:  [ ] new starter  [x] hours change  [ ] leaver  [x] bank details
Effective from: {date2.text}
Contracted hours: 37.5 -> 30 per week (flexible working request approved by {p3.ini})
New bank details: sort code / account {id2.sortcode}
  (confirmed by call-back to the number on file, {p2.phone}, by {p4.first} on {date3.short})
Tax reference {id3.utr} and national number {nat1} unchanged. Pension: stays in the scheme.
Approved: {p5.full}, Head of HR        Keyed: {p6.initials}"""),
    ("v17-pay-timesheet", "payroll", """Weekly timesheet - w/c {date1.num} - {o1.employer}, site {addr1.city}
| employee | staff no. | Mon | Tue | Wed | Thu | Fri | Sat | OT hrs | signed |
|---|---|---|---|---|---|---|---|---|---|
| {p1.caps} | {id1.staff} | 8 | 8 | 8 | 8 | 8 | 4 | 4 | {p1.initials} |
| {p2.caps} | {id2.staff} | 8 | - | 8 | 10 | 8 | - | 2 | {p2.initials} |
| {p3.caps} | {id3.staff} | sick | sick | 8 | 8 | 8 | 6 | 6 | {p3.initials} |
Supervisor: {p4.full}    Checked by payroll: {p5.first}, {date2.short}
Note: {p3.first} to submit self-cert form for Mon-Tue; agency worker {p6.full} ({o2.agency}) invoiced separately."""),
    ("v17-pay-query", "payroll", """Subject: underpaid overtime October?
From: {p1.email}
To: {mail1}

hello payroll, my slip for this month shows 6 hrs overtime but i did 14 (two saturdays, {date1.short} and
{date2.short}). my supervisor {p2.full} signed both sheets. staff number {id1.staff}. can you check please,
rent is due. thanks {p1.lower}

--- reply ---
From: {p3.full} <{p3.workemail}>
Hi {p1.first}, you're right: the second Saturday sheet reached us after cut-off. We'll pay the 8 hours
(time and a half) as a supplementary payment on {date3.text}; it goes to the account ending {id2.account}.
Sorry for the worry.
{p3.first} | Payroll Officer, {o1.employer} | ext 2210"""),

    # ================================================================== recruiting
    ("v17-rec-scorecard", "recruiting", """INTERVIEW SCORECARD - Senior Payroll Administrator - req {id1.application}
Candidate: {p1.full}        Interview: {date1.text}, 14:00, video
Panel: {p2.full} (chair), {p3.ini}, {p4.firstini}
| competency | score 1-5 | evidence |
|---|---|---|
| payroll accuracy | 4 | ran month-end for 900 staff at {o1.employer} |
| systems | 3 | Sage, some SAP; no iTrent |
| stakeholder management | 5 | good example of explaining a tax error to a union rep |
| values | 4 | |
Recommendation: second interview. Notice period: 1 month. Salary expectation 34-36k.
Referees given: {p5.full} ({p5.workemail2}) and {p6.full} ({p6.phone}).
Candidate's contact: {p1.phone}, {p1.email}. Recruiter: {p7.user} at {o2.agency}."""),
    ("v17-rec-offer", "recruiting", """{o1.employer}
{addr1.full}

{date1.text}
Sent by e-mail and first-class post

{p1.full}
{addr2.full}

Dear {p1.first},

Offer of employment - Customer Experience Manager

Following your interview with {p2.full} and me, I'm very pleased to confirm an offer for the post, reporting to {p2.first},
based at our {addr3.city} office. The salary is 48,000 a year, with 27 days' holiday plus bank holidays.
Your start date will be {date2.text}, subject to references and a basic criminal record check.

Please sign and return the enclosed contract by {date3.text}. If you have questions, my direct line is
{p3.phone}.

Best regards,

{p3.full}
Talent Acquisition Partner
Candidate reference {id1.application}"""),
    ("v17-rec-reference", "recruiting", """From: {p1.full} <{p1.workemail}>
To: {p2.workemail2}
Subject: Reference request: {p3.full}

Dear {p2.t} {p2.last},

We are considering {p3.full} for a support worker post with {o1.charity}; you are named as {p3.his} line manager at
{o2.employer} between {date1.num} and {date2.num}. Could you confirm those dates, {p3.his} job title and
reason for leaving, and tell us whether you would employ {p3.him} again?

Because the role involves vulnerable adults, please also tell us of any safeguarding concerns. A short
reply by e-mail is fine, or call me on {p1.phone}.

Thank you,
{p1.first} {p1.last}
Recruitment & Volunteering, {o1.charity}"""),

    # ================================================================== social work
    ("v17-soc-visit", "social_work", """HOME VISIT RECORD                                Case {id1.case}    Worker: {p1.full}
Date: {date1.num}   Announced: <<yes|no>>   Present: {p2.first} ({p2.parent}), {p3.first} (age 7), {p4.first} (age 3)
Address: {addr1.full}

Home conditions: improved since last visit; beds now in both children's rooms; fridge had food.
Child's voice: {p3.first} showed me {p3.his} reading book and said {p3.he} likes {p3.his} new teacher,
{p5.t} {p5.last}. {p4.first} was playing and did not want to talk.
Parent's view: {p2.first} says {p2.his} ex-partner {p6.full} came to the door on {date2.short} although there is
a non-molestation order; police were called, ref {id2.crime}.
Analysis: risk from {p6.first} remains; protective steps by {p2.first} are positive.
Actions: {p1.initials} to share with the police DV unit; health visitor {p7.full} ({p7.phone}) to visit."""),
    ("v17-soc-strategy", "social_work", """STRATEGY DISCUSSION - MINUTES
Child: {p1.full} (DOB {p1.childdob})        Ref {id1.case}        Held: {date1.text}, Teams
Chair: {p2.full}, Team Manager, {o1.council}
Attending: {p3.ini} (police, {o2.police}); {p4.ini} (school DSL); Dr {p5.last} (paediatrician);
           {p6.full} (allocated social worker)
Reason: disclosure by {p1.first} to {p1.his} teacher that {p7.full} hits {p1.him} with a belt.
Information shared: no previous police contact at {addr1.oneline}; family GP {o3.surgery} reports missed
immunisations; school reports attendance 79 %.
Decision: threshold met for a section 47 enquiry; joint visit today. {p1.first} to stay with {p1.his} {p8.kin},
{p8.full}, {addr2.oneline}, tonight (agreed with {p8.first} by phone: {p8.phone}).
Next review: {date2.short}, same time"""),

    # ================================================================== complaints
    ("v17-cmp-log", "complaints", """Complaint {id1.case} · channel: web form · received {date1.num} · category: delivery
Customer: {p1.full}    Order {id2.order}    Ph {p1.phone}    Email {p1.email}
Delivery address: {addr1.full}

Customer's words: "Fridge freezer was left on the drive in the rain. The driver didn't knock. My neighbour
{p2.first} saw it happen. I want it collected and replaced, not 'inspected'."

{date2.short} 09:10  {p3.initials}  acknowledged, apologised, asked for photos
{date2.short} 16:45  {p3.initials}  photos received; courier {o1.employer} asked for driver's GPS log
{date3.short} 11:02  {p4.initials}  escalated: second complaint about this driver this month
{date3.short} 15:30  {p4.initials}  replacement booked; goodwill 50 credit on account {id3.account}
Status: resolved - upheld. Root cause shared with {p5.full}, Logistics Manager."""),
    ("v17-cmp-ombudsman", "complaints", """{o1.telecom}
Executive Complaints Team
{addr1.full}

{date2.text}
By e-mail and post

{p1.t} {p1.ini}
{addr2.full}

Account number: {id1.account}
Complaint reference: {id2.case}

Dear {p1.t} {p1.last},

Final response to your complaint of {date1.text}

You told us that you were charged an exit fee after moving to a property where our service was not available,
and that three advisers gave you different answers. I am sorry: that should not have happened. We have removed
the fee, refunded 112.40 to your card ending {id3.card} and credited 30 for the inconvenience.

If you are unhappy with this response, you can refer your complaint to the ombudsman within 12 months; this
letter is our final response.

Yours sincerely,
{p2.full}
Executive Complaints Manager, direct line {p2.phone}"""),
    ("v17-cmp-review", "complaints", """★☆☆☆☆  "Waited 3 weeks for a refund"   - {p1.firstini}, {addr1.city}, reviewed {date1.text}
Ordered a coat, sent it back the next day with the free label, tracking shows it arrived at the warehouse
on {date2.short} already. Still no refund. Chatted to {p2.first} who said 5 more days. That was 10 days ago.
Order number {id1.order} if anyone from the company reads this.

Response from {o1.retailer} · {date3.short}
Hi {p1.first}, I'm so sorry for the wait. I've found your return and the refund has now been issued; it can
take 3-5 working days to reach your bank. If it hasn't arrived, please message us and quote {id2.case}.
{p3.first}, Customer Care Team"""),
)

PUBLIC_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("v17-pub-cln-flu", "clinical", """Winter vaccines at the practice - who can have them
| group | flu | COVID-19 booster | RSV |
|---|---|---|---|
| aged 65 and over | yes | yes | 75-79 only |
| pregnant | yes | yes | from 28 weeks |
| long-term condition (asthma, diabetes, heart) | yes | ask the nurse | no |
| children aged 2-3 | nasal spray | no | no |
| carers and care home staff | yes | yes | no |
Clinics run on Saturday mornings through <<October and November|the autumn>>. You don't need to bring anything except your
appointment text. <<If you feel unwell on the day, rebook rather than come in.|Side effects usually pass within two days.>>"""),
    ("v17-pub-cln-fasting", "clinical", """Blood tests: do I need to fast?
Most blood tests do not need fasting. For a fasting glucose or some lipid tests you will be asked not to eat
for 8-12 hours beforehand; plain water is fine and helps the sample. Keep taking your usual medicines unless
you have been told otherwise, but bring insulin or diabetes tablets with you to take after the test.
Results normally reach the practice within <<three to five|five to seven>> working days. A normal result is not
always followed by a call, so check the app. <<Please arrive ten minutes early.|Wear a top with loose sleeves.>>"""),
    ("v17-pub-sup-status", "support", """Service status - scheduled maintenance
What: database upgrade for the EU region. When: Sunday 02:00-04:00 UTC. Impact: the web app will be read-only
for up to 20 minutes; the mobile app may show "sync pending". API requests will receive HTTP 503 with a
Retry-After header. No action is needed from you, and no data will be lost.
Subscribe to this page for updates by e-mail or RSS. <<Past incidents are listed below for 90 days.|Uptime last quarter: 99.96 %.>>"""),
    ("v17-pub-sup-kb", "support", """Knowledge base · Troubleshooting: the desktop app won't open
1. Restart your computer; many start-up problems clear after a restart.
2. Check you are on the latest version (Help > About). Versions older than 7.0 are no longer supported.
3. Clear the local cache: close the app, delete the folder named "cache" in your user profile, reopen.
4. Still stuck? Collect the log file (Help > Export logs) and attach it to a new ticket.
<<Tip: most sign-in loops are caused by an expired browser cookie.|Admins can push updates to all devices from the console.>>"""),
    ("v17-pub-hr-hours", "hr", """Working time: the basics
Full-time staff work 37.5 hours over five days, with an unpaid lunch break of at least 30 minutes. Night
workers should not average more than 8 hours in any 24. You can opt out of the 48-hour weekly limit in
writing and opt back in with 7 days' notice. Rest breaks: 11 hours between shifts and one full day off each
week. Time off in lieu must be agreed in advance with your manager. <<Part-time holiday is worked out pro rata.|Overtime is voluntary unless your contract says otherwise.>>"""),
    ("v17-pub-hr-benefits", "hr", """Your benefits at a glance
| benefit | who | how to join |
|---|---|---|
| pension (5 % you, 7 % us) | everyone after 3 months | automatic |
| life cover (4 x salary) | permanent staff | automatic |
| cycle to work | after probation | apply in the portal |
| employee assistance line | everyone, and family | call any time, free |
| season ticket loan | after probation | up to 5,000, repaid over 10 months |
<<Benefits are reviewed each April.|Some benefits are taxable; see the payroll FAQ.>>"""),
    ("v17-pub-leg-smallclaims", "legal", """Small claims: a plain guide
Claims up to 10,000 usually go to the small claims track. You do not need a lawyer, and if you lose, you
normally pay only the other side's court fee and limited expenses. First write to the other side with a
letter before claim that gives them 14 days to pay. Issue fees depend on the amount: 35 for up to 300, 50 up to 500, then a sliding
scale. Most hearings last under an hour and may be held by video. <<Mediation is free and often settles the case.|Keep copies of everything you send.>>"""),
    ("v17-pub-leg-glossary", "legal", """Conveyancing words you'll hear
Exchange: the point at which both sides are legally bound. Completion: the day the money moves and you get
the keys. Searches: checks with the council, water company and others about the property. Title: the legal
record of who owns the land. Leasehold: you own the home for a fixed number of years. Ground rent: a yearly
charge under some leases. Stamp duty: a tax on buying property above a threshold. <<Gazumping: a higher offer accepted after yours.|Chain: linked sales that depend on each other.>>"""),
    ("v17-pub-cht-etiquette", "chat", """#general - channel topic & rules
- keep it friendly, we're all colleagues 🙂
- use threads for replies so the channel stays readable
- no customer data in here. ever. use the ticket system
- off-topic stuff goes in #random, pets in #pets (yes really)
- status: 🟢 available, 🔴 focus time, 🌴 on leave
- urgent prod issue? don't post here, page on-call via the bot: /oncall
<<- reactions count as a reply for quick yes/no questions|- please mute notifications outside your hours>>"""),
    ("v17-pub-cht-bot", "chat", """bot commands (type /help in any channel)
/standup     start today's standup thread
/oncall      show who is on call this week and page them
/poll        "question" "option 1" "option 2" ...
/remind      me in 20 minutes to stretch
/lunch       pick a random place from the team list
/ooo         set an out-of-office status until a date
<<the bot ignores direct messages older than 7 days|commands are case-insensitive>>"""),
    ("v17-pub-pol-fraud", "police", """Doorstep crime: how to stay safe
Genuine callers will carry ID and will not mind waiting while you check it by phoning the company on a number
you find yourself, not one they give you. Never agree to work on the spot, and never go to the bank with a
trader. If someone says your roof is loose and offers to fix it today for cash, close the door. Use a
door chain or a spy hole. <<Report it on 101, or 999 if they won't leave.|Ask a neighbour to be with you if you're unsure.>>"""),
    ("v17-pub-pol-figures", "police", """Response times - last 12 months
| call grade | target | met | average |
|---|---|---|---|
| emergency (urban) | 15 min | 87 % | 9 min 40 s |
| emergency (rural) | 20 min | 81 % | 14 min 05 s |
| priority | 60 min | 74 % | 48 min |
| scheduled appointment | 48 h | 92 % | n/a |
999 calls answered within 10 seconds: 93 %. 101 calls: average wait 4 min 12 s. <<Figures are provisional.|Targets changed in April.>>"""),
    ("v17-pub-ins-excess", "insurance", """What is an excess?
The excess is the part of a claim you pay yourself. A compulsory excess is set by us; a voluntary excess is
one you choose to add to lower your premium. On a claim for 1,000 with a total excess of 250, we pay 750.
Escape of water claims often have a higher excess, commonly 350 to 500. Windscreen claims may have a smaller
one, or none if you use our approved repairer. <<Your excess is shown on your schedule.|If two policies cover the same loss, the excesses may differ.>>"""),
    ("v17-pub-ins-noclaims", "insurance", """No-claims discount scale (car)
| claim-free years | discount | after one claim | protected |
|---|---|---|---|
| 0 | 0 % | 0 | - |
| 1 | 25 % | 0 | no |
| 3 | 45 % | 1 | yes, for 35 |
| 5 | 60 % | 3 | yes, for 45 |
| 9+ | 70 % | 7 | yes, for 55 |
Protection keeps your discount, not your premium, which can still go up after a claim. <<Windscreen claims don't affect your discount.|Discounts earned abroad may count with proof.>>"""),
    ("v17-pub-bnk-fees", "bank", """Current account charges
| service | charge |
|---|---|
| arranged overdraft | 39.9 % EAR variable |
| unarranged overdraft | not allowed; payment returned free |
| cash withdrawal abroad | 2.99 % (min 1.50) |
| CHAPS payment | 25 |
| replacement card | free |
| copy statement | free online, 5 by post |
Paying in cash at the post office is free up to 1,500 a month. <<Charges are taken on the first working day of the month.|We'll text you before any fee is applied.>>"""),
    ("v17-pub-bnk-app", "bank", """Using the app safely
Turn on biometric log-in and set a strong passcode that you don't use elsewhere. We will never send you a link
asking you to log in, and we will never ask for your full passcode. Freeze your card in the app if it's lost;
you can unfreeze it in seconds. Check new payees carefully: the name check tells you if the account name
doesn't match. <<Keep your phone's software up to date.|Don't install apps that ask to control your screen.>>"""),
    ("v17-pub-sch-menu", "school", """Lunch menu - week 2
| day | main | vegetarian | pudding |
|---|---|---|---|
| Monday | beef bolognese | lentil bolognese | fruit jelly |
| Tuesday | chicken curry & rice | chickpea curry | flapjack |
| Wednesday | roast pork, gravy | cheese & onion pie | apple crumble |
| Thursday | fish fingers, chips | veggie fingers | yoghurt |
| Friday | pizza & wedges | pizza & wedges | cookie |
Jacket potatoes, salad and bread are available every day. Infant meals are free; juniors pay 2.60 a day. <<Tell the office about allergies in writing.|Packed lunches must be nut-free.>>"""),
    ("v17-pub-sch-homework", "school", """Homework in Key Stage 3: what to expect
Year 7 students should spend about 45 minutes a night on homework, rising to an hour and a half by Year 9.
Tasks are set on the learning platform by 5 pm and are due at the start of the lesson stated. If your child
is stuck, they can come to homework club in the library, Monday to Thursday until 4.30. Late or missing work
is followed up first by the class teacher and then the head of department. <<Reading for 20 minutes counts.|Please check the platform together once a week.>>"""),
    ("v17-pub-phm-minor", "pharmacy", """Ask the pharmacist first
Coughs, colds, sore throats, hay fever, head lice, threadworm, cold sores and mild skin rashes can usually be
treated with advice and medicines from the pharmacy, without seeing a GP. Some pharmacies also treat sinusitis,
earache in children, infected insect bites, shingles and uncomplicated UTIs in women aged 16-64. You'll be
seen in a private consultation room. <<No appointment is needed.|Prescription charges apply only if you normally pay.>>"""),
    ("v17-pub-phm-storage", "pharmacy", """Storing medicines at home
| medicine | where | how long after opening |
|---|---|---|
| most tablets | cool, dry cupboard | to the expiry date |
| insulin in use | room temperature | 28 days |
| spare insulin | fridge, 2-8 °C | to the expiry date |
| eye drops | as label | 28 days |
| antibiotic liquid | fridge | 7-14 days |
Bring unwanted medicines back to us; don't flush them. <<Keep everything out of children's sight.|Sharps bins are free with your prescription.>>"""),
    ("v17-pub-ten-deposit", "tenancy", """Getting your deposit back
At the end of the tenancy the landlord or agent compares the property with the check-in inventory. Fair wear
and tear, such as faded curtains or light scuffs, can't be charged for. Cleaning, damage and unpaid rent can.
Agree deductions in writing; the money must be returned within 10 days of agreement. If you can't agree,
the protection scheme offers a free dispute service, decided on the evidence. <<Take dated photos when you move out.|Return every key you were given.>>"""),
    ("v17-pub-ten-rules", "tenancy", """House rules for shared homes
Quiet hours are 11 pm to 7 am. Bins: general waste weekly on Tuesdays, recycling fortnightly. Don't block fire
doors or wedge them open. Guests may stay up to three nights a week. No smoking or vaping anywhere inside. Report
repairs through the portal; for emergencies (no heating in winter, leaks, no power) ring the out-of-hours line.
Bikes go in the shed, not the hallway. <<Each room has its own smoke alarm: test it monthly.|Kitchen cleaning is on a weekly rota.>>"""),
    ("v17-pub-trv-delay", "travel", """Flight delayed or cancelled? Your rights
If your flight is delayed by more than 2 hours (short haul), the airline must give you food and drink and a way
to communicate. Overnight, it must provide a hotel and transport. If you arrive more than 3 hours late, you may
be owed compensation of 220 to 520 depending on distance, unless the disruption came from circumstances outside
the airline's control, such as storms or air traffic restrictions. Cancelled flights: choose a refund or re-routing. <<Claim directly from the airline first.|Keep receipts for what you spend.>>"""),
    ("v17-pub-trv-fares", "travel", """Rail fares - off-peak and super off-peak
| ticket | valid | price (adult) | railcard |
|---|---|---|---|
| anytime return | any train | 96.40 | no discount Mon-Fri before 10 |
| off-peak return | after 09:30 | 58.20 | one third off |
| super off-peak | after 11:00, not 16:00-19:00 | 41.70 | one third off |
| advance single | booked train only | from 14.90 | one third off |
Children under 5 travel free; ages 5-15 pay half. <<Prices from 2 March.|Seat reservations are free.>>"""),
    ("v17-pub-pay-dates", "payroll", """Pay dates and cut-offs (weekly paid)
| week ending | timesheets in by | paid on |
|---|---|---|
| Sunday wk 1 | Monday 12:00 | Friday wk 2 |
| Sunday wk 2 | Monday 12:00 | Friday wk 3 |
| bank holiday weeks | Tuesday 10:00 | unchanged |
Late timesheets are paid the following week. Payslips appear in the app on Thursday evening. <<Queries about pay go to the payroll inbox, not your manager.|Emergency payments are made only once per tax year.>>"""),
    ("v17-pub-pay-deductions", "payroll", """Why is my take-home pay different this month?
Common reasons: overtime or shift premiums from the previous period; a change of tax code after HMRC reviewed
your benefits; student loan repayments starting once your pay passes the threshold; a pension increase at your
anniversary date; unpaid leave; a salary sacrifice scheme starting. Tax is worked out on a cumulative basis,
so a big month can be followed by a smaller one. <<Compare two payslips line by line.|Your annual statement shows the year's totals.>>"""),
    ("v17-pub-rec-process", "recruiting", """Our hiring process
1. Online application - a CV and a short cover note; no account needed.
2. Phone screen - 20 minutes, one of our recruiters explains the job and hears what you're looking for.
3. Interview - an hour, with two people from the team; one or two practical questions.
4. Offer - usually within five working days; we tell every candidate the outcome.
We make reasonable adjustments at any stage: just ask. <<Salary ranges are in every advert.|We don't ask for your current salary.>>"""),
    ("v17-pub-rec-cvtips", "recruiting", """Writing a CV that gets read
Put your most recent job first. Use short bullet points starting with a verb: "cut month-end close from 8 days
to 5". Keep it to two pages; a school leaver's CV can be one. Leave out your photo, age and marital status.
Tailor the top third to the job you're applying for. Check spelling twice, then ask someone else. Save it as a
PDF with a sensible file name. <<Gaps are fine; a one-line explanation helps.|Hobbies are optional.>>"""),
    ("v17-pub-soc-carers", "social_work", """Are you a carer?
If you look after someone who couldn't manage without your help - a partner, a parent, a child with a
disability, a friend - you are a carer, even if you don't get Carer's Allowance. You have a right to a carer's
assessment of your own needs, whatever your income. Support can include a break from caring, help with
transport, training, or a carer's emergency card. <<Young carers under 18 have their own service.|Carers can ask for an assessment online.>>"""),
    ("v17-pub-soc-levels", "social_work", """Levels of need - a summary for partner agencies
| level | description | response |
|---|---|---|
| 1 universal | needs met by everyday services | no referral |
| 2 early help | emerging needs, one agency | family support, TAF |
| 3 targeted | multiple needs | early help plan, lead professional |
| 4 specialist | significant harm or likely | children's social care, s17 / s47 |
If you think a child is in immediate danger, call the police. <<Consent is needed for levels 2 and 3.|Discuss uncertain cases with the duty team.>>"""),
    ("v17-pub-cmp-charter", "complaints", """Our customer promise
We'll answer the phone within 3 minutes on average and reply to e-mails within 2 working days. If we get
something wrong, we'll say sorry, put it right and explain what we've changed. Complaints are logged and
reviewed every month by the board. You can complain by phone, e-mail, letter, web chat or in store, and
someone can do it for you with your permission. <<Large print and braille letters are available.|We publish our complaint figures every quarter.>>"""),
    ("v17-pub-cmp-table", "complaints", """Complaint figures, January-March
| reason | complaints | per 10,000 customers | resolved in 8 weeks |
|---|---|---|---|
| billing | 2,841 | 6.1 | 94 % |
| faults and repairs | 1,904 | 4.1 | 88 % |
| moving home | 733 | 1.6 | 91 % |
| contract and cancellation | 612 | 1.3 | 96 % |
| customer service | 1,257 | 2.7 | 90 % |
Ombudsman referrals: 44, of which 19 were upheld. <<Figures exclude business customers.|Quarter-on-quarter complaints fell by 8 %.>>"""),
)

#: The layout of each template (recorded in the ``.meta.json``).
LAYOUTS: dict[str, str] = {
    "v17-cln-ooh": "out-of-hours call record with timed entries",
    "v17-cln-referral": "GP referral letter to a consultant",
    "v17-cln-wardboard": "ward handover sheet with a bed table",
    "v17-sup-issue": "issue tracker thread with comments by handle",
    "v17-sup-emailchain": "service-desk e-mail reply above a quoted message with signature",
    "v17-sup-callnote": "CRM call summary with labelled fields",
    "v17-hr-onboarding": "new-starter form in sections with check boxes",
    "v17-hr-leave": "HR e-mail with an indented date list and signature",
    "v17-hr-outcome": "disciplinary outcome letter",
    "v17-leg-attendance": "solicitor's attendance note",
    "v17-leg-completion": "conveyancing completion e-mail",
    "v17-cht-irc": "IRC-style channel log, lower case, nicks in angle brackets",
    "v17-cht-sms": "phone SMS thread export with dates and times",
    "v17-cht-group": "group messenger export, lower case",
    "v17-pol-custody": "custody record",
    "v17-pol-vehicle": "stolen-vehicle report form",
    "v17-pol-pcso": "community officer's e-mail reply",
    "v17-ins-adjuster": "loss adjuster's numbered report",
    "v17-ins-travelclaim": "claim form in parts with an expenses table",
    "v17-ins-fnolcall": "call script in question and answer columns",
    "v17-bnk-chargeback": "card dispute letter with two addresses",
    "v17-bnk-alertlog": "transaction-monitoring alert with activity lines",
    "v17-bnk-mortgage": "mortgage document checklist",
    "v17-sch-concern": "safeguarding record of concern",
    "v17-sch-app": "school messaging app thread with replies",
    "v17-sch-attendance": "attendance letter from a school",
    "v17-phm-delivery": "pharmacy delivery run sheet as a table",
    "v17-phm-emergency": "emergency supply register entry",
    "v17-ten-inventory": "check-in inventory with a room table",
    "v17-ten-notice": "notice seeking possession",
    "v17-ten-chat": "landlord and tenant message thread",
    "v17-trv-eticket": "e-ticket receipt with fixed-width flight lines and SURNAME/First",
    "v17-trv-hotel": "hotel confirmation e-mail",
    "v17-trv-baggage": "delayed baggage report",
    "v17-pay-change": "payroll change request form",
    "v17-pay-timesheet": "weekly timesheet table",
    "v17-pay-query": "lower-case staff e-mail and payroll reply",
    "v17-rec-scorecard": "interview scorecard with a table",
    "v17-rec-offer": "offer letter",
    "v17-rec-reference": "reference request e-mail",
    "v17-soc-visit": "home visit record",
    "v17-soc-strategy": "strategy discussion minutes",
    "v17-cmp-log": "complaint log with dated action lines",
    "v17-cmp-ombudsman": "final response letter",
    "v17-cmp-review": "star review with a company reply",
    **{tid: "public: notice, table, FAQ, how-to, rules or glossary" for tid, _, _ in PUBLIC_TEMPLATES},
}

#: A description of the set for its ``.meta.json``.
DESCRIPTION = (
    "Sixteen everyday domains of the product with every template written new for v17: clinical (out-of-hours "
    "call record, GP referral letter, ward handover table), support (issue tracker thread, service-desk e-mail "
    "chain, CRM call summary), HR (new-starter form, leave e-mail, disciplinary outcome letter), legal "
    "(attendance note, completion e-mail), chat (IRC-style log, SMS export, group messenger export, lower case), "
    "police (custody record, stolen-vehicle report, community officer e-mail), insurance (adjuster's report, "
    "travel claim form, first-call script), bank (card dispute letter, monitoring alert, mortgage checklist), "
    "school (record of concern, messaging app thread, attendance letter), pharmacy (delivery run sheet, emergency "
    "supply entry), tenancy (inventory, possession notice, landlord chat), travel (e-ticket, hotel confirmation, "
    "baggage report), payroll (change request, timesheet, query e-mail), recruiting (scorecard, offer letter, "
    "reference request), social work (home visit record, strategy minutes), complaints (complaint log, final "
    "response letter, review with reply); two public-only templates per domain (notices, tables, FAQs, "
    "how-tos, rules, glossaries). Names typed by hand in 79 naming traditions, common and rare, none of whose "
    "name values v1-v16 used; given names, hand-written nicknames, initials, titles with surnames, SURNAME/First, "
    "lower-case chat names, hyphenated and multi-part surnames, signatures. Addresses and phones of 34 countries "
    "and territories in their own layouts with extensions; NHS, SIN, PESEL, BSN, CPF, DNI and NRIC numbers with "
    "check digits and SSN-like numbers, IBANs of 6 countries, record, ticket, policy, claim, case, account, "
    "booking, e-ticket, plate, payroll, tax, pupil, tenancy, order, member and licence numbers; numeric dates "
    "and worded dates in English, German, French, Portuguese and Chinese/Japanese style."
)
