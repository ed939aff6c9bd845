"""The recall profile's round-7 development set for contacts, identifiers and dates.

Written by hand for round 7 with values of its own (every number, user name, registration, plate and
date here is invented; none comes from a held-out set). Each class of round 6's misses on held-out
v6 is written in other words, countries and positions than the misses showed:

- ``extensions``: phone extensions with the words of many languages ("loc.", "local", "anexo",
  "ramal", "interno", "int.", "poste", "p.", "Durchwahl", "DW", "App.", "toestel", "tst.", "lokal",
  "wew.", "dahili", "доб.", "вн.", "内線", "내선", "#"), after a space, a comma, a dash or in brackets;
- ``handles-roles``: lower-case user names after a role label and a colon;
- ``handles-apps``: handles named by a messaging app, in brackets, after "as", after a colon, as ``@``;
- ``dates``: day and month without a year ending a heading after a dash, between commas after a
  flight or reference, after a record word, alone in a table cell; US month/day too;
- ``aircraft``: registrations of many countries, with and without a hyphen;
- ``plates``: Korean, Japanese, Chinese, Thai and Cyrillic plates;
- ``prefixed-ids``: identifiers with a one-letter lower-case prefix after a record cue.

Marked as in :mod:`recall_dev_set` (``[[TYPE:value]]``); an extension is part of its phone's mention.
``PUBLIC_SENTENCES_R7_CONTACTS_CODES`` hold no private value but the same cues and shapes (ratings,
fractions, "24/7", scores after a dash, placeholders after role labels, app names with ordinary words,
"D-Day", "X-ray", "COVID-19", product codes, Korean counters).
"""

from __future__ import annotations

from recall_dev_set import DevSentence, parse_dev_sentence

__all__ = ["DEV_SENTENCES_R7_CONTACTS_CODES", "PUBLIC_SENTENCES_R7_CONTACTS_CODES"]

_RAW: dict[str, list[str]] = {
    "extensions": [
        "Please call our Makati office at [[CONTACT:(02) 8817 4420 loc. 215]] before noon.",
        "Front desk: [[CONTACT:+63 2 8631 9054 local 3307]]",
        "Para reclamos llame al [[CONTACT:(01) 411-8830 anexo 27]] de lunes a viernes.",
        "Ligue para [[CONTACT:(11) 3047-2219 ramal 418]] e peça pelo setor de compras.",
        "Comunicarse al [[CONTACT:(0341) 426-7710 int. 52]] o al [[CONTACT:0341 155 889 012 interno 9]].",
        "Vous pouvez me joindre au [[CONTACT:01 44 27 63 10, poste 2271]].",
        "Bitte rufen Sie [[CONTACT:+49 89 2180 5531 Durchwahl 44]] an, oder [[CONTACT:089 4411 207-DW 12]].",
        "Zentrale [[CONTACT:+43 1 53120 App. 118]], Sekretariat.",
        "Bel ons op [[CONTACT:020 525 7718 toestel 4410]] of [[CONTACT:030 253 9012 tst. 31]].",
        "Skontaktuj się pod numerem [[CONTACT:22 621 40 88 wew. 305]].",
        "Ring til [[CONTACT:33 12 44 90 lokal 216]] i tidsrummet 9-15.",
        "Bize [[CONTACT:0212 455 18 30 dahili 1142]] numarasından ulaşabilirsiniz.",
        "Звоните по номеру [[CONTACT:+7 495 621-44-18 доб. 231]] или [[CONTACT:8 812 335-17-09 вн. 17]].",
        "お問い合わせは [[CONTACT:03-5412-7789 内線 204]] まで。",
        "문의: [[CONTACT:02-3142-5567 내선 118]]",
        "Reception [[CONTACT:+27 21 448 9120 #580]] after hours.",
        "Desk line [[CONTACT:(617) 555-0142 x2210]] or cell [[CONTACT:617-555-0199]].",
        "Leave a message on [[CONTACT:0419 302 775 ext. 88]] and we will call back.",
        "Helpdesk [[CONTACT:+65 6221 9087 (ext 4031)]] – 24 hours.",
        "Contact: Maalea Tuilagi, [[CONTACT:(09) 377 2210 – ext. 17]], reception.",
    ],
    "handles-roles": [
        "Post hidden for doxxing.\nModerator: [[CONTACT:ksaruul]]\nAppeal window: 14 days",
        "Ticket 4471 escalated.\nAssignee: [[CONTACT:baurzhank]]\nPriority: high",
        "Handled by: [[CONTACT:olivkaa_7]]\nOutcome: refund issued",
        "PR approved.\nReviewer: [[CONTACT:tsegatm]], merged by: [[CONTACT:wanjirun]]",
        "Mod: [[CONTACT:yerlanb]] (on shift)\nAction: warning",
        "Reported by: [[CONTACT:piripi.t]]\nCategory: harassment",
        "Owner: [[CONTACT:mehmetcan]]\nStatus: in progress",
        "Agent: [[CONTACT:ndeyefatou]]\nQueue: billing",
        "Submitted by: [[CONTACT:akosua_b]]; Closed by: [[CONTACT:tamatii]]",
        "Bearbeiter: [[CONTACT:jorgenvk]]\nStatus: erledigt",
        "Moderador: [[CONTACT:caetanorj]]\nMotivo: spam",
        "Account: [[CONTACT:rangi_w42]]\nPlan: family",
    ],
    "handles-apps": [
        "Prefers WhatsApp ([[CONTACT:sefa_lauina]]) to phone calls.",
        "Best reached on Telegram as [[CONTACT:dilnozaq]].",
        "Signal: [[CONTACT:farrukh.u9]]",
        "Contact via Viber [[CONTACT:@ngozi_ada]] for the key handover.",
        "WeChat ID: [[CONTACT:liuyang_1987]], LINE ([[CONTACT:somchai.k]])",
        "Add me on Discord as [[CONTACT:tavitaf]] after the match.",
        "Her Instagram ([[CONTACT:kahu.mahi]]) shows the stolen bike.",
        "Zalo: [[CONTACT:thuy_ng22]]",
        "Skype name: [[CONTACT:aigerim.s]]",
        "Message me on KakaoTalk as [[CONTACT:jiwoo2k]] or Snapchat: [[CONTACT:jiwoo_sn]]",
    ],
    "dates": [
        "Subject: Missed appointment – [[DATE:4/9]]\n\nDear Ms Halvorsen,",
        "File note – [[DATE:22/11]]\nSpoke with the tenant about the arrears.",
        "#ops – Night shift – [[DATE:11/23]]\nbarak: pump 3 tripped again",
        "Visit log - [[DATE:17/3]]\nResident calm, ate well.",
        "Flight KQ 310, [[DATE:25/6]], gate change announced late.",
        "Booking ref QZ7, [[DATE:8/14]]; two passengers.",
        "Passed away [[DATE:19/8]] at home, aged 91.",
        "Order made: [[DATE:3/27]] in the family court.",
        "Issued: [[DATE:12/5]] by the registry office.",
        "Hearing [[DATE:7/30]] at the district court.",
        "Incident: [[DATE:5/16]], reported to the supervisor.",
        "Pupil: Aroha N.    Class: Kererū    [[DATE:13/9]]\nTeacher: Mr Grey",
        "| Room 4 | [[DATE:26/1]] | Ward round |",
        "Shipped [[DATE:10/19]], delivered two days later.",
    ],
    "aircraft": [
        "Aircraft [[ID:VH-QWT]] returned to the gate.",
        "The operator reported a bird strike on [[ID:ZS-SXK]] and [[ID:5Y-KZE]].",
        "Registration: [[ID:A6-EQO]]; tail [[ID:9M-MXD]]",
        "Belt loader hit [[ID:EI-FMJ]] at stand 12.",
        "aircraft [[ID:N417QX]], crew of six",
        "reg. [[ID:JA614F]], type B787",
        "Avion immatriculé [[ID:F-HPJE]], escale à Lyon.",
        "Flugzeug [[ID:D-AXGB]] und [[ID:HB-JCS]] am Vorfeld.",
        "The cargo jet [[ID:B-2097]] diverted; [[ID:C-GTKQ]] and [[ID:G-VWRT]] held.",
        "Matrícula [[ID:PR-XBN]], aeronave em manutenção.",
    ],
    "plates": [
        "Car [[ID:38나 2917]], 2019 Hyundai Avante",
        "차량번호 [[ID:152로 6638]] 확인 바랍니다.",
        "Vehicle [[ID:부산 31수 7002]] parked in the lot.",
        "Plate [[ID:練馬 500 さ 47-21]] seen at the gate.",
        "Registered vehicle [[ID:粤B·6K2Q9]]",
        "รถทะเบียน [[ID:2กษ 5583]] จอดหน้าบ้าน",
        "Машина [[ID:К 742 МР 178]] стояла у подъезда.",
        "Авто [[ID:АІ 4471 ВХ]] зареєстровано.",
    ],
    "prefixed-ids": [
        "Subject: Deferral request – student [[ID:s 2290417]]",
        "Graduand: TEMIRLAN ABDRAKHMANOV    Student no. [[ID:k 5530981]]",
        "Staff ID: [[ID:e 331907]] (night porter)",
        "Record [[ID:r 8841206]] was merged.",
        "Member no. [[ID:m 1187204]] renewed online.",
        "Applicant [[ID:a 6620915]] withdrew.",
    ],
}

DEV_SENTENCES_R7_CONTACTS_CODES: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, sentence) for domain, sentences in _RAW.items() for sentence in sentences
)

PUBLIC_SENTENCES_R7_CONTACTS_CODES: tuple[str, ...] = (
    "Customer service is open 24/7 and the shop 9-5.",
    "Rating – 8/10\nWould stay again.",
    "Service – 4/5, food – 3/5, value – 5/5.",
    "Mix – 3/4 water, 1/4 juice.\n",
    "Final score – 2/3 of the votes in favour.",
    "Add 1/2 cup of sugar and 3/4 of the flour.",
    "Died 1/2 of the plants after the frost.",
    "Moderator: none\nOwner: unassigned\nAssignee: me",
    "Agent: pending; Reviewer: tbd, Status: open",
    "Account: savings\nHost: localhost\nMember: yes",
    "Use WhatsApp (business) or Signal: weak in the basement.",
    "Line: 42\nSession: morning\nTeams: blue and red",
    "We chat on Telegram as a team and on Discord as well.",
    "D-Day and the X-ray unit, COVID-19 and the UK-EU deal.",
    "The T-shirt and the A-team, the B-side and the e-mail.",
    "N95 masks, flight 12 and gate B22 are listed.",
    "제품 12가지 중 3개를 골랐습니다.",
    "The student a lot of people know, the record a few set.",
    "Chapter 4 – 1/2 done, see table 2 – 3/4 complete.",
    "Part 1 of 3, 2/3 remaining, about 9/10 of the time.",
    "Table: Q1  Q2  Q3\nscores  7/10  8/10  9/10",
    "The ratio is 16:9 and the odds 5/1 against.",
    "Call 112 in an emergency; the office is at extension desk 4.",
    "Open 24/7 – 9/11 memorial visits by appointment.",
    "Release notes – 2/3 of the fixes are for the local file system.",
    "Use the ext4 driver, press the # key, then dial the local code.",
    "Poste restante and the interno option are described on p. 12 of the guide.",
    "Signal strength is weak; the Threads app and the Teams client were updated.",
    "Heading levels – 1/2 – are set in the style sheet, see section 4.",
    "The owner and the moderator agreed that the reviewer should decide.",
)
