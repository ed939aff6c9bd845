"""Value vocabularies and drawing rules of the thirteenth held-out tagging set (v13).

Written for v13 by an author who did not open the tagger (its code, rules, gazetteers, word lists or
tests), nor any tagger output or per-round profile on a held-out set. Every name is written here by
hand, in naming traditions none of v1-v12 drew from (:data:`V13_HAND_TRADITIONS`); the tests check that
no token of them is in an earlier set's hand-written lists, in the Faker name lists of any locale v1-v5
drew names from, or in a PERSON mention of the frozen v1-v12 files. Faker is not used at all.

Addresses of countries none of v1-v12 wrote addresses for (:data:`V13_ADDRESS_COUNTRIES`), phones of
countries none of v1-v12 wrote phones for, with extension forms none of them used, identifiers of many
kinds (several with their check digits), dates in orders, calendars and month words the earlier sets did
not use, organisations of v13's own kinds. What the set holds is described in its ``.meta.json`` only.

:class:`ValuesV13` reuses the generic drawing of v7's :class:`~dpfusion_integrations.evaluation.
heldout_values_v7.ValuesV7` (user names, handles, IP addresses) and replaces what is vocabulary. The
renderer and the set are in :mod:`~dpfusion_integrations.evaluation.heldout_v13`.
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
    name_token,
    ordinal,
    shape,
    with_iban_check,
)

__all__ = [
    "DATE_STYLES", "EXTENSIONS", "ID_KINDS", "NUMERIC_STYLES", "ORG_FORMS", "PHONE_LAYOUTS", "SHORT_STYLES",
    "TEXT_STYLES", "TOWNS", "V13_ADDRESS_COUNTRIES", "V13_HAND_TRADITIONS", "V13_NAME_SOURCES",
    "V13_PHONE_COUNTRIES", "ValuesV13", "aadhaar_is_valid", "address_layouts", "address_lines", "format_date",
    "hijri", "nir_is_valid", "rib_is_valid", "twid_is_valid", "verhoeff_digit", "written_names",
]  # fmt: skip

# --------------------------------------------------------------------------------------------
# Names: (female given names, male given names, surnames). ``_`` joins the words of one name,
# ``f|m`` is a surname written differently for women and men.
# --------------------------------------------------------------------------------------------

_NAMES: dict[str, tuple[str, str, str]] = {
    "kirundi": ("Irakoze Ininahazwe Kaneza Irangabiye Gakobwa Butoyi",
                "Ndayizeye Niyonkuru Havyarimana Manirakiza Ntahomvukiye Nzeyimana",
                "Ntibantunganya Sinzohagera Nyandwi Nimbona Barankitse Ciza Minani Buyoya"),
    "hassaniya": ("Vatimetou Aichetou Mekfoula Toutou Khadijetou Mneyna",
                  "Mohamedou Sidati Ahmedou Cheikhna Lemrabott Deddah",
                  ("Mint_Daddah|Ould_Daddah Mint_Boulkheir|Ould_Boulkheir Mint_Haidalla|Ould_Haidalla "
                   "Mint_Bouamatou|Ould_Bouamatou Mint_Lebatt|Ould_Lebatt Mint_Mkheitir|Ould_Mkheitir "
                   "Mint_Beyah|Ould_Beyah Mint_Tolba|Ould_Tolba")),
    "sara": ("Rémadji Nodjiram Néloumta Dénénodji Naïtar Djénodji",
             "Ngarlejy Djimadoum Allarassem Ngarmbassa Laoukein Nadjingar",
             "Yoriongar Koumakoye Djimrangar Nodjitoloum Mbaïdoum Ndilnodji Bédoumra Nadjilem"),
    "tubu": ("Kellemi Tchiroma Ouardougou Yorima Erdima Barkaye",
             "Goukouni Wardougou Sougui Weddeye Togoï Allatchi",
             "Kellei Sougoumi Tchiromi Yosko Erdimi Yorimi Wardimi Tchidimi"),
    "kissi": ("Finda Kadé Tewa Nyuma Fenda Yawa",
              "Fassou Foromo Kamandou Fayia Komba Mofinda",
              "Tolno Kamano Millimono Leno Ouendeno Tenguiano Dembadouno Iffono"),
    "loma": ("Kébéhé Dalé Siba Wonyé Gnéma Pépéyé",
             "Zézé Akoï Koly Gbanamou Kpakilé Fassama",
             "Guilavogui Koïvogui Béavogui Zogbélémou Zoumanigui Onivogui Sovogui Gbamou"),
    "nande": ("Kavira Kahindo Kahambu Kavugho Mbambu Kasoki",
              "Paluku Kambale Kasereka Muhindo Mumbere Kakule",
              "Mbusa Nyamwisi Kataliko Matumo Kisuba Kalimbiriro Lusenge Vahamwiti"),
    "shi": ("Nabintu Nsimire Nabuholo Nakabuye Namwezi Nankafu",
            "Bisimwa Cirhuza Mugisho Balagizi Cizungu Murhula",
            "Bagalwa Kabare Ntakobajira Zihindula Mulume Bulambo Cirimwami Kanyegere"),
    "bamileke": ("Tchoumi Nguetsa Tchoupa Makougang Ngassa Djuikom",
                 "Tchinda Fotso Kamga Nguemo Djoumessi Tagne",
                 "Fotsing Tchatchoua Kuate Wandji Nguefack Tsafack Mbouwe Djomo"),
    "ewondo": ("Ngono Mbezele Mbazoa Akono Mebenga Ngah",
               "Atangana Mbarga Essomba Owona Mvondo Ndzana",
               "Ebolo Belinga Nkoa Mbida Etoundi Ayissi Ondoua Bilong"),
    "duala": ("Ewodi Dikabo Njoke Engome Epessé Ndedi",
              "Ekwalla Dikongue Ebongue Ngando Doumbe Priso",
              "Eboa Kingue Ngosso Lobe Moukoko Essaka Epée Mbongo"),
    "mongo": ("Bolumbu Lisanga Ifeta Ekila Boketshu Nkoyi",
              "Bokele Lokondo Bolamba Boyoko Bofaya Isengo",
              "Bokungu Lofembe Bolongo Ikolombe Wetshi Bosenge Lokuli Yoka"),
    "tetela": ("Lokadi Anyenyola Okondjo Shako Wetshelo Dimandja",
               "Omasombo Okito Onokoko Shungu Otshudi Wembo",
               "Okitundu Diumasumbu Ohandjo Yemba Wembonyama Olongo Lokombe Onyumbe"),
    "susu": ("Mafoudia Mabinty Yarie Kankou Mbalou Mamadie",
             "Lansana Morlaye Alkaly Kerfalla Fodé Sékouba",
             "Soumah Bangoura Yansané Youla Camara_Soumah Dioubaté Cissé Kaba"),
    "rarotongan": ("Teremoana Ngametua Tepaeru Tereapii Tuaine Ngapoko",
                   "Teariki Tamarua Tekao Teina Ngatokorua Makiuti",
                   "Tutakiau Tangianau Matapo Piri Tuavera Numanga Tekii Mokoroa"),
    "marquesan": ("Kahaia Tehaakahu Vehinekoua Hinakoeke Kaikuhu Tuakaiani",
                  "Teikitutoua Kohumoetini Pahuatini Tohetiaatua Teikiehuupoko Heiku",
                  "Teikitohe Timau Kautai Ohotoua Kaiha Haiti_Tehaa Puhetini Tamarii_Kua"),
    "malaitan": ("Maefiti Ramoi Kuiola Taeburi Suifa Olofia",
                 "Oloburi Fanaafi Toraosi Laugwalu Maenuu Ngaifu",
                 "Ramofafia Ulufaalu Kemakeza Houenipwela Maelanga Suidani Tausinga Kwaiga"),
    "kaqchikel": ("Ixsamaj Ixkaweq Ixnimajay Ixnal Ixtzunun Ixim",
                  "Ajtzib Tojil Kemay Wuqub Ajpub Ajmaq",
                  "Xicará Cúmez Cutzal Sotz Sacalxot Chiroy Chicol Xajil"),
    "qeqchi": ("Ixkem Ixcuj Ixsaq Ixmay Ixtul Ixkaqkot",
               "Sakil Chajom Kiej Ajpop Tzuultaq Kaqcha",
               "Caal Choc Maquin Tiul Xol Ical Chub Botzoc"),
    "hadhrami": ("Sheikha Mahriya Shifa Raziqa Sumaiya Bakhita",
                 "Mahfoudh Salmeen Abood Sheikhan Bubakr Mubarak",
                 "Bamatraf Baharoon Bawazir Badhib Basalamah Bajammal Bamadhaj Baabbad"),
    "iban": ("Sendi Lemok Renti Inja Sepiah Indai",
             "Jugah Linggi Ngumbang Rentap Libau Banyang",
             "Barieng Sawing Nyanggau Empaling Janting Ugak Masing Entalai"),
    "kadazan": ("Sinsiri Huminodun Kunsuyung Siama Odu Tinu",
                "Pairin Juil Ongkili Gundohing Mojuntin Gontoi",
                "Kitingan Majimbun Lasimbang Sipaun Tangau Moujing Kinsik Mojikol"),
    "maranao": ("Sittie Normallah Potri Sittienor Saripa Johaira",
                "Pangandaman Macapanton Datumanong Salic Dimaampao Mamintal",
                "Alonto Lucman Dimaporo Adiong Macarambon Pangarungan Mindalano Balindong"),
    "amis": ("Panay Dongi Namoh Ipay Sawmah Afas",
             "Kolas Lekal Ofad Calaw Kacaw Mayaw",
             "Pacidal Ciwidian Lafin Futing Taliyok Sapud Kalitang Tipus"),
    "bunun": ("Abus Langus Savi Ibu Umav Apin",
              "Biung Dahu Tiang Aziman Alang Husluman",
              "Istanda Takishusungan Takislinian Tanapima Isbabanal Takiludun Kalavan Soqluman"),
    "sumi": ("Khetoli Vikali Kiholi Hetoli Kitoli Tokheli",
             "Hokishe Kiyezhe Vihoto Kughato Ikato Tokaho",
             "Zhimomi Yepthomi Chishi Awomi Kinimi Achumi Assumi Shohe"),
    "lotha": ("Nchumbeni Mhabeni Yanthungi Ezanthungi Nzanbeni Chumchibeni",
              "Nzanbemo Yanbemo Mhonbemo Chumbemo Rhenbemo Ezanbemo",
              "Ezung Kithan Humtsoe Tsanglao Odyuo Kikon Ngullie Shitio"),
    "tangkhul": ("Ngalengla Ningreila Yurreila Khayaila Mayaola Somila",
                 "Thuingaleng Yaruingam Shangreiso Ramthing Pamthing Ngashangva",
                 "Shaiza Muivah Raikhan Horam Zimik Kasar Shimray Keishing"),
    "kurukh": ("Sukro Budhni Sanicharo Etwari Mangri Somri",
               "Sukra Budhu Mangra Etwa Jatra Lohra",
               "Tirkey Ekka Lakra Kujur Minj Toppo Xaxa Kerketta"),
    "gondi": ("Budhri Somari Hidme Irme Paike Jogi",
              "Hidma Lakhma Joga Podiya Kosa Budra",
              "Uikey Markam Dhurve Netam Kunjam Poyam Kowasi Madavi"),
    "bhili": ("Dhapu Ramli Kamli Lali Sukli Chhagni",
              "Kalu Nathu Ramla Bhura Thavra Kesla",
              "Damor Bhuriya Ninama Garasiya Katara Kharadi Mavi Dindor"),
    "munda": ("Dasri Jitni Karmi Dasmi Lodo Sonamuni",
              "Birsa Jaipal Sugna Dukhan Tuyu Soreng",
              "Purty Topno Bodra Sanga Horo Lugun Guria Dodrai"),
}

#: Traditions whose surnames are sometimes doubled (a hyphen or a space between the two).
_DOUBLE = {"bamileke": " ", "qeqchi": " ", "kaqchikel": " ", "rarotongan": "-", "duala": " "}
V13_HAND_TRADITIONS = tuple(_NAMES)
#: Every name source, for the meta file.
V13_NAME_SOURCES = tuple(f"hand:{k}" for k in V13_HAND_TRADITIONS)


def written_names(table: dict[str, tuple[str, str, str]] | None = None) -> set[str]:
    """Every name a hand-written table can write; v13's by default (v7's helper, v13's table)."""
    return v7.written_names(_NAMES if table is None else table)


# --------------------------------------------------------------------------------------------
# Phones (layouts of :func:`~dpfusion_integrations.evaluation.heldout_build.shape`)
# --------------------------------------------------------------------------------------------

PHONE_LAYOUTS: dict[str, tuple[str, ...]] = {
    "AW": ("+297 5NN NNNN", "+297 56N-NNNN", "(297) 73N-NNNN"),
    "BM": ("+1 441-29N-NNNN", "(441) 5NN-NNNN", "441.2NN.NNNN"),
    "KY": ("+1 345-949-NNNN", "(345) 9NN-NNNN", "1-345-32N-NNNN"),
    "GD": ("+1 473-44N-NNNN", "(473) 4NN-NNNN", "473 405 NNNN"),
    "DM": ("+1 767-44N-NNNN", "(767) 2NN-NNNN", "767 61N NNNN"),
    "KN": ("+1 869-465-NNNN", "(869) 66N-NNNN", "869.76N.NNNN"),
    "VC": ("+1 784-45N-NNNN", "(784) 4NN-NNNN", "784 53N NNNN"),
    "GG": ("+44 1481 7NNNNN", "01481 2NNNNN", "07781 NNNNNN", "+44 7839 NNNNNN"),
    "RE": ("+262 262 NN NN NN", "0262 NN NN NN", "06 92 NN NN NN"),
    "GP": ("+590 590 NN NN NN", "0590 NN NN NN", "06 90 NN NN NN"),
    "MG": ("+261 34 NN NNN NN", "032 NN NNN NN", "+261 20 22 NNN NN"),
    "LS": ("+266 22NN NNNN", "+266 5NNN NNNN", "6NNN NNNN"),
    "BI": ("+257 22 NN NN NN", "+257 79 NN NN NN", "6N NN NN NN"),
    "MR": ("+222 45 NN NN NN", "2N NN NN NN", "4N.NN.NN.NN"),
    "TD": ("+235 66 NN NN NN", "+235 22 52 NN NN", "9N NN NN NN"),
    "NE": ("+227 20 NN NN NN", "9N NN NN NN", "+227 96 NN NN NN"),
    "CD": ("+243 81 NNN NNNN", "099 NNN NNNN", "+243 (0) 97 NNN NNNN"),
    "GN": ("+224 62N NN NN NN", "66N NN NN NN", "+224 30 NN NN NN"),
    "TO": ("+676 2NNNN", "+676 7NN NNNN", "8NN NNNN"),
    "PF": ("+689 40 NN NN NN", "87 NN NN NN", "+689 89 NN NN NN"),
    "GU": ("+1 671-NNN-NNNN", "(671) 47N-NNNN", "671.64N.NNNN"),
    "SB": ("+677 2NNNN", "+677 7NN NNNN", "74N NNNN"),
    "MH": ("+692 625-NNNN", "(692) 455-NNNN", "692-247-NNNN"),
    "CK": ("+682 2NNNN", "+682 5N NNN", "7N NNN"),
}
V13_PHONE_COUNTRIES = tuple(PHONE_LAYOUTS)
EXTENSIONS = (" extn NNN", " (poste: NNN)", " #NNNN#", " x-NNN", " Ext. NN", " (dial NNN)", " ext.: NNN",
              " (ligne directe NNN)")


# --------------------------------------------------------------------------------------------
# Addresses: (streets, towns, districts, postcode layout, line layouts); see ``address_parts``
# --------------------------------------------------------------------------------------------

_ADDRESS: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "AW": ("Caya G.F. Betico Croes;Wilhelminastraat;L.G. Smith Boulevard;Caya Frans Figaroa;Weg Fontein",
           "Oranjestad;Noord;Santa Cruz;San Nicolas;Paradera;Savaneta",
           "Madiki;Tanki Leendert;Bubali;Pos Chiquito;Companashi", "",
           ("S:{s} {n}/D:{d}/C:{t}", "S:{s} {n}|C:{t}")),
    "BM": ("Front Street;Reid Street;Harbour Road;Middle Road;South Road;Cedar Avenue",
           "Hamilton;St. George's;Somerset;Flatts Village;Tucker's Town",
           "Pembroke;Paget;Warwick;Devonshire;Smith's;Southampton", "\\H\\M NN",
           ("B:{B} Cottage/S:{n} {s}/D:{d} {pc}", "S:{n} {s}|C:{t} {pc}")),
    "KY": ("West Bay Road;Shedden Road;Eastern Avenue;Walkers Road;Crewe Road;North Church Street",
           "George Town;West Bay;Bodden Town;East End;North Side;Savannah",
           "Seven Mile Beach;Red Bay;Prospect;Camana Bay;South Sound", "\\K\\Y1-1NNN",
           ("S:P.O. Box {box}/C:Grand Cayman {pc}", "U:Unit {u}|B:{B} Plaza/S:{n} {s}/D:{d}/C:{t}")),
    "GD": ("Lagoon Road;Grand Anse Main Road;Melville Street;Young Street;Morne Jaloux Road",
           "St. George's;Grenville;Gouyave;Victoria;Sauteurs;Hillsborough",
           "St. Andrew;St. David;St. Patrick;St. John;St. Mark", "",
           ("S:{s}|C:{t}/D:{d}", "B:Lot {n}|D:{d}/C:{t}")),
    "DM": ("King George V Street;Great Marlborough Street;Independence Street;Hillsborough Street;Bath Road",
           "Roseau;Portsmouth;Marigot;Grand Bay;Castle Bruce;Mahaut",
           "Goodwill;Pottersville;Newtown;Fond Cole;Bath Estate", "",
           ("S:{n} {s}/D:{d}/C:{t}", "S:{n} {s}|C:{t}")),
    "KN": ("Bay Road;Fort Street;Cayon Street;Central Street;Wellington Road",
           "Basseterre;Charlestown;Sandy Point;Cayon;Old Road;Dieppe Bay",
           "Frigate Bay;Bird Rock;Taylor's Range;Ramsbury;Greenlands", "",
           ("S:{s}|D:{d}/C:{t}", "B:#{n}|S:{s}/C:{t}")),
    "VC": ("Bay Street;Halifax Street;Back Street;Grenville Street;Murray Road",
           "Kingstown;Arnos Vale;Georgetown;Barrouallie;Calliaqua;Layou",
           "Villa;Cane Garden;Edinboro;Montrose;Sion Hill", "\\V\\C0NN0",
           ("S:{s}|D:{d}/C:{t} {pc}", "B:{B} Building|S:{s}/C:{t}")),
    "GG": ("Le Pollet;Les Banques;Rue des Frênes;Route de la Corbière;Les Gravées;Route du Braye",
           "St Peter Port;St Sampson;Vale;Castel;St Martin;Forest", "", "\\G\\Y1 NAA",
           ("B:{B} House|S:{s}/C:{t}/P:{pc}", "B:{B} House|S:{s}|C:{t}|P:{pc}")),
    "RE": ("rue de Paris;chemin Bois de Nèfles;allée des Lataniers;rue Juliette Dodu;boulevard Lancastel",
           "Saint-Denis;Saint-Pierre;Le Tampon;Saint-Paul;Saint-André;Saint-Louis",
           "La Bretagne;Le Chaudron;Ravine des Cabris;La Montagne;Bellepierre", "974NN",
           ("S:{n} {s}/D:{d}/C:{pc} {t}", "B:Résidence les {B}|U:bât. {b}/S:{n} {s}/C:{pc} {t}")),
    "GP": ("rue Frébault;boulevard Légitimus;rue Schoelcher;chemin de Grand-Camp;route de Montauban",
           "Pointe-à-Pitre;Les Abymes;Baie-Mahault;Le Gosier;Basse-Terre;Sainte-Anne",
           "Grand-Camp;Jarry;Raizet;Boissard;Lauricisque", "971NN",
           ("S:{n} {s}/C:{pc} {t}", "B:Immeuble {B}|D:{d}/C:{pc} {t}")),
    "MG": ("Rue Rainandriamampandry;Avenue de l'Indépendance;Rue Ratsimilaho;Lalana Rainibetsimisaraka",
           "Antananarivo;Toamasina;Fianarantsoa;Mahajanga;Antsirabe;Toliara",
           "Ivandry;Analakely;Ambohijatovo;Isoraka;Ankorondrano;Ampefiloha", "1NN",
           ("B:Lot {lot}|D:{d}/C:{pc} {t}", "S:{n} {s}|D:{d}/C:{t} {pc}")),
    "LS": ("Kingsway;Pioneer Road;Moshoeshoe Road;Lerotholi Road;Constitution Road",
           "Maseru;Teyateyaneng;Mafeteng;Hlotse;Mohale's Hoek;Qacha's Nek",
           "Ha Thetsane;Ha Abia;Upper Thamae;Maseru West;Lithoteng;Ha Hoohlo", "1NN",
           ("S:Private Bag A{box}/C:{t} {pc}", "B:Plot {n}|D:{d}/C:{t}", "S:{s}|D:{d}/C:{t} {pc}")),
    "BI": ("Boulevard du 28 Novembre;Chaussée Prince Louis Rwagasore;Avenue de l'Université;Boulevard Mwambutsa",
           "Bujumbura;Gitega;Ngozi;Rumonge;Muyinga;Kayanza",
           "Rohero;Kiriri;Kinindo;Ngagara;Kigobe;Mutanga Nord", "",
           ("S:{s} n° {n}|D:Quartier {d}/C:{t}", "S:BP {box}/C:{t}", "D:{d}|S:{u2}e avenue n° {n}/C:{t}")),
    "MR": ("Avenue Gamal Abdel Nasser;Avenue Charles de Gaulle;Rue de l'Espoir;Avenue du Roi Fayçal;Route de Rosso",
           "Nouakchott;Nouadhibou;Rosso;Atar;Kiffa;Zouérate",
           "Tevragh Zeina;Ksar;Sebkha;Arafat;Dar Naïm;Teyarett", "",
           ("B:Lot n° {n}|D:Ilot {b}/D:{d}/C:{t}", "S:BP {box}/C:{t}", "S:{s}|D:{d}/C:{t}")),
    "TD": ("Avenue Charles de Gaulle;Rue de 40 mètres;Avenue Mobutu;Avenue Félix Éboué;Rue du Havre",
           "N'Djamena;Moundou;Sarh;Abéché;Doba;Bongor",
           "Moursal;Chagoua;Klemat;Farcha;Gassi;Amriguébé", "",
           ("S:{s}|D:quartier {d}/C:{t}", "S:BP {box}/C:{t}", "D:{d}|B:porte {n}/C:{t}")),
    "NE": ("Boulevard de l'Indépendance;Avenue du Fleuve Niger;Rue KK {n};Boulevard Mali Béro;Rue YN {m}",
           "Niamey;Zinder;Maradi;Agadez;Tahoua;Dosso",
           "Plateau;Yantala;Koira Kano;Terminus;Lazaret;Kalley", "",
           ("S:{s}|D:{d}/C:{t}", "S:BP {box}/C:{t}", "D:Quartier {d}|B:villa {n}/C:{t}")),
    "CD": ("Avenue du Commerce;Boulevard du 30 Juin;Avenue Kasa-Vubu;Avenue de la Justice;Avenue des Aviateurs",
           "Kinshasa;Lubumbashi;Goma;Bukavu;Kisangani;Matadi",
           "Gombe;Limete;Ngaliema;Kintambo;Bandalungwa;Lemba", "",
           ("S:{s} n° {n}|D:Commune de {d}/C:{t}", "B:Immeuble {B}|S:{s}/D:{d}/C:{t}")),
    "GN": ("Route du Niger;Autoroute Fidel Castro;Corniche Nord;Rue KA-0{m};Rue DI-{n};Rue MA-{n}",
           "Conakry;Kankan;Labé;Nzérékoré;Kindia;Boké",
           "Kaloum;Dixinn;Ratoma;Matam;Matoto;Kipé", "",
           ("D:Quartier {d}|S:{s}/C:{t}", "S:BP {box}/C:{t}", "S:{s}|D:{d}/C:{t}")),
    "TO": ("Taufa'ahau Road;Vuna Road;Salote Road;Hala Fatafehi;Wellington Road",
           "Nuku'alofa;Neiafu;Pangai;'Ohonua;Mu'a;Kolonga",
           "Kolofo'ou;Ma'ufanga;Fasi-moe-afi;Kolomotu'a;Halaleva;Havelu", "",
           ("S:{s}|D:{d}/C:{t}", "S:P.O. Box {box}/C:{t}", "D:{d}|C:{t}|C:Tongatapu")),
    "PF": ("rue du Général de Gaulle;avenue Pouvanaa a Oopa;rue des Remparts;boulevard Pomare;route de l'Ouest",
           "Papeete;Faa'a;Punaauia;Pirae;Uturoa;Taiohae",
           "Tipaerui;Fariipiti;Mamao;Outumaoro;Taunoa", "987NN",
           ("S:BP {box}/C:{pc} {t}", "S:PK {u},{u2} côté mer|C:{t}", "S:{s}|D:{d}/C:{pc} {t}")),
    "GU": ("Marine Corps Drive;Chalan San Antonio;Route 16;Army Drive;Ypao Road",
           "Hagåtña;Tamuning;Dededo;Yigo;Mangilao;Barrigada",
           "Tumon;Harmon;Upper Tumon;Latte Heights;Maite", "969NN",
           ("S:{n} {s}|U:Ste {u}/C:{t}|P:GU {pc}", "S:P.O. Box {box}/C:{t} GU {pc}")),
    "SB": ("Mendana Avenue;Hibiscus Avenue;Kukum Highway;Lengakiki Ridge Road;Prince Philip Highway",
           "Honiara;Gizo;Auki;Noro;Tulagi;Kirakira",
           "Kukum;Point Cruz;Naha;White River;Tasahe;Panatina", "",
           ("S:P.O. Box {box}/C:{t}", "B:{B} House|S:{s}/D:{d}/C:{t}")),
    "MH": ("Lagoon Road;Ocean Side Road;Long Island Road;Airport Road",
           "Majuro;Ebeye;Laura;Jaluit;Wotje", "Delap;Uliga;Djarrit;Rita;Ajeltake", "9696N",
           ("S:P.O. Box {box}/C:{t}|P:MH {pc}", "D:{d} Village|B:{B} Apartments/C:{t} Atoll")),
    "CK": ("Ara Tapu;Ara Metua;Ara Maire Nui;Main Road",
           "Avarua;Arorangi;Titikaveka;Ngatangiia;Matavera;Arutanga",
           "Tupapa;Nikao;Muri;Ruatonga;Vaimaanga", "",
           ("S:P.O. Box {box}/C:{t}|C:Rarotonga", "D:{d}|S:{s}/C:{t}")),
}
V13_ADDRESS_COUNTRIES = tuple(_ADDRESS)
TOWNS = {c: tuple(dict.fromkeys(v[1].split(";"))) for c, v in _ADDRESS.items()}
_SUBTYPES = {"S": "street", "U": "unit", "B": "building", "D": "district", "C": "city", "P": "postcode"}
_BUILDING_WORDS = ("Frangipani", "Vetiver", "Ylang", "Tamanu", "Casuarina", "Flamboyant", "Calabash", "Soursop",
                   "Baobab", "Filao")


def address_layouts(country: str) -> tuple[str, ...]:
    """The line layouts of ``country`` (the structural choice of a document's address)."""
    return _ADDRESS[country][4]


def address_lines(rng: random.Random, country: str, layout: str) -> tuple[list[list[tuple[str, str]]], str]:
    """One address as lines of ``(text, subtype)`` parts, and its town; the layout (a structural fact)
    fixes how many lines and parts there are, the RNG only what they say."""
    streets, _, districts, pc_layout, _ = _ADDRESS[country]
    town = rng.choice(TOWNS[country])
    values = {"n": str(rng.randrange(1, 240)), "m": str(rng.randrange(10, 90)), "u": str(rng.randrange(1, 40)),
              "u2": str(rng.randrange(1, 9)), "b": rng.choice("ABCDEFGH"), "box": str(rng.randrange(100, 8999)),
              "pc": shape(rng, pc_layout), "t": town, "B": rng.choice(_BUILDING_WORDS),
              "lot": f"{rng.choice(('I', 'II', 'III', 'IV', 'V', 'VI'))} {rng.choice('ABCDEFGHJKLM')} {rng.randrange(1, 300)}"}
    values["d"] = rng.choice(districts.split(";")).format(**values) if districts else ""
    values["s"] = rng.choice(streets.split(";")).format(**values)
    return address_parts(layout, values, _SUBTYPES), town


# --------------------------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------------------------

_CALLSIGNS = ("5\\R8AA", "\\P40A", "\\V\\P9AAA", "\\Z\\F1AA", "\\J37AA", "\\J73AA", "\\V47AA", "\\J88AA",
              "\\G\\U4AAA", "\\F\\R4AA", "\\F\\G5AA", "7\\P8AA", "9\\U4A", "5\\T5AA", "\\T\\T8AA", "5\\U7AA",
              "9\\Q6AA", "\\A35AA", "\\F\\O5AA", "\\K\\H2AA", "\\H44AA", "\\V73AA", "\\E51AA", "3\\X2AA")
_ID_SHAPES: dict[str, tuple[str, ...]] = {
    # national numbers without a check here: Malagasy CIN, Mauritanian NNI, Chadian and Burundian cards
    "natid": ("NNN NNN NNN NNN", "NNNNNNNNNN", "\\N\\I\\N-NNNNNNNNN", "NNNN/NNN.NNN"),
    "passport": ("\\B0NNNNNN", "NN\\A\\ANNNNN", "\\O\\A NNNNNNN", "\\P\\F NNNNNNN"),
    "callsign": _CALLSIGNS,
    "ring": ("\\G\\B2Y\\NNNNNN", "\\B\\E\\L\\G 2Y-NNNNNNN", "\\N\\L 2Y-NNNNNNN", "\\F\\R 2Y NNNNNNN"),
    "cites": ("2Y\\G\\BNNNNNN/0N", "2Y\\F\\RNNNNNN-\\K", "\\A\\R\\T10-NNNNNN"),
    "specimen": ("\\T\\X-2Y-NNNN", "\\S\\P NNNNN", "NNNN/2Y"),
    "blast": ("\\B\\L-2YNNN", "\\S\\H\\O\\T NNNN/2Y", "\\B\\P-NNNNN"),
    "shotfirer": ("\\S\\F\\C NNNNNN", "\\E\\X\\P/NNNN/2Y", "NNNNN-\\S\\F"),
    "plate": ("\\A-NNNNN", "AA-NNN-AA", "NNNN \\T\\A\\A", "NNNNN", "\\C\\K NNN", "\\P\\D NNNN"),
    "jobcard": ("\\J\\C-NNNNN", "NNNNNN/\\W", "\\R\\O-2YNNNN"),
    "lot": ("\\L\\O\\T-NNNN", "\\C\\R NNN/2Y", "NNNN-\\V\\A\\N"),
    "buyer": ("\\A\\C-NNNN", "\\B\\U\\Y NNNNN", "NNNN\\A"),
    "hull": ("\\P\\P NNNNNN", "\\R\\N-NNNN", "\\S\\B\\F NNN"),
    "visa": ("NNNNNNNNNN", "\\E-\\V NNNNNNNNN", "\\U\\M\\R NNNNNNN"),
    "ticket": ("\\T\\K-NNNNNN", "NNNNN-\\C\\H", "\\P\\N\\R XXXXXX"),
    "cask": ("\\C\\K NNNN/2Y", "NNNN-\\B\\B", "\\C\\A\\S\\K #NNNN"),
    "bond": ("\\B\\W\\H NNNN", "\\E\\X-NNNNN", "\\W\\H/NNN/2Y"),
    "costume": ("\\C\\S-NNNN", "NNNN/\\M\\A\\S", "\\S\\E\\C-NN-NNN"),
    "member": ("\\M-NNNNN", "NNNN/\\C\\L", "\\L\\I\\C NNNNN"),
    "txn": ("\\M\\P2YNNNN.NNNN.\\ANNNNN", "XXXXXXXXXX", "\\T\\X\\N NNNNNNNNNNNN"),
    "agent": ("\\A\\G-NNNNNN", "NNNNNN", "\\A\\G\\T NNNN-\\K\\N"),
    "worker": ("\\P-NNNN", "\\W\\K NNNNN", "NNNN/\\L\\B"),
    "pf": ("\\A\\S/\\G\\H\\Y/NNNNN/NNN", "\\P\\F NNNNNN", "\\A\\S\\G\\H\\Y00NNNNNNN"),
    "licence": ("\\L\\I\\C/NNNN/2Y", "\\R\\A-NNNNN", "\\O\\P NNNNNN"),
    "booking": ("\\B\\K\\N-NNNNNN", "NNNNNNAA", "\\R\\S\\V NNNNN"),
    "invoice": ("\\F\\A\\C-2YNNNN", "NNNNN/2Y/\\F", "\\F\\A-NNNNNN"),
    "order": ("\\C\\M\\D-NNNNN", "\\P\\O NNNNN-A", "NNNNNN/\\C"),
    "case": ("\\D\\O\\S-2Y-NNNN", "NNNN/2Y/\\R", "\\R\\E\\F NNNNN"),
    "serial": ("\\S/\\N NNNNNNN", "NNAANNNNN", "\\S\\N NNNN-NNNN"),
    "account": ("NNN-NNNNNNN-NN", "\\C\\P\\T NNNNNNNN", "NNNNNNNNNNNN"),
}
#: Identifier kinds (template slot ``{idN.kind}``) and their reported subtype.
ID_KINDS = {**{k: k for k in _ID_SHAPES}, "natid": "national", "nir": "national", "twid": "national",
            "aadhaar": "national", "mykad": "national", "ring": "animal", "cites": "permit", "blast": "permit",
            "shotfirer": "licence", "txn": "transaction", "iban": "iban", "rib": "account"}
_IBAN_BBAN = {"FR": "NNNNNNNNNNXXXXXXXXXXXNN", "MG": "NNNNNNNNNNNNNNNNNNNNNNN", "MR": "NNNNNNNNNNNNNNNNNNNNNNN",
              "BI": "NNNNNNNNNNNNNNNNNNNNNNN"}
#: Taiwanese area letters and their two-digit values.
_TW_LETTERS = {"A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "J": 18, "K": 19, "L": 20,
               "M": 21, "N": 22, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27, "U": 28, "V": 29, "X": 30, "Y": 31,
               "W": 32, "Z": 33, "I": 34, "O": 35}
_TW_W = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)


def _verhoeff_tables() -> tuple[list[list[int]], list[list[int]]]:
    """The dihedral-group multiplication table and the position permutations of Verhoeff's scheme."""
    d = [[(j + k) % 5 if j < 5 and k < 5 else 5 + (j + k) % 5 if j < 5 else 5 + (j - k) % 5 if k < 5
          else (j - k) % 5 for k in range(10)] for j in range(10)]
    p = [list(range(10)), [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
    for _ in range(6):
        p.append([p[1][x] for x in p[-1]])
    return d, p


_VD, _VP = _verhoeff_tables()
_VINV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def verhoeff_digit(digits: str) -> int:
    """The Verhoeff check digit to append to ``digits``."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return _VINV[c]


def aadhaar_is_valid(value: str) -> bool:
    """An Indian Aadhaar number: twelve digits (first 2-9) passing Verhoeff's check."""
    digits = value.replace(" ", "")
    if len(digits) != 12 or not digits.isdigit() or digits[0] in "01":
        return False
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def nir_is_valid(value: str) -> bool:
    """A French NIR: thirteen digits and a key of ``97 - (number mod 97)``."""
    digits = value.replace(" ", "")
    return len(digits) == 15 and digits.isdigit() and 97 - int(digits[:13]) % 97 == int(digits[13:])


def twid_is_valid(value: str) -> bool:
    """A Taiwanese national identification number: an area letter, 1 or 2, eight digits; the letter's two
    digits and the nine digits weighted 1,9,8,...,1,1 sum to a multiple of ten."""
    if len(value) != 10 or value[0] not in _TW_LETTERS or value[1] not in "12" or not value[1:].isdigit():
        return False
    digits = f"{_TW_LETTERS[value[0]]:02d}{value[1:]}"
    return sum(int(c) * w for c, w in zip(digits, _TW_W, strict=True)) % 10 == 0


def _rib_key(bank: str, branch: str, account: str) -> int:
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97


def rib_is_valid(value: str) -> bool:
    """A French RIB ``bank branch account key`` (digits only here): the key is ``97 - (89 bank + 15
    branch + 3 account) mod 97``."""
    parts = value.split()
    return (len(parts) == 4 and [len(x) for x in parts] == [5, 5, 11, 2] and "".join(parts).isdigit()
            and _rib_key(*parts[:3]) == int(parts[3]))


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

_MONTHS_RN = ("Nzero", "Ruhuhuma", "Ntwarante", "Ndamukiza", "Rusama", "Ruheshi", "Mukakaro", "Myandagaro",
              "Nyakanga", "Gitugutu", "Munyonyo", "Kigarama")
_MONTHS_TO = ("Sānuali", "Fēpueli", "Maʻasi", "ʻEpeleli", "Mē", "Sune", "Siulai", "ʻAokosi", "Sepitema",
              "ʻOkatopa", "Nōvema", "Tīsema")
_MONTHS_ST = ("Phesekgong", "Hlakola", "Hlakubele", "Mmesa", "Motsheanong", "Phupjane", "Phupu", "Phato",
              "Lewedu", "Mphalane", "Pudungwana", "Tshitwe")
_MONTHS_TY = ("Tēnuare", "Fepuare", "Māti", "ʻEperēra", "Mē", "Tiunu", "Tiurai", "ʻĀtete", "Tetepa", "ʻĀtopa",
              "Novema", "Tītema")
_MONTHS_FR_ABBR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                   "déc.")
_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre")
_DAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_MONTHS_AH = ("Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhira", "Rajab",
              "Shaban", "Ramadan", "Shawwal", "Dhu al-Qada", "Dhu al-Hijja")
_AH_EPOCH = 1948440  # the Julian day number of 1 Muharram 1 AH in the arithmetical (tabular) calendar


def _ah_to_jdn(year: int, month: int, day: int) -> int:
    return day + -(-59 * (month - 1) // 2) + (year - 1) * 354 + (3 + 11 * year) // 30 + _AH_EPOCH - 1


def hijri(d: date) -> tuple[int, int, int]:
    """``(year, month, day)`` of ``d`` in the arithmetical Islamic calendar (civil epoch; the calendar
    printed on forms, which can differ by a day from the observed one)."""
    jdn = d.toordinal() + 1721425
    year = (30 * (jdn - _AH_EPOCH) + 10646) // 10631
    month = min(12, -(-(jdn - (29 + _ah_to_jdn(year, 1, 1))) * 2 // 59) + 1)
    return year, month, jdn - _ah_to_jdn(year, month, 1) + 1


#: Styles without month words.
NUMERIC_STYLES = ("mm/dd/Y", "dd-mm-Y", "Y-mm-dd (Wkd)")
#: Styles of a day within the year (no year written).
SHORT_STYLES = ("Month dth", "Wkd m/d", "Weekday, Month dth", "jour d mois")
#: Styles in words: French abbreviations and weekdays, Kirundi, Tongan, Sesotho and Tahitian month words,
#: and the arithmetical Hijri calendar.
TEXT_STYLES = ("d mois-abr. Y", "jour d mois Y", "d ukwezi Y", "d māhina Y", "d kgwedi Y", "d ʻāvaʻe Y",
               "d Hijri Y AH")
DATE_STYLES = NUMERIC_STYLES + SHORT_STYLES + TEXT_STYLES


def format_date(d: date, style: str) -> str:
    """``d`` written in one of :data:`DATE_STYLES`."""
    i = d.month - 1
    day = WEEKDAYS[d.weekday()]
    if style == "d Hijri Y AH":
        y, m, dd = hijri(d)
        return f"{dd} {_MONTHS_AH[m - 1]} {y} AH"
    table = {
        "mm/dd/Y": f"{d.month:02d}/{d.day:02d}/{d.year}", "dd-mm-Y": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "Y-mm-dd (Wkd)": f"{d.year}-{d.month:02d}-{d.day:02d} ({day[:3]})",
        "Month dth": f"{MONTHS[i]} {ordinal(d.day)}", "Wkd m/d": f"{day[:3]} {d.month}/{d.day}",
        "Weekday, Month dth": f"{day}, {MONTHS[i]} {ordinal(d.day)}",
        "jour d mois": f"{_DAYS_FR[d.weekday()]} {d.day} {_MONTHS_FR[i]}",
        "d mois-abr. Y": f"{d.day} {_MONTHS_FR_ABBR[i]} {d.year}",
        "jour d mois Y": f"{_DAYS_FR[d.weekday()]} {d.day} {_MONTHS_FR[i]} {d.year}",
        "d ukwezi Y": f"{d.day} {_MONTHS_RN[i]} {d.year}", "d māhina Y": f"{d.day} {_MONTHS_TO[i]} {d.year}",
        "d kgwedi Y": f"{d.day} {_MONTHS_ST[i]} {d.year}", "d ʻāvaʻe Y": f"{d.day} {_MONTHS_TY[i]} {d.year}",
    }
    if style not in table:
        raise InvalidParameterError(f"unknown date style {style!r}")
    return table[style]


# --------------------------------------------------------------------------------------------
# Organisations: ``{B}`` an invented brand, ``{T}`` a town, ``{L}``/``{L2}`` surnames, ``{F}`` a given name
# --------------------------------------------------------------------------------------------

_BRAND_PARTS = ("ka", "zo", "mi", "ra", "lu", "te", "vo", "ni", "sa", "po", "di", "ke", "ba", "ro", "ti", "nu",
                "fe", "go", "ya", "le", "sho", "vi", "tu", "ri", "ko", "de", "pa", "la", "wa", "ze")
ORG_FORMS: dict[str, tuple[str, ...]] = {
    "sailloft": ("{B} Sails", "{T} Sail Loft", "{L} Voilerie", "{B} Sailmakers", "Voilerie {B}"),
    "taxidermist": ("{B} Taxidermy", "{L} Studio", "{T} Natural History Studio", "{L} & {L2} Taxidermists"),
    "pigeonclub": ("{T} Racing Pigeon Club", "{B} Lofts", "{T} & District Homing Society", "{L} Racing Loft"),
    "falconer": ("{B} Falconry", "{T} Birds of Prey Centre", "{L} Hawking", "{B} Raptor Trust"),
    "quarry": ("{B} Aggregates", "{T} Quarry", "{L} Stone", "{B} Granulats", "Carrière {B}"),
    "tyreshop": ("{B} Tyres", "{T} Tyre & Exhaust", "{L} Pneus", "{B} Tire Centre", "Pneus {B}"),
    "fishauction": ("Criée de {T}", "{T} Fish Market", "{B} Seafood Auction", "{T} Fisheries Cooperative"),
    "pilgrimage": ("{B} Hajj & Umrah", "{B} Voyages", "{L} Travel & Tours", "Agence {B}", "{T} Pilgrim Services"),
    "coach": ("{B} Coaches", "{T} Bus Company", "{L} Transport", "{B} Tours", "Transports {B}"),
    "vanilla": ("{B} Vanille", "Coopérative de {T}", "{B} Spice Cooperative", "{L} Curing House", "Vanillerie {B}"),
    "distillery": ("{B} Rum", "{T} Distillery", "{L} Estate Distillers", "Rhumerie {B}", "Distillerie {B}"),
    "masband": ("{B} Mas", "{T} Carnival Band", "{B} Mas Camp", "{L} & Friends Mas"),
    "mobilemoney": ("{B} Money", "{B} Cash", "{T} Mobile Agent", "{L} Multiservices", "Ets {L} & Fils"),
    "vaaclub": ("{B} Va'a", "{T} Outrigger Canoe Club", "Club de Va'a {B}", "{L} Paddlers"),
    "teaestate": ("{B} Tea Estate", "{T} Tea Company", "{L} Garden", "{B} Tea Gardens Ltd"),
    "radioclub": ("{T} Amateur Radio Club", "{B} DX Group", "{T} Radio Society", "{B} Contest Club"),
    "employer": ("{B}", "{B} Ltd", "{B} SARL", "{B} SA", "{B} Inc.", "{L} & {L2}", "{B} Group", "{B} Pty",
                 "Ets {L}"),
    "insurer": ("{B} Assurances", "{B} Insurance", "{T} Mutual", "{B} Takaful"),
    "council": ("Mairie de {T}", "{T} Parish Council", "{T} District Administration", "Commune de {T}"),
    "hospital": ("{T} General Hospital", "Clinique {B}", "{T} District Hospital", "Centre Hospitalier de {T}"),
    "school": ("{T} High School", "Lycée {B}", "{B} Academy", "{T} Secondary School"),
    "bank": ("{B} Bank", "Banque {B}", "{T} Savings Bank", "{B} Microfinance"),
    "charity": ("{B} Foundation", "{T} Lions Club", "Friends of {T}", "{B} Trust"),
}


# --------------------------------------------------------------------------------------------
# Contacts
# --------------------------------------------------------------------------------------------

_FREE_MAIL = ("gmail.com", "setarnet.aw", "logic.bm", "candw.ky", "spiceisle.com", "cwdom.dm", "sisterisles.kn",
              "vincysurf.com", "cwgsy.net", "orange.fr", "wanadoo.fr", "moov.mg", "telma.mg", "leo.co.ls",
              "usan.bi", "mauritel.mr", "tchad.td", "intnet.ne", "vodacom.cd", "sotelgui.net", "kalianet.to",
              "mail.pf", "guam.net", "solomon.com.sb", "ntamar.net", "oyster.net.ck", "yahoo.fr", "hotmail.com",
              "proton.me")
_ORG_TLDS = ("aw", "bm", "ky", "gd", "dm", "kn", "vc", "gg", "re", "gp", "mg", "ls", "bi", "mr", "td", "ne", "cd",
             "gn", "to", "pf", "gu", "sb", "mh", "ck", "com", "org", "net", "radio", "fish", "travel", "tires")
_INTERNAL = ("{s}.corp", "mail.{s}.lan", "{s}.local", "exch.{s}.int", "{s}.priv")
_STOP = {"the", "of", "and", "de", "la", "les", "du", "voilerie", "carriere", "pneus", "criee", "agence",
         "transports", "cooperative", "vanillerie", "rhumerie", "distillerie", "ets", "fils", "club", "va", "a",
         "mairie", "commune", "clinique", "centre", "lycee", "banque", "friends", "studio"}


class ValuesV13(HandTableDrawing, v7.ValuesV7):
    """Draws v13's private values with the per-document RNG ``rng``; user names, handles and IP
    addresses are drawn as v7 draws them, from v13's names."""

    id_shapes, iban_bban = _ID_SHAPES, _IBAN_BBAN
    hand_traditions, hand_names, hand_doubled = V13_HAND_TRADITIONS, _NAMES, _DOUBLE
    domain_stop, domain_internal, domain_tlds = _STOP, _INTERNAL, _ORG_TLDS
    domain_split_hyphens = True
    org_towns, org_countries, brand_parts = TOWNS, V13_ADDRESS_COUNTRIES, _BRAND_PARTS

    # people --------------------------------------------------------------------------------
    def email(self, p: Person, domain: str | None) -> str:
        rng = self.rng
        f, last = name_token(p.first), name_token(p.last)
        local = rng.choice((f"{f}.{last}", f"{f[:1]}{last}", f"{last}.{f}", f"{f}{rng.randrange(10, 99)}",
                            f"{f}-{last}", f"{last}{f[:1]}{rng.randrange(1, 9)}", f"{f}.{last[:1]}", f"{f}"))
        return f"{local}@{domain or rng.choice(_FREE_MAIL)}"

    # identifiers --------------------------------------------------------------------------------
    def ident(self, kind: str, variant: int) -> str:
        """An identifier of ``kind``; ``variant`` (a structural fact) picks its layout."""
        rng = self.rng
        if kind == "iban":
            return self.iban(variant)
        if kind == "nir":
            d = self._birth(1950, 55)
            body = (f"{rng.choice('12')}{d.year % 100:02d}{d.month:02d}97{rng.choice('1234')}"
                    f"{rng.randrange(1, 34):02d}{rng.randrange(1, 999):03d}")
            key = 97 - int(body) % 97
            if variant == 0:
                return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
            return f"{body}{key:02d}"
        if kind == "twid":
            while True:
                letter = rng.choice("UVMETHK")
                body = f"{rng.choice('12')}{shape(rng, 'NNNNNNN')}"
                for last in "0123456789":
                    if twid_is_valid(letter + body + last):
                        return letter + body + last
        if kind == "aadhaar":
            eleven = f"{rng.randrange(2, 10)}{shape(rng, 'NNNNNNNNNN')}"
            value = eleven + str(verhoeff_digit(eleven))
            return f"{value[:4]} {value[4:8]} {value[8:]}" if variant == 0 else value
        if kind == "mykad":
            d = self._birth(1955, 50)
            pb = rng.choice(("12", "13", "47", "49", "50", "52"))
            value = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{pb}{shape(rng, 'NNNN')}"
            return f"{value[:6]}-{value[6:8]}-{value[8:]}" if variant == 0 else value
        if kind == "rib":
            bank, branch, account = shape(rng, "NNNNN"), shape(rng, "NNNNN"), shape(rng, "NNNNNNNNNNN")
            return f"{bank} {branch} {account} {_rib_key(bank, branch, account):02d}"
        return self.shaped_id(kind, variant)

    def iban(self, variant: int) -> str:
        """An IBAN of v13's ``variant // 2``-th country, grouped by four for odd variants (v7's drawing,
        v13's countries)."""
        country = tuple(_IBAN_BBAN)[(variant // 2) % len(_IBAN_BBAN)]
        value = with_iban_check(country, shape(self.rng, _IBAN_BBAN[country]))
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if variant % 2 else value

    def id_variants(self, kind: str) -> int:
        """How many layouts ``kind`` has (the range of its structural ``variant``)."""
        if kind == "iban":
            return 2 * len(_IBAN_BBAN)
        if kind in ("nir", "aadhaar", "mykad"):
            return 2
        if kind in ("twid", "rib"):
            return 1
        if kind not in _ID_SHAPES:
            raise InvalidParameterError(f"unknown identifier kind {kind!r}")
        return len(_ID_SHAPES[kind])
