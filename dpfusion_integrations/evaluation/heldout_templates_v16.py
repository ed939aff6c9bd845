"""Templates of the sixteenth held-out tagging set (v16), written for it by an author who did not see the tagger.

Sixteen everyday domains of the product (some of which earlier sets also wrote about), with every template
written new for v16: two or three private and two public templates per domain. What they are and which
layout each template uses is recorded in the set's ``.meta.json`` (from :data:`LAYOUTS` and
:data:`DESCRIPTION`), not in the public docs, until the next tagger round has been measured on the set.
They were frozen with the set and must not be changed: a changed template set is a new held-out set.

Syntax (v7's to v15's, see :mod:`~dpfusion_integrations.evaluation.heldout_templates_v7`): ``<<a|b>>`` is
a structural choice shared by the two documents of a pair; ``{ref.form}`` is a private value (people
``{pN.form}``, with v16's ``nick`` and ``lowernick`` forms, organisations ``{oN.kind}`` with the kinds of
``heldout_values_v16.ORG_FORMS``, ``{mailN}``, ``{addrN.form}``, ``{cityN}``, ``{dateN.form}``,
``{phoneN}``, ``{ipN}``, identifiers ``{idN.kind}`` with the kinds of ``heldout_values_v16.ID_KINDS``,
and ``{natN}``, a national identifier whose scheme is a structural choice).

Not gold (public structure): times, durations, amounts, prices, rates, doses, scores, percentages,
ward, bay, bed and room numbers, seat rows, form groups, hours, statute references.
"""

from __future__ import annotations

__all__ = ["DESCRIPTION", "LAYOUTS", "PRIVATE_TEMPLATES", "PUBLIC_TEMPLATES"]

# (template id, domain, template)
PRIVATE_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # ------------------------------------------------------------------ clinical
    ("cln16-gp", "clinical", """{o1.surgery} - consultation record
Patient: {p1.caps}   DOB {p1.dob}   NHS/ID {nat1}
Address on file: {addr1.oneline}
Seen by: Dr {p2.ini} ({date1.num}, 10-minute slot, telephone then face to face)
PC: cough for three weeks, worse at night, no haemoptysis. Ex-smoker, stopped 2019.
O/E: chest clear, sats 97% on air, temp 37.1. Peak flow 380 (predicted 440).
Plan: trial of inhaler, CXR request sent to {o2.hospital} (ref {id1.mrn}). Review in 2/52.
{p1.He} lives with {p1.his} {p1.partner} {p3.first}, who asked to be kept informed; consent recorded.
Safety-netting given. Fit note issued to {date2.short} for employer {o3.employer}.
Next of kin: {p3.full}, {p3.phone}"""),
    ("cln16-discharge", "clinical", """DISCHARGE SUMMARY
{o1.hospital}, Ward 7B (acute medicine)
Name: {p1.inv}    Hospital no: {id1.mrn}    DOB: {p1.olddob}
Admitted: {date1.text}    Discharged: {date2.text}
Consultant: Dr {p2.full}    Summary written by: {p3.ini}, FY1
Diagnosis: community-acquired pneumonia (CURB-65 score 2), acute kidney injury stage 1, resolved.
Medication changes: amoxicillin 500 mg TDS to complete 7 days; ramipril withheld, GP to restart once U&E normal.
Follow-up: bloods at the practice in one week; chest X-ray in six weeks.
GP: {p4.t} {p4.last}, {o2.surgery}, {addr1.oneline}
Patient's {p1.child} {p5.full} collected {p1.him}; contact {p5.phone} or {p5.email}.
Please direct queries to the ward on {phone1}."""),
    ("cln16-handover", "clinical", """SBAR handover - night to day - {date1.short}
Bay 3 bed 2: {p1.full} ({p1.sex}, {id1.mrn}). S: post-op day 1 hip hemiarthroplasty. B: dementia, lives alone at {addr1.street}.
A: NEWS 3, confused overnight, pulled out cannula at 02:40 ({p2.firstini} resited). R: falls sensor on; daughter {p3.first} rings at 8 ({p3.phone}).
Side room 4: {p4.ini}, {id2.mrn}. C. diff confirmed, enteric precautions. Stool chart up to date.
Bed 6: {p5.upperlast}, for discharge once pharmacy sends TTOs; transport booked {date2.short}, carer {p6.full} from {o1.charity}.
Handed over by {p7.initials} to {p8.firstini} (nurse in charge). Bleep {phone2}."""),
    # ------------------------------------------------------------------ support tickets
    ("sup16-thread", "support", """Ticket {id1.ticket} | Priority: P2 | Status: Waiting on customer
Requester: {p1.full} <{p1.workemail}>  ({o1.employer})
Assignee: {p2.firstini} ({p2.intmail})

---- {p2.first} replied {date2.num} 14:12 ----
Hi {p1.first}, thanks for the logs. The sync agent on {ip1} is still on 4.2; could you upgrade and restart?
If the SSO error comes back, please send a HAR file.
{p2.full} | Tier 2 support | {p2.phone}

---- {p1.first} wrote {date1.num} 09:47 ----
> Since Monday nobody on our team can log in through SSO. Error AUTH-401 after the redirect.
> {p3.full} ({p3.workemail}) is our IT admin if you need someone with console access.
> Licence key ends in -7Q; account {id2.account}."""),
    ("sup16-chat", "support", """[Live chat transcript - {date1.text}]
10:02 Bot: Hi! What can we help with today?
10:02 Visitor: my router keeps dropping every evening
10:03 {p1.first} (agent): Hi, I'm {p1.first}. Could you confirm the name on the account and your postcode?
10:04 Visitor: {p2.full}, {addr1.city}
10:05 {p1.first} (agent): Thanks {p2.first}. I see account {id1.account} and a router with serial {id2.serial}.
10:07 Visitor: yes. my partner {p3.first} already called twice, ref {id3.ticket}
10:09 {p1.first} (agent): Line test shows errors after 7pm. I've booked an engineer for {date2.text}, morning slot.
10:10 {p1.first} (agent): Confirmation goes to {p2.email} and a text to {p2.phone}.
10:11 Visitor: ok thanks
[Chat closed by agent {p1.user}]"""),
    # ------------------------------------------------------------------ HR
    ("hr16-sickness", "hr", """From: {p1.full} <{p1.workemail}>
Sent: {date1.text}
To: {p2.full} <{p2.workemail}>
Cc: {mail1}
Subject: Return-to-work meeting - {p3.full} (staff no. {id1.staff})

Hi {p2.first},

{p3.first} is back on Monday after eleven days' absence (back injury). The fit note from {p3.his} GP
recommends amended duties for four weeks: no lifting above 10 kg and a phased start. Could you book a
meeting room for Tuesday and invite {p4.ini} from occupational health?

This is the third absence period in twelve months, so the attendance policy applies; please keep the
conversation supportive and make notes.

Thanks,
{p1.first}
--
{p1.full} | HR Business Partner | {o1.employer}
{addr1.oneline} | {p1.phone}"""),
    ("hr16-grievance", "hr", """CONFIDENTIAL - Grievance investigation interview notes
Date: {date1.num}   Location: meeting room 2, {addr1.street}
Complainant: {p1.full}   Respondent: {p2.full} (line manager)
Investigator: {p3.full}   Note taker: {p4.initials}   Companion: {p5.full} (union rep, {o1.employer})
Q1: When did the comments start? A: In the spring, after {p1.first} asked for flexible working.
Q2: Who else was present? A: {p6.firstini} and {p7.lastini} from the night shift.
Q3: Did you raise it informally? A: Yes, by e-mail to {p2.workemail} on {date2.text}, no reply.
Next steps: interview witnesses; HR case {id1.case} to be closed within 28 days."""),
    # ------------------------------------------------------------------ legal
    ("leg16-memo", "legal", """MEMORANDUM - PRIVILEGED & CONFIDENTIAL
To: {p1.full}, Partner
From: {p2.ini}, Associate
Date: {date1.text}
Client/matter: {o2.employer} / {id1.case}
Re: unfair dismissal claim by {p3.full}

1. The claimant, {p3.last}, was employed from {date2.text} as a warehouse supervisor at {addr1.oneline}.
2. {p3.He} was dismissed after a disciplinary hearing chaired by {p4.full}; the appeal was heard by {p5.t} {p5.last}.
3. The ET1 was lodged in time. Early conciliation certificate no. {id2.case}.
4. Risk: the investigation relied on a statement from {p6.full} that was not shown to the claimant.
5. Recommend we seek instructions on a without-prejudice offer. Opposing solicitors: {o1.lawfirm}, contact {p7.workemail}."""),
    ("leg16-letter", "legal", """{o1.lawfirm}
{addr1.full}
Tel {phone1}

Our ref: {id1.case}
Your ref: {id2.case}

{date1.text}

{p1.t} {p1.full}
{addr2.full}

By first-class post and e-mail

Dear {p1.t} {p1.last},

Estate of {p2.full} (deceased)

This firm represents {p3.full} and {p4.full}, the executors. The will, signed on {date2.text},
leaves you a cash gift. Before distribution we need proof of identity and your bank details.
Please telephone {p5.full} in our private client team on {p5.phone} to arrange a video call.

Yours sincerely

{o1.lawfirm}"""),
    # ------------------------------------------------------------------ chat transcripts
    ("cht16-team", "chat", """[{date1.short} 08:51] {p1.at}: morning all, who's covering the front desk today?
[{date1.short} 08:53] {p2.at}: me till 12 then {p3.lowernick}
[{date1.short} 08:53] {p3.at}: yep. btw {p4.lower} is off sick, can someone take {p4.his} 2pm call
[{date1.short} 08:55] {p1.at}: i'll do it. whats the number
[{date1.short} 08:56] {p3.at}: {p5.lowerfull}, {p5.phone}, re invoice {id1.invoice}
[{date1.short} 09:20] {p2.at}: fyi courier coming for {p6.lower} parcel, leave it at reception
[{date1.short} 09:21] {p6.at}: ty!! its my new laptop, serial {id2.serial} for the asset list
[{date1.short} 11:58] {p2.at}: off to lunch, {p3.lowernick} you're up"""),
    ("cht16-whatsapp", "chat", """{date1.num}, 19:02 - {p1.lower}: hey is the flat still available?
{date1.num}, 19:05 - {p2.lower}: hi yes! viewing sat? im {p2.lowernick} btw
{date1.num}, 19:06 - {p1.lower}: sat works. my friend {p3.lowerfull} might come too
{date1.num}, 19:10 - {p2.lower}: cool. address is {addr1.oneline}, buzz flat 2
{date1.num}, 19:11 - {p2.lower}: if i dont answer call {p4.lower} (other housemate) {p4.phone}
{date2.num}, 10:40 - {p1.lower}: outside now
{date2.num}, 11:30 - {p1.lower}: thanks for showing us! can u send the landlord's email
{date2.num}, 11:32 - {p2.lower}: {p5.email} - {p5.he}s called {p5.first}, pretty chill
{date2.num}, 11:33 - {p1.lower}: 👍"""),
    # ------------------------------------------------------------------ police
    ("pol16-statement", "police", """WITNESS STATEMENT (CJ Act 1967, s.9; MC Rules 1981, r.70)
URN: {id1.crime}
Statement of: {p1.caps}    Age if under 18: over 18    Occupation: bus driver
Home address: {addr1.full}
Contact number (day or evening): {p1.phone}
I am the above named person. On {date1.text} at about 22:15 I was driving the route through {addr2.street}.
A passenger I now know to be {p2.full} got on without paying and shouted at a passenger, {p3.full}.
{p2.He} punched the perspex screen and left by the middle door. The CCTV unit on my bus is fleet no. {id2.staff}.
I would recognise {p2.him} again. {p2.He} was with a friend {p2.he} called "{p4.nick}".
Signed: {p1.initials}    Witnessed by: PC {p5.last}, collar no. {id3.staff}, {o1.police}"""),
    ("pol16-log", "police", """INCIDENT LOG {id1.crime} - {o1.police}
{date1.num} 01:12 Call from {p1.full} ({p1.phone}) reporting a break-in at {addr1.oneline}.
{date1.num} 01:14 Resourced: PC {p2.ini} and PC {p3.ini}.
{date1.num} 01:31 Officers on scene. Rear window forced; laptop and car keys taken. Vehicle {id2.plate} missing from drive.
{date1.num} 01:40 ANPR alert set for {id2.plate}. Informant's neighbour {p4.full} saw two males leaving on foot.
{date1.num} 02:05 SOCO requested for {date2.short}. Crime ref given to informant.
{date1.num} 02:20 Victim Support referral made with consent; contact {p1.email}.
OIC: DC {p5.full}, ext {phone1}"""),
    # ------------------------------------------------------------------ insurance
    ("ins16-fnol", "insurance", """FIRST NOTIFICATION OF LOSS - MOTOR
Claim no.: {id1.claim}        Policy no.: {id2.policy}
Policyholder: {p1.full}        Date of birth: {p1.dob}
Correspondence address: {addr1.full}
Best number to reach you: {p1.phone}        E-mail for documents: {p1.email}
Date of incident: {date1.text}        Time: approx. 17:40
Vehicle: {id3.plate}        Driver at the time: {p2.full} (named driver)
Third party: {p3.full}, vehicle {id4.plate}, insurer {o2.insurer}
Description: queuing traffic at a roundabout; third party drove into the rear of the insured vehicle.
Witness: {p4.full}, {p4.phone}
Handler: {p5.firstini}, {o1.insurer}"""),
    ("ins16-email", "insurance", """Subject: RE: Claim {id1.claim} - water damage, kitchen ceiling
From: {p1.full} <{p1.workemail}>
To: {p2.email}
Sent: {date2.text}

Dear {p2.t} {p2.last},

Our loss adjuster {p3.full} will visit on {date3.text} between 9 and 1. The drying company, {o2.employer},
has confirmed readings are still high in the ceiling void, so we can't reinstate yet. Your alternative
accommodation at {addr1.oneline} is authorised for a further 14 days.

Kind regards,
{p1.full}
Claims Handler, Home Claims | {o1.insurer} | {p1.phone}

> On {date1.text}, {p2.full} wrote:
> The leak came from the flat above ({p4.full} lives there). Photos attached. What happens next?"""),
    # ------------------------------------------------------------------ bank / fraud
    ("bnk16-fraud", "bank", """FRAUD CASE NOTE   Case {id1.case}   Opened {date1.num}   Analyst: {p1.lastini}
Customer: {p2.upperfull}    Customer no.: {id2.account}    Card: {id3.card}
Contact: {p2.phone} / {p2.email}
Disputed transactions:
  {date2.short}  {id4.txn}   ONLINE ELECTRONICS   GBP 899.00
  {date2.short}  {id5.txn}   GIFT CARDS           GBP 250.00
Customer states {p2.he} received a call from "the bank's security team" and read out a one-time code.
Payee account {id6.sortcode} belongs to {p3.full}; mule flag raised with {o2.bank}.
Device login from {ip1} not recognised. Card blocked, replacement to {addr1.oneline}.
Reviewed by {p4.initials}."""),
    ("bnk16-kyc", "bank", """Account opening - additional checks
Applicant: {p1.full}        Date of birth: {p1.dob}
Nationality/ID: passport {id1.passport}, national no. {nat1}
Residential address: {addr1.full}
Employer: {o1.employer}, position: nurse
Source of funds: salary; transfer from {id2.iban} (own account abroad)
Introduced by: {p2.full}, branch {addr2.city}
Checks: electoral roll match NO; utility bill dated {date1.text} accepted.
PEP/sanctions screening: no match. Approved by {p3.ini} on {date2.num}."""),
    # ------------------------------------------------------------------ school
    ("sch16-record", "school", """PUPIL RECORD - {o1.school}
Surname: {p1.upperlast}   Forename(s): {p1.first}   DOB: {p1.childdob}   UPN: {id1.student}
Year group: 8   Form: 8R   Tutor: {p2.t} {p2.last}
Address: {addr1.full}
Contact 1: {p3.full} ({p1.parent}), {p3.phone}, {p3.email}
Contact 2: {p4.full} (grandparent), {p4.phone}
Medical: mild asthma, inhaler kept in the school office. Dietary: vegetarian.
SEN: SEN support (literacy); key worker {p5.ini}.
Previous school: {o2.school}, left {date1.text}
Pastoral notes: {date2.num} - late four times this half term, letter sent home (signed {p6.initials})."""),
    ("sch16-email", "school", """From: {p1.full} <{p1.workemail}>
To: {p2.email}
Sent: {date1.text}
Subject: {p3.first} - maths homework and parents' evening

Dear {p2.t} {p2.last},

Just a quick note to say {p3.first} has missed the last three maths homeworks on the online platform
(username {p3.user}). {p3.He} is capable of the work, so I wonder whether something is getting in the way.
Parents' evening is on {date2.text}; I have a slot at 17:20 if that suits. If you would rather speak
sooner, the school office on {phone1} can put you through, or call my colleague {p4.full}, head of year.

Best wishes,
{p1.t} {p1.last}
Maths department, {o1.school}"""),
    # ------------------------------------------------------------------ pharmacy
    ("phm16-rx", "pharmacy", """{o1.pharmacy} ({addr1.oneline}) - dispensary line {phone1}
PRESCRIPTION - dispensing label record
Rx no.: {id1.rx}        Date dispensed: {date1.num}
Patient: {p1.full}        DOB: {p1.dob}
Prescriber: Dr {p2.full}, {o2.surgery}
Item: Sertraline 50 mg tablets x 28 - one daily
Item: Omeprazole 20 mg gastro-resistant capsules x 28 - one before breakfast
Checked by: {p3.dotted}   Dispensed by: {p4.initials}
Collected by: {p5.full} ({p1.kin}), ID seen: driving licence
Delivery to {addr2.oneline} requested for next month; contact {p1.phone}."""),
    ("phm16-phone", "pharmacy", """Telephone note - {date1.text}, 15:20
Caller: {p1.full}, carer for {p2.full} (DOB {p2.olddob}), tel {p1.phone}
Reason: blister pack for this week is missing the evening dose of amlodipine.
Action: checked pack record {id1.rx}; pharmacist {p3.firstini} confirmed error at assembly.
Replacement pack made up; driver {p4.first} to deliver to {addr1.oneline} before 18:00.
Incident logged ({id2.case}) and GP surgery ({o1.surgery}) informed by e-mail to {mail1}.
Follow-up call to {p1.first} on {date2.short} to confirm the new pack is right.
Note by: {p5.lastini}"""),
    # ------------------------------------------------------------------ tenancy
    ("ten16-agreement", "tenancy", """ASSURED SHORTHOLD TENANCY AGREEMENT - PARTICULARS
Landlord: {p1.full}, c/o {o1.landlord}, {addr1.oneline}
Tenant(s): {p2.full} and {p3.full}
Property: {addr2.full}
Term: 12 months from {date1.text}
Rent: 1,150 per calendar month, payable on the 1st to account {id1.sortcode}
Deposit: 1,325, protected with scheme ref. {id2.tenancy}
Guarantor: {p4.full}, {addr3.oneline}, tel {p4.phone}
Emergency repairs: {o1.landlord}, {phone1} (24 h)
Signed for the landlord by {p5.ini} on {date2.text}"""),
    ("ten16-repair", "tenancy", """Repair request #{id1.ticket}
Submitted: {date1.num} 21:48 via tenant portal
Tenant: {p1.full} ({p1.email}, {p1.phone})
Property: {addr1.oneline}
Category: Damp and mould
Description: black mould on the bedroom wall behind the wardrobe, getting worse. Baby sleeps in that
room. Extractor fan in the bathroom hasn't worked since we moved in.
Access: any weekday morning; otherwise my {p1.partner} {p2.first} is home ({p2.phone}).
Assigned to: {p3.full}, {o1.employer}    Target: 14 days (hazard, category 1)
Inspection booked for {date2.short}; property manager {p4.firstini} copied."""),
    # ------------------------------------------------------------------ travel
    ("trv16-booking", "travel", """Booking confirmation - {o1.airline}
Booking reference: {id1.booking}      Booked on: {date1.num}
Lead passenger: {p1.upperlast}/{p1.first} {p1.t}
Passenger 2: {p2.upperlast}/{p2.first}
Passenger 3 (child): {p3.upperlast}/{p3.first}   DOB {p3.childdob}
Outbound {date2.text}  dep 06:45  arr 10:20  seats 14A-C
Return {date3.text}  dep 19:10  arr 20:55
E-tickets: {id2.ticketno}, {id3.ticketno}, {id4.ticketno}
Frequent flyer: {id5.member}
Contact: {p1.email}, {p1.phone}
Hotel: {o2.hotel}, {addr1.oneline}"""),
    ("trv16-complaint", "travel", """Hi, I'm writing about booking {id1.booking}. We were meant to fly home on {date1.text} but the flight
was cancelled at the gate and nobody from {o1.airline} told us anything for four hours.
My {p1.partner} {p2.first} and I had to pay for a hotel ourselves ({o2.hotel}) and new flights the next day.
I have the receipts. Could you please refund these costs and the compensation we're entitled to?
Passengers: {p1.full}, {p2.full}, {p3.full}
Address for the cheque if you can't pay by transfer: {addr1.full}
Bank: {id2.iban}
Thanks,
{p1.first}
{p1.phone}"""),
    # ------------------------------------------------------------------ payroll
    ("pay16-slip", "payroll", """{o1.employer}                                   PAYSLIP
Employee: {p1.caps}        Employee no.: {id1.payroll}
NI/tax ID: {nat1}        Tax code: {id2.taxcode}
Pay date: {date1.num}        Period: 11
Department: Customer Operations        Manager: {p2.ini}
| payments | hours | rate | amount |
|---|---|---|---|
| basic | 150.00 | 14.20 | 2,130.00 |
| overtime x1.5 | 8.00 | 21.30 | 170.40 |
| deductions | | | |
| income tax | | | 341.60 |
| pension 5% | | | 115.02 |
Net pay 1,843.78 paid to {id3.account}
Address: {addr1.oneline}"""),
    ("pay16-query", "payroll", """From: {p1.full} <{p1.workemail}>
To: {mail1}
Sent: {date2.text}
Subject: Overtime missing from {date1.short} pay

Hello payroll,

My overtime for the stocktake weekend (12 hours, approved by {p2.full}) isn't on this month's payslip.
Employee number {id1.payroll}. I also changed banks last month - please confirm you have the new
account {id2.sortcode}, not the old one.

Thanks
{p1.first}

---
Reply from {p3.full}, Payroll Officer, {o1.employer} ({p3.workemail}):
Hi {p1.first}, the timesheet wasn't signed off until after cut-off; it will be paid on {date3.short}.
Your bank details were updated on {date1.num}. Regards, {p3.initials}"""),
    # ------------------------------------------------------------------ recruiting
    ("rec16-cv", "recruiting", """{p1.upperfull}
Based in {addr1.oneline}. Reachable on {p1.phone} or {p1.email}; profile: {p1.user}

PROFILE
Warehouse team leader with eight years in e-commerce fulfilment, forklift licence, first aider.

EXPERIENCE
{date1.short} - present   Team Leader, {o1.employer}
   Shift of 22 pickers; cut mis-picks by a third.
{date2.short} - {date3.short}   Picker/Packer, {o2.employer}

REFERENCES
{p2.full}, Operations Manager, {o1.employer} - {p2.workemail}
{p3.full}, Site Lead - {p3.phone}"""),
    ("rec16-pipeline", "recruiting", """Requisition {id1.application} - Customer Service Advisor (x3) - hiring manager {p1.full}
Recruiter: {p2.firstini} ({o1.agency})
cand_id   | name                  | stage           | next step              | notes
{id2.application} | {p3.full}      | phone screen    | interview {date1.short}   | bilingual, notice 4 wks
{id3.application} | {p4.full}      | interview 1     | feedback due           | referred by {p5.full}
{id4.application} | {p6.full}      | offer           | right-to-work check    | start {date2.short}
{id5.application} | {p7.full}      | rejected        | -                      | salary expectation too high
Panel: {p1.initials}, {p8.initials}. Offer letters go to {mail1}."""),
    # ------------------------------------------------------------------ social work
    ("soc16-casenote", "social_work", """CASE NOTE - {o1.council}, Children's Services
Child: {p1.full} (DOB {p1.childdob})    Case ID: {id1.case}
Type: home visit (announced)    Date: {date1.text}    Worker: {p2.full}
Present: {p3.full} ({p1.parent}), {p1.first}, {p4.first} (sibling, 4)
The home was warm and tidy. {p3.first} said the new tenancy at {addr1.oneline} has helped;
rent arrears are being repaid through {o2.charity}. {p1.first} showed me {p1.his} room and school books.
{p1.He} said {p1.he} likes {p1.his} teacher, {p5.t} {p5.last}. School attendance 91% this term.
Concern: {p3.first}'s former partner, {p6.full}, has been seen near the property; police ref {id2.crime}.
Plan: review at the child-in-need meeting on {date2.short}. Manager oversight: {p7.initials}."""),
    ("soc16-referral", "social_work", """ADULT SOCIAL CARE - REFERRAL FORM
Referrer: {p1.full}, district nurse, {o1.surgery}, {p1.phone}
Person referred: {p2.full}    DOB: {p2.olddob}    NHS no.: {nat1}
Where visits take place: {addr1.full}
Lives: alone; {p2.his} {p2.child} {p3.full} visits weekly ({p3.phone})
Reason: two falls in a month, struggling with stairs and personal care, weight loss.
Consent to referral: [x] yes  [ ] no    Capacity concerns: [ ] yes  [x] no
Key safe code known to: {p3.first} and the nurse team
Received: {date1.num} by {p4.lastini}    Allocated to: {p5.full}, {date2.num}"""),
    # ------------------------------------------------------------------ complaints
    ("cmp16-letter", "complaints", """{p1.full}
{addr1.full}
{p1.email}

{date1.text}

Customer Relations
{o1.retailer}
{addr2.full}

Order {id1.order} - faulty sofa, second complaint

Dear Sir or Madam,

I ordered a corner sofa on {date2.text}. It arrived with a split frame; your driver, who said {p2.his} name was
{p2.first}, noted the damage on the handheld. Since then I have phoned four times and spoken to {p3.full}
and {p4.firstini}, each of whom promised a call back that never came. I would now like a full refund of
1,249 to my card ending {id2.card}. If I have not heard from you within 14 days I will take the matter to
the ombudsman.

Yours faithfully,
{p1.full}"""),
    ("cmp16-social", "complaints", """{p1.at} · {date1.short}
hey {o1.retailer}, 3rd time my delivery "failed" when i was literally home all day. order {id1.order}. sort it out

{o1.retailer} Support · {date1.short}
Hi {p1.first}, that's not the service we want you to get. Send us a DM with your full name, postcode and the e-mail on the order and we'll chase it. ^{p2.initials}

{p1.at} · {date1.short}
DM'd. name's {p1.full}, email {p1.email}

{o1.retailer} Support · {date2.short}
Thanks {p1.first} - we've rebooked for tomorrow 7am-11am and added a note for the driver. Case {id2.ticket}. ^{p3.initials}"""),
)

PUBLIC_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("pub16-cln-leaflet", "clinical", """Coming into hospital for a day-case procedure
Bring a list of the medicines you take, your glasses and something to read. Do not eat for six hours \
before your admission time; you may drink water until two hours before. Remove nail varnish and jewellery. \
You will need an adult to take you home and stay with you overnight. <<If you feel unwell the day before, ring the unit.|Please leave valuables at home.>>"""),
    ("pub16-cln-hours", "clinical", """Surgery opening hours and services
| day | reception | phone lines | extended hours |
|---|---|---|---|
| Monday | 08:00 - 18:30 | 08:00 - 18:30 | 18:30 - 20:00 |
| Tuesday - Thursday | 08:00 - 18:30 | 08:00 - 18:30 | - |
| Friday | 08:00 - 18:00 | 08:00 - 17:30 | - |
| Saturday | closed | closed | 09:00 - 12:00 (pre-booked only) |
Repeat prescriptions take two working days. Blood tests by appointment, 08:10 to 11:30."""),
    ("pub16-sup-faq", "support", """Help centre: resetting your password
Go to the sign-in page and choose "Forgot password". Enter the e-mail address on your account; the link \
expires after 30 minutes. If the e-mail does not arrive, check spam and wait five minutes before asking \
again, since each new request cancels the previous link. Accounts lock for 15 minutes after five wrong \
attempts. <<Two-step verification codes refresh every 30 seconds.|Administrators can reset passwords for their team.>>"""),
    ("pub16-sup-sla", "support", """Support plans and response targets
| priority | example | Standard | Premium |
|---|---|---|---|
| P1 | service down for everyone | 4 business hours | 30 minutes, 24/7 |
| P2 | major feature broken | 1 business day | 2 hours |
| P3 | question or minor bug | 3 business days | 1 business day |
| P4 | feature request | best effort | 5 business days |
Business hours are 08:00-18:00 Monday to Friday, excluding public holidays."""),
    ("pub16-hr-policy", "hr", """Annual leave policy (extract)
Everyone working five days a week gets 25 days a year on top of bank holidays; after three complete \
years this goes up to 27, and after five to 28. If you work fewer days, your allowance is worked out in \
proportion. Ask your manager at least a month ahead for a block longer than a week. You may roll up to \
five days into the next year; use them before 31 March or they lapse. <<Nobody books time off in stocktake week.|Part-timers get a share of bank holidays whatever day they fall on.>>"""),
    ("pub16-hr-glossary", "hr", """HR terms explained
Probation: the first six months, with a review at three. Notice period: how long either side must give \
to end employment. Flexible working request: a formal request to change hours, place or pattern of work. \
Grievance: a formal complaint by an employee. Disciplinary: the process when conduct falls short. \
<<Garden leave: paid notice spent away from work.|TOIL: time off in lieu of overtime.>>"""),
    ("pub16-leg-guide", "legal", """Making a will: what you need to know
A will must be in writing, signed by you in the presence of two witnesses who are both present at the \
same time, and signed by them. A witness or their spouse cannot inherit under the will. Marriage revokes \
an earlier will unless it was made in contemplation of that marriage. Review your will after a divorce, \
a birth or a house move. <<Keep the original somewhere safe and tell your executors where.|Codicils make small changes without a new will.>>"""),
    ("pub16-leg-fees", "legal", """Fixed fees (VAT added at 20 %)
| service | fee |
|---|---|
| simple will | 195 |
| mirror wills (couple) | 320 |
| lasting power of attorney, one type | 395 |
| residential conveyancing, sale up to 250,000 | 850 |
| employment settlement agreement review | 450 |
Court fees, search fees and Land Registry fees are charged at cost."""),
    ("pub16-cht-rules", "chat", """community guidelines (pinned)
be kind. no spam, no selling, no sharing other people's personal info. keep work stuff in the work \
channels and memes in #random. if something's urgent dont rely on chat, call the on-call line. mods can \
mute or remove anyone who ignores these. <<threads keep channels readable, pls use them|emoji reactions count as a read receipt>>"""),
    ("pub16-cht-howto", "chat", """how to use the office chat
- /remind me at 3pm to do X sets a reminder
- star a message to save it for later
- type @here only for things the whole channel needs now
- set your status when you're at lunch or in a meeting
- messages older than 90 days are deleted automatically
<<- huddles are for quick calls, book a room for anything longer|- you can snooze notifications outside working hours>>"""),
    ("pub16-pol-advice", "police", """Keeping your home secure this winter
Most burglaries happen when a home is empty and dark. Use timer switches for lights, lock doors and \
windows even when you pop out, and never leave keys near the letterbox or on a hook by the door. Mark \
valuables with a UV pen and register serial numbers. Keep bins and ladders out of reach. <<Report anything suspicious on the non-emergency number.|Ask a neighbour to move post off the mat when you're away.>>"""),
    ("pub16-pol-stats", "police", """Recorded crime, year to September (rate per 1,000 residents)
| offence group | this year | last year | change |
|---|---|---|---|
| burglary (residential) | 4.1 | 4.6 | -11 % |
| vehicle crime | 6.8 | 6.2 | +10 % |
| violence against the person | 29.3 | 30.1 | -3 % |
| shoplifting | 7.7 | 5.9 | +31 % |
| criminal damage | 8.0 | 8.4 | -5 % |
Figures are provisional and may change as investigations conclude."""),
    ("pub16-ins-faq", "insurance", """Home insurance: common questions
Is wear and tear covered? No: policies cover sudden events, not gradual deterioration. What is the excess? \
The first part of any claim that you pay; a higher voluntary excess lowers the premium. Do I need to tell \
you about building work? Yes, before it starts. Is a leaking washing machine covered? Escape of water is \
covered; the machine itself usually is not. <<Accidental damage cover is an optional extra.|Unoccupied homes are covered for 60 days only.>>"""),
    ("pub16-ins-table", "insurance", """Motor policy: what each level covers
| cover | third party only | third party, fire & theft | comprehensive |
|---|---|---|---|
| damage to other vehicles | yes | yes | yes |
| fire and theft of your car | no | yes | yes |
| damage to your own car | no | no | yes |
| windscreen | no | no | yes, 75 excess |
| courtesy car | no | no | yes, up to 14 days |"""),
    ("pub16-bnk-scam", "bank", """Genuine bank staff don't ask customers to transfer savings elsewhere
Criminals pose as your bank, the police or a parcel company. They may already know your address or date \
of birth and can spoof the number that shows on your phone. Put the phone down, give it five minutes, then \
ring us on a number you trust, such as the one printed on your statement. One-time passcodes are for you alone. <<If you've been scammed, call us straight away: the sooner, the better.|Check the payee's name match before you send money.>>"""),
    ("pub16-bnk-rates", "bank", """Savings rates (AER, variable unless stated)
| account | balance | rate |
|---|---|---|
| easy access | any | 3.10 % |
| 90-day notice | 1,000+ | 3.85 % |
| 1-year fixed | 500 - 1,000,000 | 4.20 % fixed |
| regular saver | 25 - 250 a month | 5.50 % for 12 months |
| children's saver | up to 5,000 | 4.00 % |
Interest is paid monthly or annually; rates checked on the first business day of each month."""),
    ("pub16-sch-term", "school", """Term dates 2026-27
| term | starts | half term | ends |
|---|---|---|---|
| autumn | Thursday 3 September | 26 - 30 October | Friday 18 December |
| spring | Monday 4 January | 15 - 19 February | Thursday 25 March |
| summer | Monday 12 April | 31 May - 4 June | Wednesday 21 July |
INSET days: 1 and 2 September, 5 January, 2 June. The school day runs 08:40 to 15:10."""),
    ("pub16-sch-uniform", "school", """Uniform and equipment
Black blazer with badge, white shirt, house tie, black trousers or knee-length skirt, plain black shoes \
(no trainers). PE: navy polo shirt, navy shorts, trainers with non-marking soles. Every pupil needs a \
calculator, a clear pencil case and a reading book. Please label everything. <<Second-hand uniform is sold on the first Friday of each month.|Jewellery is limited to one pair of stud earrings.>>"""),
    ("pub16-phm-advice", "pharmacy", """Ask your pharmacist: antibiotics
Take the whole course unless your prescriber tells you to stop. Space doses evenly through the day. Some \
antibiotics must be taken on an empty stomach, others with food: check the label. Do not drink alcohol \
with metronidazole. Antibiotics do not work on colds or most sore throats. <<Tell us if you're pregnant or breastfeeding.|Diarrhoea is common; keep drinking fluids.>>"""),
    ("pub16-phm-prices", "pharmacy", """Private services and prices
| service | price |
|---|---|
| flu vaccination | 16.99 |
| blood pressure check | free |
| travel consultation | 15.00 (redeemable against vaccines) |
| hepatitis A, per dose | 55.00 |
| emergency contraception consultation | free |
| prescription charge per item | 9.90 |
Walk in or book online; allow 15 minutes per appointment."""),
    ("pub16-ten-guide", "tenancy", """Renting: your rights on repairs
Your landlord must keep the structure, heating, hot water, drains and wiring in repair and make sure the \
home is fit to live in. Report problems in writing and keep copies. A landlord or agent has to warn you \
a day ahead (24 hours as a minimum) before coming round, unless it's an emergency. You should not withhold rent, as it can put your \
tenancy at risk. <<Damp and mould must be investigated promptly.|Gas safety checks are due every 12 months.>>"""),
    ("pub16-ten-fees", "tenancy", """Tenant fees schedule
| item | charge |
|---|---|
| holding deposit | one week's rent (max) |
| security deposit | five weeks' rent (max) |
| change of sharer | 50 |
| lost key or fob | cost of replacement |
| late rent (over 14 days) | 3 % above base rate, daily |
No other fees are payable. Deposits are registered with an authorised deposit protection scheme no later than 30 days after we receive them."""),
    ("pub16-trv-baggage", "travel", """Baggage allowance
| fare | cabin bag | hold bag |
|---|---|---|
| Basic | 1 small bag under the seat (40 x 30 x 20 cm) | not included |
| Standard | + 1 overhead bag up to 10 kg | 1 x 23 kg |
| Flex | + 1 overhead bag up to 10 kg | 2 x 23 kg |
Overweight bags (23-32 kg): 65 per bag per flight. Sports equipment must be booked 48 hours ahead."""),
    ("pub16-trv-checkin", "travel", """Online check-in
Check-in opens 30 hours before departure and closes 2 hours before for international flights, 45 minutes \
for domestic ones. Download your boarding pass or print it at home; airport desks charge for printing. \
Passengers needing assistance should tell us at least 48 hours before travel. <<Bag drop closes 45 minutes before departure.|Children must travel with an adult aged 16 or over.>>"""),
    ("pub16-pay-calendar", "payroll", """Payroll calendar (monthly paid staff)
| month | timesheets/expenses cut-off | pay date |
|---|---|---|
| January | Tuesday 13th | Wednesday 28th |
| February | Friday 13th | Friday 27th |
| March | Friday 13th | Friday 27th |
| April | Tuesday 14th | Tuesday 28th |
Claims received after the cut-off are paid in the following month. Payslips are available online two days before pay day."""),
    ("pub16-pay-glossary", "payroll", """Reading your payslip
Gross pay: earnings before deductions. Tax code: tells us how much tax-free pay you get; an emergency \
code is used until we have your details. NI: national insurance, based on earnings in each pay period. \
Salary sacrifice: pay you give up in return for a benefit. YTD: year-to-date totals. <<Net pay is what reaches your bank.|A P60 summarises the tax year.>>"""),
    ("pub16-rec-advert", "recruiting", """We're hiring: Customer Service Advisors (full and part time)
Salary 24,500 - 26,000 plus quarterly bonus. Hybrid after training (3 days home, 2 in the contact centre). \
Six-week paid training, 28 days' holiday, pension matched to 6 %. You'll handle calls, chats and e-mails \
about orders and returns. No experience needed: we value patience and clear writing. <<Evening shifts attract a 15 % premium.|Applications close when we have enough candidates.>>"""),
    ("pub16-rec-tips", "recruiting", """Interview tips from our recruiters
Research the company and the role. Prepare examples using the STAR method: situation, task, action, result. \
For video interviews, test your camera and find a quiet room. Ask two or three questions at the end, \
about the team, training or what success looks like after six months. Follow up with a short thank-you \
e-mail. <<Keep your CV to two pages.|Explain gaps in employment honestly.>>"""),
    ("pub16-soc-info", "social_work", """What happens after a referral to adult social care
A member of the duty team will usually call within five working days to talk about what is happening \
and what matters to you. If you may be eligible for support, we will arrange a care needs assessment, \
at home or by phone. You can have a family member, friend or advocate with you. Support may include \
equipment, home care or a direct payment. <<Carers can ask for their own assessment.|Some services are means-tested.>>"""),
    ("pub16-soc-terms", "social_work", """Glossary for families
Child in need: a child who needs extra help to be safe or healthy, with a plan agreed with the family. \
Child protection plan: a plan made at a conference when a child is at risk of significant harm. Core \
group: the people who carry out that plan. Looked after: a child in the care of the council. Early help: \
support offered before problems grow. <<PLO: the pre-proceedings process.|Kinship care: a child living with relatives or friends.>>"""),
    ("pub16-cmp-procedure", "complaints", """How to make a complaint
Stage 1: tell us what went wrong and what you'd like us to do. We'll acknowledge within 2 working days \
and reply within 10. Stage 2: if you're not happy with our answer, ask for a review by a senior manager, \
within 28 days. If we haven't resolved it after 8 weeks, you can go to the ombudsman free of charge. \
<<We record every complaint and learn from it.|Complaints about a contractor are handled by us, not by them.>>"""),
    ("pub16-cmp-stats", "complaints", """Complaints we received this quarter
| category | received | upheld | average days to close |
|---|---|---|---|
| late delivery | 1,214 | 61 % | 6.2 |
| damaged goods | 486 | 78 % | 9.5 |
| refunds | 377 | 44 % | 11.0 |
| staff conduct | 52 | 35 % | 14.3 |
| website | 198 | 29 % | 4.8 |
Upheld means the complaint was found to be fully or partly justified."""),
)

#: The layout of each template (recorded in the ``.meta.json``).
LAYOUTS: dict[str, str] = {
    "cln16-gp": "GP consultation record with abbreviations",
    "cln16-discharge": "hospital discharge summary",
    "cln16-handover": "SBAR nursing handover lines",
    "sup16-thread": "ticket thread with quoted reply and signature",
    "sup16-chat": "live-chat transcript with times",
    "hr16-sickness": "HR e-mail with headers and signature",
    "hr16-grievance": "interview notes in Q/A form",
    "leg16-memo": "numbered legal memo",
    "leg16-letter": "solicitor's letter with two addresses",
    "cht16-team": "team chat with timestamps and handles",
    "cht16-whatsapp": "lower-case messenger export",
    "pol16-statement": "witness statement form",
    "pol16-log": "incident log lines",
    "ins16-fnol": "claim notification form",
    "ins16-email": "claims e-mail with quoted message",
    "bnk16-fraud": "fraud case note with transaction lines",
    "bnk16-kyc": "account-opening check form",
    "sch16-record": "pupil record form",
    "sch16-email": "teacher's e-mail to a parent",
    "phm16-rx": "dispensing record",
    "phm16-phone": "pharmacy telephone note",
    "ten16-agreement": "tenancy particulars",
    "ten16-repair": "repair request from a portal",
    "trv16-booking": "booking confirmation with SURNAME/First names",
    "trv16-complaint": "customer message without headers",
    "pay16-slip": "payslip with Markdown table",
    "pay16-query": "payroll e-mail with reply",
    "rec16-cv": "CV with references",
    "rec16-pipeline": "pipe-separated candidate tracker",
    "soc16-casenote": "social-work case note",
    "soc16-referral": "referral form with check boxes",
    "cmp16-letter": "complaint letter",
    "cmp16-social": "social-media complaint thread",
    **{tid: "public: tips, prices, rules, schedule, glossary or table" for tid, _, _ in PUBLIC_TEMPLATES},
}

#: A description of the set for its ``.meta.json``.
DESCRIPTION = (
    "The product's everyday domains, every template written new for v16 (clinical notes: GP record, discharge "
    "summary, nursing handover; support tickets, HR e-mails, legal memos and letters, chat transcripts, police "
    "statements and logs, insurance claims, bank fraud and account checks, pupil records, pharmacy, tenancy, "
    "travel bookings, payroll, recruiting, social-work case notes, customer complaints), two or three private "
    "and two public templates each; layouts: e-mail threads with quoted replies and signatures, forms with "
    "check boxes, Markdown and pipe tables, logs, letters, a live chat, a team chat with handles and a "
    "lower-case messenger export with timestamps. Names hand-written in 51 traditions, mainstream and rarer "
    "ones mixed, none of whose name values any of v1-v15 used; nicknames, initials, titles, SURNAME/First and "
    "lower-case forms. Addresses and phones of 28 countries and territories in their own layouts, with extension "
    "forms; NHS, Canadian SIN, PESEL and Turkish identity numbers with check digits, SSN-like, National "
    "Insurance, Aadhaar-like and CNIC-like numbers, IBANs of 6 countries, policy, claim, case, ticket, account, "
    "booking, e-ticket and plate numbers; numeric and worded dates in English, Spanish, Polish and Turkish."
)
