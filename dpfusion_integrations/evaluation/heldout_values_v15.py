"""Value vocabularies and drawing rules of the fifteenth held-out tagging set (v15).

Written for v15 by an author who did not open the tagger (its code, rules, gazetteers, word lists or
tests), nor any tagger output or per-round profile on a held-out set. Every name is written here by
hand, in naming traditions none of v1-v14 drew from (:data:`V15_HAND_TRADITIONS`); the tests check that
no token of them is in an earlier set's hand-written lists, in the Faker name lists of any locale v1-v5
drew names from, or in a PERSON mention of the frozen v1-v14 files. Faker is not used at all.

Addresses of countries none of v1-v14 wrote addresses for (:data:`V15_ADDRESS_COUNTRIES`), phones of
countries none of v1-v14 wrote phones for, with extension forms none of them used, identifiers of many
kinds (several with their check digits), dates in orders and month words the earlier sets did not use,
organisations of v15's own kinds. What the set holds is described in its ``.meta.json`` only.

:class:`ValuesV15` reuses the generic drawing of v7's :class:`~dpfusion_integrations.evaluation.
heldout_values_v7.ValuesV7` (user names, handles, IP addresses) and replaces what is vocabulary. The
renderer and the set are in :mod:`~dpfusion_integrations.evaluation.heldout_v15`.
"""

from __future__ import annotations

import random
from datetime import date

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation import heldout_values_v7 as v7
from dpfusion_integrations.evaluation.heldout_build import (
    MONTHS,
    WEEKDAYS,
    HandTableDrawing,
    Person,
    address_parts,
    luhn_digit,
    name_token,
    shape,
    with_iban_check,
)

__all__ = [
    "DATE_STYLES", "EXTENSIONS", "ID_KINDS", "NUMERIC_STYLES", "ORG_FORMS", "PHONE_LAYOUTS", "SHORT_STYLES",
    "TEXT_STYLES", "TOWNS", "V15_ADDRESS_COUNTRIES", "V15_HAND_TRADITIONS", "V15_NAME_SOURCES",
    "V15_PHONE_COUNTRIES", "ValuesV15", "address_layouts", "address_lines", "cedulado_is_valid", "format_date",
    "inn_is_valid", "rodne_is_valid", "snils_is_valid", "written_names",
]  # fmt: skip

# --------------------------------------------------------------------------------------------
# Names: (female given names, male given names, surnames). ``_`` joins the words of one name.
# --------------------------------------------------------------------------------------------

_NAMES: dict[str, tuple[str, str, str]] = {
    "erzya": ("Litova Ozava Vezhava Ineva Syreshka Kastorya Ravzhava",
             "Tyushtya Purgaz Vidyaz Kirdyan Inyaz Sabanay Kuleshko",
             "Kirdyashkin Atyashkin Tyushtyaev Inyakin Kechaikin Kuldyaev Artyaev Sayganov"),
    "komi": ("Zarni Shondi Kyvka Mosha Loza Sylvi Ydzhyd",
            "Yirkap Kudym Vorsa Tunkoz Kerch Pama Yoma",
            "Rochev Kanev Mityushev Vokuev Chuprov Lodygin Terentyev Artiev"),
    "khanty": ("Aneki Imi Pelym Ayangki Khuri Sotnaki",
              "Ayvaseda Kasum Vontyr Sorni Tarlin",
              "Moldanov Sopochin Aypin Kaurkin Rynkov Tebetev Yernykhov Sengepov"),
    "mansi": ("Sotke Maisi Pelyma Taryng Nyurka",
             "Yuvan Khotal Kulyamat Sakva Tepli Yalpus Sorup",
             "Anyamov Samburov Bakhtiyarov Kurikov Pakin Rusmilenko Khozumov"),
    "nanai": ("Myanga Oyunka Silkime Dyaka Aisi",
             "Gelan Khadau Dyangga Pukhsun Ekhe Sogdo",
             "Beldy Geiker Kile Onenko Passar Digor Tumali"),
    "nivkh": ("Azhmyt Ngavr Lyuskin Chyrvyt Ykyn Kyrk Tyrvi",
             "Vladyk Chungaz Kevlan Nganybin Chyryn Tymrg Pyrkyr",
             "Sangi Kenyan Navrik Longrik Vaklan Pulkhun Kavalgin Mygun"),
    "chukchi": ("Ragtyne Ettyne Tynetegyn Nutenaut Aigene Kelena Tyneky",
               "Rytkheu Tenevil Keulkut Kymytval Omruvye Tymnetuvge Vuvyeki",
               "Tymnevakat Ettyrgin Tegrykay Etyvyk Ryntyn Kergitval Ranau Vukvukay"),
    "koryak": ("Kiliki Yaykhala Nutaut Kechgi Ayyav Tynakut Gytgi",
              "Kechgelkot Kutkinnyaku Yayilkin Kovav Elvegi Kylkhyn",
              "Kechgelkin Yaylgyn Etnykov Nutakyn Yayletkin Kavavtagin Chechulin"),
    "karelian": ("Nasto Varvoi Okku Palagei Oudoi Tatjaana",
                "Ohvo Ondrei Hilippä Vasselei Miikkul Iivo",
                "Remshu Sidorkeevu Ryzhkoinen Pasmanoi Jeskelin Hotorov Lesonen Sekkinen"),
    "selkup": ("Koltak Aja Kyty Nyaima Pelekyj Kanzhi",
              "Kapaj Kuldyr Tylsyn Pitti Yekyl Marmak Kuleki",
              "Irikov Kusamin Pyrytkin Tolkin Kompassov Kaigorodov Mikulin Pogotov"),
    "akha": ("Mi_Yue Meu_Ja Lae_Mae",
            "Ah_Tu Pa_Jaw Ah_Jo Aju Loema Ah_Peu",
            "Jupoh Mayeu Jubaw Amaw Leuyeu Morpa Chuepa Beuxang"),
    "lahu": ("Na_Te Na_Ui Na_Peh Nawsha Nachawa Nalu",
            "Ja_Peh Cha_Ui Ja_Leh Jalu Jaui Ja_Nu",
            "Jaleh Chawlu Jaeui Chawtaw Jakaw Shehpa Aweh Lahpaw"),
    "lisu": ("Zawmi Yawmi Shawmi Ngwamei Lisabe Asamei Phumei",
            "Ngwa_Ze Ahpu Ngwa_Ding Lija Phusa Ahdu Ngwa_Hpa",
            "Ngwaza Bya_Hpa Lowsaw Mosaw Mapo Lizo Waza Ngwazo"),
    "khmu": ("Mok Khamsy Khamphon",
            "Tuang Souay Khonkaeo",
            "Tmoi Hrwang Kmpong Tlaang Rmeet Kwuang Rhwak"),
    "nuosu": ("Asyjjo Hxiemo Shuomo Vuryimo Nzypumo Lurmo Apuyi",
             "Jjiebur Aqubu Shylur Alurnji Qubuvi Hxixnyip Mgaxlu",
             "Jjiezzi Qubi Axlur Aqulat Jjihxo Shama Muhxa Lahxie"),
    "naxi": ("Sibu Xila Shimei",
            "Dongba Mutian Ajiu Agao Sidu Xilu Yisu",
            "Mushi Hozhu Aduo Heku Halu Nazhi Gajiu Sheruo"),
    "sidama": ("Lakiche Hawwine Barsiise Dinqe Qaraamo Buunne Saafaye",
              "Dilamo Wolassa Bunkure Hamesso Borsamo Hakkamo",
              "Tumato Beriso Amenu Heyiso Fulle Morka"),
    "wolaytta": ("Dalle Darotte Aaloo Kinaaxe Xoshe",
                "Xosso Kaffo Madda Dogiso Kawo",
                "Alaaro Banjaw Dukaamo Godebo Kaato Tuba Shanko Mashaala"),
    "gurage": ("Wedese Alebeche Senet Quchi",
              "Gerezgiher Adefris Woldegebriel",
              "Weldegerima Habtegiorgis Ersumo Wossene Gurmessa"),
    "hadiyya": ("Hadiyyisa Latamo Hanchiso Dalaame Wagire Hoolle Siilaame",
               "Abeyneh Baaxane Honnee Laloore Luddamo Shumbulo",
               "Anjulo Walichaa Hambaaye Katoore Gabisso Abbaasa Wonaago"),
    "kambaata": ("Haannaa Ayaanto Shaqiite Mandoore Zooballe Lambibo Heennaamo",
                "Saggo Ambaye Aldaaye Maalimo Halkeebo Tantu",
                "Doyamo Haraamo Abore Kabuuxe Sanbaato Gacciso Jamboore Dulaamo"),
    "beja": ("Takeeta Oor Hashasha Balaleet Hamdaat",
            "Osheik Kashawi Hadab Adarob Ohaj Tirik Dirar",
            "Ohaj Adarob Tirik Bamkar Hadab Ushaar Kalaay Oriish"),
    "nobiin": ("Kunjin Essigi Onnaya Kaajimi Tiillin Wiiri",
              "Oshshi Murtatti Kurti Abaaro Nugud Goshshi",
              "Kasshaaf Ashshir Dahabi Idkeesi Fadlabi Kunuz Kortaawi"),
    "fur": ("Durwa Kasai Sorie Kittiya Bardo Daafa",
           "Dowsa Tirab Sinin Kuruma",
           "Diggi Kunjara Tinjur Murtaaz Kunjaawi Daaldaaki Bardaaga Tunguri"),
    "zaghawa": ("Achta Zenaba Amne Hadje Kaltouma Halime",
               "Itno Bichara Haggar Tokou",
               "Itno Bichara Haggar Tokou Soumaine Torbo Kossi"),
    "masalit": ("Nyeera Tawoora Hamadda Abaa Kurrushe Tombal Dinnga",
               "Andoka Tajeddin Hasab Dokki Tunggur",
               "Dokki Tajeddin Andoka Tunggur Habila Misteriha Saburo"),
    "soqotri": ("Hoyom Mankuli Sataymi Kishin Taaban Ziyana Salmunih",
               "Amerhi Kelishi Dirhemi Gaalamih Muhish",
               "Kalshani Dirhemi Qashmihi Zaharih Amerhi Rekhani Fawhi"),
    "mehri": ("Heyboot Mahrayyet Salmeet Qayjeet Shaarut Kebshiit Daalut",
             "Kalshat Gharaab Bakhriit Hebbet Qamsiit Silhiit Tubayt",
             "Kalshat Bakhriit Sehrawi Harsuusi Bilhaaf Ghawti Samooda Zuwaydi"),
    "nivacle": ("Sanchup Tukuk Jayuk Kotsa Anilux Tsaka Nuuk",
               "Ashpin Tuuk Fayuk Kachilaj Sotsinjeyu Taxshi Yichaj",
               "Cuxuaj Fiitjuc Sutiquiyu Tanshinaj Cusho Jasyuc Faklach Nitjayuc"),
    "ayoreo": ("Cutai Pojnai Ujeoi Chiquejnai Gaijnai Dajei Tucubajnai",
              "Chiquenoi Ujeraide Jnupe Aquede Etacore Jnunie Pejei",
              "Picanerai Etacoriji Chiqueno Posoraja Dosape Cutamijo Nuruminé Jnurumini"),
    "ngabe": ("Kirena Mobe Chibrigo Kibo Tekri Dobori",
             "Ngabo Kirabo Ñutre Doboro Tabasara Umbirre",
             "Nikrabe Kobegi Tugri Sarigua Krabe Tolebore Jiebo"),
    "embera": ("Kaizu Tuchia Wandeba Bisuara Nembua Karita Jabaina",
              "Kajiru Dojura Chirupa Karupia Bedea Tunuma",
              "Dogirama Bailarin Tequia Caisamo Opua Chocho"),
}

#: Traditions whose surnames are sometimes doubled (a hyphen or a space between the two).
_DOUBLE = {"erzya": "-", "embera": " ", "ngabe": " ", "karelian": "-", "nivacle": " "}
V15_HAND_TRADITIONS = tuple(_NAMES)
#: Every name source, for the meta file.
V15_NAME_SOURCES = tuple(f"hand:{k}" for k in V15_HAND_TRADITIONS)


def written_names(table: dict[str, tuple[str, str, str]] | None = None) -> set[str]:
    """Every name a hand-written table can write; v15's by default (v7's helper, v15's table)."""
    return v7.written_names(_NAMES if table is None else table)


# --------------------------------------------------------------------------------------------
# Phones (layouts of :func:`~dpfusion_integrations.evaluation.heldout_build.shape`)
# --------------------------------------------------------------------------------------------

PHONE_LAYOUTS: dict[str, tuple[str, ...]] = {
    "RU": ("+7 (9NN) NNN-NN-NN", "8 (495) NNN-NN-NN", "+7 812 NNN NN NN"),
    "SK": ("+421 9NN NNN NNN", "0905 NNN NNN", "02/NNNN NNNN"),
    "CU": ("+53 5 NNN NNNN", "(7) 8NN NNNN", "+53 7 83N NNNN"),
    "VI": ("+1 340-77N-NNNN", "(340) 69N-NNNN", "340.71N.NNNN"),
    "BL": ("+590 590 27 NN NN", "05 90 27 NN NN", "06 90 NN NN NN"),
    "MF": ("+590 590 87 NN NN", "05 90 29 NN NN", "06 90 6N NN NN"),
    "BQ": ("+599 717 NNNN", "+599 318 NNNN", "+599 416 NNNN"),
    "CC": ("+61 8 9162 NNNN", "(08) 9162 6NNN", "+61 8 9162 7NNN"),
    "CX": ("+61 8 9164 NNNN", "(08) 9164 8NNN", "+61 8 9164 7NNN"),
    "NF": ("+672 3 2NNNN", "+672 3 5NNNN", "2NNNN"),
    "PN": ("+64 24 NNN NNN", "+870 76NNNNNNN", "(024) NNN NNN"),
    "TK": ("+690 2NNN", "+690 7NNN", "(690) 4NNN"),
    "LY": ("+218 91-NNNNNNN", "+218 21 NNN NNNN", "092-NNNNNNN"),
    "SD": ("+249 91 NNN NNNN", "+249 183 NNNNNN", "0912 NNN NNN"),
    "SO": ("+252 61 NNNNNNN", "+252 90 NNN NNNN", "061 NNNNNNN"),
    "SY": ("+963 11 NNN NNNN", "+963 9NN NNN NNN", "09NN NNN NNN"),
    "YE": ("+967 1 NNN NNN", "+967 77N NNN NNN", "77N NNN NNN"),
    "PS": ("+970 59N NNN NNN", "+970 2 29N NNNN", "059N-NNNNNN"),
    "VA": ("+39 06 698 NNNNN", "+379 06 698 NNNNN", "06 698 8NNNN"),
    "SJ": ("+47 79 02 NN NN", "+47 9NN NN NNN", "79 02 NN NN"),
    "IO": ("+246 370 NNNN", "+246 380 NNNN", "(246) 370 NNNN"),
    "KP": ("+850 2 381 NNNN", "+850 191 NNN NNNN", "02-381-NNNN"),
}
V15_PHONE_COUNTRIES = tuple(PHONE_LAYOUTS)
EXTENSIONS = ("转NNN", " доп. NNN", " (вн. NN)", " تحويلة NNN", " klapka NNN", " extension NNNN", " (anexo: NNN)")


# --------------------------------------------------------------------------------------------
# Addresses: (streets, towns, districts, postcode layout, line layouts); see ``address_parts``
# --------------------------------------------------------------------------------------------

_ADDRESS: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "RU": ("ул. Ленина;ул. Мира;пр-т Победы;ул. Гагарина;Садовая ул.;ул. Набережная",
           "Сыктывкар;Саранск;Ханты-Мансийск;Анадырь;Хабаровск;Салехард",
           "мкр. Орбита;Заречье;Эжва;Центральный р-н", "1NNNNN",
           ("S:{s}|S:д. {n}|U:кв. {u}/C:г. {t}|P:{pc}", "P:{pc}|C:г. {t}|S:{s}|S:д. {n}")),
    "BL": ("rue de la République;rue du Roi Oscar II;route de Saline;rue Samuel Fahlberg",
           "Gustavia;Lorient;Saint-Jean;Colombier;Flamands;Corossol",
           "Public;Marigot;Vitet;Toiny", "97133",
           ("S:{n} {s}/C:{pc} {t}", "D:lieu-dit {d}|S:{s}/C:{pc} {t}")),
    "MF": ("rue de Hollande;rue du Général de Gaulle;boulevard de France;rue Kennedy;rue de Spring",
           "Marigot;Grand-Case;Quartier-d'Orléans;Sandy Ground;Baie-Nettlé;Concordia",
           "Hope Estate;Bellevue;Agrément;Galisbay", "97150",
           ("S:{n} {s}|D:{d}/C:{pc} {t}", "B:Résidence {B}|U:bât. {u}/C:{pc} {t}")),
    "BQ": ("Kaya Grandi;Kaya Gobernador N. Debrot;Kaya L.D. Gerharts;Kaya Korona;Kaya Amsterdam",
           "Kralendijk;Rincon;Antriol;Nikiboko;The Bottom;Oranjestad",
           "Hato;Belnem;Tera Kora;Sabadeco", "",
           ("S:{s} {n}/C:{t}|C:Bonaire", "S:{s} z/n|D:{d}/C:{t}")),
    "CC": ("Jalan Bunga Mawar;Jalan Kipas;Air Force Road;Jalan Melati", "West Island;Home Island", "Bantam Village", "6799",
           ("S:{n} {s}/C:{t}|P:WA {pc}", "S:PO Box {box}/C:{t}|P:WA {pc}")),
    "CX": ("Gaze Road;Murray Road;Lam Lok Loh;Jalan Pantai;Vagabond Road", "Flying Fish Cove;Poon Saan;Drumsite;Silver City",
           "Kampong;Settlement", "6798",
           ("U:Unit {u}|S:{n} {s}/C:{t}|P:WA {pc}", "S:{n} {s}|D:{d}/C:{t}|P:WA {pc}")),
    "NF": ("Taylors Road;Queen Elizabeth Avenue;New Cascade Road;Grassy Road;Headstone Road",
           "Burnt Pine;Kingston;Cascade;Anson Bay;Longridge", "Middlegate;Steeles Point;Rocky Point", "2899",
           ("S:{n} {s}/C:{t}|C:Norfolk Island|P:NSW {pc}", "B:{B} Cottage|S:{s}/C:{t}|P:{pc}")),
    "TK": ("", "Fale;Atafu;Fakaofo;Nukunonu", "Fale village;Fenuafala", "",
           ("B:{B} fale|D:{d}/C:{t}", "B:c/o Office of the Council|C:{t}")),
    "VI": ("Raadets Gade;Dronningens Gade;Company Street;King Street;Veterans Drive;Queen Cross Street",
           "Charlotte Amalie;Christiansted;Frederiksted;Cruz Bay;Coral Bay", "Estate Tutu;Estate Anna's Hope;Estate Bovoni", "008NN",
           ("S:{n} {s}/C:{t}|P:VI {pc}", "D:{d}|B:Plot {n}/C:{t}|P:VI {pc}")),
    "CU": ("Calle 23;Calle Obispo;Calle Heredia;Avenida de los Presidentes;Calle Martí;Calle Maceo",
           "La Habana;Santiago de Cuba;Pinar del Río;Cienfuegos;Trinidad;Camagüey",
           "Vedado;Miramar;Centro Habana;Reparto Sueño;Los Olmos", "1N400",
           ("S:{s} No. {n} e/ Calle A y B|U:apto. {u}/D:{d}/C:{t}", "S:{s} No. {n}|D:{d}/C:{t}|P:CP {pc}")),
    "DO": ("Calle El Conde;Av. Abraham Lincoln;Calle Duarte;Av. 27 de Febrero;Calle Las Carreras;Av. Winston Churchill",
           "Santo Domingo;Santiago de los Caballeros;La Vega;San Pedro de Macorís;Puerto Plata;Higüey",
           "Gazcue;Ensanche Naco;Piantini;Los Jardines;Villa Consuelo", "10NNN",
           ("S:{s} No. {n}|D:{d}/C:{t}|P:{pc}", "S:{s} #{n}|U:Apto. {u}B|D:{d}/C:{t}")),
    "PA": ("Vía España;Calle 50;Avenida Balboa;Vía Argentina;Calle Uruguay;Avenida Perú",
           "Ciudad de Panamá;Colón;David;Santiago de Veraguas;Chitré;Las Tablas",
           "Bella Vista;Obarrio;San Francisco;El Cangrejo;Betania", "",
           ("B:Edificio {B}|U:piso {u}|S:{s}/D:{d}/C:{t}", "S:{s}|B:casa {n}|D:{d}/C:{t}")),
    "PY": ("Avda. Mariscal López;Calle Palma;Avda. España;Calle Estrella;Tte. Fariña;Avda. Eusebio Ayala",
           "Asunción;Filadelfia;Encarnación;Ciudad del Este;Concepción;Loma Plata",
           "Barrio Jara;Villa Morra;Sajonia;Barrio Obrero;Recoleta", "1NNN",
           ("S:{s} N.º {n} c/ Tacuary|D:{d}/C:{t}", "S:{s} {n}|D:{d}/C:{t}|P:{pc}")),
    "NO": ("Storgata;Kirkegata;Sjøgata;Strandvegen;Skolegata;Havnegata",
           "Tromsø;Bodø;Hammerfest;Kirkenes;Alta;Vadsø", "Kvaløysletta;Hamna;Rønvik;Hesseng", "9NNN",
           ("S:{s} {n}|U:{u}. etg./P:{pc} {t}", "S:{s} {n}/P:{pc} {t}")),
    "SJ": ("Vei 231;Vei 222;Hilmar Rekstens vei;Gruvedalen", "Longyearbyen;Ny-Ålesund;Barentsburg", "Nybyen;Sjøområdet", "917N",
           ("S:{s} {n}/P:{pc} {t}", "S:Postboks {box}/P:{pc} {t}")),
    "CN": ("人民路;解放路;中山路;建设路;和平街", "昆明市;丽江市;西双版纳;凉山;大理市", "古城区;五华区;盘龙区", "6NNNNN",
           ("P:{pc}|C:云南省{t}|D:{d}|S:{s}{n}号", "C:{t}|D:{d}|S:{s}{n}号|U:{u}栋")),
    "LA": ("Thanon Samsenthai;Thanon Setthathirath;Thanon Lane Xang;Thanon Kouvieng;Thanon Dongpalan",
           "Vientiane;Luang Prabang;Pakse;Savannakhet;Luang Namtha;Phongsaly",
           "Ban Sibounheuang;Ban Hatsady;Ban Phonxay;Ban Nongduang", "",
           ("S:{n} {s}|D:{d}/C:{t}", "D:{d}|U:Unit {u}/C:{t}")),
    "BN": ("Jalan Sultan;Jalan Gadong;Jalan Tutong;Simpang 337 Jalan Kota Batu;Jalan Berakas",
           "Bandar Seri Begawan;Kuala Belait;Seria;Tutong;Bangar;Muara", "Kampong Kiarong;Kampong Rimba;Kampong Beribi", "\\B\\SNNNN",
           ("B:No. {n}|S:{s}|D:{d}/C:{t}|P:{pc}", "U:Unit {u}|B:Bangunan {B}/S:{s}/C:{t}|P:{pc}")),
    "QA": ("Al Sadd Street;Salwa Road;C Ring Road;Al Rayyan Road;Al Waab Street",
           "Doha;Al Wakrah;Al Khor;Umm Salal;Dukhan;Mesaieed", "Zone 38;Zone 56;Al Hilal;Al Mansoura", "",
           ("B:Building {n}|S:{s}/D:{d}/C:{t}", "S:P.O. Box {box}/C:{t}")),
    "YE": ("Hadda Street;Al-Zubairi Street;Tahrir Street;Mualla Main Road;Al-Qasr Street",
           "Sana'a;Aden;Mukalla;Taiz;Hadibu;Seiyun", "Crater;Khor Maksar;Al-Sabeen;Sheikh Othman", "",
           ("S:{s}|D:{d}/C:{t}", "S:P.O. Box {box}/C:{t}")),
    "SD": ("Street 15;Mek Nimir Street;Al Gamhoria Street;Obeid Khatim Street;Africa Road",
           "Khartoum;Omdurman;Port Sudan;Kassala;El Fasher;Geneina", "Amarat;Riyadh;Kober;Al Daim", "",
           ("B:House {n}|S:{s}/D:{d}/C:{t}", "S:P.O. Box {box}/C:{t}")),
    "SO": ("Maka Al Mukarama Road;Wadada Warshadaha;Via Roma;Jidka Sodonka",
           "Mogadishu;Hargeisa;Kismayo;Baidoa;Bosaso;Garowe", "Hodan;Wadajir;Waberi;Hamar Weyne", "",
           ("S:{s}|D:{d} District/C:{t}", "B:{B} Building|D:{d}/C:{t}")),
    "ET": ("Bole Road;Churchill Avenue;Haile Gebreselassie Road;Africa Avenue;Ras Mekonnen Avenue",
           "Addis Ababa;Hawassa;Hosaena;Durame;Sodo;Worabe", "Kirkos;Bole;Yeka;Arada", "",
           ("D:Woreda {u}|D:{d} Sub-city/C:{t}", "S:P.O. Box {box}/C:{t}")),
    "LY": ("Omar Mukhtar Street;Mizran Street;Gamal Abdel Nasser Street;Dubai Street",
           "Tripoli;Benghazi;Misrata;Sabha;Ghadames;Zuwara", "Hay Al Andalus;Gurji;Ben Ashour;Fashloum", "",
           ("S:{s}|D:{d}/C:{t}", "S:P.O. Box {box}/C:{t}")),
    "PS": ("Al-Irsal Street;Rukab Street;Omar Al-Mukhtar Street;Al-Nahda Street;Al-Quds Street",
           "Ramallah;Nablus;Bethlehem;Hebron;Jenin;Jericho", "Al-Masyoun;Al-Tireh;Rafidia;Beit Sahour", "P6NNNNN",
           ("S:{s} {n}|D:{d}/C:{t}|P:{pc}", "B:{B} Building|U:floor {u}|S:{s}/C:{t}")),
    "VA": ("Via della Posta;Via del Pellegrino;Piazza Santa Marta;Via della Tipografia",
           "Città del Vaticano", "Cortile del Belvedere;Cortile di San Damaso", "00120",
           ("S:{s}|D:{d}/P:{pc} {t}", "S:{s} {n}/P:{pc} {t}")),
}
V15_ADDRESS_COUNTRIES = tuple(_ADDRESS)
TOWNS = {c: tuple(dict.fromkeys(v[1].split(";"))) for c, v in _ADDRESS.items()}
_SUBTYPES = {"S": "street", "U": "unit", "B": "building", "D": "district", "C": "city", "P": "postcode"}
_BUILDING_WORDS = ("Frangipani", "Saltbush", "Baobab", "Tamarisk", "Caper", "Jacaranda", "Sidr", "Moringa",
                   "Pitaya", "Lotus")


def address_layouts(country: str) -> tuple[str, ...]:
    """The line layouts of ``country`` (the structural choice of a document's address)."""
    return _ADDRESS[country][4]


def address_lines(rng: random.Random, country: str, layout: str) -> tuple[list[list[tuple[str, str]]], str]:
    """One address as lines of ``(text, subtype)`` parts, and its town; the layout (a structural fact)
    fixes how many lines and parts there are, the RNG only what they say."""
    streets, _, districts, pc_layout, _ = _ADDRESS[country]
    town = rng.choice(TOWNS[country])
    values = {"n": str(rng.randrange(1, 240)), "u": str(rng.randrange(1, 30)), "box": str(rng.randrange(100, 8999)),
              "pc": shape(rng, pc_layout), "t": town, "B": rng.choice(_BUILDING_WORDS)}
    values["d"] = rng.choice(districts.split(";")) if districts else ""
    values["s"] = rng.choice(streets.split(";")) if streets else ""
    return address_parts(layout, values, _SUBTYPES), town


# --------------------------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------------------------

_ID_SHAPES: dict[str, tuple[str, ...]] = {
    # national numbers without a check here: Panamanian cédula (province-book-folio)
    "cip": ("8-NNN-NNNN", "4-NNN-NNN", "\\P\\E-NN-NNN", "\\E-8-NNNNNN"),
    "passport": ("NN NNNNNNN", "\\P\\A\\NNNNNNN", "\\E\\P NNNNNNN", "\\S\\A NNNNNNN"),
    "paddy": ("\\P\\D-2YNNNN", "\\R\\M/NNNN/2Y", "\\L\\O\\T NNN-\\P"),
    "hide": ("\\H\\D NNNNN", "NNNN-\\T\\N", "\\W\\B/2Y/NNN"),
    "pearl": ("\\P\\R\\L-NNNN", "\\S\\H NNNN/2Y", "NNNN-\\O\\Y"),
    "herd": ("\\H\\R-NNNN", "NNN/\\R\\E\\I\\N", "\\E\\A\\R NN-NN-NN"),
    "permeate": ("\\R\\O-NN-NNNN", "\\W\\S/NNNNN", "\\D\\P NNNN"),
    "fleet": ("\\B\\U\\S NNNN", "NNNN\\F", "\\D\\E\\P-NN-NNN"),
    "driver": ("\\D\\R NNNNN", "NNNNN/\\O\\P", "\\C\\O\\N-NNNN"),
    "waterright": ("\\W\\R-NNN/2Y", "\\F\\A\\L\\A\\J NNN", "\\S\\H\\A\\R\\E NN-NNN"),
    "palm": ("\\P\\L\\M NNNN", "\\C\\T\\N-NNNNN", "NNNNN/\\D"),
    "plough": ("\\S\\N\\W-NN", "\\R\\T NNN", "\\G\\R\\I\\T-NNNN"),
    "scull": ("\\B\\O\\A\\T NNN", "\\H\\U\\L\\L-NNNN", "\\R\\C/NNN"),
    "rower": ("\\R\\W NNNNN", "NNNNN-\\M", "\\L\\I\\C NNNNN"),
    "opus": ("\\O\\P. NNN", "\\O\\R\\G-2Y-NN", "\\W\\K NNNN"),
    "pipe": ("\\P\\I\\P\\E NNN", "\\R\\A\\N\\K A-NN", "NNN/\\P"),
    "vitola": ("\\V\\T-NNNN", "\\C\\A\\J\\A NNNNN", "NNNN-\\H\\A\\B"),
    "lock": ("\\P\\A\\S\\S NNNNN", "\\L\\K/NNNN", "\\B\\R\\G-NNN"),
    "tessera": ("\\M\\Z\\C-2Y-NNN", "\\P\\N\\L NNN", "NNNN/\\M"),
    "fleece": ("\\B\\A\\L\\E NNNN", "\\W\\O\\O\\L-NNNNN", "NNNN/\\C\\L"),
    "stamp": ("\\L\\O\\T NNNN", "\\S\\G NNNN\\A", "\\C\\E\\R\\T NNNNN"),
    "licence": ("\\D\\L NNNNNN", "NN NN NNNNNN", "\\L\\I\\C-2YNNNN"),
    "permit": ("\\P\\R\\M/NNNN/2Y", "\\A\\U\\T-NNNNN", "\\L\\I\\Z NNNNN"),
    "vessel": ("\\I\\M\\O NNNNNNN", "\\M\\M\\S\\I NNNNNNNNN", "\\C\\A\\L\\L \\U\\B\\N\\N"),
    "meter": ("\\M\\T\\R NNNNNNN", "NNNNNNNN", "\\C\\T-NNNNNN"),
    "member": ("\\M\\B-NNNNN", "NNNN/\\C\\L\\B", "\\N\\O. NNNN"),
    "txn": ("\\T\\X NNNNNNNNNN", "XXXXXXXXXXXX", "\\R\\E\\F-NNNNNNNN"),
    "invoice": ("\\F\\A\\C-2YNNNN", "NNNNN/2Y", "\\I\\N\\V NNNNNN"),
    "order": ("\\Z\\A\\K-NNNNN", "\\P\\O NNNNN", "NNNNNN/\\P\\D"),
    "serial": ("\\S\\N NNNNNNNN", "NNAANNNNN", "\\S/\\N NNNN-NNNN"),
    "account": ("NNNNN NNN N NNNN NNNNNNN", "NNN-NNNNNNN-N", "NNNNNNNNNNNN"),
    "plate": ("A NNN AA NNN", "\\P-NNNNNN", "NNNN AA", "\\T\\A\\X NNNN", "AA NNN-NN", "\\C\\D NNNN"),
    "staff": ("\\T\\A\\B NNNN", "NNNNN\\E", "\\E\\M\\P-NNNN"),
    "taxno": ("\\R\\U\\C NNNNNNN-N", "\\R\\N\\C N-NN-NNNNN-N", "\\N\\I\\T NNNNNNNNN"),
    "ticket": ("\\B\\I\\L NNNNNN", "NNNNNNNN", "\\T\\K-NNNN-NN"),
}
#: Identifier kinds (template slot ``{idN.kind}``) and their reported subtype.
ID_KINDS = {**{k: k for k in _ID_SHAPES}, "inn": "national", "snils": "national", "rodne": "national",
            "cedulado": "national", "cip": "national", "herd": "animal", "palm": "plot", "waterright": "permit",
            "txn": "transaction", "iban": "iban", "taxno": "tax", "scull": "vessel", "fleet": "fleet"}
_IBAN_BBAN = {"DO": "AAAANNNNNNNNNNNNNNNNNNNN", "PS": "AAAAXXXXXXXXXXXXXXXXXXXXX", "QA": "AAAAXXXXXXXXXXXXXXXXXXXXX"}

_INN_W11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN_W12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _inn_digit(digits: str, weights: tuple[int, ...]) -> str:
    return str(sum(int(c) * w for c, w in zip(digits, weights, strict=True)) % 11 % 10)


def inn_is_valid(value: str) -> bool:
    """A Russian personal taxpayer number (INN): twelve digits, the last two weighted sums mod 11 mod 10."""
    return (len(value) == 12 and value.isdigit() and _inn_digit(value[:10], _INN_W11) == value[10]
            and _inn_digit(value[:11], _INN_W12) == value[11])


def _snils_check(nine: str) -> str:
    total = sum(int(c) * (9 - i) for i, c in enumerate(nine))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils_is_valid(value: str) -> bool:
    """A Russian insurance number (SNILS) ``NNN-NNN-NNN CC``: the check is the weighted sum (9..1) mod 101."""
    digits = value.replace("-", "").replace(" ", "")
    return len(digits) == 11 and digits.isdigit() and _snils_check(digits[:9]) == digits[9:]


def rodne_is_valid(value: str) -> bool:
    """A Slovak birth number ``YYMMDD/NNNC`` (women: month + 50): the ten digits are divisible by 11."""
    digits = value.replace("/", "")
    return len(value) == 11 and value[6] == "/" and digits.isdigit() and int(digits) % 11 == 0


def cedulado_is_valid(value: str) -> bool:
    """A Dominican identity number ``NNN-NNNNNNN-C``: a Luhn check over the eleven digits."""
    digits = value.replace("-", "")
    return (len(value) == 13 and value[3] == "-" and value[11] == "-" and digits.isdigit()
            and luhn_digit(digits[:10]) == int(digits[10]))


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

_MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря")
_MONTHS_LO = ("ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ")
_MONTHS_SO = ("Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun", "Luuliyo", "Ogost", "Sebtembar",
              "Oktoobar", "Nofembar", "Desembar")
_MONTHS_LA = ("ianuarii", "februarii", "martii", "aprilis", "maii", "iunii", "iulii", "augusti", "septembris",
              "octobris", "novembris", "decembris")
_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre")
_DAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_MONTHS_FR_ABBR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")
_DAYS_FR_ABBR = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
_DAYS_ZH = "一二三四五六日"
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

#: Styles without month words.
NUMERIC_STYLES = ("dd.mm.Y г.", "d. m. Y", "d/m/Y arab-digits", "Y年m月d日 星期")
#: Styles of a day within the year (no year written).
SHORT_STYLES = ("mm/dd", "m月d日", "dia d de mes", "Wkd-fr d mois-abr.")
#: Styles in words: Russian genitive months without ``г.``, Lao, Somali and Latin month words, and
#: English day-first with a weekday after.
TEXT_STYLES = ("d месяца Y", "d lao-month Y", "d Month-so Y", "die d mensis Y", "d Month Y, Weekday")
DATE_STYLES = NUMERIC_STYLES + SHORT_STYLES + TEXT_STYLES


def format_date(d: date, style: str) -> str:
    """``d`` written in one of :data:`DATE_STYLES`."""
    i, w = d.month - 1, d.weekday()
    table = {
        "dd.mm.Y г.": f"{d.day:02d}.{d.month:02d}.{d.year} г.",
        "d. m. Y": f"{d.day}. {d.month}. {d.year}",
        "d/m/Y arab-digits": f"{d.day}/{d.month}/{d.year}".translate(_ARABIC_DIGITS),
        "Y年m月d日 星期": f"{d.year}年{d.month}月{d.day}日 星期{_DAYS_ZH[w]}",
        "mm/dd": f"{d.month:02d}/{d.day:02d}", "m月d日": f"{d.month}月{d.day}日",
        "dia d de mes": f"{_DAYS_ES[w]} {d.day} de {_MONTHS_ES[i]}",
        "Wkd-fr d mois-abr.": f"{_DAYS_FR_ABBR[w]} {d.day} {_MONTHS_FR_ABBR[i]}",
        "d месяца Y": f"{d.day} {_MONTHS_RU[i]} {d.year}", "d lao-month Y": f"{d.day} {_MONTHS_LO[i]} {d.year}",
        "d Month-so Y": f"{d.day} {_MONTHS_SO[i]} {d.year}",
        "die d mensis Y": f"die {d.day} mensis {_MONTHS_LA[i]} {d.year}",
        "d Month Y, Weekday": f"{d.day} {MONTHS[i]} {d.year}, {WEEKDAYS[w]}",
    }
    if style not in table:
        raise InvalidParameterError(f"unknown date style {style!r}")
    return table[style]


# --------------------------------------------------------------------------------------------
# Organisations: ``{B}`` an invented brand, ``{T}`` a town, ``{L}``/``{L2}`` surnames, ``{F}`` a given name
# --------------------------------------------------------------------------------------------

_BRAND_PARTS = ("ar", "vel", "ko", "sun", "ta", "mir", "ul", "dex", "ba", "nor", "si", "tem", "lu", "qa", "ren",
                "zo", "pa", "hal", "ni", "ost", "ke", "dar", "mo", "vi", "sa", "tor", "ym", "ga", "lev", "ro")
ORG_FORMS: dict[str, tuple[str, ...]] = {
    "ricemill": ("{B} Rice Mill", "{T} Paddy Cooperative", "{L} Milling", "Arrocera {B}", "{B} Grains"),
    "tannery": ("{B} Tannery", "{T} Leather Works", "{L} Hides & Skins", "Tenería {B}", "{B} Leather"),
    "pearlfarm": ("{B} Pearls", "{T} Pearl Farm", "{L} Black Pearls", "Perles de {T}", "{B} Oyster Co."),
    "herders": ("{T} Reindeer Brigade", "{B} Herding Cooperative", "{L} Family Herd", "Obshchina {B}"),
    "desal": ("{B} Water", "{T} Desalination Plant", "{B} Aqua Services", "{T} Water Authority"),
    "busdepot": ("{T} Bus Depot", "{B} Coaches", "{B} Transit", "{T} Municipal Transport", "Autobuses {B}"),
    "falaj": ("{T} Water Users' Association", "{B} Irrigation Committee", "{L} Wells Trust", "{T} Oasis Council"),
    "datepack": ("{B} Dates", "{T} Date Packers", "{L} Palm Products", "{B} Tamr Co."),
    "plough": ("{T} Road Maintenance", "{B} Winter Services", "{L} Snow Clearing", "{T} Highways Depot"),
    "rowing": ("{T} Rowing Club", "{B} Boat Club", "{T} Regatta Society", "{L} Sculling Academy"),
    "organ": ("{B} Organ Builders", "{L} & {L2} Orgelbau", "{T} Organ Workshop", "Organaria {B}"),
    "cigar": ("Fábrica {B}", "{T} Tabaquería", "{L} Cigars", "{B} Habanos", "Vegas {B}"),
    "canal": ("{T} Canal Authority", "{B} Waterways", "{T} Lock Keepers", "{L} Boatyard"),
    "mosaic": ("{B} Mosaics", "{T} Mosaic Studio", "{L} Tesserae", "Studio del Mosaico {B}"),
    "shearing": ("{L} Shearing Gang", "{B} Wool", "{T} Shearing Contractors", "{B} Woolshed"),
    "philately": ("{B} Stamps", "{T} Philatelic Society", "{L} Stamp Auctions", "{B} Philatelists"),
    "employer": ("{B}", "{B} LLC", "{B} S.A.", "{B} OOO", "{B} s.r.o.", "{L} & {L2}", "{B} Group", "{B} AS",
                 "{B} Trading"),
    "insurer": ("{B} Insurance", "{B} Seguros", "{T} Mutual", "{B} Strakhovanie"),
    "council": ("{T} Municipality", "Ayuntamiento de {T}", "{T} District Council", "{T} kommune"),
    "hospital": ("{T} General Hospital", "Hospital de {T}", "{T} Referral Hospital", "{T} Polyclinic"),
    "ministry": ("Ministry of Water, {T}", "Department of Transport", "{T} Agriculture Bureau",
                 "Directorate of Irrigation"),
    "bank": ("{B} Bank", "Banco {B}", "{T} Savings Bank", "{B} Microfinance"),
    "charity": ("{B} Foundation", "{T} Lions Club", "Friends of {T}", "{B} Trust"),
}


# --------------------------------------------------------------------------------------------
# Contacts
# --------------------------------------------------------------------------------------------

_FREE_MAIL = ("mail.ru", "yandex.ru", "rambler.ru", "azet.sk", "centrum.sk", "nauta.cu", "gmail.com",
              "protonmail.com", "qq.com", "163.com", "laotel.com", "brunet.bn", "qatar.net.qa", "y.net.ye",
              "sudanet.sd", "hotmail.com", "online.no", "ethionet.et", "libyana.ly", "paltel.ps", "tigo.com.py",
              "cwpanama.net", "claro.net.do", "outlook.com", "yahoo.com")
_ORG_TLDS = ("ru", "sk", "cu", "vi", "bl", "mf", "bq", "cc", "cx", "nf", "tk", "ly", "sd", "so", "sy", "ye", "ps",
             "no", "cn", "la", "bn", "qa", "et", "do", "pa", "py", "com", "org", "net", "coop")
_INTERNAL = ("{s}.corp", "mail.{s}.local", "{s}.lan", "ex.{s}.private", "{s}.int")
_STOP = {"the", "of", "and", "de", "del", "la", "los", "las", "arrocera", "teneria", "perles", "obshchina",
         "autobuses", "fabrica", "vegas", "organaria", "studio", "mosaico", "ayuntamiento", "hospital",
         "ministry", "department", "directorate", "banco", "friends", "water", "municipal", "co"}


class ValuesV15(HandTableDrawing, v7.ValuesV7):
    """Draws v15's private values with the per-document RNG ``rng``; user names, handles and IP
    addresses are drawn as v7 draws them, from v15's names."""

    id_shapes, iban_bban = _ID_SHAPES, _IBAN_BBAN
    hand_traditions, hand_names, hand_doubled = V15_HAND_TRADITIONS, _NAMES, _DOUBLE
    domain_stop, domain_internal, domain_tlds = _STOP, _INTERNAL, _ORG_TLDS
    domain_split_hyphens = True
    org_towns, org_countries, brand_parts = TOWNS, V15_ADDRESS_COUNTRIES, _BRAND_PARTS

    # people --------------------------------------------------------------------------------
    def email(self, p: Person, domain: str | None) -> str:
        rng = self.rng
        f, last = name_token(p.first), name_token(p.last)
        local = rng.choice((f"{f}.{last}", f"{last}.{f[:1]}", f"{f}{last[:1]}{rng.randrange(10, 99)}",
                            f"{f}-{last}", f"{last}{rng.randrange(1975, 2010)}", f"{f[:1]}_{last}", f"{f}"))
        return f"{local}@{domain or rng.choice(_FREE_MAIL)}"

    # identifiers --------------------------------------------------------------------------------
    def ident(self, kind: str, variant: int) -> str:
        """An identifier of ``kind``; ``variant`` (a structural fact) picks its layout."""
        rng = self.rng
        if kind == "iban":
            return self.iban(variant)
        if kind == "inn":
            ten = f"{rng.choice(('11', '13', '16', '27', '77', '86', '87', '89'))}{shape(rng, 'NNNNNNNN')}"
            eleven = ten + _inn_digit(ten, _INN_W11)
            return eleven + _inn_digit(eleven, _INN_W12)
        if kind == "snils":
            nine = f"{rng.randrange(1, 10)}{shape(rng, 'NNNNNNNN')}"
            return f"{nine[:3]}-{nine[3:6]}-{nine[6:]} {_snils_check(nine)}"
        if kind == "rodne":
            while True:
                d = self._birth(1955, 50)
                month = d.month + (50 if rng.random() < 0.5 else 0)
                head = f"{d.year % 100:02d}{month:02d}{d.day:02d}{shape(rng, 'NNN')}"
                check = (-int(head) * 10) % 11
                if check < 10:
                    return f"{head[:6]}/{head[6:]}{check}"
        if kind == "cedulado":
            ten = f"{rng.choice(('001', '402', '031', '223', '056'))}{shape(rng, 'NNNNNNN')}"
            return f"{ten[:3]}-{ten[3:]}-{luhn_digit(ten)}"
        return self.shaped_id(kind, variant)

    def iban(self, variant: int) -> str:
        """An IBAN of v15's ``variant // 2``-th country, grouped by four for odd variants."""
        country = tuple(_IBAN_BBAN)[(variant // 2) % len(_IBAN_BBAN)]
        value = with_iban_check(country, shape(self.rng, _IBAN_BBAN[country]))
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if variant % 2 else value

    def id_variants(self, kind: str) -> int:
        """How many layouts ``kind`` has (the range of its structural ``variant``)."""
        if kind == "iban":
            return 2 * len(_IBAN_BBAN)
        if kind in ("inn", "snils", "rodne", "cedulado"):
            return 1
        if kind not in _ID_SHAPES:
            raise InvalidParameterError(f"unknown identifier kind {kind!r}")
        return len(_ID_SHAPES[kind])
