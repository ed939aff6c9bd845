"""Templates of the seventh held-out tagging set (v7), written for it by an author who did not see the tagger.

Sixteen domains no earlier set wrote, each with three private and two public templates, in document
shapes of their own (booking forms, job tickets, grievance minutes, telematics event exports, adverse-event
forms, donor session records, incident reports, dispatch call logs, subject-access request letters,
collection notes, lesson diaries, treatment notes, polling-station logs, consignment receipts, coworking
access logs and research reports): court interpreting, translation agencies, union grievances, fleet
telematics, pharmacovigilance, blood donation, fire incident reports, ambulance dispatch, data-subject
requests, debt collection, driving schools, physiotherapy, election administration, auction houses,
coworking spaces and genealogy research. They were frozen with the set and must not be changed: a
changed template set is a new held-out set.

Syntax (see :mod:`~dpfusion_integrations.evaluation.heldout_v7`): ``<<a|b>>`` is a structural choice
shared by the two documents of a pair; ``{ref.form}`` is a private value:

* people ``{pN.full|first|last|lower|lowerfull|ini|ini2|lastini|initials|dotted|firstini|upperlast|
  upperfull|caps|inv}``; contacts ``{pN.email|workemail|workemail2|intmail|phone}``; handles and
  profile links ``{pN.at|slack|telegram|mastodon|matrix|github|linkedin|insta|wechat|skype|user}``;
  ``{pN.dob|childdob|olddob}``; public words agreeing with the person's gender: ``{pN.he|He|him|his|
  His}``, ``{pN.t}`` (a title), ``{pN.kin}``, ``{pN.child}``, ``{pN.parent}``, ``{pN.sex}``;
* organisations ``{oN.kind}`` (kinds in ``heldout_values_v7.ORG_FORMS``); ``{mailN}`` a shared mailbox
  at o1 (``{mailN.o2}`` at o2);
* ``{addrN.full|oneline|street|city}``, ``{cityN}``, ``{dateN}`` (``.num``, ``.short``, ``.text``),
  ``{phoneN}``, ``{ipN}`` and identifiers ``{idN.kind}`` (kinds in ``heldout_values_v7.ID_KINDS``).

Not gold (public structure): times, durations, amounts, ages, doses and medicines, languages, courts,
fire and ambulance stations and other public bodies, vehicle makes and models, lot descriptions, room,
desk and bay numbers, software versions, ward and polling-district names.
"""

from __future__ import annotations

__all__ = ["PRIVATE_TEMPLATES", "PUBLIC_TEMPLATES"]

# (template id, domain, template)
PRIVATE_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # ------------------------------------------------------------------ court interpreting
    ("int7-booking", "court_interpreting", """INTERPRETER BOOKING REQUEST
Booking ref: {id1.booking}        Requested: {date1.num}
Hearing date: {date2.num}, 10:00, <<Courtroom 3|Court 11|Annexe B>>
Case no.: {id2.case}
Language: <<Tigrinya|Georgian|Dari|Nepali|Amharic>>    Mode: <<consecutive|simultaneous|remote video>>
Defendant/witness: {p1.caps}    DOB: {p1.dob}
Agency: {o1.agency}, contact {p2.full} ({p2.workemail}, {p2.phone})
Interpreter assigned: {p3.ini}    NRPSI/registration no. {id3.staff}
Notes: the witness is hard of hearing; {p1.he} asked for a <<female|male>> interpreter if possible.
Cancellation less than 48h before the hearing is charged in full."""),
    ("int7-transcript", "court_interpreting", """[Transcript excerpt – interpreted evidence, {date1.text}]
JUDGE: Would the witness give {p2.his} name, please.
INTERPRETER ({p1.initials}): The witness says {p2.his} name is {p2.full}.
JUDGE: And your address?
INTERPRETER: {addr1.oneline}.
COUNSEL ({p3.t} {p3.last}): You told the officer on {date2.short} that {p4.first} had the keys, correct?
INTERPRETER: {p2.He} says no, it was {p4.his} cousin, {p5.full}.
JUDGE: Let the record show the witness identified the phone number {p5.phone} as the one {p5.first} uses.
[Interpreter's note: the witness used the word "uncle" for a family friend.]"""),
    ("int7-invoice", "court_interpreting", """From: {p1.email}
To: {mail1}
Subject: Invoice {id1.invoice} – attendance {date1.num}

Hello,
please find attached my invoice for the <<Ethiopian|Armenian|Maldivian|Khasi>> assignment at the family \
court (booking {id2.booking}). I waited 2 hours 40 minutes before the case was called, and the usher \
({p2.firstini}) signed my attendance sheet.
Payment to {id3.iban}, account name {p1.upperfull}.
Mileage: from {addr1.city} and back, 84 miles.
Kind regards,
{p1.full}
Court & community interpreter – {phone1}
{o1.agency}"""),
    # ------------------------------------------------------------------ translation agency
    ("tra7-ticket", "translation_agency", """JOB TICKET {id1.job}
Client: {o1.employer}    Contact: {p1.inv}
Source → target: <<ka → en|hy → fr|ne → en|am → it|da → en>>
Document: birth certificate and school records of {p2.full}, born {p2.childdob}
Word count: 2,340    Certified: yes    Deadline: {date1.num}
Assigned translator: {p3.lastini} (freelancer, {p3.telegram})
Reviewer: {p4.firstini}
PM: {p5.slack}
Delivery: courier to {addr1.full}"""),
    ("tra7-chat", "translation_agency", """#pm-desk  ({o1.agency} workspace)
{p1.lower} 09:12  can someone take the <<Corsican|Occitan|Romansh|Manx>> job? {id1.job}, 6k words, due {date1.short}
{p2.lower} 09:14  i can do half. ask {p3.lower}?
{p1.lower} 09:15  {p3.he}'s on leave till {date2.short}
{p4.slack} 09:20  client is {o2.employer}, their contact is {p5.full} – {p5.workemail2}
{p2.lower} 09:21  ok. glossary is in the shared drive under {p5.last}
{p1.lower} 09:22  ty. invoicing to {o2.employer} at {addr1.oneline}"""),
    ("tra7-cert", "translation_agency", """CERTIFICATE OF TRANSLATION ACCURACY

I, {p1.full}, of {o1.agency}, {addr1.oneline}, certify that I am fluent in <<Georgian|Armenian|Amharic|Nepali>> \
and English and that the attached document, the <<marriage certificate|driving licence|diploma>> of \
{p2.upperfull} (ID <<{id1.natid}|{id1.rut}|{id1.hetu}|{id1.ilid}|{id1.benat}>>), issued on {date1.text}, is a true and accurate translation of the original.

Signature: ____________    Date: {date2.text}
Membership no. {id2.member}
Tel. {p1.phone}  ·  {p1.workemail}"""),
    # ------------------------------------------------------------------ union grievance
    ("uni7-minutes", "union_grievance", """GRIEVANCE HEARING – MINUTES
Reference: {id1.grievance}    Date: {date1}
Employer: {o1.employer}    Union: {o2.union}
Present: {p1.full} (grievant), {p2.full} (branch rep), {p3.t} {p3.last} (HR), {p4.ini} (note-taker)
1. {p2.first} summarised the grievance: {p1.first} was moved to night shifts on {date2} without consultation.
2. {p3.last} said the rota change applied to the whole depot.
3. {p1.first} said {p1.he} cares for {p1.his} {p5.kin} ({p5.first}) and cannot work nights.
Outcome: adjourned; HR to reply by {date3}.
Payroll no. of grievant: {id2.staff}"""),
    ("uni7-letter", "union_grievance", """{o1.union}
{addr1.full}

{date1.text}

{p1.t} {p1.last}
HR Business Partner, {o2.employer}

Dear {p1.t} {p1.last},
Formal grievance – our member {p2.full}, employee no. {id1.staff}
We write on behalf of our member, who has worked at your <<warehouse|contact centre|bakery|bus garage>> since \
{date2.num}. The deductions made from {p2.his} pay in <<March|June|September>> were not agreed. Please arrange a \
meeting within 5 working days; {p2.first} will be accompanied by {p3.full}, workplace representative.
Yours sincerely,
{p4.full}
Regional Organiser · {p4.phone} · {p4.workemail}"""),
    ("uni7-whatsapp", "union_grievance", """[{o1.union} – reps group]
[{date1.num}, 17:02] {p1.firstini}: meeting with management moved to thursday
[{date1.num}, 17:05] {p2.lower}: is {p3.lowerfull} still willing to be witness?
[{date1.num}, 17:06] {p1.firstini}: yes but {p3.he} wants it kept quiet, {p3.his} manager is {p4.full}
[{date1.num}, 17:09] {p5.lower}: i'll bring the signed statements. {p3.first}'s number changed btw: {p3.phone}
[{date1.num}, 17:10] {p2.lower}: ok send it to the branch inbox {mail1}, not to me"""),
    # ------------------------------------------------------------------ fleet telematics
    ("tel7-event", "fleet_telematics", """TELEMATICS EVENT REPORT
Fleet: {o1.fleet}    Insurer: {o2.insurer}    Policy {id1.policy}
Vehicle: {id2.plate} (<<Ford Transit|Mercedes Sprinter|Iveco Daily|VW Crafter>>)    VIN {id3.vin}
Unit serial: {id4.unit}
Driver: {p1.upperlast}, {p1.first}    Driver ID card: {id5.licence}
Event: <<harsh braking|impact 2.8 g|speeding 71 in a 50 zone|cornering alert>> at {date1.num} 14:37:09
Location (reverse geocoded): {addr1.oneline}
Reviewed by: {p2.ini} – coaching call booked with {p1.first} for {date2.short}."""),
    ("tel7-claim", "fleet_telematics", """From: {p1.workemail}
To: {p2.workemail2}
Cc: {mail1}
Subject: Claim {id1.claim} – {id2.plate}

{p2.first},
The crash data from the box ({id3.unit}) confirms our driver {p3.full} was doing 23 km/h when the third \
party pulled out at {addr1.street}. Dashcam clip attached. The driver's phone (IMEI {id5.imei}) was not in use. The third party is {p4.full}, <<insured by|with>> \
{o2.insurer}, reg {id4.plate}, phone {p4.phone}.
Please stop the excess being taken from {p3.first}'s wages.
{p1.full}
Fleet Manager, {o1.fleet}"""),
    ("tel7-export", "fleet_telematics", """driver_name;vehicle;unit_id;date;score;flags
{p1.full};{id1.plate};{id2.unit};{date1.num};<<62|71|88>>;<<late night|idling>>
{p2.full};{id3.plate};{id4.unit};{date1.num};<<54|77|91>>;<<speeding|none>>
{p3.upperfull};{id5.plate};{id6.unit};{date1.num};<<69|80|93>>;harsh braking
# exported by {p4.user} from {ip1} – {o1.fleet}"""),
    # ------------------------------------------------------------------ pharmacovigilance
    ("pv7-ae", "pharmacovigilance", """ADVERSE EVENT REPORT FORM (CONFIDENTIAL)
Sponsor: {o1.sponsor}    Protocol: <<ZX-301|KT-114|AV-220>>    Site: {o2.site}
Report no.: {id1.report}    Subject no.: {id2.subject}
Patient initials: {p1.dotted}    Date of birth: {p1.dob}    Sex: {p1.sex}
Event: <<grade 3 rash|syncope|elevated ALT|anaphylaxis>>    Onset: {date1.num}    Serious: yes
Study drug: 200 mg twice daily, interrupted on {date2.num}
Reporter: {p2.t} {p2.full}, investigator, {p2.workemail2}, {p2.phone}
Causality (investigator): <<possibly related|probably related|unlikely>>
Received by PV: {p3.initials} on {date3.num}"""),
    ("pv7-call", "pharmacovigilance", """Medical information call – transcript summary
Caller: {p1.full}, the patient's <<partner|carer|neighbour>>
Patient: {p2.upperfull}, age 67, lives at {addr1.oneline}
Product: <<Loravex 10 mg|Tiralin patch|Zemdor injection>>
The caller said that on {date1.text} {p2.first} became confused after the second dose and was taken to \
{o1.site}. GP is Dr {p3.last}. Caller can be reached on {p1.phone} or {p1.email}.
Case created: {id1.report}. Follow-up letter to the GP requested."""),
    ("pv7-query", "pharmacovigilance", """Query to site – {id1.report}
To: {p1.workemail} (study coordinator, {o1.site})
From: {p2.intmail}

Dear {p1.first},
For subject {id2.subject} (initials {p3.initials}, born {p3.dob}) please confirm:
  a) the date of hospital discharge (form says {date1.num}, narrative says {date2.num});
  b) whether the concomitant medication was stopped;
  c) the name of the treating cardiologist (currently "{p4.lastini}").
Many thanks,
{p2.full} | Drug Safety Associate | {o2.sponsor} | {p2.phone}"""),
    # ------------------------------------------------------------------ blood donation
    ("bld7-session", "blood_donation", """DONOR SESSION RECORD
Session: <<mobile unit|donor centre>>, {date1.num}    Venue: {addr1.street}
Donor: {p1.caps}    Donor no.: {id1.donor}    DOB: {p1.dob}
ID checked: <<{id3.natid}|{id3.benat}|{id3.ilid}>>
Blood group: <<O neg|A pos|B pos|AB neg>>    Hb: 13.6 g/dL    Pulse 72
Deferral check: travel to <<Brazil|Kenya|Cambodia>> in last 6 months – no
Venepuncture: {p2.firstini}    Donation id: {id2.donor}
Adverse reaction: <<none|faint after donation, recovered|bruising>>
Next eligible: {date2.num}
Contact preference: SMS to {p1.phone}"""),
    ("bld7-lookback", "blood_donation", """CONFIDENTIAL – lookback investigation
To: {p1.t} {p1.last}, {o1.site}
Re: recipient of component {id1.donor}

A donor who gave on {date1.text} has since tested positive for <<hepatitis B|HTLV|syphilis>>. Our records \
show the red cells were issued to your hospital and transfused to {p2.full} (NHS number {id2.nhs}, \
DOB {p2.dob}) on {date2.text}. Please arrange counselling and testing.
The donor ({p3.initials}) has been withdrawn.
{p4.full}, Consultant, Lookback team · {p4.phone}"""),
    ("bld7-text", "blood_donation", """SMS log – appointment reminders
to {p1.phone}: Hi {p1.first}, thank you for booking. See you on {date1.short} at 16:40. Reply STOP to opt out.
from {p1.phone}: cant make it my {p1.child} is sick, can i move to next week?
to {p1.phone}: No problem {p1.first}. We have {date2.short} at 11:00 at the same venue. Reply YES to confirm.
from {p1.phone}: YES. also my {p2.kin} {p2.lowerfull} wants to register, {p2.his} email is {p2.email}
to {p1.phone}: Thanks! We've sent {p2.first} a link. Donor ref for you: {id1.donor}"""),
    # ------------------------------------------------------------------ fire incident reports
    ("fir7-report", "fire_incident", """INCIDENT REPORT – FIRE AND RESCUE
Incident no.: {id1.incident}    Date: {date1.num}    Call received 02:14, first appliance in attendance 02:21
Address of incident: {addr1.full}
Property type: <<mid-terrace house|first-floor flat|takeaway with flat above|farm outbuilding>>
Occupier: {p1.full}    Tel: {p1.phone}
Casualties: 1 – {p2.firstini}, smoke inhalation, taken to hospital by ambulance
Cause: <<unattended cooking|e-bike battery charging|candle|electrical fault in extension lead>>
Smoke alarm: <<fitted, not working|fitted and working|none>>
Officer in charge: {p3.ini2}, Watch Manager
Home fire safety visit offered to neighbour {p4.full} at {addr2.street}."""),
    ("fir7-safety", "fire_incident", """Home Fire Safety Visit – referral
Referred by: {p1.full}, <<district nurse|housing officer|social worker>>, {p1.workemail}
Resident: {p2.full}, aged 84, lives alone, uses oxygen at home
Address: {addr1.oneline}
Key safe code held by {o1.employer}; next of kin {p3.full} ({p3.kin}), {p3.phone}
Best time to visit: mornings; {p2.he} is hard of hearing – knock loudly.
Visit booked for {date1.text} by {p4.firstini}."""),
    ("fir7-radio", "fire_incident", """Fire control log – {date1.num}
02:16 Mobilised P1, P2 to {addr1.street}, {addr1.city}. Persons reported.
02:19 Caller {p1.first} (neighbour) on {p1.phone}: flames from upstairs window, occupant {p2.full} believed inside.
02:24 P1 in attendance. BA team committed, crew {p3.lastini} / {p4.lastini}.
02:31 One casualty rescued, handed to ambulance crew (incident {id1.incident}).
02:58 Stop message. Fire investigation officer {p5.full} requested.
03:40 Police ref {id2.case} for the <<suspected arson|stolen car found nearby>>."""),
    # ------------------------------------------------------------------ ambulance dispatch
    ("amb7-call", "ambulance_dispatch", """999 CALL – CAD {id1.incident}    {date1.num} 19:47
Caller: {p1.full}, relationship: <<son|daughter|neighbour|passer-by>>    Callback: {p1.phone}
Patient: {p2.caps}, approx. 70, <<not breathing|chest pain|fall, head injury|seizure>>
Location: {addr1.oneline}
Access: <<side gate|flat on 3rd floor, lift broken|rear entrance by the bins>>
CPR instructions given: <<yes|no>>. Defibrillator nearest at {o1.employer}.
Dispatch: RRV and DCA. Call handler {p3.initials}. Clinician callback by {p4.firstini}."""),
    ("amb7-prf", "ambulance_dispatch", """PATIENT REPORT FORM (extract)
Incident: {id1.incident}    Date: {date1}
Name: {p1.upperlast}, {p1.first}    DOB {p1.dob}    NHS no. {id2.nhs}
Home address: {addr1.full}
GP: {o1.practice}
Next of kin: {p2.full} ({p2.kin}) – {p2.phone}
Observations: RR 22, SpO2 91%, HR 118, BP 98/60, GCS 14
Conveyed to: <<ED|Same Day Emergency Care|Urgent Treatment Centre>>
Crew: {p3.ini} (paramedic), {p4.ini} (EMT)    Handover 21:05"""),
    ("amb7-complaint", "ambulance_dispatch", """Subject: Ambulance took 3 hours – my {p1.parent}
From: {p2.email}
Date: {date1.text}

To whom it may concern,
On {date2.text} my {p1.parent}, {p1.full}, fell at home at {addr1.oneline}. I called at 14:10 and \
was told an ambulance was on its way. It arrived at 17:15. A neighbour, {p3.full}, stayed with {p1.him} on \
the floor the whole time.
I would like a copy of the call recording and the log (your reference {id1.incident}).
{p2.full}
{p2.phone}"""),
    # ------------------------------------------------------------------ data-subject requests
    ("dsr7-request", "data_subject_request", """To: {mail1}
From: {p1.email}
Subject: Subject access request

Dear Data Protection Officer at {o1.controller},
Under Article 15 GDPR I ask for a copy of all personal data you hold about me, including call recordings, \
CCTV from your store at {addr1.oneline} on {date1.text}, and the notes your agent {p2.firstini} made.
My details: {p1.full}, date of birth {p1.dob}, customer no. {id1.account}, phone {p1.phone}.
I previously used the address {addr2.oneline}.
Please respond within one month.
{p1.full}"""),
    ("dsr7-log", "data_subject_request", """Privacy request tracker – export
ID | received | requester | type | owner | due | status
{id1.request} | {date1.num} | {p1.full} | access | {p2.initials} | {date2.num} | ID verified
{id2.request} | {date1.num} | {p3.full} | erasure | {p2.initials} | {date2.num} | waiting on {o1.employer}
{id3.request} | {date1.num} | {p4.upperfull} | rectification | {p5.initials} | {date2.num} | closed
Verification note ({id1.request}): <<passport {id4.passport}|ID card {id4.natid}|henkilötunnus {id4.hetu}>> checked against the account e-mail {p1.email}."""),
    ("dsr7-reply", "data_subject_request", """{o1.controller}
Privacy Team · {addr1.oneline}

{date1.text}

Our reference: {id1.request}

Dear {p1.t} {p1.last},
Thank you for your request of {date2.text}. Before we can release any data we need to confirm your \
identity. Please reply with a copy of an identity document; the number we hold is <<{id2.natid}|{id2.hetu}|{id2.benat}|{id2.rut}>>.
We located records in our CRM, our loyalty app (user {p1.user}) and our call-recording system.
Yours sincerely,
{p2.full}
Data Protection Officer · {p2.workemail}"""),
    # ------------------------------------------------------------------ debt collection
    ("dbt7-letter", "debt_collection", """{o1.collector}
{addr1.full}

{p1.upperfull}
{addr2.full}

Date: {date1.num}
Our ref: {id1.account}    Client: {o2.creditor}    Client ref: {id2.account}

NOTICE OF ASSIGNMENT
Your debt with {o2.creditor} of €1,284.60 has been assigned to us. Please pay by {date2.num} to {id3.iban}, \
quoting {id1.account}, or call {phone1} to set up instalments. Money worries? Independent, \
free advice is available.
{p2.full}, Collections Team"""),
    ("dbt7-notes", "debt_collection", """ACCOUNT NOTES – {id1.account}
{date1.num} 10:02 OUTBOUND to {p1.phone}: no answer, voicemail left ({p2.initials})
{date1.num} 15:40 INBOUND from {phone1}: {p3.full} says {p3.he} is {p1.first}'s {p3.kin}; {p1.first} moved to \
{addr1.city}. Did not disclose debt (no consent).
{date2.num} 09:15 Trace result: new address {addr2.oneline}, matched on ID <<{id2.natid}|{id2.hetu}|{id2.rut}|{id2.ilid}>>. Employer {o1.employer}.
{date2.num} 09:20 E-mail sent to {p1.email} ({p2.initials})
{date3.num} 11:02 Customer called. Vulnerability flag added: <<recent bereavement|mental health|job loss>>. \
Hold 30 days. Agent {p4.firstini}."""),
    ("dbt7-chat", "debt_collection", """webchat transcript {date1.num}
[14:02] Agent {p1.first}: Hello, you're through to {o1.collector}. Can I take your reference?
[14:02] customer: {id1.account}
[14:03] Agent {p1.first}: Thanks. To pass security I need your birth date plus house number and street.
[14:03] customer: {p2.dob}, {addr1.street}
[14:04] Agent {p1.first}: Thanks {p2.first}. I can see a balance for {o2.creditor}.
[14:05] customer: i never had a contract with them. this is my ex {p3.lowerfull}'s phone contract
[14:06] Agent {p1.first}: Understood. I'll put the account on hold and send a dispute form to {p2.email}."""),
    # ------------------------------------------------------------------ driving school
    ("drv7-diary", "driving_school", """LESSON DIARY – {o1.school}
Pupil: {p1.full}    Provisional licence: {id1.licence}    DOB {p1.dob}
Instructor: {p2.firstini} ({p2.phone})
Lesson 7, {date1.num}: roundabouts and dual carriageway. Pick-up from {addr1.street}. \
{p1.first} still checks the mirror late on the right. Car: {id2.plate}.
Lesson 8, {date2.num}: mock test, 4 minors. Ready for test.
Practical test booked: {date3.num}, booking ref {id3.booking}. Parent/guardian: {p3.full}, {p3.email}"""),
    ("drv7-whatsapp", "driving_school", """{p1.lower}: hiya is my lesson still on tmrw?? 🚗
{p2.first}: Yes {p1.first}, 8am. I'll pick you up from college, not home
{p1.lower}: ok can u do the one after my test as well, {date1.short}?
{p2.first}: That's fine. Bring your licence! Also your mum paid by transfer, ref {id1.invoice}
{p1.lower}: 👍 my friend {p3.lowerfull} wants lessons too, this is {p3.his} insta {p3.insta}
{p2.first}: Tell {p3.first} to ring {o1.school} on {phone1}, I'm fully booked"""),
    ("drv7-complaint", "driving_school", """Complaint – instructor conduct
Submitted: {date1.text}    Via: web form from {ip1}
Name: {p1.full}    Email: {p1.email}    Pupil no. {id1.member}
Instructor: {p2.full} of {o1.school}, car {id2.plate}
Details: on {date2.text} the instructor took personal phone calls for half of my 2-hour lesson and \
asked me to drive to {addr1.oneline} so {p2.he} could collect a parcel. I paid £76 for this lesson.
Requested outcome: refund and a different instructor."""),
    # ------------------------------------------------------------------ physiotherapy
    ("phy7-notes", "physiotherapy", """{o1.clinic} – TREATMENT NOTE
Patient: {p1.inv}    Record {id1.record}    DOB {p1.dob}
Referrer: {p2.t} {p2.last}, {o2.site}
Insurer: {o3.insurer}, authorisation {id2.claim}
S: L knee pain 4/10 after ACL reconstruction on {date1.num}. Back at work at {o4.employer}.
O: flexion 115°, extension −3°, quads lag present.
A: progressing as expected.
P: continue home programme; review {date2.short}. Seen by {p3.ini}."""),
    ("phy7-email", "physiotherapy", """Subject: Re: exercises + invoice
From: {p1.workemail}
To: {p2.email}

Hi {p2.first},
Good to see you on {date1.short}. Attached: your exercise sheet (3 sets of 12, twice a day) and invoice \
{id1.invoice}. If your employer's scheme is paying, send it to {p3.full} in their HR team, not to us.
Your next appointment is with my colleague {p4.full} because I'm away. Parking is at {addr1.street}.
Best,
{p1.first}
{o1.clinic} · {phone1}"""),
    ("phy7-referral", "physiotherapy", """MUSCULOSKELETAL REFERRAL
From: Dr {p1.full}, {o1.practice}, {addr1.oneline}
To: {o2.clinic}
Date: {date1.num}

Patient: {p2.full}    DOB: {p2.dob}    Health no.: {id1.nhs}
Phone: {p2.phone}    Interpreter: <<not needed|Nepali|Amharic|Georgian>>
Reason: chronic low back pain since a fall at work on {date2.num}; no red flags.
Please see within 6 weeks. {p2.He} prefers morning appointments and can be contacted via {p2.email}."""),
    # ------------------------------------------------------------------ election administration
    ("ele7-postal", "election_admin", """POSTAL VOTE APPLICATION – CHECKLIST
Elector: {p1.caps}    Elector no.: {id1.voter}
Qualifying address: {addr1.full}
Redirect ballot pack to: {addr2.oneline}
Date of birth (matched): {p1.dob}    NI no. provided: {id2.natid}
Signature matches: <<yes|referred to supervisor>>
Period: until {date1.num}
Checked by {p2.initials} on {date2.num}; second check {p3.initials}."""),
    ("ele7-log", "election_admin", """Polling station log – station <<14|22|31>>, ward <<North|Riverside|Old Town>>
Presiding officer: {p1.full}    Poll clerks: {p2.full}, {p3.firstini}
07:00 Poll opened, ballot box seals checked.
09:40 Elector {p4.full} ({id1.voter}) says someone has already voted in {p4.his} name. Tendered ballot issued.
13:10 Candidate's agent {p5.full} asked to see the marked register; refused.
16:22 Voter brought {p4.his} {p6.kin} to help: companion declaration signed by {p6.full}.
22:00 Poll closed. Boxes handed to {p7.ini} at the count, {date1.text}."""),
    ("ele7-canvass", "election_admin", """Household enquiry form – returned
Property: {addr1.oneline}
Residents listed:
1. {p1.upperfull}, nationality: <<EU|Commonwealth|other>>, moved in {date1.num}
2. {p2.upperfull}, attainer, DOB {p2.childdob}
Former resident: {p3.full} – moved to {addr2.city}
Contact phone: {p1.phone}    E-mail: {p1.email}
Canvasser: {p4.ini}, visit {date2.num}"""),
    # ------------------------------------------------------------------ auction house
    ("auc7-receipt", "auction_house", """CONSIGNMENT RECEIPT No. {id1.contract}
{o1.auction}
Consignor: {p1.full}    Seller no.: {id2.member}
Address: {addr1.full}
Tel: {p1.phone}    E-mail: {p1.email}
Lot 1: Georgian silver teapot, London 1798 – estimate £800–1,200
Lot 2: pair of Meissen figures (one restored) – estimate £400–600
Reserve agreed: yes    Commission: 15% + VAT
Proceeds to be paid to {id3.iban} within 35 days of the sale on {date1.num}.
Received by {p2.initials}"""),
    ("auc7-bidder", "auction_house", """BIDDER REGISTRATION – {o1.auction} – sale of {date1.text}
Paddle: {id1.member}
Name: {p1.t} {p1.full}    Company: {o2.employer}
Address: {addr1.oneline}
Phone bidding: yes, on lots 112–118, call {p1.phone}
ID seen: <<passport {id2.passport}|national ID card {id2.benat}|identity card {id2.ilid}|cédula {id2.rut}|driving licence {id2.licence}>>
Card on file ending in 4471; anti-money-laundering check by {p2.lastini} on {date2.num}
Notes: buying on behalf of {p3.full}, {p3.linkedin}"""),
    ("auc7-provenance", "auction_house", """Provenance note – lot <<27|143|208>>, oil on canvas, signed lower left
By descent from the artist to his {p1.kin}, {p1.full} ({p1.olddob}), at {addr1.oneline}; thence to \
{p2.full}, <<Oporto|Zagreb|Leiden>>, acquired from {p1.him} on {date1.text}; private collection, sold by \
{o1.auction} to the present owner.
Correspondence with the owner's solicitor ({p3.ini}, {o2.lawfirm}) on file. Catalogue note drafted by {p4.firstini}."""),
    # ------------------------------------------------------------------ coworking
    ("cwk7-access", "coworking", """ACCESS LOG – {o1.cowork} – door 2 (<<street entrance|bike store|roof terrace>>)
{date1.num} 06:58  {id1.badge}  {p1.full}  granted
{date1.num} 07:41  {id2.badge}  {p2.full}  granted
{date1.num} 23:12  {id3.badge}  {p3.upperfull}  DENIED (membership ended {date2.num})
{date1.num} 23:13  {id3.badge}  {p3.upperfull}  DENIED
Follow-up: {p4.firstini} to e-mail {p3.first} at {p3.email}; company {o2.employer}."""),
    ("cwk7-contract", "coworking", """MEMBERSHIP AGREEMENT – HOT DESK
Between {o1.cowork}, {addr1.oneline} and the member:
Name: {p1.full}    Company: {o2.employer} (VAT {id1.tax})
Billing address: {addr2.oneline}
Membership no.: {id2.member}    Start: {date1.num}    Notice: one calendar month
Wi-Fi login: {p1.user}    Mail handling: yes, post received for {p1.full} and {o2.employer}
Signed for {o1.cowork}: {p2.full}, community manager, {p2.workemail}"""),
    ("cwk7-slack", "coworking", """#members-noticeboard
{p1.slack}: anyone lost a grey laptop charger in booth 3? handed to reception
{p2.slack}: mine!! thank you {p1.first} 🙏
{p3.slack}: reminder: {o1.cowork} summer party {date1.short}, RSVP to {p4.first} ({p4.workemail})
{p5.lower}: looking for a <<React|Django|Rust>> dev for a short gig, ping me or see {p5.github}
{p2.slack}: {p5.first} try {p6.full}, {p6.he} sits by the window most days, {p6.matrix}"""),
    # ------------------------------------------------------------------ genealogy research
    ("gen7-report", "genealogy", """RESEARCH REPORT – case {id1.case}
Client: {p1.full}, {p1.email}
Question: were {p2.full} (b. {p2.olddob}) and {p3.full} the parents of the client's {p1.parent}?
Findings:
• Baptism of {p4.full}, {date1.text}, parish register, entry 112.
• 1939-style register lists the family at {addr1.oneline}.
• A living cousin, {p5.full}, matched the client's DNA kit {id2.member} at 212 cM.
Next step: write to {p5.first} at {addr2.oneline} (consent on file).
Researcher: {p6.ini2}, {o1.genealogy}"""),
    ("gen7-forum", "genealogy", """Re: looking for descendants of {p1.full} (emigrated <<1951|1963|1972>>)
posted by {p2.at} · {date1.num}

my {p2.parent} always said {p1.first} had a {p1.child} called {p3.first} who stayed in {city1}. \
if anyone has a photo of the grave at {addr1.street} please message me, or email {p2.email}.
reply from {p4.at}: I think {p3.first} married {p5.full} – I have the certificate, {p5.his} dob is {p5.olddob}. DM me."""),
    ("gen7-dna", "genealogy", """DNA match export (csv)
match_name,shared_cM,segments,tree,contact
{p1.full},1724,49,yes,{p1.email}
{p2.lowerfull},412,19,no,{p2.user}
{p3.initials},88,4,no,hidden
{p4.upperfull},61,3,yes,{p4.email}
kit_owner={p5.full}; kit_id={id1.member}; exported {date1.num} from {ip1}; service {o1.genealogy}"""),
)

PUBLIC_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("pub7-int-guide", "court_interpreting", """Working with an interpreter in court
Speak directly to the witness, not to the interpreter, and use short sentences. The interpreter will \
interpret everything said, including asides. Allow breaks every 45 minutes for consecutive work. If the \
interpreter needs to clarify a term, they will say "Interpreter's note" before speaking. Bookings are \
made through the Listing Office at least 5 working days ahead."""),
    ("pub7-int-fees", "court_interpreting", """FEES AND ATTENDANCE (SUMMARY)
Minimum booking: 3 hours. Travel time is paid at half rate after the first hour. Cancellation: full \
fee within 24 hours, half fee within 48 hours. Interpreters sign the attendance sheet with the usher on \
arrival and on release. Claims must be submitted within 30 days."""),
    ("pub7-tra-quote", "translation_agency", """How we price translation
Certified translations of birth, marriage and school certificates: fixed price per page. Technical and \
legal documents: per source word, with a minimum charge. Urgent delivery within 24 hours adds 50 percent. \
Every job is translated by a native speaker and reviewed by a second linguist. Glossaries and translation \
memories are kept for repeat clients."""),
    ("pub7-tra-style", "translation_agency", """Style sheet for translators
Keep names of people and places as in the source, unless an official English form exists. Do not \
translate the names of institutions; add a bracketed gloss the first time. Dates: use the format of \
the target country. Flag unclear handwriting with [illegible] rather than guessing."""),
    ("pub7-uni-rights", "union_grievance", """Your right to be accompanied
At a disciplinary or grievance hearing you may bring a trade union representative or a colleague. \
The companion can put your case, sum it up and confer with you, but cannot answer questions for you. \
If your companion cannot attend, the meeting can be moved by up to five working days. Keep notes of \
every meeting and ask for the minutes in writing."""),
    ("pub7-uni-ballot", "union_grievance", """BRANCH NEWSLETTER – AUTUMN
The pay ballot closes at noon on Friday. Turnout so far is 47 percent; we need 50 percent for the \
result to count. Shift workers can vote by post or online. The Branch Committee meets on the first \
Tuesday of each month in the Social Club. New reps training runs in November."""),
    ("pub7-tel-policy", "fleet_telematics", """Vehicle Telematics Policy
All company vans carry a tracking unit that records location, speed, harsh braking and idling. Data \
is kept for 12 months and is used for safety coaching, route planning and insurance claims. Private \
mileage outside working hours is recorded but only viewed if a vehicle is reported stolen. Drivers \
can ask to see their own driving scores."""),
    ("pub7-tel-scores", "fleet_telematics", """Understanding your driver score
Scores run from 0 to 100. Harsh braking, rapid acceleration and cornering each cost points; speeding \
more than 10 percent over the limit costs the most. Night driving between 23:00 and 05:00 is weighted \
higher. Scores above 85 qualify for the quarterly Safe Driver award."""),
    ("pub7-pv-howto", "pharmacovigilance", """Reporting a suspected side effect
Anyone can report a suspected side effect of a medicine or vaccine, including patients and carers. \
Include the name of the medicine, the batch number if known, what happened and when. You do not need \
to be sure that the medicine caused it. Serious reactions should also be discussed with a doctor or \
pharmacist."""),
    ("pub7-pv-sop", "pharmacovigilance", """SOP extract: expedited reporting
Serious unexpected suspected adverse reactions (SUSARs) that are fatal or life-threatening are \
reported to the competent authority within 7 days; other SUSARs within 15 days. The investigator \
assesses causality; the Sponsor assesses expectedness against the Reference Safety Information. \
Follow-up information is submitted within 8 days."""),
    ("pub7-bld-eligible", "blood_donation", """Can I give blood?
Most people aged 17 to 65 who weigh over 50 kg can donate. Wait 4 months after a tattoo or piercing, \
and 7 days after finishing antibiotics. Men can donate every 12 weeks, women every 16 weeks. Drink \
plenty of water before your appointment and have a salty snack."""),
    ("pub7-bld-after", "blood_donation", """After your donation
Keep the plaster on for at least 6 hours. Avoid heavy lifting and hot baths for the rest of the day. \
If you feel faint, lie down with your legs raised until it passes. A small bruise is common. Your \
blood is tested for infections and you will be told if a result needs follow-up."""),
    ("pub7-fir-alarms", "fire_incident", """Smoke alarms save lives
Fit at least one smoke alarm on every floor and test it every week. Never remove the battery to use \
in something else. Heat alarms are better in kitchens. Make a bedtime check: close internal doors, \
switch off heaters and unplug chargers. Keep keys by the door so you can get out quickly."""),
    ("pub7-fir-ebike", "fire_incident", """E-bike and e-scooter batteries
Charge batteries while you are awake and at home, never on an escape route. Use the charger supplied \
by the manufacturer. Stop using a battery that is swollen, leaking or very hot. Lithium-ion fires \
spread fast and give off toxic smoke; get out, stay out and call 999."""),
    ("pub7-amb-when", "ambulance_dispatch", """When to call 999
Call 999 for life-threatening emergencies: chest pain, difficulty breathing, heavy bleeding, loss of \
consciousness, signs of a stroke (face drooping, arm weakness, speech problems). For urgent but not \
life-threatening problems, use NHS 111. Unlock the door and put pets away while you wait."""),
    ("pub7-amb-cat", "ambulance_dispatch", """Response categories explained
Category 1: life-threatening, mean response target 7 minutes. Category 2: emergency, 18 minutes. \
Category 3: urgent, within 2 hours. Category 4: less urgent, within 3 hours. A clinician may call \
you back before an ambulance is sent, and some calls are resolved by advice over the phone."""),
    ("pub7-dsr-rights", "data_subject_request", """Your data protection rights
You can ask any organisation for a copy of the personal data it holds about you. It is free in most \
cases and the organisation must reply within one month. You can also ask for data to be corrected, \
deleted or transferred. If you are unhappy with the reply, complain to the organisation first and \
then to the supervisory authority."""),
    ("pub7-dsr-policy", "data_subject_request", """Privacy Notice (extract)
We process your order history, delivery details and payment status to fulfil contracts. Marketing \
e-mails are sent only with consent. Call recordings are kept for 90 days, CCTV for 30 days. Our Data \
Protection Officer can be reached through the Contact Us page. We do not sell personal data."""),
    ("pub7-dbt-help", "debt_collection", """Struggling with debt?
You should never ignore letters from a creditor or a collection agency. Ask for a breakdown of the \
debt and check it is yours. Free, confidential advice is available from independent debt charities. \
Priority debts such as rent, council tax and energy come first. A collector must not visit you at \
unreasonable times or contact your employer about the debt."""),
    ("pub7-dbt-code", "debt_collection", """Our collection standards
Agents treat customers fairly and take account of vulnerability. We will pause action for 30 days \
while you get advice. Payment plans are based on an income and expenditure statement. We do not add \
interest or fees to accounts we collect. Calls are recorded for training and quality purposes."""),
    ("pub7-drv-test", "driving_school", """The practical driving test
The test lasts about 40 minutes and includes eyesight, vehicle safety questions, general driving, \
one reversing exercise and 20 minutes of independent driving following a sat nav or traffic signs. \
You pass with 15 or fewer driving faults and no serious or dangerous faults. Bring your provisional \
licence."""),
    ("pub7-drv-prices", "driving_school", """Lesson Prices
Single lesson (1 hour): £42. Block of 10 hours: £395. Intensive course (30 hours over two weeks): \
£1,150. Automatic and manual cars available. Lessons can be moved free of charge with 48 hours' notice. \
Pass Plus and motorway lessons also on offer."""),
    ("pub7-phy-back", "physiotherapy", """Low back pain: what helps
Most back pain gets better within six weeks. Keep moving and continue normal activities as much as \
possible; bed rest slows recovery. Heat packs and simple painkillers can help. See a doctor urgently \
if you have numbness around the bottom, problems passing urine or weakness in both legs."""),
    ("pub7-phy-first", "physiotherapy", """Your first appointment
Please arrive 10 minutes early and wear loose clothing. The physiotherapist will ask about your \
symptoms, medical history and goals, then examine you. Most treatment plans combine exercise, manual \
therapy and advice. Sessions last 45 minutes. Cancellations with less than 24 hours' notice are charged."""),
    ("pub7-ele-id", "election_admin", """Voting at a polling station
Polling stations are open from 7am to 10pm. Bring an accepted form of photo identification, such as \
a passport, driving licence or Blue Badge. You do not need your poll card to vote. If you need help, \
staff can assist, or you can bring a companion aged 18 or over."""),
    ("pub7-ele-postal", "election_admin", """Postal and proxy votes
Anyone registered can apply for a postal vote without giving a reason. Applications must reach the \
Electoral Registration Officer by 5pm, 11 working days before polling day. Sign and date the postal \
voting statement; the signature is checked against your application."""),
    ("pub7-auc-buy", "auction_house", """Buying at auction: a guide
Register before the sale to receive a paddle number. The hammer price is the winning bid; a buyer's \
premium of 25 percent plus VAT is added. Condition reports are available on request. Lots must be \
paid for within 5 working days and collected within 10, after which storage is charged."""),
    ("pub7-auc-sell", "auction_house", """Selling with us
Our specialists give free auction estimates from photographs. Once you consign, we agree a reserve \
price, photograph and catalogue the lots, and market the sale. Seller's commission is charged on the \
hammer price. Payment follows 35 days after the sale, once the buyer has paid."""),
    ("pub7-cwk-rules", "coworking", """House Rules
Hot desks are first come, first served; please clear your desk at the end of the day. Phone calls in \
the booths, not on the open floor. Meeting rooms are booked through the app, two hours of credit per \
month. The kitchen is cleaned at 3pm. Dogs are welcome on Fridays if they are friendly."""),
    ("pub7-cwk-wifi", "coworking", """Getting online
Members connect to the Members network with their own login; guests use the Guest network, which \
resets every day. Printing is available on every floor. The building is staffed from 8am to 6pm; \
outside those hours, use your access card at the side door. Lost cards cost £10 to replace."""),
    ("pub7-gen-start", "genealogy", """Starting your family history
Begin with yourself and work backwards, one generation at a time. Talk to older relatives and write \
down names, dates and places. Birth, marriage and death records, census returns and parish registers \
are the main sources. Always note where each fact came from, and treat online family trees as clues, \
not proof."""),
    ("pub7-gen-dna", "genealogy", """DNA tests for family history
Autosomal tests find matches on all branches of your family, up to about fifth cousins. The amount \
of shared DNA, measured in centimorgans, suggests a range of possible relationships. Think before you \
test: results can reveal unexpected parentage. You can hide your matches or delete your data at any \
time."""),
)
