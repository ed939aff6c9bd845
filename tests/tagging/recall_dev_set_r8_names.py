"""The recall profile's round-8 development set for people (issue 13, round 8): the PERSON failure
classes left after round 7, as seen in the misses of held-out v7 (development data for this round) and
written anew for each class across naming traditions.

Sentences written by hand for this round, with values of their own: no name of a held-out set is
reused, and the traditions, words and positions differ from the misses. Classes:

- ``honorifics``: names after a name prefix (Burmese, Karen, Shan, Mon, Balinese, Bengali) or an
  honorific (Indonesian, Malay, Tamil, Hindi, Thai, Hausa, Amharic, Swahili, Arabic, Polish), also
  when the word is English ("Saw", "Ma", "U"), capitalised, upper case or, in chats, lower case; the
  title of address stays public, a name prefix is part of the name;
- ``lead_words``: a given name that is also an English word before a surname ("Long Nguyen", "Can
  Yilmaz", "Hope Tamang"), mid-sentence or first in a field value;
- ``initials``: initials alone after an action or role word, in brackets after a person noun, or
  closing a log line;
- ``chat_labels``: chat speaker labels of one to three words before a time or a colon.

Marked as in :mod:`recall_dev_set` (``[[TYPE:value]]``). ``FRESH_SENTENCES_R8_NAMES`` were written after
the rules and measured once; ``PUBLIC_SENTENCES_R8_NAMES`` hold no private value and look like the new
cues (English "saw", "Ma", "U turn", acronyms after checking words, acronyms defined in brackets,
timetables, court transcripts with role labels, forms with repeated labels).
"""

from __future__ import annotations

from recall_dev_set import DevSentence, parse_dev_sentence

__all__ = ["DEV_SENTENCES_R8_NAMES", "FRESH_SENTENCES_R8_NAMES", "PUBLIC_SENTENCES_R8_NAMES"]

_RAW: dict[str, list[str]] = {
    "honorifics": [
        "Tenant: [[PERSON:Daw Khin Myat Noe]], in the flat since spring.",
        "The lease was guaranteed by [[PERSON:U Tin Maung Oo]] last year.",
        "We had lunch with [[PERSON:Ko Zaw Lin]] and [[PERSON:Ma Thiri Aung]] at noon.",
        "Parent or guardian: [[PERSON:Naw Paw Htoo Wah]]",
        "Collected by [[PERSON:Mahn Kyaw Thet]] on Friday.",
        "The ward clerk said [[PERSON:Sai Hseng Murng]] was discharged.",
        "Kepada Bapak [[PERSON:Hendra Wijaya]], terima kasih atas kunjungannya.",
        "Ibu [[PERSON:Endang Sulastri]] will attend the hearing.",
        "Alhaji [[PERSON:Musa Danladi]] and Mallam [[PERSON:Garba Tanko]] were present.",
        "W/ro [[PERSON:Meseret Bekele]] signed for the parcel.",
        "Invoice to [[PERSON:Md. Rafiqul Alam]]; copy to Smt [[PERSON:Lakshmi Venkatesan]].",
        "Thiru [[PERSON:Senthil Murugan]] and Tmt [[PERSON:Kavitha Rajan]] attended.",
        "[[PERSON:I Wayan Sudarma]] and [[PERSON:Ni Luh Ayu Lestari]] met Khun [[PERSON:Somchai Wongsawat]].",
        "Encik [[PERSON:Rosli Hamzah]] opened the community hall.",
        "Mzee [[PERSON:Juma Mwinyi]] gave his consent in writing.",
        "Sayyid [[PERSON:Hashim Alawi]] led the prayer.",
        "Pan [[PERSON:Wojciech Zieliński]] is expected after the holidays.",
        "hey did [[PERSON:naw htoo paw]] send the form??\nidk lol ask her",
        "CONSIGNOR: [[PERSON:SAW KAW HTOO]]    LOT 14",
        "Home visit booked by [[PERSON:Saw Kyaw L.]]",
    ],
    "lead_words": [
        "Please note that [[PERSON:Long Nguyen]] will be late.",
        "The claim was filed; [[PERSON:Hope Tamang]] is the applicant.",
        "Learner: [[PERSON:Men Caduff]]    Lesson 7",
        "We forwarded the letter to [[PERSON:Dil Gurung]] and her sister.",
        "Thanks [[PERSON:Can Yilmaz]], the keys are at reception.",
        "Assessor: [[PERSON:Rich Okafor]]",
        "(see [[PERSON:Dawa Sherpa]] for the route)",
    ],
    "initials": [
        "Call taker [[PERSON:JN]]. Ambulance dispatched at once.",
        "Second check: [[PERSON:RB]]",
        "Seal witnessed [[PERSON:KO]], 3/4/2025",
        "Validated by QA: [[PERSON:MT]] on 2 May",
        "INTERPRETER ([[PERSON:LF]]): The witness agrees.",
        "The recipient ([[PERSON:GH]]) was informed by letter.",
        "14/2/2026 10:05 Letter posted to the tenant ([[PERSON:MB]])",
        "- rang the surgery, no answer ([[PERSON:EW]])",
        "Triaged [[PERSON:ZK]] at 09:40.",
        "Sample sealed [[PERSON:PD]], then sent on.",
    ],
    "chat_labels": [
        ("#night-shift\n[[PERSON:makana]] 22:14  anyone seen the van keys\n"
        "[[PERSON:keala]] 22:15  on the hook\n[[PERSON:makana]] 22:16  ty"),
        "[[PERSON:long vu]]: are u there\n[[PERSON:thu trang]]: yes\n[[PERSON:long vu]]: ok sending now",
        ("[09:01] [[PERSON:men caduff]]: hi my card is blocked\n[09:02] Agent [[PERSON:Rosa]]: hello, checking\n"
        "[09:03] [[PERSON:men caduff]]: thanks"),
        ("22/05/2025, 18:40 - [[PERSON:Hope Wanjiru]]: on my way\n22/05/2025, 18:41 - [[PERSON:Dan Mwangi]]: ok\n"
        "22/05/2025, 18:45 - [[PERSON:Hope Wanjiru]]: here"),
        "[[PERSON:Tsering Lhamo]] 7:02 pm  running late\n[[PERSON:Mali]] 7:03 pm  np, table is booked",
    ],
}

_FRESH: list[str] = [
    "Landlord: [[PERSON:Daw Aye Aye Mar]]    Rent due: monthly",
    "Signed on behalf of [[PERSON:Nant Mu Mu Paw]], see annex.",
    "Pak [[PERSON:Agus Salim]] brought the documents.",
    "Hajiya [[PERSON:Amina Bello]] and Ato [[PERSON:Dawit Tesfaye]] were witnesses.",
    "Contact person: [[PERSON:May Thu]]",
    "we also spoke to [[PERSON:Faith Chukwu]] about the rent",
    "Swab taken by [[PERSON:RK]]; second check [[PERSON:NP]].",
    "The applicant ([[PERSON:DW]]) has withdrawn.",
    "3/9/2026 16:20 SMS sent to the client ([[PERSON:JL]])",
    "[[PERSON:mele]] 10:01  who has the float\n[[PERSON:sef taufa]] 10:02  me",
    "[[PERSON:sai seng]]: ok\n[[PERSON:Moses]]: sure\n[[PERSON:sai seng]]: see u there",
    "Referred by: [[PERSON:Saw Ba Thein]], outreach worker",
]

_PUBLIC: list[str] = [
    "Saw the doctor on Monday and she said to rest for a week.",
    "Ma said we should leave early, and U turns are banned on this road.",
    "The bi-weekly meeting moved to Thursday. I made a note of it.",
    "Approved by HR. Second check QA. Entered PIN. Sent SMS. Escalated to IT support.",
    "The Data Protection Officer (DPO) replied about the patient (PT) records.",
    "10:30 Meeting with Human Resources (HR)",
    "Breakfast 08:00  hall\nLunch 12:30  terrace\nDinner 19:00  garden",
    "JUDGE: Please sit down.\nCOUNSEL: Thank you.\nJUDGE: Proceed.\nWITNESS: Yes.",
    "Date: to be confirmed\nNote: bring the forms\nNote: sign them before the visit",
    "The Chief Executive Officer and the Prime Minister met in the capital.",
    "Call the help desk on Monday. Ask Sales about the new price list.",
    "Pupil numbers rose this year; Ma and Pa Kettle is an old film.",
    "Checked by the team on Monday; second check by the supervisor.",
    "We Saw Green Day live and then ate at a Mi Casa restaurant.",
    "Customer: where is my parcel\nAgent: checking now\nCustomer: thanks",
]

DEV_SENTENCES_R8_NAMES: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, marked) for domain, items in _RAW.items() for marked in items
)
FRESH_SENTENCES_R8_NAMES: tuple[DevSentence, ...] = tuple(parse_dev_sentence("fresh", m) for m in _FRESH)
PUBLIC_SENTENCES_R8_NAMES: tuple[str, ...] = tuple(_PUBLIC)
