"""Templates of the fifth held-out tagging set (v5), written for it by an author who did not see the tagger.

Fourteen domains, each with four private and two public templates, in document shapes and wording of
their own (forms, portal threads, voicemail transcripts, chats, logs, letters, e-mails, tables):
pharmacy refill requests, school incident reports, property-management tickets, immigration case
notes, bank fraud-desk chats, freight and shipping forms, veterinary records, tribunal scheduling,
HR onboarding, travel itineraries, IT helpdesk logs, research consent notes, tax-preparer intake and
utility accounts. They were frozen with the set and must not be changed: a changed template set is a
new held-out set.

Syntax (see :mod:`~dpfusion_integrations.evaluation.heldout_v5`): ``<<a|b>>`` is a structural choice
shared by the two documents of a pair; ``{ref.form}`` is a private value:

* people ``{pN.full|first|last|lower|lowerfull|ini|ini2|lastini|initials|dotted|firstini|upperlast|
  upperfull|caps|inv}``; contacts ``{pN.email|workemail|workemail2|workemail3|intmail|phone}``; handles
  and profile links ``{pN.at|tg|wechat|line|slack|mast|user|ig|gh|li|cal|site|orcid}``;
  ``{pN.dob|childdob}``; public words agreeing with the person's gender: ``{pN.he|He|him|his|His}``,
  ``{pN.t}`` (Ms/Mr/Mx), ``{pN.kin}``, ``{pN.child}``, ``{pN.parent}``;
* organisations ``{oN.kind}`` (kinds in ``heldout_values_v5.ORG_FORMS``); ``{mailN}`` a shared mailbox
  at o1 (``{mailN.o2}`` at o2);
* ``{addrN.full|oneline|street|city}``, ``{cityN}``, ``{dateN}`` (``.num``, ``.short``, ``.text``),
  ``{phoneN}``, ``{ipN}``, ``{macN}`` and identifiers ``{idN.kind}`` (kinds in
  ``heldout_values_v5.ID_KINDS``).

Not gold (public structure): times, amounts, ages, doses and medicines, pets' names, flight numbers,
ports, public bodies and hearing centres, room, bus, locker and bay numbers, meter readings.
"""

from __future__ import annotations

__all__ = ["PRIVATE_TEMPLATES", "PUBLIC_TEMPLATES"]

# (template id, domain, template)
PRIVATE_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    # ------------------------------------------------------------------ pharmacy refill requests
    ("rx5-portal", "pharmacy", """Refill request (submitted through the {o1.pharmacy} app)
Patient: {p1.full}    Date of birth: {p1.dob}
Rx no.: {id1.rx}    Item: <<sertraline 50 mg|levothyroxine 75 mcg|amlodipine 5 mg|a salbutamol inhaler>>
Prescriber: Dr {p2.last}, {o2.clinic}
Fulfilment: <<home delivery to {addr1.oneline}|collect at the {city1} branch>>
Note from patient: "Down to my last <<three|four|two>> doses. Please text {p1.phone} when it's ready. Thanks, {p1.first}\""""),
    ("rx5-voicemail", "pharmacy", """Voicemail transcript (automatic) – {date1.text}, 09:14
"hi, it's {p1.lowerfull}, calling about my <<mum's|dad's>> repeat. the name's {p2.first} {p2.last}, born {p2.dob}. \
the number on the box is {id1.rx}. the surgery told us Dr {p3.last} signed it on {date2} but nobody's got it. \
could you ring me back on {p1.phone}? cheers"
Picked up by: {p4.initials}    Outcome: <<called surgery|left message|sent to dispensary>>"""),
    ("rx5-fax", "pharmacy", """REQUEST FOR REFILL AUTHORISATION
To: {o1.clinic}, for the attention of Dr {p1.upperlast}    Fax/tel: {phone1}
From: {o2.pharmacy}
      {addr1.full}
Patient: {p2.inv}    DOB: {p2.dob}    Patient no.: {id1.record}
Last supplied: {date1.num}    Repeats left: 0
Pharmacist: {p3.ini} (registration {id2.licence})"""),
    ("rx5-sms", "pharmacy", """Text messages with {o1.pharmacy}
PHARMACY: Hi {p1.first}, your repeat {id1.rx} can be collected from {date1.short}. Reply STOP to opt out.
ME: can my <<partner|flatmate|neighbour>> {p2.lower} pick it up instead? {p2.he} has the code
PHARMACY: Yes, {p2.first} just needs photo ID. We're at {addr1.street}.
ME: great, ty. btw my number's changed to {p1.phone}"""),
    # ------------------------------------------------------------------ school incident reports
    ("sch5-form", "school_incident", """{o1.school} · Incident report
Pupil: {p1.full} (Year <<7|8|9|10>>, pupil no. {id1.student})    DOB: {p1.childdob}
When: {date1}, <<lunch break|period 3|after school|morning registration>>
Where: <<the playground|science lab 2|the sports hall changing room|the bus bay>>
What happened: {p1.first} fell after being pushed and hit {p1.his} head on a <<bench|door frame|wall>>. \
First aid by {p2.t} {p2.last}. <<No further treatment needed.|Taken to {o2.hospital} by ambulance as a precaution.>>
Parent/carer informed: {p3.full} on {p3.phone} at 12:40
Witnesses: {p4.firstini}, {p5.firstini}"""),
    ("sch5-email", "school_incident", """From: {p1.workemail}
To: {p2.email}
Subject: Lunchtime today – {p3.first}

Dear {p2.t} {p2.last},
I wanted to let you know that {p3.first} was caught up in an argument in the canteen on {date1}. \
Nobody was hurt, but {p3.he} was upset and spent the afternoon with {p4.ini} in the learning support room.
If you would like to talk it through, my direct line is {phone1}.
Kind regards,
{p1.full}
Head of Year <<8|9|11>>, {o1.school}"""),
    ("sch5-safeguard", "school_incident", """SAFEGUARDING CHRONOLOGY – CONFIDENTIAL
Child: {p1.upperlast}, {p1.first}    Class: <<4B|5R|6 Oak>>    UPN: {id1.student}
{date1.num}: {p1.first} told {p2.ini} (teaching assistant) that {p1.he} had not eaten since the previous morning. \
{p1.His} {p3.parent}, {p3.first}, could not be reached on {p3.phone}.
{date2.num}: Referral sent to {o2.agency}; allocated worker {p4.full} ({p4.workemail2}).
Recorded by {p5.initials}, DSL, {o1.school}"""),
    ("sch5-bus", "school_incident", """[transport office chat]
driver_{p1.lower}: bus <<14|7|22>> running late, one kid didn't get off at {addr1.street}
office ({p2.first}): which one?
driver_{p1.lower}: {p3.lowerfull} i think, year <<5|6>>
office ({p2.first}): calling {p3.his} {p4.parent} now, {p4.phone}
driver_{p1.lower}: ok. {p3.first} says {p3.he} lives with {p3.his} gran on {addr2.street} now"""),
    # ------------------------------------------------------------------ property-management tickets
    ("pm5-ticket", "property_mgmt", """Maintenance request {id1.workorder} · Priority: <<Urgent|Routine|High>>
Property: {addr1.full}
Tenant: {p1.full} · {p1.phone} · {p1.email}
Problem: <<Water dripping through the bathroom ceiling|Boiler showing error F28, no hot water|Front door lock jammed|\
Black mould spreading in the bedroom>>.
Access: tenant <<works from home|is away until {date1}|wants a call first>>.
Contractor: {o2.employer}, engineer {p2.firstini}
Logged by {p3.initials} for {o1.agency}"""),
    ("pm5-thread", "property_mgmt", """Ticket {id1.workorder} – comments
{date1.short} · {p1.first} (tenant): the plumber never turned up, I waited in all morning
{date2.short} · {p2.full} ({o1.agency}): Sorry {p1.first}. {o2.employer} say they rang {phone1} and got no answer.
{date2.short} · {p1.first} (tenant): that isn't my number, mine is {p1.phone}
{date3.short} · {p2.full} ({o1.agency}): Updated. New visit booked, they'll text you the morning of."""),
    ("pm5-contractor", "property_mgmt", """Hi {p1.first},
Job for you at {addr1.oneline} (flat <<2|4B|11>>). The key-safe code comes by text on the day. \
The tenant is {p2.t} {p2.last}; {p2.he} prefers mornings.
Purchase order {id1.order}, up to <<£350|€400|$500>> without going back for approval.
Send the invoice to {mail1}.
Thanks,
{p3.first}
{o1.agency} · {phone1} · book a call: {p3.cal}"""),
    ("pm5-inspection", "property_mgmt", """ROUTINE INSPECTION – {date1}
Address: {addr1.full}
Leaseholders: {p1.full}; {p2.full}
Inspected by {p3.ini} on behalf of {o1.agency}
Notes: hallway smoke alarm has no battery. A bicycle is kept in the shared stairwell (said to be {p2.first}'s). \
Garden tidy. Vehicle in bay <<3|7|12>>: {id1.plate}.
Next visit due {date2.text}."""),
    # ------------------------------------------------------------------ immigration case notes
    ("imm5-casenote", "immigration", """CASE NOTE – {o1.ngo}
Client: {p1.full} (DOB {p1.dob}), ref. {id1.case}
Seen by {p2.ini} on {date1}; <<Dari|Tigrinya|Arabic|Spanish>> interpreter ({p3.first}) joined by phone.
The client's passport ({id2.passport}) is being kept by a former employer, {o2.employer}, in {city1}. \
Advised on <<extending leave|a partner application|the appeal deadline>>.
Lives at {addr1.oneline}. Prefers WhatsApp: {p1.phone}."""),
    ("imm5-biometrics", "immigration", """Subject: Your biometrics appointment on {date1}

Dear {p1.first},
Your appointment is at the <<Croydon|Sheffield|Glasgow>> service point on {date1} at 10:20. Bring your residence \
permit ({id1.permit}) and the letter quoting {id2.case}.
Your sponsor, {p2.full}, should upload {p2.his} bank statements before then.
If anything changes, phone me on {phone1} or write to {p3.workemail}.
{p3.full}
Immigration adviser, {o1.lawfirm}"""),
    ("imm5-intake", "immigration", """INTAKE – PROTECTION CLAIM
Surname: {p1.upperlast}    Given names: {p1.first}
Date of birth: {p1.dob}    Place of birth: {city1}
National identity no.: {id1.natid}
Arrived: {date1}, <<by air|overland|by sea>>
Relative in this country: {p2.kin} {p2.full}, {addr1.full}
Representative: {p3.full}, {o1.lawfirm}"""),
    ("imm5-chat", "immigration", """[WhatsApp] {o1.ngo} volunteers
{p1.first}: anyone heard from {p2.lower}? {p2.his} hearing is on {date1}
{p3.first}: yes, {p2.he} moved to {addr1.city}. new number {p2.phone}
{p1.first}: ok. {p4.lower} can drive {p2.him} there, {p4.he}'s free that day
{p3.first}: 👍 the case ref is {id1.case} if the tribunal asks
{p1.first}: thx. {p4.lower} is {p4.tg} on telegram btw"""),
    # ------------------------------------------------------------------ bank fraud desk
    ("fd5-chat", "fraud_desk", """Secure chat – Fraud team, {o1.bank}
Agent {p1.first}: Hello, you're through to the fraud team. Could you confirm your full name and date of birth?
Customer: {p2.full}, {p2.dob}
Agent {p1.first}: Thank you. I can see a payment of <<€1,240|£980|$2,300>> to {p3.full} on {date1}. Did you make it?
Customer: no!! someone rang saying they were from your bank, from {phone1}
Agent {p1.first}: I've stopped the card and opened case {id1.case}. The receiving account was {id2.iban}."""),
    ("fd5-notes", "fraud_desk", """FRAUD DESK – CASE {id1.case}
Customer: {p1.inv} · account {id2.account} · mobile {p1.phone}
{date1.num} 14:02 Inbound call. Customer reports a SIM swap; online-banking login from {ip1} not recognised.
{date1.num} 14:20 New payee added: {p2.full}, IBAN {id3.iban}. Recall requested from {o2.bank}.
{date1.num} 14:41 Customer's {p3.child}, {p3.first}, joins the call with consent.
Handled by {p4.initials} / checked by {p5.initials}"""),
    ("fd5-letter", "fraud_desk", """Dear {p1.t} {p1.last},
Disputed payments on account {id1.account}
Following your call on {date1}, we have finished our review. The payments to {o2.shop} between {date2.short} and \
{date3.short} were made from a device already registered to you (device ID {id2.device}), so we cannot refund them.
If you disagree, write to us at {addr1.full} or e-mail {mail1}.
Yours sincerely,
{p2.full}
Fraud Operations, {o1.bank}"""),
    ("fd5-scamform", "fraud_desk", """Online scam report
Your name: {p1.full}
How did they contact you? <<Telegram|WhatsApp|Instagram messages>> – the account was {p2.tg}
What name did they use? "{p2.first}"
Other accounts they used: {p2.ig}, {p2.at}
Where did the money go? {p3.full}, account {id1.account} at {o1.bank}
When? {date1}
Best number for us to call you: {p1.phone}"""),
    # ------------------------------------------------------------------ freight and shipping forms
    ("ship5-bl", "shipping", """BILL OF LADING No. {id1.bl}
Shipper: {o1.employer}
{addr1.full}
Consignee: {p1.upperfull}
{addr2.full}
Notify party: {o2.forwarder}, attn. {p2.full}, {p2.phone}
Container: {id2.container}    Seal: {id3.seal}
Port of loading: <<Tanjung Pelepas|Valencia|Durban|Callao>>    Place of delivery: {city1}"""),
    ("ship5-arrival", "shipping", """ARRIVAL NOTICE – container {id1.container}
To: {p1.full} <{p1.email}>
Your goods under B/L {id2.bl} are due at <<Felixstowe|Rotterdam|Jebel Ali|Mombasa>> on {date1}. \
Your broker must lodge the customs entry before {date2.short}.
Free time ends {date3.text}; storage is charged per day after that.
Delivery address held: {addr1.oneline}
Questions: {p2.firstini}, {o1.forwarder}, {p2.phone}"""),
    ("ship5-invoice", "shipping", """COMMERCIAL INVOICE
Exporter: {p1.full}, {addr1.oneline}, tel. {p1.phone}
Importer: {o1.shop}, {addr2.oneline}
VAT/tax no.: {id1.tax}
Air waybill: {id2.awb}    Date: {date1.num}
Goods: <<handmade ceramic bowls (6)|a used laptop and personal effects|textile samples of no commercial value>>
I declare that the information above is true and correct. Signed: {p1.ini}"""),
    ("ship5-chat", "shipping", """{p1.first} ({o1.forwarder}): your container {id1.container} has been picked for inspection 😬
{p2.lower}: seriously?? what do they want
{p1.first} ({o1.forwarder}): a packing list signed by your supplier – {p3.full} at {o2.employer} – and your EORI, {id2.tax}
{p2.lower}: ok emailing {p3.first} now, {p3.his} address is {p3.workemail2}
{p1.first} ({o1.forwarder}): 👍 if it clears by {date1.short} there's no extra storage
{p2.lower}: {p3.he} mostly answers on LINE, id {p3.line}"""),
    # ------------------------------------------------------------------ veterinary records
    ("vet5-record", "veterinary", """CLINICAL RECORD – {o1.vet}
Patient: <<Biscuit|Miso|Luna|Rocco>> (dog, <<Labrador cross|Beagle|Staffie>>, 6 y)    Microchip: {id1.microchip}
Owner: {p1.full}
{addr1.full}
Tel: {p1.phone}    E-mail: {p1.email}
{date1.num}: lame on left hind. Examined by {p2.ini} MRCVS. Meloxicam dispensed; recheck {date2.short}.
Insured: policy {id2.policy}"""),
    ("vet5-sms", "veterinary", """{o1.vet}: Hi {p1.first}, <<Pepper|Nala|Otis>> is due for <<a booster|a dental check|flea and worm treatment>> \
on {date1.short} with {p2.t} {p2.last}. Text back Y to keep the slot, or phone {phone1} to change it.
{p1.first}: Y. can my {p3.kin} {p3.first} bring <<her|him>>? I'm at work
{o1.vet}: Of course. Please ask {p3.him} to bring the vaccination card."""),
    ("vet5-referral", "veterinary", """{o1.vet}
{addr1.full}

{date1.text}

Dear {p1.t} {p1.last},
Thank you for referring <<Tilly|Suki|Bruno>> (owner {p2.full}). The CT scan on {date2} showed a small mass on the \
left adrenal gland. We have discussed surgery with the owner, who will contact {p2.his} insurer, {o2.agency}, \
quoting claim {id1.claim}.
With kind regards,
{p3.full} ({p3.initials})
Internal medicine service"""),
    ("vet5-chipchange", "veterinary", """Pet microchip registry – keeper transfer
Chip number: {id1.microchip}
Previous keeper: {p1.full}, {p1.phone}, {addr1.oneline}
New keeper: {p2.full}, {p2.email}
Requested {date1} through {o1.ngo} (rehoming). Checked by {p3.firstini}."""),
    # ------------------------------------------------------------------ tribunal scheduling
    ("trib5-notice", "tribunal", """Subject: Notice of hearing – case no. {id1.case}
Claimant: {p1.full}
Respondent: {o1.employer}
The final hearing will take place at <<the Birmingham hearing centre|the Leeds hearing centre|\
the Cardiff Civil Justice Centre>> on {date1}, from 10:00, listed for <<3|5|2>> days.
Representatives: {p2.full} ({o2.lawfirm}) for the claimant; {p3.ini} for the respondent.
Witness statements are to be exchanged by {date2}."""),
    ("trib5-postpone", "tribunal", """Dear Sir or Madam,
Tribunal reference: {id1.case}
I represent the appellant, {p1.t} {p1.last}. I ask that the hearing listed for {date1} be postponed: my client's \
{p2.parent}, {p2.full}, is to have surgery at {o1.hospital} that week.
A letter from Dr {p3.last} dated {date2.num} is attached. Dates to avoid: {date3.short} and {date4.short}.
Yours faithfully,
{p4.full}
{o2.lawfirm} | {p4.phone} | {p4.workemail2}"""),
    ("trib5-listing", "tribunal", """LISTING NOTES – week of {date1.short}
{id1.case}  {p1.upperlast} v {o1.employer} – 2 days – Judge {p2.last} – <<Polish|Punjabi|Somali>> interpreter booked
{id2.case}  {p3.upperlast} v {p4.upperlast} – 1 day – video – parties: {p3.email} / {p4.email}
{id3.case}  {o2.agency} v {p5.upperlast} – vacated, settled {date2.num}"""),
    ("trib5-witness", "tribunal", """WITNESS AVAILABILITY FORM
Case: {p1.full} v {o1.employer} ({id1.case})
Witness: {p2.full}
Connection to the case: <<line manager|HR adviser|colleague|former supervisor>>
Address for service: {addr1.full}
Not available on {date1} or {date2} (<<annual leave|a medical appointment|childcare>>)
Contact: {p2.phone}
Signed {p2.initials}    Date {date3.num}"""),
    # ------------------------------------------------------------------ HR onboarding
    ("hr5-starter", "hr_onboarding", """NEW STARTER FORM – {o1.employer}
Legal name: {p1.full}    Known as: {p1.first}
Start date: {date1}    Employee no.: {id1.staff}
Home address: {addr1.full}
Personal e-mail: {p1.email}    Mobile: {p1.phone}
Tax / social security no.: {id2.tax}
Salary account: {id3.iban}
Emergency contact: {p2.full} (<<partner|parent|sibling|friend>>), {p2.phone}
LinkedIn (optional): {p1.li}"""),
    ("hr5-welcome", "hr_onboarding", """Welcome to {o1.employer}, {p1.first}!
Your accounts are ready:
  sign-in: {p1.user}
  e-mail: {p1.intmail}
  laptop: asset {id1.device}, collect it from {p2.firstini} at reception on {date1.short}
For your first weeks your buddy is {p3.full} ({p3.slack} on Slack).
Questions about pay: {mail1}"""),
    ("hr5-offer", "hr_onboarding", """{date1.text}
Private and confidential
{p1.full}
{addr1.full}

Dear {p1.first},
We are pleased to offer you the role of <<Data Analyst|Warehouse Supervisor|Staff Nurse|Junior Designer>> at \
{o1.employer}, reporting to {p2.t} {p2.last}. Your first day will be {date2}.
Please reply by {date3.short} and bring proof of your right to work on your first day.
Yours sincerely,
{p3.full}
People Team"""),
    ("hr5-checklist", "hr_onboarding", """Onboarding checklist – {p1.lastini}
[x] Right to work: passport {id1.passport}, seen by {p2.initials} on {date1.num}
[x] Contract signed electronically ({date2.num})
[ ] Reference from {o2.employer}: referee {p3.full}, {p3.workemail2}
[ ] Locker <<12|48|7>> and parking permit for {id2.plate}
[ ] Payroll: national insurance / social security {id3.natid}"""),
    # ------------------------------------------------------------------ travel itineraries
    ("trip5-itinerary", "travel", """ITINERARY FOR {p1.caps}
Booking reference {id1.booking} · e-ticket {id2.eticket}
{date1.text}  <<TK 1982|QR 913|ET 702|SQ 321>> departs 08:45, arrives 14:10
{date1.text}  Check in at {o1.hotel}, {addr1.oneline}
{date2.text}  Airport transfer: driver {p2.first} will call {p1.phone}
{date3.text}  Check out, return flight
Frequent flyer no. {id3.member} · arranged by {p3.full}, {o2.agency}"""),
    ("trip5-hotel", "travel", """Your reservation is confirmed – {o1.hotel}
Confirmation number: {id1.booking}
Guest: {p1.t} {p1.full}
Arriving {date1} · leaving {date2} · 2 adults
Requests: <<late check-in|a cot in the room|a ground-floor room>>
Paid by card in the name of {p2.full}
{addr1.full} · tel. {phone1} · {mail1}"""),
    ("trip5-groupchat", "travel", """{p1.lower}: flights BOOKED, ref {id1.booking}
{p2.lower}: yesss. who's getting us from the airport on {date1.short}
{p1.lower}: {p3.first}'s cousin {p4.full}, {p4.his} number's {p4.phone}
{p2.lower}: and the flat is {addr1.oneline}? host is {p5.first}
{p1.lower}: yep, {p5.his} insta is {p5.ig} if u want to see pics
{p2.lower}: can u add {p4.first} on wechat? it's {p4.wechat}"""),
    ("trip5-expenses", "travel", """EXPENSE CLAIM – {o1.employer}
Claimant: {p1.full} ({id1.staff})
Trip: {city1} to {city2}, {date1.num} – {date2.num}
Hotel: {o2.hotel} (booking {id2.booking})
Taxis from {date1.short}; dinner with {p2.full} of {o3.employer}
Approved by: {p3.lastini}
Pay to account {id3.account}"""),
    # ------------------------------------------------------------------ IT helpdesk
    ("it5-ticket", "helpdesk", """{id1.ticket} | Category: <<VPN|E-mail|Hardware|Access>> | State: <<Open|In progress|Awaiting user>>
Caller: {p1.full} ({p1.intmail}), {o1.employer}, desk phone {p1.phone}
Device: {id2.device}    IP: {ip1}    MAC: {mac1}
Description: cannot connect since {date1}, error 809. Caller is working from {addr1.city} this week.
Work notes: reset the token and asked {p1.first} to restart. Passed to {p2.initials} (network team)."""),
    ("it5-chat", "helpdesk", """#it-help
{p1.slack}: locked out of my account again 🙃
helpdesk-bot: Ticket {id1.ticket} opened for {p1.first}
{p2.slack}: {p1.lower} unlocked. was the sign-in from {ip1} you?
{p1.slack}: no?? i'm in {city1} all week
{p2.slack}: ok, resetting your password and sending a temporary one to your personal address, {p1.email}
{p1.slack}: ty! also {p3.lower} from finance says the same, {p3.his} handle is {p3.slack}"""),
    ("it5-access", "helpdesk", """ACCESS REQUEST
Requested by: {p1.ini} – {p1.intmail} ({o1.employer})
For: {p2.full}, starting {date1}, staff ID {id1.staff}
Systems: <<finance shared drive and SAP|CRM and payroll (read only)|Jira and the GitHub organisation>>
GitHub profile: {p2.gh}
Approved by {p3.full} on {date2.num}"""),
    ("it5-incident", "helpdesk", """SECURITY INCIDENT {id1.ticket} – phishing
{date1.num} 08:12 User {p1.user} reported a message from "{p2.full}" <{p2.email}> asking for a password re-entry
08:20 The link led to a fake sign-in page for {o1.employer}; three users clicked, including {p3.user}
08:35 Sender blocked. Credentials reset for {p3.full} (laptop {id2.device}, last seen at {ip1})
09:02 Closed by {p4.initials}"""),
    # ------------------------------------------------------------------ research consent notes
    ("rs5-consent", "research", """Consent record – study <<HEART-2|SLEEPWELL|COG-AGE>> at {o1.lab}
Participant ID: {id1.participant}
Name: {p1.full}    DOB: {p1.dob}
Consent taken by {p2.ini} on {date1}; witnessed by {p3.full} ({p3.child}).
Optional parts: sample storage – yes; contact about future studies – yes, at {p1.email}
A copy was given to the participant. GP told: Dr {p4.last}, {o2.clinic}.
Chief investigator: {p5.ini2}, {p5.orcid}"""),
    ("rs5-screening", "research", """Screening call {date1.short}
Phoned {p1.firstini} on {p1.phone}. Eligible: age fine, no excluded medicines.
Lives in {addr1.city}, about 40 minutes from {o1.lab}.
{p1.His} partner {p2.first} is interested too – ask {p2.him} to e-mail {mail1}.
Baseline visit booked for {date2}; SMS reminder set. – {p3.initials}"""),
    ("rs5-withdraw", "research", """Subject: Withdrawal – {id1.participant}
Hi {p1.first},
{p2.full} phoned today ({date1}) to leave the study. {p2.He} is happy for the data collected so far to be kept, but \
wants {p2.his} blood samples destroyed. Could you update the log and let the lab at {o1.lab} know?
{p2.His} new address for the closing letter: {addr1.full}
Thanks, {p3.first}
{p3.full} | Research nurse | {p3.workemail}"""),
    ("rs5-payments", "research", """PARTICIPANT PAYMENTS – {o1.lab}
{id1.participant} | {p1.inv} | visit 2 | <<€25|£30|$40>> | IBAN {id2.iban} | {date1.num}
{id3.participant} | {p2.inv} | visit 1 | voucher e-mailed to {p2.email} | {date2.num}
{id4.participant} | {p3.inv} | visit 3 | cash, signed {p3.initials} | {date3.num}
Checked by {p4.ini}"""),
    # ------------------------------------------------------------------ tax-preparer intake
    ("tax5-intake", "tax_prep", """CLIENT INTAKE – {o1.accountant}
Client: {p1.full}    Spouse/partner: {p2.full}
Tax ID: {id1.tax}    Partner's tax ID: {id2.tax}
Address: {addr1.full}
Dependants: {p3.first}, born {p3.childdob}
Employer: {o2.employer}; other income from <<online craft sales|private tutoring|a rented flat>>
Preferred contact: {p1.email} / {p1.phone}
Taken by {p4.initials}, {date1.num}"""),
    ("tax5-email", "tax_prep", """Hi {p1.first} and {p2.first},
A quick update on your <<2024|2025>> return. I still need the annual pay statement from {o1.employer}, the \
interest certificate for account {id1.account}, and receipts for the home office.
The filing deadline is {date1}. Once everything is in, I'll send the draft to {p1.email}.
Best wishes,
{p3.full}
{o2.accountant} | {p3.phone} | {p3.site}"""),
    ("tax5-callnote", "tax_prep", """Call note {date1.num} – {p1.full} ({id1.tax})
Client received a letter from the tax office, ref. {id2.case}, about unpaid tax on earnings from {o1.employer}, \
dated {date2.num}. Asked {p1.him} to scan it to {mail1.o2}.
Moving to {addr1.full} on {date3.short} – update our records.
– {p2.initials}, {o2.accountant}"""),
    ("tax5-invoice", "tax_prep", """INVOICE {id1.invoice}    Date: {date1.num}
Bill to: {p1.full}
{addr1.full}
For: preparing the <<individual tax return|self-assessment return|joint return>> for <<2024|2025>>
Amount due: <<€380.00|£295.00|$450.00>> by transfer to {id2.iban}, quoting {id1.invoice}
{o1.accountant} · {addr2.oneline} · {phone1}"""),
    # ------------------------------------------------------------------ utility accounts
    ("util5-complaint", "utilities", """Complaint {id1.case} – {o1.utility}
Account holder: {p1.full}, account {id2.account}
Supply address: {addr1.full}
Meter serial {id3.meter}; reading <<04512|18833|22970>> taken {date1}
The customer says the <<March|April|winter>> bill was estimated and is far too high.
Call back on {p1.phone} after 5 pm. Agent: {p2.firstini}"""),
    ("util5-hardship", "utilities", """Priority services / hardship application – {o1.utility}
Name: {p1.full}    Date of birth: {p1.dob}
Lives with: {p2.full} (partner) and {p3.first}, aged 7
Reason: <<medical equipment used at home, under the {o3.hospital} respiratory team|recent loss of work|pension is the only income>>
Referred by: {p4.full}, {o2.ngo} ({p4.workemail2})
Account no. {id1.account}; direct debit from bank account {id2.account}"""),
    ("util5-chat", "utilities", """Live chat – {o1.utility}
bot: Hi! What's your account number?
customer: {id1.account}
agent {p1.first}: thanks {p2.first}, I can see an engineer booked for {date1.short} at {addr1.street}
customer: can we move it? I'm away. my neighbour {p3.lowerfull} has a key, {p3.his} number is {p3.phone}
agent {p1.first}: done – new slot {date2.short}, morning. Confirmation sent to {p2.email}"""),
    ("util5-moveout", "utilities", """MOVING OUT – final meter reading
Old address: {addr1.full}
New address: {addr2.full}
Moving date: {date1}
Final reading: <<10442|09317|33108>> (photo uploaded)
New occupier, if known: {p2.full}
Your name: {p1.full} · phone {p1.phone} · e-mail {p1.email}"""),
)

PUBLIC_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("pub5-rx-repeats", "pharmacy", """How repeat prescriptions work
Order at least <<five|seven>> working days before you run out. Your surgery has two working days to approve the \
request, then the pharmacy needs a day to prepare it. Controlled medicines cannot be posted and must be collected \
in person with photo ID. If you are going abroad for more than three months, ask your doctor about a longer supply."""),
    ("pub5-rx-storage", "pharmacy", """Storing your medicines safely
Keep tablets in their original box, away from heat and damp: the bathroom cabinet is usually the worst place. \
Insulin you have started can be kept unrefrigerated, below 25 °C, for four weeks. Bring unwanted medicines back to any \
pharmacy; please do not flush them or put them in household waste."""),
    ("pub5-sch-bullying", "school_incident", """Anti-bullying policy (summary)
Every report is taken seriously and recorded on the same day. Staff will listen to the pupil, speak to those \
involved and tell parents or carers within 24 hours. Sanctions follow the behaviour policy. Pupils can also report \
anonymously through the box outside the library, which is checked every Monday and Thursday."""),
    ("pub5-sch-firstaid", "school_incident", """First aid in school: what parents need to know
Minor bumps are treated by trained staff and noted in the planner. For any head injury we phone home, even if the \
child seems fine. Please keep your contact numbers up to date with the office and tell us about allergies at the \
start of each term. Medicines can only be given with a signed consent form."""),
    ("pub5-pm-repairs", "property_mgmt", """Reporting a repair
Emergencies (no heating in winter, flooding, a door that will not lock) are attended within 24 hours. Urgent \
repairs within five working days, routine ones within 28. Photos help the contractor bring the right parts. \
Tenants are responsible for light bulbs, smoke alarm batteries and unblocking sinks."""),
    ("pub5-pm-moving", "property_mgmt", """Moving out checklist
Give notice in writing as your tenancy agreement requires. Book the final inspection at least a week ahead. \
Clean the oven, defrost the freezer and remove everything from the loft and the shed. Return every key, \
including the bin store fob. Deposits are usually returned within ten days of the inspection."""),
    ("pub5-imm-biometrics", "immigration", """What to bring to a biometrics appointment
Arrive no more than fifteen minutes early. Bring the original passport or travel document, the appointment \
confirmation and any document the letter lists. Fingerprints and a photograph are taken; the visit usually lasts \
under half an hour. Children under sixteen must come with an adult."""),
    ("pub5-imm-rights", "immigration", """Free advice for people seeking protection
You have the right to free legal advice. An interpreter can be booked for any appointment, in the language you \
choose, at no cost to you. Keep copies of every letter you receive and note down the dates of interviews. If you \
move, you must report your new address within ten working days."""),
    ("pub5-fd-signs", "fraud_desk", """Five signs of a scam call
1. The caller says your account is at risk and you must act now.
2. You are told to transfer your savings to a "protected" account.
3. They ask for a one-time passcode or your card PIN.
4. The number on your screen looks like the bank's own.
5. They tell you not to talk to anyone else. End the call and ring us back on the number printed on your card."""),
    ("pub5-fd-refunds", "fraud_desk", """How we handle disputed payments
We aim to answer within fifteen working days, or 35 in complex cases. While we investigate, the disputed amount \
may be credited back to you temporarily. We may ask for screenshots of messages and the details of any calls. \
Payments you authorised yourself, even if you were tricked, are reviewed case by case."""),
    ("pub5-ship-incoterms", "shipping", """Incoterms in one paragraph
Under EXW the buyer collects the goods at the seller's door and carries every cost and risk from there. Under FOB \
the seller loads the goods on board at the named port. Under DAP the seller delivers to the agreed place, and the \
buyer pays import duties and taxes. Always name the place, for example a port or warehouse, after the term."""),
    ("pub5-ship-packing", "shipping", """Packing list checklist
List every package with its number, the gross and net weight and the dimensions. Match the descriptions to the \
commercial invoice word for word. Mark fragile and temperature-sensitive goods on the outside. Wooden pallets must \
carry the heat-treatment stamp, or customs may refuse them."""),
    ("pub5-vet-puppy", "veterinary", """Vaccinating your puppy
Puppies have their first vaccinations at eight weeks, and a second dose follows after two to four weeks. Keep \
walks to the garden until seven days after that second dose. A yearly booster keeps protection up. Kennel cough vaccine is \
given up the nose and is advised before boarding."""),
    ("pub5-vet-heat", "veterinary", """Hot weather and pets
Never leave a dog in a car, even with the windows open: the inside can reach 47 °C in an hour. Walk your dog at dawn \
or after sunset, and check the pavement: if it is too hot for your palm after five seconds, it is too hot for paws. Rabbits and guinea pigs need \
shade and fresh water all day. Heavy panting and drooling are warning signs."""),
    ("pub5-trib-prelim", "tribunal", """What happens at a preliminary hearing
A preliminary hearing is usually short and often held by telephone or video. The judge will confirm the claims \
and the issues, set dates for sharing documents and witness statements, and decide how long the final hearing \
should be. You do not normally give evidence at this stage."""),
    ("pub5-trib-bundle", "tribunal", """Preparing the hearing bundle
Put documents in date order and number every page. The respondent usually prepares the bundle, but both sides \
must agree on what goes in it. Send it to the tribunal in good time before the hearing. Witness statements are \
kept in a separate file and should refer to bundle page numbers."""),
    ("pub5-hr-firstweek", "hr_onboarding", """Your first week
Day one starts at reception at 9:30, where you will receive your pass. IT will set up your laptop during the \
morning. In the afternoon you meet your team and go through the fire safety briefing. By Friday you should have \
completed the mandatory online training on data protection and information security."""),
    ("pub5-hr-benefits", "hr_onboarding", """Benefits at a glance
Twenty-five days of annual leave plus public holidays, rising by one day for each two years of service. Pension \
contributions matched up to six percent. Cycle-to-work scheme, an employee assistance line open day and night, \
and two paid volunteering days a year. Enrolment opens on the first of each month."""),
    ("pub5-trip-jetlag", "travel", """Beating jet lag
Move your bedtime an hour a day towards the new time zone for a few days before you leave. Drink water on the \
flight and go easy on coffee. After arrival, get outside in daylight and stay up until a normal local bedtime. \
Flying east is usually harder than flying west."""),
    ("pub5-trip-baggage", "travel", """Baggage rules (economy)
One cabin bag up to 8 kg and one personal item such as a handbag. Checked bags up to 23 kg each, depending on the \
fare. Power banks must travel in the cabin, never in the hold. Liquids in the cabin are limited to 100 ml per \
container, all in one clear resealable bag."""),
    ("pub5-it-password", "helpdesk", """How to reset your password
Open the self-service portal from any company device and choose "Forgot password". You will receive a code on the \
phone registered to your account. New passwords need at least fourteen characters and cannot reuse any of the last \
ten. If you are locked out, the service desk is open Monday to Friday, 8:00 to 18:00."""),
    ("pub5-it-phishing", "helpdesk", """Spotting a phishing e-mail
Check the sender's address, not just the display name. Hover over links before clicking. Be suspicious of urgent \
requests to sign in, pay an invoice or change bank details. Use the "Report phish" button in the mail client; \
the security team reviews every report within the working day."""),
    ("pub5-rs-info", "research", """Taking part in a research study
Taking part is voluntary: you may leave the study whenever you wish and do not have to explain why, and leaving \
changes nothing about the treatment you receive. \
Samples are labelled with a code, not your name. Results are published as group figures only. The study has been \
reviewed by an independent ethics committee."""),
    ("pub5-rs-travel", "research", """Travel expenses for participants
We reimburse reasonable travel costs for every study visit: public transport fares, mileage at the standard rate, \
and parking at the hospital car park. Keep your tickets or receipts and hand them to the research nurse. Payments \
are usually made within four weeks of the visit."""),
    ("pub5-tax-keep", "tax_prep", """Which records to keep
Keep payslips, annual pay statements, bank interest certificates and receipts for work expenses for at least six \
years. Self-employed people should also keep invoices, bank statements and a record of mileage. Digital copies are \
accepted as long as they are clear and complete."""),
    ("pub5-tax-deadlines", "tax_prep", """Key dates for individual returns
Paper returns are due earlier than online ones. Payments on account are normally split into two instalments, six \
months apart. Late filing brings a fixed penalty even when no tax is owed, and interest is charged on late payments \
from the day after the deadline."""),
    ("pub5-util-meter", "utilities", """How to read your meter
For a digital meter, read the numbers from left to right and ignore any in red. For a dial meter, read each dial \
and if the pointer is between two numbers, write down the lower one. Submit readings on the first of the month to \
avoid estimated bills."""),
    ("pub5-util-saving", "utilities", """Saving energy at home
Turning the thermostat down by one degree can cut heating bills by up to ten percent. Bleed radiators at the start \
of winter, draught-proof doors and windows, and wash clothes at 30 degrees. A smart meter shows what you use in \
near real time, but it does not lower your bill on its own."""),
)
