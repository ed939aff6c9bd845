"""The recall profile's round-9 development set for tables: rows whose cells do not line up with the
header, and person cells that hold more than a name, the failure classes of round 8's misses on
held-out v8 (call logs and guest lists exported as CSV), written anew in other layouts, languages and
domains than the misses.

Tables written by hand for this round, with invented values: names from Samoan, Estonian, Kazakh,
Yoruba, Turkish, Tongan, Quechua, Norwegian, Portuguese, Finnish, Polish, Māori, Welsh and German
naming; firms, streets and numbers are made up. Classes:

- ``ragged``: CSV and tab rows with more cells than the header (an address or a "Last, First" name
  holding the separator unquoted) or fewer (a value left out with its separator);
- ``companions``: guest lists and registers whose name cell carries who comes along ("+1", "(+2)",
  "& guest", "x2", "und Begleitung", "plus one");
- ``streets``: address columns whose street has no number-first shape and whose unit follows after a
  comma ("Lindholmsgatan 14, lgh 1102").

Marked as in :mod:`recall_dev_set` (``[[TYPE:value]]``). ``PUBLIC_SENTENCES_R9_TABLES`` hold no private
value and use the same layouts: product lists and configuration exports with commas in a description, a
changelog, a timetable, a file listing, an order list with quantities.
"""

from __future__ import annotations

from recall_dev_set import DevSentence, parse_dev_sentence

__all__ = ["DEV_SENTENCES_R9_TABLES", "PUBLIC_SENTENCES_R9_TABLES"]

_RAW: dict[str, list[str]] = {
    "ragged": [
        (
            "date,customer,phone,address,issue,engineer\n"
            "[[DATE:2026-04-02]],[[PERSON:Tavita Leota]],[[CONTACT:+64 21 448 9031]],[[LOCATION:Flat 2, Kowhai Mews]],"
            "boiler not firing,[[PERSON:R. Okafor]]\n"
            "[[DATE:2026-04-03]],[[ORGANIZATION:Brisacor Ltd]],[[CONTACT:+64 9 377 2210]],[[LOCATION:18 Tui Street]],"
            "leak under sink,[[PERSON:R. Okafor]]\n"
            "[[DATE:2026-04-05]],[[PERSON:Marit Kuusk]],[[CONTACT:021 550 781]],"
            "[[LOCATION:Unit 9, Harbour Lofts, Devonport]],no hot water,[[PERSON:J. Sefo]]"
        ),
        (
            "guest,room,arrival,nights,email\n"
            "[[PERSON:Zhanar Ospanova]],12,[[DATE:2026-07-01]],3,[[CONTACT:z.ospanova@mailbox.kz]]\n"
            "[[PERSON:Fenwick Arrowsmith]],[[DATE:2026-07-02]],2,[[CONTACT:fenwick.a@posteo.de]]\n"
            "[[PERSON:Ilse Wendorf]],14,[[DATE:2026-07-02]],1,[[CONTACT:ilse@wendorf.example]]"
        ),
        (
            "Name\tMobile\tTown\tJoined\n"
            "[[PERSON:Oyelaran Bisi]]\t[[CONTACT:0803 441 2290]]\t[[LOCATION:Ibadan]]\t[[DATE:12/03/2025]]\n"
            "[[PERSON:Kemal Doruk]]\t[[LOCATION:Eskişehir]]\t[[DATE:02/05/2025]]\n"
            "[[PERSON:Sione Havili]]\t[[CONTACT:0274 118 903]]\t[[LOCATION:Nukuʻalofa]]\t[[DATE:19/06/2025]]"
        ),
        (
            "patient,dob,ward,consultant\n"
            "[[PERSON:Arrowsmith, Fenwick]],[[DATE:1961-02-14]],B4,[[PERSON:Dr Ngozi Eze]]\n"
            "[[PERSON:Haugland, Sigrun]],[[DATE:1958-11-30]],B4,[[PERSON:Dr Ngozi Eze]]\n"
            "[[PERSON:Paredes, Wayra]],[[DATE:1973-06-08]],C1,[[PERSON:Dr Ilmar Tamm]]"
        ),
        (
            "order,recipient,address,parcels\n"
            "[[ID:400172]],[[PERSON:Amaru Quispe]],[[LOCATION:Jr. Ayacucho 415, Dpto 302, Cusco]],2\n"
            "[[ID:400173]],[[ORGANIZATION:Quellmar S.r.l.]],[[LOCATION:Via Tortona 31, scala B, Milano]],5\n"
            "[[ID:400174]],[[PERSON:Wiremu Tane]],[[LOCATION:42 Rimu Road]],1"
        ),
    ],
    "companions": [
        (
            "guest_name,side,rsvp,meal\n"
            "[[PERSON:Ngaire Whitcombe]] +1,bride,yes,fish\n"
            "[[PERSON:Tomasz Wróbel]] (+2),groom,yes,veg\n"
            "[[PERSON:Aigerim Sarsen]] & guest,bride,no,-\n"
            "[[PERSON:Lowri Pennant]],groom,yes,beef"
        ),
        (
            "Name\tTisch\tTelefon\n"
            "[[PERSON:Henrike Sollmann]] und Begleitung\t4\t[[CONTACT:0171 448 2093]]\n"
            "[[PERSON:Ludger Timpe]] x2\t4\t[[CONTACT:0152 330 1187]]\n"
            "[[PERSON:Wiebke Onken]]\t5\t[[CONTACT:0160 902 7734]]"
        ),
        (
            "| attendee | ticket | dietary |\n|---|---|---|\n"
            "| [[PERSON:Rangi Pōtae]] plus one | [[ID:T-22318]] | none |\n"
            "| [[PERSON:Eluned Vaughan]] | [[ID:T-22319]] | vegan |\n"
            "| [[PERSON:Kaisa Rautio]] & family | [[ID:T-22320]] | none |"
        ),
    ],
    "streets": [
        (
            "date,client,address,job\n"
            "[[DATE:2026-05-02]],[[PERSON:Signe Ravndal]],[[LOCATION:Lindholmsgatan 14, lgh 1102]],dryer vent\n"
            "[[DATE:2026-05-03]],[[PERSON:Joaquim Barreto]],[[LOCATION:Rua das Acácias 88, apto 31]],new socket\n"
            "[[DATE:2026-05-04]],[[ORGANIZATION:Tindrow Oy]],[[LOCATION:Hämeenkatu 20, krs 3]],panel check"
        ),
        (
            "visit;tenant;address;note\n"
            "[[DATE:03.02.2026]];[[PERSON:Bartosz Zielonka]];[[LOCATION:ul. Lipowa 7; m. 12]];meter read\n"
            "[[DATE:04.02.2026]];[[PERSON:Halina Sosnowska]];[[LOCATION:Osiedle Zielone 3]];keys returned\n"
            "[[DATE:05.02.2026]];[[PERSON:Ewa Grabarz]];[[LOCATION:ul. Polna 22; m. 4]];smoke alarm"
        ),
    ],
}

_PUBLIC: list[str] = [
    (
        "name,price,description,stock\nTrail Runner 2,89.00,light, waterproof, grippy,12\n"
        "City Loafer,65.00,leather, slip-on,4\nSummit Boot,140.00,warm, high ankle,7"
    ),
    (
        "key,value,comment\nretries,3,how often, at most\ntimeout,30,seconds\n"
        "mode,fast,default, recommended\nformat,json,or csv, or tsv"
    ),
    (
        "version,released,changes\n1.2.0,2026-01-10,fixed parsing, faster export\n1.2.1,2026-02-01,docs\n"
        "1.3.0,2026-03-15,new format, old one deprecated"
    ),
    (
        "route,stop,departs,notes\n12,Central,07:10,weekdays, not holidays\n12,Harbour,07:25,\n"
        "14,Airport,08:00,express, no stops"
    ),
    "name,size,modified,tags\nreport.pdf,2 MB,yesterday,q1, finance\nlogo.png,40 KB,today,brand\nnotes.txt,1 KB,today,draft",
    "name,qty,unit price\nUSB cable x2,3,4.50\nHDMI adapter +1,1,12.00\nPower strip x4,2,18.90",
    (
        "step,owner,status,notes\n1,platform team,done,reviewed, merged\n2,research team,open,\n"
        "3,platform team,open,blocked, waiting on data"
    ),
]

DEV_SENTENCES_R9_TABLES: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, marked) for domain, sentences in _RAW.items() for marked in sentences
)
PUBLIC_SENTENCES_R9_TABLES: tuple[str, ...] = tuple(_PUBLIC)
