"""Value vocabularies and drawing rules of the seventeenth held-out tagging set (v17).

Written for v17 by an author who did not open the tagger (its code, rules, gazetteers, word lists or
tests), nor any tagger output or per-round profile on a held-out set. The names below were typed by hand,
row by row, in the naming traditions a large mixed workplace, surgery or school roll has (common and rare
ones side by side); a name value of v1-v16 is never reused: the tests look for every v17 name token in
the earlier sets' hand-written tables, in the Faker name lists of the locales v1-v5 drew from and in the
PERSON mentions of the frozen v1-v16 files. No value comes from Faker.

Each country below has its own street words, unit and building words, postcode shape and phone groupings
(extensions included); identifiers follow everyday layouts, and the national numbers with a published
check (NHS, SIN, PESEL, BSN, CPF, DNI, NRIC) carry a correct one. Dates use numeric and worded styles,
some in the languages of the people written about. What the set holds is described in its ``.meta.json``.

:class:`ValuesV17` keeps the generic drawing of v7's
:class:`~dpfusion_integrations.evaluation.heldout_values_v7.ValuesV7` (user names, handles, IP
addresses) and brings its own vocabulary. Renderer and set: :mod:`~dpfusion_integrations.evaluation.heldout_v17`.
"""

from __future__ import annotations

import random
import re
from datetime import date

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation import heldout_values_v7 as v7
from dpfusion_integrations.evaluation.heldout_build import (
    MONTHS,
    MONTHS_DE,
    MONTHS_FR,
    WEEKDAYS,
    HandTableDrawing,
    Person,
    address_parts,
    luhn_digit,
    name_token,
    shape,
    with_iban_check,
)
from dpfusion_integrations.evaluation.heldout_values_v16 import (
    nhs_is_valid,
    pesel_is_valid,
    sin_is_valid,
)

__all__ = [
    "DATE_STYLES", "EXTENSIONS", "ID_KINDS", "NUMERIC_STYLES", "ORG_FORMS", "PHONE_LAYOUTS", "SHORT_STYLES",
    "TEXT_STYLES", "TOWNS", "V17_ADDRESS_COUNTRIES", "V17_HAND_TRADITIONS", "V17_NAME_SOURCES",
    "V17_PHONE_COUNTRIES", "ValuesV17", "address_layouts", "address_lines", "bsn_is_valid", "cpf_is_valid",
    "dni_is_valid", "format_date", "nhs_is_valid", "nickname", "nric_is_valid", "pesel_is_valid",
    "sin_is_valid", "written_names",
]  # fmt: skip

# --------------------------------------------------------------------------------------------
# People. Each row: (given names of women, given names of men, surnames); ``_`` keeps the words of
# one name together, ``woman|man`` is a surname with a feminine and a masculine form.
# --------------------------------------------------------------------------------------------

_NAMES: dict[str, tuple[str, str, str]] = {
    "english": ("Araminta Rosamund Hephzibah Loveday Marigold Temperance Mehitabel Jerusha Thomasina Keturah Philadelphia",
               "Aldous Fenwick Leofric Cuthbert Everard Jethro Habakkuk Zebedee Obadiah Erasmus Fulke Sacheverell",
               "Oddie Pennefather Sowerbutts Gallimore Higginbottom Threlfall Ackroyd Bottomley Pickersgill Ormerod Satterthwaite Dimmock Outhwaite Tattersall Hebblethwaite Gotobed Smallbones Pocklington Scrivener Winterbottom Blamires"),
    "scottish": ("Kirsteen Marsaili Sileas Grizel Beathag Muirne Ciorstaidh",
                "Raonull Eachann Alasdair Lachlann Sholto Iomhar Dughall Torcuil Fearchar",
                "Macquarrie MacCorquodale Lumsden Auchinleck Dalgleish Baillie Haldane Pitcairn Moncrieff Ruthven Colquhoun Lauder"),
    "irish": ("Síle Blánaid",
             "Lorcán Pádraig Mícheál",
             "Mac_Carthaigh Mac_Aodhagáin"),
    "welsh": ("Gwenno Carys_Medi Betsan",
             "Emrys Geraint Bleddyn Caradog Islwyn Cadfan Heddwyn",
             "Pryce Eynon"),
    "cornish": ("Kensa Tressa Ebrel",
               "Kitto Jowan Hedrek",
               "Penhaligon Rowse Tremayne Trevenna Pengelly"),
    "spanish": ("Fuensanta Presentación Patrocinio",
               "Pancracio Sinforiano Crisanto",
               "Urdangarín Ibarrola Barrenechea Lizarazu Azcárate Aranguren Otxoa"),
    "catalan": ("Mercè Neus Carme",
               "Pere_Lluís Marçal Ermengol",
               "Puigdemont Casademunt Masferrer Pujades Fontcuberta"),
    "galician": ("Xoana Antela",
                "Breogán Fiz",
                "Castelao Outeiriño Rivadulla Queiruga Carballido Fraguela"),
    "mexican": ("Itzayana",
               "Filiberto Nepomuceno Tonatiuh Ehécatl Macedonio",
               "Xolalpa Ixtepan Netzahualcoyotl Tecuapetla Zapotitla Mixcóatl Tlapale"),
    "colombian": ("Yeimi Dilia Yurleidy",
                 "Duberney Jhonier",
                 "Echeverri Tabares"),
    "portuguese": ("Deolinda Juvelina",
                  "Aurélio Ludovino",
                  "Quintela Mascarenhas Sequeira Portela Valadares Penedo"),
    "brazilian": ("Jucélia Rosilene Valdirene Gislaine Joselita Lucimar",
                 "Josenildo Gildásio Erivaldo Jailson Claudemir",
                 "Wanderley Maranhão Bandeira"),
    "italian": ("Addolorata Santuzza Crocifissa Incoronata",
               "Pancrazio Agatino Aniello",
               "Della_Ragione Sciortino Cannavacciuolo Bruscolotti Pizzimenti Caltagirone Santangelo Mastrangelo"),
    "sardinian": ("Mariedda",
                 "Salvatorangelo",
                 "Porcu Pinna Mura Deiana Cocco Fadda Sechi"),
    "french": ("Ségolène Albane Guenièvre Eudoxie Honorine Sixtine",
              "Tancrède Théophane Childéric Anselme Évariste Philibert",
              "Dupuytren Lagardère Beaumarchais Chateaubriand Pellerin Fontenelle Marchetti Montgolfier"),
    "breton": ("Maïwenn Gwenola",
              "Gwenolé Loïg Tudual",
              "Le_Goarnig Quéméner Kerleroux Le_Pennec"),
    "swiss": ("Vreni Rösli Marili",
             "Köbi",
             "Blatter Tschudi Züblin Gisler Aebischer Gmür"),
    "dutch": ("Anneloes Jantien Aafke Geesje",
             "Meindert Harmen Rutger Gijsbert",
             "van_Tongeren Brinkhorst Vanderwal Lambregts Mulderij Uitdehaag Spijkerman"),
    "frisian": ("Hiltsje Trijntje Sieuwke",
               "Wiebren Fokke Oebele",
               "Bouma Dykstra Hettinga Boersma Yntema Fennema"),
    "polish": ("Genowefa Wiesława Teodozja",
              "Wiesław Bogusław Mścisław",
              "Szymańska|Szymański Brzozowska|Brzozowski Ciesielska|Ciesielski Wojciechowska|Wojciechowski Krzyżanowska|Krzyżanowski Pawlak Gołębiewska|Gołębiewski Rzepka Trzaskowska|Trzaskowski Śliwa"),
    "czech": ("Věroslava Svatava",
             "Bořek",
             "Vondráčková|Vondráček Nedvědová|Nedvěd"),
    "ukrainian": ("Ulyana Olesya Stefaniya Khrystyna Vira",
                 "Yaroslav Yurko Stepan Zenoviy",
                 "Hnatyuk Bondarchuk Kostenko Lysenko Pidhirna|Pidhirnyi Vakarchuk Marchenko Hrytsak Sydorenko"),
    "russian": ("Yevgeniya Avdotya Feodosia Zinaida Klavdiya",
               "Yevstafy Prokhor Vikenty Trofim Savva",
               "Bestuzheva|Bestuzhev Obolenskaya|Obolensky Ryleyeva|Ryleyev Trubetskaya|Trubetskoy Vyazemskaya|Vyazemsky Golitsyna|Golitsyn"),
    "bulgarian": ("Tsvetanka Zhivka Stoyanka",
                 "Stoycho Kiril",
                 "Stoyanova|Stoyanov Todorova|Todorov Zhelyazkova|Zhelyazkov Kostadinova|Kostadinov"),
    "serbian": ("Snežana Jelisaveta",
               "Dragoslav Radomir Živorad",
               "Stanković Milosavljević Radosavljević"),
    "croatian": ("Jagoda Ljerka Višnja Marijeta",
                "Tihomir Zvonimir Krešimir Branimir Trpimir",
                "Mikulić"),
    "romanian": ("Veturia",
                "Costică",
                "Bălănescu Zăvoianu Ciobanu Răducanu Nistorescu Bălcescu"),
    "hungarian": ("Bözsi",
                 "Tihamér Bulcsú",
                 "Szabóné Horváthné Vörösmarty Kisfaludy Szentgyörgyi Gárdonyi Mikszáth"),
    "greek": ("Kyriaki Fotini Sotiria",
             "Charalambos Dimosthenis Theofanis Sotirios",
             "Konstantinidou|Konstantinidis Papanikolaou Georgiadou|Georgiadis Theodoropoulou|Theodoropoulos Karamanli|Karamanlis Stathopoulou|Stathopoulos"),
    "albanian": ("Besiana Lumturie Flutura",
                "Shkëlzen",
                "Shala Dushku Muça Bushati"),
    "turkish": ("Gülizar Nazmiye Perihan",
               "Rüştü Hüsamettin",
               "Yılmazer Köroğlu Demirtaş Kılıçdaroğlu Akbulut Ünsal Karagöz Öztürkmen Başaran"),
    "azerbaijani": ("Sevinj",
                   "Elchin Rauf Vugar Tofig",
                   "Mammadova|Mammadov Huseynova|Huseynov Gasimova|Gasimov"),
    "georgian": ("Maka",
                "Giorgi Ilia",
                "Tsereteli Tsintsadze Kobakhidze"),
    "armenian": ("Shushan",
                "Mher Artashes Sarkis Avetik",
                "Hakobyan Ghukasyan"),
    "levantine": ("Maysoun Nisreen Lama Rima",
                 "Samer Jihad",
                 "Saliba Maalouf Aoun Fakhoury Sfeir Azar"),
    "gulf": ("Shamma Hessa Mouza",
            "Saif Hamdan Majid Khalifa",
            "Al_Mazrouei Al_Suwaidi Al_Ketbi Al_Falasi Al_Nuaimi"),
    "maghrebi": ("Fadma Itto Ouafae",
                "Lahcen Mbarek Driss Abdelilah",
                "Benkirane Ouazzani Bennani Tazi Lahlou Berrada"),
    "egyptian": ("Nagwa Sahar Inas",
                "Hossam Essam Amr Shenouda Boutros_Fahim",
                "Fawzy Sabry El-Shenawy Radwan Mostafa Tawadros"),
    "persian": ("Golnar Touran Mahshid Pouneh Shohreh",
               "Kambiz Shahram Payam Khosrow Houshang Fereydoun",
               "Hosseinzadeh Tavakoli Yazdani Shirazi"),
    "kurdish": ("Nishtiman Gulistan Roj",
               "Shwan Rizgar Hemin",
               "Sorani Piroti Shwani Rekani Baban"),
    "pashto": ("Zarghuna Spogmay",
              "Gulbuddin Zalmay Wahid Samiullah",
              "Yousafzai Achakzai Barakzai Mohmand Afridi"),
    "pakistani": ("Nargis Kulsoom Ghazala Mehwish Sumbal",
                 "Zahoor Arshad Mushtaq",
                 "Siddiqui Gilani Bhutto"),
    "hindi": ("Savitri Kamla Urmila Vimla Rajkumari Phoolwati Ramdulari",
             "Mukesh Vinod Shyamlal Ramprasad Banwari",
             "Agnihotri Bajpayee Vajpeyi"),
    "marathi": ("Sulabha Mrinalini Ujwala",
               "Dattatray Vishwas Prashant Sadashiv",
               "Joglekar Paranjpe"),
    "gujarati": ("Hansaben Jayshree Pannaben Kokilaben Manjulaben",
                "Dhirubhai Chimanlal Kantilal Natwarlal",
                "Mehta Khakhar Majmudar"),
    "telugu": ("Padmavathi Bhargavi Anasuya Rajyalakshmi Kanakadurga",
              "Venkateswarlu Nagarjuna Chiranjeevi Satyanarayana Bhaskararao",
              "Vemuri Kommineni Kotagiri Dasari"),
    "malayalam": ("Sreelatha Ambili Bindhu Remya Sreedevi Ammini Omana",
                 "Unnikrishnan Sasidharan Rajeevan Biju Thankappan Kunjumon",
                 "Kunnath Pulikkal Chittilappilly Ittyerah"),
    "tamil": ("Kalaiselvi Vanathi Jothi Valliammai Sornam",
             "Ramalingam Manickam Ayyappan Vairamuthu Kasilingam Thangavelu",
             "Krishnasamy Velayudham"),
    "bengali": ("Rituparna Suchitra Debjani Sharbari Swagata Moumita Tanima",
               "Arindam Sandipan Soumitra Joydeep Kaushik Shubhendu Dibyendu Apurba",
               "Gangopadhyay Haldar"),
    "punjabi": ("Manpreet Navjot Kulwinder Gurleen",
               "Jagjit Bhupinder Kuldip Tarlochan Satnam",
               "Bhangu Kandola"),
    "sinhala": ("Chandrika Kumudini Sriyani Damayanthi",
               "Mahinda Lasith Tillakaratne",
               "Jayasuriya Wickremesinghe Bandaranaike Ranatunga"),
    "mandarin": ("Guifang Yulan Shufen Xiaohong Hongmei",
                "Jianhua Guohua Zhenyu Haitao Jianjun Yongqiang",
                "Zhuo Qu Rong Mu Jiang Nie Ke"),
    "hokkien": ("Geok_Eng",
               "Kah_Wee",
               "Lim Goh Koh Chua Quek"),
    "japanese": ("Misaki Yuriko Kaede Natsumi",
                "Haruto Daisuke Kenta Masahiro Yusuke",
                "Inoue Sakamoto"),
    "thai": ("Siriporn Chanida Nattaya",
            "Chatchai Suriya Thawatchai",
            "Sukprasert Wongkhamchan Rattanapong Srisawat Pongsak"),
    "khmer": ("Sophea",
             "Vuthy Piseth",
             "Chhay Meas Prak"),
    "tagalog": ("Marites Evangeline Marilou",
               "Florante Bienvenido",
               "Dimaano Sisante Ilagan Lumbera"),
    "javanese": ("Sumarni Tukiyem Wagiyem Partini",
                "Sukarjo Parjo Wagimin Tukiman",
                "Prawirodirjo Kartodirdjo Soedarsono Tjokroaminoto Mangkunegoro Suryaningrat"),
    "malay": ("Norhayati Rosnah Salmah",
             "Kamarulzaman Shahrizal",
             "Sulaiman"),
    "yoruba": ("Ibukunoluwa",
              "Babatunde Akinlolu Olusegun",
              "Oyebanji Akintola"),
    "igbo": ("Obiageli",
            "Chibuike Onyebuchi Udochukwu Nnaemeka",
            "Onyekachi Ezeani Obiora Chukwuma"),
    "hausa": ("Binta Larai Talatu",
             "Mamman Danladi",
             "Yaradua Tanko Kwankwaso Shekarau"),
    "ewe": ("Xorse",
           "Elikem Kekeli Edinam Senyo",
           "Kudjoe Amegashie Agbodeka"),
    "somali": ("Idil Fartuun",
              "Geedi Abshir",
              "Duale Galaydh"),
    "tigrinya": ("Mebrat Lemlem",
                "Yemane Tsegay",
                "Ghebremedhin Weldemichael Habtemariam Kiflom"),
    "swahili": ("Pendo Mwajuma",
               "Ramadhani",
               "Mwakilema Mbwana Mkapa Kikwete"),
    "xhosa": ("Lindiwe Nosipho",
             "Vuyo Xolani Luthando",
             "Mbeki Sisulu Tshabalala Madikizela"),
    "shona": ("Rudo Nyarai",
             "Tonderai Munyaradzi",
             "Chiwenga Mugabe Chigumba Chinamasa Makoni"),
    "tongan": ("Lesieli Sela",
              "Semisi Siaosi",
              "Fonua Kaufusi"),
    "fijian": ("Makereta",
              "Ratu_Epeli Jone Josaia Jone_Bau Semi_Vula",
              "Tuisawau Qarase Bainimarama Rabuka Vakadewavosa"),
    "hawaiian": ("Kalani",
                "Kainoa",
                "Kamakau Kanahele"),
    "sami": ("Risten Ristiinná",
            "Máhtte Ánde",
            "Bals"),
    "lithuanian": ("Birutė Dainora",
                  "Žydrūnas Valdas Rimantas",
                  "Žemaitienė|Žemaitis"),
    "estonian": ("Maarja",
                "Tõnis Ülo Kaarel",
                "Ojasoo"),
    "jamaican": ("Merlene Cherine",
                "Errol Fitzroy Garfield Ainsley",
                "Bogle Nembhard Grizzle Fyffe"),
    "haitian": ("Yolette",
               "Wilguens",
               "Destiné Lafortune"),
    "trinidadian": ("Drupatie Rookmin Sumintra Bhagwantie",
                   "Ramnarine Basdeo Rajkumar Deonarine Deodath Harrinarine",
                   "Ramlogan Persad Boodram Seepersad Ramsaran Mahabir"),
    "quechua": ("Pachamaqta Chaskacha",
               "Apu_Kuntur Kunturi Yupanki",
               "Ccallo Ttupa Quispecahuana Huarancca"),
    "navajo": ("Dezbah",
              "Hosteen_Dine Atsidi",
              "Nez Etsitty"),
}

#: Traditions whose people sometimes carry two surnames (joined by a hyphen or a space).
_DOUBLE = {"english": "-", "spanish": " ", "catalan": " ", "galician": " ", "colombian": " ", "argentine": " ",
           "portuguese": " ", "brazilian": " ", "french": "-", "breton": "-", "dutch": "-", "polish": "-",
           "levantine": "-"}
V17_HAND_TRADITIONS = tuple(_NAMES)
#: Every name source, for the meta file.
V17_NAME_SOURCES = tuple(f"hand:{k}" for k in V17_HAND_TRADITIONS)

#: What colleagues, classmates and family call some of these people (the given name otherwise).
_NICKNAMES = {
    "Araminta": "Minty", "Hephzibah": "Hepsie", "Thomasina": "Tamsy", "Mehitabel": "Hetty", "Sacheverell": "Sachie",
    "Zebedee": "Zeb", "Obadiah": "Obie", "Habakkuk": "Kukky", "Leofric": "Leo", "Lachlann": "Lachie",
    "Alasdair": "Ally", "Ciorstaidh": "Kirsty", "Pádraig": "Podge", "Caradog": "Caddy", "Fuensanta": "Fuen",
    "Presentación": "Presen", "Pancracio": "Pancho", "Sinforiano": "Sinfo", "Przemysław": "Przemek",
    "Wiesław": "Wiesiek", "Bogusław": "Bogus", "Mścisław": "Mściś", "Genowefa": "Gienia", "Teodozja": "Dozia",
    "Khrystyna": "Khrystia", "Yevgeniya": "Zhenya", "Avdotya": "Dunya", "Klavdiya": "Klava", "Prokhor": "Proshka",
    "Charalambos": "Babis", "Dimosthenis": "Dimos", "Sotirios": "Sakis", "Hüsamettin": "Hüso",
    "Gulbuddin": "Gul", "Samiullah": "Sami", "Venkateswarlu": "Venky", "Unnikrishnan": "Unni",
    "Sasidharan": "Sasi", "Ramalingam": "Rami", "Kamarulzaman": "Kamal", "Shahrizal": "Shah",
    "Babatunde": "Tunde", "Akinlolu": "Akin", "Olusegun": "Segun", "Ibukunoluwa": "Ibukun",
    "Hallgrímur": "Halli", "Dhirubhai": "Dhiru", "Chiranjeevi": "Chiru", "Nagarjuna": "Nag",
}


def written_names(table: dict[str, tuple[str, str, str]] | None = None) -> set[str]:
    """Every name a hand-written table can write; v17's by default (v7's helper, v17's table)."""
    return v7.written_names(_NAMES if table is None else table)


def nickname(first: str) -> str:
    """What a colleague calls someone: the hand-written short form of their first given name, or that
    given name itself."""
    word = first.split()[0]
    return _NICKNAMES.get(word, word)


# --------------------------------------------------------------------------------------------
# Phones (:func:`~dpfusion_integrations.evaluation.heldout_build.shape` layouts)
# --------------------------------------------------------------------------------------------

PHONE_LAYOUTS: dict[str, tuple[str, ...]] = {
    "GB": ("07700 NNNNNN", "+44 121 NNN NNNN", "01632 NNNNNN", "+44 (0)29 20NN NNNN"),
    "US": ("(NNN) NNN-NNNN", "+1-206-NNN-NNNN", "1 (800) NNN-NNNN"),
    "IE": ("+353 (0)85 NNN NNNN", "021 NNN NNNN", "089-NNN NNNN"),
    "ES": ("+34 93 NNN NN NN", "7NN NN NN NN", "(+34) 6NN NNN NNN"),
    "MX": ("(81) NNNN NNNN", "+52 1 222 NNN NNNN", "33-NNNN-NNNN"),
    "CO": ("+57 310 NNN NNNN", "(604) NNN NNNN", "3NN NNN NNNN"),
    "PT": ("+351 91N NNN NNN", "21N NNN NNN", "93N NNN NNN"),
    "BR": ("(11) 9NNNN NNNN", "+55 (71) 9NNNN-NNNN", "(48) 3NNN NNNN"),
    "IT": ("+39 3NN NNN NNNN", "06 NNNN NNNN", "081 NNN NNNN"),
    "FR": ("+33 (0)6 NN NN NN NN", "02 NN NN NN NN", "09 NN NN NN NN"),
    "DE": ("+49 151 NNNNNNNN", "030 NNNNNNN", "(089) NNN NN NN"),
    "NL": ("+31 (0)6 NNNN NNNN", "020-NNN NN NN", "050 NNN NNNN"),
    "PL": ("+48 (22) NNN NN NN", "5NN NNN NNN", "+48 7NN-NNN-NNN"),
    "UA": ("+380 67 NNN NN NN", "(044) NNN-NN-NN", "050 NNN NN NN"),
    "GR": ("+30 69N NNN NNNN", "210 NNN NNNN", "2310 NNNNNN"),
    "TR": ("+90 (5NN) NNN NN NN", "0 312 NNN NN NN", "05NN-NNN-NN-NN"),
    "LB": ("+961 3 NNN NNN", "01 NNN NNN", "+961 71 NNN NNN"),
    "AE": ("+971 55 NNN NNNN", "+971 4 NNN NNNN", "056 NNN NNNN"),
    "MA": ("+212 6NN-NNNNNN", "05 22 NN NN NN", "06 NN NN NN NN"),
    "IN": ("+91 9NNNN NNNNN", "080 NNNN NNNN", "+91-11-NNNN-NNNN"),
    "PK": ("+92 333 NNNNNNN", "051-NNNNNNN", "03NN NNNNNNN"),
    "LK": ("+94 71 NNN NNNN", "(081) 2NN NNNN", "076-NNN NNNN"),
    "CN": ("+86 1NN NNNN NNNN", "021-NNNNNNNN", "1NN-NNNN-NNNN"),
    "SG": ("+65 9NNN NNNN", "6NNN NNNN", "8NNN-NNNN"),
    "JP": ("090-NNNN-NNNN", "+81 3-NNNN-NNNN", "06-NNNN-NNNN"),
    "TH": ("+66 8N NNN NNNN", "02-NNN-NNNN", "08N-NNN-NNNN"),
    "PH": ("+63 (2) 8NNN-NNNN", "09NN NNN NNNN", "+63 9NN NNN NNNN"),
    "NG": ("+234 (0)802 NNN NNNN", "0813-NNN-NNNN", "0703 NNN NNNN"),
    "GH": ("+233 (0)55 NNN NNNN", "024-NNN-NNNN", "0302 NNN NNN"),
    "KE": ("+254 7NN NNNNNN", "0722 NNN NNN", "020 NNN NNNN"),
    "ZA": ("+27 (0)83 NNN NNNN", "021 NNN NNNN", "072 NNN NNNN"),
    "NZ": ("+64 27 NNN NNNN", "(09) NNN NNNN", "022 NNN NNNN"),
    "JM": ("+1 (876) NNN-NNNN", "876 NNN NNNN"),
    "IS": ("+354 NNN NNNN", "5NN NNNN"),
}
V17_PHONE_COUNTRIES = tuple(PHONE_LAYOUTS)
#: Extensions written after a number (ten numbers in eleven have none).
EXTENSIONS = (" ext NNNN", " x.NNN", " (int. NNN)", " Nebenstelle NNN", " interno NN", " (DDI NNNN)", " opt. N")


# --------------------------------------------------------------------------------------------
# Addresses: (streets, towns, districts, postcode layout, line layouts). A layout's lines are split by
# "/", its parts by "|", each part CODE:pattern (S street, U unit, B building, D district, C city,
# P postcode); see ``heldout_build.address_parts``.
# --------------------------------------------------------------------------------------------

_ADDRESS: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "GB": ("Hollybush Lane;Albion Terrace;Gasworks Road;Priory Close;Nightingale Way;Wellington Parade",
           "Wolverhampton;Huddersfield;Ipswich;Gloucester;Sunderland;Northampton;Carlisle",
           "Fartown;Whitmore Reans;Kingsholm;Roker", "AANN NAA",
           ("S:{n} {s}/D:{d}/C:{t}/P:{pc}", "U:Flat {u}|B:{B} Court/S:{s}/C:{t}|P:{pc}")),
    "US": ("Sycamore Street;E 9th Avenue;Jefferson Pike;Magnolia Court;S Broadway;Willow Bend Road",
           "Tacoma WA;Spokane WA;Boise ID;Eugene OR;Olympia WA;Bellingham WA", "", "98NNN",
           ("S:{n} {s}|U:Apt. {u}/C:{t} {pc}", "S:{n} {s}|U:#{u}/C:{t} {pc}")),
    "IE": ("Summerhill Road;Bóthar na Trá;Castle Street;Willowfield Drive;Quay Lane",
           "Waterford;Kilkenny;Sligo;Letterkenny;Ennis", "Ballybricken;Rosses Point;Gortlee", "AXN NXNX",
           ("S:{n} {s}|D:{d}/C:{t}/P:{pc}", "B:{B} Lodge|S:{s}/C:{t}|P:{pc}")),
    "ES": ("Calle del Pez;Avenida de la Constitución;Calle Cuesta del Rosario;Carrer de Sants;Rúa do Franco",
           "Granada;Córdoba;Valladolid;Vigo;Murcia;Santander", "Albaicín;Realejo;Delicias;Teis", "NNNNN",
           ("S:{s}|S:nº {n}|U:{u}º D/P:{pc} {t}", "S:{s} {n}|U:bajo/P:{pc}|C:{t}")),
    "MX": ("Calle 5 de Mayo;Av. Revolución;Calle Allende;Privada de los Pinos;Av. Vallarta",
           "Monterrey N.L.;Oaxaca de Juárez;Tijuana B.C.;Morelia;Toluca", "Col. Obispado;Col. Jalatlaco;Fracc. Las Águilas",
           "NNNNN", ("S:{s} #{n}|U:Depto. {u}/D:{d}/C:{t}|P:C.P. {pc}", "S:{s} {n}|D:{d}/P:{pc} {t}")),
    "CO": ("Calle 45;Carrera 7;Avenida Boyacá;Diagonal 32;Transversal 19",
           "Medellín;Bogotá D.C.;Cali;Barranquilla;Manizales", "Barrio Laureles;Chapinero;San Fernando", "NNNNNN",
           ("S:{s} # {n}-{u}|U:Apto 50{u}/D:{d}/C:{t}", "S:{s} # {n}-{u}/C:{t}")),
    "PT": ("Rua de Santa Catarina;Avenida da Liberdade;Travessa do Carmo;Rua Direita",
           "Porto;Braga;Coimbra;Setúbal;Aveiro", "Bonfim;Alvalade;Sé Nova", "NNNN-NNN",
           ("S:{s}|S:{n}|U:{u}º Esq./P:{pc} {t}", "S:{s} {n}/D:{d}/P:{pc} {t}")),
    "BR": ("Rua Barão de Itapetininga;Avenida Sete;Rua do Catete;Travessa São José;Avenida Afonso Pena",
           "Salvador BA;Porto Alegre RS;Belém PA;Goiânia GO;Campinas SP", "Pituba;Moinhos de Vento;Nazaré;Cambuí",
           "NNNNN-NNN", ("S:{s}|S:{n}|U:Bloco B apto {u}0{n}/D:{d}|C:{t}/P:CEP {pc}", "S:{s}|S:{n}/D:{d}/C:{t}/P:{pc}")),
    "IT": ("Via dei Mille;Corso Garibaldi;Via San Biagio dei Librai;Piazza Bellini;Viale Europa",
           "Napoli;Palermo;Bari;Torino;Bologna;Cagliari", "Vomero;Kalsa;Murat;San Salvario", "NNNNN",
           ("S:{s} {n}/P:{pc} {t}", "S:{s} {n}|U:scala B int. {u}/P:{pc} {t}")),
    "FR": ("rue du Faubourg Saint-Antoine;impasse des Vignes;chemin de la Croix;quai de la Fosse;rue Nationale",
           "Bordeaux;Grenoble;Dijon;Brest;Reims;Limoges", "Chartrons;Île Verte;Recouvrance", "NNNNN",
           ("S:{n} {s}/P:{pc} {t}", "U:Résidence {B}|U:esc. C/S:{n}bis {s}/P:{pc} {t}")),
    "DE": ("Hauptstraße;Lindenallee;Am Mühlbach;Goethestraße;Friedrich-Ebert-Ring;Kastanienweg",
           "Bielefeld;Augsburg;Kassel;Freiburg im Breisgau;Rostock;Mainz", "", "NNNNN",
           ("S:{s} {n}/P:{pc} {t}", "S:{s} {n}a|U:3. OG links/P:{pc} {t}")),
    "NL": ("Oudegracht;Weverstraat;Van Speijkstraat;Zuiderdiep;Hooiweg",
           "Arnhem;Leeuwarden;Delft;Amersfoort;Enschede", "", "NNNN AA",
           ("S:{s} {n}/P:{pc} {t}", "S:{s} {n}-bis/P:{pc}|C:{t}")),
    "PL": ("ul. Świętojańska;ul. Ogrodowa;al. Niepodległości;ul. Kościuszki;pl. Wolności",
           "Gdynia;Szczecin;Katowice;Toruń;Rzeszów;Olsztyn", "Grabówek;Pogodno;Bogucice", "NN-NNN",
           ("S:{s} {n} m. {u}/P:{pc} {t}", "S:{s} {n}/{u}|D:{d}/P:{pc} {t}")),
    "UA": ("вул. Хрещатик;вул. Шевченка;просп. Свободи;вул. Садова", "Київ;Львів;Одеса;Харків;Вінниця",
           "Подільський район;Галицький район", "NNNNN",
           ("S:{s}|S:буд. {n}|U:кв. {u}/C:{t}|P:{pc}", "S:{s}|S:{n}/D:{d}/C:{t}|P:{pc}")),
    "GR": ("Odos Ermou;Leoforos Alexandras;Odos Tsimiski;Odos Patision", "Athina;Thessaloniki;Patra;Irakleio",
           "Kypseli;Kalamaria;Exarcheia", "NNN NN",
           ("S:{s} {n}/D:{d}/P:{pc} {t}", "S:{s} {n}|U:{u}os orofos/P:{pc} {t}")),
    "TR": ("Halaskargazi Cad.;Mithatpaşa Cad.;Kordonboyu Sok.;Fevzi Çakmak Mah.", "İzmit;Eskişehir;Samsun;Trabzon;Mersin",
           "Tepebaşı;Atakum;Ortahisar;Yenişehir", "NNNNN",
           ("S:{s} No: {n}|U:D: {u}/D:{d}|C:{t}|P:{pc}", "S:{s} {n}/{u}/P:{pc} {d}|C:{t}")),
    "LB": ("Rue Hamra;Rue Gouraud;Rue Abdel Aziz;Rue Monot", "Beirut;Tripoli;Saida;Jounieh", "Achrafieh;Mar Mikhael;Verdun;Ras Beirut",
           "", ("B:{B} Bldg|U:{u}th floor/S:{s}/D:{d}|C:{t}", "S:{s}|B:Bldg {n}/D:{d}/C:{t}")),
    "AE": ("Al Muraqqabat Road;Khalid Bin Al Waleed Road;Airport Road;Al Rigga Street", "Dubai;Abu Dhabi;Ras Al Khaimah;Fujairah",
           "Deira;Al Karama;Al Mushrif;Al Nakheel", "",
           ("U:Flat {u}0{n}|B:{B} Residence/S:{s}|D:{d}/C:{t}", "S:PO Box {box}/C:{t}")),
    "MA": ("Boulevard Zerktouni;Rue Tarik Ibn Ziad;Avenue Hassan II;Derb Sidi Bouloukat", "Casablanca;Marrakech;Fès;Agadir;Tanger",
           "Maârif;Guéliz;Médina;Talborjt", "NNNNN",
           ("S:{n} {s}|U:Appt {u}/D:{d}/P:{pc} {t}", "S:{s} n° {n}/P:{pc} {t}")),
    "IN": ("Residency Road;100 Feet Road;Park Street;Carter Road;Ashok Marg;Hill Road",
           "Hyderabad;Ahmedabad;Kochi;Indore;Bhopal;Coimbatore;Nagpur",
           "Banjara Hills;Navrangpura;Kakkanad;Vijay Nagar;Dharampeth", "NNNNNN",
           ("U:Flat No. {u}0{n}|B:{B} Heights/S:{s}|D:{d}/C:{t} - {pc}", "B:Plot {n}|S:{s}/D:{d}/C:{t} {pc}")),
    "PK": ("Canal Road;Abdullah Haroon Road;Murree Road;Saddar Road", "Multan;Hyderabad;Quetta;Sialkot;Gujranwala",
           "Cantt;Satellite Town;Johar Town;Bahria Town Phase 7", "NNNNN",
           ("B:House No. {n}|S:Street {u}/D:{d}/C:{t}", "S:{n}-B {s}/D:{d}/C:{t}|P:{pc}")),
    "LK": ("Peradeniya Road;Temple Road;High Level Road;Marine Drive", "Kandy;Galle;Matara;Kurunegala;Colombo 05",
           "Katugastota;Maharagama;Havelock Town", "NNNNN",
           ("S:{n}/{u} {s}/D:{d}/C:{t}", "S:No. {n} {s}/C:{t} {pc}")),
    "CN": ("长安街;和平路;东风路;文化路;滨江大道", "杭州市;南京市;西安市;重庆市;天津市", "西湖区;鼓楼区;雁塔区;渝中区", "NNNNNN",
           ("C:{t}|D:{d}|S:{s}{n}号|U:{u}栋{n}室", "P:{pc}|C:{t}|D:{d}|S:{s}{n}号")),
    "SG": ("Toa Payoh Lorong 4;Ang Mo Kio Avenue 3;Jurong West Street 41;Tampines Street 21;Bukit Batok West Ave 6",
           "Singapore", "", "NNNNNN",
           ("B:Blk {n}|S:{s}/U:#0{u}-{n}/C:{t} {pc}", "B:Blk {n} {s}|U:#1{u}-2{n}/C:{t} {pc}")),
    "JP": ("Nishi-Shinjuku 2-chome;Minami-Aoyama 5-chome;Tenjin 1-chome;Umeda 3-chome", "Shinjuku-ku Tokyo;Minato-ku Tokyo;Fukuoka;Osaka",
           "", "NNN-NNNN",
           ("P:〒{pc}/C:{t}|S:{s} {n}-{u}", "S:{n}-{u} {s}/C:{t}|P:{pc}")),
    "TH": ("Thanon Sukhumvit;Thanon Charoen Krung;Thanon Nimmanhaemin;Thanon Ratchadamnoen",
           "Bangkok;Chiang Mai;Khon Kaen;Hat Yai", "Khlong Toei;Bang Rak;Suthep", "NNNNN",
           ("S:{n}/{u} Soi {u}|S:{s}/D:{d}/C:{t} {pc}", "S:{n} {s}/D:{d}|C:{t}|P:{pc}")),
    "PH": ("J.P. Rizal Street;Aurora Boulevard;Gen. Luna Street;Magsaysay Avenue", "Manila;Iloilo City;Baguio City;Bacolod City",
           "Brgy. Malate;Brgy. Jaro;Brgy. Session Road", "NNNN",
           ("S:{n} {s}|D:{d}/C:{t}|P:{pc}", "U:Unit {u}|B:{B} Tower/S:{s}/C:{t} {pc}")),
    "NG": ("Ogunlana Drive;Bode Thomas Street;Aminu Kano Crescent;Ogui Road", "Lagos;Abuja;Kano;Enugu;Benin City",
           "Surulere;Wuse 2;Nassarawa GRA;Independence Layout", "NNNNNN",
           ("S:{n} {s}/D:{d}/C:{t}", "S:Plot {n}|S:{s}/D:{d}|C:{t}")),
    "GH": ("Kwame Nkrumah Avenue;Spintex Road;Lagos Avenue;Cantonments Road", "Accra;Kumasi;Tamale;Ho",
           "Adabraka;Asokwa;Labone", "\\G\\A-NNN-NNNN",
           ("S:{n} {s}|D:{d}/C:{t}|P:{pc}", "S:House {n}|S:{s}/C:{t}")),
    "KE": ("Moi Avenue;Ngong Road;Kenyatta Avenue;Oginga Odinga Street", "Nairobi;Mombasa;Kisumu;Nakuru",
           "Westlands;Kilimani;Nyali", "NNNNN",
           ("S:P.O. Box {box}-{pc}/C:{t}", "B:{B} Apartments|U:Hse {u}/S:{s}|D:{d}/C:{t}")),
    "ZA": ("Main Reef Road;Beach Road;Oxford Road;Kloof Street", "Bloemfontein;Polokwane;East London;Stellenbosch",
           "Rosebank;Sea Point;Westdene", "NNNN",
           ("S:{n} {s}|D:{d}/C:{t}|P:{pc}", "U:Flat {u}|B:{B} Mansions/S:{s}/C:{t} {pc}")),
    "NZ": ("Karangahape Road;Colombo Street;Willis Street;Devonport Road", "Tauranga;Napier;Nelson;Palmerston North",
           "Mount Maunganui;Ahuriri;The Wood", "NNNN",
           ("S:{n} {s}|D:{d}/C:{t} {pc}", "U:{u}/{n} {s}/C:{t} {pc}")),
    "JM": ("Molynes Road;Hagley Park Road;Gloucester Avenue;Manchester Road", "Kingston 10;Montego Bay;May Pen;Port Antonio",
           "Cross Roads;Duhaney Park", "", ("S:{n} {s}/C:{t}", "S:Lot {n}|D:{d}/C:{t}")),
    "IS": ("Laugavegur;Skólavörðustígur;Hafnarstræti;Hringbraut", "Reykjavík;Akureyri;Kópavogur;Hafnarfjörður",
           "", "NNN", ("S:{s} {n}/P:{pc} {t}", "S:{s} {n}|U:íbúð {u}/P:{pc} {t}")),
}
V17_ADDRESS_COUNTRIES = tuple(_ADDRESS)
TOWNS = {c: tuple(dict.fromkeys(v[1].split(";"))) for c, v in _ADDRESS.items()}


def _plain_town(town: str) -> str:
    """A town as an organisation's name writes it: no state code, district number or ward ("Tacoma WA" ->
    "Tacoma", "Kingston 10" -> "Kingston", "Minato-ku Tokyo" -> "Tokyo")."""
    words = town.split()
    if words[0].endswith("-ku"):
        words = words[1:]
    while len(words) > 1 and re.fullmatch(r"[A-Z]{2}|\d+|[A-Z]\.[A-Z]\.", words[-1]):
        words.pop()
    return " ".join(words)


#: Towns an organisation is named after, in the countries whose names are written in Latin script.
_ORG_TOWNS = {c: tuple(dict.fromkeys(_plain_town(t) for t in towns)) for c, towns in TOWNS.items()}
_ORG_COUNTRIES = tuple(c for c in _ADDRESS if c not in ("CN", "UA"))
_SUBTYPES = {"S": "street", "U": "unit", "B": "building", "D": "district", "C": "city", "P": "postcode"}
_BUILDING_WORDS = ("Juniper", "Marlborough", "Sandpiper", "Bayview", "Silverbirch", "Tamarind", "Lotus", "Meridian",
                   "Greenacre", "Falcon")


def address_layouts(country: str) -> tuple[str, ...]:
    """The line layouts of ``country`` (the structural choice of a document's address)."""
    return _ADDRESS[country][4]


def address_lines(rng: random.Random, country: str, layout: str) -> tuple[list[list[tuple[str, str]]], str]:
    """One address as lines of ``(text, subtype)`` parts, and its town; the layout (a structural fact)
    fixes the lines and parts, the RNG what they say."""
    streets, _, districts, pc_layout, _ = _ADDRESS[country]
    town = rng.choice(TOWNS[country])
    values = {"n": str(rng.randrange(2, 180)), "u": str(rng.randrange(1, 19)), "box": str(rng.randrange(1000, 69999)),
              "pc": shape(rng, pc_layout), "t": town, "B": rng.choice(_BUILDING_WORDS)}
    values["d"] = rng.choice(districts.split(";")) if districts else ""
    values["s"] = rng.choice(streets.split(";"))
    return address_parts(layout, values, _SUBTYPES), town


# --------------------------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------------------------

_ID_SHAPES: dict[str, tuple[str, ...]] = {
    "ssn": ("NNN-NN-NNNN",),
    "mrn": ("NNNNNNNN", "\\R\\X\\HNNNNNN", "\\A\\N-NN-NNNNNN", "NNN NNN NNNN\\K"),
    "ticket": ("\\T\\K\\T-NNNNNNN", "\\R\\E\\Q\\NNNNNNN", "#NNNNN", "\\H\\D-NNNNN"),
    "policy": ("\\H\\M\\P\\NNNNNNNN", "NN-NNN-NNNNNN", "AA/NNNNNNN"),
    "claim": ("\\C\\L\\A\\I\\M-NNNNNN", "NNNNNNNN-NNN", "\\M\\C/2Y/NNNNN"),
    "case": ("NNNN/2Y", "\\S\\C-NNNNNN", "2Y-NNNNN-\\C"),
    "crime": ("NN/NNNNNN/2Y", "\\P\\R-2YNNNNNN", "\\I\\R NNNNNNNN"),
    "account": ("NNNNNNNNNN", "NNN-NNN-NNNN", "NNNN-NNNNNN"),
    "sortcode": ("NN-NN-NN NNNNNNNN",),
    "card": ("**** NNNN", "NNNN NNNN NNNN NNNN", "NNNN-XXXX-XXXX-NNNN"),
    "booking": ("XXXXXX", "\\H\\B-NNNNNNNN", "NNNNNNNNNN"),
    "ticketno": ("NNN NNNNNNNNNN", "NNN-NNNNNNNNNN"),
    "plate": ("AANN AAA", "NAAA NNN", "AA-NNNN-A", "NN-AAA-N", "A NNN AAA", "AAA NNNN"),
    "staff": ("\\E\\N-NNNNNN", "NNNNN", "\\S\\T\\F/NNNN"),
    "pupil": ("ANNNNNNNNNNNA", "\\P\\U\\P-NNNNN"),
    "rx": ("\\R\\X NNNNNNNN", "NNNNNN/NN"),
    "tenancy": ("\\T\\N\\C-NNNNNN", "NNNN-2Y-\\A\\S\\T"),
    "payroll": ("NNNNNNN", "\\P\\Y-NNNNN"),
    "utr": ("NNNNN NNNNN", "NNNNNNNNNN"),
    "invoice": ("\\I\\N\\V NNNNN", "NNNNNN"),
    "order": ("NNN-NNNNNNN-NNNNNNN", "\\O\\R-NNNNNNNN"),
    "serial": ("\\S/\\N NNNNAANNNN", "XXXX-XXXX-XXXX"),
    "application": ("\\C\\A\\N\\D-NNNNN", "NNNNNN"),
    "member": ("NNNNNNNNN", "\\M\\B\\R NNNNNNN"),
    "txn": ("\\F\\T2YNNNNNNNNNNNN", "NNNNNNNNNNNN"),
    "passport": ("NNNNNNNNN", "ANNNNNNN"),
    "licence": ("AAAAANNNNNNAANAA", "ANNN-NNNN-NNNN"),
}
#: Identifier kinds (slot ``{idN.kind}``) and the subtype their mentions carry.
ID_KINDS = {**{k: k for k in _ID_SHAPES}, "nhs": "national", "ssn": "national", "sin": "national",
            "pesel": "national", "bsn": "national", "cpf": "national", "dni": "national", "nric": "national",
            "iban": "iban", "mrn": "record", "rx": "record", "crime": "case", "ticketno": "ticket",
            "sortcode": "account", "pupil": "student", "tenancy": "contract", "payroll": "staff", "utr": "tax",
            "txn": "transaction", "application": "application"}
_IBAN_BBAN = {"GB": "AAAANNNNNNNNNNNNNN", "NL": "AAAANNNNNNNNNN", "DE": "NNNNNNNNNNNNNNNNNN",
              "IT": "ANNNNNNNNNNXXXXXXXXXXXX", "PT": "NNNNNNNNNNNNNNNNNNNNN", "IE": "AAAANNNNNNNNNNNNNN"}


def bsn_is_valid(value: str) -> bool:
    """A Dutch citizen service number: nine digits, weights 9..2 and -1 (the "11-test")."""
    digits = value.replace(".", "").replace(" ", "")
    if len(digits) != 9 or not digits.isdigit():
        return False
    total = sum(int(c) * w for c, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True))
    return total % 11 == 0


def _cpf_digit(body: str) -> int:
    return sum(int(c) * w for c, w in zip(body, range(len(body) + 1, 1, -1), strict=True)) * 10 % 11 % 10


def cpf_is_valid(value: str) -> bool:
    """A Brazilian CPF ``NNN.NNN.NNN-NN``: two check digits, each the weighted sum times 10 mod 11 mod 10."""
    digits = value.replace(".", "").replace("-", "")
    if len(digits) != 11 or not digits.isdigit():
        return False
    return _cpf_digit(digits[:9]) == int(digits[9]) and _cpf_digit(digits[:10]) == int(digits[10])


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_is_valid(value: str) -> bool:
    """A Spanish DNI: eight digits and the letter of their value mod 23."""
    body = value.replace("-", "")
    return len(body) == 9 and body[:8].isdigit() and _DNI_LETTERS[int(body[:8]) % 23] == body[8]


_NRIC_LETTERS = "JZIHGFEDCBA"


def nric_is_valid(value: str) -> bool:
    """A Singapore NRIC (``S`` or ``T``, seven digits, a check letter; weights 2 7 6 5 4 3 2)."""
    if len(value) != 9 or value[0] not in "ST" or not value[1:8].isdigit():
        return False
    total = sum(int(c) * w for c, w in zip(value[1:8], (2, 7, 6, 5, 4, 3, 2), strict=True))
    return _NRIC_LETTERS[(total + (4 if value[0] == "T" else 0)) % 11] == value[8]


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

_MONTHS_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
              "novembro", "dezembro")
#: Styles of digits only.
NUMERIC_STYLES = ("dd/mm/Y", "mm/dd/Y", "d.m.Y", "Y.mm.dd", "dd-mm-Y", "d/m/Y")
#: Styles of a day of the year (no year).
SHORT_STYLES = ("d/m", "Mon d", "d.m.", "dd Mon", "Wkd d Mon")
#: Styles with words.
TEXT_STYLES = ("d Month Y", "Month dth, Y", "Wkd, d Mon Y", "d. Monat Y", "d mois Y", "d de mês de Y", "Y年m月d日",
               "Month d Y")
DATE_STYLES = NUMERIC_STYLES + SHORT_STYLES + TEXT_STYLES


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def format_date(d: date, style: str) -> str:
    """``d`` written in one of :data:`DATE_STYLES`."""
    i = d.month - 1
    mon, wkd = MONTHS[i][:3], WEEKDAYS[d.weekday()][:3]
    table = {
        "dd/mm/Y": f"{d.day:02d}/{d.month:02d}/{d.year}", "mm/dd/Y": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "d.m.Y": f"{d.day}.{d.month}.{d.year}", "Y.mm.dd": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "dd-mm-Y": f"{d.day:02d}-{d.month:02d}-{d.year}", "d/m/Y": f"{d.day}/{d.month}/{d.year}",
        "d/m": f"{d.day}/{d.month}", "Mon d": f"{mon} {d.day}", "d.m.": f"{d.day}.{d.month}.",
        "dd Mon": f"{d.day:02d} {mon}", "Wkd d Mon": f"{wkd} {d.day} {mon}",
        "d Month Y": f"{d.day} {MONTHS[i]} {d.year}", "Month dth, Y": f"{MONTHS[i]} {_nth(d.day)}, {d.year}",
        "Wkd, d Mon Y": f"{wkd}, {d.day} {mon} {d.year}", "d. Monat Y": f"{d.day}. {MONTHS_DE[i]} {d.year}",
        "d mois Y": f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[i]} {d.year}",
        "d de mês de Y": f"{d.day} de {_MONTHS_PT[i]} de {d.year}", "Y年m月d日": f"{d.year}年{d.month}月{d.day}日",
        "Month d Y": f"{MONTHS[i]} {d.day} {d.year}",
    }
    if style not in table:
        raise InvalidParameterError(f"unknown date style {style!r}")
    return table[style]


# --------------------------------------------------------------------------------------------
# Organisations: ``{B}`` an invented brand, ``{T}`` a town, ``{L}``/``{L2}`` surnames, ``{F}`` a given name
# --------------------------------------------------------------------------------------------

_BRAND_PARTS = ("mo", "zan", "kel", "bru", "ity", "fal", "ro", "nix", "sa", "tev", "gu", "lar", "pin", "dex", "ham",
                "vo", "qui", "tor", "bel", "ada", "cro", "wyn", "ul", "mez", "ok", "sil", "pra", "dun", "ev", "ja")
ORG_FORMS: dict[str, tuple[str, ...]] = {
    "surgery": ("{T} Road Surgery", "{L} & {L2} Medical Practice", "{B} Primary Care", "{T} Health Partnership"),
    "hospital": ("{T} Teaching Hospitals", "{T} District General", "{B} Private Hospital", "St {F} Infirmary",
                 "Hôpital {B}"),
    "pharmacy": ("{L} Pharmacy", "{B} Chemist", "{T} Apotheke", "{B} Drugstore", "Farmácia {B}"),
    "employer": ("{B}", "{B} plc", "{B} LLC", "{B} B.V.", "{B} Pty Ltd", "{L} {L2} Associates", "{B} Systems",
                 "{B} Foods", "{B} Retail Group"),
    "lawfirm": ("{L} {L2} LLP", "{L} & Co. Solicitors", "{L} Law Chambers", "{L} {L2} Rechtsanwälte",
                "Studio Legale {L}"),
    "insurer": ("{B} Assurance", "{B} Direct", "{B} Insurance Group", "{L} Mutual Society"),
    "bank": ("{B} Bank", "{B} Savings", "First {T} Bank", "{B} Finance", "Caixa {B}"),
    "school": ("{T} Grammar School", "{F} Street Primary", "{B} Academy Trust", "{T} Sixth Form College",
               "Our Lady of {T} School"),
    "council": ("{T} Metropolitan Borough Council", "{T} District Council", "{T} Social Care", "Gemeente {T}"),
    "police": ("{T} Police Service", "{T} Police Department", "{T} Constabulary"),
    "landlord": ("{B} Residential", "{L} Estates", "{B} Living", "{T} Homes Trust"),
    "airline": ("{B} Airlines", "{B}jet", "Air {B}", "{B} Holidays"),
    "hotel": ("The {B} Hotel", "{B} House", "{T} Lodge", "{B} Apartments"),
    "agency": ("{B} People", "{L} Recruitment", "{B} Talent", "{B} Search"),
    "retailer": ("{B}", "{B} Outlet", "{B} Direct", "{B} Appliances", "{B} Stores"),
    "charity": ("{B} Foundation", "{T} Refugee Support", "{T} Young Carers", "{B} Community Trust"),
    "telecom": ("{B} Mobile", "{B} Broadband", "{B} Telecom"),
    "union": ("{B} Workers' Union", "{T} Trades Council"),
}


# --------------------------------------------------------------------------------------------
# Contacts
# --------------------------------------------------------------------------------------------

_FREE_MAIL = ("gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "live.com", "mail.ru",
              "gmx.de", "t-online.de", "free.fr", "laposte.net", "libero.it", "sapo.pt", "terra.com.br",
              "yahoo.com.mx", "seznam.cz", "o2.pl", "ukr.net", "naver.com", "yahoo.co.jp", "126.com", "ymail.com",
              "rocketmail.com", "zoho.com", "tutanota.com", "fastmail.com", "virginmedia.com", "sky.com")
_ORG_TLDS = ("com", "co.uk", "org.uk", "net", "org", "de", "fr", "it", "pt", "com.br", "nl", "pl", "com.mx",
             "com.co", "ie", "gr", "com.tr", "ae", "ma", "co.in", "lk", "sg", "jp", "co.th", "com.ph", "com.ng",
             "co.ke", "co.nz", "is", "nhs.net", "sch.uk", "gov.uk")
_INTERNAL = ("{s}.internal", "corp.{s}.com", "{s}-hq.local", "{s}.ad", "mail.{s}.lan")
_STOP = {"the", "of", "and", "st", "our", "lady", "first", "air", "hotel", "caixa", "farmácia", "gemeente",
         "studio", "legale", "hôpital", "co"}


class ValuesV17(HandTableDrawing, v7.ValuesV7):
    """Draws v17's private values with the per-document RNG ``rng``; user names, handles and IP
    addresses as v7 draws them, from v17's names."""

    id_shapes, iban_bban = _ID_SHAPES, _IBAN_BBAN
    hand_traditions, hand_names, hand_doubled = V17_HAND_TRADITIONS, _NAMES, _DOUBLE
    domain_stop, domain_internal, domain_tlds = _STOP, _INTERNAL, _ORG_TLDS
    domain_split_hyphens = True
    org_towns, org_countries, brand_parts = _ORG_TOWNS, _ORG_COUNTRIES, _BRAND_PARTS

    # people --------------------------------------------------------------------------------
    def email(self, p: Person, domain: str | None) -> str:
        rng = self.rng
        f, last = name_token(p.first), name_token(p.last)
        local = rng.choice((f"{f}.{last}", f"{last}{f[:1]}", f"{f[:2]}.{last}", f"{f}{rng.randrange(1960, 2005)}",
                            f"{f}-{last}", f"{last}_{f}", f"{f[:1]}{last}{rng.randrange(2, 30)}", f"{f}.{last[:1]}"))
        return f"{local}@{domain or rng.choice(_FREE_MAIL)}"

    # identifiers --------------------------------------------------------------------------------
    def ident(self, kind: str, variant: int) -> str:
        """An identifier of ``kind``; ``variant`` (a structural fact) picks its layout."""
        rng = self.rng
        if kind == "iban":
            return self.iban(variant)
        if kind == "nhs":
            while True:
                nine = f"{rng.choice('4689')}{shape(rng, 'NNNNNNNN')}"
                check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(nine)) % 11
                if check != 10:
                    ten = nine + str(0 if check == 11 else check)
                    return f"{ten[:3]} {ten[3:6]} {ten[6:]}"
        if kind == "sin":
            eight = f"{rng.choice('1234567')}{shape(rng, 'NNNNNNN')}"
            nine = eight + str(luhn_digit(eight))
            return f"{nine[:3]}-{nine[3:6]}-{nine[6:]}"
        if kind == "pesel":
            d = self._birth(1946, 60)
            month = d.month + (20 if d.year >= 2000 else 0)
            ten = f"{d.year % 100:02d}{month:02d}{d.day:02d}{shape(rng, 'NNNN')}"
            total = sum(int(c) * w for c, w in zip(ten, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=True))
            return ten + str((10 - total % 10) % 10)
        if kind == "bsn":
            while True:
                eight = f"{rng.randrange(1, 10)}{shape(rng, 'NNNNNNN')}"
                rest = sum(int(c) * w for c, w in zip(eight, (9, 8, 7, 6, 5, 4, 3, 2), strict=True)) % 11
                if rest < 10:
                    return eight + str(rest)
        if kind == "cpf":
            body = shape(rng, "NNNNNNNNN")
            body += str(_cpf_digit(body))
            body += str(_cpf_digit(body))
            return f"{body[:3]}.{body[3:6]}.{body[6:9]}-{body[9:]}"
        if kind == "dni":
            body = f"{rng.randrange(10_000_000, 99_999_999)}"
            return body + _DNI_LETTERS[int(body) % 23]
        if kind == "nric":
            head, digits = rng.choice("ST"), shape(rng, "NNNNNNN")
            total = sum(int(c) * w for c, w in zip(digits, (2, 7, 6, 5, 4, 3, 2), strict=True))
            return f"{head}{digits}{_NRIC_LETTERS[(total + (4 if head == 'T' else 0)) % 11]}"
        return self.shaped_id(kind, variant)

    def iban(self, variant: int) -> str:
        """An IBAN of v17's ``variant // 2``-th country, grouped by four for odd variants."""
        country = tuple(_IBAN_BBAN)[(variant // 2) % len(_IBAN_BBAN)]
        value = with_iban_check(country, shape(self.rng, _IBAN_BBAN[country]))
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if variant % 2 else value

    def id_variants(self, kind: str) -> int:
        """How many layouts ``kind`` has (the range of its structural ``variant``)."""
        if kind == "iban":
            return 2 * len(_IBAN_BBAN)
        if kind in ("nhs", "sin", "pesel", "bsn", "cpf", "dni", "nric"):
            return 1
        if kind not in _ID_SHAPES:
            raise InvalidParameterError(f"unknown identifier kind {kind!r}")
        return len(_ID_SHAPES[kind])
