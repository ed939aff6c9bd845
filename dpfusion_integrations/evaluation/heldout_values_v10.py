"""Value vocabularies and drawing rules of the tenth held-out tagging set (v10).

Written for v10 by an author who did not open the tagger (its code, rules, gazetteers, word lists or
tests), nor any tagger output or per-round profile on a held-out set. Every name is written here by
hand, in naming traditions none of v1-v9 drew from (:data:`V10_HAND_TRADITIONS`); the tests check that
no token of them is in an earlier set's hand-written lists, in the Faker name lists of any locale v1-v5
drew names from, or in a PERSON mention of the frozen v1-v9 files. Faker is not used at all.

Addresses of countries none of v1-v9 wrote addresses for (:data:`V10_ADDRESS_COUNTRIES`), phones of
countries none of v1-v9 wrote phones for, with extension forms none of them used, identifiers of many
kinds (several with their check digits or letters), dates in orders, month words and scripts the
earlier sets lack, organisations of v10's own kinds. What the set holds is described in its
``.meta.json`` only.

:class:`ValuesV10` reuses the generic drawing of v7's :class:`~dpfusion_integrations.evaluation.
heldout_values_v7.ValuesV7` (user names, handles, IP addresses) and replaces what is vocabulary. The
renderer and the set are in :mod:`~dpfusion_integrations.evaluation.heldout_v10`.
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
    name_token,
    ordinal,
    shape,
    with_iban_check,
)

__all__ = [
    "DATE_STYLES", "EXTENSIONS", "ID_KINDS", "NUMERIC_STYLES", "ORG_FORMS", "PHONE_LAYOUTS", "SHORT_STYLES",
    "TEXT_STYLES", "TOWNS", "V10_ADDRESS_COUNTRIES", "V10_HAND_TRADITIONS", "V10_NAME_SOURCES",
    "V10_PHONE_COUNTRIES", "ValuesV10", "address_layouts", "address_lines", "format_date", "idnp_is_valid",
    "kw_civil_is_valid", "ni_cedula_is_valid", "sv_dui_is_valid", "written_names",
]  # fmt: skip

# --------------------------------------------------------------------------------------------
# Names: (female given names, male given names, surnames). ``_`` joins the words of one name,
# ``f|m`` is a surname written differently for women and men.
# --------------------------------------------------------------------------------------------

_NAMES: dict[str, tuple[str, str, str]] = {
    "gagauz": ("Tudorca Vasilca Marinca Dochitsa Fevronia Stepanca", "Todur Mitri Kostaki Dimu Vanika Petcu",
               "Kioseoglu Karacioban Dimoglo Zanetoglu Chiurcciu Yanioglu Kuroglu Mavrodi"),
    "karakalpak": ("Aysulu Bibiraysa Qaraqiz Gulparshin Aqtamaq Sanemxan", "Berdaq Ajiniyaz Kunxoja Omirbek Tolepbergen Qurbanbay",
                   ("Ajiniyazova|Ajiniyazov Berdaqova|Berdaqov Kunxojaeva|Kunxojaev Tolepbergenova|Tolepbergenov "
                    "Qaipbergenova|Qaipbergenov Seytmuratova|Seytmuratov Jiemuratova|Jiemuratov Allamuratova|Allamuratov")),
    "udmurt": ("Ashalchi Kuaka Chipchirgan Nylmurt Lyukeri Uksine", "Kuzebay Tutoy Todmurt Gerdmurt Vazhmurt Bydzymar",
               ("Bekmeshova|Bekmeshov Vladykina|Vladykin Korepanova|Korepanov Perevoshchikova|Perevoshchikov "
                "Vakhrusheva|Vakhrushev Shklyaeva|Shklyaev Ardashova|Ardashov Tronina|Tronin")),
    "mari": ("Aivika Yalche Oshvika Saskavi Chachavi Unavi", "Akpars Pashkan Eshpay Izikay Yamblat Onar",
             ("Chavaina|Chavain Shketanova|Shketanov Yuzykaina|Yuzykain Tanaeva|Tanaev Yambatrova|Yambatrov "
              "Pektubaeva|Pektubaev Akpatyrova|Akpatyrov Mochaeva|Mochaev")),
    "ingush": ("Zezag Khazhira Lamkhan Tsitsa Yakhit Zhovzan", "Bekkhan Tatarkhan Orts Dzhabrail Barakhoy Uruskhan",
               ("Yevloeva|Yevloev Malsagova|Malsagov Ozdoeva|Ozdoev Tsechoeva|Tsechoev Bekova|Bekov Gagieva|Gagiev "
                "Dzeytova|Dzeytov Kostoeva|Kostoev")),
    "lezgian": ("Shaminat Tamum Bikes Shekerbike Nurzhahan Zulaikhat", "Etim Shikhbaba Gadzhibeg Fatulla Sherif Alikerim",
                ("Kurbanalieva|Kurbanaliev Shikhbabaeva|Shikhbabaev Akhmedkhanova|Akhmedkhanov Ganieva|Ganiev "
                 "Gadzhibegova|Gadzhibegov Emirbekova|Emirbekov Mirzebalaeva|Mirzebalaev Selimkhanova|Selimkhanov")),
    "kanuri": ("Yagana Fanna Kellu Falmata Yakaka Zarabinta", "Modu Kachalla Lawan Bulama Zanna Goni",
               "Kyari Gujbawu Mongonu Shettima Dikwa Alkali Waziri Gubio"),
    "tiv": ("Msurshima Doosuur Mwuese Nguveren Iveren Sewuese", "Terver Aondona Tersoo Msugh Iorwuese Orsugh",
            "Akaahan Tarka Iorchir Gbaden Ugondo Akume Orngu Kwaghga"),
    "efik": ("Ekaete Arit Nkoyo Adiaha Ekemini Nsemeke", "Asuquo Effiong Okokon Ekpenyong Bassey Orok",
             "Eyamba Archibong Inyang Ekanem Offiong Essien Edemekong Etuk"),
    "ijaw": ("Ebiere Tarila Preye Tonye Perebo Ebiakpo", "Timipre Ebikeme Tarilade Ebifa Ebizimor Perekeme",
             "Alamieyeseigha Ebiowei Dikibo Tuodolo Amakiri Sokari Ogbotobo Egbesu"),
    "comorian": ("Moinaecha Sittou Zahoira Faharia Nourou Echata", "Moinadjoumoi Msaidie Mouigni Soilihi Toybou Mchangama",
                 "Msahazi Mchinda Djoumoi Bacar Mdahoma Ibouroi Nassor Youssouf"),
    "tolai": ("IaKaur IaPidik IaTabar IaGunan IaVavin IaWarwar", "ToLingling ToVaninara ToPaivu ToKabai ToMarvura ToGunan",
              "Varvaliu Tumulip Kabiu Tokiala Vuia Tavul Turagil Pidik"),
    "mixtec": ("Itandehui Nuvi Yucunani Sandehui Ndeyoo Itayuku", "Ndaayuu Yucuita Savinu Cuanuu Tikuii Nuundaa",
               "Chalcatongo Tilantongo Yanhuitlan Apoala Nochixtlan Tlaxiaco Achiutla Tezoatlan"),
    "otomi": ("Zanadehe Mahyoni Hogazana Nthuni Xitahi Tsinza", "Mudo Hyadi Zithu Bojay Thaxi Nzaki",
              "Thaxhie Boxhi Dongu Nthaxi Mhuthe Ndehe Bojani Zimapa"),
    "shuar": ("Yaanua Nantar Tseremp Sunka Wampash Ayuinia", "Tsamarain Juank Tiriats Ankuash Nayap Tsenkush",
              "Tiwiram Shakai Nantip Chumpi Wajai Tentets Ujukam Antuash"),
    "guna": ("Olonaidili Naiguilikia Gunadili Sibudili Ologuadi Nadili", "Igwanabiginya Neleginya Inakeliginya Olowaili Iguaigdi Kantule",
             "Olotebiliginya Nugdibeler Iguayoikiginya Ailigandi Ustupu Mulatupu Gardi Tubuala"),
    "garifuna": ("Gulisi Seremein Wadimalu Hinaruni Agayuri Dugurina", "Satuye Baraudu Wayunagu Ereba Yurumein Lanigi",
                 "Chatoyer Sambola Lambey Wanaragu Guerrabo Agurina Bermudo Loredo"),
    "cherokee": ("Ayita Galilahi Adsila Tayanita Ahyoka Amadahy", "Kanuna Tsiyi Ahuli Waya Tsali Inali",
                 "Sixkiller Swimmer Teehee Walkingstick Oocumma Saunooke Tahquette Arneach"),
    "mohawk": ("Kahentiiosta Kaniehtiio Tekahionwake Konwatsitsaienni Karonhiio Kawennotas",
               "Tehoronhiathe Aronhiawakon Tekaronhiake Kanentakeron Sakokwenionkwas Ratsenhaienton",
               "Diabo Goodleaf Kanatakta Twoaxe Kaherontakwas Rahsenniio Tahkwirenhia Onatoto"),
    "tlingit": ("Keixwnei Shaadaax Seidayaa Kaakeeyaa Daasdiyaa Tlaakeini", "Yeilgooxu Kaaxkwei Daanawaak Kichnaalx Tsalxaan Xoots",
                "Kadashan Ketah Kookesh Peratrovich Soboleff Dangeli Katasse Shukoff"),
    "lepcha": ("Nyukmu Sangkamit Achukmu Rongmit Pantongmu Ronglimu", "Kongchen Tassobo Rongkup Nyolik Siktimbo Tungrong",
               "Simick Tamsang Foning Rongong Namchu Adeng Lepcha Sada"),
    "yolngu": ("Banduk Dhuwarrwarr Nyapanyapa Gaymala Djalinda Yalmay", "Galarrwuy Mandawuy Djambawa Djalu Wukun Gawirrin",
               "Yunupingu Marrkula Gumana Wanambi Munungurr Gurruwiwi Dhamarrandji Wunungmurra"),
    "tiwi": ("Jilamara Pukumani Yirrikapayi Pwoja Miyinga Tayamini", "Kulama Purrukuparli Wurrumiyanga Tapalinga Japarra Murntankala",
             "Puruntatameri Tipungwuti Kerinaiua Munkara Tipiloura Portaminni Kantilla Pilakui"),
    "paiwan": ("Muakai Sauniaw Tjinuai Laucu Ljumiq Dremedreman", "Kuljelje Pairang Tjivuluan Sakinu Vuruvur Ljaljeg",
               "Ruvaniyaw Pavavaljung Tjakisuvung Mavaliw Kazangiljan Tjaljimarai Rusaljan Patjalinuk"),
    "ifugao": ("Bugan Lingayu Dinumlig Imbayah Hinnumbil Dulinayan", "Wigan Bahiwag Humiwat Bumidang Puguon Dinamling",
               "Dulawan Bahatan Lumauig Guinnawa Pumihic Tindungan Nabuab Ngohayon"),
    "kanak": ("Hnaisilin Wahnyamalla Ixowe Hnadrune Wenehoua Dewegnia", "Wapotro Kasarherou Hnalaine Waneissi Pwadja Boewa",
              "Tjibaou Wamytan Gorodey Naisseline Wapotrin Kasarhe Wea Hnawia"),
    "zaza": ("Zere Meyrike Xece Nazike Bese Gulpere", "Kalmem Xidir Duzgin Welat Xemo Heyder",
             "Qocgiri Xozati Pilvanki Dersimi Hesenan Mameki Pirani Cibrani"),
    "ilocano": ("Sabeng Ikang Taleng Paring Biring Ansing", "Tanong Kadyo Andoy Unto Lamang Bannawag",
                "Agcaoili Aglipay Bagaoisan Dumlao Galinato Pacis Ablan Agbayani"),
    "mingrelian": ("Dudana Tsatsuna Pepela Gvantsona Chichiko Kumukia", "Ucha Daturi Bondo Mamuchi Kaki Tariel",
                   "Shonia Kuprava Chkadua Esebua Gulordava Sichinava Kharchilava Jikia"),
    "laz": ("Tuta Mjora Lazona Oxorca Nenapi Didini", "Berdzeni Komuri Mzeguri Doloxa Tutai Kolonaki",
            "Kocxiba Melashi Bucakishi Tsxemsiba Kaxaberi Xopeli Ardeshi Kemalishi"),
    "nenets": ("Nyaruy Nyadma Khadne Nenyang Syako Nenyanga", "Vauli Siyane Khasavako Ngarka Yadne Pyrerka",
               "Yaptik Khudi Serotetto Laptander Okotetto Vanuito Khatanzei Yando"),
    "evenki": ("Gerbichan Nyurgane Ayakta Ilgene Ulguchan Khegdyne", "Chokchon Ulukitkan Kheladi Nyurgunchan Bugdi Dyolokon",
               "Kombagir Udygir Bayagir Kurkagir Edyan Khukochar Gayagir Yangayagir"),
}

#: Traditions whose surnames are sometimes doubled (a hyphen or a space between the two).
_DOUBLE = {"mixtec": " ", "garifuna": "-", "ilocano": "-", "cherokee": "-", "zaza": " "}
V10_HAND_TRADITIONS = tuple(_NAMES)
#: Every name source, for the meta file.
V10_NAME_SOURCES = tuple(f"hand:{k}" for k in V10_HAND_TRADITIONS)


def written_names(table: dict[str, tuple[str, str, str]] | None = None) -> set[str]:
    """Every name a hand-written table can write; v10's by default (v7's helper, v10's table)."""
    return v7.written_names(_NAMES if table is None else table)


# --------------------------------------------------------------------------------------------
# Phones (layouts of :func:`~dpfusion_integrations.evaluation.heldout_build.shape`)
# --------------------------------------------------------------------------------------------

PHONE_LAYOUTS: dict[str, tuple[str, ...]] = {
    "AD": ("+376 3NN NNN", "3NN NNN", "8NN NNN"),
    "AZ": ("+994 50 NNN NN NN", "(012) NNN-NN-NN", "055 NNN NN NN"),
    "BA": ("+387 61 NNN NNN", "061/NNN-NNN", "033 NNN-NNN"),
    "BY": ("+375 29 NNN-NN-NN", "8 (029) NNN-NN-NN", "8 017 NNN NN NN"),
    "BH": ("+973 3NNN NNNN", "3NNNNNNN", "+973 17NN NNNN"),
    "BN": ("+673 8NN NNNN", "2NN NNNN", "+673 7NNNNNN"),
    "CV": ("+238 9NN NN NN", "9NN NN NN", "26N NN NN"),
    "DZ": ("+213 5 NN NN NN NN", "055N NN NN NN", "021 NN NN NN"),
    "GY": ("+592 6NN NNNN", "(592) 22N-NNNN", "6NN-NNNN"),
    "HN": ("+504 9NNN-NNNN", "9NNN NNNN", "2NNN-NNNN"),
    "KG": ("+996 7NN NNN NNN", "0 (312) NN-NN-NN", "0555 NNN NNN"),
    "KW": ("+965 6NNN NNNN", "9NNNNNNN", "22NN NNNN"),
    "LA": ("+856 20 NNNN NNNN", "020 NN NNN NNN", "021 NNN NNN"),
    "LB": ("+961 3 NNN NNN", "03/NNN NNN", "01 NNN NNN"),
    "MD": ("+373 69 NNN NNN", "0(22) NN-NN-NN", "06N NNN NNN"),
    "ME": ("+382 67 NNN NNN", "067/NNN-NNN", "020 NNN NNN"),
    "MZ": ("+258 84 NNN NNNN", "82 NNN NNNN", "21 NN NN NN"),
    "NI": ("+505 8NNN NNNN", "8NNN-NNNN", "2NNN-NNNN"),
    "SV": ("+503 7NNN-NNNN", "7NNN NNNN", "2NNN-NNNN"),
    "TT": ("+1 (868) NNN-NNNN", "1-868-NNN-NNNN", "868.NNN.NNNN"),
    "ZW": ("+263 77 NNN NNNN", "077N NNN NNN", "(024) 27NNNNN"),
    "PG": ("+675 7NNN NNNN", "7NNNNNNN", "325 NNNN"),
}
V10_PHONE_COUNTRIES = tuple(PHONE_LAYOUTS)
EXTENSIONS = (" доб. NNN", ";ext=NNN", " poste NNN", " extensión NN", " (ext: NNNN)", " x.NNN", " interno NN",
              " lok. NN")


# --------------------------------------------------------------------------------------------
# Addresses: country -> (streets, towns, districts, postcode layout, line layouts), in the layout
# language of v7 (``/`` separates lines, ``|`` parts of a line, ``code:pattern`` each part: S street,
# U unit, B building, D district, C city, P postcode; ``{sl}`` writes a slash inside a part).
# --------------------------------------------------------------------------------------------

_ADDRESS: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "AZ": ("Nizami küçəsi;Füzuli küçəsi;Azadlıq prospekti;Səməd Vurğun küçəsi;Atatürk prospekti", "Bakı;Gəncə;Sumqayıt;Şəki;Lənkəran",
           "Nəsimi rayonu;Yasamal rayonu;Səbail rayonu;Nərimanov rayonu;Xətai rayonu", "\\AZNNNN",
           ("S:{s} {n}|U:mənzil {u}/D:{d}/C:{pc} {t}", "S:{s} {n}{sl}{m}/C:{t}|P:{pc}")),
    "BA": ("Ferhadija;Maršala Tita;Zmaja od Bosne;Kralja Petra I;Bulevar Meše Selimovića", "Sarajevo;Mostar;Banja Luka;Tuzla;Zenica",
           "Centar;Novo Sarajevo;Ilidža;Stari Grad;Grbavica", "NNNNN",
           ("S:{s} {n}|U:stan {u}/C:{pc} {t}", "S:{s} br. {n}|D:{d}/C:{t} {pc}")),
    "BY": ("vul. Niamiha;praspiekt Niezaliežnasci;vul. Kalinoŭskaha;vul. Savieckaja;vul. Surhanava", "Minsk;Hrodna;Brest;Viciebsk;Homieĺ",
           "", "NNNNNN", ("S:{s}|B:d. {n}|U:kv. {u}/C:{pc} {t}", "P:{pc}|C:{t}/S:{s} {n}-{u}")),
    "BH": ("Road {box};Avenue {m};Road {box};Road {box};Avenue {m}", "Manama;Muharraq;Riffa;Isa Town;Hamad Town",
           "Seef;Juffair;Adliya;Hoora;Sanabis", "",
           ("B:Building {n}|S:{s}|D:Block {m}{u2}/D:{d}|C:{t}", "U:Flat {u}|B:Bldg {n}|S:{s}/D:Block {m}{u2}|C:{t}")),
    "CV": ("Rua Serpa Pinto;Avenida Cidade de Lisboa;Rua Guiné-Bissau;Avenida Andrade Corvo;Rua 5 de Julho", "Praia;Mindelo;Assomada;Espargos;Sal Rei",
           "Achada Santo António;Plateau;Palmarejo;Monte Sossego;Fonte Filipe", "NNNN",
           ("S:{s} nº {n}|U:{u2}º andar/D:{d}/C:{pc} {t}", "D:{d}|S:{s}/C:{t}|P:CP {pc}")),
    "DZ": ("Rue Didouche Mourad;Boulevard Mohamed V;Rue Larbi Ben M'hidi;Boulevard Zighout Youcef;Rue Hassiba Ben Bouali", "Alger;Oran;Constantine;Annaba;Tlemcen",
           "Cité 500 Logements;Cité des Annassers;Cité El Badr;Cité Djenane El Malik;Cité AADL Ouled Fayet", "NNNNN",
           ("S:{n} {s}/C:{pc} {t}", "D:{d}|B:Bt {b}{u2}|U:Porte {u}/C:{t} {pc}")),
    "GY": ("Regent Street;Camp Street;Sheriff Street;Vlissengen Road;Brickdam", "Georgetown;Linden;New Amsterdam;Anna Regina;Bartica",
           "Bourda;Kitty;Campbellville;Lacytown;Queenstown", "", ("S:Lot {n} {s}/D:{d}/C:{t}", "S:{n}{b} {s}|D:{d}|C:{t}")),
    "HN": ("Avenida República de Chile;Boulevard Morazán;Calle Principal;Avenida Juan Pablo II;Avenida Circunvalación", "Tegucigalpa;San Pedro Sula;La Ceiba;Choluteca;Comayagua",
           "Colonia Palmira;Colonia Kennedy;Barrio Guamilito;Colonia Lomas del Guijarro;Colonia Trejo", "NNNNN",
           ("D:{d}|S:{s}|U:casa {n}/C:{t}", "D:{d}|U:bloque {b}|U:casa {n}/C:{t} {pc}")),
    "KG": ("prospekt Chuy;ul. Kievskaya;ul. Toktogula;prospekt Manasa;ul. Isanova", "Bishkek;Osh;Karakol;Jalal-Abad;Tokmok",
           "mkr. Dzhal;mkr. Asanbay;mkr. Vostok-5;mkr. Tunguch;mkr. Kok-Zhar", "NNNNNN",
           ("D:{d}|B:d. {n}|U:kv. {u}/C:{t} {pc}", "S:{s} {n}/P:{pc}|C:{t}")),
    "KW": ("Street {m};Street {u};Street {m};Street {u};Street {m}", "Kuwait City;Hawalli;Salmiya;Jahra;Fahaheel",
           "Salwa;Mishref;Jabriya;Rumaithiya;Surra", "NNNNN",
           ("D:Block {u2}|S:{s}|B:House {n}/D:{d}/C:{t} {pc}", "D:{d}|D:Block {u2}|S:{s}|S:Avenue {u}|B:Bldg {n}/C:{t}")),
    "LB": ("Rue Hamra;Rue Gouraud;Rue Sursock;Rue Monot;Rue Bliss", "Beirut;Tripoli;Jounieh;Sidon;Zahlé",
           "Achrafieh;Hamra;Mar Mikhael;Verdun;Badaro", "NNNN NNNN",
           ("D:{d}|S:{s}|B:{B} Bldg|U:floor {u2}/C:{t}", "S:{s}|B:{B} Center/C:{t} {pc}")),
    "MD": ("str. Ștefan cel Mare;bd. Dacia;str. Mihai Eminescu;str. Ismail;str. Alba Iulia", "Chișinău;Bălți;Cahul;Orhei;Comrat",
           "sect. Botanica;sect. Rîșcani;sect. Ciocana;sect. Buiucani;sect. Centru", "MD-NNNN",
           ("S:{s} {n}|U:ap. {u}/C:{pc} {t}", "S:{s} {n}{sl}{u2}|D:{d}/C:{t}|P:{pc}")),
    "ME": ("Ulica Slobode;Bulevar Džordža Vašingtona;Njegoševa;Bulevar Svetog Petra Cetinjskog;Hercegovačka", "Podgorica;Nikšić;Budva;Kotor;Bar",
           "Preko Morače;Stari Aerodrom;Zabjelo;Blok V;Dalmatinska", "NNNNN",
           ("S:{s} {n}|U:{u2}{sl}{u}/C:{pc} {t}", "S:{s} bb|D:{d}/C:{t}")),
    "MZ": ("Avenida Julius Nyerere;Avenida 24 de Julho;Avenida Eduardo Mondlane;Rua da Resistência;Avenida Vladimir Lenine", "Maputo;Beira;Nampula;Matola;Quelimane",
           "Bairro da Polana;Sommerschield;Bairro Central;Malhangalene;Alto Maé", "NNNN",
           ("S:{s} nº {n}|U:{u2}º andar|U:flat {u}/D:{d}/C:{t}", "S:{s} {n}/C:{pc} {t}")),
    "NI": ("la rotonda Güegüense;la Iglesia El Carmen;donde fue el cine González;la Casa del Obrero;los semáforos de Rubenia", "Managua;León;Granada;Masaya;Estelí",
           "Bolonia;Altamira;Los Robles;Reparto San Juan;Ciudad Jardín", "",
           ("D:{d}|S:de {s} {u2} c. al lago/C:{t}", "S:de {s} {u2} c. arriba|U:casa {n}/D:{d}|C:{t}")),
    "SV": ("Calle El Mirador;Paseo General Escalón;Alameda Roosevelt;Calle La Reforma;Boulevard de Los Héroes", "San Salvador;Santa Ana;San Miguel;Santa Tecla;Sonsonate",
           "Colonia Escalón;Colonia San Benito;Colonia Miramonte;Colonia Flor Blanca;Colonia Médica", "NNNN",
           ("D:{d}|S:{s}|U:pasaje {u2}|U:casa #{n}/C:{t}", "S:{s} #{n}|D:{d}/C:CP {pc} {t}")),
    "TT": ("Ariapita Avenue;Eastern Main Road;Frederick Street;Saddle Road;Coffee Street", "Port of Spain;San Fernando;Arima;Chaguanas;Point Fortin",
           "Woodbrook;St. Clair;Maraval;Belmont;Diego Martin", "", ("S:#{n} {s}/D:{d}/C:{t}", "S:LP {n} {s}|D:{d}|C:{t}")),
    "ZW": ("Samora Machel Avenue;Julius Nyerere Way;Enterprise Road;Josiah Tongogara Street;Leopold Takawira Street", "Harare;Bulawayo;Mutare;Gweru;Masvingo",
           "Avondale;Borrowdale;Glen View {u2};Mabelreign;Hillside", "", ("S:{n} {s}/D:{d}/C:{t}", "S:Stand {box}|D:{d}/C:{t}")),
    "PG": ("Waigani Drive;Champion Parade;Boroko Drive;Hubert Murray Highway;Coronation Drive", "Port Moresby;Lae;Mount Hagen;Madang;Kokopo",
           "Boroko;Gerehu;Hohola;Tokarara;Gordons", "NNN",
           ("S:Section {m}|S:Lot {n}|D:{d}/C:{t}|P:{pc}", "S:PO Box {box}|D:{d}/C:{t} {pc}")),
    "AD": ("Avinguda Meritxell;Carrer Major;Avinguda Carlemany;Carrer de la Unió;Avinguda del Fener", "Andorra la Vella;Escaldes-Engordany;Encamp;La Massana;Sant Julià de Lòria",
           "", "\\ADNNN", ("S:{s} {n}|U:{u2}n {u}a/C:{pc} {t}", "B:Edifici {B}|S:{s} {n}/C:{t}|P:{pc}")),
}
V10_ADDRESS_COUNTRIES = tuple(_ADDRESS)
TOWNS = {c: tuple(v[1].split(";")) for c, v in _ADDRESS.items()}
_SUBTYPES = {"S": "street", "U": "unit", "B": "building", "D": "district", "C": "city", "P": "postcode"}
_BUILDING_WORDS = ("Cedrus", "Zeitoun", "Yasmine", "Sanawbar", "Karaz", "Safsaf", "Rimal", "Bahar", "Roure", "Avet")


def address_layouts(country: str) -> tuple[str, ...]:
    """The line layouts of ``country`` (the structural choice of a document's address)."""
    return _ADDRESS[country][4]


def address_lines(rng: random.Random, country: str, layout: str) -> tuple[list[list[tuple[str, str]]], str]:
    """One address as lines of ``(text, subtype)`` parts, and its town; the layout (a structural fact)
    fixes how many lines and parts there are, the RNG only what they say."""
    streets, towns, districts, pc_layout, _ = _ADDRESS[country]
    town = rng.choice(towns.split(";"))
    values = {"n": str(rng.randrange(1, 240)), "m": str(rng.randrange(2, 90)), "u": str(rng.randrange(1, 40)),
              "u2": str(rng.randrange(1, 10)), "b": rng.choice("ABCDEF"), "box": str(rng.randrange(100, 9999)),
              "pc": shape(rng, pc_layout), "t": town, "B": rng.choice(_BUILDING_WORDS), "sl": "/"}
    values["d"] = rng.choice(districts.split(";")).format(**values) if districts else ""
    values["s"] = rng.choice(streets.split(";")).format(**values)
    return address_parts(layout, values, _SUBTYPES), town


# --------------------------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------------------------

_ID_SHAPES: dict[str, tuple[str, ...]] = {
    # national numbers without a check here: Azerbaijani FIN, Belarusian identification number,
    # Bahraini CPR, Zimbabwean national ID, Honduran DNI, Andorran NRT, Trinidad and Tobago ID
    "natid": ("XXXXXXX", "NNNNNNN\\ANNN\\P\\BN", "NN0NNNNNN", "NN-NNNNNNN \\A NN", "0801-19NN-NNNNN", "F-NNNNNN-\\A",
              "19NNNNNNNNN"),
    "passport": ("C0NNNNNNN", "\\A\\BNNNNNNN", "MP NNNNNNN", "NNNNNNNNN\\A"),
    "licence": ("NN\\A NNNNNN", "D\\L/NNNNNNN", "NNNNN-NN"),
    "plate": ("NN-\\AA-NNN", "\\A NNN \\AA", "NNNN \\AA-N", "C\\A\\B NNNN", "NNN\\AANN", "P NNNN", "\\ANN-N-NNN"),
    "quote": ("Q-2YNNNN", "QT/NNNNN", "NNNN-Q"),
    "move": ("MV-NNNNN", "REM/2Y/NNNN", "NNNNNN-M"),
    "booking": ("BK2YNNNNN", "R-NNNN-\\A", "RES/NNNNN", "#NNNNNN"),
    "order": ("PRT-NNNNN", "WO NNNN/2Y", "NNNN-NNNN-P"),
    "invoice": ("F/2Y/NNNNN", "I\\NV NNNNNN", "2Y-NNNN-I\\NV", "F\\AC-NNNNNN"),
    "member": ("C\\H-NNNN", "NNNNN/S", "\\ANNNNN"),
    "account": ("NNNNNNNNNNNN", "CUST-NNNNNN", "NNN-NNNNNN-N"),
    "case": ("FB-2Y-NNNN", "REF NNNNN", "NNNNN/2Y/C"),
    "patient": ("POD-NNNNNN", "NNNN NNN NNN", "P\\N/NNNNN"),
    "policy": ("NNNNNNNN-NN", "P\\L-\\A-NNNNNN", "NNN/NNNNN/2Y"),
    "contract": ("\\LE\\ASE-NNNN", "NNN/2Y/K", "\\AGR-NNNN-NN"),
    "tracking": ("\\AB NNNN NNNN N", "NNNNNNNNNNNNNN", "RR NNNNNNNNN MZ"),
    "voucher": ("FBV-NNNNNN", "NNNN-NNNN", "REFER-NNNNN"),
    "student": ("T\\A-NNNNN", "STU/NNNNNN", "NNNNNNN-T"),
    "staff": ("DRV-NNNN", "NNNNN", "ST-NNN-\\A"),
    "chip": ("NNN-NNN-NNN-NNN-NNN", "NNNNNNNNNNNNNNN", "NNN NNNNNNNNNNNN"),
    "device": ("IMEI NNNNNNNNNNNNNNN", "M\\AC HH:HH:HH:HH:HH:HH", "S\\N-XXXXXXXXXX"),
    "serial": ("NNNNNNNN", "S\\N NNNN-NNNN", "XXXX-XXXX"),
    "gate": ("NNNN*", "PI\\N NNNNNN", "code NNNN#"),
    "taxi": ("T\\X-NNNN", "NNNNNN", "C\\AB NNN"),
    "pitch": ("PITC\\H NN-\\A", "NNN", "P-NNN"),
    "vin": ("XXXXXXXXXXXXXXXXX",),
}
#: Identifier kinds (template slot ``{idN.kind}``) and their reported subtype.
ID_KINDS = {**{k: k for k in _ID_SHAPES}, "natid": "national", "idnp": "national", "dui": "national",
            "kwcivil": "national", "nicedula": "national", "kgpin": "national", "patient": "health",
            "chip": "device", "device": "device", "serial": "device", "gate": "access", "pitch": "booking",
            "taxi": "licence", "iban": "iban"}
_IBAN_BBAN = {"AZ": "AAAAXXXXXXXXXXXXXXXXXXXX", "BA": "NNNNNNNNNNNNNNNN", "BY": "XXXXNNNNXXXXXXXXXXXXXXXX",
              "BH": "AAAAXXXXXXXXXXXXXX", "MD": "XXXXXXXXXXXXXXXXXXXX", "ME": "NNNNNNNNNNNNNNNNNN",
              "LB": "NNNNXXXXXXXXXXXXXXXXXXXX", "KW": "AAAAXXXXXXXXXXXXXXXXXXXXXX", "SV": "AAAANNNNNNNNNNNNNNNNNNNN",
              "AD": "NNNNNNNNXXXXXXXXXXXX"}
_NI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXY"
_KW_W = (2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _idnp_check(twelve: str) -> int:
    return sum(int(c) * (7, 3, 1)[i % 3] for i, c in enumerate(twelve)) % 10


def idnp_is_valid(value: str) -> bool:
    """Moldovan IDNP: thirteen digits, the last ``sum(digit * 7,3,1,...) mod 10`` of the first twelve."""
    return len(value) == 13 and value.isdigit() and _idnp_check(value[:12]) == int(value[12])


def _dui_check(eight: str) -> int:
    return (10 - sum(int(c) * (9 - i) for i, c in enumerate(eight)) % 10) % 10


def sv_dui_is_valid(value: str) -> bool:
    """Salvadoran DUI ``NNNNNNNN-C``: weights 9..2, ``C = (10 - sum mod 10) mod 10``."""
    body, _, check = value.partition("-")
    return len(body) == 8 and body.isdigit() and len(check) == 1 and check.isdigit() and _dui_check(body) == int(check)


def _kw_check(eleven: str) -> int:
    return 11 - sum(int(c) * w for c, w in zip(eleven, _KW_W, strict=True)) % 11


def kw_civil_is_valid(value: str) -> bool:
    """Kuwaiti civil ID: twelve digits (century 2 or 3, YYMMDD, serial), ``11 - weighted sum mod 11``."""
    return (len(value) == 12 and value.isdigit() and value[0] in "23" and _kw_check(value[:11]) < 10
            and _kw_check(value[:11]) == int(value[11]))


def ni_cedula_is_valid(value: str) -> bool:
    """Nicaraguan cédula ``NNN-DDMMYY-NNNNL``: the letter is the thirteen digits mod 23."""
    parts = value.split("-")
    if len(parts) != 3 or [len(p) for p in parts] != [3, 6, 5]:
        return False
    digits, letter = "".join(parts)[:-1], parts[2][-1]
    return digits.isdigit() and _NI_LETTERS[int(digits) % 23] == letter


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

_MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря")
_MONTHS_BS = ("januar", "februar", "mart", "april", "maj", "juni", "juli", "august", "septembar", "oktobar",
              "novembar", "decembar")
_MONTHS_CA = ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre",
              "novembre", "desembre")
_MONTHS_IT = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
              "novembre", "dicembre")
_MONTHS_AZ = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr",
              "dekabr")
_MONTHS_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
              "novembro", "dezembro")

#: Styles without month or weekday words.
NUMERIC_STYLES = ("d/m/yy", "Y.mm.dd.", "dd·mm·Y", "mm-dd-Y", "d.m.yy", "dd mm Y", "Y/mm/dd", "dd-MON-Y")
#: Styles of a day within the year (no year written).
SHORT_STYLES = ("d Month", "Month d", "Wkd dd.mm.", "the dth", "d-Mon", "Weekday, Month d")
#: Styles in words, English and other languages' orders and scripts.
TEXT_STYLES = ("the dth of Month Y", "Month dth, Y", "d MONTH Y", "d месяца Y г.", "d. mjesec Y.", "d de mes del Y",
               "d mese Y", "d ay Y il", "d/mês/Y")
DATE_STYLES = NUMERIC_STYLES + SHORT_STYLES + TEXT_STYLES


def format_date(d: date, style: str) -> str:
    """``d`` written in one of :data:`DATE_STYLES`."""
    i = d.month - 1
    month, mon, yy, day = MONTHS[i], MONTHS[i][:3], f"{d.year % 100:02d}", WEEKDAYS[d.weekday()]
    del_ = "de l'" if _MONTHS_CA[i][0] in "ao" else "de "
    table = {
        "d/m/yy": f"{d.day}/{d.month}/{yy}", "Y.mm.dd.": f"{d.year}.{d.month:02d}.{d.day:02d}.",
        "dd·mm·Y": f"{d.day:02d}·{d.month:02d}·{d.year}", "mm-dd-Y": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "d.m.yy": f"{d.day}.{d.month}.{yy}", "dd mm Y": f"{d.day:02d} {d.month:02d} {d.year}",
        "Y/mm/dd": f"{d.year}/{d.month:02d}/{d.day:02d}", "dd-MON-Y": f"{d.day:02d}-{mon.upper()}-{d.year}",
        "d Month": f"{d.day} {month}", "Month d": f"{month} {d.day}", "Wkd dd.mm.": f"{day[:3]} {d.day:02d}.{d.month:02d}.",
        "the dth": f"the {ordinal(d.day)}", "d-Mon": f"{d.day}-{mon}", "Weekday, Month d": f"{day}, {month} {d.day}",
        "the dth of Month Y": f"the {ordinal(d.day)} of {month} {d.year}",
        "Month dth, Y": f"{month} {ordinal(d.day)}, {d.year}", "d MONTH Y": f"{d.day} {month.upper()} {d.year}",
        "d месяца Y г.": f"{d.day} {_MONTHS_RU[i]} {d.year} г.", "d. mjesec Y.": f"{d.day}. {_MONTHS_BS[i]} {d.year}.",
        "d de mes del Y": f"{d.day} {del_}{_MONTHS_CA[i]} del {d.year}", "d mese Y": f"{d.day} {_MONTHS_IT[i]} {d.year}",
        "d ay Y il": f"{d.day} {_MONTHS_AZ[i]} {d.year}-ci il", "d/mês/Y": f"{d.day}/{_MONTHS_PT[i][:3]}/{d.year}",
    }
    if style not in table:
        raise InvalidParameterError(f"unknown date style {style!r}")
    return table[style]


# --------------------------------------------------------------------------------------------
# Organisations: ``{B}`` an invented brand, ``{T}`` a town, ``{L}``/``{L2}`` surnames, ``{F}`` a given name
# --------------------------------------------------------------------------------------------

_BRAND_PARTS = ("mer", "ko", "vil", "tan", "ru", "zo", "pel", "ari", "nok", "sy", "bar", "ule", "fen", "ja", "tor",
                "iva", "lun", "go", "pra", "es", "mar", "ik", "dol", "sen", "ax", "qui", "rel", "uba", "hen", "ot")
ORG_FORMS: dict[str, tuple[str, ...]] = {
    "movers": ("{B} Removals", "{L} Moving & Storage", "{T} Van Lines", "{B} Mudanzas", "{L} & Sons Removals"),
    "tutoring": ("{B} Tutors", "{T} Learning Centre", "{L} Tuition", "{B} Study Club", "Academia {B}"),
    "radio": ("Radio {B}", "{T} Community Radio", "{B} FM", "{T} 97.4", "Ràdio {B}"),
    "cattery": ("{B} Cattery", "{T} Cat Hotel", "{L}'s Cat Lodge", "Chatterie {B}", "{B} Purrs"),
    "foodbank": ("{T} Food Bank", "{B} Community Pantry", "{T} Food Share", "Banco de Alimentos {B}"),
    "choir": ("{T} Community Choir", "{B} Singers", "{T} Chamber Choir", "Coro {B}", "{B} Voices"),
    "esports": ("Team {B}", "{B} Esports", "{B} Gaming Club", "{T} Wolves Esports", "{B} e-Sports"),
    "catering": ("{B} Catering", "{L} Kitchen", "{T} Banquets", "{B} Events & Catering", "Traiteur {B}"),
    "windows": ("{B} Window Cleaning", "{L} Clear View", "{T} Glass Care", "{B} Shine", "{L} Windows"),
    "drycleaner": ("{B} Dry Cleaners", "{T} Laundry", "{L} Cleaners", "Tintorería {B}", "{B} Press"),
    "taxi": ("{B} Taxis", "{T} Radio Cabs", "{B} Cars", "{T} Taxi Co-op", "Taxi {B}"),
    "pottery": ("{B} Pottery", "{T} Clay Studio", "{L} Ceramics", "{B} Kiln Works", "Taller {B}"),
    "printshop": ("{B} Print", "{T} Copy Centre", "{L} Printers", "{B} Press & Copy", "Imprenta {B}"),
    "campsite": ("{B} Camping", "{T} Holiday Park", "Camping {B}", "{L} Farm Campsite", "{B} Glamping"),
    "salon": ("{B} Hair", "{L} Hair Studio", "{T} Barbers", "Salon {B}", "{B} Cuts & Colour"),
    "podiatry": ("{B} Foot Clinic", "{T} Podiatry", "{L} Chiropody", "{B} Feet", "Podología {B}"),
    "employer": ("{B}", "{B} LLC", "{B} MMC", "{B} d.o.o.", "{B} SRL", "{B} W.L.L.", "{B} Lda", "{B} SARL",
                 "{B} (Pvt) Ltd", "{B} Sdn Bhd", "{L} & {L2}", "{B} S. de R.L."),
    "insurer": ("{B} Insurance", "{B} Sığorta", "{T} Mutual", "Seguros {B}", "{B} Osiguranje"),
    "council": ("{T} Municipality", "{T} Regional Corporation", "Alcaldía de {T}", "Primăria {T}"),
    "hospital": ("{T} General Hospital", "{B} Clinic", "Hospital {B}", "{T} Polyclinic"),
    "school": ("{T} Secondary School", "{B} College", "Liceo {B}", "{T} Grammar School", "Escola {B}"),
    "bank": ("{B} Bank", "Banca {B}", "{T} Commercial Bank", "{B} Banka"),
    "charity": ("{B} Trust", "{T} Community Action", "Friends of {T}", "{B} Foundation"),
}


# --------------------------------------------------------------------------------------------
# Contacts
# --------------------------------------------------------------------------------------------

_FREE_MAIL = ("gmail.com", "mail.az", "bih.net.ba", "tut.by", "batelco.com.bh", "brunet.bn", "cvtelecom.cv",
              "djaweb.dz", "networksgy.com", "hondutel.hn", "elcat.kg", "qualitynet.net", "laotel.com", "idm.net.lb",
              "mail.md", "t-com.me", "tdm.co.mz", "ibw.com.ni", "navegante.com.sv", "tstt.net.tt", "zol.co.zw",
              "daltron.com.pg", "andorra.ad", "proton.me", "yahoo.com", "outlook.com", "gmx.net", "yandex.ru")
_ORG_TLDS = ("az", "ba", "by", "bh", "bn", "cv", "dz", "gy", "hn", "kg", "com.kw", "la", "com.lb", "md", "me",
             "co.mz", "com.ni", "com.sv", "co.tt", "co.zw", "com.pg", "ad", "radio", "cafe", "studio", "events")
_INTERNAL = ("{s}.internal", "{s}.office", "mx.{s}.loc", "{s}.ad.local", "exch.{s}.lan", "{s}.int")
_STOP = {"the", "of", "and", "team", "radio", "camping", "academia", "chatterie", "banco", "de", "alimentos", "coro",
         "traiteur", "tintoreria", "taxi", "taller", "imprenta", "salon", "podologia", "seguros", "alcaldia",
         "primaria", "hospital", "liceo", "escola", "banca", "friends", "sons", "co"}


class ValuesV10(HandTableDrawing, v7.ValuesV7):
    """Draws v10's private values with the per-document RNG ``rng``; user names, handles and IP
    addresses are drawn as v7 draws them, from v10's names."""

    id_shapes, iban_bban = _ID_SHAPES, _IBAN_BBAN
    hand_traditions, hand_names, hand_doubled = V10_HAND_TRADITIONS, _NAMES, _DOUBLE
    domain_stop, domain_internal, domain_tlds = _STOP, _INTERNAL, _ORG_TLDS
    org_towns, org_countries, brand_parts = TOWNS, V10_ADDRESS_COUNTRIES, _BRAND_PARTS

    # people --------------------------------------------------------------------------------
    def email(self, p: Person, domain: str | None) -> str:
        rng = self.rng
        f, last = name_token(p.first), name_token(p.last)
        local = rng.choice((f"{f}.{last}", f"{f[:1]}.{last}", f"{last}{f[:1]}", f"{f}{rng.randrange(70, 100)}",
                            f"{last}_{f}", f"{f}-{last[:4]}", f"{f[:2]}{last}", f"{last}.{rng.randrange(1, 30)}"))
        return f"{local}@{domain or rng.choice(_FREE_MAIL)}"

    # identifiers --------------------------------------------------------------------------------
    def ident(self, kind: str, variant: int) -> str:
        """An identifier of ``kind``; ``variant`` (a structural fact) picks its layout."""
        rng = self.rng
        if kind == "iban":
            return self.iban(variant)
        if kind == "idnp":
            twelve = rng.choice("02") + shape(rng, "NNNNNNNNNNN")
            return twelve + str(_idnp_check(twelve))
        if kind == "dui":
            eight = "0" + shape(rng, "NNNNNNN")
            return f"{eight}-{_dui_check(eight)}"
        if kind == "kwcivil":
            while True:
                d = self._birth(1950, 60)
                eleven = f"{2 if d.year < 2000 else 3}{d.year % 100:02d}{d.month:02d}{d.day:02d}{shape(rng, 'NNNN')}"
                if _kw_check(eleven) < 10:
                    return eleven + str(_kw_check(eleven))
        if kind == "nicedula":
            d = self._birth(1950, 55)
            digits = f"{rng.randrange(1, 620):03d}{d.day:02d}{d.month:02d}{d.year % 100:02d}{shape(rng, 'NNNN')}"
            return f"{digits[:3]}-{digits[3:9]}-{digits[9:]}{_NI_LETTERS[int(digits) % 23]}"
        if kind == "kgpin":
            d = self._birth(1950, 55)
            return f"{rng.choice('12')}{d.day:02d}{d.month:02d}{d.year}{shape(rng, 'NNNNN')}"
        return self.shaped_id(kind, variant)

    def iban(self, variant: int) -> str:
        """An IBAN of the ``variant``-th country, written in groups of four for odd variants."""
        country = tuple(_IBAN_BBAN)[variant % len(_IBAN_BBAN)]
        value = with_iban_check(country, shape(self.rng, _IBAN_BBAN[country]))
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if variant % 2 else value

    def id_variants(self, kind: str) -> int:
        """How many layouts ``kind`` has (the range of its structural ``variant``)."""
        if kind == "iban":
            return 2 * len(_IBAN_BBAN)
        if kind in ("idnp", "dui", "kwcivil", "nicedula", "kgpin"):
            return 1
        if kind not in _ID_SHAPES:
            raise InvalidParameterError(f"unknown identifier kind {kind!r}")
        return len(_ID_SHAPES[kind])
