"""The recall profile's round-11 development set for the residual sweep: private values that no shape or
context rule of rounds 3 to 10 knows, and public look-alikes of them.

Sentences written by hand for this round (clinical notes, support tickets, chats, letters, forms from
many countries); names are invented, numbers made up. Classes:

- ``names``: rare given names and surnames written in lower case, wherever they stand (mid-sentence
  after a verb, in a chat line, in a list, after a greeting);
- ``numbers``: numbers in conventions no rule reads (middle-dot dates, bare stand, flat, locker and
  bed numbers, digit groups, numbers after words of other languages);
- ``labels``: a label word and its number written as one value ("Section 64", "PIN 804012",
  "mkr. 5", "#74").

Marked as in :mod:`recall_dev_set` (``[[TYPE:value]]``). ``PUBLIC_SENTENCES_R11_RESIDUAL`` hold no
private value and look like the sweep's cues: quantities with units, doses, scores, prices,
percentages, clock times, ranges, enumerations, recipe steps, table cells and timetables.
"""

from __future__ import annotations

from recall_dev_set import DevSentence, parse_dev_sentence

__all__ = ["DEV_SENTENCES_R11_RESIDUAL", "PUBLIC_SENTENCES_R11_RESIDUAL"]

_RAW: dict[str, list[str]] = {
    "names": [
        "Pt seen with her sister, spoke to [[PERSON:ekemini]] about the discharge plan.",
        "ok so [[PERSON:tolingling]] is covering the late shift tonight",
        "Reassigned ticket to [[PERSON:msurshima]] after the handover.",
        "hi [[PERSON:oyelowo]], the parcel is at the back door",
        "Escalated by [[PERSON:zvikomborero]] from the night desk.",
        "thanks [[PERSON:nkechinyere]] for the quick reply!",
        "Collateral history obtained from [[PERSON:mbalenhle]] (daughter).",
        "reminder: [[PERSON:tsegazeab]] brings the cake on friday",
        "Consent witnessed by [[PERSON:xochiquetzal]] at the bedside.",
        "the keys are with [[PERSON:oluwadamilare]] until monday",
        "Called back by [[PERSON:ngozichukwu]], no answer.",
        "attendees: [[PERSON:kwabenaa]], [[PERSON:thandolwethu]] and me",
        "Dear [[PERSON:aigerimka]], your refund has been processed.",
        "Handover given to nurse [[PERSON:chidubem]] at the end of shift.",
        "lol [[PERSON:bayarsaikhan]] forgot the tickets again",
        "Complaint raised by [[PERSON:tumelong]] regarding the invoice.",
        "Translated for the family by [[PERSON:olzhastay]].",
        "ask [[PERSON:zhanarbekova]] about the spare charger",
    ],
    "numbers": [
        "Follow-up booked for [[DATE:07·12·2028]] in the outpatient clinic.",
        "Our booth is Stand [[ID:3900]].",
        "ünvan: mənzil [[ID:6]], Nərimanov rayonu",
        "Her number is [[ID:878 461]] if the desk is closed.",
        "Parcel went to locker [[ID:5512]].",
        "Card ending [[ID:90417]] was charged twice.",
        "Bed [[ID:17B]] was cleaned after discharge.",
        "Registered under case [[ID:2026/4471/K]] at the court office.",
        "Drop the form at kancelarija [[ID:214]].",
        "Meet me at gate [[ID:B22]] near the fountain.",
        "Valid till [[DATE:3·5·2029]] only.",
        "Umzi wakhe ngu [[ID:4471]] eKhayelitsha.",
        "the code for the shed is [[ID:38821]]",
        "Pakkaus toimitettiin osoitteeseen huone [[ID:812]].",
        "My account is [[ID:55 0192 771]] at the branch.",
        "Contract [[ID:KX-88213]] renewed by the tenant.",
        "Tracking [[ID:JD0091182734GB]] shows delivered.",
    ],
    "labels": [
        "Remedy is set out in [[ID:Section 64]] of the tenancy agreement.",
        "Your [[ID:PIN 804012]] expires soon.",
        "Lives in [[ID:mkr. 5]], Aktobe.",
        "We sat at table [[ID:#74]] by the window.",
        "Visitors go to [[ID:Stand 2817]] in Hall B.",
        "Parking at [[ID:Lot 4512]] behind the clinic.",
        "Patient moved to [[ID:Ward 12]] overnight.",
        "Reference [[ID:Ticket 99120]] in your reply.",
        "Posted from [[ID:Kiosk 3317]] on the concourse.",
        "Her office is [[ID:Block 7]], second floor.",
        "Held at [[ID:Unit 4419]] until collection.",
        "Deliver to [[ID:kv. 28]], entrance on the left.",
        "Pay into [[ID:Fund 60318]] before the deadline.",
        "Bring the form to [[ID:Desk 402]] at reception.",
        "See [[ID:Clause 211]] for the notice period.",
    ],
}

_PUBLIC: list[str] = [
    "Take 2 tablets every 6 hours with water.",
    "Preheat the oven to 180 °C and bake for 25 min.",
    "Mix 200 g of flour with 3 eggs and 250 ml of milk.",
    "The match ended 2-3 after extra time.",
    "Prices rose by 25% last year to £42 a month.",
    "The train leaves at 10:30 and arrives at 12:45.",
    "Only people over 40 may apply for the screening.",
    "Rest for 48 hours before exercise.",
    "Steps:\n1. Remove the cover.\n2. Lift the lid.\n3. Replace the filter.",
    "Level 5: advanced swimmers only.",
    "Choose 1, 2 and 4 from the list below.",
    "A 430 W heater uses little power.",
    "Temperatures fell to -40 in the north.",
    "Wait 2 to 6 weeks for the results.",
    "The pH was 7.5 on the second test.",
    "| Item | Qty |\n| --- | --- |\n| Apples | 3 |\n| Pears | 5 |",
    "Children aged 12 or over can join the club.",
    "Runs every 15 minutes from 7:00am to 11:30pm.",
    "The room is 6 by 4 metres.",
    "Add 2 more cups of water and stir.",
    "Score 87,4 points out of 100.",
    "The battery lasts up to 15 hours on a charge.",
    "Cut the board into 3 pieces of 30 cm.",
    "Walk 10 km a day for 3 weeks.",
    "The discount is 10% for orders over €50.",
    "Serves 4 people and takes 45 minutes.",
    "Bus 1-2 minutes late, platform 3 to 4.",
    "Spin at 1200 rpm for 5 mins.",
    "The meeting lasts 90 minutes with 2 breaks.",
    "Drink 8 glasses of water and sleep 7 hours.",
]

DEV_SENTENCES_R11_RESIDUAL: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, marked) for domain, sentences in _RAW.items() for marked in sentences
)
PUBLIC_SENTENCES_R11_RESIDUAL: tuple[str, ...] = tuple(_PUBLIC)
