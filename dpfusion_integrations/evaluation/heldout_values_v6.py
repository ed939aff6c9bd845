"""Value vocabularies and drawing rules of the sixth held-out tagging set (v6).

Written for v6 by an author who did not read the tagger (its rules, gazetteers, word lists, tests or
docs) nor any tagger output on a held-out set. Every name is written here by hand, in 25 naming
traditions none of v1-v5 drew from: Samoan (glottal-stop apostrophes), Uyghur, Volga Tatar, Chechen
(hyphenated given names), Breton (``Le``), West Frisian (``van der``, ``van``), Sardinian, Galician
(``do``, ``da``, doubled surnames), Kalaallisut, Oromo, Tigrinya, Kannada, Malayalam, Gujarati, Sindhi
(two-word given names), Kyrgyz, Tajik and Turkmen (gendered surnames), Mizo, I-Kiribati (``Nei``),
Thai, Kabyle (``Aït``), Scottish Gaelic (gendered ``Nic``/``Mac``, ``Nic an t-Saoir``), Upper Sorbian
and Haitian (hyphenated and doubled surnames). No token of these names is in an earlier set's
hand-written lists, in the Faker name lists of any locale v1-v5 drew names from, or in a PERSON
mention of the frozen v1-v5 files (a test checks all three). Faker is not used for names: every
Latin-script Faker locale with its own name list had already been a name source of v1-v5.

Addresses of 24 countries in their own layouts (floors, blocks, wings, towers, units, P.O. boxes and
private bags, Japanese chōme, Singapore ``#08-456``, Hong Kong ``12/F``, Swedish ``lgh``, German
``Hinterhaus``); phones of 24 countries with six kinds of extension; identifiers of 26 kinds, several
with their real check digits (Spanish DNI letter, Brazilian CPF, Dutch BSN, South African ID and IMEI
Luhn digits, IBANs of 11 countries); dates in 30 styles including German, French, Spanish, Portuguese,
Dutch and Japanese orders; organisations of 18 kinds, some without a kind word (an invented brand).

:class:`ValuesV6` draws every value from one per-document RNG, so a document is reproducible from its
seed (and, since no Faker is involved, with any Faker version). The renderer and the set are in
:mod:`~dpfusion_integrations.evaluation.heldout_v6`.
"""

from __future__ import annotations

import random
from datetime import date

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation.heldout import _ascii
from dpfusion_integrations.evaluation.heldout_build import (
    MONTHS,
    MONTHS_DE,
    MONTHS_ES,
    MONTHS_FR,
    WEEKDAYS,
    LayoutValues,
    Person,
    address_parts,
    brand_word,
    fill_org_form,
    hand_name,
    luhn_digit,
    name_token,
    ordinal,
    shape,
)

__all__ = [
    "DATE_STYLES", "EXTENSIONS", "ID_KINDS", "ORG_FORMS", "PHONE_LAYOUTS", "TOWNS", "V6_ADDRESS_COUNTRIES",
    "V6_HAND_TRADITIONS", "V6_NAME_SOURCES", "V6_PHONE_COUNTRIES", "PersonV6", "ValuesV6", "address_layouts",
    "address_lines", "bsn_is_valid", "cpf_is_valid", "dni_is_valid", "format_date", "luhn_is_valid", "written_names",
]  # fmt: skip

# --------------------------------------------------------------------------------------------
# Names: (female given names, male given names, surnames). ``_`` joins the words of one name,
# ``f|m`` is a surname written differently for women and men.
# --------------------------------------------------------------------------------------------

_NAMES: dict[str, tuple[str, str, str]] = {
    "samoan": ("Malia Lagi Fetu Alofa Vaoiva Sefina Leilua", "Tavita Pesamino Fa'amoe Tanielu Lemalu Iosefa Aukusitino",
               "Tuimavave Fa'asavalu Leavasa Sapolu Aiono Tuiasosopo Fonoti Lealaiauloto Mata'afa Salave'a"),
    "uyghur": ("Gulnisa Mihrigul Zulpiye Patigul Reyhangul Muherrem", "Abduweli Ilham Memet Tursun Alimjan Nurmemet",
               "Tohti Abdurehim Ablimit Rozi Eziz Hoshur Mettursun Imin"),
    "tatar": ("Alsu Gulnaz Ilsiyar Chulpan Raushaniya Liliya", "Ildar Ilnur Rinat Ainur Radik Fanis",
              ("Galieva|Galiev Sharipova|Sharipov Khairullina|Khairullin Minnikhanova|Minnikhanov "
               "Gabdrakhmanova|Gabdrakhmanov Valeeva|Valeev Zakirova|Zakirov")),
    "chechen": ("Zarema Kheda Aminat Zulay Tamila Petimat", "Aslanbek Shamil Zelimkhan Apti Turpal Khamzat Khas-Magomed",
                ("Dudayeva|Dudayev Mezhidova|Mezhidov Saidulayeva|Saidulayev Elmurzayeva|Elmurzayev "
                 "Tsakayeva|Tsakayev Bisultanova|Bisultanov")),
    "breton": ("Nolwenn Gwenaelle Maiwenn Enora Rozenn Azilis Soazig", "Loeiz Goulven Gwenole Yannig Tudal Maodez Riwal",
               "Le_Bihan Kerjean Quéré Guivarc'h Kervella Le_Floc'h Kerhervé Le_Moal Kergoat Le_Quilliec"),
    "frisian": ("Sjoukje Baukje Geeske Tjitske Froukje Wiebrich", "Wybren Hessel Sytse Auke Tjeerd Bauke",
                "Wiersma Bosma Tjalsma Zijlstra van_der_Zwaag Rypma Kingma Hylkema van_Tuinen Westra"),
    "sardinian": ("Bonaria Itria Ignazia Efisia Lussoria Tonina", "Efisio Gavino Bainzu Baingio Giommaria Bachisio",
                  "Zedda Tolu Mereu Pirastu Cossu Atzori Pittau Uccheddu Pusceddu Marongiu"),
    "galician": ("Uxía Antía Iria Xiana Noela Maruxa Aldara", "Brais Xoán Uxío Anxo Roi Breixo Xurxo",
                 "Cotelo Vilariño Regueiro Outeiral do_Cebreiro da_Barreira Louzao Castiñeira Pereiro Fandiño"),
    "kalaallisut": ("Aviaja Nivi Paninnguaq Arnaq Pipaluk Ivalu", "Aputsiaq Inuk Kaali Nukannguaq Angunnguaq Minik",
                    "Kleist Lynge Berthelsen Motzfeldt Petrussen Egede Kreutzmann Heilmann"),
    "oromo": ("Chaltu Bontu Lensa Ayantu Gadise Obse Hawi", "Gemechu Lelisa Tolera Gammachuu Fayisa Abdisa",
              "Gudina Merera Tufa Dabesa Gutema Kumsa Dhugassa Wakjira"),
    "tigrinya": ("Semhar Luwam Yordanos Winta Senait Feven", "Tesfay Mehari Kibrom Filmon Habtom Mebrahtu",
                 "Zerezghi Tesfamariam Okbamichael Ghebreyesus Woldemichael Tesfalidet Tekle Andemariam"),
    "kannada": ("Shwetha Pavithra Chaitra Roopa Sahana Bhoomika", "Manjunath Siddaraju Yogesh Basavaraj Puneeth Darshan",
                "Gowda Kamath Byrappa Halappanavar Puttaswamy Kambar Siddappa Huchchegowda"),
    "malayalam": ("Nimisha Aswathy Reshma Parvathy Meenakshi Dhanya", "Sreejith Anoop Jithin Nithin Sarath Vineeth",
                  "Kurup Panicker Nambiar Thekkedath Poduval Edathil Vadakkedath Chirayil"),
    "gujarati": ("Hetal Jignasha Dharmishtha Krupali Nirali Daxa", "Jignesh Bhavesh Ketan Mehul Chirag Paresh",
                 "Dholakia Vaghela Bhanushali Majithia Zaveri Lakhani Chudasama Mankad"),
    "sindhi": ("Sassui Marvi Noori Sundri Sahiba", "Sain_Bux Sanwal Jiand Hoshu Mithal Allahdino",
               "Soomro Jatoi Junejo Talpur Khoso Abro Mahar Lashari Chandio Bhurgri"),
    "kyrgyz": ("Aizada Cholpon Nazgul Begimai Jyldyz Meerim", "Almazbek Temirlan Kanybek Maksat Eldiyar Nurbek",
               ("Asanbekova|Asanbekov Toktogulova|Toktogulov Zhumabaeva|Zhumabaev Sadyrova|Sadyrov "
                "Osmonalieva|Osmonaliev")),
    "tajik": ("Manizha Mehrona Gulchehra Parvina Sitora Zarrina", "Jamshed Dilshod Bakhtiyor Sherzod Khurshed Umedjon",
              "Rahmonova|Rahmonov Saidzoda Qodirova|Qodirov Safarova|Safarov Ismoilzoda Khudoyorova|Khudoyorov"),
    "turkmen": ("Ogulgerek Maral Bahar Aýna Jemal Selbi", "Merdan Batyr Serdar Döwlet Myrat Atajan",
                "Berdiýewa|Berdiýew Orazowa|Orazow Annaýewa|Annaýew Gurbanowa|Gurbanow Ataýewa|Ataýew"),
    "mizo": ("Lalremruati Zothansangi Lalmuanpuii Vanlalhriatpuii Lalrinpuii", ("Lalrinmawia Vanlalruata "
             "Lalthanzuala Zothanmawia Lalbiakzuala"), "Ralte Hmar Chhangte Khiangte Sailo Pachuau Hnamte Renthlei"),
    "kiribati": ("Teretia Tinaai Bwenawa Nei_Kabuta Tekaai", "Teburoro Taneti Tekautu Baraniko Tebwaau",
                 "Maamau Tebano Kaiea Tiroba Teetaake Bwebwe Tekeaa Rimon"),
    "thai": ("Kanokwan Sirinthip Pimchanok Wannapa Ratchanee Saowalak", "Thanawat Kittipong Chaiwat Nattapong Anucha",
             "Srisuwan Wongsakul Chaiyaporn Phongphaew Thongdee Kaewmanee Suksawat Boonyarit Jantarasuk"),
    "kabyle": ("Tiziri Tanina Lounja Tafsut Dihya Tinhinane", "Amayas Idir Yuba Aksil Ameziane Lounès",
               "Aït_Hamouda Mammeri Aït_Menguellet Feraoun Oulhadj Iguerbouchène Aït_Oumeziane Tidjet"),
    "gaelic": ("Mòrag Ealasaid Seonag Catrìona Peigi Oighrig", "Coinneach Dòmhnall Seumas Tormod Ruairidh Murchadh",
               ("NicLeòid|MacLeòid NicDhòmhnaill|MacDhòmhnaill NicCoinnich|MacCoinnich NicAoidh|MacAoidh "
                "Nic_an_t-Saoir|Mac_an_t-Saoir")),
    "sorbian": ("Měrana Milenka Wórša Hańža Lejna", "Měrćin Pawoł Bjarnat Křesćan Hinc",
                "Krawc Šołta Wjela Brězan Cyž Nawka Hančka Kulmanowa|Kulman"),
    "haitian": ("Mirlande Guerda Wideline Dieula Islande Darline", ("Fritznel Wesner Jocelin Wisly Dieuseul "
                "Ernso"), ("Dorvilien Exantus Louissaint Thélusma Sainvil Desravines Fénelus Joacin")),
}
#: Traditions whose surnames are sometimes doubled with a hyphen.
_DOUBLE = {"breton": "-", "galician": " ", "haitian": "-", "samoan": "-", "sardinian": "-"}
V6_HAND_TRADITIONS = tuple(_NAMES)
#: Every name source, for the meta file.
V6_NAME_SOURCES = tuple(f"hand:{k}" for k in V6_HAND_TRADITIONS)


def written_names(table: dict[str, tuple[str, str, str]] | None = None) -> set[str]:
    """Every name a hand-written table can write (``_`` joins words, ``f|m`` gendered forms); v6's by default."""
    table = _NAMES if table is None else table
    return {part.replace("_", " ") for row in table.values() for group in row for name in group.split()
            for part in name.split("|")}


class PersonV6(Person):
    """A person's name parts; ``last`` may hold particles (``Le``, ``Aït``, ``van der``) or two surnames."""


# --------------------------------------------------------------------------------------------
# Phones (layouts of :func:`~dpfusion_integrations.evaluation.heldout_build.shape`)
# --------------------------------------------------------------------------------------------

PHONE_LAYOUTS: dict[str, tuple[str, ...]] = {
    "JP": ("090-NNNN-NNNN", "+81 80 NNNN NNNN", "03-NNNN-NNNN", "(06) NNNN-NNNN"),
    "KR": ("010-NNNN-NNNN", "+82 10 NNNN NNNN", "02-NNN-NNNN"),
    "SG": ("+65 9NNN NNNN", "6NNN NNNN", "+65-8NNN-NNNN"),
    "HK": ("+852 9NNN NNNN", "2NNN NNNN", "+852-6NNN-NNNN"),
    "PH": ("+63 917 NNN NNNN", "0917-NNN-NNNN", "(02) 8NNN NNNN"),
    "AE": ("+971 50 NNN NNNN", "050 NNN NNNN", "+971 4 NNN NNNN", "04-NNNNNNN"),
    "NG": ("+234 803 NNN NNNN", "0803 NNN NNNN", "0809NNNNNNN"),
    "KE": ("+254 7NN NNNNNN", "07NN NNN NNN", "+254 20 NNN NNNN"),
    "ZA": ("+27 82 NNN NNNN", "082 NNN NNNN", "(021) NNN NNNN", "011-NNN-NNNN"),
    "BR": ("+55 11 9NNNN-NNNN", "(11) 9NNNN-NNNN", "(21) 3NNN-NNNN"),
    "AR": ("+54 9 11 NNNN-NNNN", "011 NNNN-NNNN", "(0351) NNN-NNNN"),
    "MX": ("+52 55 NNNN NNNN", "55 NNNN NNNN", "(33) NNNN-NNNN"),
    "DE": ("+49 151 NNNNNNNN", "0171 NNNNNNN", "030 NNNNNNN", "(089) NNN NN NN"),
    "NL": ("+31 6 NNNNNNNN", "06-NNNNNNNN", "020 NNN NNNN"),
    "PL": ("+48 5NN NNN NNN", "5NN-NNN-NNN", "22 NNN NN NN"),
    "FR": ("06 NN NN NN NN", "+33 7 NN NN NN NN", "01.NN.NN.NN.NN"),
    "ES": ("+34 6NN NN NN NN", "6NN NNN NNN", "91 NNN NN NN"),
    "SE": ("070-NNN NN NN", "+46 73 NNN NN NN", "08-NNN NNN NN"),
    "CA": ("(NNN) NNN-NNNN", "+1 604 NNN NNNN", "NNN.NNN.NNNN"),
    "AU": ("04NN NNN NNN", "+61 4NN NNN NNN", "(08) NNNN NNNN"),
    "IN": ("+91 98NNN NNNNN", "098NNNNNNNN", "080-NNNN NNNN"),
    "TR": ("+90 5NN NNN NN NN", "05NN NNN NN NN", "0212 NNN NN NN"),
    "IE": ("08N NNN NNNN", "+353 8N NNN NNNN", "(01) NNN NNNN"),
    "CH": ("+41 79 NNN NN NN", "079 NNN NN NN", "044 NNN NN NN"),
}
V6_PHONE_COUNTRIES = tuple(PHONE_LAYOUTS)
EXTENSIONS = (" ext. NNN", " x NNNN", " (int. NN)", " Durchwahl NN", " #NNN", " loc. NNN")


# --------------------------------------------------------------------------------------------
# Addresses: country -> (streets, towns, districts, postcode layout, line layouts). A line layout is
# ``/``-separated lines of ``|``-separated parts, each ``code:pattern`` (S street, U unit, B building,
# D district, C city, P postcode); parts of one line are joined by ", ", lines by the separator;
# ``{sl}`` writes a slash inside a part.
# --------------------------------------------------------------------------------------------

_ADDRESS: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "JP": ("Nishi-Shinjuku;Jingumae;Nakameguro;Sakae;Tenjin;Umeda", "Tokyo;Osaka;Nagoya;Fukuoka;Sapporo;Sendai",
           "Shinjuku-ku;Shibuya-ku;Meguro-ku;Naka-ku;Chuo-ku;Kita-ku", "NNN-NNNN",
           ("U:Room {u}0{u2}|S:{m}-{n}-{u2} {s}/D:{d}|C:{t} {pc}", "S:{u2}-chōme {m}-{n} {s}|D:{d}/C:{t}|P:{pc}")),
    "KR": ("Teheran-ro;Sejong-daero;Haeundae-ro;Olympic-ro;Dongil-ro", "Seoul;Busan;Incheon;Daegu;Daejeon",
           "Gangnam-gu;Jongno-gu;Haeundae-gu;Songpa-gu;Mapo-gu", "0NNNN",
           ("U:Apt {u}0{u2}|B:Dong {m}|S:{n} {s}/D:{d}|C:{t} {pc}", "S:{n} {s} {m}-gil/D:{d}|C:{t}")),
    "SG": ("Tampines Street 11;Ang Mo Kio Avenue 3;Jurong West Street 52;Toa Payoh Lorong 1;Bedok North Road",
           "Singapore", "", "NNNNNN", ("B:Blk {n}|S:{s}/U:#0{u2}-{n}{u}/C:{t} {pc}", "S:{n} {s}|U:#1{u2}-0{u2}/C:{t} {pc}")),
    "HK": ("Taikoo Shing Road;Nathan Road;Pok Fu Lam Road;Tin Hau Temple Road;Sha Tin Centre Street",
           "Hong Kong;Kowloon;New Territories", "Quarry Bay;Mong Kok;Pok Fu Lam;North Point;Sha Tin", "",
           ("U:Flat {b}|U:{u}{sl}F|B:Block {u2}/S:{n} {s}/D:{d}|C:{t}", "U:Flat {u}0{u2}|B:Tower {u2}/S:{n} {s}|D:{d}")),
    "PH": ("Ayala Avenue;Katipunan Avenue;Jupiter Street;Mabini Street;Osmeña Boulevard", ("Makati City;Quezon City;"
           "Cebu City;Davao City;Pasig City"), "Bel-Air;Loyola Heights;Kapitolyo;Lahug;Poblacion", "1NNN",
           ("U:Unit {u}{b}|B:Tower {u2}|S:{n} {s}/D:{d}|C:{t} {pc}", "S:{n} {s}|D:Brgy. {d}/C:{t}")),
    "AE": ("Street {m};Sheikh Zayed Road;Al Wasl Road;Hamdan Street;Corniche Road", "Dubai;Abu Dhabi;Sharjah;Al Ain",
           "Al Barsha 2;Jumeirah 1;Al Nahyan;Al Majaz 3;Mirdif", "",
           ("U:Villa {n}|S:{s}/D:{d}|C:{t}", "S:P.O. Box {box}/C:{t}", "U:Apt {u}0{u2}|B:Al {B} Tower/D:{d}|C:{t}")),
    "NG": ("Adeola Odeku Street;Awolowo Road;Aminu Kano Crescent;Herbert Macaulay Way;Ogui Road",
           "Lagos;Abuja;Enugu;Ibadan;Port Harcourt;Kano", "Victoria Island;Ikoyi;Wuse II;Bodija;Surulere", "NNNNNN",
           ("U:Plot {n}|S:{s}/D:{d}|C:{t} {pc}", "U:Flat {u}|B:Block {b}|S:{s}/D:{d}|C:{t}", "S:P.M.B. {box}/C:{t}")),
    "KE": ("Ngong Road;Moi Avenue;Kenyatta Avenue;Argwings Kodhek Road;Lenana Road", "Nairobi;Mombasa;Kisumu;Nakuru;Eldoret",
           "Kilimani;Westlands;Nyali;Milimani;Lavington", "00NNN",
           ("S:P.O. Box {box}-{pc}/C:{t}", "U:House No. {n}|S:{s}/D:{d}|C:{t}", "U:Apt {u}{b}|B:{B} Court|S:{s}/C:{t}")),
    "ZA": ("Main Road;Long Street;Jan Smuts Avenue;Florida Road;Voortrekker Road", ("Cape Town;Johannesburg;"
           "Durban;Pretoria;Gqeberha"), "Claremont;Parkhurst;Morningside;Hatfield;Observatory", "NNNN",
           ("U:Unit {u}|B:{B} Villas/S:{n} {s}|D:{d}/C:{t}|P:{pc}", "S:PO Box {box}|D:{d}/C:{t} {pc}")),
    "BR": ("Rua Augusta;Avenida Paulista;Rua Oscar Freire;Rua Voluntários da Pátria;Avenida Sete de Setembro",
           "São Paulo;Rio de Janeiro;Belo Horizonte;Salvador;Curitiba", "Consolação;Botafogo;Savassi;Barra;Batel",
           "NNNNN-NNN", ("S:{s}|S:{n}{m}|U:apto {u}{u2}/D:{d}|C:{t} - SP|P:{pc}", "S:{s}|S:{n}|U:bloco {b}|U:ap. {u}0{u2}/C:{t}|P:{pc}")),
    "AR": ("Av. Corrientes;Calle Florida;Av. Santa Fe;Calle Defensa;Bv. San Juan", "Buenos Aires;Córdoba;Rosario;Mendoza",
           "Almagro;Palermo;San Telmo;Nueva Córdoba;Recoleta", "ANNNNAAA",
           ("S:{s} {n}{m}|U:Piso {u2}|U:Depto {b}/D:{d}|C:{pc} {t}", "S:{s} {n}{m}|U:{u2}° {b}/C:{t}")),
    "MX": ("Calle Durango;Av. Insurgentes Sur;Calle Colima;Av. Vallarta;Calle Hidalgo", ("Ciudad de México;"
           "Guadalajara;Monterrey;Puebla;Mérida"), "Col. Roma Norte;Col. Del Valle;Col. Americana;Col. Centro", "NNNNN",
           ("S:{s} {n}|U:Int. {u}/D:{d}|C:{pc} {t}", "S:{s} {n}{m}|U:Depto. {u}0{u2}/D:{d}|C:{pc} {t}")),
    "DE": ("Oranienstraße;Schönhauser Allee;Sendlinger Straße;Am Sandtorkai;Bergmannstraße", ("Berlin;München;"
           "Hamburg;Leipzig;Köln;Freiburg im Breisgau"), "", "NNNNN",
           ("U:Hinterhaus|U:{u2}. OG links|S:{s} {n}/C:{pc} {t}", "S:{s} {n}{b}/C:{pc} {t}", "S:Postfach {box}/C:{pc} {t}")),
    "NL": ("Prinsengracht;Oudegracht;Witte de Withstraat;Vismarkt;Lange Voorhout", "Amsterdam;Utrecht;Rotterdam;Groningen;Den Haag",
           "", "NNNN AA", ("S:{s} {n}-{u2}/C:{pc} {t}", "S:{s} {n} {b}/C:{pc}|C:{T}")),
    "PL": ("ul. Marszałkowska;ul. Piotrkowska;al. Grunwaldzka;ul. Długa;ul. Świętojańska", ("Warszawa;Łódź;Gdańsk;"
           "Kraków;Gdynia;Poznań"), "", "NN-NNN", ("S:{s} {n}{sl}{m} m. {u}/C:{pc} {t}", "S:{s} {n}|U:lok. {u}/C:{pc} {t}")),
    "FR": ("rue des Lilas;avenue Jean Jaurès;boulevard de la Croix-Rousse;rue Sainte-Catherine;quai de la Fosse",
           "Lyon;Bordeaux;Nantes;Lille;Fort-de-France;Toulouse", "", "NNNNN",
           ("U:Bât. {b}|U:Esc. {u2}/S:{n} {s}/C:{pc} {t}", "S:BP {box}/C:{pc} {t} Cedex", "S:{n} bis {s}/C:{pc} {t}")),
    "ES": ("C/ Mayor;Av. de la Constitución;C/ San Vicente Mártir;Passeig de Gràcia;C/ Larios", ("Madrid;Sevilla;"
           "Valencia;Barcelona;Málaga;Bilbao"), "", "NNNNN", ("S:{s}|S:{n}|U:{u2}º {u2}ª/C:{pc} {t}", "S:{s} {n}|U:bajo {b}/C:{pc} {t}",
                                                                 "S:Apartado de Correos {box}/C:{pc} {t}")),
    "SE": ("Storgatan;Drottninggatan;Kungsgatan;Vasagatan;Södra Vägen", "Göteborg;Stockholm;Malmö;Uppsala;Umeå", "", "NNN NN",
           ("S:{s} {n}|U:lgh 1{u2}0{u2}/C:{pc} {t}", "S:{s} {n}|U:{u2} tr/C:{pc} {t}")),
    "CA": ("Harbour Street;Rue Saint-Denis;Jasper Avenue;Commercial Drive;Barrington Street", ("Toronto ON;Montréal QC;"
           "Edmonton AB;Vancouver BC;Halifax NS;Whitehorse YT"), "", "ANA NAN",
           ("U:Apt {u}0{u2}|S:{n} {s}/C:{t}|P:{pc}", "S:PO Box {box}|S:Stn Main/C:{t}|P:{pc}", "U:{u}-{n} {s}/C:{t}|P:{pc}")),
    "AU": ("Smith Street;Brunswick Street;Hay Street;Chapel Street;Stuart Highway", ("Fitzroy VIC;Perth WA;Alice Springs NT;"
           "Newtown NSW;Hobart TAS"), "", "NNNN", ("S:Unit {u}{sl}{n} {s}/C:{t} {pc}", "S:PO Box {box}/C:{t} {pc}",
                                                   "U:Level {u2}|S:{n} {s}/C:{t} {pc}")),
    "IN": ("Sector 17;MG Road;Linking Road;Anna Salai;Park Street", "Navi Mumbai;Bengaluru;Chennai;Kolkata;Pune;Kochi",
           "Vashi;Indiranagar;T. Nagar;Salt Lake;Kothrud;Kakkanad", "NNNNNN",
           ("U:Flat {u}0{u2}|B:{b}-Wing|B:{B} CHS|S:{s}/D:{d}|C:{t} {pc}", "U:No. {n}|S:{m}th Cross|S:{s}/D:{d}|C:{t} - {pc}")),
    "TR": ("Bağdat Caddesi;İstiklal Caddesi;Atatürk Bulvarı;Kıbrıs Şehitleri Caddesi;Cumhuriyet Caddesi",
           "İstanbul;Ankara;İzmir;Antalya;Bursa", "Kadıköy;Beyoğlu;Çankaya;Alsancak;Muratpaşa", "NNNNN",
           ("S:{s} No: {n}|U:D: {u}/D:{d}|C:{pc} {t}", "S:{m}. Sokak No: {n}{sl}{u}/D:{d}|C:{t}")),
    "IE": ("Main Street;Rathmines Road Lower;Shop Street;Patrick Street;The Mall", "Dublin 6;Galway;Cork;Kilkenny;Sligo",
           "", "ANN ANNN", ("U:Apt {u}|B:{B} House|S:{s}/C:{t}|P:{pc}", "S:{n} {s}/C:{t}|P:{pc}")),
    "CH": ("Bahnhofstrasse;Rue du Rhône;Via Nassa;Spalenberg;Kramgasse", "Zürich;Genève;Lugano;Basel;Bern", "", "NNNN",
           ("S:{s} {n}/C:CH-{pc} {t}", "S:Postfach {box}|S:{s} {n}/C:{pc} {t}")),
}
V6_ADDRESS_COUNTRIES = tuple(_ADDRESS)
TOWNS = {c: tuple(t for t in v[1].split(";")) for c, v in _ADDRESS.items()}
_SUBTYPES = {"S": "street", "U": "unit", "B": "building", "D": "district", "C": "city", "P": "postcode"}
_BUILDING_WORDS = ("Sunset", "Jacaranda", "Harbourview", "Orchid", "Palm", "Cedar", "Crescent", "Lakeside", "Marina")


def address_layouts(country: str) -> tuple[str, ...]:
    """The line layouts of ``country`` (the structural choice of a document's address)."""
    return _ADDRESS[country][4]


def address_lines(rng: random.Random, country: str, layout: str) -> tuple[list[list[tuple[str, str]]], str]:
    """One address as lines of ``(text, subtype)`` parts, and its bare town; the layout (a structural
    fact) fixes how many lines and parts there are, the RNG only what they say."""
    streets, towns, districts, pc_layout, _ = _ADDRESS[country]
    town = rng.choice(towns.split(";"))
    values = {"n": str(rng.randrange(1, 240)), "m": str(rng.randrange(2, 60)), "u": str(rng.randrange(1, 40)),
              "u2": str(rng.randrange(1, 10)), "b": rng.choice("ABCDEF"), "box": str(rng.randrange(100, 99999)),
              "pc": shape(rng, pc_layout), "t": town, "T": town.upper(), "B": rng.choice(_BUILDING_WORDS),
              "sl": "/", "d": rng.choice(districts.split(";")) if districts else "", "s": rng.choice(streets.split(";"))}
    lines = address_parts(layout, values, _SUBTYPES)
    return lines, town.rsplit(" ", 1)[0] if country in ("CA", "AU") else town


# --------------------------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------------------------

_ID_SHAPES: dict[str, tuple[str, ...]] = {
    # national numbers: JP My Number, KR RRN, SG NRIC, HK HKID, PH PhilSys, AE Emirates ID, NG NIN, KE ID,
    # AR DNI, MX CURP, DE tax id, PL PESEL, FR NIR, IT codice fiscale, SE personnummer, IN Aadhaar, TR TCKN
    "natid": ("NNNN NNNN NNNN", "NNNNNN-NNNNNNN", "S9NNNNNNA", "A NNNNNN(N)", "NNNN-NNNN-NNNN-NNNN", "784-19NN-NNNNNNN-N",
              "NNNNNNNNNNN", "NNNNNNNN", "NN.NNN.NNN", "AAAANNNNNN\\HAAAAAXN", "NN NNN NNN NNN", "NNNNNNNNNNN",
              "1 NN NN NN NNN NNN NN", "AAAAAANNANNANNNA", "NNNNNN-NNNN", "NNNN NNNN NNNN", "NNNNNNNNNNN"),
    "tax": ("NN/NNN/NNNNN", "NNN-NN-NNNNN", "AAAAANNNNA", "NNN NNN NNN", "NNNNNNNNNN-NNNN"),
    "passport": ("TNNNNNNN", "MNNNNNNNN", "ANNNNNNNN", "AANNNNNNN", "NNAANNNNN"),
    "plate": ("品川 NNN あ NN-NN", "NN가 NNNN", "SAA NNNNA", "AA NNNN", "KAA NNNA", "AAA-NNNN", "B-AA NNNN",
              "NN-AAA-N", "WA NNNNA", "AA-NNN-AA", "NNNN AAA", "AAA NNN"),
    "licence": ("ANNNN-NNNNN-NNNNN", "NNNNNNNN", "AANNNNNN", "NNNNNNNNNN"),
    "student": ("NNNNNNNNN", "u NNNNNNN", "S20YNNNNNA", "NNNN-NNNN"),
    "case": ("PRB/202Y/NNNNN", "NN-CR-NNNN", "CS\\N-NNNNNN", "AANN-NNNNN/2Y", "NN-NNNN",
             "MOR-202Y-NNNN", "NNNNNN/2Y/A"),
    "booking": ("XXXXXX", "R\\A-NNNNNNN", "NNNNNNNNN", "RES-XXXXXX"),
    "staff": ("CRW NNNNN", "EMP-NNNNN", "NNNNNN", "AANNNN"),
    "ticket": ("TKT-NNNNNN", "#NNNNNN", "MOD-NNNNN", "CS-202Y-NNNNNN"),
    "account": ("NNNNNNNNNN", "NNNN-NNNN-NNNN", "NN-NNNN-NNNNNNN-NN", "NNNNNNNN"),
    "loan": ("M\\L-NNNNNNN", "NNNNNNNNNN/NN", "\\H\\L202YNNNNNN"),
    "policy": ("PO\\L-NNNNNNNN", "AANNNNNNNN", "FP-NNNNNN"),
    "member": ("NNNN NNNN NNNN NN", "\\LIB-NNNNNNN", "NNNNNNNNNNNNNN"),
    "record": ("MR\\N NNNNNNN", "NNNNNNN", "OPT-NNNNN", "\\HC/NNNNN"),
    "invoice": ("I\\NV-202Y-NNNN", "NNNNNN", "FD-NNNNN"),
    "contract": ("\\AGR-NNNNNNN", "NNNNNNNN-NN", "R\\A NNNNNNNN"),
    "aircraft": ("\\A6-AAA", "9V-AAA", "V\\H-AAA", "J\\A8NNA", "C-FAAA", "D-AAAA", "P\\H-AAA"),
    "vin": ("XXXXXXXXXXXXXXXXX",),
    "grant": ("GR-202Y-NNNN", "NNNNNN"),
}
#: Identifier kinds (template slot ``{idN.kind}``) and their reported subtype.
ID_KINDS = {**{k: k for k in _ID_SHAPES}, "natid": "national", "dni": "national", "cpf": "national",
            "bsn": "national", "zaid": "national", "imei": "device", "iban": "iban"}
_IBAN_BBAN = {"DE": "NNNNNNNNNNNNNNNNNN", "NL": "AAAANNNNNNNNNN", "FR": "NNNNNNNNNNXXXXXXXXXXXNN",
              "ES": "NNNNNNNNNNNNNNNNNNNN", "IE": "AAAANNNNNNNNNNNNNN", "CH": "NNNNNXXXXXXXXXXXX",
              "SE": "NNNNNNNNNNNNNNNNNNNN", "PL": "NNNNNNNNNNNNNNNNNNNNNNNN", "TR": "NNNNNNXXXXXXXXXXXXXXXX",
              "AE": "NNNNNNNNNNNNNNNNNNN", "BR": "NNNNNNNNNNNNNNNNNNNNNNNNNAX"}


def luhn_is_valid(value: str) -> bool:
    """Luhn check of the digits of ``value`` (South African ID numbers, IMEIs)."""
    digits = "".join(ch for ch in value if ch.isdigit())
    return len(digits) > 1 and luhn_digit(digits[:-1]) == int(digits[-1])


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_is_valid(value: str) -> bool:
    """Spanish DNI: eight digits and the letter of their remainder modulo 23."""
    return len(value) == 9 and value[:8].isdigit() and _DNI_LETTERS[int(value[:8]) % 23] == value[8]


def _cpf_digits(nine: str) -> str:
    d1 = (sum(int(c) * w for c, w in zip(nine, range(10, 1, -1), strict=True)) * 10) % 11 % 10
    d2 = (sum(int(c) * w for c, w in zip(nine + str(d1), range(11, 1, -1), strict=True)) * 10) % 11 % 10
    return f"{d1}{d2}"


def cpf_is_valid(value: str) -> bool:
    """Brazilian CPF: nine digits and two mod-11 check digits (``NNN.NNN.NNN-NN``)."""
    digits = "".join(ch for ch in value if ch.isdigit())
    return len(digits) == 11 and _cpf_digits(digits[:9]) == digits[9:]


def bsn_is_valid(value: str) -> bool:
    """Dutch BSN: the weighted sum (9..2, then -1) of its nine digits is a multiple of 11."""
    digits = "".join(ch for ch in value if ch.isdigit())
    return len(digits) == 9 and sum(int(c) * w for c, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1),
                                                               strict=True)) % 11 == 0


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

_MONTHS_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
              "novembro", "dezembro")
_MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
              "november", "december")
DATE_STYLES = ("d/m/Y", "m/d/Y", "d.m.Y", "Y-m-d", "d-m-Y", "Y/m/d", "dd/mm/yy", "m/d/yy", "d Month Y", "Month d, Y",
               "d Mon Y", "Mon d, Y", "DD-MON-YYYY", "Wkd, d Mon", "Weekday d Month Y", "dth Month", "Month dth, Y",
               "Y年m月d日", "d. Monat Y", "d mois Y", "d de mes de Y", "d de mês de Y", "d maand Y", "Ymd",
               "d.m.yy", "Month Y", "d Mon", "Mon d", "d/m", "m/d")
#: Styles without month or weekday words.
NUMERIC_STYLES = ("d/m/Y", "m/d/Y", "d.m.Y", "Y-m-d", "d-m-Y", "Y/m/d", "dd/mm/yy", "m/d/yy", "Y年m月d日", "d.m.yy")
#: Styles of a day within the year (no year written).
SHORT_STYLES = ("d Mon", "Mon d", "d/m", "m/d", "dth Month", "Wkd, d Mon")
#: Styles in words, English and other languages' orders.
TEXT_STYLES = ("d Month Y", "Month d, Y", "d Mon Y", "Weekday d Month Y", "Month dth, Y", "d. Monat Y", "d mois Y",
               "d de mes de Y", "d de mês de Y", "d maand Y", "DD-MON-YYYY")


def format_date(d: date, style: str) -> str:
    """``d`` written in one of :data:`DATE_STYLES`."""
    i = d.month - 1
    month, mon, yy, day = MONTHS[i], MONTHS[i][:3], f"{d.year % 100:02d}", WEEKDAYS[d.weekday()]
    table = {
        "d/m/Y": f"{d.day}/{d.month}/{d.year}", "m/d/Y": f"{d.month}/{d.day}/{d.year}",
        "d.m.Y": f"{d.day:02d}.{d.month:02d}.{d.year}", "Y-m-d": d.isoformat(), "d-m-Y": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "Y/m/d": f"{d.year}/{d.month:02d}/{d.day:02d}", "dd/mm/yy": f"{d.day:02d}/{d.month:02d}/{yy}",
        "m/d/yy": f"{d.month}/{d.day}/{yy}", "d Month Y": f"{d.day} {month} {d.year}",
        "Month d, Y": f"{month} {d.day}, {d.year}", "d Mon Y": f"{d.day} {mon} {d.year}", "Mon d, Y": f"{mon} {d.day}, {d.year}",
        "DD-MON-YYYY": f"{d.day:02d}-{mon.upper()}-{d.year}", "Wkd, d Mon": f"{day[:3]}, {d.day} {mon}",
        "Weekday d Month Y": f"{day} {d.day} {month} {d.year}", "dth Month": f"{ordinal(d.day)} {month}",
        "Month dth, Y": f"{month} {ordinal(d.day)}, {d.year}", "Y年m月d日": f"{d.year}年{d.month}月{d.day}日",
        "d. Monat Y": f"{d.day}. {MONTHS_DE[i]} {d.year}", "d mois Y": f"{d.day} {MONTHS_FR[i]} {d.year}",
        "d de mes de Y": f"{d.day} de {MONTHS_ES[i]} de {d.year}", "d de mês de Y": f"{d.day} de {_MONTHS_PT[i]} de {d.year}",
        "d maand Y": f"{d.day} {_MONTHS_NL[i]} {d.year}", "Ymd": f"{d.year}{d.month:02d}{d.day:02d}",
        "d.m.yy": f"{d.day}.{d.month}.{yy}", "Month Y": f"{month} {d.year}", "d Mon": f"{d.day} {mon}",
        "Mon d": f"{mon} {d.day}", "d/m": f"{d.day}/{d.month}", "m/d": f"{d.month}/{d.day}",
    }
    if style not in table:
        raise InvalidParameterError(f"unknown date style {style!r}")
    return table[style]


# --------------------------------------------------------------------------------------------
# Organisations: ``{B}`` an invented brand, ``{T}`` a town, ``{L}``/``{L2}`` surnames, ``{F}`` a given name
# --------------------------------------------------------------------------------------------

_BRAND_PARTS = ("quel", "ar", "vin", "to", "bex", "ul", "mira", "sto", "ne", "dal", "fio", "kor", "ya", "lum", "pe",
                "tav", "ri", "ost", "ja", "nel", "bo", "cin", "ez", "hal", "mu", "sa", "ter", "wy", "on", "dri")
ORG_FORMS: dict[str, tuple[str, ...]] = {
    "university": ("University of {T}", "{T} Institute of Technology", "{L} College", "{B} University",
                   "{T} School of Nursing", "Universidad {B}"),
    "nursery": ("Little {B}", "{T} Day Nursery", "{B} Kids", "Tiny Steps {T}", "{L}'s Playhouse", "Kita {B}"),
    "airline": ("{B} Air", "{B}jet", "Air {B}", "{B} Airways", "{T} Wings", "{B} Aviation"),
    "airport_firm": ("{B} Ground Services", "{B} Aviation Catering", "{T} Airport Handling", "{B} Cargo Partners"),
    "ngo": ("{T} Refugee Welcome", "{B} Aid", "Hands for {T}", "{B} Relief", "{T} Food Bank", "{B} Trust"),
    "platform": ("{B}", "{B} Guild", "{B} Online", "the {B} Discord", "{B}Craft"),
    "care": ("{B} Home Care", "{T} Care Partners", "{L} Carers", "{B} Living", "Helping Hands {T}"),
    "funeral": ("{L} & Sons Funeral Directors", "{T} Funeral Home", "{B} Memorials", "{L} Family Funerals",
                "Pompes Funèbres {L}"),
    "rental": ("{B} Car Hire", "{B} Rent", "{T} Van Rental", "{B} Drive", "{L} Motors"),
    "hotel": ("Hotel {B}", "The {B}", "{T} Harbour Hotel", "{B} Suites", "Residenza {L}", "{L} House"),
    "library": ("{T} Central Library", "{B} Reading Rooms", "{L} Memorial Library"),
    "media": ("the {T} Courier", "{B} News", "{T} Evening Post", "Radio {B}", "{B} Daily"),
    "optician": ("{L} Opticians", "{B} Eyecare", "{T} Vision Centre", "Optique {L}", "{B} Optics"),
    "lawfirm": ("{L} & {L2}", "{L} Solicitors", "{B} Legal", "{L} Notaries", "Studio Legale {L}"),
    "lender": ("{B} Bank", "{B} Home Loans", "{T} Building Society", "{B} Mortgages", "{T} Credit Union"),
    "broker": ("{L} Mortgage Advice", "{B} Finance", "{L} & {L2} Brokers", "{B}"),
    "employer": ("{B}", "{B} Ltd", "{B} GmbH", "{B} S.A.", "{L} & {L2}", "{B} Systems", "{B} Pte Ltd", "{B} K.K."),
    "clinic": ("{B} Medical Centre", "{T} Family Practice", "Dr {L}'s Surgery", "{B} Health", "{T} Polyclinic"),
}


def brand(rng: random.Random) -> str:
    """An invented, pronounceable company-like word ("Quelvin")."""
    return brand_word(rng, _BRAND_PARTS)


# --------------------------------------------------------------------------------------------
# Contacts
# --------------------------------------------------------------------------------------------

_FREE_MAIL = ("gmail.com", "outlook.com", "yahoo.co.jp", "naver.com", "yahoo.com.ph", "icloud.com", "web.de",
              "hotmail.nl", "wp.pl", "laposte.net", "bol.com.br", "yahoo.com.ar", "prodigy.net.mx", "telia.com",
              "bluewin.ch", "eircom.net", "rediffmail.com", "yandex.com.tr", "mweb.co.za", "proton.me", "fastmail.com")
_ORG_TLDS = ("co.jp", "co.kr", "com.sg", "com.hk", "com.ph", "ae", "com.ng", "co.ke", "co.za", "com.br", "com.ar",
             "com.mx", "de", "nl", "pl", "fr", "es", "se", "ca", "com.au", "in", "com.tr", "ie", "ch", "org", "io")
_INTERNAL = ("{s}.corp", "intranet.{s}.test", "{s}.home.arpa", "mail.{s}.example", "{s}-ad.local", "{s}.lan")
_GAME_SUFFIXES = ("_x", "99", "TTV", "_gg", "420", "_main", "xd", "_zz")


class ValuesV6(LayoutValues):
    """Draws private values with the per-document RNG ``rng``."""

    id_shapes, iban_bban = _ID_SHAPES, _IBAN_BBAN

    # people --------------------------------------------------------------------------------
    def person(self, gender: str) -> PersonV6:
        rng = self.rng
        female = gender == "f"
        key = rng.choice(V6_HAND_TRADITIONS)
        first, last = hand_name(rng, _NAMES[key], female, _DOUBLE.get(key), 0.2)
        return PersonV6(first, last, gender, f"hand:{key}")

    def username(self, p: PersonV6) -> str:
        rng = self.rng
        f, last = name_token(p.first), name_token(p.last)
        return rng.choice((f"{f}.{last}", f"{f}{last[:2]}", f"{f[:1]}_{last}", f"{f}{rng.randrange(1, 100)}",
                           f"{last}.{f[:1]}", f"{f}-{last}", f"{f}{rng.choice(_GAME_SUFFIXES)}"))

    def handle(self, p: PersonV6, platform: str) -> tuple[str, str]:
        """``(value, subtype)`` of ``p``'s account on ``platform``."""
        rng, user = self.rng, self.username(p)
        f, last = name_token(p.first), name_token(p.last)
        values = {
            "at": (f"@{user}", "handle"), "discord": (rng.choice((user.replace(".", "_"), f"{f}{last[:1]}#{rng.randrange(1000, 9999)}")), "handle"),
            "reddit": (f"u/{user.replace('.', '_')}", "handle"), "bsky": (f"@{f}{last}.bsky.social", "handle"),
            "steam": (f"steamcommunity.com/id/{user.replace('.', '')}", "url"),
            "twitch": (f"twitch.tv/{user.replace('.', '_')}", "url"), "kakao": (f"{f}{rng.randrange(10, 99)}", "handle"),
            "viber": (f"@{f}_{last}", "handle"), "user": (rng.choice((f"{f[:1]}{last}", f"{last}{f[:1]}", f"{f}.{last}")), "handle"),
            "site": (rng.choice((f"https://{f}{last}.net", f"{last}-{f}.blog", f"https://www.{last}.{f}.name")), "url"),
        }
        if platform not in values:
            raise InvalidParameterError(f"unknown platform {platform!r}")
        return values[platform]

    def email(self, p: PersonV6, domain: str | None) -> str:
        rng = self.rng
        f, last = name_token(p.first), name_token(p.last)
        local = rng.choice((f"{f}.{last}", f"{f[:1]}.{last}", f"{f}{rng.randrange(1, 99)}", f"{last}{f[:1]}",
                            f"{f}-{last}", f"{last}.{f}{rng.randrange(70, 100)}"))
        return f"{local}@{domain or rng.choice(_FREE_MAIL)}"

    def org_domain(self, org: str, *, internal: bool = False) -> str:
        stop = ("the", "university", "hotel", "of", "air", "kita", "little", "tiny", "dr", "radio", "pompes",
                "optique", "studio", "universidad", "residenza", "hands", "helping")
        words = [_ascii(w) for w in org.split() if _ascii(w) and _ascii(w) not in stop]
        slug = (words[0] if words else _ascii(org) or "org")[:14]
        if internal:
            return self.rng.choice(_INTERNAL).format(s=slug)
        return f"{slug}.{self.rng.choice(_ORG_TLDS)}"

    def ip(self) -> str:
        rng = self.rng
        return (f"{rng.choice((5, 31, 77, 95, 109, 141, 185, 203))}.{rng.randrange(256)}.{rng.randrange(256)}."
                f"{rng.randrange(1, 255)}")

    # organisations ------------------------------------------------------------------------------
    def org(self, form: str) -> str:
        rng = self.rng
        p, q = self.person(rng.choice("fm")), self.person(rng.choice("fm"))
        town = rng.choice(TOWNS[rng.choice(V6_ADDRESS_COUNTRIES)])
        town = town.rsplit(" ", 1)[0] if town.split()[-1].isupper() or town.split()[-1].isdigit() else town
        return fill_org_form(form, brand(rng), town, p, q)

    # identifiers --------------------------------------------------------------------------------
    def ident(self, kind: str, variant: int) -> str:
        """An identifier of ``kind``; ``variant`` (a structural fact) picks its country or layout."""
        rng = self.rng
        if kind == "iban":
            return self.iban(variant)
        if kind == "dni":
            digits = shape(rng, "NNNNNNNN")
            return digits + _DNI_LETTERS[int(digits) % 23]
        if kind == "cpf":
            nine = shape(rng, "NNNNNNNNN")
            value = nine + _cpf_digits(nine)
            return f"{value[:3]}.{value[3:6]}.{value[6:9]}-{value[9:]}" if variant % 2 else value
        if kind == "bsn":
            while True:
                digits = shape(rng, "NNNNNNNNN")
                if bsn_is_valid(digits) and digits[0] != "0":
                    return digits if variant % 2 else f"{digits[:4]}.{digits[4:6]}.{digits[6:]}"
        if kind == "zaid":
            birth = date(1950, 1, 1).toordinal() + rng.randrange(365 * 50)
            d = date.fromordinal(birth)
            body = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{shape(rng, 'NNNN')}{rng.choice('01')}8"
            return body + str(luhn_digit(body))
        if kind == "imei":
            body = shape(rng, "35NNNNNNNNNNNN")
            value = body + str(luhn_digit(body))
            return f"{value[:2]}-{value[2:8]}-{value[8:14]}-{value[14]}" if variant % 2 else value
        return self.shaped_id(kind, variant)

    def id_variants(self, kind: str) -> int:
        """How many layouts ``kind`` has (the range of its structural ``variant``)."""
        if kind == "iban":
            return 2 * len(_IBAN_BBAN)
        if kind in ("dni", "zaid"):
            return 1
        if kind in ("cpf", "bsn", "imei"):
            return 2
        if kind not in _ID_SHAPES:
            raise InvalidParameterError(f"unknown identifier kind {kind!r}")
        return len(_ID_SHAPES[kind])
