"""Round 6 development set for identifiers, plates and short dates (area "codes" of issue 13, round 6).

Sentences written by hand for this round with invented values (no code, plate, number or name of a
held-out set is reused), covering the shapes the round-6 code rules target, in many countries'
forms. Classes:

- ``prefixed``: identifiers written with the issuer's short upper-case prefix ("WO 883102", "TKT 55129"),
  including a prefix whose code is letters and digits, and one before a year-like number in a list of
  the same series; field labels before values are checked in ``labels`` (the label itself stays public,
  so only the value is marked);
- ``cells``: hyphenated numbers alone as a table cell, list item or subject tail;
- ``registers``: values after register labels (participant, container, flight, meter, ...), US dockets;
- ``plates``: plates of many countries with and without a vehicle cue;
- ``dates``: day and month without a year after scheduling cues, ranges, before times, two-digit forms,
  month and year, East Asian dates, weekdays of many languages before a date.

``PUBLIC_SENTENCES_R6_CODES`` hold no private value but the same shapes and cue words: fractions, ratios,
scores, section numbers, standards, currencies, model names and versions, years after acronyms.
Marked as in :mod:`recall_dev_set` (``[[TYPE:value]]``).
"""

from __future__ import annotations

from recall_dev_set import DevSentence, parse_dev_sentence

__all__ = ["DEV_SENTENCES_R6_CODES", "PUBLIC_SENTENCES_R6_CODES"]

_RAW: dict[str, list[str]] = {
    "prefixed": [
        "[[ID:WO 883102]] | Boiler service | Status: open",
        "Your request [[ID:TKT 55129]] has been assigned to the network team.",
        "[[ID:CLM 7730418]] – water damage, kitchen ceiling",
        "Purchase [[ID:PO 4471-12]] was received in full.",
        "The laptop ([[ID:SN 7KQ2HX91LP]]) was wiped before return.",
        "[[ID:INC 0093318]]  printer offline  priority 3",
        "Please bring [[ID:Rx 4410872]] to the counter.",
        "[[ID:PAT 7721]] | visit 4 | bloods taken\n[[ID:PAT 2019]] | visit 1 | consent signed",
        "LISTING – [[ID:CASE 6610294]]  tenant v landlord – 1 day",
        "Sample [[ID:LAB 552901]] arrived haemolysed.",
        "Bag tag [[ID:KQ 663018]] was traced to the transfer desk.",
        "[[ID:EMP 30917]] started on the night shift.",
        "[[ID:STU 2207184]] | Year 2 | resit in August",
        "Member [[ID:QF 5517209]] upgraded to gold.",
        "[[ID:ZH 448120]] was seen leaving the car park.",
    ],
    "labels": [
        "Hospital record (MRN [[ID:5530918]]) updated today.",
        "NHS [[ID:712 449 0381]] is on the referral letter.",
        "ID [[ID:8830214]] belongs to the second applicant.",
        "Ref [[ID:AB-44120-Z]] was quoted on the phone.",
        "IBAN [[ID:NL42 RABO 0317 2290 44]] for the refund.",
        "HKID [[ID:K448120(3)]] was copied at the desk.",
    ],
    "cells": [
        "38-6620 | DUBOIS, Amara | visit 2 | voucher sent".replace("38-6620", "[[ID:38-6620]]"),
        "Subject: Consent form – [[ID:71-0094]]",
        "- [[ID:204-55871]]\n- [[ID:204-55902]]",
        "Re: follow-up call — [[ID:62-3318]]",
        "Participant code: [[ID:15-7739]]",
        "| [[ID:88-1029]] | withdrew | 12 May |",
    ],
    "registers": [
        "The seal on container [[ID:TCLU 661029 4]] was broken.",
        "Participant [[ID:3381-B]] missed the second visit.",
        "Tag [[ID:QT 551297]] was on the second suitcase.",
        "Meter [[ID:K88D04471]] was read by the landlord.",
        "Warrant [[ID:44/2025/118]] was executed at dawn.",
        "Exhibit [[ID:JT-04]] was shown to the witness.",
        "Case No. [[ID:2:24-cv-01187]] (stayed pending appeal)",
        "Docket [[ID:1:19-cr-00412-JMF]] was reassigned.",
        "Pupil number [[ID:A882041]] transferred in March.",
        "Donor [[ID:DN 550218]] gave plasma twice.",
    ],
    "plates": [
        "Parking permit for [[ID:T 4412 KPW]] renewed.",
        "Vehicle in bay 7: [[ID:B 6630 ZRT]].",
        "A grey van, [[ID:GR 2201-KX]], was parked outside.",
        "Reg [[ID:YK19 WHN]] seen on camera at 02:10.",
        "The car ([[ID:RJX 4B17]]) was towed from the lot.",
        "Placa [[ID:QTE 7H42]] registrada em Belo Horizonte.",
        "Araç plakası [[ID:06 KLM 4471]] olarak kaydedildi.",
        "His ute, [[ID:1XT 7QP]], was parked on the verge.",
        "Autó: [[ID:MHZ-418]], kék Suzuki.",
        "Kennzeichen [[ID:HB-TQ 448]] wurde notiert.",
        "The truck [[ID:MH 14 QZ 3390]] left at dawn.",
        "Parked near the gate: [[ID:Х552ОТ 178]].",
        "Plate [[ID:粤B·7X3K9]] was photographed.",
        "登録番号 [[ID:横浜 300 ら 48-07]]",
        "Driver left in [[ID:ABC 4471]] (grey sedan).",
        "Rejestracja [[ID:KR 7XY41]] – parked by the school.",
        "An old Rover, [[ID:HTX 418E]], was stopped on the bypass.",
    ],
    "dates": [
        "Home visit booked for [[DATE:19/8]] with the OT.",
        "When: [[DATE:14/3]], lunch break",
        "Next review: [[DATE:2/11]].",
        "Ward round note [[DATE:06/09]] 07:55",
        "Stock count [[DATE:23/04]] – two boxes short.",
        "Holiday [[DATE:03/08 to 17/08]], cover arranged.",
        "We moved the call to tomorrow ([[DATE:9/10]]).",
        "Seen [[DATE:12/6]] at 14:30 by the duty doctor.",
        "Employed there since [[DATE:08/2016]], left in [[DATE:11.2023]].",
        "Address since [[DATE:03.2019]] (previous one until [[DATE:02/2019]]).",
        "Started in [[DATE:4/2022]] as a trainee.",
        "Held [[DATE:Thu 13/02/2025]] in room 4.",
        "Consultation: [[DATE:mercredi 4 juin 2025]]",
        "Fecha: [[DATE:jueves, 12 de febrero de 2026]]",
        "Termin am [[DATE:Dienstag, 4. März 2025]] um 10 Uhr.",
        "予約日: [[DATE:2025年7月14日]]",
        "방문일: [[DATE:2025년 9월 3일]]",
        "Fitting on [[DATE:21-JUL]] at the depot.",
        "Afspraak op [[DATE:14-5]] bij de tandarts.",
        "Spotkanie [[DATE:19.06]] o 10:30 w biurze.",
        "Le dossier est clos depuis le [[DATE:3 févr.]] et rouvert le [[DATE:11 avr.]]",
        "Vence el [[DATE:25 dic.]] sin prórroga.",
    ],
}

_PUBLIC: list[str] = [
    "The helpline is open 24/7 and answers most calls within a minute.",
    "Add 1/2 cup of sugar and 3/4 of the flour, then bake for 1/2 hour.",
    "The vote was split 50/50 and the referee checked with 20/20 vision.",
    "Most players rated the update 8/10 and 11/12 testers finished the survey.",
    "See section 3-2 for details; the home side won 2-1 after extra time.",
    "The plant is certified to ISO 9001 and EN 1090, and DIN 5008 governs the letter layout.",
    "The grant was USD 2500 per school, or EUR 2300, or GBP 1900.",
    "The lab bought an RTX 4090 and a GTX 1080 for the older rig.",
    "GPT-4 and Windows 10 both appear in the report, printed on A4 paper.",
    "COVID-19 cases fell; the ICD-10 codes were revised.",
    "Take SR 520 across the lake, then exit at 124th Street.",
    "FIFA 2022 was held in Qatar, and COP 2028 is not scheduled yet.",
    "IN 2024 WE OPENED TWO NEW OFFICES AND HIRED 1500 PEOPLE.",
    "Python 3.12 and version 2.10.4 are supported; pages 10-1500 are indexed.",
    "The 2019-2020 season ended early; temperatures were 10-15 degrees.",
    "TOTAL 12500 and PAGE 1024 were printed in the footer.",
    "Invoices are due within 30 days; interest is 3/4 of a percent.",
    "Open for 3/4 of the year, the pass runs from spring to autumn.",
    "Nine out of ten, or 9/10, of the teams finished on time.",
    "The survey scale runs from 1/5 to 5/5 stars.",
    "The M25 and the A1 were closed; drive a BMW X5 or a KIA EV6 instead.",
    "Use FY 2024 figures, Q3 results and AD 1066 as the example year.",
    "The MRN field, the NHS field and the ID field are required.",
    "Press CTRL and F5 to reload the page.",
    "She flew out on flight KL 1744 in the evening; Flight AF 2231 was delayed.",
]

DEV_SENTENCES_R6_CODES: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, marked) for domain, sentences in _RAW.items() for marked in sentences
)
PUBLIC_SENTENCES_R6_CODES: tuple[str, ...] = tuple(_PUBLIC)
