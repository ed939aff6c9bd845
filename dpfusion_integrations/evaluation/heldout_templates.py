"""Templates of the held-out tagging set (written for this evaluation; frozen with v1).

Keep these apart from the tagger: they must not be tuned to its rules, and the tagger must not be
tuned to them. Changing a template changes the generated documents, not the frozen v1 file; a new
version of the set gets a new file name.

Syntax: ``<<a|b|c>>`` is a structural choice (the same in both documents of a pair);
``{ref.form}`` is a private value, e.g. ``{p1.full}``, ``{p1.first_lower}``, ``{hosp1}``,
``{addr1.oneline}``, ``{date2.short}``, ``{iban1}`` (see ``heldout._Render``). ``{p1.he}``,
``{p1.his}``, ``{p1.title}`` are public words agreeing with the person's (structural) gender.
Public templates contain choices only.
"""

from __future__ import annotations

__all__ = ["PRIVATE_TEMPLATES", "PUBLIC_TEMPLATES"]

# (template id, domain, template)
PRIVATE_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # ------------------------------------------------------------------ clinical
    ("clin-discharge", "clinical", """DISCHARGE SUMMARY
Patient: {p1.inv}    DOB: {p1.dob}    MRN: {mrn1}
Admitted: {date1.num}    Discharged: {date2.num}
Ward: <<Cardiology|Respiratory|General Medicine|Orthopaedics>>, {hosp1}

{p1.title} {p1.last} was admitted with <<chest pain radiating to the left arm|shortness of breath and a productive cough|a fall at home and new confusion>>. <<{p1.He} was seen by Dr. {p2.last} on arrival.|Dr. {p2.full} reviewed {p1.him} on the post-take ward round.>> Investigations were unremarkable apart from <<a mildly raised troponin|patchy consolidation on the chest X-ray|a low sodium>>.
Plan: follow-up with {p1.his} GP, Dr. {p3.last} at {clinic1}, in two weeks. <<Contact the ward on {phone1} with any concerns.|Any concerns: call {phone1}.>>"""),
    ("clin-nursing", "clinical", """Nursing note {date1.short} <<08:40|14:15|22:05>>
Spoke with {p1.first} today about <<the new insulin regime|pain control overnight|going home at the weekend>>. {p1.His} <<daughter|son|partner>> {p2.first} visited <<this afternoon|after lunch>> and asked to be called on {p2.phone} <<before any procedure|if the plan changes>>. {p1.first} <<was settled|remained anxious>> and <<ate most of lunch|declined breakfast>>. <<Obs stable.|NEWS 2, no escalation needed.>>
Handover given to {p3.first}."""),
    ("clin-referral", "clinical", """{clinic1}
{addr1.full}
Tel: {phone1}

{date1.text}

Dear Dr. {p2.last},

Re: {p1.full}, born {p1.dob}
<<Hospital no.|Patient ID|Health card no.>> {natid1}
{addr2.oneline}

Thank you for seeing this <<47|29|72|63>>-year-old {p1.woman}, who has had <<three months of worsening knee pain|recurrent headaches since the spring|intermittent palpitations on exertion>>. <<Examination was normal apart from mild swelling.|{p1.He} has tried simple analgesia without benefit.>> I would be grateful for your opinion. {p1.He} can be reached on {p1.phone} or at {p1.email}.

Yours sincerely,
Dr. {p3.full}"""),
    ("clin-labmail", "clinical", """From: {p1.workemail}
To: {p2.workemail}
Subject: results for {p3.initial} (sample {ticket1})

Hi {p2.first},
the <<potassium|HbA1c|INR|ferritin>> for {p3.full} (MRN {mrn1}) came back <<high|borderline|in range>> this morning. <<Can you let {p3.him} know?|Please book a repeat for {date1}.>> {p3.He} <<is on the dialysis list at {hosp1}|moved to {city1} last month>>, so the request went through {clinic1}.
{p1.first}"""),
    ("clin-triage", "clinical", """ED triage {date1.iso} <<03:12|17:48|11:30>>
Brought in by ambulance from {addr1.oneline}. Identified as {p1.full} ({p1.dob}) from a <<bank card|driving licence>> found in {p1.his} wallet.
Complaint: <<fall from a ladder, left wrist deformity|collapse at a bus stop, now alert|abdominal pain for two days>>.
Next of kin: {p2.full}, {p2.phone}. <<Not yet contacted.|Informed by phone.>>
Registered GP: {clinic1}. Triage nurse: {p3.initial}."""),
    # ------------------------------------------------------------------ support
    ("sup-ticket", "support", """Ticket {ticket1} · Priority <<P2|P3|high|normal>> · Opened {date1}
Customer: {p1.full} ({p1.email})
Account: {acct1}

Customer reports that <<the router drops the connection every evening|last month's invoice was charged twice|the mobile app logs them out after every update>>. <<Called back on {p1.phone}, no answer.|Spoke with {p1.first} on {p1.phone}.>> Device IP {ip1}. Escalated to {p2.first} in tier 2."""),
    ("sup-chat", "support", """[{date1.iso} 10:02] {p1.user}: hi, my order hasn't arrived
[10:03] Agent {p2.first}: Sorry to hear that! Could you share the order number?
[10:04] {p1.user}: its {num1}
[10:05] Agent {p2.first}: Thanks. It was sent to {addr1.oneline} on {date2.short}. Is that right?
[10:06] {p1.user}: no i moved <<last month|in the summer>>, new address is {addr2.oneline}
[10:08] Agent {p2.first}: Updated. I've also noted the phone number {p1.phone} for the courier."""),
    ("sup-complaint", "support", """Subject: Complaint about case {caseno1}

Hello,
I am writing about the <<washing machine|laptop|sofa|fridge>> delivered to {addr1.oneline} on {date1.text}. The <<driver|technician>>, who said {p2.his} name was {p2.first}, <<left it in the hallway|did not finish the installation|scratched the door frame>>. I have called {phone1} four times <<and waited over an hour each time|without getting through>>. Please contact me on {p1.phone} <<after 5pm|in the mornings>>.

Regards,
{p1.full}"""),
    ("sup-helpdesk", "support", """{ticket1} – VPN access
User {p1.full} ({staffid1}, {emp1}) cannot connect to the VPN since {date1}. Laptop asset tag {num1}, last seen from {ip1}. <<Password reset requested by|Reported by>> {p2.title} {p2.last} on {p2.phone}. Mailbox: {p1.workemail}.
<<Assigned to {p3.first}.|Waiting on {p3.first} from networks.>>"""),
    ("sup-porting", "support", """Port-in request {ticket1}
Number to port: {phone1}
Account holder: {p1.full}
Billing address: {addr1.full}
Date of birth: {p1.dob}
Previous provider account no.: {acct1}

Note from {p2.first}: customer prefers contact via {p1.handle} <<on social media|by DM>>; <<do not call before 9am|email only>> ({p1.email})."""),
    # ------------------------------------------------------------------ HR
    ("hr-offer", "hr", """From: {p2.workemail}
To: {p1.email}
Subject: Offer of employment – <<Senior Analyst|Warehouse Supervisor|Staff Nurse|Data Engineer>>

Dear {p1.first},

Following your interview on {date1.text}, I am delighted to offer you the position with {emp1}, starting on {date2.text}. Your employee number will be {staffid1}. Please bring your passport ({passport1}) and proof of address to <<reception|the HR office>> at {addr1.oneline} on your first day.

Best wishes,
{p2.full}
People Team, {emp1}"""),
    ("hr-sick", "hr", """Hi {p2.first},
quick heads-up: {p1.full} from the <<payments|logistics|support|night shift>> team called in sick again today ({date1}). That's the third time since {date2.short}. {p1.He} mentioned an appointment at {clinic1}. Can we set up a return-to-work meeting? {p1.His} manager, {p3.title} {p3.last}, is <<on leave until {date3.short}|travelling this week>>.
Thanks,
{p4.first}"""),
    ("hr-reference", "hr", """Dear {p2.title} {p2.last},

{p1.full} has applied for a role with us and named you as a referee from {p1.his} time at {emp1} ({date1.my} to {date2.my}); {p1.his} profile is at {p1.url}. Could you confirm {p1.his} job title and dates of employment, and whether you would re-employ {p1.him}? You can reply to {p3.workemail} or call me on {p3.phone}.

Kind regards,
{p3.full}
Talent Acquisition, {emp2}"""),
    ("hr-payroll", "hr", """PAYROLL CHANGE FORM – effective {date1.num}
Employee: {p1.inv}
Employee ID: {staffid1}
New bank account (IBAN): {iban1}
Tax / social security no.: {natid1}
Home address: {addr1.full}
Reason: <<change of bank|change of address and bank|new joiner>>
Approved by {p2.initial} on {date2.num}"""),
    ("hr-grievance", "hr", """Meeting notes – grievance raised by {p1.full}
Date: {date1.text}
Present: {p1.first}, {p2.full} (HR), {p3.full} (<<union representative|companion>>)

{p1.first} said that {p4.full} had <<repeatedly made comments about {p1.his} accent|shared {p1.his} personal phone number in a team chat|excluded {p1.him} from the rota meetings>> since {date2.my}. {p1.He} named {p5.first} from <<accounts|the warehouse>> as a witness. {p2.first} will interview {p4.first} and reply by {date3.short}."""),
    # ------------------------------------------------------------------ legal
    ("leg-memo", "legal", """PRIVILEGED & CONFIDENTIAL
To: {p2.full}
From: {p3.full}
Date: {date1.text}
Re: {p1.full} v. {emp1} – claim {caseno1}

Our client, {p1.title} {p1.last}, was employed by {emp1} from {date2.my} until {p1.his} <<dismissal|resignation>> on {date3.text}. {p1.He} alleges that {p1.his} line manager, {p4.full}, <<withheld overtime pay|disclosed {p1.his} medical history to colleagues|pressured {p1.him} to resign>>. The respondent is represented by {firm1}. The preliminary hearing is listed for {date4.text}."""),
    ("leg-lba", "legal", """{firm1}
{addr1.full}

Our ref: {caseno1}
Your ref: {num1}

{date1.text}

Dear Sirs,

We act for {p1.full} of {addr2.oneline} in connection with <<the unpaid invoice for the kitchen works|the defective roof repairs|the retained tenancy deposit>>. Unless our client receives <<payment in full|a satisfactory proposal>> within 14 days, we are instructed to issue proceedings without further notice.

Yours faithfully,
{p2.full}
{firm1}"""),
    ("leg-witness", "legal", """WITNESS STATEMENT OF {p1.full}

I, {p1.full}, of {addr1.oneline}, <<retired teacher|nurse|taxi driver|student>>, say as follows:

1. On {date1.text} at about <<7.30pm|11 in the morning|half past six>> I was <<walking my dog|waiting at the bus stop>> on {addr2.road} when I saw a <<silver|black|dark red>> car, registration {plate1}, <<mount the pavement|drive through the red light>>.
2. The driver, whom I now know to be {p2.full}, <<got out and shouted at|did not stop for>> the cyclist.
3. I gave my details to <<PC|Sergeant>> {p3.last} at the scene."""),
    ("leg-estate", "legal", """Estate of the late {p1.full} (died {date1.text})
Executors: {p2.full} and {p3.full}
Probate reference: {caseno1}

Assets identified so far: the property at {addr1.oneline}; a current account with {bank1} ({iban1}); <<a pension with {emp1}|shares held through {bank2}>>. The <<daughter|son|niece>>, {p4.first}, has asked for the <<piano|car|photographs>> before the house is cleared. Meeting with {p2.first} on {date2.short}."""),
    ("leg-contract", "legal", """CONSULTANCY AGREEMENT

This Agreement is made on {date1.text} between:
(1) {emp1}, company number {num1}, whose registered office is at {addr1.oneline} (the "Company"); and
(2) {p1.full} of {addr2.oneline} (the "Consultant").

The Consultant will report to {p2.full}. Invoices go to {p2.workemail}; fees are paid to {iban1}."""),
    # ------------------------------------------------------------------ chat
    ("chat-group", "chat", """[{date1.num} 21:14] {p1.first_lower}: did {p2.first_lower} ever send the <<photos|tickets|notes>>??
[21:15] {p2.user}: yes check ur email lol
[21:15] {p3.first_lower}: {p2.first_lower} ur the best
[21:17] {p1.first_lower}: can someone give me {p4.first_lower}'s number
[21:18] {p3.first_lower}: {p4.phone}
[21:18] {p3.first_lower}: <<dont tell {p4.him} i gave it to u|{p4.he} changed it last week btw>>"""),
    ("chat-dm", "chat", """{p1.first}: hey are we still on for <<saturday|tomorrow|friday>>?
{p2.first}: yes!! meet outside {school1} at <<3|half 4>>?
{p1.first}: ok. also {p3.first_lower} said {p3.his} new place is on {addr1.road}
{p2.first}: omg near {p5.first_lower}'s?
{p1.first}: yep. {p3.his} insta is {p3.handle} if u want to see the pics"""),
    ("chat-ops", "chat", """#<<ops|backend|oncall|infra>> – {date1.text}
{p1.handle}: prod db on {ip1} is throwing timeouts again
{p2.handle}: ugh. i'll page {p3.first}, {p3.he}'s on call until {date2.short}
{p1.handle}: {p3.first_lower} is on a flight, try {p4.first_lower} instead
{p2.handle}: calling {p4.first} now on {p4.phone}"""),
    ("chat-family", "chat", """mum: {p1.first_lower} did you book the dentist at {clinic1}
{p1.first_lower}: yes {date1.short} at 4 with dr {p2.last_lower}
mum: good. and tell {p3.first_lower} grandma's new number is {phone1}
{p1.first_lower}: ok
dad: <<also the car is due its MOT, reg {plate1}|remember the parcel for {p3.first_lower} from {addr1.city}>>"""),
    ("chat-market", "chat", """buyer: hi is the <<bike|pram|desk>> still available?
seller: yes. pick up from {addr1.oneline}, ask for {p1.first_lower} at the door
buyer: great, im {p2.first_lower}. can i pay by transfer?
seller: sure, {iban1}, put ref {p2.last} pls
buyer: done. my number is {p2.phone} in case im late"""),
    # ------------------------------------------------------------------ police
    ("pol-incident", "police", """INCIDENT REPORT {caseno1}
Reporting officer: PC {p3.last} ({staffid1})
Date/time: {date1.num} <<23:40|02:15|16:05>>
Location: outside {addr1.oneline}

At the above time I attended a report of <<criminal damage to a vehicle|a disturbance|a theft from a shop>>. The complainant, {p1.full} ({p1.dob}), stated that a <<blue|white>> van, registration {plate1}, had <<reversed into|blocked in>> {p1.his} car. The driver, described as a man in his thirties, left towards {city1}. {p1.first} gave a contact number, {p1.phone}."""),
    ("pol-canvass", "police", """House-to-house enquiries, {date1.text}:
- {p1.full}, {addr1.oneline}: heard shouting at about midnight, did not look outside.
- {p2.title} {p2.last}, {addr2.oneline}: saw two people near a car, plate possibly {plate1}.
- {p3.first} (would not give a surname), works at {emp1}: nothing to add.
Follow-up: {p4.first} from CID to call {p2.title} {p2.last} on {p2.phone}."""),
    ("pol-missing", "police", """MISSING PERSON – {p1.full}, <<15|16|17|24>>
Last seen {date1.text} near {school1}, {city1}. <<Wearing a grey hoodie and white trainers.|Carrying a black rucksack.>>
Social media: {p1.handle}, {p1.url}. Phone (off since {date2.short}): {p1.phone}.
Known associates: {p2.full}, {p3.first_lower} (online only).
Reported by <<mother|father|guardian>> {p4.full}, contact {p4.phone}, {addr1.oneline}."""),
    ("pol-traffic", "police", """Stop check {date1.iso}, <<A-road lay-by|car park of the retail park|junction with the ring road>>
Vehicle: {plate1}
Driver: {p1.full}, born {p1.dob}, licence no. {natid1}
Passenger gave {p2.his} name as {p2.first} <<and refused further details|and said {p2.he} lived at {addr1.street}>>.
Vehicle registered to {p3.full}, {addr2.oneline}. <<Words of advice given.|Fixed penalty issued.>> Officer {staffid1}."""),
    ("pol-exhibit", "police", """Exhibit {num1}: mobile phone seized from {p1.full} at {addr1.oneline} on {date1.num}.
IMEI {imei1}. Handset unlocked by the owner.
Contacts of interest: "{p2.first_lower}" ({p2.phone}), {p3.handle}, an account registered to {p3.email}.
Download completed by {p4.full} ({staffid1}) on {date2.num}."""),
    # ------------------------------------------------------------------ insurance
    ("ins-home", "insurance", """Claim {claim1} · Policy {policy1}
Policyholder: {p1.full}, {addr1.oneline}
Date of loss: {date1.text}

The insured reports that <<water from the flat above|a storm|a burst pipe in the loft>> damaged the kitchen ceiling and flooring. The upstairs neighbour, {p2.title} {p2.last}, <<has accepted responsibility|denies any leak>>. Loss adjuster {p3.full} ({emp1}) visited on {date2.text}. Settlement, if agreed, to {iban1}."""),
    ("ins-motor", "insurance", """MOTOR CLAIM {claim1} – third-party details
Our driver: {p1.full}, vehicle {plate1}
Third party: {p2.full}, vehicle {plate2}, insured with {insurer1}, policy {policy1}
Accident on {date1.num} at the junction of {addr1.road} and {addr2.road}, {city1}.
Witness: {p3.first} <<(surname not given)|from the bakery>>, tel. {p3.phone}.
<<Dashcam footage requested.|No injuries reported.>>"""),
    ("ins-health", "insurance", """Pre-authorisation request {claim1}
Member: {p1.full}   Member no.: {policy1}   DOB: {p1.dob}
Provider: {hosp1}, treating consultant Dr. {p2.full}
Procedure: <<knee arthroscopy|MRI of the lumbar spine|cataract surgery, right eye>> planned for {date1.text}
Reviewer notes: <<approved subject to the excess|more information needed from the GP, {clinic1}>>. Reply to {p3.workemail}."""),
    ("ins-travel", "insurance", """Travel claim {claim1}
Insured: {p1.full}, {p1.email}
Trip: booking {pnr1}, {date1.short} to {date2.short}
Incident: <<suitcase not delivered on arrival|stolen phone at the hotel|flight cancelled, extra night at {hotel1}>>.
Supporting documents from {hotel1} and a police report ({caseno1}) received. Pay {p1.first} by transfer to {iban1}."""),
    ("ins-life", "insurance", """Change of beneficiary – policy {policy1}
Policy owner: {p1.full}, {addr1.oneline}
New beneficiary: {p2.full} (<<spouse|partner|sibling>>), born {p2.dob}
Previous beneficiary: {p3.full}
Signed on {date1.text}; witnessed by {p4.full}, <<solicitor|notary>> at {firm1}."""),
    # ------------------------------------------------------------------ school
    ("sch-attendance", "school", """{school1}
{addr1.full}

{date1.text}

Dear {p2.title} {p2.last},

I am writing about {p1.first}'s attendance this term. {p1.first} (Year <<5|8|10>>, tutor group <<8C|10R|5M>>) has missed <<nine|twelve|fifteen>> sessions since {date2.short}. Please contact {p3.title} {p3.last}, Head of Year, on {phone1} or at {p3.workemail} so that we can agree a plan.

Yours sincerely,
{p4.full}
<<Headteacher|Attendance Officer>>"""),
    ("sch-report", "school", """End of term report – {p1.full} (student ID {studentid1})
Form tutor: {p2.title} {p2.last}

{p1.first} has made <<excellent|steady|uneven>> progress in <<mathematics|English|science>> this term. {p1.He} <<works well with {p3.first} and {p4.first}|needs to hand homework in on time>>. <<Parents' evening is on {date1.text}.|The next review is on {date1.text}.>>"""),
    ("sch-safeguarding", "school", """CONFIDENTIAL – safeguarding log
Pupil: {p1.full}, DOB {p1.dob}
Logged by: {p2.full}, {date1.num}

During <<lunch|PE|registration>>, {p1.first} told me that {p1.his} <<stepbrother|uncle|mum's partner>>, {p3.first}, <<shouts at {p1.him}|has not been home for a week>>. {p1.He} is staying with {p4.full} at {addr1.oneline}. Referred to the DSL, {p5.title} {p5.last}; social worker {p6.full} ({p6.phone}) informed."""),
    ("sch-admissions", "school", """From: {p2.workemail}
To: {p1.email}
Subject: Your application {num1}

Dear {p1.first},

thank you for applying to <<the nursing programme|Computer Science|the foundation year>> at {school1}. We have received your transcript from {school2}, but your reference from {p3.title} {p3.last} is still missing. Please ask them to send it by {date1.text}. Your applicant number is {num1}.

{p2.full}
Admissions Office"""),
    ("sch-trip", "school", """Trip consent form – <<Year 7 museum visit|geography field trip|swimming gala>>
Child's name: {p1.full}
Date of birth: {p1.dob}
School: {school1}
Parent/guardian: {p2.full}
Emergency contact: {p2.phone}
Medical information: <<asthma, inhaler in bag|none|nut allergy, adrenaline pen>>
GP: {clinic1}
Signed: {p2.initial}   Date: {date1.num}"""),
    # ------------------------------------------------------------------ bank / KYC
    ("kyc-review", "bank_kyc", """KYC review – customer {acct1}
Name: {p1.full}    DOB: {p1.dob}
ID document: passport {passport1}, expires {date1.num}
Address verified against a utility bill: {addr1.oneline}
Employer: {emp1}
Source of funds for the incoming transfer of <<€48,000|£12,500|$30,000>> from {iban1}: <<sale of a flat in {city1}|inheritance from {p2.full}>>.
Checked by {p3.initial} on {date2.num}."""),
    ("kyc-fraudcall", "bank_kyc", """Call note {date1.iso} <<09:12|13:47|18:30>>
Customer {p1.title} {p1.last} called from {p1.phone} about <<a card payment they did not recognise|a text asking to confirm a new payee>>. Card {card1} blocked and reissued to {addr1.oneline}. Customer confirmed the last login came from {ip1}, <<not their device|which they did not recognise>>. Case {caseno1} passed to {p2.first} in fraud operations."""),
    ("kyc-sar", "bank_kyc", """Internal suspicion report {caseno1}
Subject: {p1.full}, account {acct1}
Between {date1.text} and {date2.text}, <<eleven|seven|nineteen>> cash deposits just under the reporting threshold were followed by transfers to {iban1} (held by {p2.full}) and {iban2}. {p1.first} told the branch that the money came from <<selling cars|a catering business, {emp1}>>. Reported by {p3.full}, <<branch manager|relationship manager>>."""),
    ("kyc-loan", "bank_kyc", """Loan application {num1}
Applicant: {p1.full}, {p1.email}, {p1.phone}
Co-applicant: {p2.full}
Employer: {emp1} since {date1.my}; gross income <<£41,000|€56,500|$72,000>>
Property: {addr1.oneline}
Existing lender: {bank1}, account {acct1}
Underwriter comment: <<affordable on stressed rate|need three more payslips|credit file shows a missed payment in {date2.my}>>."""),
    ("kyc-opening", "bank_kyc", """Hello {p1.first},

thanks for opening your account with us on {date1.text}. Your sort code and account number are on the welcome letter we posted to {addr1.oneline}; your customer number is {acct1}. If you did not request this account, call us on {phone1} and quote {ticket1}.

{p2.first}, Customer Onboarding"""),
    # ------------------------------------------------------------------ travel
    ("trv-flight", "travel", """Booking reference: {pnr1}
Passenger: {p1.slash} <<MS|MR|MRS>>
Flight <<LH 2041|BA 0953|AF 1381|KL 1776>> on {date1.text}, departs <<07:45|13:20|18:05>>
Seat <<14C|22A|3F>>. Frequent flyer no. {num1}
Contact: {p1.phone}, {p1.email}
Paid with card {card1}"""),
    ("trv-hotel", "travel", """Reservation confirmed – {hotel1}
Guest: {p1.title} {p1.full}
Arrival {date1.text}, departure {date2.text}, <<2|3|5>> nights
Special request: <<a cot for {p2.first}|late check-in, arriving from {city1}|ground floor room, wheelchair user>>
Confirmation no. {num1}. Questions? {phone1} or reply to this e-mail."""),
    ("trv-agent", "travel", """Hi {p1.first},

good news – I've held two seats for you and {p2.first} on {date1.text}. I need the passport numbers before {date2.short}: yours is {passport1}, can you send {p2.his}? The hotel is {hotel1}, {addr1.oneline}. <<Transfers are included.|Transfers are not included.>>

Cheers,
{p3.full}
{p3.phone}"""),
    ("trv-rental", "travel", """Rental agreement {num1}
Driver: {p1.full}, licence {natid1}, born {p1.dob}
Additional driver: {p2.full}
Vehicle: <<compact|estate|van>>, registration {plate1}
Pick-up: {addr1.oneline}, {date1.num}; return {date2.num}
Deposit held on card {card1}."""),
    ("trv-visa", "travel", """LETTER OF INVITATION

{date1.text}

To whom it may concern,

We invite {p1.full}, passport {passport1}, born {p1.dob}, to visit our offices at {emp1}, {addr1.oneline}, from {date2.text} to {date3.text} for <<product training|contract negotiations|a technical audit>>. {emp1} will cover accommodation at {hotel1}.

{p2.full}
<<Managing Director|Head of Operations>>, {p2.workemail}"""),
    # ------------------------------------------------------------------ housing
    ("hou-notice", "housing", """NOTICE TO QUIT
To: {p1.full} and {p2.full}
Of: {addr1.full}

Your landlord, {agency1}, requires possession of the above property on or after {date1.text}. Rent arrears at the date of this notice: <<£2,340|€1,980|$3,100>>. For questions contact {p3.full} on {p3.phone}.

Dated {date2.num}"""),
    ("hou-repair", "housing", """Repair request {ticket1}
Tenant: {p1.full}, {addr1.street}<<, flat 4|, ground floor|>>
Reported: {date1.num} via {p1.email}
Issue: <<black mould in the bedroom|boiler not working, no hot water|front door lock broken>>
Access: <<key with the neighbour, {p2.first}|tenant at home after 3pm, call {p1.phone}>>
Contractor: {emp1}, visit booked {date2.short}"""),
    ("hou-letting", "housing", """Hi {p1.first},

thanks for viewing the flat on {addr1.road} yesterday. The landlord is happy to go ahead if the references come back fine. I'll need your previous address ({addr2.oneline}), your employer ({emp1}) and a contact for your current landlord<<, {p2.full}|>>.

Holding deposit details: {iban1}, reference {num1}.

{p3.full}
{agency1}"""),
    ("hou-neighbour", "housing", """To the housing officer,

I live at {addr1.oneline} and I want to complain about the <<noise|smoke|dog barking>> from the flat above, where {p1.first} and {p2.full} live. It has been going on since {date1.text}. I have spoken to them twice. You can reach me at {p3.phone}.

{p3.full}"""),
    ("hou-arrears", "housing", """{agency1}
Ref {acct1}

{date1.text}

Dear {p1.title} {p1.last},

Our records show that the rent for {addr1.oneline} has not been paid since {date2.text}. Please call {p2.first} on {phone1} within seven days to agree a payment plan. If you are receiving help from {emp1} or another support service, let us know."""),
    # ------------------------------------------------------------------ pharmacy
    ("pha-rx", "pharmacy", """PRESCRIPTION
Patient: {p1.full}   DOB {p1.dob}
Address: {addr1.oneline}
Rx no. {num1}
<<Amoxicillin 500 mg, one capsule three times a day for 7 days|Sertraline 50 mg, one tablet each morning|Salbutamol inhaler, two puffs as needed>>
Prescriber: Dr. {p2.full}, {clinic1}, {date1.num}"""),
    ("pha-delivery", "pharmacy", """Delivery note {date1.short}
Driver {p1.first}: <<left with neighbour at|no answer at|delivered to>> {addr1.street}. <<Card posted.|Signed by {p2.first_lower}.>> Patient {p3.full} asked us to ring {p3.phone} before the next delivery, not {p4.first}."""),
    ("pha-adverse", "pharmacy", """Suspected adverse reaction report
Reporter: {p1.full}, pharmacist, {clinic1}
Patient initials: {p2.initials}, born {p2.dob}
Reaction: <<rash and itching|dizziness and a fall|swelling of the lips>> starting {date1.num}, <<two days|a week>> after the first dose.
Batch {num1}. Follow-up with the patient's GP, Dr. {p3.last}, at {clinic2}."""),
    ("pha-call", "pharmacy", """Phone call {date1.iso}
{p1.title} {p1.last} rang to ask whether {p1.his} <<mother|husband|wife|father>>, {p2.full}, can collect the repeat prescription. {p1.He} gave {p1.his} number as {p1.phone} and said {p2.first} is <<housebound|in hospital at {hosp1}>> until {date2.short}. Told {p1.him} to bring ID."""),
    ("pha-repeat", "pharmacy", """From: {p1.email}
To: {clinic1} repeat prescriptions
Subject: repeat request for {p1.full}, DOB {p1.dob}

Hi, could I please have my usual <<levothyroxine|metformin|blood pressure tablets>>? Please send it to the pharmacy on {addr1.road} as usual. If there's a problem my mobile is {p1.phone}.
Thanks, {p1.first}"""),
)



PUBLIC_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("pub-clin-leaflet", "clinical", """<<After your operation|Going home after a hip replacement|Looking after your wound>>

Most people can go home <<two to three days|within a week>> after surgery. Keep the dressing dry for the first <<five|seven>> days and take your painkillers regularly rather than waiting for the pain to build up. <<Walk a little every hour during the day.|Use the walking frame until the physiotherapist says otherwise.>> Contact your GP or the ward if the wound becomes red, hot or starts to leak, or if you develop a temperature above 38°C. Do not drive until you can perform an emergency stop comfortably, usually after <<six weeks|a month>>."""),
    ("pub-clin-policy", "clinical", """Visiting hours are <<2pm to 8pm|11am to 7pm>> every day. <<Two visitors|One visitor>> per bed at a time, please. Children under 12 must be accompanied by an adult. Please use the hand gel at the entrance of each ward and do not visit if you have had diarrhoea or vomiting in the last 48 hours. Flowers are not allowed on <<the intensive care unit|surgical wards>>. Patients can order meals from the menu card before <<10am|noon>> each day."""),
    ("pub-clin-guidance", "clinical", """Blood pressure readings should be taken in the morning and evening, seated, after <<five|ten>> minutes of rest. Record two readings one minute apart and write down the average. A reading above 180/110 needs urgent review. <<Most adults should aim for a reading below 140/90 in clinic.|Home readings are usually about 5 points lower than clinic readings.>> Bring your record to the next appointment."""),
    ("pub-sup-faq", "support", """How do I reset my password?
Open the app, tap <<Settings|Account>> and choose Reset password. We will send a link that is valid for <<30 minutes|24 hours>>. If the link has expired, request a new one. For security reasons our agents will never ask for your password, PIN or one-time code by phone or chat. <<If you still cannot sign in, clear the app's cache and try again.|Two-factor authentication can be switched on in the same menu.>>"""),
    ("pub-sup-outage", "support", """Service update, <<Tuesday|Thursday>> morning: some customers are seeing slow broadband speeds in the evening. Our engineers have identified a faulty card in one of the exchanges and a fix is planned for the next maintenance window between 00:00 and 04:00. You do not need to contact us; speeds will return to normal automatically. <<We are sorry for the inconvenience.|Thank you for your patience.>>"""),
    ("pub-sup-returns", "support", """Returns policy: you can return most items within <<30|14>> days of delivery for a full refund. Items must be unused and in their original packaging. Print the returns label from your account page, attach it to the parcel and drop it at any collection point. Refunds are processed within <<five working days|ten days>> of the item reaching our warehouse. Perishable goods, made-to-measure furniture and opened software cannot be returned."""),
    ("pub-hr-policy", "hr", """Annual leave policy

Full-time employees are entitled to <<25|28>> days of paid annual leave per year, plus public holidays. Leave requests should be submitted through the HR portal at least <<two weeks|four weeks>> in advance and approved by your line manager. Up to <<five|three>> unused days may be carried over into the next leave year. Part-time staff receive a pro-rata allowance. <<During the notice period, untaken leave is paid out with the final salary.|Leave cannot be taken during the first month of employment without approval.>>"""),
    ("pub-hr-job", "hr", """We are looking for a <<warehouse team leader|payroll administrator|customer service adviser>> to join a friendly team. You will plan daily tasks, train new starters and make sure targets are met safely. The role is full time, Monday to Friday, with occasional weekend work paid at time and a half. Benefits include a pension scheme, <<cycle-to-work scheme|free parking>> and <<25|27>> days of holiday. Applicants should have at least two years of experience in a similar role."""),
    ("pub-hr-wellbeing", "hr", """Our employee assistance programme offers free, confidential counselling <<24 hours a day|seven days a week>>. You can talk about stress, money worries, bereavement or problems at work. Up to <<six|eight>> sessions are available per issue, by phone or video. Managers will not be told that you have used the service. Mental health first aiders are also available on every floor."""),
    ("pub-leg-guide", "legal", """Making a small claim

If someone owes you money, you can make a claim through the small claims track for amounts up to <<£10,000|the limit set by the court>>. Before you start, send a letter before action explaining what is owed and giving a reasonable deadline, usually 14 days. Court fees depend on the amount claimed. <<Most hearings are held in a judge's private room rather than a courtroom.|You do not need a solicitor, and costs are limited.>> Keep copies of all invoices, messages and receipts."""),
    ("pub-leg-clause", "legal", """Confidentiality. Each party shall keep confidential all information received from the other party in connection with this Agreement and shall not disclose it to any third party without prior written consent, except to its professional advisers or as required by law. This clause shall survive termination of this Agreement for a period of <<five|three>> years. <<Nothing in this clause restricts the use of information that is already in the public domain.|Breach of this clause entitles the other party to seek an injunction.>>"""),
    ("pub-leg-gdpr", "legal", """Under the General Data Protection Regulation, individuals have the right to access the personal data an organisation holds about them. A subject access request can be made in writing or verbally, and the organisation must normally respond within one month. The response should include a copy of the data, the purposes of processing and the retention period. <<Requests that are manifestly unfounded or excessive may be refused.|The deadline can be extended by two further months for complex requests.>>"""),
    ("pub-chat-plans", "chat", """a: anyone up for the <<cinema|quiz night|climbing wall>> later?
b: maybe, what time
a: starts at 8, tickets are like 9 quid
c: im in but i have work early tomorrow
b: same lol. ok lets do it
a: cool ill book 3, meet by the entrance at <<quarter to|ten to>>
c: 👍"""),
    ("pub-chat-support", "chat", """user1: has anyone else had the update break bluetooth?
user2: yes, restarting fixed it for me
user1: tried that twice already
user3: go to settings > devices, forget the headphones and pair them again
user1: <<that worked, thanks!!|still nothing, ill wait for the patch>>
user2: they said a fix is coming <<next week|on monday>>"""),
    ("pub-chat-recipe", "chat", """x: what do i do with leftover rice
y: fried rice obviously
x: with what tho
y: egg, frozen peas, soy sauce, spring onion if you have it. really hot pan
z: add a bit of <<chilli oil|sesame oil|garlic>> at the end
x: ok making it now"""),
    ("pub-pol-advice", "police", """Keeping your bike safe

Always lock your bike to a fixed stand, even if you are only leaving it for a minute. Use two different types of lock if you can, for example a D-lock and a cable lock. Register the frame number on a national bike register and take a photo of your bike. <<Most bikes are stolen from outside the owner's home.|Thieves often target quick-release wheels and seats.>> If your bike is stolen, report it online and include the frame number."""),
    ("pub-pol-scam", "police", """Beware of courier fraud. Criminals phone victims pretending to be police officers or bank staff and ask them to withdraw cash or hand over their bank card to a courier for "evidence". Your bank and the police will never ask you to do this. If you receive such a call, hang up, wait <<five minutes|a few minutes>> and call your bank on a number you trust, ideally from a different phone. <<Older people living alone are targeted most often.|Tell friends and relatives about this scam.>>"""),
    ("pub-pol-stats", "police", """Recorded burglaries fell by <<8|12>> per cent in the last year, while reports of online fraud rose for the third year running. Most residential burglaries happened between 6pm and midnight in the winter months. Officers will run extra patrols in <<November and December|the darker months>> and offer free property-marking kits at community events."""),
    ("pub-ins-faq", "insurance", """What does contents insurance cover?

Contents insurance pays to repair or replace your belongings if they are stolen or damaged by fire, flood or other insured events. It usually covers furniture, clothes, electrical items and jewellery up to a single-item limit. <<Accidental damage is often an optional extra.|Items taken out of the home need personal possessions cover.>> Check the excess, which is the amount you pay towards each claim, and keep receipts for valuable items."""),
    ("pub-ins-claims", "insurance", """How to make a claim: report the incident as soon as possible, ideally within <<30 days|14 days>>. Take photos of the damage before anything is repaired, unless urgent repairs are needed to prevent further damage. Keep damaged items until an adjuster has seen them. We aim to give a decision within <<ten working days|a month>> of receiving all documents. <<You can track the progress of your claim online.|Claims for theft need a crime reference number.>>"""),
    ("pub-ins-motor", "insurance", """Your no-claims discount grows by one year for every year you do not make a claim, up to a maximum of <<nine|five>> years. Protecting it costs a little more but means one or two claims within three years will not reduce it. A windscreen repair does not affect the discount. <<Young drivers can lower premiums with a telematics box.|Adding an experienced named driver may reduce the premium.>>"""),
    ("pub-sch-newsletter", "school", """Dates for your diary: the autumn term ends on the last Friday before <<Christmas|the winter break>> at 1.30pm. Parents' evenings for Years 7 to 9 will be held in <<January|February>>; booking opens two weeks before. The school library is now open until 5pm on weekdays. Please label all uniform, as the lost property box is overflowing. <<Thank you to everyone who supported the book fair.|The choir will perform at the spring concert.>>"""),
    ("pub-sch-policy", "school", """Homework policy: pupils in Key Stage 3 should expect around <<one hour|45 minutes>> of homework per evening, set through the online learning platform. Work should be handed in by the deadline set by the teacher. If a pupil is unable to complete homework because of illness or family circumstances, parents should send a short note to the form tutor. <<Homework club runs in the library after school.|Extensions may be granted for coursework.>>"""),
    ("pub-sch-trip", "school", """The Year 8 geography field trip will take place in the spring term. Pupils will study river processes and collect measurements at three sites. They will need waterproof clothing, sturdy boots and a packed lunch. The coach leaves at 8.15am and returns by <<4pm|half past four>>. The cost is <<£18|£25>>; help is available for families who receive free school meals."""),
    ("pub-kyc-info", "bank_kyc", """Why do we ask for identification?

Banks are required by law to verify the identity of their customers and to understand the source of funds for large transactions. This helps prevent money laundering and fraud. We may ask for a passport or national identity card and a recent proof of address, such as a utility bill or council tax statement dated within the last three months. <<Documents can be uploaded through the app.|Photocopies must be certified.>>"""),
    ("pub-kyc-rates", "bank_kyc", """Our easy-access savings account pays <<3.1|2.75>>% AER variable on balances from £1. Interest is calculated daily and paid monthly. You can make unlimited withdrawals without notice. The fixed-rate bond pays a higher rate but you cannot access your money for <<one year|two years>>. Deposits are protected up to the limit of the national deposit guarantee scheme."""),
    ("pub-kyc-fraud", "bank_kyc", """Authorised push payment scams happen when someone tricks you into sending money to an account they control. Common examples are fake invoices, romance scams and investment offers that promise unrealistic returns. Before paying a new payee, check the details by calling a number you already know. <<If you think you have been scammed, contact us immediately.|Confirmation of payee checks help to spot mismatched names.>>"""),
    ("pub-trv-advice", "travel", """Check the entry requirements for your destination before you book. Some countries require a passport that is valid for at least <<six|three>> months after your return date, and some need a visa or electronic travel authorisation. Take out travel insurance as soon as you book, so that you are covered if you have to cancel. <<Keep digital copies of your documents.|Carry a printed copy of your booking confirmation.>>"""),
    ("pub-trv-baggage", "travel", """Cabin baggage: one bag up to <<8 kg|10 kg>> that fits in the sizer at the gate, plus one small personal item that fits under the seat. Liquids must be in containers of 100 ml or less and carried in a clear resealable bag. Checked bags can weigh up to 23 kg in economy. <<Sports equipment must be booked in advance.|Power banks are not allowed in checked baggage.>>"""),
    ("pub-trv-rail", "travel", """Rail passes are valid on most long-distance trains. Seat reservations are compulsory on some high-speed and night services and cost extra. Passes can be used for <<four|seven>> travel days within one month; each travel day runs from midnight to midnight. <<Children under 12 travel free with an adult pass holder.|Discounts apply for travellers under 28.>>"""),
    ("pub-hou-guide", "housing", """Tenants have the right to live in a property that is safe and in a good state of repair. Landlords must fix problems with the structure, heating, hot water, gas and electrics within a reasonable time. Report repairs in writing and keep a copy. A landlord must give at least <<24 hours'|48 hours'>> notice before visiting, except in an emergency. <<Deposits must be protected in a government-approved scheme.|Rent increases normally need a month's notice.>>"""),
    ("pub-hou-mould", "housing", """Condensation and mould: open windows for a few minutes each day, especially after cooking or showering. Dry clothes outdoors where possible and keep furniture slightly away from external walls. Wipe condensation from windows every morning. <<If mould keeps coming back, report it to your landlord.|A dehumidifier can help in small flats.>> Heating the home to a steady, low temperature is better than short bursts of high heat."""),
    ("pub-hou-recycling", "housing", """Recycling collections take place every <<other week|week>> on the same day as your general waste. Rinse tins, cans and plastic bottles before putting them in the blue bin. Glass goes in the separate box. Food waste caddies are collected weekly. <<Bulky items such as mattresses can be collected for a small fee.|Batteries should be taken to a recycling point.>>"""),
    ("pub-pha-leaflet", "pharmacy", """How to take this medicine: swallow the tablets whole with a glass of water, with or without food. The usual dose for adults is <<one tablet twice a day|two tablets once a day>>. Do not take more than the stated dose. If you forget a dose, take it as soon as you remember, unless it is nearly time for the next dose. <<Common side effects include headache and mild nausea.|Do not drink alcohol while taking this medicine.>> Keep out of the sight and reach of children."""),
    ("pub-pha-service", "pharmacy", """Our pharmacy offers free blood pressure checks, flu vaccinations in the <<autumn|winter>> and a minor ailments service for conditions such as <<sore throats and earache|hay fever and conjunctivitis>>. No appointment is needed for most services. Repeat prescriptions can be ordered through the app and are usually ready within <<two|three>> working days. The pharmacy is open until 6pm on weekdays and 1pm on Saturdays."""),
    ("pub-pha-storage", "pharmacy", """Store insulin that you are not using in the fridge between 2°C and 8°C. Do not freeze it. The pen you are using can be kept at room temperature for up to <<four weeks|28 days>>. Check the expiry date and do not use insulin that looks cloudy when it should be clear. <<Dispose of needles in a sharps bin.|Ask the pharmacy for a free sharps bin.>>"""),
)
