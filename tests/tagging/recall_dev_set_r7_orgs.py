"""The recall profile's round-7 development set for organisations: the failure classes of round 6's
misses on held-out v6 (development data for this round), written anew with other words, countries,
languages and positions than the misses.

Sentences written by hand for this round, with values of their own: names come from Sámi, Twi, Aymara,
Mongolian, Maltese, Faroese, Kurdish, Malagasy and Hawaiian naming and invented brand words; places
are towns the held-out sets do not name. Classes:

- ``media``: newspapers and stations named by a place or name and a media word, with their article
  ("the <Town> Herald", "<Town> Evening Star", "<Town> FM"), or by a pre-posed head ("Diario de
  <Town>", "Radio <Town>", "Kurier <Region>"), in bylines, chats, letters and notes;
- ``kinds``: funeral and memorial businesses ("<Name> Monumental Masons", "Funeraria <Name>",
  "<Town> Funeral Directors"), nurseries ("<Name> Tots", "Kita <Name>"), ground handling and forwarding
  ("<Town> Ground Handling", "<Name> Freight Forwarding"), online communities ("the <Name> Slack");
- ``positions``: organisations marked by their place in the document: ordinary title-case words and a
  place heading a document or a chat ("Open Doors <Town>", "Meals for <Town>"), "The <Word>" alone in a
  letterhead, signature or after a handover, a title before a practice ("Dr <Name>'s Practice", "Dr
  <Name>'s practice"), "the <Name> server";
- ``cues``: organisations after an organisation's form label ("Operator:", "Supplier:", "Publication:",
  "Funeral director:") or a press cue ("article in", "writes for", "quoted in").

Marked as in :mod:`recall_dev_set` (``[[TYPE:value]]``). ``PUBLIC_SENTENCES_R7_ORGS`` hold no private
value and use the same cue words and shapes ("the Post Office", "Funeral home costs rose", "Join our
Discord", "Helping hands are welcome", a title-case heading without a place).
"""

from __future__ import annotations

from recall_dev_set import DevSentence, parse_dev_sentence

__all__ = ["DEV_SENTENCES_R7_ORGS", "PUBLIC_SENTENCES_R7_ORGS"]

_RAW: dict[str, list[str]] = {
    "media": [
        "Photo: [[PERSON:Kwabena Owusu]] for [[ORGANIZATION:the Sunyani Herald]]",
        "I was quoted in [[ORGANIZATION:the Tarija Gazette]] last week without my consent.",
        "[#features – [[ORGANIZATION:the Darkhan Tribune]]]\nbolor: who has the mayor's number?",
        "By [[PERSON:Aino Sara]], [[ORGANIZATION:Kautokeino Evening Star]]",
        "Interview booked with [[ORGANIZATION:Marsaskala FM]] for Thursday.",
        "Correction requested: [[ORGANIZATION:Diario de Oruro]], page 4, names my son.",
        "She freelances for [[ORGANIZATION:Radio Tórshavn]] and writes a column.",
        "Letter to the editor, [[ORGANIZATION:Kurier Podlaski]]\nDear Sir,",
        "The story ran in [[ORGANIZATION:the Mahajanga Chronicle]] on page 2.",
        "Press pass holder: [[PERSON:Hōkū Kanoholani]] ([[ORGANIZATION:Hilo Morning Post]])",
        "Complaint about an article in [[ORGANIZATION:the Erbil Observer]] of 3 May",
        "Sent from the newsroom of [[ORGANIZATION:Jornal de Bragança]]",
        "Our stringer at [[ORGANIZATION:the Ulaangom Dispatch]] filed the photos.",
        "Subscriber 88142 – [[ORGANIZATION:Zeitung für Lienz]] – cancelled",
        "Reporter: [[PERSON:Bayarmaa Tsend]], [[ORGANIZATION:the Khovd Examiner]]",
        "Interview notes for [[ORGANIZATION:Gazzetta di Pelkaro]] – embargoed until Monday",
    ],
    "kinds": [
        "FUNERAL PLAN – [[ORGANIZATION:Vella Monumental Masons]]\nDeceased: [[PERSON:Carmelo Vella]]",
        "Invoice from [[ORGANIZATION:Funeraria Huarachi]] for the wake and the hearse.",
        "Collection arranged by [[ORGANIZATION:Zebbug Funeral Directors]], tel. on file",
        "Headstone ordered from [[ORGANIZATION:Tavaque Memorials]] in March.",
        "Body released to [[ORGANIZATION:Bestattungen Rasoanaivo]] on Tuesday.",
        "Uitvaart verzorgd door [[ORGANIZATION:Uitvaartzorg Dornisek]].",
        "Admission form – [[ORGANIZATION:Valmiro Tots]]\nChild: [[PERSON:Fara Valmiro]]",
        "Pick-up from [[ORGANIZATION:Kita Sonnenberg]] moved to 4 pm.",
        "Invoice 2231 – [[ORGANIZATION:Żejtun Day Nursery]]\nParent: [[PERSON:Rita Camilleri]]",
        "Handler: [[ORGANIZATION:Nuuk Ground Handling]]    Flight: NU 220",
        "Goods collected by [[ORGANIZATION:Ganbaatar Freight Forwarding]] at the port.",
        "Ground crew supplied by [[ORGANIZATION:Sucre Airport Services]] under contract.",
        "Ban appeal – [[ORGANIZATION:the Vorlix Slack]]\nUser: k.dav",
        "He posts his drawings in [[ORGANIZATION:the Kelpor Discord]] every night.",
        "Thread locked by mods of [[ORGANIZATION:the Marnak Forum]] on 2 June.",
        "Cremation booked with [[ORGANIZATION:Pompes Funèbres Lurasse]] for Friday.",
        "Ashes collected from [[ORGANIZATION:Techiman Crematorium]] on 9 July.",
        "Recogida por [[ORGANIZATION:Casa Funeraria Tavaque]] el martes.",
        "Anmeldung – [[ORGANIZATION:Kinderkrippe Pelkaro]]\nKind: [[PERSON:Mia Dornisek]]",
        "[[ORGANIZATION:Mekarin Kids]] – fees for the spring term\nParent: [[PERSON:Tauvela Mekarin]]",
    ],
    "positions": [
        "[[ORGANIZATION:Open Doors Sucre]] – intake form\nName: [[PERSON:Wara Ticona]]",
        "[[[ORGANIZATION:Meals for Tarija]] volunteers – chat]\nwara: vans leave at 7",
        "[[ORGANIZATION:Warm Hearts Techiman]] – visit record\nClient: [[PERSON:Akosua Mensah]]",
        "FAMILY FILE – [[ORGANIZATION:Little Acorns Żejtun]]\nChild: [[PERSON:Luke Fenech]]",
        "[[ORGANIZATION:The Sornavel]]\nCHECK-IN FORM\nGuest surname: [[PERSON:BATBAYAR]]",
        "With thanks,\n[[PERSON:Oyuun Bat]], Front Office, [[ORGANIZATION:The Mirrowan]]",
        "Keys returned at 23:40. Shift handed to [[PERSON:Ragnar]]. [[ORGANIZATION:The Tessaly]]",
        "Copy sent to [[ORGANIZATION:Dr Rasoanaivo's Practice]] for the records.",
        "She was seen at [[ORGANIZATION:Dr Fenech's Clinic]] on Monday.",
        "Referral: [[ORGANIZATION:Prof. Dornisek's Surgery]], ward round notes attached.",
        "[[ORGANIZATION:Safe Harbour Techiman]] | case log\nClient: [[PERSON:Ama Serwaa]]",
        "She is registered with [[ORGANIZATION:Dr Tavaque's practice]] in [[LOCATION:Mdina]].",
        "Mods of [[ORGANIZATION:the Vorlix server]] removed the post on [[DATE:4 June]].",
    ],
    "cues": [
        "Operator: [[ORGANIZATION:Quellmar Aero Services]]    Tail number: on file",
        "Supplier: [[ORGANIZATION:Pelkaro Brothers]] | Order: see attached",
        "Publication: [[ORGANIZATION:Mekarin Valley Voice]]\nSection: letters",
        "Funeral director: [[ORGANIZATION:Valmiro and Daughters]]\nService: chapel",
        "Your article in [[ORGANIZATION:the Tromsø Bugle]] about the harbour named my daughter.",
        "He writes for [[ORGANIZATION:Kavelle Valley Living]] every month.",
        "I was quoted in [[ORGANIZATION:Open Sky Weekly]] without my consent.",
    ],
}

_PUBLIC: list[str] = [
    "Parcels can be sent from the Post Office on the high street.",
    "Funeral home costs rose by five per cent last year, the regulator said.",
    "Helping hands are welcome at the spring clean on Saturday.",
    "The Daily Mail reported the story first; The Times followed a day later.",
    "Join our Discord to get updates about the release.",
    "Kids eat free on Sundays when an adult orders a main course.",
    "Choosing a funeral director can be hard; ask what the fee covers.",
    "The Annual Review is published every spring with the accounts.",
    "Performance Review Guide\nThis page explains how reviews are scored.",
    "Press Release: new opening hours from 1 June.",
    "Radio silence is expected during the launch window.",
    "The news was shared in the group chat before lunch.",
    "Ground handling agents must wear high-visibility vests on the apron.",
    "Freight forwarding rules changed after the customs reform.",
    "Nursery places are free for three-year-olds in many regions.",
    "Weekly Menu – Spring\nMonday: soup and bread.",
    "The server was restarted at noon and the forum is back online.",
    "Notes for the team meeting are in the shared folder.",
    "Memorials to the fallen stand in most villages.",
    "Daily News Digest\nA summary of the morning's headlines.",
    "Our Funeral Directors are available day and night.",
    "Early learning matters: reading together helps children speak.",
    "The Sunday edition comes with a magazine and a crossword.",
    "Read the Evening Standard guidance on letters before writing.",
    "The article in English was published in March and quoted in part.",
    "Operator: see the list below. Supplier: none yet.",
    "Ask the doctor's surgery about the flu jab; Dr Who is a television series.",
    "Our server and forum were down; the group chat still worked.",
]

DEV_SENTENCES_R7_ORGS: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, marked) for domain, sentences in _RAW.items() for marked in sentences
)
PUBLIC_SENTENCES_R7_ORGS: tuple[str, ...] = tuple(_PUBLIC)
