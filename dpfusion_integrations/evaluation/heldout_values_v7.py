"""Value vocabularies and drawing rules of the seventh held-out tagging set (v7).

Written for v7 by an author who did not open the tagger (its code, rules, gazetteers, word lists or
tests) nor any tagger output on a held-out set. Every name is written here by hand, in 29 naming
traditions none of v1-v6 drew from: Georgian, Armenian, Aymara (apostrophes: ``Ch'aska``), Mapuche
(two surnames), Guarani, Amharic, Nepali (two-word given names: ``Dil Bahadur``), Bhutanese (two given
names, the second gendered), Anishinaabe/Ojibwe (``Ma'iingan``), Cornish, Manx, Occitan (``de``),
Corsican (``di``, hyphenated surnames), Romansh, Marathi, Odia, Assamese, Dhivehi, Tahitian, Karen
(``Naw``/``Saw``), Khasi, Ewe, Bambara, Venda, Maasai (``ole``), Dinka, Sakha and Ossetian (gendered
surnames) and Yiddish. No token of these names is in an earlier set's hand-written lists, in the Faker
name lists of any locale v1-v5 drew names from, or in a PERSON mention of the frozen v1-v6 files (the
tests check all three). Faker is not used at all.

Addresses of 20 countries in their own layouts (Austrian ``12/3/14`` and ``Stiege``/``Tür``, Belgian
``bus``/``boîte``, Danish ``2. tv.``, Czech ``1234/56``, Hungarian town-first lines, Colombian
``Carrera 7 # 72-41``, Malian ``Rue 305, Porte 12``, Maldivian house names, Nepali wards, Isle of Man,
Portuguese ``2º Esq.``); phones of 25 countries with seven kinds of extension; identifiers of 28 kinds,
several with their real check digits (Chilean RUT, Finnish HETU, Israeli ID, Belgian national number,
NHS number, IMEI, IBANs of 13 countries); dates in 34 styles, in English, Italian, Portuguese, Danish,
Finnish, Czech, Hungarian, Greek, Spanish and French orders; organisations of 19 kinds, some without a
kind word (an invented brand).

:class:`ValuesV7` draws every value from one per-document RNG, so a document is reproducible from its
seed alone. The renderer and the set are in :mod:`~dpfusion_integrations.evaluation.heldout_v7`.
"""

from __future__ import annotations

import random
from datetime import date

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation.heldout import _ascii
from dpfusion_integrations.evaluation.heldout_build import (
    MONTHS,
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
    with_iban_check,
)

__all__ = [
    "DATE_STYLES", "EXTENSIONS", "ID_KINDS", "NUMERIC_STYLES", "ORG_FORMS", "PHONE_LAYOUTS", "SHORT_STYLES",
    "TEXT_STYLES", "TOWNS", "V7_ADDRESS_COUNTRIES", "V7_HAND_TRADITIONS", "V7_NAME_SOURCES", "V7_PHONE_COUNTRIES",
    "PersonV7", "ValuesV7", "address_layouts", "address_lines", "be_national_is_valid", "format_date",
    "hetu_is_valid", "il_id_is_valid", "nhs_is_valid", "rut_is_valid", "written_names",
]  # fmt: skip

# --------------------------------------------------------------------------------------------
# Names: (female given names, male given names, surnames). ``_`` joins the words of one name,
# ``f|m`` is a surname (or second name) written differently for women and men.
# --------------------------------------------------------------------------------------------

_NAMES: dict[str, tuple[str, str, str]] = {
    "georgian": ("Ketevan Tsitsino Eteri Lamzira Mzia Tinatin Lamara Natela", "Tornike Zurab Revaz Tengiz Vakhtang Shota Gocha Merab",
                 "Beridze Kapanadze Gelashvili Lomidze Tsiklauri Javakhishvili Chkheidze Abashidze Margvelashvili Kvaratskhelia"),
    "armenian": ("Anahit Zaruhi Siranush Hasmik Arpine Tatevik Gayane Shushanik", "Hovhannes Vardan Ashot Gurgen Sargis Hayk Mkrtich Vahagn",
                 "Sahakyan Petrosyan Melkonyan Sargsyan Mkrtchyan Harutyunyan Avetisyan Khachatryan Vardanyan Ghazaryan"),
    "aymara": ("Phaxsi Wara Ch'aska Tika Anqari Wayllita Achala", "Mallku Amuyiri Ch'iki Wila Achachi Tupaq Yatiri",
               "Callisaya Tarqui Chura Yapura Huanca Ticona Limachi Colque Chambi Cutipa Huarachi Patzi"),
    "mapuche": ("Ayinray Rayen Ailén Relmu Llanka Pewen Amuillan", "Caupolicán Epulef Ñancul Huenu Kallfü Lemu Antilef",
                "Huenchumilla Painemal Catrileo Millapán Calfucura Huenchullán Epulefpán Llancaqueo Quilapán Ancalao Curinao"),
    "guarani": ("Jasy Yvoty Arami Mbyja Tupasy Kerana Porãsy", "Arandu Ñamandu Karai Jaguarete Yvaga Tupãsy Mbaracaja",
                "Guarepi Ybyrapita Arasunu Tatakua Yvytu Ykua Aguaí Mboreví"),
    "amharic": ("Zenebech Meseret Genet Yeshimebet Etenesh Zewditu Tsehay Betelhem", "Tewodros Getachew Mesfin Berhanu Tilahun Alemseged Dereje Kassahun",
                "Wondimu Bekele Alemayehu Worku Desta Kebede Haileyesus Demissie Mengistu Gebreyes"),
    "nepali": ("Sabitri Kopila Sarmila Nirmaya Dilmaya Sanu Rupa Januka", "Dil_Bahadur Tek_Bahadur Khadga Bhim Dhruba Nabin Hemanta",
               "Shrestha Pokharel Tamang Thapa Ghimire Limbu Adhikari Dhungana Poudel Khadka Karki"),
    "bhutanese": ("Kinley Choki Kuenzang Pemzang Chimi Sangay", "Ugyen Jigme Tandin Namgay Phuntsho Yeshey",
                  "Yuden|Dorji Choden|Wangchuk Zangmo|Tshering Bidha|Penjor Yangzom|Rinzin Pelden|Tobgay"),
    "ojibwe": ("Nimkii Waabigwan Giizhigookwe Ozhaawashkwaa Miskwaabik Memengwaa", "Makwa Ogimaa Migizi Animikii Ma'iingan Waabanang",
               "Kakegamic Meekis Nahwegahbow Kewaquado Nanibush Keeshig Wabasse Ogemah Keesick Nanokeesic"),
    "cornish": ("Morwenna Tamsin Kerensa Demelza Lowena Wenna Elowen", "Jago Austol Kenver Jory Gerens Cador Mighal",
                "Trevithick Penrose Tregenza Pascoe Polglase Nancarrow Trelawny Chenoweth Angove Roskilly Treloar Pendarves"),
    "manx": ("Aalin Moirrey Ealish Breesha Voirrey Joney", "Illiam Orry Fynlo Jamys Hom Colbyn",
             "Quayle Kneale Kermode Qualtrough Cregeen Kinvig Quirk Faragher Cubbon Skillicorn Moughtin"),
    "occitan": ("Esclarmonda Azalaïs Bertrana Mirèlha Gaujana Fis Ermessenda", "Guilhèm Peire Arnaut Amalric Uc Bertomiu Estève",
                "Castanhièr Delpuèg Bonafós Espinassa Roqueta Cabanís Sabatièr Boissièra Molinièr Faurèl de_Ventadorn de_Lodeva"),
    "corsican": ("Ghjulia Anghjula Saveria Ghjuvanna Lisandra Dumenica", "Ghjacumu Santu Ghjiseppu Paulu Orsu Anghjulu",
                 "Santoni Ceccaldi Orsoni Pietri Susini Cristofari Culioli Acquaviva Poggioli Santucci di_Leca"),
    "romansh": ("Mengia Curdina Uorschla Barla Onna Tumasina", "Luregn Gieri Duri Linard Men Jachen Chasper",
                "Caminada Cadonau Derungs Tscharner Casutt Capaul Camenisch Cathomen Deplazes Sialm"),
    "marathi": ("Madhura Rutuja Ketaki Prajakta Sayali Tejaswini Mrunal", "Aniket Omkar Sanket Tushar Vaibhav Shrikant",
                "Karandikar Ranade Phadke Kelkar Pawar Gaikwad Shinde Bhosale Mhatre Bhagwat Gadgil"),
    "odia": ("Lipsa Sasmita Subhasmita Itishree Madhusmita Jyotsnarani", "Biswajit Prasanta Sudhansu Jagannath Bibhuti Debasish",
             "Mohapatra Pattnaik Panda Sahoo Swain Behera Senapati Routray Samal Baliarsingh"),
    "assamese": ("Bornali Jonali Dipshikha Pranami Mousumi Papori", "Bhaskarjyoti Pranjal Nayanmoni Hiren Dhrubajyoti Bidyut",
                 "Duarah Gogoi Saikia Baruah Hazarika Chetia Phukan Deka Bordoloi Sonowal Konwar"),
    "dhivehi": ("Aishath Fathimath Aminath Hawwa Shiuna Mariyam", "Moosa Yoosuf Shiham Thoyyib Haamid Shafeeq",
                "Didi Manik Maniku Rasheed Thaufeeq Naseem Shakeel Shaheem"),
    "tahitian": ("Hinatea Vaimiti Heiata Teura Titaua Poehere Tumata", "Teiki Manaarii Tehaunui Raiarii Heimana Teva Tamatea",
                 "Teriitehau Tetuanui Temauri Tehei Raapoto Tauraa Tuheiava Tematahotoa Teriierooiterai"),
    "karen": ("Naw_Pwe Naw_Mu Naw_Eh Naw_Htoo Naw_Say", "Saw_Eh Saw_Htoo Saw_Kaw Saw_Ler Saw_Tha",
              "Htoo_Wah Say_Lay Blut_Moo Klo_Mu Thaw_Doh Ghay_Moo Ler_Wah Eh_Kler"),
    "khasi": ("Ibashisha Daphira Badaplin Ridalin Ibakordor Lakyntiew Iaisanlang", "Banteilang Kyrshanlang Wanbor Phrangsngi Donbok Kitboklang Aiborlang",
              "Lyngdoh Kharkongor Syiemlieh Marbaniang Nongrum Kharbuli Rynjah Warjri Lyngwa Mawlong"),
    "ewe": ("Enyonam Dzifa Esinam Mawuena Elikplim Akpene Yayra", "Selorm Edem Sitsofe Delali Elorm Mawuli Etornam",
            "Agbeko Dzokoto Amedzro Kpodo Tsikata Gbedemah Adzraku Agbenyega Dotse Ahiable"),
    "bambara": ("Oumou Djata Assitan Djènèba Sitan Kadidia Nanténin", "Seydou Modibo Bakary Drissa Lassina Sékou Mamoutou",
                "Traoré Keïta Coulibaly Diarra Konaté Sissoko Dembélé Doumbia Kanouté Samaké"),
    "venda": ("Rudzani Ndivhuwo Tshilidzi Khathutshelo Mulalo Phathutshedzo Vhutshilo", "Livhuwani Mashudu Thivhulawi Rotondwa Tshifhiwa Fulufhelo",
              "Ramabulana Nemavhola Netshitenzhe Mudau Tshivhase Ravele Mphephu Nemudzivhadi Nethononda"),
    "maasai": ("Nasieku Nashipai Resiato Naisula Nalangu Sein", "Lenkoina Ntutu Lekishon Parsimei Kasaine Meitamei",
               "ole_Sankale ole_Ntimama Parsitau Kisemei Sironka ole_Kipury Nkoitiko Leshore"),
    "dinka": ("Achol Nyandeng Abuk Ayen Adut Akuol Nyibol", "Bior Majok Akech Manyang Mabior Kuol Mading",
              "Mayen Ajak Makuei Thon Dhieu Ayuel Chol Malual Kiir Mayardit"),
    "sakha": ("Sardaana Kyunnei Aitalina Nyurguyana Sayaana Tuyara", "Aisen Ayal Erchim Myraan Nyurgun Timir Aikhal",
              "Ammosova|Ammosov Oyunskaya|Oyunsky Kulakovskaya|Kulakovsky Sivtseva|Sivtsev Neustroeva|Neustroev Tarskaya|Tarsky"),
    "ossetian": ("Zalina Dzerassa Agunda Satana Alanka Dzaneta", "Soslan Batraz Khetag Taymuraz Chermen Inal",
                 "Dzagoeva|Dzagoev Gazzaeva|Gazzaev Tedeeva|Tedeev Kochieva|Kochiev Gabaraeva|Gabaraev Bestaeva|Bestaev Kaloeva|Kaloev"),
    "yiddish": ("Feigel Rivke Sheindel Zlata Golda Frumet", "Yankel Mendel Shloime Itzik Berel Velvel Leibish",
                "Kornblit Tsukerman Vaynshteyn Perlmuter Gelbfisz Grinshpan Lipshits Bialik Tsirelson"),
}
#: Traditions whose surnames are sometimes doubled (Mapuche with a space, the others with a hyphen).
_DOUBLE = {"mapuche": " ", "corsican": "-", "cornish": "-", "ewe": "-", "georgian": "-"}
V7_HAND_TRADITIONS = tuple(_NAMES)
#: Every name source, for the meta file.
V7_NAME_SOURCES = tuple(f"hand:{k}" for k in V7_HAND_TRADITIONS)


def written_names(table: dict[str, tuple[str, str, str]] | None = None) -> set[str]:
    """Every name a hand-written table can write (``_`` joins words, ``f|m`` gendered forms); v7's by default."""
    table = _NAMES if table is None else table
    return {part.replace("_", " ") for row in table.values() for group in row for name in group.split()
            for part in name.split("|")}


class PersonV7(Person):
    """A person's name parts; ``first`` may be two words (``Dil Bahadur``, ``Naw Pwe``), ``last`` may hold a
    particle (``ole``, ``de``, ``di``) or two surnames."""


# --------------------------------------------------------------------------------------------
# Phones (layouts of :func:`~dpfusion_integrations.evaluation.heldout_build.shape`)
# --------------------------------------------------------------------------------------------

PHONE_LAYOUTS: dict[str, tuple[str, ...]] = {
    "GB": ("07NNN NNNNNN", "+44 7NNN NNNNNN", "01872 NNNNNN", "(01736) NNN NNN"),
    "IM": ("+44 1624 NNNNNN", "01624 NNNNNN", "07624 NNNNNN"),
    "US": ("(218) NNN-NNNN", "+1 505-NNN-NNNN", "802.NNN.NNNN", "1-918-NNN-NNNN"),
    "IT": ("+39 3NN NNN NNNN", "3NN NNNNNNN", "051 NNN NNNN", "+39 06 NNNN NNNN"),
    "PT": ("+351 91N NNN NNN", "912 NNN NNN", "22N NNN NNN"),
    "AT": ("+43 664 NNNNNNN", "0664/NNN NN NN", "01 NNN NN NN", "+43 316 NNNNNN"),
    "BE": ("+32 47N NN NN NN", "047N/NN.NN.NN", "02 NNN NN NN"),
    "DK": ("+45 NN NN NN NN", "NN NN NN NN", "+45 NNNNNNNN"),
    "FI": ("+358 40 NNN NNNN", "040 NNN NNNN", "09 NNNN NNNN", "050-NNN NNNN"),
    "CZ": ("+420 6NN NNN NNN", "7NN NNN NNN", "+420 2NN NNN NNN"),
    "GR": ("+30 69N NNN NNNN", "69N NNN NNNN", "210 NNN NNNN"),
    "HU": ("+36 30 NNN NNNN", "06 20 NNN NNNN", "+36 1 NNN NNNN", "06-30/NNN-NNNN"),
    "NZ": ("021 NNN NNNN", "+64 21 NNN NNNN", "(04) NNN NNNN", "027-NNN-NNNN"),
    "GE": ("+995 5NN NN NN NN", "5NN NN NN NN", "+995 32 2NN NN NN"),
    "CL": ("+56 9 NNNN NNNN", "9 NNNN NNNN", "(2) 2NNN NNNN"),
    "CO": ("+57 3NN NNN NNNN", "3NN NNN NNNN", "(601) NNN NNNN"),
    "ML": ("+223 7N NN NN NN", "7N NN NN NN", "+223 20 NN NN NN"),
    "MV": ("+960 7NN NNNN", "7NN-NNNN", "+960 3NN NNNN"),
    "NP": ("+977 98NNNNNNNN", "98NNNNNNNN", "01-4NNNNNN"),
    "AM": ("+374 9N NNN NNN", "09N NN NN NN", "+374 10 NN NN NN"),
    "ET": ("+251 91 NNN NNNN", "091 NNN NNNN", "011 NNN NNNN"),
    "GH": ("+233 24 NNN NNNN", "024 NNN NNNN", "030 NNN NNNN"),
    "IL": ("+972 5N-NNN-NNNN", "05N-NNN-NNNN", "03-NNN-NNNN"),
    "MY": ("+60 1N-NNN NNNN", "01N-NNN NNNN", "03-NNNN NNNN"),
    "NO": ("+47 NNN NN NNN", "9NN NN NNN", "NN NN NN NN"),
}
V7_PHONE_COUNTRIES = tuple(PHONE_LAYOUTS)
EXTENSIONS = (" ext. NNN", " x NNNN", " (ext NN)", " interno NNN", " linka NNN", " DW NN", " poste NNN")


# --------------------------------------------------------------------------------------------
# Addresses: country -> (streets, towns, districts, postcode layout, line layouts). A line layout is
# ``/``-separated lines of ``|``-separated parts, each ``code:pattern`` (S street, U unit, B building,
# D district, C city, P postcode); parts of one line are joined by ", ", lines by the separator;
# ``{sl}`` writes a slash inside a part.
# --------------------------------------------------------------------------------------------

_ADDRESS: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "GB": ("Fore Street;Lemon Street;Chapel Street;Market Jew Street;Trelowarren Street", "Truro;Penzance;Falmouth;Bodmin;Redruth",
           "", "TRN NAA", ("U:Flat {u}|B:{B} Court/S:{n} {s}/C:{T}/P:{pc}", "S:{n} {s}/C:{t}|P:{pc}")),
    "IM": ("Athol Street;Bucks Road;Parliament Street;Castle Street;Peel Road", "Douglas;Ramsey;Peel;Castletown;Onchan",
           "", "IMN NAA", ("U:Apartment {u}|B:{B} House|S:{s}/C:{t}/P:{pc}", "S:{n} {s}/C:{t} {pc}")),
    "US": ("Superior Street;Canyon Road;Church Street;Cherry Street;Peoria Avenue", ("Duluth MN;Santa Fe NM;"
           "Burlington VT;Tulsa OK;Bozeman MT"), "", "NNNNN", ("S:{n} {s}|U:Apt {u}{b}/C:{t} {pc}",
                                                             "S:{n} {s}|U:Suite {u}0{u2}/C:{t} {pc}", "S:PO Box {box}/C:{t} {pc}")),
    "IT": ("Via Garibaldi;Corso Vittorio Emanuele II;Via dei Mille;Viale Trieste;Via Roma", "Bologna;Trieste;Bari;Cagliari;Perugia;Bolzano",
           "", "NNNNN", ("S:{s} {n}|U:scala {b}|U:int. {u}/C:{pc} {t}", "S:{s}|S:{n}/C:{pc} {t}")),
    "PT": ("Rua de Santa Catarina;Avenida da Liberdade;Rua do Almada;Travessa do Carmo;Rua Direita", "Porto;Lisboa;Coimbra;Braga;Faro;Funchal",
           "", "NNNN-NNN", ("S:{s}|S:{n}|U:{u2}º Esq./C:{pc} {t}", "S:{s} {n}|U:{u2}º Dto/C:{pc} {t}")),
    "AT": ("Mariahilfer Straße;Herrengasse;Getreidegasse;Landstraßer Hauptstraße;Maria-Theresien-Straße", "Wien;Graz;Salzburg;Innsbruck;Linz",
           "", "NNNN", ("S:{s} {n}{sl}{u2}{sl}{u}/C:{pc} {t}", "S:{s} {n}|U:Stiege {u2}|U:Tür {u}/C:A-{pc} {t}")),
    "BE": ("Rue Haute;Meir;Chaussée d'Ixelles;Veldstraat;Rue Saint-Léonard", "Bruxelles;Antwerpen;Gent;Liège;Namur", "", "NNNN",
           ("S:{s} {n}|U:boîte {u}/C:{pc} {t}", "S:{s} {n} bus {u}/C:{pc} {t}")),
    "DK": ("Nørrebrogade;Vesterbrogade;Jægersborggade;Åboulevarden;Vestergade", "København N;Aarhus C;Odense C;Aalborg;Esbjerg",
           "", "NNNN", ("S:{s} {n}|U:{u2}. tv./C:{pc} {t}", "S:{s} {n}{b}|U:{u2}. th./C:{pc} {t}")),
    "FI": ("Mannerheimintie;Hämeenkatu;Aleksanterinkatu;Kauppakatu;Rantakatu", "Helsinki;Tampere;Turku;Oulu;Jyväskylä", "", "NNNNN",
           ("S:{s} {n} {b} {u}/C:{pc} {T}", "S:{s} {n}|U:as. {u}/C:{pc} {t}")),
    "CZ": ("Vinohradská;Národní;Masarykova;Husova;Palackého", "Praha 2;Brno;Ostrava;Plzeň;Olomouc", "", "NNN NN",
           ("S:{s} {box}{sl}{m}/C:{pc} {t}", "S:{s} {n}|U:byt {u}/C:{pc} {t}")),
    "GR": ("Odos Ermou;Leoforos Kifisias;Odos Tsimiski;Odos Egnatias;Odos Patision", "Athina;Thessaloniki;Patra;Irakleio;Larisa",
           "Kolonaki;Kalamaria;Pagkrati;Exarcheia;Neapoli", "NNN NN", ("S:{s} {n}/C:{pc} {t}", "S:{s} {n}|U:{u2}os orofos/D:{d}|C:{pc} {t}")),
    "HU": ("Andrássy út;Váci utca;Király utca;Szent István körút;Rákóczi út", "Budapest;Debrecen;Szeged;Pécs;Győr", "", "NNNN",
           ("C:{pc} {t}|S:{s} {n}.", "C:{t}/S:{s} {n}.|U:{u2}. em. {u}./P:{pc}")),
    "NZ": ("Cuba Street;Ponsonby Road;Colombo Street;Great King Street;Devonport Road", ("Wellington;Auckland;Christchurch;"
           "Dunedin;Tauranga"), "Te Aro;Grey Lynn;Sydenham;North Dunedin;Mount Maunganui", "NNNN",
           ("U:Flat {u}|S:{n} {s}/D:{d}/C:{t} {pc}", "S:{n}{b} {s}/D:{d}|C:{t} {pc}", "S:PO Box {box}/C:{t} {pc}")),
    "GE": ("Rustaveli Avenue;Chavchavadze Avenue;Aghmashenebeli Avenue;Pekini Street;Leselidze Street", "Tbilisi;Batumi;Kutaisi;Rustavi;Telavi",
           "Vake;Saburtalo;Vera;Gldani;Old Batumi", "NNNN", ("S:{n} {s}|U:apt. {u}/C:{t} {pc}", "S:{s} {n}|B:Block {u2}|U:Flat {u}/D:{d}|C:{t}")),
    "CL": ("Avenida Providencia;Calle Huérfanos;Avenida Alemania;Calle Esmeralda;Avenida Grecia", ("Santiago;Valparaíso;Temuco;"
           "Concepción;Punta Arenas;Arica"), "Providencia;Ñuñoa;Cerro Alegre;Las Condes;Pedro de Valdivia", "NNNNNNN",
           ("S:{s} {n}{m}|U:depto. {u}0{u2}/D:{d}|C:{t}", "S:{s} {n}|U:Of. {u}0{u2}/C:{pc} {t}")),
    "CO": ("Carrera 7;Calle 72;Carrera 43A;Calle 10;Avenida Santander", "Bogotá;Medellín;Cali;Barranquilla;Bucaramanga",
           "Chapinero;El Poblado;San Fernando;Laureles;Cabecera", "NNNNNN",
           ("S:{s} # {m}-{n}|U:Apto {u}0{u2}/D:{d}|C:{t}", "S:{s} No. {m}-{n}|U:Torre {u2}|U:Int. {u}/C:{t}")),
    "ML": ("Rue 305;Avenue de l'Indépendance;Rue 127;Boulevard du Peuple;Avenue Mohamed V", "Bamako;Ségou;Sikasso;Mopti;Kayes",
           "Hamdallaye ACI 2000;Badalabougou;Hippodrome;Quinzambougou;Niaréla", "",
           ("S:{s}|U:Porte {n}/D:{d}|C:{t}", "S:BP {box}/C:{t}")),
    "MV": ("Majeedhee Magu;Chandhanee Magu;Ameenee Magu;Orchid Magu;Boduthakurufaanu Magu", "Malé;Hulhumalé;Addu City;Fuvahmulah",
           "", "NNNNN", ("B:Ma. {B} Villa|S:{s}/C:{t} {pc}", "U:Flat {u}0{u2}|B:Lot {box}|S:{s}/C:{t}")),
    "NP": ("Jhamsikhel Road;Durbar Marg;Lakeside Road;Putalisadak;Pulchowk Road", "Kathmandu;Lalitpur;Pokhara;Biratnagar;Bhaktapur",
           "Baluwatar;Jhamsikhel;Baidam;Naxal;Thamel", "NNNNN", ("S:{s}|D:{d}/C:{t} {pc}", "U:House {n}|S:{s}|D:Ward No. {u2}/C:{t}")),
    "AM": ("Abovyan Street;Mashtots Avenue;Tumanyan Street;Baghramyan Avenue;Komitas Avenue", "Yerevan;Gyumri;Vanadzor;Dilijan",
           "", "NNNN", ("S:{n} {s}|U:apt. {u}/C:{t} {pc}", "S:{s} {n}|B:Building {u2}|U:Flat {u}/C:{pc} {t}")),
}
V7_ADDRESS_COUNTRIES = tuple(_ADDRESS)
TOWNS = {c: tuple(t for t in v[1].split(";")) for c, v in _ADDRESS.items()}
_SUBTYPES = {"S": "street", "U": "unit", "B": "building", "D": "district", "C": "city", "P": "postcode"}
_BUILDING_WORDS = ("Juniper", "Kestrel", "Tamarind", "Heron", "Silverbirch", "Coral", "Linden", "Saffron", "Rowan")


def address_layouts(country: str) -> tuple[str, ...]:
    """The line layouts of ``country`` (the structural choice of a document's address)."""
    return _ADDRESS[country][4]


def address_lines(rng: random.Random, country: str, layout: str) -> tuple[list[list[tuple[str, str]]], str]:
    """One address as lines of ``(text, subtype)`` parts, and its bare town; the layout (a structural
    fact) fixes how many lines and parts there are, the RNG only what they say."""
    streets, towns, districts, pc_layout, _ = _ADDRESS[country]
    town = rng.choice(towns.split(";"))
    values = {"n": str(rng.randrange(1, 240)), "m": str(rng.randrange(2, 90)), "u": str(rng.randrange(1, 40)),
              "u2": str(rng.randrange(1, 10)), "b": rng.choice("ABCDEF"), "box": str(rng.randrange(100, 9999)),
              "pc": shape(rng, pc_layout), "t": town, "T": town.upper(), "B": rng.choice(_BUILDING_WORDS),
              "sl": "/", "d": rng.choice(districts.split(";")) if districts else "", "s": rng.choice(streets.split(";"))}
    lines = address_parts(layout, values, _SUBTYPES)
    return lines, town.rsplit(" ", 1)[0] if country == "US" else town


# --------------------------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------------------------

_ID_SHAPES: dict[str, tuple[str, ...]] = {
    # national numbers: GB NINO, US SSN, IT codice fiscale, PT cartão de cidadão, AT SVNR, DK CPR, CZ rodné
    # číslo, GR AMKA, HU TAJ, NZ NHI, GE personal number, CO cédula, MY MyKad, GH Ghana Card, ET Fayda,
    # NP citizenship, AM social card, MV national ID, NO fødselsnummer
    "natid": ("AA NN NN NN \\A", "NNN-NN-NNNN", "AAAAAANNANNANNNA", "NNNNNNNN N AAN", "NNNN NNNNNN", "NNNNNN-NNNN",
              "NNNNNN/NNNN", "NNNNNNNNNNN", "NNN NNN NNN", "AAANNNN", "NNNNNNNNNNN", "N.NNN.NNN.NNN", "NNNNNN-NN-NNNN",
              "G\\H\\A-NNNNNNNNN-N", "NNNN NNNN NNNN NNNN", "NN-NN-NN-NNNNN", "NNNNNNNNNN", "\\ANNNNNN", "NNNNNNNNNNN"),
    "tax": ("NNNNN NNNNN", "NNNNNNNNN", "NNNNNNNNNNN", "NN-NNN/NNNN", "NNNNNNNNNN"),
    "passport": ("ANNNNNNN", "NNNNNNNNN", "AANNNNNNN", "ANNNNNNNN"),
    "licence": ("AAAAANNNNNNAANAA", "ANNN-NNNN-NNNN", "AANNNNNNNA", "NNNNNNNN"),
    "plate": ("AANN AAA", "NAAANNN", "AA NNN AA", "NN-AA-NN", "W-NNNNA", "N-AAA-NNN", "AA NN NNN", "AAA-NNN", "NAN NNNN",
              "AAA-NNNN", "AAAA-NNN", "AAANNN", "AA-NNN-AA", "AA·AA·NN", "AAA NNN", "AAA NNNN", "NN-NNN-NN", "AA NNNNN"),
    "case": ("CV-202Y-NNNNN", "NNNN/2Y", "T202YNNNN", "Rg. NN/2Y", "NN-NNNNN-2Y"),
    "booking": ("BKG-NNNNNN", "I\\NT/2Y/NNNN", "NNNNNNN", "XXXXXX"),
    "job": ("JOB-NNNNN", "TR-2YNN-NNN", "PNNNNNN", "NNNNN-AA"),
    "grievance": ("GRV-202Y-NNN", "NN/2Y", "G-NNNN"),
    "policy": ("TE\\L-NNNNNNNN", "AANNNNNNNN", "NNNNNNNNN/NN"),
    "claim": ("C\\LM-NNNNNNN", "NNNNNNNNNN", "C/2Y/NNNNN"),
    "report": ("\\AE-202Y-NNNNN", "E2B-NNNNNNNN", "SUS\\AR-NNNN", "AA-AAAA-NNNNNNNN"),
    "subject": ("NNN-NNNN", "S-NN-NNN", "NN-NNN"),
    "donor": ("ANNNN 2Y NNNNNN", "D\\NR-NNNNNNN", "NNNNNNNNNN"),
    "incident": ("I\\NC-NNNNNNN", "NNNNNN-2Y", "C\\AD NNNNNN"),
    "request": ("DS\\AR-202Y-NNNN", "PR-NNNNNN", "#NNNNN"),
    "account": ("NNNNNNNN", "NNNN NNNN NNNN", "\\AC-NNNNNNN"),
    "record": ("PT-NNNNN", "NNNNNNN", "P\\H\\Y/NNNN"),
    "voter": ("AA-NNNN", "NNNN/NN", "ANN-NNNN"),
    "member": ("CW-NNNNN", "NNNNNNN", "P-NNNN", "AANNNNNN"),
    "badge": ("BDG-NNNNN", "NNNNNNNNNN", "HH:HH:HH:HH"),
    "staff": ("EMP-NNNNNN", "NNNNN", "P\\A\\Y-NNNNN"),
    "invoice": ("I\\NV-NNNNNN", "NNNNN/2Y", "F-202Y-NNNN"),
    "contract": ("CO\\N-NNNNN", "NNNN-NN", "\\AGR/NNNNNN"),
    "unit": ("TU-NNNNNNNN", "HHHHHHHHHHHH", "S\\N NNNN-NNNN-NN"),
    "vin": ("XXXXXXXXXXXXXXXXX",),
}
#: Identifier kinds (template slot ``{idN.kind}``) and their reported subtype.
ID_KINDS = {**{k: k for k in _ID_SHAPES}, "natid": "national", "rut": "national", "hetu": "national",
            "ilid": "national", "benat": "national", "nhs": "health", "imei": "device", "unit": "device",
            "iban": "iban"}
_IBAN_BBAN = {"GB": "AAAANNNNNNNNNNNNNN", "IT": "ANNNNNNNNNNXXXXXXXXXXXX", "PT": "NNNNNNNNNNNNNNNNNNNNN",
              "AT": "NNNNNNNNNNNNNNNN", "BE": "NNNNNNNNNNNN", "DK": "NNNNNNNNNNNNNN", "FI": "NNNNNNNNNNNNNN",
              "CZ": "NNNNNNNNNNNNNNNNNNNN", "GR": "NNNNNNNXXXXXXXXXXXXXXXX", "HU": "NNNNNNNNNNNNNNNNNNNNNNNN",
              "GE": "AANNNNNNNNNNNNNNNN", "IL": "NNNNNNNNNNNNNNNNNNN", "NO": "NNNNNNNNNNN", "IM": "AAAANNNNNNNNNNNNNN"}
_IBAN_COUNTRY = {"IM": "GB"}  # Manx accounts are held with GB sort codes


def _rut_digit(body: str) -> str:
    total = sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(body)))
    check = 11 - total % 11
    return {11: "0", 10: "K"}.get(check, str(check))


def rut_is_valid(value: str) -> bool:
    """Chilean RUT: its body and the mod-11 check digit (``12.345.678-5``, ``K`` for ten)."""
    body, _, check = value.replace(".", "").partition("-")
    return body.isdigit() and len(check) == 1 and _rut_digit(body) == check.upper()


_HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu_is_valid(value: str) -> bool:
    """Finnish personal identity code: ``DDMMYY``, century sign, ``NNN`` and the mod-31 check character."""
    return (len(value) == 11 and value[:6].isdigit() and value[7:10].isdigit()
            and _HETU_CHARS[int(value[:6] + value[7:10]) % 31] == value[10])


def il_id_is_valid(value: str) -> bool:
    """Israeli identity number: nine digits whose Luhn sum is a multiple of ten."""
    return len(value) == 9 and value.isdigit() and luhn_digit(value[:8]) == int(value[8])


def be_national_is_valid(value: str) -> bool:
    """Belgian national number ``YY.MM.DD-NNN.CC``: ``CC`` is 97 minus the first nine digits modulo 97
    (with a leading 2 for births from 2000)."""
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) != 11:
        return False
    return 97 - int(digits[:9]) % 97 == int(digits[9:]) or 97 - int("2" + digits[:9]) % 97 == int(digits[9:])


def _nhs_digit(nine: str) -> int:
    return (11 - sum(int(c) * w for c, w in zip(nine, range(10, 1, -1), strict=True)) % 11) % 11


def nhs_is_valid(value: str) -> bool:
    """NHS number: ten digits, the last a mod-11 check digit (never 10)."""
    digits = value.replace(" ", "")
    return len(digits) == 10 and digits.isdigit() and _nhs_digit(digits[:9]) == int(digits[9])


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

_MONTHS_IT = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
              "novembre", "dicembre")
_MONTHS_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
              "novembro", "dezembro")
_MONTHS_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
              "november", "december")
_MONTHS_FI = ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
              "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta")
_MONTHS_CS = ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
              "listopadu", "prosince")
_MONTHS_HU = ("január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
              "október", "november", "december")
_MONTHS_EL = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
              "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

#: Styles without month or weekday words.
NUMERIC_STYLES = ("d/m/Y", "m/d/Y", "dd.mm.Y", "Y-m-d", "d.m.Y", "d. m. Y", "Y. mm. dd.", "dd-mm-Y", "dd/mm/yy",
                  "m/d/yy", "Y/m/d", "d/R/Y")
#: Styles of a day within the year (no year written).
SHORT_STYLES = ("d Mon", "Mon. d", "dth of Month", "Month dth", "d/m", "m/d", "Wkd d/m")
#: Styles in words, English and other languages' orders.
TEXT_STYLES = ("d Month Y", "Month d, Y", "Wkd d Mon Y", "ddMONYYYY", "d-Mon-yy", "d mese Y", "d de mês de Y",
               "d. måned Y", "d. kuuta Y", "d. měsíce Y", "Y. hónap d.", "d Μήνα Y", "d de mes de Y", "d mois Y",
               "Month Y")
DATE_STYLES = NUMERIC_STYLES + SHORT_STYLES + TEXT_STYLES


def format_date(d: date, style: str) -> str:
    """``d`` written in one of :data:`DATE_STYLES`."""
    i = d.month - 1
    month, mon, yy, day = MONTHS[i], MONTHS[i][:3], f"{d.year % 100:02d}", WEEKDAYS[d.weekday()]
    table = {
        "d/m/Y": f"{d.day}/{d.month}/{d.year}", "m/d/Y": f"{d.month}/{d.day}/{d.year}",
        "dd.mm.Y": f"{d.day:02d}.{d.month:02d}.{d.year}", "Y-m-d": d.isoformat(), "d.m.Y": f"{d.day}.{d.month}.{d.year}",
        "d. m. Y": f"{d.day}. {d.month}. {d.year}", "Y. mm. dd.": f"{d.year}. {d.month:02d}. {d.day:02d}.",
        "dd-mm-Y": f"{d.day:02d}-{d.month:02d}-{d.year}", "dd/mm/yy": f"{d.day:02d}/{d.month:02d}/{yy}",
        "m/d/yy": f"{d.month}/{d.day}/{yy}", "Y/m/d": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "d/R/Y": f"{d.day}/{_ROMAN[i]}/{d.year}",
        "d Mon": f"{d.day} {mon}", "Mon. d": f"{mon}. {d.day}", "dth of Month": f"{ordinal(d.day)} of {month}",
        "Month dth": f"{month} {ordinal(d.day)}", "d/m": f"{d.day}/{d.month}", "m/d": f"{d.month}/{d.day}",
        "Wkd d/m": f"{day[:3]} {d.day}/{d.month}",
        "d Month Y": f"{d.day} {month} {d.year}", "Month d, Y": f"{month} {d.day}, {d.year}",
        "Wkd d Mon Y": f"{day[:3]} {d.day} {mon} {d.year}", "ddMONYYYY": f"{d.day:02d}{mon.upper()}{d.year}",
        "d-Mon-yy": f"{d.day}-{mon}-{yy}", "d mese Y": f"{d.day} {_MONTHS_IT[i]} {d.year}",
        "d de mês de Y": f"{d.day} de {_MONTHS_PT[i]} de {d.year}", "d. måned Y": f"{d.day}. {_MONTHS_DA[i]} {d.year}",
        "d. kuuta Y": f"{d.day}. {_MONTHS_FI[i]} {d.year}", "d. měsíce Y": f"{d.day}. {_MONTHS_CS[i]} {d.year}",
        "Y. hónap d.": f"{d.year}. {_MONTHS_HU[i]} {d.day}.", "d Μήνα Y": f"{d.day} {_MONTHS_EL[i]} {d.year}",
        "d de mes de Y": f"{d.day} de {MONTHS_ES[i]} de {d.year}", "d mois Y": f"{d.day} {MONTHS_FR[i]} {d.year}",
        "Month Y": f"{month} {d.year}",
    }
    if style not in table:
        raise InvalidParameterError(f"unknown date style {style!r}")
    return table[style]


# --------------------------------------------------------------------------------------------
# Organisations: ``{B}`` an invented brand, ``{T}`` a town, ``{L}``/``{L2}`` surnames, ``{F}`` a given name
# --------------------------------------------------------------------------------------------

_BRAND_PARTS = ("zan", "or", "vel", "ki", "brö", "ta", "lix", "mon", "aru", "pen", "sil", "ga", "rho", "dex", "um",
                "fen", "lo", "cras", "ev", "nim", "bra", "tu", "qen", "wal", "is", "dor", "ka", "mel", "yu", "trix")
ORG_FORMS: dict[str, tuple[str, ...]] = {
    "agency": ("{B} Language Services", "{B} Interpreting", "{T} Translation Bureau", "{L} Linguistics", "{B} Lingua",
               "Traduzioni {L}"),
    "union": ("{B} Workers' Union", "{T} Transport Workers' Branch", "United {B} Staff Association", "Sindacato {B}",
              "{B} Union"),
    "employer": ("{B}", "{B} Ltd", "{B} plc", "{B} S.p.A.", "{B} Lda.", "{B} ApS", "{B} Oy", "{B} s.r.o.", "{B} Kft.",
                 "{B} Sdn Bhd", "{L} & {L2}", "{B} Logistics"),
    "fleet": ("{B} Fleet Services", "{B} Haulage", "{T} Couriers", "{B} Transport", "{L} Removals"),
    "insurer": ("{B} Insurance", "{B} Mutual", "{T} Assurance", "{B} Telematics", "{B} Assicurazioni"),
    "sponsor": ("{B} Pharma", "{B} Therapeutics", "{B} Biosciences", "{B}bio", "{B} Laboratories"),
    "site": ("{T} General Hospital", "{B} Clinical Research", "Ospedale {L}", "{T} University Hospital", "Klinik {B}"),
    "clinic": ("{B} Physio", "{T} Sports Injury Clinic", "{L} Physiotherapy", "{B} Movement Studio", "Fisioterapia {B}"),
    "school": ("{B} Driving School", "{L} School of Motoring", "Autoscuola {B}", "{B} Drive Academy", "{T} Autoškola"),
    "collector": ("{B} Recoveries", "{B} Credit Management", "{L} Debt Collection", "{B} Collect", "Inkasso {B}"),
    "creditor": ("{B} Bank", "{B} Energy", "{B} Mobile", "{B} Finance", "{T} Water"),
    "auction": ("{L} Auctioneers", "{B} Auction House", "{L} & {L2} Fine Art", "{T} Salerooms", "Casa d'Aste {B}"),
    "cowork": ("{B} Works", "{B} Hub", "The {B} Collective", "{T} Coworking", "{B} Spaces"),
    "genealogy": ("{B} Ancestry", "{L} Family Research", "{B} Roots", "{B} Genealogy"),
    "lawfirm": ("{L} & {L2}", "{L} Solicitors", "{B} Legal", "Avvocati {L}", "{L} Advokatfirma"),
    "controller": ("{B}", "{B} Apps", "{B} Retail", "{B} Marketing Ltd", "{B} Analytics"),
    "garage": ("{B} Motors", "{L} Garage", "{T} Tyre & Auto", "{B} Bodyshop"),
    "practice": ("{T} Medical Practice", "{L} Surgery", "{B} Health Centre", "The {B} Practice", "Studio Medico {L}"),
}


def brand(rng: random.Random) -> str:
    """An invented, pronounceable company-like word ("Zanvel")."""
    return brand_word(rng, _BRAND_PARTS)


# --------------------------------------------------------------------------------------------
# Contacts
# --------------------------------------------------------------------------------------------

_FREE_MAIL = ("gmail.com", "btinternet.com", "libero.it", "sapo.pt", "gmx.at", "skynet.be", "mail.dk", "seznam.cz",
              "otenet.gr", "freemail.hu", "xtra.co.nz", "hotmail.co.uk", "vtr.net", "une.net.co", "walla.co.il",
              "online.no", "yahoo.com", "icloud.com", "tutanota.com", "mailbox.org", "zoho.com", "aol.com")
_ORG_TLDS = ("co.uk", "im", "com", "it", "pt", "at", "be", "dk", "fi", "cz", "gr", "hu", "co.nz", "ge", "cl", "com.co",
             "ml", "mv", "com.np", "am", "et", "com.gh", "co.il", "com.my", "no", "eu", "org", "net")
_INTERNAL = ("{s}.internal", "{s}.intra", "ad.{s}.local", "{s}.localdomain", "mail.{s}.invalid", "{s}.priv",
             "{s}.corp")
_MASTODON = ("mastodon.social", "fosstodon.org", "mstdn.party", "toot.community")


class ValuesV7(LayoutValues):
    """Draws private values with the per-document RNG ``rng``."""

    id_shapes, iban_bban = _ID_SHAPES, _IBAN_BBAN

    # people --------------------------------------------------------------------------------
    def person(self, gender: str) -> PersonV7:
        rng = self.rng
        female = gender == "f"
        key = rng.choice(V7_HAND_TRADITIONS)
        first, last = hand_name(rng, _NAMES[key], female, _DOUBLE.get(key), 0.2)
        return PersonV7(first, last, gender, f"hand:{key}")

    def username(self, p: PersonV7) -> str:
        rng = self.rng
        f, last = name_token(p.first), name_token(p.last)
        return rng.choice((f"{f}.{last}", f"{f}_{last[:3]}", f"{f[:1]}{last}", f"{f}{rng.randrange(1, 100)}",
                           f"{last}.{f[:1]}", f"{f}-{last}", f"{last}{rng.randrange(10, 99)}"))

    def handle(self, p: PersonV7, platform: str) -> tuple[str, str]:
        """``(value, subtype)`` of ``p``'s account on ``platform``."""
        rng, user = self.rng, self.username(p)
        f, last = name_token(p.first), name_token(p.last)
        values = {
            "at": (f"@{user}", "handle"), "slack": (rng.choice((f"@{f}.{last}", f"@{f}")), "handle"),
            "telegram": (f"@{user.replace('.', '_').replace('-', '_')}", "handle"),
            "mastodon": (f"@{user.replace('.', '_')}@{rng.choice(_MASTODON)}", "handle"),
            "matrix": (f"@{user.replace('-', '.')}:matrix.org", "handle"),
            "github": (f"github.com/{user.replace('.', '-')}", "url"),
            "linkedin": (f"linkedin.com/in/{f}-{last}-{rng.randrange(100, 999)}", "url"),
            "insta": (rng.choice((f"instagram.com/{user}", f"@{user}")), "url"),
            "wechat": (f"wxid_{shape(rng, 'LLNNLNLNNLLN')}", "handle"),
            "skype": (f"live:.cid.{shape(rng, 'HHHHHHHHHHHHHHHH').lower()}", "handle"),
            "user": (rng.choice((f"{f[:1]}{last}", f"{last}{f[:1]}", f"{f}.{last}", f"{f[:3]}{last[:3]}")), "handle"),
        }
        if platform not in values:
            raise InvalidParameterError(f"unknown platform {platform!r}")
        value, subtype = values[platform]
        return value, ("handle" if value.startswith("@") else subtype)

    def email(self, p: PersonV7, domain: str | None) -> str:
        rng = self.rng
        f, last = name_token(p.first), name_token(p.last)
        local = rng.choice((f"{f}.{last}", f"{f[:1]}{last}", f"{f}{rng.randrange(1, 99)}", f"{last}.{f[:1]}",
                            f"{f}_{last}", f"{f}.{last}{rng.randrange(60, 100)}", f"{last}"))
        return f"{local}@{domain or rng.choice(_FREE_MAIL)}"

    def org_domain(self, org: str, *, internal: bool = False) -> str:
        stop = ("the", "united", "of", "casa", "d'aste", "autoscuola", "ospedale", "klinik", "fisioterapia",
                "sindacato", "traduzioni", "avvocati", "inkasso", "staff")
        words = [_ascii(w) for w in org.split() if _ascii(w) and _ascii(w) not in stop and w.lower() not in stop]
        slug = (words[0] if words else _ascii(org) or "org")[:14]
        if internal:
            return self.rng.choice(_INTERNAL).format(s=slug)
        return f"{slug}.{self.rng.choice(_ORG_TLDS)}"

    def ip(self) -> str:
        rng = self.rng
        if rng.random() < 0.3:
            return f"2a0{rng.randrange(1, 10)}:{shape(rng, 'HHHH').lower()}:{shape(rng, 'HHHH').lower()}::{rng.randrange(1, 255):x}"
        return (f"{rng.choice((31, 46, 62, 78, 89, 151, 176, 212))}.{rng.randrange(256)}.{rng.randrange(256)}."
                f"{rng.randrange(1, 255)}")

    # organisations ------------------------------------------------------------------------------
    def org(self, form: str) -> str:
        rng = self.rng
        p, q = self.person(rng.choice("fm")), self.person(rng.choice("fm"))
        town = rng.choice(TOWNS[rng.choice(V7_ADDRESS_COUNTRIES)])
        town = town.rsplit(" ", 1)[0] if town.split()[-1].isupper() or town.split()[-1].isdigit() else town
        return fill_org_form(form, brand(rng), town, p, q)

    # identifiers --------------------------------------------------------------------------------
    def ident(self, kind: str, variant: int) -> str:
        """An identifier of ``kind``; ``variant`` (a structural fact) picks its country or layout."""
        rng = self.rng
        if kind == "iban":
            return self.iban(variant)
        if kind == "rut":
            body = str(rng.randrange(5_000_000, 26_000_000))
            value = f"{body}-{_rut_digit(body)}"
            return f"{int(body):,}".replace(",", ".") + value[-2:] if variant % 2 else value
        if kind == "hetu":
            d = date.fromordinal(date(1940, 1, 1).toordinal() + rng.randrange(365 * 80))
            head, serial = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}", shape(rng, "NNN")
            sign = "-" if d.year < 2000 else "A"
            return f"{head}{sign}{serial}{_HETU_CHARS[int(head + serial) % 31]}"
        if kind == "ilid":
            body = shape(rng, "NNNNNNNN")
            return body + str(luhn_digit(body))
        if kind == "benat":
            d = date.fromordinal(date(1940, 1, 1).toordinal() + rng.randrange(365 * 59))
            nine = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{shape(rng, 'NNN')}"
            check = 97 - int(nine) % 97
            return f"{nine[:2]}.{nine[2:4]}.{nine[4:6]}-{nine[6:9]}.{check:02d}"
        if kind == "nhs":
            while True:
                nine = shape(rng, "NNNNNNNNN")
                check = _nhs_digit(nine)
                if check != 10 and nine[0] != "0":
                    value = nine + str(check)
                    return f"{value[:3]} {value[3:6]} {value[6:]}" if variant % 2 else value
        if kind == "imei":
            body = shape(rng, "86NNNNNNNNNNNN")
            value = body + str(luhn_digit(body))
            return f"{value[:8]} {value[8:14]} {value[14]}" if variant % 2 else value
        return self.shaped_id(kind, variant)

    def iban(self, variant: int) -> str:
        """An IBAN of the ``variant``-th country (a Manx account under GB), grouped by four for odd variants."""
        key = tuple(_IBAN_BBAN)[variant % len(_IBAN_BBAN)]
        value = with_iban_check(_IBAN_COUNTRY.get(key, key), shape(self.rng, _IBAN_BBAN[key]))
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if variant % 2 else value

    def id_variants(self, kind: str) -> int:
        """How many layouts ``kind`` has (the range of its structural ``variant``)."""
        if kind == "iban":
            return 2 * len(_IBAN_BBAN)
        if kind in ("hetu", "ilid", "benat"):
            return 1
        if kind in ("rut", "nhs", "imei"):
            return 2
        if kind not in _ID_SHAPES:
            raise InvalidParameterError(f"unknown identifier kind {kind!r}")
        return len(_ID_SHAPES[kind])
