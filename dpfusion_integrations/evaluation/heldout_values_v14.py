"""Value vocabularies and drawing rules of the fourteenth held-out tagging set (v14).

Written for v14 by an author who did not open the tagger (its code, rules, gazetteers, word lists or
tests), nor any tagger output or per-round profile on a held-out set. Every name is written here by
hand, in naming traditions none of v1-v13 drew from (:data:`V14_HAND_TRADITIONS`); the tests check that
no token of them is in an earlier set's hand-written lists, in the Faker name lists of any locale v1-v5
drew names from, or in a PERSON mention of the frozen v1-v13 files. Faker is not used at all.

Addresses of countries none of v1-v13 wrote addresses for (:data:`V14_ADDRESS_COUNTRIES`), phones of
countries none of v1-v13 wrote phones for, with extension forms none of them used, identifiers of many
kinds (several with their check digits), dates in orders and month words the earlier sets did not use,
organisations of v14's own kinds. What the set holds is described in its ``.meta.json`` only.

:class:`ValuesV14` reuses the generic drawing of v7's :class:`~dpfusion_integrations.evaluation.
heldout_values_v7.ValuesV7` (user names, handles, IP addresses) and replaces what is vocabulary. The
renderer and the set are in :mod:`~dpfusion_integrations.evaluation.heldout_v14`.
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
    ordinal,
    shape,
    with_iban_check,
)

__all__ = [
    "DATE_STYLES", "EXTENSIONS", "ID_KINDS", "NUMERIC_STYLES", "ORG_FORMS", "PHONE_LAYOUTS", "SHORT_STYLES",
    "TEXT_STYLES", "TOWNS", "V14_ADDRESS_COUNTRIES", "V14_HAND_TRADITIONS", "V14_NAME_SOURCES",
    "V14_PHONE_COUNTRIES", "ValuesV14", "address_layouts", "address_lines", "cnp_is_valid", "format_date",
    "oib_is_valid", "personnummer_is_valid", "prcid_is_valid", "written_names",
]  # fmt: skip

# --------------------------------------------------------------------------------------------
# Names: (female given names, male given names, surnames). ``_`` joins the words of one name,
# ``f|m`` is a surname written differently for women and men.
# --------------------------------------------------------------------------------------------

_NAMES: dict[str, tuple[str, str, str]] = {
    "tsou": ("Avai Yangui Bakuzu Paicu Nau Mo'e",
             "Voyu Pasuya Tanivu Akuo Yapasuyongu Mooteu",
             "Yakumangana Noacachiana Yulunana Tiakiana Yasiungu Tapangu Muknana Niahosa"),
    "rukai": ("Lavurase Lavaus Dresedrese Ledredre Balenge Mulisi",
              "Tanubak Lavakau Dadelavan Drangadrang Aruladenge Kui",
              "Taruludan Kadruluan Lrupedan Madalan Dalrupeng Kadresengan Pacekele Kalikan"),
    "puyuma": ("Samiyan Lrungulr Akimi Temulrun Sinbulan Iraw",
               "Sangpuy Kasaw Siyapen Ahsiu Kimaki Danyan",
               "Pasaraedr Kalralrang Ratemeran Kasavakan Sapayan Katratripulr Pinaski Valangaw"),
    "saisiyat": ("Obay Yuraw Yawi Ibih Lalaw Kaley",
                 "Bauwaz Omaw Kalih Tain Bawnay Yumaw",
                 "Titiyon Kaybaybaw Tawtawazay Tanohila Kasames Minrayan Sayhawan Sawan"),
    "karbi": ("Kajir Sarpi Kareng Mainu Langmi Rongmili",
              "Sarthe Langbar Rongsing Longki Jirsong Dili",
              "Teron Terang Ingti Timung Hanse Engti Rongpi Tokbi"),
    "kokborok": ("Bwtali Kwchwi Surwi Tuimwi Hachwi Lwngti",
                 "Kwrwi Songthwi Bwsu Tuisa Harwi Bwchang",
                 "Debbarma Reang Jamatia Noatia Murasing Rupini Kalai Uchoi"),
    "ho": ("Dasmati Sukuri Chandmuni Paimuni Sinimuni Guruwari",
           "Somra Dobro Boyar Lakhia Chamru Gono",
           "Sinku Tiu Gagrai Pingua Kalundia Deogam Laguri Jonko Tubid Sundi"),
    "warli": ("Jivli Somi Lakhi Thaki Budhli Navsi",
              "Jivya Somya Balya Dhaklya Budhya Vitthya",
              "Mashe Vangad Bhoye Dhodi Kharpade Dumada Bhusara Ravte"),
    "sango": ("Yassena Ndoumbe Kossale Ngarena Zandia Mbaigou",
              "Gbandi Yakete Ngaikoua Sanze Mbelo Zokoue",
              "Ngouandjika Koyambounou Gbezera Sende Yangongo Ngbokoto Ouaboua Kolingba"),
    "bubi": ("Rilohe Biosa Elobi Muebake Bisila Sipota",
             "Bokesa Bolopa Moaba Ribelo Echuaka Bolaeche",
             "Borico Riloha Sipoto Boleko Bolekia Mapiko Esara Muebake"),
    "lari": ("Nsona Nkenge Bintsamou Mabondzo Ndona Loukene",
             "Mpassi Nzaou Kimbembe Loufoua Mabanza Nsiloulou",
             "Milongo Ntsoumou Bouanga Loukakou Nkounkou Matsoua Bitsindou Moukouamou"),
    "balanta": ("Nfeda Kande Bliha Ndalu Nhinte Ntchuli",
                "Ntchama Bitchofle Nfanda Blufo Iafa Nhante",
                "Na_Tchuto Na_Waie Na_Bitchita Intchama Indjai Nhaga Intcha Nanque"),
    "bidayuh": ("Sepit Dayung Ridah Dinyah Lisiah Sinap",
                "Jerip Nyambong Sadom Ribos Atet Nojeh",
                "Jemut Sipit Jimbun Dundang Mujan Rangieh Sadieng Manggie"),
    "carolinian": ("Mailang Rofaiyo Ilolop Sairong Limeyang Naiyolog",
                   "Ligowel Rakimwel Yalimwar Sapwoul Ilomaar Manuwel",
                   "Taisacan Kaipat Olopai Igitol Tagabuel Rabauliman Teregeyo Mettao Tawerilmang"),
    "shipibo": ("Sanken Metsa Bensho Panshin Ashin Inin",
                "Roabo Pecon Bawan Isaka Shahuan Nishi",
                "Inuma Ahuanari Sanancino Mahua Cauper Sinarahua Amasifuen Fasabi"),
    "awajun": ("Yampis Nantu Sanchium Wampush Ipiak Tseje",
               "Tsamajain Daekat Shajian Kuji Sejekam Tuntuam",
               "Dekentai Yagkug Shimpukat Wisum Wajajai Nugkuag Kaikat Jempekit"),
    "kayapo": ("Tuira Irekran Bekwyjka Nhakkanti Ngreikare Panhkra",
               "Ropni Bepkororoti Akiaboro Kokoti Kubei Paiakan",
               "Metuktire Txucarramae Mekragnotire Gorotire Kubenkrankegn Kokraimoro Xikrin Kaprankrere"),
    "mahorais": ("Zaouria Zalifa Anlia Echati Mouhoubati Sitirati",
                 "Boinali Houmadi Anli Zoubert Andhume Chamsidine",
                 "Attoumani Maoulida Chanfi Ousseni Combo Boinahery Mchindra Toiybou"),
    "mien": ("Meuy Fou Muang Yoon Kaoyan Chiemfin",
             "Kouichoy Kaochuan Naichiem Fouyien Lauseng Chiowfin",
             "Saechao Saelee Saephan Saeteurn Saefong Saelio Saechin Saeyang"),
    "nyakyusa": ("Tusekile Angetile Ikupa Atupele Anyitike Upokile",
                 "Lusekelo Ambokile Ipyana Mbonile Ambilikile Tumpale",
                 "Mwakyusa Mwakalinga Mwakibete Mwasomola Mwaipaja Mwakasege Mwakyembe Mwansasu"),
    "chaga": ("Ndeshimuu Ndekocha Ndeanaa Ndesia Ndekirwa Ndemasiko",
              "Ndesamburo Nderumaki Ndemiti Kirumbi Ndesario Mfinanga",
              "Lyimo Massawe Urassa Shirima Kimaro Mallya Tarimo Minja"),
    "sukuma": ("Kabula Ngolo Nshoma Ngwashi Shilinde Nkamba",
               "Masanja Shija Kashinje Ngusa Nkwabi Mayunga",
               "Mabula Shigela Maduhu Lugembe Ndalahwa Masele Buhinda Nzengo"),
    "bari": ("Kiden Poni Jokudu Yiko Yabang Sworo",
             "Tongun Jada Gumbiri Lokule Lasu Mogga",
             "Lomoro Tombe Ladu Pitia Kenyi Lemi Jubek Sebit"),
    "lugbara": ("Ayikoru Ajidiru Candiru Amandua Ozunga Ayaru",
                "Drani Ezaruku Onzima Adiga Obitre Andama",
                "Anguyo Andrua Asiku Okuonzi Ayiko Eriku Draru Ocokoru"),
    "teso": ("Amuge Akiror Ikimat Apolot Asekenye Alupo",
             "Ekoyu Ebiru Ekadu Epetait Eriaku Ecwaru",
             "Ekwaro Okiria Odeke Omoding Opolot Ejotu Ongodia Oluka"),
    "karamojong": ("Nakiru Nachap Nangiro Nakong Napeyok Nakwang",
                   "Lokwang Lochoro Longok Lotyang Lomuria Lokiru",
                   "Lokeris Lomongin Apalodung Lochap Lomonyang Lokut Longoli Achia"),
    "tonga_zm": ("Mutinta Luyando Choolwe Nchimunya Lushomo Mweemba",
                 "Hakainde Choongo Munsaka Muzyamba Habeenzu Moono",
                 "Hichilema Mweetwa Hamududu Siachitema Hachipuka Syakalima Mudenda Haamukoma"),
    "dogon": ("Yasaou Yadje Yakemo Yatime Yapere Yaniou",
              "Ogobara Amassagou Anai Ambagana Ogotemmeli Atime",
              "Dolo Guindo Kassogue Togo Kodio Ongoiba Timbine Poudiougo"),
    "zomi": ("Cingngaih Dimngaih Niangzadim Lunnuam Ciinnuam Vungnem",
             "Thangkhanlal Pauzagin Khaipau Goukhanpau Lianzadal Thangsuan",
             "Guite Tombing Sukte Samte Hangzo Tonsing Ngaihte Khaute"),
    "dimasa": ("Gunthi Rujaoti Daomili Mainao Sungli Bairaoti",
               "Hamsadao Gausao Jaolin Baodima Dimraji Sengdao",
               "Langthasa Kemprai Nunisa Diphusa Jidung Naiding Phonglo Thaosen"),
    "thadou": ("Nengneilhing Hoineilhing Chinneihat Lhingneivah Boinu Hatneikim",
               "Seilen Paokhohao Lhunkhogin Thangkhosei Jangminlun Paolal",
               "Haokip Kipgen Touthang Singson Lhungdim Chongloi Lhouvum Doungel"),
    "haya": ("Kokushubira Kemilembe Kokugonza Kokutona Kabanyana Kyaruzi",
             "Rwegasira Muchunguzi Kaizilege Rwekaza Byarugaba Mutakyahwa",
             "Rweyemamu Kaijage Rugemalira Mutalemwa Byabato Kamugisha Katunzi Rutechura"),
}

#: Traditions whose surnames are sometimes doubled (a hyphen or a space between the two).
_DOUBLE = {"shipibo": " ", "awajun": " ", "lari": "-", "sango": "-", "haya": " "}
V14_HAND_TRADITIONS = tuple(_NAMES)
#: Every name source, for the meta file.
V14_NAME_SOURCES = tuple(f"hand:{k}" for k in V14_HAND_TRADITIONS)


def written_names(table: dict[str, tuple[str, str, str]] | None = None) -> set[str]:
    """Every name a hand-written table can write; v14's by default (v7's helper, v14's table)."""
    return v7.written_names(_NAMES if table is None else table)


# --------------------------------------------------------------------------------------------
# Phones (layouts of :func:`~dpfusion_integrations.evaluation.heldout_build.shape`)
# --------------------------------------------------------------------------------------------

PHONE_LAYOUTS: dict[str, tuple[str, ...]] = {
    "AG": ("+1 268-46N-NNNN", "(268) 72N-NNNN", "268.78N.NNNN"),
    "AI": ("+1 264-497-NNNN", "(264) 235-NNNN", "1-264-58N-NNNN"),
    "VG": ("+1 284-494-NNNN", "(284) 34N-NNNN", "284 54N NNNN"),
    "MS": ("+1 664-491-NNNN", "(664) 49N-NNNN", "664 496 NNNN"),
    "TC": ("+1 649-946-NNNN", "(649) 23N-NNNN", "649.33N.NNNN"),
    "SX": ("+1 721-54N-NNNN", "(721) 58N-NNNN", "+1 (721) 52N NNNN"),
    "MQ": ("+596 596 NN NN NN", "05 96 NN NN NN", "06 96 NN NN NN"),
    "GF": ("+594 594 NN NN NN", "05 94 NN NN NN", "06 94 NN NN NN"),
    "YT": ("+262 269 NN NN NN", "02 69 NN NN NN", "06 39 NN NN NN"),
    "KM": ("+269 77N NN NN", "+269 33N NN NN", "32N NN NN"),
    "PM": ("+508 41 NN NN", "+508 55 NN NN", "41.NN.NN"),
    "WF": ("+681 72 NN NN", "+681 82 NN NN", "72.NN.NN"),
    "AS": ("+1 684-633-NNNN", "(684) 699-NNNN", "684 25N NNNN"),
    "MP": ("+1 670-23N-NNNN", "(670) 28N-NNNN", "670.48N.NNNN"),
    "KI": ("+686 7NNN NNNN", "7NNNNNNN", "+686 75 NNN NNN"),
    "TV": ("+688 20NNN", "+688 90NNNN", "70NNNNN"),
    "NR": ("+674 444 NNNN", "+674 55N NNNN", "557 NNNN"),
    "NU": ("+683 4NNN", "+683 7NNN", "(683) 4NNN"),
    "FK": ("+500 2NNNN", "+500 5NNNN", "5NNNN"),
    "SH": ("+290 22NNN", "+290 6NNNN", "(+290) 24NNN"),
    "ST": ("+239 222 NNNN", "+239 99N NNNN", "98N NNNN"),
    "GQ": ("+240 222 NNN NNN", "+240 333 09N NNN", "55N NNN NNN"),
    "CG": ("+242 06 NNN NN NN", "+242 05 NNN NN NN", "04 NNN NN NN"),
    "CF": ("+236 75 NN NN NN", "+236 21 61 NN NN", "72 NN NN NN"),
    "GW": ("+245 95 NNN NNNN", "+245 96 NNN NNNN", "443 NN NN NN"),
    "ER": ("+291 1 12 NN NN", "+291 7 NN NN NN", "07 NN NN NN"),
}
V14_PHONE_COUNTRIES = tuple(PHONE_LAYOUTS)
EXTENSIONS = (" ext. NNN", " Ext NNN", " (extensão NNN)", " (Ext.NN)", " ext:NNN", " (poste NN)", " [x NNN]",
              " ext-NNNN")


# --------------------------------------------------------------------------------------------
# Addresses: (streets, towns, districts, postcode layout, line layouts); see ``address_parts``
# --------------------------------------------------------------------------------------------

_ADDRESS: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "AG": ("Long Street;Redcliffe Street;Factory Road;Friars Hill Road;Old Parham Road;Fort Road",
           "St. John's;All Saints;Liberta;Bolans;Parham;English Harbour",
           "Gray's Farm;Cedar Grove;Jennings;Ottos;Villa", "",
           ("S:{n} {s}/D:{d}/C:{t}", "S:{s}|C:{t}|C:Antigua")),
    "AI": ("Albert Lake Drive;Coronation Avenue;Wallblake Road;Stoney Ground Road;Back Street",
           "The Valley;Blowing Point;Sandy Ground;Island Harbour;West End;North Hill",
           "George Hill;Rey Hill;South Hill;Stoney Ground;The Quarter", "\\A\\I-2640",
           ("S:{s}|D:{d}/C:{t}/P:{pc}", "S:P.O. Box {box}/C:{t}|P:{pc}")),
    "VG": ("Main Street;Waterfront Drive;Blackburn Highway;Ridge Road;Station Avenue",
           "Road Town;East End;Spanish Town;The Settlement;Great Harbour;Cane Garden Bay",
           "Purcell Estate;Huntums Ghut;Sea Cow's Bay;Baughers Bay;Fort Hill", "\\V\\G11N0",
           ("B:{B} Building|S:{s}/C:{t}|C:Tortola|P:{pc}", "S:P.O. Box {box}/C:{t}/P:{pc}")),
    "MS": ("Davy Hill Road;Salem Main Road;Brades Main Road;Sweeney's Road;Lookout Road",
           "Brades;Salem;Little Bay;Olveston;St. John's;Cudjoe Head",
           "Davy Hill;Look Out;Woodlands;Frith;Hope", "\\M\\S\\R 1NN0",
           ("S:{s}|D:{d}/C:{t}|P:{pc}", "D:{d}/C:{t}|P:{pc}")),
    "TC": ("Leeward Highway;Grace Bay Road;Front Street;Duke Street;Airport Road",
           "Providenciales;Cockburn Town;Cockburn Harbour;Bottle Creek;Kew",
           "Grace Bay;Blue Hills;Five Cays;Kew Town;Long Bay", "\\T\\K\\C\\A 1\\Z\\Z",
           ("U:Suite {u}|B:{B} Plaza/S:{s}/D:{d}/C:{t}", "S:{n} {s}|D:{d}/C:{t}|P:{pc}")),
    "SX": ("Front Street;Back Street;Welfare Road;Union Road;A.T. Illidge Road;Walter Nisbeth Road",
           "Philipsburg;Simpson Bay;Cole Bay;Cul de Sac;Dutch Quarter;Lower Prince's Quarter",
           "Pointe Blanche;Madame Estate;Sucker Garden;Over the Pond;Cay Hill", "",
           ("S:{s} #{n}/D:{d}/C:{t}", "S:{s} {n}|C:{t}")),
    "MQ": ("rue Victor Hugo;rue Ernest Deproge;route de Didier;rue Lamartine;chemin de Moutte",
           "Fort-de-France;Le Lamentin;Le Robert;Schœlcher;Le François;Sainte-Luce",
           "Terres-Sainville;Cluny;Redoute;Dillon;Bellevue", "972NN",
           ("S:{n} {s}/D:{d}/C:{pc} {t}", "B:Résidence {B}|U:appt {u}/S:{s}/C:{pc} {t}")),
    "GF": ("avenue Léopold Héder;rue Lalouette;route de Baduel;boulevard Jubelin;rue Christophe Colomb",
           "Cayenne;Kourou;Matoury;Rémire-Montjoly;Saint-Laurent-du-Maroni;Macouria",
           "Baduel;Mont-Lucas;Cogneau-Lamirande;Balata;Zéphir", "973NN",
           ("S:{n} {s}/C:{pc} {t}", "D:lotissement {d}|U:lot {u}/C:{pc} {t}")),
    "YT": ("rue du Commerce;boulevard des Crabes;rue de la Mairie;rue Mariazé;route de Vahibé",
           "Mamoudzou;Dzaoudzi;Koungou;Sada;Pamandzi;Bandraboua",
           "Kawéni;Cavani;M'tsapéré;Passamainty;Labattoir", "976NN",
           ("S:{n} {s}/D:{d}/C:{pc} {t}", "D:village {d}|C:{t}/P:{pc}")),
    "KM": ("Route de la Corniche;Rue de la Grande Mosquée;Route de Mitsamiouli;Boulevard de Strasbourg;Rue Magoudjou",
           "Moroni;Mutsamudu;Fomboni;Mitsamiouli;Domoni;Foumbouni",
           "Hamramba;Coulée;Zilimadjou;Iconi;Caltex", "",
           ("S:BP {box}/C:{t}", "D:quartier {d}|S:{s}/C:{t}")),
    "PM": ("rue du 11 Novembre;rue Albert Briand;boulevard Constant Colmay;rue Amiral Muselier;rue Jacques Cartier",
           "Saint-Pierre;Miquelon;Langlade", "", "97500",
           ("S:{n} {s}/C:{pc} {t}", "S:BP {box}/C:{pc} {t}")),
    "WF": ("route territoriale {u2};route de Liku;route du Wharf;route de Mala'e",
           "Mata-Utu;Leava;Alele;Vailala;Malae;Halalo", "Hahake;Hihifo;Mua;Sigave;Alo", "98600",
           ("S:BP {box}/C:{pc} {t}", "S:{s}|D:district {d}/C:{t}")),
    "AS": ("Route 001;Fagatogo Road;Airport Road;Malaeimi Road;Pavaiai Road",
           "Pago Pago;Tafuna;Nu'uuli;Leone;Aua;Fagatogo",
           "Utulei;Satala;Faga'alu;Vaitogi;Ili'ili", "96799",
           ("S:P.O. Box {box}/C:{t}|P:AS {pc}", "B:Lot {n}|D:{d}/C:{t}|P:AS {pc}")),
    "MP": ("Beach Road;Middle Road;Chalan Pale Arnold;Isa Drive;Chalan Monsignor Guerrero",
           "Garapan;Susupe;San Antonio;Chalan Kanoa;San Jose;Songsong",
           "Navy Hill;Capitol Hill;As Lito;Dandan;Koblerville", "9695N",
           ("S:PMB {box} Box 1000{u2}/C:{t}|P:MP {pc}", "U:Unit {u}|B:{B} Building/S:{s}/D:{d}/C:{t}")),
    "KI": ("", "Bairiki;Betio;Bikenibeu;Bonriki;Teaoraereke;London",
           "Tarawa;Abaiang;Tabiteuea;Kiritimati;Abemama", "",
           ("S:P.O. Box {box}/C:{t}|D:{d}", "B:{B} House|C:{t}|D:{d}")),
    "TV": ("", "Vaiaku;Fakaifou;Alapi;Senala;Tanrake;Savave",
           "Funafuti;Nukufetau;Vaitupu;Nanumea;Nui", "",
           ("B:{B} House|C:{t}/D:{d}", "S:Private Mail Bag {box}/C:{t}|D:{d}")),
    "NR": ("", "Yaren;Aiwo;Denigomodu;Meneng;Anibare;Ewa", "Buada;Anetan;Boe;Nibok;Anabar", "",
           ("B:Block {n}|D:{d}/C:{t}", "S:P.O. Box {box}/C:{t}")),
    "NU": ("", "Alofi;Avatele;Hakupu;Liku;Mutalau;Tamakautoga",
           "Alofi North;Alofi South;Makefu;Tuapa;Vaiea", "",
           ("S:P.O. Box {box}/C:{t}", "D:{d}|C:{t}")),
    "FK": ("Ross Road;John Street;Philomel Street;Fitzroy Road;Davis Street;Dean Street",
           "Stanley;Goose Green;Fox Bay;Port Howard;Mount Pleasant", "", "\\F\\I\\Q\\Q 1\\Z\\Z",
           ("S:{n} {s}/C:{t}/P:{pc}", "S:{n} {s}|C:{t}|P:{pc}")),
    "SH": ("Main Street;Market Street;Napoleon Street;Cow Path;Sandy Bay Road",
           "Jamestown;Half Tree Hollow;Longwood;Levelwood;Blue Hill;Alarm Forest",
           "Ladder Hill;Piccolo Hill;Briars;Sapper Way;Rosemary Plain", "\\S\\T\\H\\L 1\\Z\\Z",
           ("S:{n} {s}/C:{t}|P:{pc}", "D:{d}|C:{t}/P:{pc}")),
    "ST": ("Avenida Marginal 12 de Julho;Rua de Moçambique;Avenida da Independência;Rua Patrice Lumumba",
           "São Tomé;Trindade;Neves;Santana;Guadalupe;Santo António",
           "Água Grande;Mé-Zóchi;Lobata;Cantagalo;Lembá", "",
           ("S:{s} n.º {n}/D:Distrito de {d}/C:{t}", "S:Caixa Postal {box}/C:{t}")),
    "GQ": ("Calle de Argelia;Avenida de la Independencia;Calle de Kenia;Carretera del Aeropuerto;Paseo de los Cocoteros",
           "Malabo;Bata;Ebebiyín;Mongomo;Luba;Evinayong",
           "Caracolas;Ela Nguema;Los Ángeles;Semu;Sampaka", "",
           ("S:{s} n.º {n}/D:barrio {d}/C:{t}", "S:Apartado {box}/C:{t}")),
    "CG": ("avenue Amilcar Cabral;avenue de la Paix;rue Mbochis;avenue Matsoua;rue Loango;avenue des Trois Martyrs",
           "Brazzaville;Pointe-Noire;Dolisie;Nkayi;Owando;Ouesso",
           "Bacongo;Poto-Poto;Moungali;Ouenzé;Talangaï;Makélékélé", "",
           ("S:n° {n} {s}|D:{d}/C:{t}", "S:BP {box}/C:{t}")),
    "CF": ("avenue Barthélemy Boganda;avenue des Martyrs;rue de l'Industrie;boulevard Général de Gaulle",
           "Bangui;Bimbo;Berbérati;Bambari;Bouar;Carnot",
           "Lakouanga;Boy-Rabe;Galabadja;Sica 2;Fatima;Miskine", "",
           ("D:quartier {d}|S:{s}/C:{t}", "S:BP {box}/C:{t}")),
    "GW": ("Avenida Amílcar Cabral;Rua Guerra Mendes;Avenida Combatentes da Liberdade da Pátria;Rua Vitorino Costa",
           "Bissau;Bafatá;Gabú;Cacheu;Bissorã;Buba",
           "Bairro de Ajuda;Plubá;Bandim;Cupelon;Antula;Missira", "",
           ("S:{s} n.º {n}/D:{d}/C:{t}", "S:C.P. {box}/C:{t}")),
    "ER": ("Harnet Avenue;Sematat Avenue;Warsay Street;Martyrs Avenue;Beirut Street",
           "Asmara;Keren;Massawa;Mendefera;Dekemhare;Barentu",
           "Tiravolo;Godaif;Mai Temenai;Gejeret;Edaga Hamus", "",
           ("S:{s} {n}|D:{d}/C:{t}", "S:P.O. Box {box}/C:{t}")),
}
V14_ADDRESS_COUNTRIES = tuple(_ADDRESS)
TOWNS = {c: tuple(dict.fromkeys(v[1].split(";"))) for c, v in _ADDRESS.items()}
_SUBTYPES = {"S": "street", "U": "unit", "B": "building", "D": "district", "C": "city", "P": "postcode"}
_BUILDING_WORDS = ("Sea Grape", "Breadfruit", "Tamarind", "Pandanus", "Mahogany", "Coral Stone", "Manchineel",
                   "Ylang", "Kapok", "Pawpaw")


def address_layouts(country: str) -> tuple[str, ...]:
    """The line layouts of ``country`` (the structural choice of a document's address)."""
    return _ADDRESS[country][4]


def address_lines(rng: random.Random, country: str, layout: str) -> tuple[list[list[tuple[str, str]]], str]:
    """One address as lines of ``(text, subtype)`` parts, and its town; the layout (a structural fact)
    fixes how many lines and parts there are, the RNG only what they say."""
    streets, _, districts, pc_layout, _ = _ADDRESS[country]
    town = rng.choice(TOWNS[country])
    values = {"n": str(rng.randrange(1, 240)), "u": str(rng.randrange(1, 40)), "u2": str(rng.randrange(1, 9)),
              "box": str(rng.randrange(100, 8999)), "pc": shape(rng, pc_layout), "t": town,
              "B": rng.choice(_BUILDING_WORDS)}
    values["d"] = rng.choice(districts.split(";")).format(**values) if districts else ""
    values["s"] = rng.choice(streets.split(";")).format(**values) if streets else ""
    return address_parts(layout, values, _SUBTYPES), town


# --------------------------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------------------------

_ID_SHAPES: dict[str, tuple[str, ...]] = {
    # national numbers without a check here: identity cards of the set's countries
    "natid": ("NNNNNNNNNNN", "\\C\\N\\I NNNNNNNNN", "NNN-NNNN-NNN", "\\B\\I NNNNNNN"),
    "passport": ("\\P\\A NNNNNNN", "NN\\A\\ANNNNN", "\\E\\R NNNNNNN", "\\K\\I NNNNNN"),
    "batch": ("\\S\\L-2YNNN", "\\B\\T NNNN/2Y", "\\L\\O\\T\\E NNN-A"),
    "docket": ("\\D\\K\\T NNNNN", "NNNNN-\\W", "\\C\\W-2Y-NNNN"),
    "eartag": ("\\U\\K NNNNNN NNNNN", "NNN NNNN NNNN", "\\E\\T-NNNNNN"),
    "carcass": ("\\C\\C-NNNNN", "NNNN/\\K\\L", "\\H\\K NNNN"),
    "assay": ("\\A\\S\\Y-2Y-NNNN", "NNNNN/\\A\\U", "\\F\\A NNNNN"),
    "licence": ("\\L\\D NNNN/2Y", "\\G\\B\\L-NNNNN", "\\A\\G\\L NNNNNN"),
    "grave": ("\\P\\L\\O\\T A-NNN", "\\S\\E\\C N \\R\\O\\W NN", "\\G-NNNN"),
    "permit": ("\\M\\P-2YNNNN", "\\C\\E\\M/NNN/2Y", "\\P\\M NNNNN"),
    "tail": ("\\V\\P-\\A\\A\\A", "\\N\\N\\N\\NAA", "\\F-\\O\\A\\A\\A", "\\Z\\S-AAA"),
    "vessel": ("\\I\\M\\O NNNNNNN", "\\O\\N NNNNNN", "\\M\\M\\S\\I NNNNNNNNN"),
    "pilotage": ("\\P\\L-NNNNN", "NNNN/\\P", "\\P\\A\\S NNNNNN"),
    "station": ("\\W\\M\\O NNNNN", "\\C\\O\\O\\P-NNN", "\\S\\T\\N NNNN"),
    "player": ("\\P\\L\\R-NNNN", "NNNNN\\C", "\\R\\E\\G NNNN"),
    "instrument": ("\\S/\\N NNNNNN", "NNNNNN\\B", "\\I\\N\\V-NNNN"),
    "ticket": ("\\R\\W-NNNNNN", "NNNNNN", "\\C\\A\\R NNNN-NN"),
    "cert": ("\\I\\N\\S-2Y-NNN", "NNNN/\\C\\E\\R\\T", "\\L\\O\\L\\E\\R NNNNN"),
    "bond": ("\\C\\S NNNN", "\\R\\M-NNNNN", "\\C\\H/NNN/2Y"),
    "well": ("\\B\\H-NNNN", "\\W\\E\\L\\L NNN/2Y", "\\G\\W-NNNNN"),
    "meter": ("\\M\\T\\R NNNNNNNN", "NNNNNNNN", "\\W\\M-NNNNNN"),
    "member": ("\\M-NNNNN", "NNNN/\\C\\L", "\\C\\A\\R\\D NNNNN"),
    "txn": ("\\T\\R\\X-NNNNNNNN", "XXXXXXXXXX", "\\R\\E\\F NNNNNNNNNNNN"),
    "invoice": ("\\I\\N\\V-2YNNNN", "NNNNN/2Y", "\\F\\T NNNNNN"),
    "order": ("\\P\\O-NNNNN", "\\S\\O NNNNN-A", "NNNNNN/\\O"),
    "serial": ("\\S/\\N NNNNNNN", "NNAANNNNN", "\\S\\N NNNN-NNNN"),
    "account": ("NNN-NNNNNN-N", "\\A\\C\\C NNNNNNNN", "NNNNNNNNNN"),
    "plate": ("\\A-NNNN", "\\P NNNN", "NNNN \\A\\S", "\\T\\C NNNN", "\\M\\Q-NNN-AA", "NNNN\\G"),
    "staff": ("\\E\\M\\P NNNN", "NNNNN\\S", "\\S\\T-NNNN"),
    "taxno": ("\\T\\I\\N NNNNNNNNN", "NNN-NNN-NNN", "\\N\\I\\F NNNNNNNNN"),
}
#: Identifier kinds (template slot ``{idN.kind}``) and their reported subtype.
ID_KINDS = {**{k: k for k in _ID_SHAPES}, "natid": "national", "cnp": "national", "prcid": "national",
            "oib": "national", "personnummer": "national", "eartag": "animal", "tail": "aircraft",
            "txn": "transaction", "iban": "iban", "grave": "plot", "well": "permit", "taxno": "tax"}
_IBAN_BBAN = {"ST": "NNNNNNNNNNNNNNNNNNNNN", "FK": "AANNNNNNNNNNNN", "FR": "NNNNNNNNNNXXXXXXXXXXXNN"}


_CNP_W = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)
_PRC_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _cnp_digit(twelve: str) -> str:
    r = sum(int(c) * w for c, w in zip(twelve, _CNP_W, strict=True)) % 11
    return "1" if r == 10 else str(r)


def cnp_is_valid(value: str) -> bool:
    """A Romanian personal numeric code: thirteen digits, the last ``sum(d * 279146358279) mod 11``
    (10 written as 1)."""
    return len(value) == 13 and value.isdigit() and value[0] in "123456" and _cnp_digit(value[:12]) == value[12]


def _prc_digit(seventeen: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(seventeen, _PRC_W, strict=True)) % 11]


def prcid_is_valid(value: str) -> bool:
    """A Chinese resident identity number: seventeen digits and an ISO 7064 MOD 11-2 check (``X`` for 10)."""
    v = value.replace(" ", "")
    return len(v) == 18 and v[:17].isdigit() and _prc_digit(v[:17]) == v[17]


def _oib_digit(ten: str) -> str:
    t = 10
    for c in ten:
        t = (t + int(c)) % 10 or 10
        t = (2 * t) % 11
    return str((11 - t) % 10)


def oib_is_valid(value: str) -> bool:
    """A Croatian personal identification number: eleven digits, ISO 7064 MOD 11,10."""
    return len(value) == 11 and value.isdigit() and _oib_digit(value[:10]) == value[10]


def personnummer_is_valid(value: str) -> bool:
    """A Swedish personal identity number ``YYMMDD-NNNC`` (or ``+`` at 100): Luhn over the ten digits."""
    if len(value) != 11 or value[6] not in "-+":
        return False
    digits = value[:6] + value[7:]
    return digits.isdigit() and luhn_digit(digits[:9]) == int(digits[9])


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

_MONTHS_SG = ("Nyenye", "Fulundigi", "Mbangu", "Ngubu", "Belawu", "Fondo", "Lengua", "Kukuru", "Mvuka", "Ngberere",
              "Nabanduru", "Kakauka")
_MONTHS_GIL = ("Tianuari", "Beberuare", "Maati", "Eberi", "Mei", "Tun", "Turai", "Aokuti", "Tebetembwa",
               "Okitobwa", "Nobembwa", "Ritembwa")
_MONTHS_TVL = ("Ianuali", "Fepuali", "Mati", "Apelila", "Me", "Iuni", "Iulai", "Aokuso", "Setema", "Oketopa",
               "Novema", "Tesema")
_MONTHS_PT_ABBR = ("jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez.")
_MONTHS_ES_ABBR = ("ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic.")
_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre")

#: Styles without month words.
NUMERIC_STYLES = ("mm.dd.yy", "dd/mm/Y (Wkd)", "Y/m/d (Wkd)")
#: Styles of a day within the year (no year written).
SHORT_STYLES = ("Mon dd (Wkd)", "der mois", "Weekday dth Month", "d mes-abr.")
#: Styles in words: English without a comma, with a weekday, zero-padded; French ``1er``, Portuguese and
#: Spanish abbreviations, Sango, Gilbertese and Tuvaluan month words.
TEXT_STYLES = ("Month d Y", "Wkd dd Mon Y", "Mon-dd-Y", "dd Mon yy", "der mois Y", "d mês-abr. Y",
               "d nze Y", "d namakaina Y", "d masina-tvl Y")
DATE_STYLES = NUMERIC_STYLES + SHORT_STYLES + TEXT_STYLES


def format_date(d: date, style: str) -> str:
    """``d`` written in one of :data:`DATE_STYLES`."""
    i = d.month - 1
    day = WEEKDAYS[d.weekday()]
    mon = MONTHS[i][:3]
    fr_day = "1er" if d.day == 1 else str(d.day)
    table = {
        "mm.dd.yy": f"{d.month:02d}.{d.day:02d}.{d.year % 100:02d}",
        "dd/mm/Y (Wkd)": f"{d.day:02d}/{d.month:02d}/{d.year} ({day[:3]})",
        "Y/m/d (Wkd)": f"{d.year}/{d.month}/{d.day} ({day[:3]})",
        "Mon dd (Wkd)": f"{mon} {d.day:02d} ({day[:3]})", "der mois": f"{fr_day} {_MONTHS_FR[i]}",
        "Weekday dth Month": f"{day} {ordinal(d.day)} {MONTHS[i]}", "d mes-abr.": f"{d.day} {_MONTHS_ES_ABBR[i]}",
        "Month d Y": f"{MONTHS[i]} {d.day} {d.year}", "Wkd dd Mon Y": f"{day[:3]} {d.day:02d} {mon} {d.year}",
        "Mon-dd-Y": f"{mon}-{d.day:02d}-{d.year}", "dd Mon yy": f"{d.day:02d} {mon} {d.year % 100:02d}",
        "der mois Y": f"{fr_day} {_MONTHS_FR[i]} {d.year}", "d mês-abr. Y": f"{d.day} {_MONTHS_PT_ABBR[i]} {d.year}",
        "d nze Y": f"{d.day} {_MONTHS_SG[i]} {d.year}", "d namakaina Y": f"{d.day} {_MONTHS_GIL[i]} {d.year}",
        "d masina-tvl Y": f"{d.day} {_MONTHS_TVL[i]} {d.year}",
    }
    if style not in table:
        raise InvalidParameterError(f"unknown date style {style!r}")
    return table[style]


# --------------------------------------------------------------------------------------------
# Organisations: ``{B}`` an invented brand, ``{T}`` a town, ``{L}``/``{L2}`` surnames, ``{F}`` a given name
# --------------------------------------------------------------------------------------------

_BRAND_PARTS = ("mo", "ku", "sel", "ta", "bri", "no", "va", "kel", "ru", "pi", "dal", "ne", "so", "ga", "lim", "to",
                "fa", "ber", "ul", "ki", "zan", "po", "me", "rin", "ho", "ca", "lo", "ve", "mar", "du")
ORG_FORMS: dict[str, tuple[str, ...]] = {
    "saltworks": ("{B} Salt", "{T} Salt Pans", "Salines de {T}", "{L} Salt Company", "Saline {B}"),
    "seaweed": ("{B} Seaweed", "{T} Seaweed Growers", "{B} Algues", "{L} Sea Farm", "Cooperativa {B}"),
    "copra": ("{B} Copra", "{T} Copra Buyers", "{L} Trading", "{B} Coconut Products", "{T} Cooperative Society"),
    "driller": ("{B} Drilling", "{T} Borehole Services", "{L} Water Wells", "{B} Forages", "Forages {B}"),
    "abattoir": ("{T} Abattoir", "{B} Meats", "{L} Slaughterhouse", "Abattoir de {T}", "{B} Meat Processors"),
    "assayer": ("{B} Assay", "{T} Gold Buyers", "{L} Refiners", "{B} Comptoir d'Or", "{B} Laboratories"),
    "mason": ("{L} Memorials", "{B} Monumental Masons", "{T} Headstones", "{L} & {L2} Stonecraft", "Marbrerie {B}"),
    "sprayer": ("{B} Aerial", "{T} Crop Spraying", "{L} Agri-Aviation", "{B} Ag Air", "Épandage {B}"),
    "pilots": ("{T} Harbour Pilots", "{B} Pilotage", "{T} Port Authority Marine", "{B} Marine Services"),
    "metoffice": ("{T} Met Office", "{B} Weather Network", "{T} Climate Volunteers", "Service Météo de {T}"),
    "stockmarket": ("{T} Livestock Market", "{B} Auctioneers", "{L} & {L2} Stock Agents", "{T} Saleyard"),
    "cricketclub": ("{T} Cricket Club", "{B} CC", "{T} Strikers", "{L} Memorial XI", "{T} Cricket Association"),
    "brassband": ("{T} Silver Band", "{B} Brass", "{T} Town Band", "Fanfare de {T}", "{L} Memorial Band"),
    "ropeway": ("{B} Skyway", "{T} Cable Car", "{B} Ropeway Ltd", "Téléphérique de {T}"),
    "lighthouse": ("{T} Lighthouse Trust", "Friends of {T} Light", "{B} Heritage Lights", "{T} Lightkeepers"),
    "coldstore": ("{B} Ice", "{T} Cold Store", "{L} Ice Plant", "{B} Froid", "{T} Ice & Storage"),
    "employer": ("{B}", "{B} Ltd", "{B} SARL", "{B} Lda", "{B} S.L.", "{L} & {L2}", "{B} Group", "{B} LLC",
                 "Ets {L}"),
    "insurer": ("{B} Insurance", "{B} Seguros", "{T} Mutual", "{B} Assurances"),
    "council": ("Mairie de {T}", "{T} Village Council", "{T} District Office", "Câmara Distrital de {T}"),
    "hospital": ("{T} General Hospital", "Centre Hospitalier de {T}", "{T} Health Centre", "Hospital de {T}"),
    "ministry": ("Ministry of Agriculture, {T}", "Department of Fisheries", "{T} Customs Department",
                 "Direction des Mines de {T}"),
    "bank": ("{B} Bank", "Banco {B}", "{T} Development Bank", "{B} Credit Union"),
    "charity": ("{B} Foundation", "{T} Rotary Club", "Friends of {T}", "{B} Trust"),
}


# --------------------------------------------------------------------------------------------
# Contacts
# --------------------------------------------------------------------------------------------

_FREE_MAIL = ("gmail.com", "candw.ag", "anguillanet.ai", "surfbvi.com", "candw.ms", "tciway.tc", "sintmaarten.net",
              "orange.fr", "wanadoo.fr", "comorestelecom.km", "cheznoo.net", "mail.wf", "blueskynet.as",
              "itecnmi.com", "tskl.net.ki", "tuvalu.tv", "cenpac.net.nr", "niue.nu", "horizon.co.fk",
              "helanta.co.sh", "cstome.net", "getesa.gq", "congonet.cg", "socatel.cf", "eguitel.gw", "tfanus.com.er",
              "outlook.com", "yahoo.com", "laposte.net")
_ORG_TLDS = ("ag", "ai", "vg", "ms", "tc", "sx", "mq", "gf", "yt", "km", "pm", "wf", "as", "mp", "ki", "tv", "nr",
             "nu", "fk", "sh", "st", "gq", "cg", "cf", "gw", "er", "com", "org", "net", "farm", "aero")
_INTERNAL = ("{s}.home.arpa", "ad.{s}.internal", "{s}.intranet", "srv.{s}.lcl", "{s}.office")
_STOP = {"the", "of", "and", "de", "la", "les", "du", "salines", "saline", "cooperativa", "forages", "abattoir",
         "marbrerie", "epandage", "service", "meteo", "fanfare", "telepherique", "friends", "ets", "mairie",
         "camara", "distrital", "centre", "hospitalier", "hospital", "ministry", "department", "direction",
         "banco", "agriculture", "fisheries", "customs", "mines", "comptoir", "or", "d", "cc"}


class ValuesV14(HandTableDrawing, v7.ValuesV7):
    """Draws v14's private values with the per-document RNG ``rng``; user names, handles and IP
    addresses are drawn as v7 draws them, from v14's names."""

    id_shapes, iban_bban = _ID_SHAPES, _IBAN_BBAN
    hand_traditions, hand_names, hand_doubled = V14_HAND_TRADITIONS, _NAMES, _DOUBLE
    domain_stop, domain_internal, domain_tlds = _STOP, _INTERNAL, _ORG_TLDS
    domain_split_hyphens = True
    org_towns, org_countries, brand_parts = TOWNS, V14_ADDRESS_COUNTRIES, _BRAND_PARTS

    # people --------------------------------------------------------------------------------
    def email(self, p: Person, domain: str | None) -> str:
        rng = self.rng
        f, last = name_token(p.first), name_token(p.last)
        local = rng.choice((f"{f}.{last}", f"{f[:1]}.{last}", f"{last}{f[:2]}", f"{f}_{last}",
                            f"{f}{rng.randrange(1970, 2009)}", f"{last}-{f[:1]}", f"{f[:1]}{last}{rng.randrange(2, 99)}",
                            f"{last}"))
        return f"{local}@{domain or rng.choice(_FREE_MAIL)}"

    # identifiers --------------------------------------------------------------------------------
    def ident(self, kind: str, variant: int) -> str:
        """An identifier of ``kind``; ``variant`` (a structural fact) picks its layout."""
        rng = self.rng
        if kind == "iban":
            return self.iban(variant)
        if kind == "cnp":
            d = self._birth(1955, 50)
            twelve = (f"{rng.choice('56') if d.year >= 2000 else rng.choice('12')}{d.year % 100:02d}"
                      f"{d.month:02d}{d.day:02d}{rng.randrange(1, 47):02d}{rng.randrange(1, 999):03d}")
            return twelve + _cnp_digit(twelve)
        if kind == "prcid":
            d = self._birth(1955, 50)
            seventeen = (f"{rng.choice(('110101', '310104', '440305', '530102', '650102', '370202'))}"
                         f"{d.year}{d.month:02d}{d.day:02d}{shape(rng, 'NNN')}")
            value = seventeen + _prc_digit(seventeen)
            return f"{value[:6]} {value[6:14]} {value[14:]}" if variant == 1 else value
        if kind == "oib":
            ten = f"{rng.randrange(1, 10)}{shape(rng, 'NNNNNNNNN')}"
            return ten + _oib_digit(ten)
        if kind == "personnummer":
            d = self._birth(1940, 60)
            nine = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{shape(rng, 'NNN')}"
            return f"{nine[:6]}-{nine[6:]}{luhn_digit(nine)}"
        return self.shaped_id(kind, variant)

    def iban(self, variant: int) -> str:
        """An IBAN of v14's ``variant // 2``-th country, grouped by four for odd variants."""
        country = tuple(_IBAN_BBAN)[(variant // 2) % len(_IBAN_BBAN)]
        value = with_iban_check(country, shape(self.rng, _IBAN_BBAN[country]))
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if variant % 2 else value

    def id_variants(self, kind: str) -> int:
        """How many layouts ``kind`` has (the range of its structural ``variant``)."""
        if kind == "iban":
            return 2 * len(_IBAN_BBAN)
        if kind == "prcid":
            return 2
        if kind in ("cnp", "oib", "personnummer"):
            return 1
        if kind not in _ID_SHAPES:
            raise InvalidParameterError(f"unknown identifier kind {kind!r}")
        return len(_ID_SHAPES[kind])
