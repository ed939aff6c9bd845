"""The recall profile's development set: sentences written for this project, used to tune it.

Each sentence marks its private values as ``[[TYPE:value]]`` with TYPE one of the six group types
(PERSON, ORGANIZATION, LOCATION, DATE, CONTACT, ID). The sentences imitate the causes of misses that
issue 13 lists (internal e-mail domains, rare and hyphenated names the small spaCy model calls ORG,
single first names, institutions, non-US addresses and postcodes, phone numbers with extensions or
without spaces, unlabelled IDs, plates, handles, lower-case names in chats) in several domains, with
names written by hand from many locales. They are look-alikes, never copies of any evaluation data:
the held-out evaluation set is kept apart and is not read by the tagger's authors.

``PUBLIC_SENTENCES`` hold no private value: look-alikes that a recall-first tagger should leave alone
as far as it can (they measure over-tagging together with the project's own docs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["DEV_SENTENCES", "FRESH_SENTENCES", "PUBLIC_SENTENCES", "GoldMention", "DevSentence", "parse_dev_sentence"]

_MARK = re.compile(r"\[\[(PERSON|ORGANIZATION|LOCATION|DATE|CONTACT|ID):(.+?)\]\]")


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    group_type: str


@dataclass(frozen=True)
class DevSentence:
    domain: str
    text: str
    gold: tuple[GoldMention, ...]


def parse_dev_sentence(domain: str, marked: str) -> DevSentence:
    """The clean text and its gold mentions."""
    parts: list[str] = []
    gold: list[GoldMention] = []
    pos = 0
    length = 0
    for match in _MARK.finditer(marked):
        before = marked[pos:match.start()]
        parts.append(before)
        length += len(before)
        value = match.group(2)
        gold.append(GoldMention(length, length + len(value), match.group(1)))
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(marked[pos:])
    return DevSentence(domain, "".join(parts), tuple(gold))


_RAW: dict[str, list[str]] = {
    "email": [
        "Please forward the logs to [[CONTACT:svc-backup@billing.internal]] before Friday.",
        "Escalate to [[CONTACT:k.moreau@hr.corp]] if the form is incomplete.",
        "The printer sends scans from [[CONTACT:scanner03@office.local]] to your inbox.",
        "Test account: [[CONTACT:qa.user+42@staging.test]], password reset pending.",
        "Reply to [[CONTACT:ines.carvalho@example]] or to [[CONTACT:ines@lab.example.org]].",
        "My work address is [[CONTACT:t.okonkwo@mail.intra]] and my private one [[CONTACT:tobi.o@gmx.de]].",
        "Contact: [[CONTACT:HELPDESK@Fabrikam.LAN]]",
    ],
    "clinical": [
        "Patient [[PERSON:Anneliese Okorafor-Brandt]] was admitted to [[ORGANIZATION:Saint Bartholomew's Infirmary]] on [[DATE:3 May 2023]].",
        "Spoke with [[PERSON:Ottilie]] today about the biopsy results.",
        "Seen by Dr. [[PERSON:Ramanathan]] at [[ORGANIZATION:Lakeside Community Clinic]]; follow-up in two weeks.",
        "Mrs. [[PERSON:Wojciechowska]] reports chest pain since [[DATE:Tuesday]]; BP 150/90.",
        "Referred to [[ORGANIZATION:Royal Devon University Healthcare]] for an MRI of the left knee.",
        "MRN [[ID:00482913]]. DOB [[DATE:14.02.1961]]. Allergies: penicillin.",
        "The patient's daughter, [[PERSON:Sigrún]], will pick her up at 5 pm.",
        "Discharged from [[ORGANIZATION:Hôpital Saint-Louis]] on [[DATE:2024-01-17]] with a walker.",
        "Nurse [[PERSON:Adebayo]] changed the dressing; wound is clean and dry.",
        "Next of kin: [[PERSON:Thandiwe Nkosi-Mahlangu]], phone [[CONTACT:082 555 0143]].",
        "Pharmacy: [[ORGANIZATION:Apotheke am Markt]], [[LOCATION:Marktplatz 4]], [[LOCATION:69117 Heidelberg]].",
        "[[PERSON:Mateus]] was transferred from [[ORGANIZATION:Hospital das Clínicas]] in [[LOCATION:São Paulo]].",
        "Consult note by Prof. [[PERSON:Hiroshi Tanabe]], [[ORGANIZATION:Osaka General Hospital]].",
        "Insurance member ID [[ID:XKW482119033]] verified at intake.",
        "Mother ([[PERSON:Leilani Kahananui]]) present for the visit on [[DATE:March 9]].",
    ],
    "ticket": [
        "Ticket [[ID:88214421]] was escalated by [[CONTACT:@jdoe_92]] from [[ORGANIZATION:Northwind Traders GmbH]].",
        "Reference [[ID:REF-2023-004417]]: customer [[PERSON:Yusuf Demirtaş]] cannot log in.",
        "Case [[ID:#45120]] closed by [[PERSON:Priyanka]] after the refund.",
        "Please call me back on [[CONTACT:+44 20 7946 0018 ext. 214]] between 9 and 5.",
        "My mobile is [[CONTACT:07700900461]], landline [[CONTACT:0161 496 0732]].",
        "Order [[ID:113-4827719-2290411]] never arrived at [[LOCATION:Flat 2]], [[LOCATION:17 Crescent Road]], [[LOCATION:Leeds LS6 1AB]].",
        "The charge on card [[ID:4539 1488 0343 6467]] appeared twice.",
        "Refund to IBAN [[ID:FR76 3000 6000 0112 3456 7890 189]] please.",
        "Your support PIN is [[ID:558201]]; do not share it.",
        "Device serial [[ID:SN-7Q4X-22K9-M81]] was returned to [[ORGANIZATION:Contoso Ltd]].",
        "Incident [[ID:INC0093471]] assigned to [[PERSON:Bogdan Ionescu]].",
        "User [[CONTACT:@mariela.sosa]] reported the outage on [[DATE:12/03/2024]].",
        "Call [[CONTACT:(555) 013-2297 x301]] and ask for [[PERSON:Kwame]].",
        "Phone: [[CONTACT:+4915112345678]]",
        "The login came from [[CONTACT:10.24.8.201]] and then from [[CONTACT:2001:db8:85a3::8a2e:370:7334]].",
        "Invoice [[ID:2024/INV/00317]] for [[ORGANIZATION:Kovačić & Partneri d.o.o.]] is overdue.",
    ],
    "hr": [
        "Hi [[PERSON:Ngozi]], welcome to [[ORGANIZATION:Fabrikam Logistics]]! Your start date is [[DATE:1 September 2024]].",
        "Ms. [[PERSON:Haverkamp]] from payroll will send the contract.",
        "Employee [[PERSON:Rhiannon Llewellyn-Price]] requested parental leave from [[DATE:June 3]].",
        "Signed, [[PERSON:Vasudha]]",
        "Best regards,\n[[PERSON:Joaquín]]",
        "Thanks, [[PERSON:Aoife]] — see you at the offsite.",
        "The panel ([[PERSON:Marguerite Dufresne]], [[PERSON:Olusegun Bakare]]) recommends an offer.",
        "Her previous employer was [[ORGANIZATION:Helvetia Versicherungen AG]] in [[LOCATION:Basel]].",
        "Badge number [[ID:47-11029]] was deactivated on [[DATE:Friday]].",
        "[[PERSON:Björn]] and [[PERSON:Kalani]] will cover the night shift.",
        "Please add [[PERSON:Zeynep Arslan]] to the onboarding list.",
        "He studied at [[ORGANIZATION:Lycée Henri-IV]] and then at [[ORGANIZATION:École Polytechnique]].",
        "Reference letter from [[ORGANIZATION:St. Aidan's Grammar School]] attached.",
        "Salary will be paid to account [[ID:DE44 5001 0517 5407 3249 31]].",
        "Her national insurance number is [[ID:QQ 12 34 56 C]].",
    ],
    "legal": [
        "In [[ORGANIZATION:Brennan Holdings Pty Ltd]] v. [[PERSON:Castellanos]], the court ruled for the tenant.",
        "The lease for [[LOCATION:Hauptstraße 12]], [[LOCATION:10115 Berlin]] ends on [[DATE:31.12.2025]].",
        "Notice was served at [[LOCATION:12 rue de la Paix]], [[LOCATION:75002 Paris]].",
        "The claimant, Mr. [[PERSON:Oyelaran]], was represented by [[ORGANIZATION:Vance & Okafor LLP]].",
        "Property at [[LOCATION:Via Garibaldi 45]], [[LOCATION:20121 Milano]] is held in trust.",
        "Witness [[PERSON:Dagny Sørensen]] confirmed the signature on [[DATE:4 April]].",
        "Send the originals to [[LOCATION:Calle de Alcalá 48]], [[LOCATION:28014 Madrid]].",
        "Registered office: [[LOCATION:Keizersgracht 221]], [[LOCATION:1016 DV Amsterdam]].",
        "The deed names [[PERSON:Ahmad bin Rashid Al-Mansoori]] as beneficiary.",
        "Counsel for [[ORGANIZATION:Banco Meridional S.A.]] filed on [[DATE:15 January 2024]].",
        "Our client lives at [[LOCATION:4821 Old Orchard Lane]], [[LOCATION:Springfield]], [[LOCATION:OR 97477]].",
        "Postal address: [[LOCATION:PO Box 1182]], [[LOCATION:Toronto ON M5V 2T6]].",
        "Shipment to [[LOCATION:ul. Marszałkowska 104]], [[LOCATION:00-017 Warszawa]] was refused.",
        "Rent is due at [[LOCATION:Rua Augusta 210]], [[LOCATION:1100-053 Lisboa]].",
    ],
    "chat": [
        "hey [[PERSON:priya]], can you ping [[PERSON:tomasz]] about the invoice?",
        "[[PERSON:lars]]: ok i'll ask [[PERSON:maria]] tmrw",
        "lol [[PERSON:kenji]] just sent the slides",
        "[[PERSON:sam]]: did [[PERSON:fatima]] get the keys?",
        "thx [[PERSON:olga]]! see u at 6",
        "ask [[PERSON:giovanni]] he has the code",
        "[[PERSON:amara]]: my number changed, it's [[CONTACT:0803 555 2918]]",
        "dm [[CONTACT:@the_real_kofi]] for the link",
        "im at [[ORGANIZATION:st thomas hospital]] with dad rn",
    ],
    "police": [
        "The vehicle, plate [[ID:KA-01-AB-1234]], was parked outside [[ORGANIZATION:St. Mary's Hospital]].",
        "Suspect described as tall; witness [[PERSON:Gintaras Petrauskas]] saw him near [[LOCATION:Ringstraße 7]].",
        "Registration [[ID:AB12 CDE]] was seen leaving [[LOCATION:Abbey Road]] at 22:40.",
        "Officer [[PERSON:Halvorsen]] recovered the phone at [[LOCATION:221B Baker Street]], [[LOCATION:London NW1 6XE]].",
        "The caller, [[PERSON:Chidinma]], gave her address as [[LOCATION:33 Kingsway]], [[LOCATION:Auckland 1010]].",
        "French plate [[ID:GH-457-KL]] reported stolen in [[LOCATION:Lyon]].",
        "Report filed by Sgt. [[PERSON:Mulcahy]] at [[ORGANIZATION:Dundalk Garda Station]].",
        "[[PERSON:Ekaterina Volkova]] (born [[DATE:07/22/1989]]) was questioned and released.",
    ],
    "insurance": [
        "Policyholder [[PERSON:Rosalind Achterberg]], policy [[ID:PLX-88310-22]], claims water damage.",
        "The adjuster, Mr. [[PERSON:Nakashima]], inspected [[LOCATION:58 Wattle Street]], [[LOCATION:Ultimo NSW 2007]].",
        "Claim [[ID:7742019]] concerns a collision on [[DATE:2 February 2024]] near [[LOCATION:Utrecht]].",
        "Repairs by [[ORGANIZATION:Autohaus Schneider GmbH]] were approved.",
        "The other driver, [[PERSON:Luz Marina Quintero]], is insured with [[ORGANIZATION:Seguros Bolívar]].",
        "Payment sent to [[PERSON:Tuğba]] at [[CONTACT:tugba.k@posteo.net]].",
        "Contact the broker on [[CONTACT:+61 2 9374 4000]] or [[CONTACT:1300-555-019]].",
    ],
    "education": [
        "[[PERSON:Ikaika]] in year 9 at [[ORGANIZATION:Kamehameha Middle School]] missed three days.",
        "Parent meeting with Mrs. [[PERSON:Achebe]] on [[DATE:Thursday]] at 4 pm.",
        "Student ID [[ID:20231187]] was enrolled at [[ORGANIZATION:University of Ljubljana]].",
        "Transcript requested by [[PERSON:Siobhán Ní Bhriain]] from [[ORGANIZATION:Trinity College Dublin]].",
        "[[PERSON:Nguyễn Văn An]] won the essay prize at [[ORGANIZATION:Hanoi-Amsterdam High School]].",
        "The scholarship goes to [[PERSON:Mehmet Yılmaz]], who starts at [[ORGANIZATION:Boğaziçi University]] in the fall.",
    ],
    "finance": [
        "Wire [[ID:GB29 NWBK 6016 1331 9268 19]] received from [[ORGANIZATION:Thornbury Capital Partners]].",
        "Account holder: [[PERSON:Ülle Tamm]]. Sort code [[ID:20-00-00]], account [[ID:55779911]].",
        "The loan officer, [[PERSON:Hamza]], approved it on [[DATE:18 Nov 2023]].",
        "Transfer of 4,200 EUR to [[PERSON:Kasia]] via [[CONTACT:https://pay.example.com/u/kasia-n]].",
        "Tax number [[ID:DE812345678]] belongs to [[ORGANIZATION:Brauerei Lindemann KG]].",
    ],
    "names": [
        "[[PERSON:Oluwaseun Adeyemi-Okafor]] met [[PERSON:Ingrid Haugland]] in [[LOCATION:Trondheim]].",
        "Attendees: [[PERSON:Wiremu Tane]], [[PERSON:Saoirse Kavanagh]], [[PERSON:Dmitri Ivanov]], [[PERSON:Chen Jiayi]].",
        "[[PERSON:Parisa Rahimzadeh]] and [[PERSON:Tariq Haddad]] co-signed the letter.",
        "Interpreter: [[PERSON:Tsegaye Bekele]].",
        "[[PERSON:Ayşe]] called; [[PERSON:Kofi]] will reply.",
        "Assigned to [[PERSON:Rafaela]].",
        "[[PERSON:Jean-Baptiste Lefebvre]] forwarded the memo to [[PERSON:Anh Thư]].",
        "[[PERSON:Mbali]] said [[PERSON:Teodora]] already knew.",
        "cc: [[PERSON:Wanjiru Kamau]], [[PERSON:Somchai Sukprasert]]",
        "Message from [[PERSON:Ilse van der Berg]] to [[PERSON:Pieter de Vries]].",
        "Dear Mr. [[PERSON:Van Buren]], thank you for your letter.",
        "[[PERSON:Kekoa]] and [[PERSON:Ximena]] both signed in late.",
        "The form was witnessed by [[PERSON:Hemi Walker]] on [[DATE:21 August]].",
    ],
    "word_names": [
        "[[PERSON:Hope]] called this morning about her prescription.",
        "The results were explained to [[PERSON:Grace Baker]] and her son [[PERSON:Will]].",
        "[[PERSON:Faith Church]] signed the consent form.",
        "Message for [[PERSON:Rose]]: the lab is closed on Monday.",
        "[[PERSON:Mark Fisher]] and [[PERSON:Bill Young]] attended.",
        "Please let [[PERSON:Summer]] know the appointment moved.",
        "[[PERSON:Frank]] says the parcel is damaged.",
        "Handed over to [[PERSON:Ivy Marsh]] at the end of the shift.",
        "The tenant, [[PERSON:Amber Stone]], paid late again.",
        "Spoke to [[PERSON:Sunny]] about the refund; [[PERSON:Joy]] will follow up.",
        "[[PERSON:Victoria Hill]] from accounts approved it.",
        "[[PERSON:Jordan]] and [[PERSON:Chase]] share the flat.",
    ],
    "intl_addresses": [
        "Office: [[LOCATION:1-2-3 Shibuya]], [[LOCATION:Tokyo 150-0002]].",
        "Delivery to [[LOCATION:Flat 4B]], [[LOCATION:Sector 21]], [[LOCATION:Gurugram 122001]].",
        "Visit us at [[LOCATION:Bahnhofstrasse 1]], [[LOCATION:8001 Zürich]].",
        "Her flat is at [[LOCATION:Storgatan 12]], [[LOCATION:111 22 Stockholm]].",
        "Return address: [[LOCATION:Nørrebrogade 20]], [[LOCATION:2200 København]].",
        "The clinic is at [[LOCATION:Am Markt 3]] in [[LOCATION:Bremen]].",
        "Eircode [[LOCATION:D02 X285]], [[LOCATION:Dublin 2]].",
        "He moved to [[LOCATION:Unit 3/45 Smith St]], [[LOCATION:Fitzroy VIC 3065]].",
        "Write to [[LOCATION:C/ Mayor 5]], [[LOCATION:28013 Madrid]].",
        "The house at [[LOCATION:742 Evergreen Terrace]] was inspected on [[DATE:May 4]].",
        "Meet at [[LOCATION:Plac Zbawiciela 3]], [[LOCATION:Warszawa]].",
        "Our depot: [[LOCATION:Industrieweg 7]], [[LOCATION:3542 AD Utrecht]].",
    ],
    "intl_phones": [
        "London office: [[CONTACT:(020) 7946 0958]].",
        "Paris: [[CONTACT:+33 1 42 68 53 00]], Tokyo: [[CONTACT:+81-3-1234-5678]].",
        "Tel. [[CONTACT:030/1234567]] (mornings only).",
        "Reach him at [[CONTACT:555.867.5309]] or [[CONTACT:+1 (212) 555-0147 ext 12]].",
        "Mobile: [[CONTACT:0412 345 678]]",
        "Fax [[CONTACT:0049 (0)30 123456]]",
        "Her WhatsApp is [[CONTACT:+2348031234567]].",
    ],
    "intl_ids": [
        "Passport [[ID:X1234567]] expires next year.",
        "NHS number [[ID:943 476 5919]] confirmed.",
        "Aadhaar [[ID:2345 6789 0123]] was verified.",
        "CPF [[ID:123.456.789-09]] belongs to the buyer.",
        "DNI [[ID:12345678Z]], NIE [[ID:X-1234567-L]].",
        "VIN [[ID:1HGCM82633A004352]] matches the title.",
        "Tracking number [[ID:1Z999AA10123456784]].",
        "Employee [[ID:E-10442]] badge was lost.",
        "SIN [[ID:046 454 286]] on file.",
        "Licence [[ID:DL-4471-K]] was suspended.",
        "The BSN is [[ID:123456782]].",
        "Steuer-ID [[ID:12 345 678 901]].",
    ],
    "more_dates": [
        "DOB: [[DATE:1961-02-14]]",
        "Born [[DATE:14/02/61]] in [[LOCATION:Cork]].",
        "Admitted on the [[DATE:3rd of June]], discharged [[DATE:Jan. 5th]].",
        "Rendez-vous le [[DATE:5 janvier 2024]].",
        "Termin am [[DATE:14. März 2023]].",
        "Last seen [[DATE:Sat 12 Aug]].",
    ],
    "orgs2": [
        "She teaches at [[ORGANIZATION:Green Valley School]].",
        "Funds came from [[ORGANIZATION:Blue Harbor Bank]].",
        "Referred by [[ORGANIZATION:Riverside Medical Centre]].",
        "He works for [[ORGANIZATION:Lindqvist & Berg]] as a welder.",
        "Payroll is handled by [[ORGANIZATION:Acme Widgets]].",
        "She volunteers at [[ORGANIZATION:Our Lady of Lourdes Hospital]].",
        "Former employer: [[ORGANIZATION:Siemens]].",
        "Reviewed by [[ORGANIZATION:Mayo Clinic]] pathology.",
        "The contract with [[ORGANIZATION:Nordlicht Energie]] ends soon.",
    ],
    "handles2": [
        "Follow [[CONTACT:@Kofi_Mensah]] for updates.",
        "Profile: [[CONTACT:twitter.com/kofimensah]]",
        "My insta is [[CONTACT:@ama.serwaa]].",
    ],
    "forms": [
        "PATIENT: [[PERSON:OKONKWO, Chinedu]]\nDOB: [[DATE:02/11/1975]]   MRN: [[ID:7781234]]\n"
        "Address: [[LOCATION:14 Larkspur Close, Milton Keynes MK9 3QA]]\nNext of kin: [[PERSON:Adaeze Okonkwo]] ([[CONTACT:07911 123456]])",
        "Name: [[PERSON:ottilie brandt]]\nEmployer: [[ORGANIZATION:Fabrikam]]\nPhone: [[CONTACT:0176 2233445]]",
        "From: [[PERSON:Rasmus Kjeldsen]] <[[CONTACT:rk@kjeldsen-consult.dk]]>\nTo: [[PERSON:Leonor Pires]]\n"
        "Subject: contract renewal\n\nHi [[PERSON:Leonor]], attached is the draft. Regards, [[PERSON:Rasmus]]",
        "Claimant: [[PERSON:Nomvula Dlamini]] | Insurer: [[ORGANIZATION:Old Mutual]] | Date of loss: [[DATE:2023-08-19]]",
        "Reporter: PC [[PERSON:Hargreaves]]\nLocation: [[LOCATION:car park behind Tesco, Hexham]]\n"
        "Vehicle: [[ID:YX19 KLM]], silver hatchback",
        "Emergency contact: Mr [[PERSON:Tuan Pham]] (son), [[CONTACT:0401 987 654]]",
    ],
    "notes": [
        "Pt seen with [[PERSON:Marisol]] (daughter). Lives alone in [[LOCATION:Fresno]]; GP is Dr [[PERSON:Abernethy]] "
        "at [[ORGANIZATION:Riverside Family Practice]]. Next review [[DATE:14 Oct]].",
        "Followed up with [[PERSON:Gwenllian]] re: the missing payslip. She said Mr [[PERSON:Delacroix]] in HR "
        "would call her on [[CONTACT:01632 960 321]].",
        "Incident at [[ORGANIZATION:Westbrook Primary]]: [[PERSON:Tomasz]] (year 4) fell in the playground; "
        "mother [[PERSON:Agnieszka]] informed at 14:20.",
        "Customer [[PERSON:Ólafur Sigurðsson]] wants the refund sent to [[ID:IS14 0159 2600 7654 5510 7303 39]].",
        "Interview notes — candidate [[PERSON:Mei-Ling Huang]] currently at [[ORGANIZATION:Foxconn]], "
        "notice period one month, references from Prof. [[PERSON:Adeyemi]] and Dr. [[PERSON:Kowalczyk]].",
        "The memo from [[PERSON:Counsel Hartono]] of [[ORGANIZATION:Wiryawan Hartono & Rekan]] was received on "
        "[[DATE:Tuesday]].",
    ],
}

DEV_SENTENCES: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, marked) for domain, items in _RAW.items() for marked in items
)

#: Look-alike sentences without any private value.
PUBLIC_SENTENCES: tuple[str, ...] = (
    "The patient was admitted to the hospital and discharged after two days.",
    "Please forward the logs to the support team before Friday.",
    "The clinic reviewed the results and scheduled a follow-up visit.",
    "Blood pressure was stable and the wound is clean and dry.",
    "The court ruled for the tenant after a short hearing.",
    "Send the originals by post and keep a copy for your records.",
    "The vehicle was parked outside and the officer wrote a report.",
    "Repairs were approved once the adjuster inspected the damage.",
    "The scholarship is open to students who start in the fall.",
    "The loan was approved after the credit check.",
    "Thanks for the update, see you at the meeting.",
    "ok i will ask tomorrow and let you know",
    "Each private span becomes one fixed placeholder in the public context.",
    "The model writes one token at a time from a mixture of distributions.",
    "Call the front desk if you need anything else.",
    "Your order has shipped and should arrive within five working days.",
)


#: Sentences written after tuning ended and measured once, to estimate how much the figures on
#: ``DEV_SENTENCES`` flatter the tagger; the tagger was not changed after measuring them.
_FRESH: dict[str, list[str]] = {
    "fresh": [
        "Handover: bed 12, [[PERSON:Mrs Farrokhzad]] — family visiting from [[LOCATION:Shiraz]] tomorrow.",
        "Please remind [[PERSON:Ebele]] that the scan at [[ORGANIZATION:Queen Elizabeth Hospital]] moved to [[DATE:9 July]].",
        "[[PERSON:Krzysztof Wiśniewski]] raised ticket [[ID:SR-551902]] about his pension.",
        "ring me on [[CONTACT:07828 441 902]] when ur free [[PERSON:dom]]",
        "The lease is signed by [[PERSON:Henrike Vogelsang]], [[LOCATION:Lindenallee 33]], [[LOCATION:50968 Köln]].",
        "Our records show [[PERSON:Tamar Ben-David]] was employed by [[ORGANIZATION:Elbit Systems]] until [[DATE:March 2019]].",
        "Contact the site lead at [[CONTACT:facilities@plant7.corp]].",
        "[[PERSON:Lwazi]] missed the session; his mentor [[PERSON:Ms Nkemelu]] was told.",
        "Account [[ID:0048-221-7790]] belongs to [[ORGANIZATION:Harbourside Dental Surgery]].",
        "Seen walking along [[LOCATION:Rue Sainte-Catherine]] with [[PERSON:Théo]] around 11pm.",
        "Refund approved for order [[ID:A7K-99231]]; customer [[PERSON:Ngaio Whitehead]] notified by SMS.",
        "The registrar at [[ORGANIZATION:Universidad de los Andes]] confirmed enrolment of [[PERSON:Valentina Ríos]].",
        "[[PERSON:Ibrahim]] said [[PERSON:Yaw]] lives near [[LOCATION:Kumasi]].",
        "Late fee waived by [[PERSON:Ruairí]] after a call from [[CONTACT:+353 87 123 4567]].",
        "Vehicle [[ID:LB67 XTR]] was towed from [[LOCATION:Mill Lane]].",
        "Attached is the CV of [[PERSON:Sunniva Eide]], currently at [[ORGANIZATION:Equinor]].",
        "[[PERSON:Daw Khin Myo]] attended with her interpreter.",
        "DM me on insta [[CONTACT:@luz.quintana_]] if the link fails.",
        "Parcel for [[PERSON:Arjun Mehta]], [[LOCATION:B-204 Green Park Apartments]], [[LOCATION:Pune 411014]].",
        "Met with [[PERSON:Lorenzo]] and his lawyer from [[ORGANIZATION:Bianchi Rossi e Associati]] on [[DATE:Thursday]].",
        "Policyholder [[PERSON:Yuki Tanaka]] reported the theft on [[DATE:2024/03/02]].",
        "Escalated by [[PERSON:Anouk]] (night shift) to Dr [[PERSON:Vermeulen]].",
        "Her maiden name was [[PERSON:Oyelowo]].",
        "The [[ORGANIZATION:St Columba's Primary School]] trip returns at 4 pm.",
        "Wire from [[ID:NL91 ABNA 0417 1643 00]] arrived late.",
    ],
}

FRESH_SENTENCES: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, marked) for domain, items in _FRESH.items() for marked in items
)
