"""Templates of the sixth held-out tagging set (v6), written for it by an author who did not see the tagger.

Fifteen domains no earlier set wrote, each with three private and two public templates, in document
shapes of their own (case-management entries, registry e-mails, occurrence reports, moderation queues,
visit logs, arrangement sheets, daily logs, damage reports, front-desk shift logs, library notices,
source notes, eye-test records, probate letters, broker fact-finds): probation, university registry,
aviation occurrence reports, humanitarian case work, community moderation, home care, funeral
arrangements, nursery logs, car rental, hotel front desk, public library, newsroom, optometry, wills
and probate, and mortgage brokerage. They were frozen with the set and must not be changed: a changed
template set is a new held-out set.

Syntax (see :mod:`~dpfusion_integrations.evaluation.heldout_v6`): ``<<a|b>>`` is a structural choice
shared by the two documents of a pair; ``{ref.form}`` is a private value:

* people ``{pN.full|first|last|lower|lowerfull|ini|ini2|lastini|initials|dotted|firstini|upperlast|
  upperfull|caps|inv}``; contacts ``{pN.email|workemail|workemail2|intmail|phone}``; handles and
  profile links ``{pN.at|discord|reddit|bsky|steam|twitch|kakao|viber|user|site}``;
  ``{pN.dob|childdob|olddob}``; public words agreeing with the person's gender: ``{pN.he|He|him|his|
  His}``, ``{pN.t}`` (a title), ``{pN.kin}``, ``{pN.child}``, ``{pN.parent}``;
* organisations ``{oN.kind}`` (kinds in ``heldout_values_v6.ORG_FORMS``); ``{mailN}`` a shared mailbox
  at o1 (``{mailN.o2}`` at o2);
* ``{addrN.full|oneline|street|city}``, ``{cityN}``, ``{dateN}`` (``.num``, ``.short``, ``.text``),
  ``{phoneN}``, ``{ipN}`` and identifiers ``{idN.kind}`` (kinds in ``heldout_values_v6.ID_KINDS``).

Not gold (public structure): times, amounts, ages, doses and medicines, pets' names, flight numbers,
airports, aircraft types, courts and public bodies, room, gate, seat, shelf and bay numbers, software
versions, product and car models.
"""

from __future__ import annotations

__all__ = ["PRIVATE_TEMPLATES", "PUBLIC_TEMPLATES"]

# (template id, domain, template)
PRIVATE_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # ------------------------------------------------------------------ probation and court liaison
    ("prob6-contact", "probation", """CONTACT LOG – supervision order {id1.case}
Person on probation: {p1.caps}    DOB {p1.dob}
Officer: {p2.ini}    Contact type: <<office visit|home visit|telephone>>
{date1.num}: {p1.first} arrived 20 minutes late, said the bus from {city1} was cancelled. Discussed the \
unpaid work hours (38 of 120 done) and the rent arrears at {addr1.oneline}.
{p1.He} now works nights at {o1.employer}; line manager {p3.full} confirmed shifts by phone ({p3.phone}).
Next appointment: {date2.num} at 10:30. Reminded {p1.him} that a second missed appointment goes back to court."""),
    ("prob6-email", "probation", """From: {p1.intmail}
To: {p2.email}
Subject: Pre-sentence report – {p3.inv}

Hi {p2.first},
Quick one before Thursday's list. I interviewed {p3.first} {p3.last} ({id1.case}) on {date1.text}. \
{p3.He} lives with {p3.his} {p4.kin}, {p4.full}, at {addr1.full}, and would be suitable for a curfew there. \
{p4.first} is happy to be contacted on {p4.phone}.
Could you confirm whether the victim liaison team has spoken to {p5.t} {p5.last}?
Thanks,
{p1.full}
Court liaison, {o1.employer}"""),
    ("prob6-breach", "probation", """BREACH REPORT
Name: {p1.upperlast}, {p1.first}
National ID: {id1.natid}
Order made: {date1} by <<the magistrates' court|the district court|the crown court>>
Failure: did not attend on {date2}; no contact since. Messages left on {p1.phone} and with {p2.lower} \
(partner, not answering). Last known address {addr1.street}, {addr1.city}.
Vehicle linked to {p1.him}: {id2.plate}
Author: {p3.dotted}    Countersigned: {p4.lastini}"""),
    # ------------------------------------------------------------------ university registry
    ("uni6-extension", "university_admin", """From: {p1.email}
To: {mail1}
Subject: Extenuating circumstances – student {id1.student}

Dear {o1.university} Registry,
My name is {p1.full} and I am in my <<second|final|third>> year of <<Civil Engineering|Nursing|Economics>>. \
I was admitted to {o2.clinic} on {date1} and could not sit the exam on {date2}. A letter from Dr {p2.last} \
is attached. My personal tutor, {p3.ini2}, supports the request.
I am now staying at my {p4.parent}'s house: {addr1.full}. Mobile {p1.phone}.
Thank you,
{p1.first}"""),
    ("uni6-visa", "university_admin", """{o1.university} – International Student Support
CASE NOTE
Student: {p1.full} ({id1.student})    Passport: {id2.passport}
Date of birth: {p1.dob}    Nationality: <<Kenyan|Filipino|Brazilian|Turkish|Mexican>>
{date1.num} – {p1.first} came to the drop-in. Attendance below 70% in <<March|the autumn term>>; explained \
that {p1.he} has been caring for {p1.his} {p2.kin} {p2.first} after an operation.
Advised to e-mail the module leader, {p3.t} {p3.last} ({p3.workemail}).
Address on record: {addr1.oneline}
Prefers KakaoTalk ({p1.kakao}) to e-mail.
Seen by {p4.firstini}"""),
    ("uni6-graduation", "university_admin", """Graduation guest list – ceremony {date1.text}, 14:00
Graduand: {p1.upperfull}    Student no. {id1.student}
Name to be read out: "{p1.full}"
Guest 1: {p2.full}    Guest 2: {p3.full} (wheelchair space)
Contact for tickets: {p1.email} / {p1.phone}
Gown hire paid to {o2.employer}, invoice {id2.invoice}. Processed by {p4.initials}."""),
    # ------------------------------------------------------------------ aviation occurrence reports
    ("avi6-cabin", "aviation_report", """CABIN OCCURRENCE REPORT – {o1.airline}
Flight <<QV 218|NX 4410|LB 87|TR 902>>, {date1}, aircraft {id1.aircraft}
Reported by: senior cabin crew {p1.full}, staff no. {id2.staff}
Seat <<23C|14A|31F>>: passenger {p2.full} (booking {id3.booking}) became unwell 40 minutes after take-off. \
A doctor travelling in row <<7|12>>, {p3.t} {p3.last}, assisted. Oxygen given.
Met on arrival by paramedics. {p2.first}'s travelling companion, {p4.full}, gave {p4.his} number: {p4.phone}.
Crew witnesses: {p5.firstini}, {p6.lastini}"""),
    ("avi6-ground", "aviation_report", """Ground occurrence – ramp
Date/time: {date1.num} 06:52    Stand: <<B14|C3|Remote 41>>
Operator: {o1.airport_firm}    Aircraft registration: {id1.aircraft}
Driver of the belt loader: {p1.inv}, airside pass {id2.staff}
Description: the loader touched the cargo door seal while reversing. No injury. Engineer {p2.full} inspected \
and released the aircraft at 08:10.
Supervisor on duty: {p3.first} ({p3.phone}). Report entered by {p4.ini} from {ip1}."""),
    ("avi6-unruly", "aviation_report", """Subject: Disruptive passenger – {date1.short}

Captain's summary for the security office.
The passenger in <<2D|18B|9K>> ({p1.upperfull}, DOB {p1.dob}, passport {id1.passport}) refused to stop \
smoking in the lavatory and shouted at crew member {p2.first}. A written warning was handed over. \
{p1.His} address on the booking is {addr1.oneline}; e-mail {p1.email}.
Police met the aircraft. Officer's reference {id2.case}.
{p3.full}, Captain, {o1.airline}"""),
    # ------------------------------------------------------------------ humanitarian case work
    ("ngo6-registration", "ngo_casework", """{o1.ngo} – household registration
Head of household: {p1.full}    ID/document: {id1.natid}
Members: {p2.first} (<<spouse|{p2.kin}>>), {p3.first} (child, born {p3.childdob})
Current shelter: {addr1.full}
Phone (shared): {p1.phone}
Needs: <<food parcels and nappies|winter blankets and a heater|school uniforms>>
Referred to {o2.clinic} for {p3.first}'s cough on {date1}. Caseworker: {p4.ini}"""),
    ("ngo6-whatsapp", "ngo_casework", """[{o1.ngo} caseworkers – group chat]
{p1.lower}: did anyone reach {p2.lowerfull}? {p2.he} missed the distribution on {date1.short}
{p3.lower}: yes, {p2.he} moved in with {p2.his} cousin near {addr1.street}
{p1.lower}: ok can you drop the voucher ({id1.ticket}) round? new number is {p2.phone}, viber {p2.viber}
{p3.lower}: will do tmrw. also {p4.first} from the church says the landlord {p5.full} is threatening eviction
{p1.lower}: 😟 log it pls, I'll call {o2.lawfirm}"""),
    ("ngo6-grant", "ngo_casework", """Emergency cash grant – approval
Grant ref.: {id1.grant}    Date: {date1}
Recipient: {p1.full}    Date of birth: {p1.dob}
Paid to: account {id2.iban}, holder {p1.upperfull}
Amount: <<€250|£180|$300>>, one-off
Reason: <<flooding at {addr1.oneline}|loss of income after {p1.his} employer {o2.employer} closed|medical bills>>
Approved by {p2.full}; second signature {p3.initials}"""),
    # ------------------------------------------------------------------ community moderation
    ("mod6-queue", "moderation", """Moderation queue – {o1.platform} – report {id1.ticket}
Reported user: {p1.discord}    Reporter: <<{p2.discord}|{p2.user}>>
Channel: <<#general|#trading|#voice-chat-text>>    Time: {date1.num} 23:41
Message: "lol {p2.lower} everyone knows you live on {addr1.street}, see you there"
Action: <<7-day timeout|permanent ban|message removed, warning>>
Note: doxxing. Reporter's real name ({p2.full}) was also posted, removed. Moderator: {p3.user}
IP of the reported account at the time: {ip1}"""),
    ("mod6-appeal", "moderation", """Ban appeal
Username: {p1.at}
Email on the account: {p1.email}
Linked accounts: <<Steam {p1.steam}|Reddit {p1.reddit}|Twitch {p1.twitch}>>
Why should we lift the ban?
"i wasnt the one who posted {p2.lowerfull}'s phone number ({p2.phone}), my {p3.kin} {p3.lower} used my pc. \
{p3.he}s {p3.at} on here. i've changed my password. pls check the login from {ip1}"
Reviewed by {p4.firstini} on {date1}: <<upheld|ban lifted|reduced to 30 days>>"""),
    ("mod6-mail", "moderation", """Subject: Creator verification for {p1.twitch}

Hi {p1.first},
Thanks for applying to the partner programme at {o1.platform}. Before we can verify you we need:
– a photo of an ID document (we have {id1.natid} on file, it must match);
– your legal name exactly as on the document ({p1.full}) and your Reddit name if you link it ({p1.reddit});
– a billing address (you gave {addr1.oneline}).
If someone else manages your channel (you mentioned {p2.full}, {p2.email}), they need their own login.
Cheers,
{p3.first} · Creator Support"""),
    # ------------------------------------------------------------------ home care
    ("care6-visit", "home_care", """VISIT LOG – {o1.care}
Client: {p1.full} (DOB {p1.olddob})    Client no. {id1.record}
Address: {addr1.full}    Key safe: ask office
{date1.short} 08:05–08:50 – {p2.first}: {p1.first} was up and dressed; helped with breakfast and morning tablets. \
{p1.He} said {p1.his} {p3.child} {p3.first} is visiting on Sunday.
{date2.short} 17:30–18:00 – {p4.first}: fridge almost empty, texted {p3.first} on {p3.phone}.
Concerns: none today. GP: Dr {p5.last}, {o2.clinic}"""),
    ("care6-handover", "home_care", """Hi all, handover for this week:
- {p1.t} {p1.last} at {addr1.street}: new hoist arrived, two carers needed from {date1.short}. Next of kin is {p2.full} ({p2.email}).
- {p3.lowerfull} (we all call {p3.him} {p3.first}): district nurse coming {date2.short} for the leg dressing.
- {p4.full}: moved to respite at {o2.care} until {date3.short}.
Rota questions to me on {phone1}.
{p5.first}"""),
    ("care6-incident", "home_care", """INCIDENT FORM – FALL
Service user: {p1.inv}    NHS/insurance no.: {id1.natid}
Date: {date1}    Time found: 07:20    By: {p2.full}, carer (staff {id2.staff})
Found on the bedroom floor, conscious. Ambulance called on <<999|112|000>>; taken to <<the general hospital|A&E>>.
Next of kin informed: {p3.full} ({p3.kin}) on {p3.phone} at 07:45.
Manager notified: {p4.ini}    Form completed on {date2.num}"""),
    # ------------------------------------------------------------------ funeral arrangements
    ("fun6-arrangement", "funeral", """ARRANGEMENT SHEET – {o1.funeral}
The late: {p1.full}    Born {p1.olddob}    Died {date1}
Place of death: <<at home|in hospital|in a care home>>, {addr1.oneline}
Arranged by: {p2.full} ({p2.kin}), {p2.phone}, {p2.email}
Service: {date2.text}, 11:00, <<the crematorium chapel|the parish church|the family home>>
Officiant: {p3.t} {p3.last}    Flowers: family only, donations to {o2.ngo}
Invoice {id1.invoice} to be sent to {addr2.full}"""),
    ("fun6-notice", "funeral", """{p1.upperfull}
Peacefully on {date1}, aged <<84|91|77>>, at {o1.care}. Beloved {p1.kin} of {p2.first}, and of the late \
{p3.full}. Much loved by {p4.first} and {p5.first}.
The funeral will take place on {date2.text}. Enquiries to {o2.funeral}, {phone1}."""),
    ("fun6-registrar", "funeral", """Registrar booking confirmation
Registration of a death – appointment {id1.booking}
Deceased: {p1.full}, date of birth {p1.olddob}, last address {addr1.full}
Informant: {p2.full}, {p2.kin}
Appointment: {date1}, 09:40. Please bring the medical certificate signed by Dr {p3.last} and, if \
available, the deceased's passport ({id2.passport}) and national number ({id3.natid}).
Questions: {p2.email} will receive a reminder the day before."""),
    # ------------------------------------------------------------------ nursery logs
    ("nur6-daily", "nursery", """{o1.nursery} – Daily diary
Child: {p1.first} {p1.last}    Room: <<Caterpillars|Ladybirds|Owls>>    {date1.short}
Keyworker: {p2.first}
Meals: ate all of the pasta, half the fruit. Sleep: 12:40–14:05. Nappies: 3 (one loose).
Today {p1.first} played in the sand with {p3.first} and {p4.first} and painted a card for {p1.his} {p5.parent}.
Collected by: {p6.full} (password given) at 17:35."""),
    ("nur6-accident", "nursery", """ACCIDENT RECORD
Child's name: {p1.full}    DOB: {p1.childdob}
Date: {date1.num}    Time: 10:15    Where: <<garden|climbing frame|toilets>>
What happened: {p1.first} tripped over a scooter and bumped {p1.his} forehead. Cold compress applied by {p2.firstini}.
Parent informed by phone: {p3.full}, {p3.phone}
Parent signature: ____    Staff: {p2.full}    Manager: {p4.initials}"""),
    ("nur6-enrol", "nursery", """Enrolment form – {o1.nursery}
Child: {p1.upperlast} {p1.first}    Date of birth: {p1.childdob}
Parent/carer 1: {p2.full}, {p2.phone}, {p2.email}, works at {o2.employer}
Parent/carer 2: {p3.full}, {p3.phone}
Home address: {addr1.full}
Emergency contact (not a parent): {p4.full}, {p4.phone}
Child's ID number: <<{id1.natid}|{id1.dni}|{id1.cpf}|{id1.bsn}|{id1.zaid}>>    Start date: {date1}"""),
    # ------------------------------------------------------------------ car rental
    ("car6-damage", "car_rental", """VEHICLE CONDITION REPORT – {o1.rental}
Rental agreement {id1.contract}    Plate {id2.plate}    <<Toyota Yaris|Skoda Octavia estate|Kia Picanto>>
Check-out: {date1.num} at {city1}    Check-in: {date2.num}
VIN {id4.vin}
Damage found at return: scratch on rear bumper (12 cm), chipped windscreen.
Renter: {p1.full}    Licence no. {id3.licence}
Additional driver: {p2.full}
Customer comment: "it was like this when {p2.first} picked it up". Agent: {p3.firstini}"""),
    ("car6-fine", "car_rental", """Dear {p1.t} {p1.last},
Traffic fine transfer – agreement {id1.contract}
The authorities in {city1} have sent us a speeding notice for the vehicle {id2.plate} on {date1}, while it was \
rented to you. As set out in our terms, we have passed your details (name {p1.full}, address \
{addr1.oneline}, licence {id3.licence}) to them and charged an administration fee to the card on file.
Queries: {mail1}
{o1.rental}"""),
    ("car6-chat", "car_rental", """Live chat – {o1.rental} roadside help
Customer: hi, car won't start. plate {id1.plate}, booking {id2.booking}
Agent {p1.first}: Oh no, sorry about that! Where are you right now?
Customer: {addr1.oneline}, in the car park
Agent {p1.first}: Thanks. Is this {p2.full}?
Customer: no it's {p3.lowerfull}, the second driver, {p2.first} is my {p2.kin}
Agent {p1.first}: OK. A patrol will call you on {p3.phone} within 45 minutes."""),
    # ------------------------------------------------------------------ hotel front desk
    ("hot6-shiftlog", "hotel_frontdesk", """FRONT DESK SHIFT LOG – night – {date1.num}
23:10 Guest in <<412|208|1107>> ({p1.inv}) complained about noise from the room above. Moved to a quieter room.
00:45 Walk-in: {p2.full}, passport {id1.passport}, paid cash for one night.
02:30 Call from {phone1} asking for "{p3.first}" – we have no guest of that name; did not confirm anything.
05:50 Taxi booked for {p4.t} {p4.last} to the airport.
Handover to {p5.first}. {o1.hotel}"""),
    ("hot6-regcard", "hotel_frontdesk", """{o1.hotel}
GUEST REGISTRATION CARD
Surname: {p1.upperlast}    First name: {p1.first}
Date of birth: {p1.dob}    ID document: <<{id1.natid}|{id1.dni}|{id1.cpf}|{id1.bsn}|{id1.zaid}>>
Home address: {addr1.full}
Arrival: {date1}    Departure: {date2}    Reservation {id2.booking}
Accompanied by: {p2.full}
E-mail for the invoice: {p1.email}    Car registration: {id3.plate}"""),
    ("hot6-complaint", "hotel_frontdesk", """Subject: Lost property – room <<315|92|1204>>

Dear {p1.first},
Thank you for your message. Our housekeeper {p2.firstini} found a <<grey laptop bag|child's teddy bear|pair of \
glasses>> after you checked out on {date1.short}. We can post it to {addr1.oneline} once you confirm the \
address and the postage fee; please quote {id1.booking}.
Kind regards,
{p3.full}, Guest Relations, {o1.hotel}
{phone1}"""),
    # ------------------------------------------------------------------ public library
    ("lib6-overdue", "library", """{o1.library} – overdue notice
To: {p1.full}, {addr1.full}
Card number: {id1.member}
The following items were due back on {date1}:
 – "<<The Overstory|A Brief History of Time|Wolf Hall>>"
 – "<<Lonely Planet Portugal|Python Crash Course, 3rd edition|The Very Hungry Caterpillar>>"
Please return them or renew online. If you have already returned them, reply to {mail1}."""),
    ("lib6-helpdesk", "library", """Public PC session log (staff view)
{date1.num} 14:02 PC-<<07|12|21>> – card {id1.member} ({p1.ini}), 60 min
{date1.num} 14:35 Customer asked for help printing a CV; e-mail shown on screen was {p1.email}
{date1.num} 15:10 PC-<<07|12|21>> – guest pass for {p2.full}, ID seen (<<{id2.natid}|{id2.dni}|{id2.bsn}>>)
{date1.num} 15:40 Wi-Fi complaint, device IP {ip1}
{date1.num} 16:55 Phone found at PC-<<03|09>>, IMEI {id3.imei}; owner {p5.full} phoned, collecting tomorrow
Staff on desk: {p3.first}, {p4.first}"""),
    ("lib6-homebound", "library", """Home library service – new member
Name: {p1.full}    Born: {p1.olddob}
Address: {addr1.full}
Phone: {p1.phone}    Best time to call: mornings
Likes: large print crime novels, nothing too violent; audiobooks on CD
Volunteer driver: {p2.full} ({p2.phone})
Referred by: {p3.full}, {o1.care}"""),
    # ------------------------------------------------------------------ newsroom
    ("news6-source", "newsroom", """SOURCE NOTE – CONFIDENTIAL – do not forward
Story: <<council housing repairs|the ferry contract|hospital waiting times>>
Source: {p1.full} (works at {o1.employer}; agreed to be described as "a senior employee")
Contact only via Signal on {p1.phone}, Bluesky DMs ({p1.bsky}) or {p1.email}; never at work.
Met on {date1} at a café near {addr1.street}. Documents handed over: 14 pages, photographed.
Second source, {p2.ini}, confirmed the dates. Reporter: {p3.first} {p3.last}, {o2.media}"""),
    ("news6-correction", "newsroom", """From: {p1.email}
To: {mail1}
Subject: Correction request – article of {date1}

Hello,
Your article in {o1.media} about the <<school closure|festival cancellation|factory fire>> names me as "{p1.firstini}, 34, \
of {addr1.city}". I am {p1.full} (my photography site is {p1.site}) and I live in {city1}; the person you interviewed was my neighbour, \
{p2.full}. Please correct this online. I can be reached at {p1.phone}.
Regards, {p1.first}"""),
    ("news6-chat", "newsroom", """#newsdesk – {o1.media} – {date1.short}
{p1.lower}: anyone got a number for the {city1} fire chief? need a quote by 4
{p2.lower}: try {p3.full}, press officer, {p3.phone}. don't use {p3.his} mobile on air
{p1.lower}: ta. also the photographer {p4.first} says the family is {p5.full} and {p5.his} kids, ok to name?
{p2.lower}: NOT until police confirm. blur the plate too ({id1.plate})
{p6.first}: {p5.first}'s {p7.kin} just emailed the desk from {p7.email}, forwarding to {p1.first}"""),
    # ------------------------------------------------------------------ optometry
    ("opt6-record", "optometry", """{o1.optician} – EYE EXAMINATION RECORD
Patient: {p1.full}    DOB {p1.dob}    Record {id1.record}
Examined: {date1.num} by {p2.ini} (optometrist)
R: -2.25 / -0.50 x 180    L: -2.00 / -0.75 x 170    Add: +1.50
IOP 16/17 mmHg. Fundus: no abnormality.
Advice: <<new glasses for distance|varifocals|daily contact lenses trial>>; review in 2 years.
Letter copied to GP, Dr {p3.last}, {o2.clinic}."""),
    ("opt6-referral", "optometry", """URGENT REFERRAL – suspected retinal detachment
To: Eye casualty, <<the regional eye unit|the university hospital>>
Patient: {p1.upperlast}, {p1.first}    DOB {p1.dob}
Address: {addr1.full}    Tel. {p1.phone}
Symptoms: new floaters and a curtain in the left eye since {date1.short}.
Referring optometrist: {p2.full}, {o1.optician}, {phone1}
Patient sent by taxi at 16:20 with {p1.his} {p3.kin}, {p3.first}."""),
    ("opt6-order", "optometry", """Order confirmation – {o1.optician}
Order {id1.invoice} for {p1.full}
Frames: <<Ray-Ban RB5154 Clubmaster|Lindberg Air Titanium 5521|Oakley Holbrook>>
Lenses: 1.6 index, anti-glare
Collect from: {addr1.street}, {addr1.city} from {date1.short}
Paid with card ending <<4417|0932|7781>>; balance from insurance policy {id2.policy}.
Questions? {p2.first} on {phone1}"""),
    # ------------------------------------------------------------------ wills and probate
    ("prb6-letter", "probate", """{o1.lawfirm}
{addr1.full}

Our ref: {id1.case}
{date1.text}

Dear {p1.t} {p1.last},
Estate of the late {p2.full}
We act for the executors, {p3.full} and {p4.full}. Under the will dated {date2.text}, you are left \
the sum of <<€10,000|£5,000|$7,500>>. We will need a scan of your passport or ID card and your bank details \
({p1.email} is fine for the scan), and we will pay you once the estate accounts are approved.
Yours sincerely,
{p5.ini2}"""),
    ("prb6-assets", "probate", """SCHEDULE OF ASSETS – estate of {p1.upperfull} (died {date1})
1. Home at {addr1.oneline} (sole name)
2. Current account {id1.iban}
3. Savings with {o1.lender}, account {id2.account}
4. Car {id3.plate}, <<2016 VW Golf|2019 Renault Clio|2012 Volvo V70>>
5. Shares held through {o2.employer}
Tax number of the deceased: {id4.tax}
Prepared by {p2.firstini} for executor {p3.full}"""),
    ("prb6-call", "probate", """Telephone note – {date1.short}
Caller: {p1.full}, says {p1.he} is the late {p2.first} {p2.last}'s <<former partner|{p1.kin}|{p1.child}>>
Wants to know if {p1.he} is in the will. Told {p1.him} we cannot discuss it without the executor's consent.
{p1.He} gave {p1.his} number ({p1.phone}) and address ({addr1.oneline}) and asked us to pass them to \
{p3.t} {p3.last}. Note passed to {p4.initials}."""),
    # ------------------------------------------------------------------ mortgage brokerage
    ("mtg6-factfind", "mortgage", """FACT FIND – {o1.broker}
Applicant 1: {p1.full}, DOB {p1.dob}, tax ID {id1.tax}
Employer: {o2.employer}, <<permanent|contract|self-employed>>, since {date1}
Applicant 2: {p2.full}, DOB {p2.dob}
Current address: {addr1.full} (renting, 3 years)
Property to buy: {addr2.oneline}
Deposit: <<15%|10%|25%>>    Term: 30 years
Adviser: {p3.full} · {p3.workemail}"""),
    ("mtg6-offer", "mortgage", """Subject: Your mortgage offer {id1.loan}

Dear {p1.first} and {p2.first},
Good news – {o1.lender} has issued your offer today ({date1.text}). It is valid for six months. \
The solicitor acting for you, {p3.full} of {o2.lawfirm}, has a copy.
Completion funds will be sent to their client account; please never send money to a new account by e-mail \
without calling me first on {phone1}.
Best wishes,
{p4.full}"""),
    ("mtg6-docs", "mortgage", """Document checklist for {p1.full} – case {id1.loan}
[x] Photo ID: passport {id2.passport}
[x] Proof of address: utility bill for {addr1.oneline}, dated {date1.num}
[ ] Three months of payslips from {o1.employer}
[ ] Bank statements, account {id3.account}
[x] Gift letter from {p2.full} ({p2.kin}), {p2.phone}
Uploaded from {ip1} on {date2.num}. Checked by {p3.dotted}"""),
)

PUBLIC_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("pub6-prob-rules", "probation", """Your community order: what is expected of you
Keep every appointment and arrive on time. If you are ill, phone before the appointment and bring a \
medical note next time. Unpaid work is usually done in blocks of six or seven hours, on weekdays or at \
weekends. Missing appointments without a good reason can lead to a warning and, after that, a return to court."""),
    ("pub6-prob-faq", "probation", """FAQ: Electronic monitoring
Q: Can I shower with the tag on? A: Yes. It is waterproof but should not be submerged in a bath for long.
Q: What if I need to be out during curfew hours? A: Ask your officer in advance; emergencies are reviewed case by case.
Q: Will my employer know? A: Not from us. The tag is worn on the ankle and is usually hidden by trousers."""),
    ("pub6-uni-resits", "university_admin", """Resit examinations <<2025/26|2026/27>>
Resits take place in the August assessment period. Students with a failed module are registered \
automatically; no form is needed. Marks for resit modules are capped at the pass mark unless extenuating \
circumstances were accepted. Timetables are published on the Student Hub three weeks before the first paper."""),
    ("pub6-uni-wellbeing", "university_admin", """Wellbeing Services
Counselling, mental health advice and disability support are free for all registered students. \
Appointments can be booked online, and a drop-in runs every weekday from 12:00 to 14:00 in the Library \
Building, ground floor. Out of hours, the Nightline listening service is run by trained student volunteers."""),
    ("pub6-avi-reporting", "aviation_report", """Why report occurrences?
A just culture means staff can report mistakes without fear of blame. Reports are de-identified before \
analysis and trends are shared across the fleet. Typical examples include turbulence injuries, smoke or \
fumes events, bird strikes and ground handling damage on the Airbus A320 and Boeing 737-800 fleets."""),
    ("pub6-avi-turbulence", "aviation_report", """Turbulence: cabin crew checklist
When the seat belt sign is switched on, check that passengers are seated with belts fastened. Secure \
trolleys and galley equipment. In severe turbulence crew sit down immediately, wherever they are. After the \
event, check for injuries and report them to the flight deck, and record the details in the Cabin Log."""),
    ("pub6-ngo-eligibility", "ngo_casework", """Who can receive support?
Our food and hygiene distributions are open to anyone in need, with no questions about immigration \
status. Registration takes about ten minutes. Please bring any document you have; if you have none, we \
can still register you. Interpreters for Arabic, Dari, Pashto, Tigrinya and Ukrainian are available on Tuesdays."""),
    ("pub6-ngo-volunteer", "ngo_casework", """Volunteer induction: confidentiality
Never share the names, photos or locations of the people we support, including in private group chats. \
Do not take pictures at distributions. Case notes stay on the secure system, never on personal phones. \
If someone tells you they are at risk, follow the safeguarding flowchart and speak to the duty manager."""),
    ("pub6-mod-rules", "moderation", """Server Rules v3.2
1. Be respectful. No harassment, hate speech or slurs.
2. No doxxing: never post anyone's real name, address, phone number or photos without consent.
3. Keep trading in #trading; scams result in a permanent ban.
4. No NSFW content. 5. Use English in the main channels; other languages in #international.
Moderators act on reports within 24 hours. Appeals via the form in #appeals."""),
    ("pub6-mod-update", "moderation", """Patch notes 1.14.2
Fixed a crash when joining a lobby from the friends list. Matchmaking now prefers players in the same \
region. The Report button has moved to the player card. Chat filters were updated for the Portuguese and \
Polish languages. Known issue: voice chat may cut out on Android 12 devices."""),
    ("pub6-care-meds", "home_care", """Medication support: what carers can and cannot do
Carers may prompt and assist with tablets from a blister pack prepared by the pharmacy, such as \
Paracetamol 500 mg or Amlodipine 5 mg, and must record each dose on the MAR chart. Carers cannot change \
doses, crush tablets without written advice, or give injections. Refused doses are recorded and reported."""),
    ("pub6-care-falls", "home_care", """Preventing falls at home
Remove loose rugs and trailing cables. Use night lights between the bedroom and the bathroom. Wear \
well-fitting slippers with a back. Grab rails next to the toilet and in the shower help many people stay \
independent; an occupational therapist can assess the home free of charge."""),
    ("pub6-fun-steps", "funeral", """What to do when someone dies
If the death was expected, call the GP or the hospice nurse, who will confirm it. The death must be \
registered within five days in England and Wales, or eight days in Scotland. A funeral director can be \
contacted at any time of day. You do not need to decide on burial or cremation straight away."""),
    ("pub6-fun-prices", "funeral", """Our price list
Simple cremation without a service: from €1,650. Traditional funeral with a service, hearse and one \
limousine: from €4,200. Third-party costs such as crematorium fees, the minister or celebrant, and \
newspaper notices are listed separately. Prices include VAT where applicable."""),
    ("pub6-nur-sick", "nursery", """Illness and exclusion
Children with diarrhoea or vomiting should stay at home until 48 hours after the last episode. For \
chickenpox, children can return once all spots have crusted over. Calpol and other medicines are only \
given with written consent. Please tell us about any allergies when your child starts."""),
    ("pub6-nur-menu", "nursery", """Weekly Menu – Spring
Monday: vegetable lasagne, then banana. Tuesday: chicken and sweetcorn risotto. Wednesday: fish fingers, \
peas and mash. Thursday: lentil dahl with rice. Friday: homemade pizza and a fruit platter. Milk or water \
is offered at every meal. All meals are nut-free."""),
    ("pub6-car-terms", "car_rental", """Rental terms (summary)
Drivers must be at least 21 and have held a full licence for two years. The main driver's credit card \
is required at pick-up. Fuel policy: full to full. Collision Damage Waiver reduces your excess but does not \
cover tyres, windscreens or the underside of the car. Toll and fines administration is charged per notice."""),
    ("pub6-car-ev", "car_rental", """Driving an electric car for the first time
Our Tesla Model 3 and Renault Zoe cars come with a charging card. Rapid chargers on motorways give about \
80 percent in 30 to 40 minutes. Unplug the cable from the car first, then from the charger. Return the car \
with at least 70 percent charge to avoid a recharging fee."""),
    ("pub6-hot-faq", "hotel_frontdesk", """Guest Information
Check-in from 15:00, check-out by 11:00. Breakfast is served in the Garden Room from 7:00 to 10:30. \
Wi-Fi network: Guest-Free, no password needed. The pool on the 6th floor is open daily until 21:00. \
Late check-out can be requested at Reception, subject to availability."""),
    ("pub6-hot-fire", "hotel_frontdesk", """FIRE PROCEDURE
If you discover a fire, activate the nearest fire alarm call point. On hearing the alarm, leave by the \
nearest exit; do not use the lifts. Assemble at the Assembly Point in the front car park. Do not return to \
the building until told it is safe by the Fire Marshal."""),
    ("pub6-lib-events", "library", """What's on this month
Baby Rhyme Time: Mondays 10:30. Code Club for ages 9 to 13: Wednesdays after school, using Scratch 3.0 \
and Python. Family History drop-in: first Saturday of the month. Digital help sessions: bring your phone or \
tablet and we will help with e-mail, online forms and the NHS App. All events are free."""),
    ("pub6-lib-loans", "library", """Borrowing
Adults may borrow up to 15 items for three weeks. Children's books carry no overdue charges. E-books and \
e-audiobooks can be borrowed through the Libby app with your card number and PIN. Items can be renewed \
twice unless someone else has reserved them."""),
    ("pub6-news-ethics", "newsroom", """Editorial Code: Sources
We protect confidential sources. Anonymity is granted only when the information is in the public \
interest and cannot be obtained on the record, and at least one editor must know the source's identity. \
Quotes are never invented or altered beyond correcting obvious slips of speech."""),
    ("pub6-news-style", "newsroom", """Style guide extracts
Numbers: one to nine in words, 10 and above in figures. Dates: 4 March, not March 4th. Use the Oxford \
comma only where it avoids ambiguity. Titles: the Prime Minister, the Secretary of State for Health. \
Company names as they write them: iPhone, eBay, easyJet."""),
    ("pub6-opt-glaucoma", "optometry", """Glaucoma: the silent thief of sight
Glaucoma damages the optic nerve, usually without symptoms until late. Regular eye tests measure the \
pressure in the eye and check the visual field. Treatment with drops such as Latanoprost or Timolol keeps \
the pressure down. People over 40 with a close relative who has glaucoma are entitled to free tests."""),
    ("pub6-opt-screens", "optometry", """Screens and tired eyes
Follow the 20-20-20 rule: every 20 minutes, look at something 20 feet away for 20 seconds. Set the \
screen slightly below eye level and about an arm's length away. Blink often; artificial tears such as \
Hylo-Forte can help with dryness. Blue-light filters have little evidence behind them."""),
    ("pub6-prb-intestacy", "probate", """If there is no will
When someone dies without a valid will, the rules of intestacy decide who inherits. A married partner or \
civil partner usually receives the personal possessions and a fixed sum, and the rest is shared with any \
children. Unmarried partners inherit nothing under these rules, however long they lived together."""),
    ("pub6-prb-executor", "probate", """Being an executor
An executor collects the assets, pays the debts and taxes, and distributes what is left according to the \
will. You can appoint a solicitor to do the work, and you can refuse the role altogether. Keep records of \
every payment; beneficiaries are entitled to see the estate accounts."""),
    ("pub6-mtg-types", "mortgage", """Fixed or tracker?
A fixed-rate mortgage keeps your payments the same for two, five or ten years. A tracker follows the \
Bank Rate plus a margin, so payments go up and down. Early repayment charges usually apply during the fixed \
period. Always compare the APRC, not only the initial rate."""),
    ("pub6-mtg-fraud", "mortgage", """Protect your deposit from fraud
Criminals hack e-mail accounts and send fake messages saying the bank details have changed. We will \
never change our bank details by e-mail. Before sending any money, call your solicitor on a number you \
have checked independently, and send a small test payment first."""),
)
