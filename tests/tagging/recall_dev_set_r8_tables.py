"""The recall profile's round-8 development set for tables: values in the cells of structured data,
the failure class of round 7's misses on held-out v7 (names, initials, user names and plates in CSV,
semicolon and pipe tables with no cue in the cell), written anew in other layouts, languages and
domains than the misses.

Tables written by hand for this round, with values of their own: names come from Sámi, Quechua,
Georgian, Tamil, Yoruba, Basque, Welsh, Icelandic, Vietnamese, Hmong, Tongan, Māori, Kazakh, Amharic,
Breton and Romani naming; codes, plates and addresses are invented. Classes:

- ``headers``: columns whose header names the value ("Mitarbeiter", "Nachname", "nombre del cliente",
  "e-mail", "Kennzeichen", "assignee", "signed_by", "Név", "imię", "owner") in tab-separated HR
  exports, pipe tables in tickets, semicolon CSV with German, Dutch, Polish or French headers, Markdown
  tables, aligned columns; lower-case names, initials, user names and plates among them;
- ``columns``: tables without a header (or with unknown header words) where most cells of a column
  are found by the other detectors and the rest (lower-case names, initials, odd codes) follow;
- ``pairs``: ``key=value`` records in exports, logs and query strings whose key names a private field.

Marked as in :mod:`recall_dev_set` (``[[TYPE:value]]``). ``PUBLIC_SENTENCES_R8_TABLES`` hold no private
value and use the same layouts: tables of figures, configuration options, timetables, league tables,
a price list, a changelog, ``key=value`` settings.
"""

from __future__ import annotations

from recall_dev_set import DevSentence, parse_dev_sentence

__all__ = ["DEV_SENTENCES_R8_TABLES", "PUBLIC_SENTENCES_R8_TABLES"]

_RAW: dict[str, list[str]] = {
    "headers": [
        (
            "HR export – leavers Q3\nMitarbeiter\tAbteilung\tAustritt\tstatus\n"
            "[[PERSON:Ánde Somby]]\tLogistik\t[[DATE:30.09.2026]]\tdone\n"
            "[[PERSON:huaman quispe]]\tEinkauf\t[[DATE:15.08.2026]]\topen\n"
            "[[PERSON:TK]]\tVertrieb\t[[DATE:01.07.2026]]\tdone"
        ),
        (
            "Ticket #4471 – access review\n| system | assignee | approved by | state |\n|---|---|---|---|\n"
            "| payroll | [[PERSON:Nino Beridze]] | [[PERSON:KV]] | pending |\n"
            "| CRM | [[PERSON:tamilselvi arumugam]] | [[PERSON:KV]] | ok |\n"
            "| VPN | [[PERSON:Adebayo Ogunleye]] | [[PERSON:Iker Etxeberria]] | pending |"
        ),
        (
            "Nachname;Vorname;Kennzeichen;Geburtsdatum;Punkte\n"
            "[[PERSON:Gwilym]];[[PERSON:Rhys]];[[ID:M-KR 4412]];[[DATE:12.03.1988]];4\n"
            "[[PERSON:Sigurðardóttir]];[[PERSON:Hekla]];[[ID:HH-Q 907]];[[DATE:02.11.1979]];0\n"
            "[[PERSON:Nguyễn]];[[PERSON:Thảo]];[[ID:B-ZT 58]];[[DATE:24.06.1995]];7"
        ),
        (
            "nombre del cliente;teléfono;localidad;importe\n"
            "[[PERSON:Ticona Mamani]];[[CONTACT:+591 7 204 3318]];[[LOCATION:Achacachi]];120,00\n"
            "[[PERSON:xiong pa]];[[CONTACT:+591 6 981 0274]];[[LOCATION:Sorata]];75,50"
        ),
        (
            "imię,nazwisko,email,kwota\n"
            "[[PERSON:Sione]],[[PERSON:Tupou]],[[CONTACT:s.tupou@kolomail.to]],40\n"
            "[[PERSON:Aroha]],[[PERSON:Ngata]],[[CONTACT:arohan]],25\n"
            "[[PERSON:Dana]],[[PERSON:Amanbayeva]],[[CONTACT:dana.am@steppe.kz]],40"
        ),
        (
            "Név | Lakcím | Telefon | Megjegyzés\n"
            "[[PERSON:Yohannes Tesfaye]] | [[LOCATION:Fő utca 12]] | [[CONTACT:+36 30 412 7781]] | ok\n"
            "[[PERSON:Loeiz Kergoat]] | [[LOCATION:Kossuth tér 3]] | [[CONTACT:+36 20 551 0934]] | late"
        ),
        (
            "Volunteer rota (export)\nvolunteer_name,shift,mobile,signed_by\n"
            "[[PERSON:Branko Stojka]],morning,[[CONTACT:07700 914 352]],[[PERSON:EL]]\n"
            "[[PERSON:Mahlet Alemu]],evening,[[CONTACT:07700 918 006]],[[PERSON:EL]]\n"
            "[[PERSON:Kauri Te Rangi]],night,[[CONTACT:07700 911 448]],[[PERSON:Jón Ólafsson]]"
        ),
        (
            "Naam\tGebruikersnaam\tWoonplaats\tRol\n"
            "[[PERSON:Elin Kuoljok]]\t[[CONTACT:ekuoljok]]\t[[LOCATION:Jokkmokk]]\tadmin\n"
            "[[PERSON:Tamar Kapanadze]]\t[[CONTACT:tamkap77]]\t[[LOCATION:Kutaisi]]\teditor"
        ),
        (
            "Guest list – Friday\nguest            room   arrival\n"
            "[[PERSON:Aliya Seitkali]]   412    [[DATE:14/05]]\n"
            "[[PERSON:Meleane Fifita]]   415    [[DATE:15/05]]\n"
            "[[PERSON:Goulven Le Du]]    418    [[DATE:15/05]]"
        ),
        (
            "| Patient | DOB | Ward | Consultant |\n| --- | --- | --- | --- |\n"
            "| [[PERSON:Wiremu Tane]] | [[DATE:3/4/1951]] | 7B | [[PERSON:Dr Ólöf Hauksdóttir]] |\n"
            "| [[PERSON:kusi quispe]] | [[DATE:19/12/1948]] | 7B | [[PERSON:AS]] |"
        ),
        (
            "owner;vehicle;policy no.;renewal\n"
            "[[PERSON:Tevita Vaipulu]];[[ID:KP·TR·61]];[[ID:PL-5520193]];[[DATE:2027-02-01]]\n"
            "[[PERSON:Nana Akosua Boateng]];[[ID:9ZXR044]];[[ID:PL-5520871]];[[DATE:2027-03-14]]"
        ),
        (
            "Nom,Prénom,Adresse,Ville\n"
            "[[PERSON:Le Goff]],[[PERSON:Nolwenn]],[[LOCATION:14 rue des Genêts]],[[LOCATION:Quimper]]\n"
            "[[PERSON:Abebe]],[[PERSON:Tigist]],[[LOCATION:3 allée Verte]],[[LOCATION:Lorient]]"
        ),
    ],
    "columns": [
        (
            "Sign-in sheet, 4 May\n[[PERSON:Mere Tawhiri]];[[CONTACT:mere.t@pukapuka.nz]];09:05\n"
            "[[PERSON:Dawit Haile]];[[CONTACT:dawit.h@gedeo.et]];09:12\n"
            "[[PERSON:Eka Tsereteli]];[[CONTACT:eka.ts@mtatsminda.ge]];09:20\n"
            "[[PERSON:rangi]];[[CONTACT:rangi.p@kumeu.nz]];09:31"
        ),
        (
            "[[PERSON:Ásta Guðmundsdóttir]] | [[CONTACT:+354 611 2093]] | yes\n"
            "[[PERSON:Gaizka Urrutia]] | [[CONTACT:+34 612 448 190]] | no\n"
            "[[PERSON:Phạm Minh Khôi]] | [[CONTACT:+84 90 318 2277]] | yes\n"
            "[[PERSON:GH]] | [[CONTACT:+354 622 5170]] | no"
        ),
        (
            "pickups today:\n[[PERSON:Yerlan Abenov]], [[LOCATION:12 Abay Avenue]], 10:00\n"
            "[[PERSON:Kahurangi Walker]], [[LOCATION:8 Tory Street]], 11:30\n"
            "[[PERSON:Gwenaëlle Morvan]], [[LOCATION:2 Kerguelen Road]], 13:15\n"
            "[[PERSON:seda ayvazyan]], [[LOCATION:5 Abovyan Street]], 14:00"
        ),
    ],
    "pairs": [
        "export 2026-05-02: holder=[[PERSON:Mamadou Sy]]; card=[[ID:PC-7720184]]; tier=gold",
        "audit: user=[[CONTACT:k.ogunbiyi]] ip=[[ID:10.24.8.51]] action=login result=ok",
        "GET /api/lookup?email=[[CONTACT:ngaio.k@kiwimail.nz]]&page=2",
        "record: Vorname=[[PERSON:Leilani]], Nachname=[[PERSON:Kahale]], Ort=[[LOCATION:Hilo]]",
        "[contact]\nowner = \"[[PERSON:Tupaq Yupanki]]\"\ntel = [[CONTACT:+51 984 221 075]]",
    ],
}

_PUBLIC: list[str] = [
    (
        "| profile | recall | precision | words tagged |\n|---|---|---|---|\n| recall-v7 | 0.956 | 0.41 | 9.7 % |\n"
        "| presidio | 0.612 | 0.83 | 2.1 % |\n| recall-v8 | 0.970 | 0.40 | 10.2 % |"
    ),
    (
        "| name | default | description |\n|---|---|---|\n| `epsilon` | 8.0 | privacy budget |\n"
        "| `delta` | 1e-5 | failure probability |\n| `max_new_tokens` | 256 | decode length |"
    ),
    (
        "Option\tDefault\tMeaning\nretries\t3\thow often to retry\ntimeout\t30\tseconds before giving up\n"
        "verbose\tfalse\tprint progress"
    ),
    "team;played;won;lost;points\nNorth;10;7;3;21\nEast;10;5;5;15\nSouth;10;2;8;6",
    (
        "Timetable (weekdays)\nstop,departs,arrives,platform\nCentral,07:10,07:42,2\nHarbour,07:45,08:05,1\n"
        "Airport,08:10,08:40,3"
    ),
    "item | price | qty\napples | 2.40 | 3\npears | 3.10 | 1\nbread | 1.95 | 2",
    "version,date,changes\n0.4.0,2026-01-12,faster decoding\n0.4.1,2026-02-03,bug fixes\n0.5.0,2026-03-20,new ledger",
    "metric\tbefore\tafter\nrecall\t0.91\t0.95\nover-tagging\t4.8\t5.1\nlatency ms\t120\t118",
    "file name | size | modified\nREADME.md | 12 KB | yesterday\nsetup.cfg | 2 KB | last week",
    "settings: mode=fast; level=3; format=json; retries=5",
    "The options are set as key=value pairs, for example model=small and version=2.",
    "Owner | Area | Status\nplatform team | ledger | done\nresearch team | accounting | open\nnobody | docs | n/a",
]

DEV_SENTENCES_R8_TABLES: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, marked) for domain, sentences in _RAW.items() for marked in sentences
)
PUBLIC_SENTENCES_R8_TABLES: tuple[str, ...] = tuple(_PUBLIC)
