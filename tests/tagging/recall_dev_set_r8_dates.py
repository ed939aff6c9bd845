"""The recall profile's round-8 development set for dates.

Written by hand for round 8 with dates of its own (every date here is invented; none comes from a
held-out set). Round 7's date misses on held-out v7 showed Hungarian, Finnish, Czech and Danish dates
and chat questions; each class is written here in other languages, layouts and positions:

- ``named``: a day and a month name of many languages, day first with or without a dot, in case forms
  (Slovene, Croatian, Serbian, Lithuanian, Latvian, Estonian, Slovak, Romanian, Albanian, Icelandic,
  Irish, Welsh, Catalan, Galician, Greek in both scripts, Russian, Ukrainian, Bulgarian, Indonesian,
  Malay, Swahili, Afrikaans, Maltese, Norwegian), month first (Tagalog), month and year, Vietnamese;
- ``year-first``: year-first dates with a month name or abbreviation (Hungarian forms with suffixes,
  Lithuanian, Latvian, Basque) and year-first dotted numbers, whose final dot belongs to the date;
- ``spaced``: numeric dates with spaces (day first with dots, two-digit years, ISO-like with spaces);
- ``edges``: weekday names of other languages before or after a date, ranges of days, month and day
  with a case ending, Japanese era years;
- ``chat``: a day and month ending a question in a chat message.

Marked as in :mod:`recall_dev_set` (``[[TYPE:value]]``). ``PUBLIC_SENTENCES_R8_DATES`` hold no private
value but the look-alikes: version and section numbers, decimals, scores and fractions asked about in
chats, counts before words that are month names elsewhere ("5 Mac laptops", "Mars 2").
"""

from __future__ import annotations

from recall_dev_set import DevSentence, parse_dev_sentence

__all__ = ["DEV_SENTENCES_R8_DATES", "PUBLIC_SENTENCES_R8_DATES"]

_RAW: dict[str, list[str]] = {
    "named": [
        "Pogodba je bila podpisana [[DATE:7. oktobra 2023]] v Mariboru.",
        "Rok za prigovor: [[DATE:30. studenoga 2025.]]",
        "Rođen je [[DATE:3. ožujka 1958.]] u Splitu.",
        "Sastanak je zakazan za [[DATE:12. decembra 2026]].",
        "Prašymas gautas [[DATE:2025 m. gegužės 9 d.]], registracijos nr. 44.",
        "Līgums noslēgts [[DATE:2024. gada 17. februārī]].",
        "Kuupäev: [[DATE:8. detsember 2025]]",
        "Zmluva platí od [[DATE:1. septembra 2024]] do [[DATE:31. augusta 2026]].",
        "Data nașterii: [[DATE:22 noiembrie 1987]]",
        "Takimi u shty për [[DATE:15 qershor 2026]].",
        "Fundurinn var haldinn [[DATE:9. nóvember 2025]] í Reykjavík.",
        "Dáta: [[DATE:4 Deireadh Fómhair 2024]]",
        "Dyddiad y cyfarfod: [[DATE:19 Gorffennaf 2025]]",
        "Signat a Girona el [[DATE:6 d'octubre de 2025]].",
        "Asinado o [[DATE:28 de xullo de 2026]] en Lugo.",
        "Ημερομηνία γέννησης: [[DATE:14 Φεβρουαρίου 1979]]",
        "Imerominia: [[DATE:3 Dekemvriou 2024]], Thessaloniki",
        "Cụ ông mất [[DATE:ngày hai mươi tư tháng chạp năm 1999]] tại quê nhà.",
        "Lễ cưới tổ chức vào [[DATE:mồng bảy tháng giêng]] âm lịch.",
        "החוזה נחתם ל-[[DATE:9 באוקטובר 2023]] בחיפה.",
        "Договор заключён [[DATE:11 апреля 2025 г.]] в Казани.",
        "Заява подана [[DATE:27 жовтня 2024 р.]]",
        "Срок: [[DATE:5 септември 2026]]",
        "Surat ini dibuat pada tanggal [[DATE:17 Agustus 2025]].",
        "Tarikh mesyuarat: [[DATE:2 Ogos 2024]]",
        "Kikao kitafanyika tarehe [[DATE:20 Septemba 2025]].",
        "Die vergadering is op [[DATE:13 Maart 2026]] gehou.",
        "Data tal-laqgħa: [[DATE:25 ta' Settembru 2024]], Valletta.",
        "Fakturadato: [[DATE:3. desember 2025]], forfall 30 dager.",
        "Petsa ng kapanganakan: [[DATE:Nobyembre 8, 1992]]",
        "Ký ngày [[DATE:ngày 9 tháng 11 năm 2025]] tại Hà Nội.",
        "Kiinteistökauppa tehtiin [[DATE:lokakuussa 2023]].",
        "Plaćeno [[DATE:14. lis. 2025]], uplatnica priložena.",
    ],
    "year-first": [
        "Kelt: Debrecen, [[DATE:2025. március 12.]]",
        "A szerződés [[DATE:2026. február 3-án]] lép hatályba.",
        "Beérkezett: [[DATE:2024. szept. 30.]], iktatva.",
        "Határidő [[DATE:2025. május 21-ig]], utána kötbér.",
        "Išrašyta [[DATE:2026 m. sausio 14 d.]] Kaune.",
        "Rīga, [[DATE:2025. gada 4. martā]]",
        "Bilera [[DATE:2025eko apirilaren 9an]] egingo da.",
        "Vizsgálat napja: [[DATE:2023. 11. 07.]] – eredmény negatív.",
        "Számla kelte [[DATE:2026.01.19.]] fizetési határidő 8 nap.",
        "Received [[DATE:2024. 3. 8.]] by the front desk.",
    ],
    "spaced": [
        "Datum narození: [[DATE:17. 11. 1968]], Brno.",
        "Faktura vystavena [[DATE:30. 6. 2025]] (splatnost [[DATE:14. 7. 2025]]).",
        "Rok: [[DATE:9. 3. 27]] do 12:00.",
        "Eingang am [[DATE:3.4. 2026]] beim Amt.",
        "| 88412 | [[DATE:21. 12. 2024]] | closed |",
        "Born [[DATE:1 / 5 / 1961]] in Cebu.",
        "Log entry [[DATE:2025 - 10 - 02]] 08:15 reset the pump.",
        "Scan taken [[DATE:2026 / 02 / 28]] at the clinic.",
        "Check-in: [[DATE:18 - 09 - 2025]], room 12.",
        "Her father (b. [[DATE:12. 8. 1931]]) emigrated later.",
    ],
    "edges": [
        "Tárgyalás: [[DATE:szerda, 2025. április 9.]], 10 órakor.",
        "Mkutano: [[DATE:Alhamisi, 12 Juni 2025]] saa nne.",
        "Sastanak je u [[DATE:četvrtak, 16. 10. 2025]] u 9 sati.",
        "Konferenca bo [[DATE:4.–6. oktobra 2026]] v Celju.",
        "Kursus berlangsung [[DATE:12–14 Mac 2025]] di Ipoh.",
        "Susitikimas [[DATE:2025 m. spalio 3 d., penktadienis]].",
        "The visit is [[DATE:Dé Máirt, 4 Samhain 2025]] at noon.",
        "Érkezés [[DATE:augusztus 18-án]], távozás [[DATE:augusztus 22-én]].",
        "受付日：[[DATE:令和7年3月14日]]",
    ],
    "chat": [
        "[09:14] rahel: can we move it to [[DATE:14/8]]?",
        "tomasz k: or maybe [[DATE:3/11]]?",
        "Agent Lwazi: the visit suits you better, [[DATE:27/6]] ?",
        "mum: is the party still [[DATE:12/9]] ?",
        "Kofi: ok and the second lesson, [[DATE:6/12]]?",
        "[18:40] Support: delivery slot on [[DATE:21/3]]?",
        "ananya: same time next week, [[DATE:8/7]]?",
    ],
}

DEV_SENTENCES_R8_DATES: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, sentence) for domain, sentences in _RAW.items() for sentence in sentences
)

PUBLIC_SENTENCES_R8_DATES: tuple[str, ...] = (
    "Upgrade to version 2.4.1 and then to 2024.1.3 before the next release.",
    "See section 4. 2. Results for the tables and 3. 1. Methods for the set-up.",
    "Chapter 2. 3. 14 covers the proofs; item 1. 2. 30 lists exceptions.",
    "The average was 3.14 and the median 2.5, with 1. 5 people per household.",
    "The team scored 3/5 in the first round and 2/3 in the second.",
    "moderator: did anyone get 8/10?",
    "kai: is it 1/2 or 3/4?",
    "sam: the ratio is 16:9, not 4/3?",
    "Buy 5 Mac laptops, 3 Mars bars and 2 May poles for the fair.",
    "The Mars 2 lander and the 5 Medi units were shipped.",
    "In 2024 may 5 firms close, and 2023 March data are missing.",
    "Steps: 1. 2. 3. go, then repeat 4. 5. 6. until done.",
    "Room 12 - 3 - 4 people; score 10 - 7 - 2 after extra time.",
    "The 1. FC and 2. Bundesliga tables for April are out.",
    "We listed 3 maja, 4 lipa and 5 jun in the garden inventory.",
    "Use pages 12 / 6 / 2 of the manual for the 3 set.",
    "The firmware 2025.10.4 fixes the bug; 1.2.2025.1 is older.",
    "Q: What is 7/8 of 16? A: 14.",
    "Temperatures of 18 - 22 degrees and 40 / 60 splits are normal.",
    "The poll had 45 % yes, 12.5 % no and 2. 5 % blank.",
    "Back in 2021 I 3 times lost the keys, and by 2019 V 8 engines were rare.",
    "Stock count:\n4. 3. 2008 boxes were counted and 2. 7. 1999 crates were sold.",
    "So, the team met twice; To, the island, is far; On, and on it went.",
)
