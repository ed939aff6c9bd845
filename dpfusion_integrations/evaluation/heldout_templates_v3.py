"""Templates of the third held-out tagging set (v3), written for it apart from the tagger.

Fourteen domains that v1/v2's templates (``heldout_templates``) do not cover or cover with other
documents: school reports, immigration case work, bank disputes, tenancy, dispensing, veterinary
records, airline complaints, court transcripts, social work, dentistry, recruitment, IT incidents,
customer chats and messy e-mail threads. Keep them apart from the tagger: they must not be tuned to
its rules and the tagger must not be tuned to them; a changed template is a new set (v4).

Syntax as in ``heldout_templates`` (``<<a|b>>`` structural choice, ``{ref.form}`` private value),
with v3's additions (see ``heldout_v3``):

* person forms ``jk`` (``J. K. Surname``), ``jkc`` (``J.K. Surname``), ``ab`` (``A.B.``), ``firstl``
  (``First L.``), ``cite`` (``SURNAME, J.K.``), ``upper``, ``first_upperlast`` (``First SURNAME``),
  ``last_upper``, ``discord`` (``user#1234``), ``extmail`` (an address at the document's second
  organisation), ``childdob``; gendered titles ``herr``, ``mme``, ``madame``, ``sr``, ``mrs``, ``sir``, ``paxtitle``
  and kinship words ``mother``, ``daughter``, ``wife``, ``aunt``, ``niece``, ``grandmother``;
* organisations ``ngo``, ``shop``, ``pharm``, ``vet``, ``dent``, ``brand`` (one invented word), ``airline``;
* ``{addrN.unit}`` (flat or suite line, then the address) and ``{addrN.pc}`` (the postcode alone);
* dates ``long``, ``mail``, ``de``, ``fr``, ``es``, ``us`` and ``future``;
* ``{linkN}`` (an internal URL carrying a record number), ``{orgmailN}`` (a shared mailbox), and the
  identifiers ``member``, ``visa``, ``eticket``, ``bagtag``, ``chip``, ``invoice``, ``order``,
  ``tracking``, ``docket``, ``nino``, ``txn``, ``mac``, ``asset``, ``cand``, ``licence``, ``nhs``,
  ``sortcode``, ``meeting``.

Not gold (public structure, as in v1): times, amounts, ages, flight and seat numbers, tooth
notation, drug names and doses, pets' names and breeds, public bodies (courts, ministries, the
police), versions and error codes.
"""

from __future__ import annotations

__all__ = ["PRIVATE_TEMPLATES", "PUBLIC_TEMPLATES"]

# (template id, domain, template)
PRIVATE_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # ------------------------------------------------------------------ school reports
    ("edu-progress", "school_report", """PUPIL PROGRESS REVIEW – <<spring|summer|autumn>> term
Pupil: {p1.upper}    UPN: {studentid1}    Class: <<4B|7 Oak|P6 Rowan|Year 9 set 2>>
Held {date1.long} at {school1}. Present: {p2.title} {p2.last} (class teacher), {p3.full} (<<SENCo|learning mentor>>), {p4.full} (parent).

{p1.first} now reads <<at the expected standard|just below the expected standard|well above the expected standard>> for {p1.his} age. <<{p1.He} still mixes up b and d when tired.|{p1.His} handwriting has improved since half-term.>> {p4.first} asked whether {p1.first} could join the <<lunchtime chess club|booster maths group>> that {p5.jk} runs on Thursdays.
Next review: {date2.short}. Parent contact on file: {p4.phone} / {p4.email}"""),
    ("edu-teachermail", "school_report", """From: {p2.full} <{p2.workemail}>
Sent: {date1.mail} <<15:42|16:05|12:31>>
To: {p3.email}
Subject: <<Science|German|PE>> today

Dear {p3.title} {p3.last},

just a quick note that {p1.first} <<was sent out of the lab after the second warning|did not bring the signed permission slip again|was really helpful setting up the equipment>>. {p4.herr} {p4.last} from the <<languages|science>> department was also in the room. Could we talk on the phone before the parents' evening on {date2.short}? My direct line is {p2.phone}.

Kind regards
{p2.first}
--
{p2.full} | Year <<8|9|10>> tutor | {school1}"""),
    ("edu-iep", "school_report", """INDIVIDUAL EDUCATION PLAN (confidential)
Name: {p1.inv}        Date of birth: {p1.childdob}
Home: {addr1.full}
NHS no.: {nhs1}      GP: {clinic1}
School: {school1}    Key worker: {p2.ab}

Needs: <<dyslexia (diagnosed by an educational psychologist).
Targets until {date1.text}: read 80 high-frequency words|hearing impairment, wears a hearing aid in the left ear.
Targets until {date1.text}: use the radio aid in every lesson|type 1 diabetes, checks blood sugar before lunch.
Targets until {date1.text}: tell an adult when feeling unwell>>.
Reviewed with {p3.full} ({p3.mother}) on {date2.num}; next review with the educational psychologist, Dr. {p4.last}."""),
    ("edu-phd", "school_report", """Supervision record – {p1.full} ({studentid1}), {school1}
Supervisors: Prof. {p2.full}, Dr. {p3.initial}
Meeting: {date1.iso}, <<room 2.14|online|the departmental library>>

{p1.first} presented the draft of chapter <<three|four|two>>. The survey data collected in {city1} needs a second coder; {p2.last} suggested asking {p4.first_upperlast}. Extension request to {date2.future} agreed in principle, to be filed with the graduate office ({orgmail1}).
Draft on the group drive: {link1}
Actions: {p1.first} to send the revised chapter by {date3.short}."""),
    ("edu-incident", "school_report", """Playground incident slip
Date/time: {date1.num} <<10:40|12:55|13:15>>
Children involved: {p1.full} (<<Y3|Y5|R>>), {p2.full} (<<Y3|Y4|Y6>>)
Witnessed by: {p3.title} {p3.last}, {p4.firstl} (midday supervisor)

{p1.first} <<fell from the climbing frame and grazed both knees|was pushed into the fence during a game of tag|bumped heads with {p2.first} on the field>>. First aid given by {p3.last}; ice pack applied. <<No bump to the head.|Head bump – letter sent home.>>
Parent informed by phone: {p5.full} on {p5.phone} at <<13:20|14:05|15:10>>.
Signed {p3.initials}"""),
    # ------------------------------------------------------------------ immigration
    ("imm-casenote", "immigration", """CASE NOTE – ref {visa1}
Applicant: {p1.inv}    DOB: {p1.dob}
Passport: {passport1} (expires {date1.num})
Sponsor: {emp1}, sponsor licence {num1}
Current address: {addr1.oneline}
Caseworker: {p2.initial}

Biometrics enrolled on {date2.text}. The applicant's <<English-language certificate|bank letter|tenancy agreement>> <<was accepted|needs a certified translation|shows a name in a different order>>. {p1.He} called on {p1.phone} to ask whether {p1.his} <<{p3.wife}|{p3.daughter}>>, {p3.full}, may be added as a dependant. Advised to submit a separate application. Next action by {date3.future}."""),
    ("imm-sponsor", "immigration", """{emp1}
{addr1.full}

{date1.text}

To the Entry Clearance Officer,

Re: {p1.full}, date of birth {p1.dob}, passport no. {passport1}

We confirm that {p1.title} {p1.last} has been offered the role of <<Senior Software Engineer|Staff Nurse|Research Associate|Chef de Partie>> at our <<head office|site>> at {addr2.oneline}, starting on {date2.future}, at an annual salary of <<£48,500|£39,000|£61,250>>. The certificate of sponsorship number is {visa1}.

Please direct any questions to the undersigned on {p2.phone} or {p2.workemail}.

{p2.full}
<<Head of People|HR Business Partner|Authorising Officer>>"""),
    ("imm-interview", "immigration", """Record of substantive interview – {caseno1}
Interviewee: {p1.full}    Interpreter: {p2.full} (<<Tigrinya|Dari|Kurdish Sorani|Ukrainian>>)
Interviewer: {p3.jkc}    Date: {date1.long}

Q12. Where did you live before you left?
A. In {city1}, with my <<{p4.aunt}|{p4.grandmother}>> {p4.first}, in a house near {addr1.road}.
Q13. When did you leave?
A. On {date2.text}. A {p5.woman} called {p5.first} drove us to the border.
Q14. Is there anyone in this country who can confirm your account?
A. My cousin, {p6.full}. {p6.His} number is {p6.phone}.
The interviewee confirmed the interpreter was understood. Break taken at <<11:20|14:45>>."""),
    ("imm-appointment", "immigration", """Subject: Confirmation de rendez-vous / Appointment confirmation {visa1}

Bonjour {p1.mme} {p1.last},

Your biometrics appointment is booked for {date1.fr} at <<09:30|11:15|14:00>> at the visa application centre. Please bring your passport ({passport1}) and the printed confirmation.
Applicant: {p1.first_upperlast}
Additional applicant: {p2.full}, born {p2.dob}

To reschedule, use {link1}. Do not reply to this e-mail ({orgmail1}).
{brand1} – visa services on behalf of the government"""),
    ("imm-advice", "immigration", """{ngo1} – drop-in advice record
Date: {date1.num}    Adviser: {p2.first} ({p2.handle} on the rota)
Client: {p1.full}, tel. {p1.phone}, staying at {addr1.unit}

{p1.first} received a refusal letter dated {date2.text} ({caseno1}). <<{p1.He} has 14 days to request an administrative review.|The refusal says the bank statements did not cover the required 28 days.>> <<{p1.He} is supported by {p3.full} from {ngo2}.|Referred to the solicitors' clinic run by {firm1}.>> Copy of {p1.his} residence card taken, number {natid1}.
Follow-up call booked for {date3.short}."""),
    # ------------------------------------------------------------------ bank disputes
    ("bnk-chargeback", "bank_dispute", """CARD DISPUTE FORM
Cardholder: {p1.full}
Card number: {card1}
Customer ID: {acct1}
Transaction: <<€249.00|£86.40|$1,120.00>> to {shop1} on {date1.num}, reference {txn1}
Reason: <<goods not received|cancelled subscription still charged|charged twice for one order>>

I contacted the merchant on {date2.text} <<by e-mail ({orgmail1})|through their website chat>> and was promised a refund that never arrived. My order number was {order1}.
Signature: {p1.initials}    Phone: {p1.phone}
For bank use – dispute {claim1}, handled by {p2.firstl}"""),
    ("bnk-app-scam", "bank_dispute", """Fraud report {caseno1} (authorised push payment)
Victim: {p1.full}, customer since {date1.my}, {p1.email}
Payments made: <<2|3|4>> transfers between {date2.short} and {date3.text}, total <<£7,850|€12,400|£3,260>>
Payee as shown: {p2.full}, IBAN {iban1}; second payee sort code {sortcode1}, account {acct1}

The customer was called from {phone1} by someone claiming to be from <<the bank's security team|a parcel courier|HMRC>> who knew {p1.his} date of birth ({p1.dob}). A recovery request was sent to the receiving bank, {bank1}, on {date4.iso}. Investigator: {p3.full}, {p3.phone}."""),
    ("bnk-freeze", "bank_dispute", """{bank1}
{addr1.full}

{date1.de}

Dear {p1.herr} {p1.last},

Account {iban1} – temporary restriction

As part of a routine review we have temporarily restricted outgoing payments from the above account. Please send us a copy of your identity document and evidence of the source of the incoming payment of <<€18,000|€4,750|€32,990>> received on {date2.num} from {p2.full}.

You can upload the documents at {link1} or visit our branch at {addr2.oneline}. Please quote reference {caseno1}.

Yours sincerely
{p3.full}
Financial Crime Operations"""),
    ("bnk-online", "bank_dispute", """Dispute investigation notes – {claim1}
Customer: {p1.full} ({acct1})
Disputed: online purchase at {brand1}, {date1.text}
Login history: {date1.iso} <<02:14|23:51|04:37>> from {ip1} (device {imei1}); the customer's usual device is a <<tablet|laptop|phone>> seen from {ip2}.
The one-time passcode was sent to {p1.phone} and entered correctly. {p1.first} says {p1.his} <<{p2.niece}|flatmate|ex-partner>>, {p2.full}, had access to the phone around that date.
Outcome: <<refund declined – authorised by the customer|refund approved as a goodwill gesture|passed to the police liaison team>>. Decision by {p3.jk}."""),
    ("bnk-call", "bank_dispute", """Call transcript (automatic), {date1.iso}
AGENT: You're through to disputes, my name is {p2.first}. Can I take your full name?
CALLER: It's {p1.full}.
AGENT: And the first line of your address and your postcode?
CALLER: {addr1.street}, {addr1.pc}.
AGENT: Thank you. And your date of birth?
CALLER: {p1.dob}.
AGENT: Lovely. I can see the dispute for {shop1}, reference {claim1}. It's with our chargeback team and they'll write to you by {date2.short}.
CALLER: Can they e-mail me instead? It's {p1.email}."""),
    # ------------------------------------------------------------------ tenancy
    ("ten-agreement", "tenancy", """ASSURED SHORTHOLD TENANCY AGREEMENT (extract)
Property: {addr1.unit}
Landlord: {p1.full} of {addr2.oneline}
Tenants: {p2.full} and {p3.full}
Term: <<12|6|24>> months from {date1.text}
Rent: <<£1,150|£875|£1,640>> per calendar month, payable to sort code {sortcode1}, account {acct1}
Deposit: protected with the deposit scheme under certificate {num1}
Managing agent: {agency1}, {orgmail1}"""),
    ("ten-inventory", "tenancy", """Check-in inventory – {addr1.oneline}
Clerk: {p1.full} ({agency1})
Date: {date1.long}
Tenant present: {p2.first_upperlast}

Hallway: carpet clean, small stain by the door. Kitchen: <<oven heavily used|hob scratched|fridge seal split>>. Bathroom: <<extractor fan not working|limescale on taps|grout discoloured>>.
Meter readings: electricity <<04471|18820|33015>>, meter serial {num2}.
Keys handed over: <<2 front door, 1 window|3 front door, 1 fob>>.
Signed by {p1.initials} and {p2.initials}. Photos stored at {link1}."""),
    ("ten-deposit", "tenancy", """Subject: RE: deposit – {addr1.street}

{p2.first},

I don't accept the deductions. The <<carpet|sofa|kitchen worktop>> was already damaged when we moved in, it's in the inventory from {date1.short}. I want the full <<£1,300|£950|£2,100>> back to my account ({iban1}) or I'll raise it with the deposit scheme.

{p1.first}

On {date2.mail}, {p2.full} <{p2.workemail}> wrote:
> Dear {p1.first},
> following the check-out on {date3.num} the landlord, {p3.title} {p3.last}, proposes
> to deduct <<£420|£180|£655>> for cleaning and repairs. Please let me know by {date4.short}.
> {p2.first}
> {agency1} | {p2.phone}"""),
    ("ten-repair", "tenancy", """{p1.full}
{addr1.full}
{p1.email}

{date1.es}

Dear {p2.sr} {p2.last},

I am writing again about the <<damp in the back bedroom|broken boiler|leaking roof above the stairs>> at the flat. I first reported it on {date2.text} and your <<builder|plumber>>, {p3.first}, came once but did not finish. My daughter has <<asthma|a chest infection>> and the problem is getting worse.

Please arrange the repair within 14 days. You can reach me on {p1.phone}.

{p1.first}"""),
    ("ten-reference", "tenancy", """TENANT REFERENCE REQUEST – applicant {num1}
Applicant: {p1.full}, born {p1.dob}, National Insurance no. {nino1}
Current address (since {date1.my}): {addr1.oneline}
Previous address: {addr2.oneline}
Employer: {emp1}, contact {p2.full}, {p2.workemail}
Current landlord: {p3.full}, {p3.phone}
Guarantor: {p4.full}, {addr3.oneline}
Requested by {agency1} on {date2.num} for the property at {addr4.street}."""),
    # ------------------------------------------------------------------ dispensing
    ("dsp-log", "dispensing", """DISPENSING LOG {date1.num}
<<09:12|10:05>>  {p1.inv} – Rx {num1} – <<amlodipine 5 mg x28|omeprazole 20 mg x56>> – checked {p2.ab}
<<10:47|11:30>>  {p3.inv} – Rx {num2} – <<methotrexate 2.5 mg x24|warfarin 1 mg x112>> – checked {p2.ab}; counselled on weekly dosing
<<13:18|14:02>>  {p4.inv} – Rx {num3} – <<sertraline 100 mg x28|levothyroxine 75 mcg x56>> – owing <<14|28>>, balance due {date2.short}
Pharmacist on duty: {p5.full}"""),
    ("dsp-cd", "dispensing", """CONTROLLED DRUGS REGISTER – <<morphine sulfate oral solution 10 mg/5 ml|oxycodone 10 mg capsules|methylphenidate 18 mg tablets>>
Entry date: {date1.num}
Supplied to: {p1.full}, {addr1.oneline}
Prescriber: Dr. {p2.full}, {clinic1}
Collected by: <<patient|{p3.full} (representative)>>, ID seen: <<driving licence {licence1}|passport {passport1}>>
Quantity: <<100 ml|28|30>>    Running balance: <<400 ml|84|60>>
Supplied by {p4.initial}, witnessed by {p5.initial}"""),
    ("dsp-emergency", "dispensing", """Emergency supply without a prescription
Patient: {p1.full}   DOB: {p1.dob}   NHS: {nhs1}
Usual pharmacy/GP: {clinic1}, {addr1.oneline}
Requested by the patient in person on {date1.text}, <<out of hours|during a bank holiday>>.
Medicine: <<salbutamol 100 mcg inhaler x1|ramipril 5 mg x7|insulin aspart pen x1>>
Reason: <<left medication at a relative's house in {city1}|prescription delayed at the surgery|on holiday, staying at {hotel1}>>.
Supplied by {p2.full}. Contact number given: {p1.phone}."""),
    ("dsp-review", "dispensing", """Medication review – community pharmacy, {pharm1}
Patient: {p1.mme} {p1.full} ({p1.dob})
Consultation: {date1.fr}, pharmacist {p2.jk}

{p1.mme} {p1.last} takes <<seven|nine|eleven>> regular medicines. {p1.He} reports <<dizziness when standing up|ankle swelling|poor sleep>> since the dose of <<amlodipine|doxazosin|zopiclone>> was increased by Dr. {p3.last}. {p1.His} <<{p4.daughter}|neighbour>> {p4.first} fills the weekly pill organiser.
Suggested to the GP by e-mail ({p3.extmail}): review the dose. Copy to {p1.email}."""),
    ("dsp-gpmail", "dispensing", """From: {p1.extmail}
To: {p2.workemail}
Date: {date1.mail}
Subject: interaction – {p3.full} (NHS {nhs1})

Hi Dr {p2.last},

{p3.first} came in today with a new prescription for <<clarithromycin|fluconazole>> from the out-of-hours service at {hosp1}. {p3.He} is also on <<simvastatin 40 mg. Can you advise whether to pause the statin|apixaban 5 mg twice daily. Can you advise whether to change the antibiotic>>? {p3.He}'ll be back at <<4pm|noon>>.

Thanks,
{p1.full}
Pharmacist, {pharm1} | {p1.phone}"""),
    # ------------------------------------------------------------------ veterinary
    ("vet-consult", "veterinary", """Consultation – {vet1}
Date: {date1.num}    Vet: {p2.jkc} MRCVS
Owner: {p1.full}, {addr1.oneline}, {p1.phone}
Patient: "<<Biscuit|Pepper|Mochi|Rolo>>", <<canine, cocker spaniel, MN, 7y|feline, DSH, FN, 12y|canine, labrador, FE, 3y>>
Microchip: {chip1}
Insurer: {insurer1}, policy {policy1}

History: <<vomiting twice overnight, ate a sock two days ago. Exam: abdomen tender, mildly dehydrated.
Plan: abdominal X-ray today|drinking more, weight loss over three months. Exam: BCS 4/9, thyroid slip palpable.
Plan: bloods incl. T4|lame on the right fore after a walk. Exam: pain on flexion of the carpus.
Plan: NSAID for five days, recheck with {p3.first}>>. Estimate discussed with {p1.first}."""),
    ("vet-vaccine", "veterinary", """VACCINATION CERTIFICATE
Animal: <<Luna|Oscar|Nala|Teddy>> (<<dog|cat>>)    Transponder: {chip1}
Owner: {p1.first_upperlast}
Address: {addr1.full}

Vaccine: <<rabies, batch|rabies (inactivated), batch|rabies booster, batch>> {num1}
Date of vaccination: {date1.de}    Valid until: {date2.de}
Administered by: Dr. med. vet. {p2.full}, {vet1}
Practice stamp and signature: {p2.initials}"""),
    ("vet-claim", "veterinary", """Pet insurance claim {claim1}
Policyholder: {p1.full} ({p1.email})
Policy number: {policy1}
Pet: <<Bramble, border collie|Ziggy, ragdoll cat|Maple, dachshund>>
Condition: <<cruciate ligament rupture|dental extractions|ear infection, recurrent>>, first signs on {date1.text}
Treating practice: {vet1} (Dr {p2.last}); referred to {vet2} on {date2.num}
Invoices: {invoice1}, {invoice2}
Pay the practice directly: <<yes|no>>. If no, pay to {iban1}."""),
    ("vet-chip", "veterinary", """Microchip database – change of keeper
Chip: {chip1}
Previous keeper: {p1.full}, {p1.phone}, {addr1.oneline}
New keeper: {p2.full}, {p2.email}
Transfer date: {date1.iso}
Transfer code sent by SMS to {p1.phone}; accepted from {ip1}.
Notes: <<rehomed through {ngo1}|sold privately via {brand1}|returned to the breeder, {p3.full}>>."""),
    ("vet-referral", "veterinary", """{vet1}
{addr1.oneline}

{date1.text}

Dear Prof. {p3.last},

Re: <<Bailey|Hazel|Pip>>, <<9-year-old neutered male boxer|5-year-old spayed female Maine Coon>>, owned by {p1.mrs} {p1.full}, {addr2.oneline}

Thank you for seeing this patient for <<a splenic mass found on ultrasound|suspected hypertrophic cardiomyopathy>>. Bloods from {date2.short} are attached. The owners would prefer a morning appointment; {p1.first} can be reached on {p1.phone}.

With best wishes,
{p2.full} BVSc MRCVS"""),
    # ------------------------------------------------------------------ airline complaints
    ("air-complaint", "airline", """{p1.full}
{addr1.full}

{date1.text}

Customer Relations, {airline1}

Booking reference {pnr1} – flight <<XQ 482|VE 1207|TK 1986>> on {date2.text}

Dear Sir or Madam,

my <<partner|{p2.daughter}|{p2.mother}>>, {p2.full}, and I were delayed by more than <<four|five|six>> hours at the departure airport. No meals were offered. Under the compensation rules we are each entitled to <<€400|€600|€250>>.
E-ticket numbers: {eticket1} and {eticket2}.
Please pay the compensation to {iban1} (account holder {p1.full}).

Yours faithfully,
{p1.full}
{p1.phone}"""),
    ("air-pir", "airline", """PROPERTY IRREGULARITY REPORT
File reference: {bagtag1}
Passenger: {p1.slash} {p1.paxtitle}
Tag number: {bagtag2}
Routing: <<LIS-FRA-ARN|JNB-DOH-MAN|GRU-MAD-BCN>>, {date1.text}
Bag: <<black hard-shell, 4 wheels|green rucksack with a red ribbon|navy holdall>>
Delivery address until {date2.short}: {hotel1}, {addr1.oneline}
Then: {addr2.oneline}
Contact: {p1.phone} / {p1.email}
Agent: {p2.firstl}"""),
    ("air-dm", "airline", """{p1.handle}: hey {airline1}, 3rd cancellation this month?? stuck at the gate with a 2 yr old
{airline1} support: Hi {p1.first}, we're sorry to hear this. Please DM us your booking reference and we'll take a look. ^{p3.initials}
[DM] {p1.user}: ref is {pnr1}, name on booking {p1.full}
[DM] {airline1} support: Thanks {p1.first}. We've rebooked you and {p2.first_lower} on the <<18:40|21:15>> tomorrow ({date1.short}). Hotel voucher sent to {p1.email}. ^{p3.initials}"""),
    ("air-refund", "airline", """From: {orgmail1}
Sent: {date1.mail}
To: {p1.email}
Subject: Your case {caseno1}

Dear {p1.title} {p1.last},

thank you for your patience. A refund of <<€312.40|£189.00|$845.60>> for the unused segments of booking {pnr1} has been issued to the card ending in the number you provided. It can take up to <<10|14>> working days to appear.

Kind regards,
{p2.firstl}
Customer Relations | {airline1}

-----Original Message-----
From: {p1.full} <{p1.email}>
Sent: {date2.mail}
I have now waited <<seven|nine>> weeks. My frequent flyer number is {member1}. {p1.first}"""),
    ("air-assist", "airline", """SPECIAL ASSISTANCE REQUEST
Passenger: {p1.full}, DOB {p1.dob}
Booking: {pnr1}    Frequent flyer: {member1}
Flight date: {date1.text}
Assistance: <<WCHC – cannot walk, needs help to the seat|WCHR – can climb stairs, needs a wheelchair for long distances|BLND – travelling with a guide dog>>
Travelling companion: {p2.full}, mobile {p2.phone}
Medical clearance form signed by Dr. {p3.full} of {clinic1} on {date2.num}"""),
    # ------------------------------------------------------------------ court / deposition
    ("dep-transcript", "deposition", """DEPOSITION OF {p1.upper}
Case No. {docket1}
Taken on {date1.us} at the offices of {firm1}, {addr1.oneline}

EXAMINATION BY {p2.mrs} {p2.last_upper}:
Q. Please state your full name for the record.
A. {p1.full}.
Q. And where do you currently reside?
A. {addr2.street}, in {addr2.city}.
Q. Who was your supervisor at {emp1} in {date2.my}?
A. {p3.full}. Everybody called {p3.him} {p3.first}.
Q. Did you ever e-mail {p3.him} from your personal account, {p1.email}?
A. <<Once or twice.|No, never.|I don't remember.>>
{p4.last_upper}: Objection, form."""),
    ("dep-listing", "deposition", """NOTICE OF HEARING
In the matter of: {p1.full} (Claimant) v {emp1} (Respondent)
Case number: {docket1}

The <<final hearing|preliminary hearing (case management)|costs hearing>> will take place on {date1.long} at <<10:00|14:00>> before Employment Judge {p2.last}. Time allowed: <<two days|three hours>>.
Claimant's representative: {p3.full}, {firm1}, {p3.extmail}
Respondent's representative: {p4.full}, {firm2}, {p4.phone}
Issued on {date2.num} by {p5.initial}, for the Regional Employment Judge."""),
    ("dep-affidavit", "deposition", """AFFIDAVIT

I, {p1.full}, {p1.daughter} of {p2.full}, aged about <<42|57|33>> years, residing at {addr1.full}, do hereby solemnly affirm and state as under:

1. That I am the <<owner|registered tenant>> of the premises mentioned above and my identity number is {natid1}.
2. That my <<original sale deed|passport no. {passport1}>> was lost on or about {date1.text} while travelling from {city1}.
3. That a complaint was lodged at the local police station under reference {caseno1}.

Deponent
Verified at {city2} on {date2.num}. Identified by {p3.full}, Advocate."""),
    ("dep-subpoena", "deposition", """SUBPOENA TO PRODUCE DOCUMENTS
Case {docket1}
To: Custodian of Records, {bank1}, {addr1.oneline}

YOU ARE COMMANDED to produce, by {date1.us}, all statements, signature cards and wire transfer records from {date2.us} to {date3.us} for:
- account {acct1} held by {p1.full};
- IBAN {iban1} held by {brand1};
- any account in the name of {p2.full}, date of birth {p2.dob}.
Issued by attorney {p3.full} (Bar No. {num1}), {firm1}, {p3.phone}."""),
    ("dep-interpreter", "deposition", """Subject: RE: interpreter for {docket1}
From: {p1.full} <{p1.workemail}>
To: {p2.workemail}

{p2.first} – confirmed, {p3.full} will interpret (<<Polish|Portuguese|Romanian|Vietnamese>>) on {date1.text}. {p3.He} needs the witness statements by {date2.short}; can you send them to {p3.email}?

> From: {p2.full}
> Sent: {date3.mail}
> Do we have an interpreter for the witness, {p4.title} {p4.last}? The clerk at the court is {p5.firstl}, tel. {phone1}.

{p1.first}
{firm1} | {p1.phone}"""),
    # ------------------------------------------------------------------ social work
    ("sw-visit", "social_work", """HOME VISIT RECORD
Family: {p1.last} household, {addr1.full}
Date: {date1.text}, <<announced|unannounced>>    Worker: {p2.full}
Present: {p1.full} ({p1.mother}), children {p3.first} (<<6|9>>) and {p4.first} (<<2|4>>), <<{p1.his} partner {p5.first}|no other adults>>

The home was <<warm and tidy|cold, the electricity meter had run out|cluttered but safe>>. {p3.first} showed me {p3.his} bedroom and said {p3.he} likes <<school|football on Saturdays>>. {p1.first} said the health visitor, {p6.title} {p6.last}, has not been since {date2.short}. {p1.first} agreed to take {p4.first} to the appointment at {clinic1} on {date3.future}.
Next visit within <<10|15>> working days."""),
    ("sw-strategy", "social_work", """STRATEGY DISCUSSION – minutes
Child: {p1.full}, DOB {p1.childdob}
Date: {date1.iso}    Chair: {p2.full}, <<team manager|principal social worker>>
Attendees: {p3.jk} (police), {p4.full} ({school1}, DSL), {p5.initial} (health, {hosp1})

Information shared: {p1.first} disclosed to {p4.first} that {p1.his} <<step{p6.mother}|{p6.aunt}|mother's friend>>, {p6.full}, <<hit {p1.him} with a belt|locks {p1.him} in {p1.his} room|takes {p1.his} phone away and reads the messages>>. {p6.first} is believed to be living at {addr1.oneline} and uses the phone number {p6.phone}.
Decision: <<section 47 enquiry|single-agency response>>. Actions by {date2.short}."""),
    ("sw-adult", "social_work", """Care and support assessment – adult social care
Person: {p1.mrs} {p1.full}, {p1.dob}
Address: {addr1.unit}
NHS number: {nhs1}
Main contact: {p2.full} (<<{p2.daughter}|{p2.niece}>>), {p2.phone}, {p2.email}

{p1.mrs} {p1.last} has lived alone since {p1.his} <<husband|wife|sister>> died in {date1.my}. {p1.He} <<had two falls this winter|is no longer managing the stairs|forgets to eat unless prompted>>. Care is currently provided by {agency1} (<<two|three>> calls a day). Key safe installed; code held by the agency.
Assessor: {p3.full}, {date2.num}"""),
    ("sw-referral", "social_work", """From: {p1.workemail}
To: {orgmail1}
Subject: Referral – {p2.full}, DOB {p2.childdob}

Hello,
I'm the health visitor for {p2.first}'s family at {addr1.oneline}. Since {date1.short} {p2.first}'s <<weight has dropped from the 50th to the 9th centile|attendance at nursery has fallen to 40%|{p3.mother}, {p3.full}, has missed three appointments>>. The family moved from {city1} in {date2.my} and have no support nearby. I have discussed this with {p3.first}, who agrees to the referral.

{p1.full}
Health Visitor, {clinic1} | {p1.phone}

> Thanks – please complete the multi-agency form. {p4.firstl}, duty team"""),
    ("sw-closure", "social_work", """Case closure summary – {caseno1}
Young person: {p1.full} ({p1.user} on the youth app)
Allocated worker: {p2.full}, {p2.workemail}
Open from {date1.text} to {date2.text}

{p1.first} has <<settled in {p1.his} supported lodging with {p3.full}|returned to live with {p1.his} grandmother in {city1}|started an apprenticeship at {emp1}>>. {p1.He} no longer wants contact with the service. Leaving-care personal adviser: {p4.full}, {p4.phone}.
Closure agreed by {p5.initial} on {date3.num}."""),
    # ------------------------------------------------------------------ dental
    ("den-chart", "dental", """Clinical notes – {dent1}
Pt: {p1.full}   DOB {p1.dob}   Pt no. {mrn1}
{date1.num} – exam + <<2 BWs|OPG|scale and polish>>
Dentist: {p2.jkc}   Nurse: {p3.first}
C/O <<sensitivity LL6 to cold. Caries 36 DO, 46 O.
Tx plan: restore 36 and 46 under LA|bleeding gums when brushing. BPE 2/2/2 3/2/2.
Tx plan: OHI, hygienist x2|broken filling UL7. Fractured cusp 27.
Tx plan: crown 27>>. Medical history unchanged; on <<ramipril|sertraline|no medication>>.
Recall {date2.my}. Pt asked that reminders go to {p1.phone}, not to {p4.first}."""),
    ("den-plan", "dental", """{dent1}
{addr1.full}

{date1.text}

Dear {p1.title} {p1.last},

TREATMENT PLAN AND ESTIMATE (patient ref. {mrn1})
- <<root canal treatment 46|implant and crown UL5|upper and lower clear aligners>>: <<£720|£2,450|£3,900>>
- <<porcelain crown 46|bone graft|retainers>>: <<£640|£480|£300>>
You can spread the cost with our finance partner, {brand1}; your pre-approval reference is {num1}.
Please call {p2.first} on {phone1} to book the first appointment.

Yours sincerely,
Dr. {p3.full}"""),
    ("den-sms", "dental", """SMS log – {dent1}
[{date1.iso} 08:00] to {p1.phone}: Hi {p1.first}, reminder of your appointment on {date2.short} at <<9:20|14:40|16:10>> with {p2.first}. Reply Y to confirm or call {phone1}.
[{date1.iso} 08:14] from {p1.phone}: Y
[{date3.iso} 18:02] to {p3.phone}: {p3.first}, your child {p4.first} is due a check-up. Book online: {link1}
[{date3.iso} 19:41] from {p3.phone}: can we do half term pls, {p4.first} is at <<gran's|{p4.his} dad's|camp>> until then"""),
    ("den-referral", "dental", """Referral to oral surgery – {hosp1}

Patient: {p1.full}, {p1.dob}, NHS {nhs1}
Address: {addr1.oneline}
Telephone: {p1.phone}

Dear Prof. {p2.last},

I would be grateful if you could see {p1.first} regarding <<a partially erupted lower left third molar with recurrent pericoronitis|a non-healing ulcer on the lateral border of the tongue|a cyst in the anterior maxilla>>. Radiographs taken on {date1.text} are available at {link1}. {p1.He} is <<anxious and may need sedation|on warfarin, latest INR 2.4|otherwise fit and well>>.

Referring dentist: {p3.full} ({dent1}), GDC {num1}"""),
    ("den-lab", "dental", """LAB DOCKET {invoice1}
To: {brand1} dental laboratory
From: {dent1}, Dr. {p1.firstl}
Patient: {p2.ab}  (ref {mrn1})
Work: <<zirconia crown UR6, shade A2|full upper acrylic denture|night guard, hard acrylic, 2 mm>>
Impression taken: {date1.num}    Required back: {date2.num}
Courier: {tracking1}
Queries to {p1.extmail}"""),
    # ------------------------------------------------------------------ recruitment
    ("rec-scorecard", "recruitment", """INTERVIEW SCORECARD
Candidate: {p1.full} ({cand1})
Role: <<Backend Engineer II|Finance Business Partner|Warehouse Shift Lead|Clinical Data Manager>>
Stage: <<technical interview|final panel|hiring manager screen>> on {date1.long}
Interviewers: {p2.full}, {p3.cite}

Strengths: <<clear reasoning about trade-offs|strong stakeholder examples from {emp1}|excellent SQL>>.
Concerns: <<little experience with on-call|notice period of three months|salary expectation above band>>.
Scores: problem solving <<4|3>>/5, communication <<4|5>>/5, values <<3|4>>/5.
Recommendation: <<hire|no hire|hire for a more junior role>>. Submitted by {p2.user}."""),
    ("rec-outreach", "recruitment", """Hi {p1.first},

I came across your profile ({p1.url}) and your talk on <<data pipelines|supply-chain analytics|UX research>> at <<a meetup in {city1}|the spring conference>>. We're hiring for a <<lead|senior>> role at {emp1} and I think you'd be a great fit.

Would you have 20 minutes for a call this week? You can grab a slot here: {p2.url} or call me on {p2.phone}.

Best,
{p2.full}
Talent Partner | {emp1}
{p2.workemail}"""),
    ("rec-bgcheck", "recruitment", """BACKGROUND SCREENING REPORT – {cand1}
Subject: {p1.full}, born {p1.dob}
Identity: verified against <<passport {passport1}|driving licence {licence1}>>; national insurance / social security no. {nino1}
Address history: {addr1.oneline} ({date1.my} – present); {addr2.oneline} (until {date2.my})
Employment: {emp1}, <<Analyst|Team Lead>>, confirmed by {p2.full} (HR); {emp2}, <<Intern|Associate>>, <<confirmed|no response to three requests>>
Education: {school1}, confirmed
Adverse findings: <<none|one county court judgment, satisfied>>
Screener: {p3.initials}, {date3.num}"""),
    ("rec-slack", "recruitment", """#hiring-<<platform|finance|ops>> · {date1.text}
{p1.handle}: debrief for {p2.full} at 4? {p3.first_lower} and {p4.first_lower} were on the panel
{p3.handle}: strong yes from me. {p2.first} asked better questions than most seniors
{p4.handle}: lean no. the system design part was shaky
{p1.handle}: ok. {p5.first_lower} can you ask {p2.his} referee ({p6.full}, {p6.workemail}) to call us before fri
{p5.handle}: on it 👍"""),
    ("rec-rejection", "recruitment", """Subject: Re: Your application – {cand1}

Dear {p2.first},

thank you for your reply. I understand your disappointment. The panel's main feedback was <<that the case study lacked a clear recommendation|that other candidates had more hands-on experience with the tools|that the presentation ran over time>>. We would be glad to hear from you for future roles.

Best regards,
{p1.full}
Recruitment, {emp1}

On {date1.mail} {p2.full} <{p2.email}> wrote:
> Hi {p1.first}, could you share any feedback from my interview on {date2.short}?
> I'm also happy to be considered for the role in {city1}.
> {p2.first} ({p2.phone})"""),
    # ------------------------------------------------------------------ IT incidents
    ("it-ticket", "it_incident", """{ticket1} | <<P2|P3|P4>> | <<Hardware|Network|Access>>
Reported by: {p1.full} ({staffid1}) via {p1.workemail}, tel. {p1.phone}
Device: {asset1}, MAC {mac1}, last IP {ip1}
Location: {addr1.street}, <<floor 3, desk 3.117|reception|meeting room Aurora>>

Description: <<laptop fails to boot after update, BitLocker recovery screen.
Work notes ({date1.iso}): {p2.first} remoted in, recovery key retrieved from the directory|cannot reach the shared drive from the guest Wi-Fi.
Work notes ({date1.iso}): {p2.first} remoted in, moved the device to the staff VLAN|docking station not detecting the second monitor.
Work notes ({date1.iso}): {p2.first} remoted in, updated the dock firmware>>. Waiting on user; call back on {p1.phone}."""),
    ("it-phish", "it_incident", """SECURITY ALERT – suspected phishing ({ticket1})
Received: {date1.mail}, <<08:51|12:17|17:03>> UTC
Sender: {p1.email} (display name "{p1.full}")
Sending IP: {ip1}
Link in message: {link1}
Recipients who clicked: {p2.workemail}, {p3.workemail}
Reported by: {p4.full}

Actions: sender blocked at the gateway; passwords of {p2.first} and {p3.first} reset by {p5.user}; sessions revoked. {p2.first} entered credentials on the fake page and MFA was approved from {ip2}. Escalated to the security lead, {p6.jk}."""),
    ("it-access", "it_incident", """ACCESS REQUEST {ticket1}
Requester: {p1.full} <{p1.workemail}>, employee ID {staffid1}
System: <<payroll database (read only)|production Kubernetes cluster|finance SharePoint site>>
Justification: <<month-end reconciliation|on-call rota from {date1.short}|audit support for {brand1}>>
Line manager approval: {p2.full}, {date2.num}
Data owner approval: {p3.inv}, {date3.num}
Expires: {date4.future}. Provisioned by {p4.initial}."""),
    ("it-oncall", "it_incident", """on-call log, week of {date1.short}
02:13 page: disk 92% on {asset1} ({ip1}). {p1.first_lower} acked, rotated logs.
04:05 {p1.handle}: api 5xx spike from {ip2}, looks like a scraper. blocked at the edge
09:30 {p2.handle}: customer {brand1} says they can't log in, contact is {p3.full} ({p3.workemail})
09:41 {p1.first_lower}: that's the expired cert, {p4.first_lower} is renewing it
11:02 {p4.handle}: renewed. postmortem owner: {p2.first}"""),
    ("it-postmortem", "it_incident", """Post-incident review – outage of <<the booking API|single sign-on|the payments queue>>
Incident: {ticket1}    Date: {date1.text}    Incident lead: {p1.full}
Customers affected: <<412|1,980|73>>, among them {brand1} (contact {p2.full}, {p2.workemail})

Timeline:
13:02 deploy by {p3.user} changes the connection pool size
13:09 alerts fire; {p1.first} joins the bridge ({link1})
13:40 rollback completed by {p4.firstl}

Actions: add a canary stage (owner {p3.first}); customer credit approved by {p5.full}."""),
    # ------------------------------------------------------------------ customer chats
    ("cc-whatsapp", "customer_chat", """[{date1.num}, 09:12] {brand1} Deliveries: Hi {p1.first_lower}, your parcel {tracking1} is out for delivery today 📦
[{date1.num}, 09:15] {p1.first_lower}: can u leave it with {p2.first_lower} next door? im at work till 6
[{date1.num}, 09:16] {brand1} Deliveries: Sure! Please confirm the neighbour's address.
[{date1.num}, 09:19] {p1.first_lower}: {addr1.street}, same street. {p2.his} number is {p2.phone}
[{date1.num}, 09:20] {brand1} Deliveries: Done ✅ Driver {p3.first} will call if needed."""),
    ("cc-discord", "customer_chat", """#support · ticket {ticket1}
{p1.discord}: hey my account got banned for no reason?? username is {p1.user}
Mod {p2.first}: hi! can you DM me the email on the account
{p1.discord}: {p1.email}. i play from my brothers pc sometimes, hes {p3.discord}
Mod {p2.first}: ok I see logins from {ip1} and {ip2} on {date1.short}. was that you?
{p1.discord}: the second one isnt me
Mod {p2.first}: understood, escalating to {p4.user}. player ID for reference: {member1}"""),
    ("cc-livechat", "customer_chat", """Chat started {date1.iso} <<19:47|08:03|13:26>>
Visitor: hi, i want to cancel my contract
{p2.first} ({brand1}): Hello! I can help with that. Can I have the account holder's name?
Visitor: {p1.full_lower}
{p2.first} ({brand1}): Thanks. For security, your date of birth and the postcode on the account?
Visitor: {p1.dob}, {addr1.pc}
{p2.first} ({brand1}): Thank you, {p1.first}. I can see account {acct1}. Your minimum term ends on {date2.text}, so there's <<no|a £45>> early exit fee.
Visitor: ok go ahead. send confirmation to {p1.email} pls"""),
    ("cc-marketplace", "customer_chat", """{p1.user}: hiya is the <<bike|coffee machine|stroller>> still available
{p2.user}: yes! <<£80|€65|£120>>, collection only from {addr1.city}
{p1.user}: ok can i come sat morning? im {p1.first_lower} btw
{p2.user}: sure, {addr1.oneline}. ring the bell for {p2.first_lower}
{p1.user}: can i pay by bank transfer
{p2.user}: yep {iban1}, name {p2.full_lower}. or paypal to {p2.email}"""),
    ("cc-hotel", "customer_chat", """{hotel1} · virtual assistant
Guest: hello I have a booking for {date1.short}, 2 nights
Bot: Welcome! Please give me your confirmation number.
Guest: {num1}
Bot: Thank you, {p1.first}. I see a <<superior double|twin room|family suite>> for {p1.full} and {p2.full}.
Guest: can you add an early check in? we land from {city1} at <<7am|8.30>>
Bot: I'll pass this to reception. Transferring you to {p3.first}…
{p3.first} (reception): Hi {p1.first}! Early check-in is <<€30|€45>>; I'll note it and send the invoice to {p1.email}."""),
    # ------------------------------------------------------------------ e-mail threads
    ("mail-forward", "email_thread", """---------- Forwarded message ---------
From: {p1.full} <{p1.extmail}>
Date: {date1.mail} at <<10:14|16:52>>
Subject: Fwd: contract renewal – {brand1}
To: {p2.full} <{p2.extmail}>

{p2.first}, see below – can you deal with this while I'm away? {p3.firstl} from their side is chasing.

> On {date2.mail}, {p3.full} <{p3.workemail}> wrote:
> Hi {p1.first},
> our renewal is due on {date3.text}. We'd like to move to the <<annual|three-year>> plan and add
> {p4.full} ({p4.workemail}) as a second admin. Invoice {invoice1} is still open on our side.
> Best,
> {p3.first}
> {p3.phone}"""),
    ("mail-chain", "email_thread", """RE: RE: visit on {date1.short}

Perfect, thanks {p2.first}! I'll bring {p3.first}.

{p1.first}

--
{p1.full}
<<Operations Manager|Project Lead|Account Director>>, {emp1}
M {p1.phone} | T {phone1}
{addr1.oneline}

From: {p2.full} <{p2.extmail}>
Sent: {date2.long} <<11:02|17:45>>
To: {p1.workemail}
Subject: RE: visit on {date1.short}

Hi {p1.first}, parking is at the back of the building, ask reception for {p4.full}.
{p2.first} | {emp2} | {p2.phone}

> From: {p1.full}
> Can we visit the site on the {date1.short}?"""),
    ("mail-ooo", "email_thread", """Automatic reply: <<Q3 forecast|your invoice|site access>>

Thank you for your e-mail. I am out of the office until {date1.long} with <<limited|no>> access to e-mail.
For urgent matters please contact {p2.full} ({p2.workemail}, {p2.phone}).
For invoices: {orgmail1}.

{p1.full}
<<Senior Buyer|Regional Manager|Legal Counsel>>
{emp1} · {addr1.oneline}
Tel. {p1.phone}"""),
    ("mail-invite", "email_thread", """Subject: Invitation: <<steering group|data migration check-in|quarterly review>> @ {date1.long} <<14:00 – 15:00|09:30 – 10:15>>
Organizer: {p1.full} <{p1.workemail}>
Attendees: {p2.inv}; {p3.inv}; {p4.full_lower}; {p5.workemail}

Join online: {link1}
Meeting ID: {meeting1}
Or dial in: {phone1}

Agenda: 1. status since {date2.short} 2. risks ({p3.first}) 3. <<budget|vendor|hiring>> update from {p4.first}."""),
    ("mail-signature", "email_thread", """Estimado equipo,

adjunto la factura {invoice1} correspondiente a los servicios de <<febrero|marzo|octubre>>. Please note our new bank details: {iban1}.

Saludos cordiales / Cordialement,

{p1.full}
<<Directora Financiera|Responsable administratif|Office Manager>>
{emp1}
{addr1.full}
Tel.: {p1.phone} · Móvil: {phone1}
{p1.workemail} · {link1}

Este mensaje es confidencial. Si lo ha recibido por error, avise a {p2.full} ({p2.workemail})."""),
)


PUBLIC_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("pub-edu-curriculum", "school_report", """<<Year 4|Year 5>> curriculum overview – <<spring|summer>> term

English: we will read <<a novel about the Stone Age|myths from Ancient Greece>> and write our own versions. Maths: multiplication facts up to 12 × 12, fractions and measuring in millilitres. Science: <<states of matter|the digestive system>>. PE takes place on <<Tuesday|Wednesday>> and Friday; please send a named kit bag. Homework is set on Monday and due the following Monday. <<Reading at home for 15 minutes a day makes a real difference.|Spelling tests are on Fridays.>>"""),
    ("pub-edu-exams", "school_report", """Exam season guidance for students

Arrive at the exam hall at least <<15|20>> minutes before the start. Bring black pens, a pencil, a ruler and, where allowed, a scientific calculator. Mobile phones and smart watches must be switched off and handed in. If you are ill on the day of an exam, tell the exams office before <<8.30am|9am>> and get a note from a doctor. Results day is in <<August|mid-August>>; results can also be collected by a nominated adult with written permission."""),
    ("pub-edu-topic", "school_report", """Year 6 topic letter: the Victorians

This half-term we will find out how Isambard Kingdom Brunel built bridges, ships and railways, why Florence Nightingale's work changed hospitals, and what life was like for children working in the cotton mills of Lancashire. <<A trip to the Science Museum in London is planned for March.|We will visit the canal museum in the second week of May.>> Children may come dressed as a Victorian on the last Friday of term. <<Queen Victoria's reign lasted almost 64 years.|Ask at home whether anyone has old family photographs to share.>>"""),
    ("pub-imm-guidance", "immigration", """Applying for a skilled worker visa

You need a job offer from an approved sponsor, a certificate of sponsorship and a salary at or above the threshold for your occupation. You must prove your knowledge of English, usually with a test from an approved provider. The application fee depends on the length of the visa and whether the job is on the shortage list. <<Most decisions are made within three weeks of the biometrics appointment.|You can usually bring your partner and children as dependants.>> Do not book travel until you have received a decision."""),
    ("pub-imm-biometrics", "immigration", """At your biometrics appointment we will take a digital photo and scans of your fingerprints. Bring your passport or travel document and your appointment confirmation. Children under <<five|six>> do not give fingerprints but must attend with a parent. The appointment usually takes <<15 minutes|about half an hour>>. If you need to change the date, do so at least <<24|48>> hours in advance. Security staff at the centre will check your bags on arrival."""),
    ("pub-bnk-chargeback", "bank_dispute", """Disputing a card payment

If you paid for something that never arrived or was not as described, first contact the seller and give them a chance to put it right. If that does not work, you can ask us to raise a chargeback. You normally need to do this within <<120|540>> days of the payment. Keep receipts, screenshots and any messages with the seller. <<A chargeback is not a legal right but a scheme rule of the card networks.|Payments over £100 on a credit card may also be covered by Section 75.>>"""),
    ("pub-bnk-scam-signs", "bank_dispute", """Five signs that a message might be a scam: it creates urgency, it asks you to move money to a "safe account", it asks for a one-time passcode, it comes from a number or address you do not recognise, and the offer seems too good to be true. We will never ask you to move your money to keep it safe. <<If in doubt, stop and call the number on the back of your card.|Forward suspicious texts to 7726.>>"""),
    ("pub-ten-rights", "tenancy", """Your rights as a private tenant

Your landlord must protect your deposit in a government-backed scheme within 30 days and give you the prescribed information. They must provide a gas safety certificate every year, an energy performance certificate and the How to Rent guide. A landlord cannot evict you without a court order. <<Rent can normally only be increased once a year.|You have the right to quiet enjoyment of the property.>> Keep copies of all letters and messages."""),
    ("pub-ten-inventory", "tenancy", """Tips for the check-in inventory: walk through every room with the clerk, take dated photographs of marks, stains and damage, and test the appliances. Check that smoke alarms work and that you have been given keys for every lock. Note the meter readings on the day you move in. <<Sign the inventory only when you agree with it.|If something is missing from the report, add a note within seven days.>>"""),
    ("pub-dsp-controlled", "dispensing", """Controlled drugs in community pharmacy

Schedule 2 controlled drugs, such as morphine and oxycodone, must be recorded in the register on the day of supply and stored in a locked cabinet. A prescription for a Schedule 2 or 3 drug is valid for <<28 days|four weeks>> from the date on it. The person collecting may be asked for identification. <<Out-of-date stock must be destroyed in the presence of an authorised witness.|Running balances should be checked at least once a week.>>"""),
    ("pub-dsp-counselling", "dispensing", """When you collect a new medicine, the pharmacist may ask whether you know what it is for, how to take it and what side effects to look out for. Tell them about any other medicines, herbal remedies or supplements you take. <<Grapefruit juice can interact with some blood pressure and cholesterol medicines.|Antibiotics should be taken for the full course unless a prescriber says otherwise.>> Bring old medicines back to the pharmacy for safe disposal."""),
    ("pub-vet-vaccination", "veterinary", """Puppy vaccination schedule

Puppies usually have their first vaccination at <<eight|six>> weeks and a second two to four weeks later. They can go out on walks about a week after the second injection. A yearly booster keeps protection against leptospirosis, and boosters for distemper and parvovirus are given every three years. <<Kennel cough vaccine is given as drops up the nose.|Cats need protection against cat flu and enteritis.>> Ask about worming and flea treatment at the same visit."""),
    ("pub-vet-heat", "veterinary", """Dogs die in hot cars. On a <<22|25>>°C day the temperature inside a car can reach 47°C within an hour. Flat-faced breeds such as pugs, French bulldogs and Persian cats struggle most in the heat. Walk dogs early in the morning or late in the evening and test the pavement with the back of your hand. <<Signs of heatstroke include heavy panting, drooling and collapse.|Cool an overheated dog gradually with tepid water, not ice.>> Call a vet straight away."""),
    ("pub-air-rights", "airline", """Air passenger rights in brief

If your flight from an airport in the region is delayed by more than three hours or cancelled at short notice, you may be entitled to compensation of €250, €400 or €600 depending on the distance. Airlines do not have to pay if the cause was extraordinary, such as severe weather or air traffic control strikes. <<You are also entitled to meals and, if needed, a hotel.|Claims can be made for up to six years in some countries.>>"""),
    ("pub-air-baggage", "airline", """If your bag does not arrive, report it at the baggage desk before you leave the arrivals hall and keep the reference you are given. Most delayed bags are delivered within <<48|72>> hours. Keep receipts for essential items you buy in the meantime. A bag that has not been found after 21 days is treated as lost. <<Damaged bags must be reported within seven days.|Valuables and medicines should always travel in your cabin bag.>>"""),
    ("pub-air-hubs", "airline", """Connecting through a hub airport

If you change planes in Frankfurt, Amsterdam, Istanbul or Doha, allow at least <<60|90>> minutes between flights, more if you need to pass through passport control. Flights on a single booking are protected: if the first one is late and you miss the connection, the airline rebooks you at no cost. <<Terminal transfers at Heathrow can take up to an hour.|At Schiphol all gates are in one terminal, but walking distances are long.>> Check the departure boards rather than the time on your boarding pass."""),
    ("pub-dep-guide", "deposition", """What happens at a deposition?

A deposition is sworn testimony given outside court, usually in a lawyer's office. A court reporter records every word and prepares a transcript. The lawyer who asked for the deposition asks questions first; the other side's lawyer may then ask their own. Listen to each question, pause, and answer only what was asked. <<If you do not know or do not remember, say so.|You may ask for a break, but not while a question is pending.>>"""),
    ("pub-dep-jury", "deposition", """Jury service usually lasts <<ten|fifteen>> working days. You will be told which court to attend and at what time on the first morning. Employers must allow you time off, although they do not have to pay you; you can claim for travel, food and loss of earnings. You must not discuss the case with anyone outside the jury or research it online. <<Deferral to a later date is possible once.|Bring a book: there is often a lot of waiting.>>"""),
    ("pub-sw-eligibility", "social_work", """Who can get help from adult social care?

You may be eligible if, because of a physical or mental impairment or illness, you are unable to achieve two or more everyday outcomes, such as washing, dressing, preparing meals or keeping your home safe, and this has a significant impact on your wellbeing. An assessment is free. <<Carers are entitled to their own assessment.|Whether you pay towards your care depends on a financial assessment.>>"""),
    ("pub-sw-fostering", "social_work", """Could you foster? Foster carers come from all walks of life: you can be single, married or in a civil partnership, own your home or rent, and be working or retired. You need a spare bedroom and the time to care for a child. Training and <<24-hour|round-the-clock>> support are provided, and carers receive an allowance for each child. <<Information evenings are held every month at the town hall.|Short breaks fostering can fit around a full-time job.>>"""),
    ("pub-den-bands", "dental", """Dental charges explained

Band 1 covers an examination, diagnosis, X-rays and a scale and polish if needed. Band 2 covers everything in Band 1 plus further treatment such as fillings, root canal work or extractions. Band 3 covers everything in Bands 1 and 2 plus crowns, dentures or bridges. <<Children under 18 and pregnant women do not pay.|Urgent treatment is charged at the Band 1 rate.>> You only pay one charge for each course of treatment."""),
    ("pub-den-care", "dental", """Brush your teeth twice a day for two minutes with a fluoride toothpaste, and spit rather than rinse afterwards. Clean between your teeth with floss or interdental brushes once a day. Cut down on sugary snacks and drinks between meals. <<Replace your toothbrush every three months.|Electric toothbrushes with a round head may clean more effectively.>> Visit your dentist as often as they recommend, which may be anything from three months to two years."""),
    ("pub-rec-process", "recruitment", """Our hiring process

1. Apply online with your CV; there is no need for a cover letter. 2. A <<30-minute|short>> call with a recruiter about the role and your expectations. 3. A skills interview with two members of the team. 4. A final conversation about values and ways of working. We aim to give feedback within <<five working days|a week>> of each stage. <<Tell us if you need any adjustments.|All interviews can take place on video.>>"""),
    ("pub-rec-tips", "recruitment", """Interview tips: research the organisation, prepare two or three examples using the situation, task, action, result method, and think of questions to ask at the end. For video interviews, check your camera and microphone beforehand and find a quiet room. Arrive or log in <<five|ten>> minutes early. <<It is fine to ask for a question to be repeated.|Thank the panel and ask when you can expect to hear back.>>"""),
    ("pub-it-patch", "it_incident", """Monthly patch notes

This month's updates fix <<38|52>> vulnerabilities, including a critical remote code execution flaw in the print spooler (CVE-2024-38063) and an elevation of privilege issue in the kernel. Devices will restart automatically on <<Wednesday|Thursday>> night between 01:00 and 03:00. Save your work before you leave. If an update fails with error 0x800f0922, leave the device connected to power and the network overnight and it will retry. Version 23H2 will reach end of support next year."""),
    ("pub-it-password", "it_incident", """Choosing a password: use three random words, add a number or symbol if the system requires it, and never reuse a password from another site. Turn on multi-factor authentication wherever it is offered. The service desk will never ask for your password by phone, chat or e-mail. <<A password manager can generate and store strong passwords for you.|Report lost laptops and phones within one hour.>>"""),
    ("pub-cc-bot", "customer_chat", """Bot: Hi! I'm the virtual assistant. What can I help you with today?
User: where is my parcel
Bot: You can track your parcel from the Orders page in the app. Parcels usually arrive within <<2-3|3-5>> working days.
User: it says delivered but its not here
Bot: Sorry about that! Please check with neighbours and any safe place. If it's still missing after 24 hours, choose "Report a problem" on the order.
User: ok thanks"""),
    ("pub-cc-forum", "customer_chat", """re: app keeps crashing on startup
- same here since the last update (v5.12.0). android 14
- clearing the cache fixed it for me. settings > apps > storage > clear cache
- didnt work, had to reinstall
- <<mods said a hotfix is rolling out tonight|support told me to roll back to 5.11>>
- thx, will wait"""),
    ("pub-mail-newsletter", "email_thread", """Subject: This month at the office

Hi all,

a few reminders: the kitchen on the third floor will be closed on <<Friday|Monday>> for a deep clean. The quarterly all-hands moves to the large meeting room. Bike racks in the basement are now available to everyone; please register your bike with the facilities team. <<The coffee machine has finally been repaired.|Fire drill next week – follow the wardens.>>

Thanks,
The Facilities Team"""),
    ("pub-mail-announce", "email_thread", """Subject: Changes to expense claims

Dear colleagues,

from next month all expense claims must be submitted through the new finance portal within <<30|60>> days of the expense. Receipts must be attached as photos or PDFs. Mileage will be paid at <<45p|42p>> per mile for the first 10,000 miles. <<Claims without a receipt will be rejected.|Taxis are only reimbursed after 10pm or with a manager's approval.>>

Finance Operations"""),
)
