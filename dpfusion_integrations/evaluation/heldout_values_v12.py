"""Value vocabularies and drawing rules of the twelfth held-out tagging set (v12).

Written for v12 by an author who did not open the tagger (its code, rules, gazetteers, word lists or
tests), nor any tagger output or per-round profile on a held-out set. Every name is written here by
hand, in naming traditions none of v1-v11 drew from (:data:`V12_HAND_TRADITIONS`); the tests check that
no token of them is in an earlier set's hand-written lists, in the Faker name lists of any locale v1-v5
drew names from, or in a PERSON mention of the frozen v1-v11 files. Faker is not used at all.

Addresses of countries none of v1-v11 wrote addresses for (:data:`V12_ADDRESS_COUNTRIES`), phones of
countries none of v1-v11 wrote phones for, with extension forms none of them used, identifiers of many
kinds (several with their check digits), dates in orders, separators, eras and month words the earlier
sets did not use, organisations of v12's own kinds. What the set holds is described in its
``.meta.json`` only.

:class:`ValuesV12` reuses the generic drawing of v7's :class:`~dpfusion_integrations.evaluation.
heldout_values_v7.ValuesV7` (user names, handles, IP addresses) and replaces what is vocabulary. The
renderer and the set are in :mod:`~dpfusion_integrations.evaluation.heldout_v12`.
"""

from __future__ import annotations

import random
from datetime import date

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation import heldout_values_v7 as v7
from dpfusion_integrations.evaluation.heldout_build import (
    HandTableDrawing,
    MONTHS,
    WEEKDAYS,
    Person,
    address_parts,
    luhn_digit,
    name_token,
    ordinal,
    shape,
)

__all__ = [
    "DATE_STYLES", "EXTENSIONS", "ID_KINDS", "NUMERIC_STYLES", "ORG_FORMS", "PHONE_LAYOUTS", "SHORT_STYLES",
    "TEXT_STYLES", "TOWNS", "V12_ADDRESS_COUNTRIES", "V12_HAND_TRADITIONS", "V12_NAME_SOURCES",
    "V12_PHONE_COUNTRIES", "ValuesV12", "address_layouts", "address_lines", "amka_is_valid", "cpr_is_valid",
    "cuit_is_valid", "format_date", "kennitala_is_valid", "written_names",
]  # fmt: skip

# --------------------------------------------------------------------------------------------
# Names: (female given names, male given names, surnames). ``_`` joins the words of one name,
# ``f|m`` is a surname written differently for women and men.
# --------------------------------------------------------------------------------------------

_NAMES: dict[str, tuple[str, str, str]] = {
    "niuean": ("Mititaiagimene Pilimai Lagitupu Fakahula Tauveve Hinetali",
               "Togiamua Pulefou Makapaogo Sionetama Heketoa Talagifono",
               "Lipitoa Tafatu Poumale Ikiua Tukuitoga Pulehetoa Vilitama Kalauni"),
    "tuvaluan": ("Saloa Teuleala Malaefono Sielu Fakasoa Lagituaiva",
                 "Apisai Enele Kausea Taukiei Maatia Seluka",
                 "Natano Sopoaga Toafa Ielemia Puapua Tafaki Italeli Paeniu"),
    "chuukese": ("Kiomi Simiko Onopwe Sinoru Tapwe Wenimei",
                 "Ikiuo Sapwe Wenik Kinio Aisek Rosiro",
                 "Otokichy Esirom Enlet Sinipwi Weital Fanasi Kimiuo Sapwuro"),
    "pohnpeian": ("Linsihpw Meriner Kihlenna Limwei Sohnpei Nahnlaimw",
                  "Oliter Sehpin Lepen Lohpwe Kasiano Iohanes",
                  "Panuelo Nanpei Sohram Ehsa Lihkeuh Kehpwehn Ligohr Sapwuahfik"),
    "yapese": ("Tamag Lumor Fitheg Gilmatam Dolhoa Yinug",
               "Falanmow Tamangin Ruepong Gilbalay Fanechig Fanoway",
               "Falanruw Tamagken Ruwepong Dugchur Gilyad Thinnifel Chugumad Lukan"),
    "wallisian": ("Kalolaine Losaline Fakaloloi Telesia Malekalita Sulia",
                  "Petelo Kalepo Apelamo Mikaele Soane Tomasi",
                  "Uhila Taofifenua Tuifua Lakina Mulikihaamea Lauhea Falelavaki Tukumuli"),
    "afar": ("Hasnaito Kadiga Haloita Dahaba Asiyahto Aydaahis",
             "Hanfare Yayyo Gaaso Unda Ahmadalle Dabaale",
             "Alimirah Hummadiyya Kassimto Dinikari Aboubakarto Galaafi Ougoure Kamilto"),
    "nuer": ("Nyakuoth Nyaruach Nyabuay Nyadak Nyamal Nyaboth",
             "Gatwech Riek Puok Koang Gatluak Tut",
             "Gatdet Chuol Jany Kuony Diew Puot Yien Wicleek"),
    "acholi": ("Lanyero Ayaa Atim Aber Laker Lakot",
               "Ocaya Onen Ojok Komakech Odong Lagu",
               "Otunnu Olara Okot Lutwa Lagony Ojara Oryem Okidi"),
    "kosraean": ("Srue Tulpe Kenye Likiaksa Srulik Sepehna",
                 "Tolenna Sruhn Palikun Tulensa Alokoa Kilafwa",
                 "Sigrah Tilfas Palik Kilafwasru Tulensru Nena Isisaki Tosie"),
    "nauruan": ("Eibeb Eigamoiya Eidagaruwo Eiwanok Eimare Eitsiminab",
                "Dogabe Kinza Sprent Deireragea Tamoiya Ranin",
                "Adeang Dabwido Detenamo Aingimea Dowiyogo Audoa Agir Eoe"),
    "makonde": ("Nankanda Chamaluka Nalitumbo Nachinga Akunanda Namalowa",
                "Nangunde Mkumbwa Chinamba Mputa Ntwala Lukumbusho",
                "Chipande Lipumba Kaduma Nandonde Mpwinje Mkotya Namwera Chilumba"),
    "swazi": ("Tsandzile Tfobile Ntfombi Lomasontfo Lindelwa Tibuyile",
              "Bhekumusa Mandvulo Tfulako Mfanasibili Sandziso Mbongeni",
              "Tfwala Tsabedze Fakudze Vilakati Gamedze Shongwe Dvuba Matsebula"),
    "serer": ("Ndella Ngone Yande Selbe Sira Siga",
              "Waly Mbagnick Mayecor Latsouck Diegane Semou",
              "Gning Diouf Loum Ngom Thiaw Sene Dione Diome"),
    "jola": ("Sitoe Ahanling Kanfouga Bakoumba Ahoua Ayinsatou",
             "Nfally Ansoumana Djiboune Abdoukarim Ampa Bacary",
             "Diatta Badji Sagna Goudiaby Bassene Coly Manga Djihounouck"),
    "kpelle": ("Korto Yamah Wokie Nowai Kebeh Gormah",
               "Flomo Yarkpawolo Saye Kerkula Sumo Gbollie",
               "Kollie Korkoyah Zubah Mulbah Yarkpah Kolubah Gbelewala Tokpah"),
    "bassa": ("Nyonnoh Garmai Deddeh Jartu Yeanoh Wonkay",
              "Gbadyu Jallah Dweh Zeogar Tarweh Gbeh",
              "Gbarlee Doepoh Wleh Kpannah Tarpeh Barcon Giah Nyenswah"),
    "frafra": ("Asibi Awinbono Atampoka Ayinbisa Atiah Abolgo",
               "Atia Azure Akanlisikum Ayamdoo Awonodomo Abugre",
               "Azongo Atanga Abanga Akolgo Ayamga Awuni Anaba Atinga"),
    "karachay": ("Bijanes Khadzhiyat Shurukhan Gulizar Kyzkhanym Aslikyz",
                 "Dauut Khasaut Uzeir Khyzyr Boriy Azret",
                 ("Bairamkulova|Bairamkulov Laipanova|Laipanov Batchaeva|Batchaev Uzdenova|Uzdenov Tokova|Tokov "
                  "Khubieva|Khubiev Aibazova|Aibazov Karabashova|Karabashov")),
    "kumyk": ("Tamumkhanum Aizanat Saniyat Umukusum Bikakhanum Dzhavgarat",
              "Abusupyan Irchi Biybolat Tajutdin Kamalutdin Salautdin",
              ("Irchiyeva|Irchiyev Shikhalieva|Shikhaliev Dzhachayeva|Dzhachayev Atayeva|Atayev "
               "Kapiyeva|Kapiyev Biybolatova|Biybolatov Salautdinova|Salautdinov Endireyeva|Endireyev")),
    "dargin": ("Gulbarit Khalimat Kaltuma Umaipat Raisat Mesedu",
               "Akhmednabi Gadzhibek Khizri Batyrai Arslanbek Rasulbek",
               ("Akhmednabieva|Akhmednabiev Gadzhibekova|Gadzhibekov Batyraeva|Batyraev Gubdenova|Gubdenov "
                "Tsudakharova|Tsudakharov Urakhinova|Urakhinov Akushinskaya|Akushinsky Levashinova|Levashinov")),
    "altai": ("Chechek Kuruna Aruuzhan Sunus Kyzyl_Chechek Aidana",
              "Amyr Ezen Manzhy Arzhan Erkemen Kuban",
              ("Tadyeva|Tadyev Kokpoeva|Kokpoev Yalbacheva|Yalbachev Chonchubaeva|Chonchubaev "
               "Tanasheva|Tanashev Baidasheva|Baidashev Mundusova|Mundusov Tolbina|Tolbin")),
    "khakas": ("Chibek Ainyng Kyunek Sugdyr Aryg Altynai",
               "Chystai Kasnak Khulat Ochy Tarkhan Khanmergen",
               ("Kilchichakova|Kilchichakov Kyzlasova|Kyzlasov Topoeva|Topoev Chebodaeva|Chebodaev "
                "Borgoyakova|Borgoyakov Tinikova|Tinikov Sagalakova|Sagalakov Butanaeva|Butanaev")),
    "nogai": ("Kumus Sultanbike Zaure Aysylu Akbike Tolganay",
              "Edige Nauruz Tokai Kubash Kazbiy Musabiy",
              ("Kurmanalieva|Kurmanaliev Kumratova|Kumratov Edigeeva|Edigeev Bekmurzaeva|Bekmurzaev "
               "Kilyakova|Kilyakov Kaplanova|Kaplanov Sheikhaliyeva|Sheikhaliyev Temirbulatova|Temirbulatov")),
    "kashmiri": ("Arnimal Zoonbeb Shehjar Haimaal Lalded Mahjoora",
                 "Mehjoor Nundrishi Shamas Sheikhnoor Wahabkhar Habeebullah",
                 "Zutshi Kitchloo Mattoo Bamzai Wanchoo Sapru Rather Shalla"),
    "apatani": ("Yachang Yapung Hage_Yamang Punyo Takhe_Oniya Mudang",
                "Hage_Yaro Takhe_Rikam Padi_Yubbe Kago_Tatung Michi_Tani Nending_Tamo",
                "Takhe Hage Padi Kago Nending Michi Hibu Kuru"),
    "angami": ("Neiphrenuo Kevinuo Vitsinuo Mhasinuo Sanuo Zhavise",
               "Neikezhakuo Vizol Kevichusa Neiphiu Zapuvisie Vilhoutuo",
               "Kire Sekhose Sanyu Angami Sakhrie Mezhur Rutsa Liezietsu"),
    "bugis": ("Tenriabeng Wecudai Wetenri Tenriwaru Wepaccing Daengtenri",
              "Sawerigading Mappanyukki Arungpone Latenritatta Pawelloi Mappasessu",
              "Tenriajeng Pabbicara Tenritatta Madika Pagilingi Tenrisukki Massalangka Passelloi"),
    "toraja": ("Bulaan Rambulangi Kendek Batanna Lalongan Datulai",
               "Pongtiku Ranteallo Tandipau Baan Kombong Paliling",
               "Tangdilintin Sarungallo Pasulu Rerung Pakasi Palimbong Tandilino Sampetoding"),
    "tausug": ("Dayangdayang Putlihaya Indahbai Nurhaiyah Tarhata Jalnaira",
               "Jikiri Ahajan Abdusakur Hadjirul Sakur Alnaiser",
               "Tulawie Kiram Sahiron Hataman Indanan Patikul Aminkadra Salapuddin"),
    "atayal": ("Yaway Pisuy Lawa Sayun Yaki Yupas",
               "Watan Yukan Temu Hayung Pasang Losin",
               "Tanga Behuy Losing Nomin Silan Baunay Pilin Tahus"),
    "tzotzil": ("Xunka Paxku Loxa Maruch Tonik Katal",
                "Xun Xalik Palas Manvel Chep Lol",
                "Kutsim Ichin Chaktik Xaxib Lotik Jolnaj Okil Tsunun"),
}

#: Traditions whose surnames are sometimes doubled (a hyphen or a space between the two).
_DOUBLE = {"tzotzil": " ", "kpelle": "-", "toraja": " ", "wallisian": " ", "frafra": "-"}
V12_HAND_TRADITIONS = tuple(_NAMES)
#: Every name source, for the meta file.
V12_NAME_SOURCES = tuple(f"hand:{k}" for k in V12_HAND_TRADITIONS)


def written_names(table: dict[str, tuple[str, str, str]] | None = None) -> set[str]:
    """Every name a hand-written table can write; v12's by default (v7's helper, v12's table)."""
    return v7.written_names(_NAMES if table is None else table)


# --------------------------------------------------------------------------------------------
# Phones (layouts of :func:`~dpfusion_integrations.evaluation.heldout_build.shape`)
# --------------------------------------------------------------------------------------------

PHONE_LAYOUTS: dict[str, tuple[str, ...]] = {
    "MC": ("+377 93 NN NN NN", "+377 6 NN NN NN NN", "93 NN NN NN"),
    "SM": ("+378 0549 NNNNNN", "0549 NNN NNN", "+378 66 NNN NNN"),
    "GI": ("+350 200 NNNNN", "+350 5NNN NNNN", "200 NN NNN"),
    "JE": ("+44 1534 NNNNNN", "01534 NNNNNN", "07797 NNNNNN"),
    "AX": ("+358 18 NNNNN", "018 NNN NN", "+358 457 NNN NNNN"),
    "XK": ("+383 44 NNN NNN", "044/NNN-NNN", "038 NNN NNN"),
    "GL": ("+299 NN NN NN", "3N NN NN", "+299 5N NN NN"),
    "BB": ("+1 (246) NNN-NNNN", "1-246-NNN-NNNN", "(246) 2NN NNNN"),
    "BS": ("+1 242-NNN-NNNN", "(242) 3NN-NNNN", "242.NNN.NNNN"),
    "LC": ("+1 758 NNN NNNN", "1 (758) 45N-NNNN", "758-7NN-NNNN"),
    "CW": ("+599 9 NNN NNNN", "(09) 7NN NNNN", "+5999 NNN-NNNN"),
    "PR": ("+1 787-NNN-NNNN", "(939) NNN-NNNN", "787.NNN.NNNN"),
    "DJ": ("+253 77 NN NN NN", "77.NN.NN.NN", "21 35 NN NN"),
    "SS": ("+211 92N NNN NNN", "09NN NNN NNN", "+211 (0) 955 NNN NNN"),
    "SZ": ("+268 76NN NNNN", "7NNN NNNN", "2404 NNNN"),
    "GM": ("+220 7NN NNNN", "9NN NNNN", "(220) 44N NNNN"),
    "SL": ("+232 76 NNNNNN", "076-NNN-NNN", "(022) 2NN NNN"),
    "LR": ("+231 77 NNN NNNN", "0886-NNN-NNN", "+231 (0) 555 NNN NNN"),
    "PW": ("+680 NNN NNNN", "(680) 488-NNNN", "77N-NNNN"),
    "FM": ("+691 320 NNNN", "320-NNNN", "(691) 350-NNNN"),
    "NC": ("+687 NN.NN.NN", "2N NN NN", "+687 7N.NN.NN"),
    "AF": ("+93 70 NNN NNNN", "0799 NNN NNN", "020-2NN-NNNN"),
}
V12_PHONE_COUNTRIES = tuple(PHONE_LAYOUTS)
EXTENSIONS = (" App. NN", " lokal NNN", " Ext: NNN", " xNNNN", " opt. N", " (ext no. NNN)", " int NNN",
              " (direct NNN)")


# --------------------------------------------------------------------------------------------
# Addresses: (streets, towns, districts, postcode layout, line layouts); see ``address_parts``
# --------------------------------------------------------------------------------------------

_ADDRESS: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "MC": ("boulevard des Moulins;avenue de la Costa;rue Grimaldi;boulevard Albert Ier;avenue Princesse Grace",
           "Monaco;Monte-Carlo;La Condamine;Fontvieille;Moneghetti", "Le Millefiori;Villa {B};Les Jardins d'Apolline;Palais {B};Le Continental",
           "98000", ("B:{d}|U:{u2}e étage/S:{n} {s}/C:{pc} {t}", "S:{n} {s}/C:MC {pc} {t}")),
    "SM": ("Via Gino Giacomini;Contrada Omagnano;Via XXV Marzo;Strada di Paderna;Piazzale Marino Calcigni",
           "Città di San Marino;Borgo Maggiore;Serravalle;Domagnano;Faetano;Dogana",
           "Curazia di Gualdicciolo;Curazia di Cailungo;Curazia di Fiorentino;Curazia di Teglio;Curazia di Murata",
           "4789N", ("S:{s} n. {n}/C:{pc} {t}", "S:{s} n. {n}|D:{d}/C:{pc} {t}")),
    "GI": ("Main Street;Irish Town;Governor's Street;Queensway;Devil's Tower Road",
           "Gibraltar;Catalan Bay;Europa Point;Gibraltar;Gibraltar", "Glacis Estate;Laguna Estate;Harbour Views;Ocean Village;Varyl Begg Estate",
           "G\\X11 1\\A\\A", ("U:Flat {u}|B:{d}/S:{n} {s}/C:{t} {pc}", "U:{n}/{u2}|S:{s}/C:{t}")),
    "JE": ("La Route de St Aubin;Rue de la Frontière;La Grande Route de St Jean;Halkett Place;La Rue des Prés",
           "St Helier;St Brelade;Gorey;St Aubin;Trinity", "Le Clos de {B};Les Ormes;La Vallée de Rozel;Maison {B};Le Squez",
           "JEN NAA", ("B:{d}/S:{s}/C:{t}/P:{pc}", "U:Flat {u2}|B:{d}|S:{s}/C:{t}|P:{pc}")),
    "AX": ("Torggatan;Norra Esplanadgatan;Storagatan;Ålandsvägen;Skarpansvägen",
           "Mariehamn;Jomala;Finström;Saltvik;Eckerö", "", "\\A\\X-22NNN",
           ("S:{s} {n} {b}/C:{pc} {t}", "S:{s} {n} {b} {u}/C:{pc} {t}")),
    "XK": ("Rr. Nëna Terezë;Rr. Agim Ramadani;Bulevardi Bill Klinton;Rr. Garibaldi;Rr. Fehmi Agani",
           "Prishtinë;Prizren;Pejë;Gjakovë;Mitrovicë;Ferizaj", "Lagjja Dardania;Lagjja Ulpiana;Lagjja Arbëria;Kodra e Diellit;Lagjja Kalabria",
           "1N000", ("S:{s} nr. {n}|U:hyrja {u2}|U:banesa {u}/D:{d}/C:{pc} {t}", "D:{d}|B:objekti {b}{u2}/C:{t}")),
    "GL": ("Aqqusinersuaq;Imaneq;Qullilerfik;Issortarfimmut;Tuapannguit",
           "Nuuk;Sisimiut;Ilulissat;Qaqortoq;Aasiaat", "Qinngorput;Nuussuaq;Eqalugalinnguit;Radiofjeldet;Quassunnguaq",
           "39NN", ("S:{s} {n}|U:lejl. {u2}/C:{pc} {t}", "B:B-{box}|D:{d}/C:{pc} {t}", "S:Postboks {box}/C:{pc} {t}")),
    "BB": ("Rockley Terrace;Highway 7;Bay Street;Spry Street;Rendezvous Road",
           "Bridgetown;Holetown;Speightstown;Oistins;Bathsheba", "Christ Church;St. Michael;St. James;St. Philip;St. Lucy",
           "BBNNNNN", ("B:#{n}|S:{s}/D:{d}/C:{t}|P:{pc}", "S:{s}|D:{d}/P:{pc}")),
    "BS": ("Shirley Street;East Bay Street;Carmichael Road;Village Road;Soldier Road",
           "Nassau;Freeport;Marsh Harbour;George Town;Dunmore Town", "Cable Beach;Sandyport;Yamacraw;Fox Hill;Lyford Cay",
           "", ("S:{s}|D:{d}/S:P.O. Box N-{box}/C:{t}", "B:#{n}|S:{s}/C:{t}|C:New Providence")),
    "LC": ("Jeremie Street;Micoud Street;Chaussee Road;Bridge Street;Gros Islet Highway",
           "Castries;Gros Islet;Soufrière;Vieux Fort;Dennery", "Bois d'Orange;Rodney Bay;Morne Fortune;La Clery;Sans Soucis",
           "\\L\\CNN NNN", ("D:{d}|C:{t}|P:{pc}", "S:{s}|D:{d}/C:{t}")),
    "CW": ("Schottegatweg Oost;Kaya Flamboyan;Caracasbaaiweg;Kaya Grandi;Penstraat",
           "Willemstad;Sint Michiel;Barber;Westpunt;Soto", "Pietermaai;Otrobanda;Punda;Scharloo;Saliña",
           "", ("S:{s} {n}/D:{d}/C:{t}", "S:{s} z/n|D:{d}/C:{t}")),
    "PR": ("Calle Loíza;Avenida Ponce de León;Calle Fortaleza;Avenida Ashford;Calle Sol",
           "San Juan;Bayamón;Ponce;Carolina;Mayagüez;Caguas", "Urb. Villa {B};Urb. Santa Rosa;Cond. El {B};Urb. Las Lomas;Bo. Cupey",
           "PR 009NN", ("S:{n} {s}|U:Apt {u}/D:{d}/C:{t}|P:{pc}", "D:{d}|S:Calle {b}{u2}/C:{t} {pc}")),
    "DJ": ("Rue de Moscou;Boulevard de la République;Avenue 13;Rue d'Éthiopie;Boulevard du Général de Gaulle",
           "Djibouti;Ali Sabieh;Tadjourah;Obock;Dikhil;Arta", "Plateau du Serpent;Quartier 4;Héron;Balbala;Haramous",
           "", ("S:{s}|D:{d}/S:BP {box}/C:{t}", "D:{d}|B:villa {n}/C:{t}")),
    "SS": ("Ministries Road;Airport Road;Yei Road;Hai Cinema Road;Kololo Road",
           "Juba;Wau;Malakal;Yei;Bor;Torit", "Hai Malakal;Hai Amarat;Thongpiny;Munuki Block {m};Gudele",
           "", ("D:{d}|S:{s}|B:Plot {n}/C:{t}", "D:{d}|B:behind {B} Hotel/C:{t}")),
    "SZ": ("Gwamile Street;Mhlakuvane Street;Dzeliwe Street;Somhlolo Road;Msakato Street",
           "Mbabane;Manzini;Nhlangano;Siteki;Piggs Peak;Big Bend", "Sidwashini;Fairview;Coates Valley;Ngwane Park;Mhobodleni",
           "\\H1NN", ("B:Plot {n}|S:{s}/D:{d}/C:{t}|P:{pc}", "S:P.O. Box {box}/C:{t}|P:{pc}")),
    "GM": ("Kairaba Avenue;Bertil Harding Highway;Kombo Coastal Road;Mosque Road;Leman Street",
           "Banjul;Serrekunda;Brikama;Bakau;Farafenni;Lamin", "Fajara;Kololi;Brusubi Phase {u2};Bundung;Latrikunda Sabiji",
           "", ("B:Compound {n}|S:{s}/D:{d}/C:{t}", "D:{d}|U:Plot {n}/C:{t}")),
    "SL": ("Wilberforce Street;Siaka Stevens Street;Wilkinson Road;Spur Road;Kissy Road",
           "Freetown;Bo;Kenema;Makeni;Lungi", "Hill Station;Aberdeen;Murray Town;Congo Cross;Lumley",
           "", ("B:{n}|S:{s}/D:{d}/C:{t}", "U:{n}{b}|S:{s}|D:{d}/C:{t}")),
    "LR": ("Tubman Boulevard;Broad Street;Randall Street;Carey Street;UN Drive",
           "Monrovia;Gbarnga;Buchanan;Harper;Kakata", "Sinkor;Congo Town;Paynesville;Mamba Point;Old Road",
           "10NN", ("S:{s}|D:{d}/C:{pc} {t}", "D:{d}|B:opposite {B} Junction/C:{t}")),
    "PW": ("Lebuu Street;Malakal Road;Ngerkesoaol Road;Topside Road;Meyuns Road",
           "Koror;Melekeok;Airai;Ngardmau;Kayangel", "Ngerbeched;Meketii;Idid;Ngermid;Iyebukel",
           "PW 96940", ("S:P.O. Box {box}/C:{t}|P:{pc}", "D:{d} Hamlet|S:{s}/C:{t}|C:Palau")),
    "FM": ("Kolonia Main Road;Sokehs Causeway;Nett Point Road;Dolonier Road;Weno Airport Road",
           "Kolonia;Palikir;Weno;Colonia;Tofol", "Nett;Sokehs;Madolenihmw;Kitti;Iras",
           "FM 9694N", ("S:P.O. Box {box}/C:{t} {pc}", "B:{B} Building|S:{s}/D:{d}/C:{t}")),
    "NC": ("rue de Sébastopol;avenue Foch;rue Jean Jaurès;boulevard Vauban;rue Anatole France",
           "Nouméa;Dumbéa;Mont-Dore;Païta;Koné;Lifou", "Anse Vata;Baie des Citrons;Magenta;Vallée des Colons;Ouémo",
           "988NN", ("S:{n} {s}|D:{d}/C:{pc} {t}", "B:Résidence {B}|U:appt {u}/S:{n} {s}/C:{pc} {t}")),
    "AF": ("Darulaman Road;Jada-e Maiwand;Salang Watt;Kolola Pushta Road;Char Rahi Sedarat",
           "Kabul;Herat;Mazar-i-Sharif;Kandahar;Jalalabad", "Shahr-e Naw;Wazir Akbar Khan;Karte Parwan;Karte Se;Qala-e Fathullah",
           "10NN", ("B:House {n}|S:Street {u2}|D:{d}/C:{t}", "D:{d}|S:{s}|U:Lane {u}/C:{t} {pc}")),
}
V12_ADDRESS_COUNTRIES = tuple(_ADDRESS)
TOWNS = {c: tuple(dict.fromkeys(v[1].split(";"))) for c, v in _ADDRESS.items()}
_SUBTYPES = {"S": "street", "U": "unit", "B": "building", "D": "district", "C": "city", "P": "postcode"}
_BUILDING_WORDS = ("Heliconia", "Breadfruit", "Pandanus", "Juniper", "Saxifrage", "Lichen", "Cardinal", "Mangrove",
                   "Tamarisk", "Edelweiss")


def address_layouts(country: str) -> tuple[str, ...]:
    """The line layouts of ``country`` (the structural choice of a document's address)."""
    return _ADDRESS[country][4]


def address_lines(rng: random.Random, country: str, layout: str) -> tuple[list[list[tuple[str, str]]], str]:
    """One address as lines of ``(text, subtype)`` parts, and its town; the layout (a structural fact)
    fixes how many lines and parts there are, the RNG only what they say."""
    streets, _, districts, pc_layout, _ = _ADDRESS[country]
    town = rng.choice(TOWNS[country])
    values = {"n": str(rng.randrange(1, 180)), "m": str(rng.randrange(2, 60)), "u": str(rng.randrange(1, 30)),
              "u2": str(rng.randrange(1, 9)), "b": rng.choice("ABCDE"), "box": str(rng.randrange(100, 8999)),
              "pc": shape(rng, pc_layout), "t": town, "B": rng.choice(_BUILDING_WORDS)}
    values["d"] = rng.choice(districts.split(";")).format(**values) if districts else ""
    values["s"] = rng.choice(streets.split(";")).format(**values)
    return address_parts(layout, values, _SUBTYPES), town


# --------------------------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------------------------

_ID_SHAPES: dict[str, tuple[str, ...]] = {
    # national numbers without a check here: Kosovar personal number, Gibraltar identity card, Monegasque
    # residence card, Liberian and Sierra Leonean national identity numbers, Afghan e-tazkira
    "natid": ("1NNNNNNNNN", "G-NNNNNNN-\\C", "\\C\\R NNNNN/Y", "\\L\\R-NNNN-NNNN-NNNN", "\\S\\L NNNNNNNN",
              "NNNN-NNNN-NNNNN"),
    "passport": ("\\P\\WNNNNNN", "\\F\\MNNNNNNN", "\\S\\ZNNNNNNN", "NNNNNNNNN \\B\\B"),
    "licence": ("\\D\\L NNNNNN-AA", "NNNNNNN/\\DRV", "\\B\\D-NNNNN"),
    "plate": ("\\M\\C NNNN", "\\J NNNNN", "\\G NNNN A", "NN-NNN-\\K\\S", "\\H\\B NNNN", "\\A\\B\\C-NNN",
              "\\L\\A-NN-AA"),
    "order": ("\\P\\O-NNNNN/Y", "NNNNN\\O\\R", "\\W\\O #NNNN"),
    "booking": ("\\R\\E\\S-NNNNN", "NNNN\\B\\K\\G", "\\B-2YNN-NNN"),
    "invoice": ("\\F-2Y-NNNNN", "\\I\\N\\V NNNNN", "NNNNN/\\R"),
    "member": ("\\C\\L\\B-NNNN", "NNNNNN\\M", "\\M\\E\\M NNNNN"),
    "account": ("NNNN NNNN NN", "\\A/\\C NNNNNN", "NNN-NNNNN-NN"),
    "case": ("\\J\\N NNNNN", "NNNNN-2Y", "\\R\\E\\F/NNNN/Y"),
    "policy": ("\\P\\L-NNNNNNN", "NNNNNN/\\H\\H", "\\C\\O\\V NNNNN"),
    "contract": ("\\C-2Y-NNNN", "NNNNN/\\L\\S", "\\A\\G-NNNNN"),
    "serial": ("\\S\\E\\R NNNNNNN", "XXXX-NNNNNN", "NNNNN.NNN"),
    "device": ("\\E\\S\\N NNNNNNNNNNN", "\\M\\A\\C HH:HH:HH:HH:HH:HH", "\\R\\F\\I\\D NNNNNNNNNN"),
    "staff": ("\\S\\T\\F-NNNN", "NNNN\\W", "\\E\\M\\P/NNNNN"),
    "student": ("\\S\\T\\U NNNNN", "NNNNNN/\\S", "\\A\\P\\P-NNNN"),
    "patient": ("\\M\\R\\N NNNNNNN", "NNN NNN NNN", "\\H\\S\\N-NNNNN"),
    "gate": ("\\K\\E\\Y NNN", "\\C\\O\\D\\E NNNN#", "\\F\\O\\B-NNNN"),
    "batch": ("\\L\\O\\T NNNN-Y", "\\G\\Y-NNN", "\\B\\R NNNNN"),
    "pawn": ("\\P\\T NNNNNN", "NNNNN-\\L", "\\T\\K\\T NNNNN"),
    "cadastre": ("\\P\\A\\R\\C\\E\\L NN/NNN", "NNN-NN-NNNN", "\\L\\O\\T NNN \\B\\L\\K NN"),
    "ueln": ("NNNNNNXNNNNNNNN", "NNN NNN NNNNNNNN", "NNNNNNNNNNNNNNN"),
    "vessel": ("\\F\\V-NNN", "\\M\\M\\S\\I NNNNNNNNN", "\\R\\E\\G NNNN"),
    "ticket": ("\\T\\I\\X-NNNNN", "NNNNNNN", "\\S\\K\\T NNNN"),
}
#: Identifier kinds (template slot ``{idN.kind}``) and their reported subtype.
ID_KINDS = {**{k: k for k in _ID_SHAPES}, "natid": "national", "cpr": "national", "kennitala": "national",
            "cuit": "national", "amka": "national", "patient": "health", "device": "device", "serial": "device",
            "gate": "access", "pawn": "ticket", "ueln": "animal", "iban": "iban"}
_IBAN_BBAN = {"MC": "NNNNNNNNNNXXXXXXXXXXXNN", "GI": "AAAAXXXXXXXXXXXXXXX", "XK": "NNNNNNNNNNNNNNNN",
              "GL": "NNNNNNNNNNNNNN", "LC": "AAAAXXXXXXXXXXXXXXXXXXXXXXXX", "DJ": "NNNNNNNNNNNNNNNNNNNNNNN"}
_CPR_W = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
_KT_W = (3, 2, 7, 6, 5, 4, 3, 2)
_CUIT_W = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def cpr_is_valid(value: str) -> bool:
    """A Danish/Greenlandic CPR number ``DDMMYY-SSSS`` (or without the hyphen) whose ten digits weighted
    4,3,2,7,6,5,4,3,2,1 sum to a multiple of 11 (the legacy modulus-11 rule)."""
    digits = value.replace("-", "")
    return (len(digits) == 10 and digits.isdigit()
            and sum(int(c) * w for c, w in zip(digits, _CPR_W, strict=True)) % 11 == 0)


def _kt_check(eight: str) -> int:
    return (11 - sum(int(c) * w for c, w in zip(eight, _KT_W, strict=True)) % 11) % 11


def kennitala_is_valid(value: str) -> bool:
    """An Icelandic kennitala ``DDMMYY-RRCK``: the ninth digit ``C`` is ``11 - (sum of the first eight
    weighted 3,2,7,6,5,4,3,2) mod 11`` (0 for 11; 10 never issued), ``K`` the century (9 or 0)."""
    digits = value.replace("-", "")
    return (len(digits) == 10 and digits.isdigit() and digits[9] in "90"
            and _kt_check(digits[:8]) < 10 and _kt_check(digits[:8]) == int(digits[8]))


def _cuit_check(ten: str) -> int:
    return (11 - sum(int(c) * w for c, w in zip(ten, _CUIT_W, strict=True)) % 11) % 11


def cuit_is_valid(value: str) -> bool:
    """An Argentine CUIT/CUIL ``PP-NNNNNNNN-C``: ``11 - (digits weighted 5,4,3,2,7,6,5,4,3,2) mod 11``
    (0 for 11; prefixes whose check would be 10 are not issued)."""
    parts = value.split("-")
    digits = "".join(parts)
    return (len(parts) == 3 and len(parts[0]) == 2 and len(parts[1]) == 8 and len(parts[2]) == 1
            and digits.isdigit() and _cuit_check(digits[:10]) < 10 and _cuit_check(digits[:10]) == int(digits[10]))


def amka_is_valid(value: str) -> bool:
    """A Greek AMKA: eleven digits (``DDMMYY`` and five more) whose last is the Luhn check of the rest."""
    digits = value.replace(" ", "")
    return len(digits) == 11 and digits.isdigit() and luhn_digit(digits[:10]) == int(digits[10])


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

_MONTHS_IS = ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
              "nóvember", "desember")
_MONTHS_SQ = ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor",
              "nëntor", "dhjetor")
_MONTHS_SW = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
              "Novemba", "Desemba")
_MONTHS_PAP = ("yanüari", "febrüari", "mart", "aprel", "mei", "yüni", "yüli", "ougùstùs", "sèptèmber", "òktober",
               "novèmber", "desèmber")
_MONTHS_FI = ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
              "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta")

#: Styles without month or weekday words (ordinal and week dates among them).
NUMERIC_STYLES = ("d.mm.Y", "Y. mm. dd.", "mm.dd.Y", "Y-ddd", "Y-Www-d", "ddMONyy", "Wkd dd/mm/Y", "d-Mon-yy")
#: Styles of a day within the year (no year written).
SHORT_STYLES = ("dth Month", "Wkd, d Mon", "d/mm (Wkd)", "Month d (Wkd)")
#: Styles in words, English and other languages' orders, eras and month words.
TEXT_STYLES = ("d Mon Y", "Mon d Y", "Mon. d, Y", "d. mánuður Y", "d muaj Y", "d Mwezi Y", "d di luna Y",
               "d. kuuta Y", "令和y年m月d日")
DATE_STYLES = NUMERIC_STYLES + SHORT_STYLES + TEXT_STYLES


def format_date(d: date, style: str) -> str:
    """``d`` written in one of :data:`DATE_STYLES`."""
    i = d.month - 1
    month, mon, yy, day = MONTHS[i], MONTHS[i][:3], f"{d.year % 100:02d}", WEEKDAYS[d.weekday()]
    iso_year, iso_week, iso_day = d.isocalendar()
    table = {
        "d.mm.Y": f"{d.day}.{d.month:02d}.{d.year}", "Y. mm. dd.": f"{d.year}. {d.month:02d}. {d.day:02d}.",
        "mm.dd.Y": f"{d.month:02d}.{d.day:02d}.{d.year}", "Y-ddd": f"{d.year}-{d.timetuple().tm_yday:03d}",
        "Y-Www-d": f"{iso_year}-W{iso_week:02d}-{iso_day}", "ddMONyy": f"{d.day:02d}{mon.upper()}{yy}",
        "Wkd dd/mm/Y": f"{day[:3]} {d.day:02d}/{d.month:02d}/{d.year}", "d-Mon-yy": f"{d.day}-{mon}-{yy}",
        "dth Month": f"{ordinal(d.day)} {month}", "Wkd, d Mon": f"{day[:3]}, {d.day} {mon}",
        "d/mm (Wkd)": f"{d.day}/{d.month:02d} ({day[:3]})", "Month d (Wkd)": f"{month} {d.day} ({day[:3]})",
        "d Mon Y": f"{d.day} {mon} {d.year}", "Mon d Y": f"{mon} {d.day} {d.year}",
        "Mon. d, Y": f"{mon}. {d.day}, {d.year}", "d. mánuður Y": f"{d.day}. {_MONTHS_IS[i]} {d.year}",
        "d muaj Y": f"{d.day} {_MONTHS_SQ[i]} {d.year}", "d Mwezi Y": f"{d.day} {_MONTHS_SW[i]} {d.year}",
        "d di luna Y": f"{d.day} di {_MONTHS_PAP[i]} {d.year}", "d. kuuta Y": f"{d.day}. {_MONTHS_FI[i]} {d.year}",
        "令和y年m月d日": f"令和{d.year - 2018}年{d.month}月{d.day}日",
    }
    if style not in table:
        raise InvalidParameterError(f"unknown date style {style!r}")
    return table[style]


# --------------------------------------------------------------------------------------------
# Organisations: ``{B}`` an invented brand, ``{T}`` a town, ``{L}``/``{L2}`` surnames, ``{F}`` a given name
# --------------------------------------------------------------------------------------------

_BRAND_PARTS = ("qu", "ven", "ora", "tis", "mol", "ek", "sab", "uri", "fel", "ago", "nix", "ter", "ulo", "wan", "pre",
                "isa", "kor", "bel", "ama", "dun", "ez", "hal", "ovi", "ras", "gli", "ton", "yar", "ebe", "lum", "cas")
ORG_FORMS: dict[str, tuple[str, ...]] = {
    "brewery": ("{B} Brewing", "{T} Brewery", "{L} Brauhaus", "{B} Ales", "Birrificio {B}"),
    "watchmaker": ("{B} Horlogerie", "{L} Watch Repairs", "{T} Clockworks", "{B} Timepieces", "Atelier {L}"),
    "creamery": ("{B} Creamery", "{T} Dairy Co-op", "{L} Cheese Cellar", "{B} Fromagerie", "Caseificio {B}"),
    "circus": ("{B} Circus School", "{T} Circus Arts", "{L} Trapeze Club", "Cirque {B}", "{B} Aerial Studio"),
    "glassworks": ("{B} Glass", "{T} Glassworks", "{L} Hot Shop", "Vetreria {B}", "{B} Furnace Studio"),
    "charter": ("{B} Sportfishing", "{T} Fishing Charters", "{L} Reel Adventures", "{B} Bluewater", "Pesca {B}"),
    "scaffolder": ("{B} Scaffolding", "{L} Access Solutions", "{T} Scaffold Hire", "{B} Tube & Fitting", "{L} & {L2} Scaffolding"),
    "archery": ("{B} Archers", "{T} Bowmen", "{L} Field Archery Club", "{B} Longbow Society", "Arc Club {B}"),
    "farrier": ("{B} Farriery", "{L} Forge", "{T} Equine Hoofcare", "{B} Shoeing", "{L} & Sons Farriers"),
    "sweep": ("{B} Chimney Sweeps", "{L} Sweeping Services", "{T} Flue Care", "{B} Soot & Brush", "Ramoneur {B}"),
    "icerink": ("{B} Ice Arena", "{T} Ice Rink", "{B} Skating Club", "{L} Figure Skating Academy", "Patinoire {B}"),
    "hut": ("{B} Hut", "{T} Alpine Hut", "{L} Refuge", "Rifugio {B}", "{B} Mountain Lodge"),
    "upholsterer": ("{B} Upholstery", "{L} Re-covering", "{T} Furniture Restorers", "{B} Fabrics & Foam", "Tapisserie {B}"),
    "surveyor": ("{B} Surveys", "{L} Land Surveying", "{T} Geomatics", "{L} & {L2} Chartered Surveyors", "{B} Mapping"),
    "pawnbroker": ("{B} Pawnbrokers", "{L} Loans & Jewellery", "{T} Cash Exchange", "{B} Pledge", "Mont-de-Piété {B}"),
    "sawmill": ("{B} Timber", "{T} Sawmill", "{L} Lumber", "{B} Hardwoods", "{L} Joinery & Mill"),
    "employer": ("{B}", "{B} S.A.M.", "{B} Sh.p.k.", "{B} ApS", "{B} A/S", "{B} Ltd", "{B} Inc.", "{B} S.A.R.L.",
                 "{L} & {L2}", "{B} Holdings", "{B} Group"),
    "insurer": ("{B} Assurance", "{B} Insurance", "{T} General", "{B} Mutual", "{B} Sigurime"),
    "council": ("{T} Municipality", "Mairie de {T}", "{T} Parish Hall", "{T} Town Council"),
    "hospital": ("{T} General Hospital", "{B} Medical Centre", "Hôpital {B}", "{T} Polyclinic"),
    "school": ("{T} Secondary School", "{B} College", "Collège {B}", "{T} Community School"),
    "bank": ("{B} Bank", "Banque {B}", "{T} Credit Union", "Banka {B}"),
    "charity": ("{B} Foundation", "{T} Rotary", "Friends of {T}", "{B} Relief"),
}


# --------------------------------------------------------------------------------------------
# Contacts
# --------------------------------------------------------------------------------------------

_FREE_MAIL = ("gmail.com", "monaco.mc", "omniway.sm", "gibtelecom.net", "jerseymail.co.uk", "aland.net",
              "ipko.net", "greennet.gl", "caribsurf.com", "batelnet.bs", "candw.lc", "onenet.cw",
              "prtc.net", "intnet.dj", "zain.ss", "realnet.co.sz", "qanet.gm", "sierratel.sl", "lonestar.lr",
              "palaunet.com", "mail.fm", "lagoon.nc", "afghan-wireless.af", "outlook.com", "yahoo.com", "icloud.com")
_ORG_TLDS = ("mc", "sm", "gi", "je", "ax", "com", "gl", "bb", "bs", "lc", "cw", "pr", "dj", "ss", "co.sz", "gm",
             "sl", "lr", "pw", "fm", "nc", "af", "beer", "watch", "ski", "fish", "glass", "farm")
_INTERNAL = ("{s}.ad", "{s}.internal.lan", "ws.{s}.local", "{s}.office", "corp.{s}.net", "{s}.intern")
_STOP = {"the", "of", "and", "de", "la", "du", "birrificio", "atelier", "caseificio", "cirque", "vetreria", "pesca",
         "arc", "club", "ramoneur", "patinoire", "rifugio", "tapisserie", "mont", "piete", "mairie", "hopital",
         "college", "banque", "banka", "friends", "sons"}


class ValuesV12(HandTableDrawing, v7.ValuesV7):
    """Draws v12's private values with the per-document RNG ``rng``; user names, handles and IP
    addresses are drawn as v7 draws them, from v12's names."""

    id_shapes, iban_bban = _ID_SHAPES, _IBAN_BBAN
    hand_traditions, hand_names, hand_doubled = V12_HAND_TRADITIONS, _NAMES, _DOUBLE
    domain_stop, domain_internal, domain_tlds = _STOP, _INTERNAL, _ORG_TLDS
    domain_split_hyphens = True
    org_towns, org_countries, brand_parts = TOWNS, V12_ADDRESS_COUNTRIES, _BRAND_PARTS

    # people --------------------------------------------------------------------------------
    def email(self, p: Person, domain: str | None) -> str:
        rng = self.rng
        f, last = name_token(p.first), name_token(p.last)
        local = rng.choice((f"{f}.{last}", f"{f[:1]}.{last}", f"{last}{f[:2]}", f"{f}{rng.randrange(1970, 2008)}",
                            f"{last}_{f}", f"{f}.{last[:1]}", f"{f[:1]}{last}{rng.randrange(1, 99)}", f"{last}"))
        return f"{local}@{domain or rng.choice(_FREE_MAIL)}"

    # identifiers --------------------------------------------------------------------------------
    def ident(self, kind: str, variant: int) -> str:
        """An identifier of ``kind``; ``variant`` (a structural fact) picks its layout."""
        rng = self.rng
        if kind == "iban":
            return self.iban(variant)
        if kind == "cpr":
            while True:
                d = self._birth(1945, 60)
                nine = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{shape(rng, 'NNN')}"
                check = (11 - sum(int(c) * w for c, w in zip(nine, _CPR_W, strict=False)) % 11) % 11
                if check < 10:
                    value = nine + str(check)
                    return f"{value[:6]}-{value[6:]}" if variant == 0 else value
        if kind == "kennitala":
            while True:
                d = self._birth(1945, 60)
                eight = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{shape(rng, 'NN')}"
                if _kt_check(eight) < 10:
                    value = f"{eight}{_kt_check(eight)}{'9' if d.year < 2000 else '0'}"
                    return f"{value[:6]}-{value[6:]}" if variant == 0 else value
        if kind == "cuit":
            while True:
                ten = rng.choice(("20", "27", "23", "24")) + f"{rng.randrange(10_000_000, 45_000_000):08d}"
                if _cuit_check(ten) < 10:
                    return f"{ten[:2]}-{ten[2:]}-{_cuit_check(ten)}"
        if kind == "amka":
            d = self._birth(1945, 60)
            ten = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{shape(rng, 'NNNN')}"
            return ten + str(luhn_digit(ten))
        return self.shaped_id(kind, variant)

    def id_variants(self, kind: str) -> int:
        """How many layouts ``kind`` has (the range of its structural ``variant``)."""
        if kind == "iban":
            return 2 * len(_IBAN_BBAN)
        if kind in ("cpr", "kennitala"):
            return 2
        if kind in ("cuit", "amka"):
            return 1
        if kind not in _ID_SHAPES:
            raise InvalidParameterError(f"unknown identifier kind {kind!r}")
        return len(_ID_SHAPES[kind])
