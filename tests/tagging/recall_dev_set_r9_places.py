"""The recall profile's round-9 development set for organisations, addresses, dates and codes: the failure
classes of round 8's misses on held-out v8 (development data for this round), written anew with other
words, towns, layouts and positions than the misses.

Sentences written by hand for this round, with values of their own: venue, club and building words are
invented or towns of many countries; people's names are invented; numbers are made up. Classes:

- ``venues``: venues and clubs named by a town or an invented word, an optional activity word and a
  venue or member noun, in channel headers, form letterheads, brackets, signatures and running text;
- ``addresses``: house numbers before roads named by a number, postcodes after a dash following a
  town, buildings with a flat number opening an address line;
- ``dates``: a bare month/day or day/month after a verb or preposition of scheduling, in chats,
  e-mails and notes;
- ``codes``: a document's number after a word and a lower-case number sign or "number" without a
  colon.

Marked as in :mod:`recall_dev_set` (``[[TYPE:value]]``). ``PUBLIC_SENTENCES_R9_PLACES`` hold no private
value and look like the new cues: landmarks named "<City> Wall" or "The Great Wall", lower-case venue
nouns, descriptive title-case headings ("Key Players", "New Climbing Wall Opens"), fractions, scores,
ratios and "24/7" after the cue words, page and track numbers, counts after a dash, years after a
building word with no address after it.
"""

from __future__ import annotations

from recall_dev_set import DevSentence, parse_dev_sentence

__all__ = ["DEV_SENTENCES_R9_PLACES", "PUBLIC_SENTENCES_R9_PLACES"]

_RAW: dict[str, list[str]] = {
    "venues": [
        "#route-setting  ([[ORGANIZATION:Tromsø Climbing Wall]])\nvelko 07:40  new problems on the slab",
        "#front-desk (([[ORGANIZATION:The Quarvisk Wall]]))\nmirelle 09:12  card machine down again",
        "[[ORGANIZATION:The Brasmoor Wall]] – INDUCTION CHECKLIST\nNAME: [[PERSON:Orlaith Venkova]]",
        "RESULTS ([[ORGANIZATION:Tellvara Harriers]]) – parkrun week 12",
        "Minutes of the [[ORGANIZATION:Duskvale Ramblers]] AGM, held in the scout hut.",
        "Plot rota ([[ORGANIZATION:Kelsworth Allotments]])\n1 | [[PERSON:Anouk Dreyvel]] | bed 4",
        "Skate session at [[ORGANIZATION:Ostravik Ice Rink]] moved to the evening.",
        "Booking confirmed: [[ORGANIZATION:Pendrova Bowling Lanes]], lane 6, party of eight.",
        "Rehearsal notes – [[ORGANIZATION:Varnholm Singers]]\nAltos from bar 32.",
        "Sent from the [[ORGANIZATION:Marquelo Growers]] committee inbox.",
        "Sponsored by [[ORGANIZATION:Quillmere Leisure Centre]] and local shops.",
        "[[ORGANIZATION:Aarhus Climbing Centre]]\nWaiver – under 18s",
        "#staff-chat  ([[ORGANIZATION:Porto Climbing Wall]])\nteodor 19:20  mats are wet by the cave",
        "WAITING LIST ([[ORGANIZATION:Toledo Growers]])\npos | name | since",
        "Rovers fans will remember [[ORGANIZATION:Trevannick Rovers]] from the cup run.",
        "Welcome to [[ORGANIZATION:The Holmvik Gym]], please scan your card.",
    ],
    "addresses": [
        "Deliver to: [[LOCATION:44 80 Feet Road, Koramangala]], before noon.",
        "Office: [[LOCATION:7 60 Feet Road]], next to the bank.",
        "Ship to [[LOCATION:31 2nd Main Road]], Jayanagar, please.",
        "Confirm [[LOCATION:15 9th Cross Road]], Malleswaram as the site.",
        "Registered at [[LOCATION:Vellore - 632004]] since 2019.",
        "Pick up from [[LOCATION:Anand Nagar, Hubballi - 580032]] as agreed.",
        "Our depot: Sector 5, [[LOCATION:Noida - 201301]], Uttar Pradesh.",
        "Send the kit to [[LOCATION:Mysuru - 570 001]].",
        "ana: [[LOCATION:Seabright Towers 1402]], [[LOCATION:Marine Drive]], [[LOCATION:Kochi]]",
        "Address\n[[LOCATION:Orchid Residency 33B]], [[LOCATION:12 Lake Road]], [[LOCATION:Colombo]]",
    ],
    "dates": [
        "[10:02] kiri: thanks. the fitter can come [[DATE:3/26]] between 2-4, ok?",
        "mo: the plumber comes [[DATE:10/3]] after nine",
        "Delivery [[DATE:5/6]] confirmed, pickup [[DATE:5/9]] from the side door.",
        "crew back [[DATE:9/14]], rehearsal postponed to [[DATE:9/20]]",
        "The shop reopens [[DATE:1/15]] with new hours.",
        "Please return the form by [[DATE:9/30]], thanks.",
        "The hall is closed until [[DATE:8/15]] for repairs.",
        "Crew arriving [[DATE:27/9]], load-in the next morning.",
        "sam: she can visit [[DATE:12/28]] between 10-12 if that works",
    ],
    "codes": [
        "Signed for the landlord\nAgreement no. [[ID:1873-52]]",
        "Please quote contract no [[ID:1966-41]] in all letters.",
        "Your policy number [[ID:88123-A]] renews in May.",
        "Licence nr. [[ID:1999/01]] was issued to the operator.",
        "Permit # [[ID:5512-B]] must be displayed.",
        "Tenancy agreement number [[ID:1988-70]] ends next year.",
        "Hire contract no. [[ID:1795-62]]\nSigned by both parties.",
    ],
}

_PUBLIC: list[str] = [
    "The Berlin Wall fell in November 1989.",
    "We walked a stretch of the Great Wall last summer.",
    "Hadrian's Wall runs from coast to coast.",
    "The climbing wall is closed and a gym nearby is full; the rovers won again.",
    "Key Players in the Market\nAnalysts list the usual firms.",
    "New Climbing Wall Opens Downtown",
    "Players and growers met in the hall to discuss prices.",
    "Add 3/4 cup of flour and bake for 40 minutes.",
    "We won 3/1 in the final and drew 2/2 in the semi.",
    "The helpline is open 24/7 and replies within a day.",
    "Cut the dose by 1/2 and split the rest from 1/3 to 1/4 of the day.",
    "On 2/3 of the days it rained, and 4/5 of us stayed in.",
    "See page no. 123 and track no 12 of the album.",
    "There were no 1000 people at the match, just a few hundred.",
    "Version number 3.12 and model no. 44 are supported.",
    "Figures for 2024 - 100000 visitors came to the fair.",
    "Marina Heights 2018 was a good year for the builders.",
    "Take exit 3 and follow the ring road to the centre.",
    "Climbing wall safety: check the rope, the harness and the belay device.",
    "Ice rink opening hours are posted at the entrance.",
]

DEV_SENTENCES_R9_PLACES: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, marked) for domain, sentences in _RAW.items() for marked in sentences
)
PUBLIC_SENTENCES_R9_PLACES: tuple[str, ...] = tuple(_PUBLIC)
