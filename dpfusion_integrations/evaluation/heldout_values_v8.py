"""Value vocabularies and drawing rules of the eighth held-out tagging set (v8).

Written for v8 by an author who did not open the tagger (its code, rules, gazetteers, word lists or
tests), nor any tagger output or per-round profile on a held-out set. Every name is written here by
hand, in naming traditions none of v1-v7 drew from (:data:`V8_HAND_TRADITIONS`); the tests check that
no token of them is in an earlier set's hand-written lists, in the Faker name lists of any locale v1-v5
drew names from, or in a PERSON mention of the frozen v1-v7 files. Faker is not used at all.

Addresses of 20 countries none of v7's (:data:`V8_ADDRESS_COUNTRIES`), phones of 24 countries with
their own extension forms, identifiers of many kinds (several with their real check digits: Brazilian
CPF, Dutch BSN, Polish PESEL, Swedish personnummer, Canadian SIN, Singapore NRIC, Turkish TC kimlik,
IBANs), dates in the orders and month words of more languages, organisations of v8's own kinds.

:class:`ValuesV8` reuses the generic drawing of v7's :class:`~dpfusion_integrations.evaluation.
heldout_values_v7.ValuesV7` (user names, handles, IP addresses) and replaces what is vocabulary. The
renderer and the set are in :mod:`~dpfusion_integrations.evaluation.heldout_v8`.
"""

from __future__ import annotations

import random
from datetime import date

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation import heldout_values_v7 as v7
from dpfusion_integrations.evaluation.heldout_build import (
    HandTableDrawing,
    MONTHS,
    MONTHS_DE,
    WEEKDAYS,
    Person,
    address_parts,
    brand_word,
    fill_org_form,
    luhn_digit,
    name_token,
    ordinal,
    shape,
    with_iban_check,
)

__all__ = [
    "DATE_STYLES", "EXTENSIONS", "ID_KINDS", "NUMERIC_STYLES", "ORG_FORMS", "PHONE_LAYOUTS", "SHORT_STYLES",
    "TEXT_STYLES", "TOWNS", "V8_ADDRESS_COUNTRIES", "V8_HAND_TRADITIONS", "V8_NAME_SOURCES", "V8_PHONE_COUNTRIES",
    "ValuesV8", "address_layouts", "address_lines", "bsn_is_valid", "cpf_is_valid", "format_date", "nric_is_valid",
    "pesel_is_valid", "pnr_is_valid", "sin_is_valid", "tckn_is_valid", "written_names",
]  # fmt: skip

# --------------------------------------------------------------------------------------------
# Names: (female given names, male given names, surnames). ``_`` joins the words of one name,
# ``f|m`` is a surname written differently for women and men.
# --------------------------------------------------------------------------------------------

_NAMES: dict[str, tuple[str, str, str]] = {
    "rapanui": ("Uka Hereveri Vaitiare Nahiku Kaha Tiaré_Uka", "Tahira Kaunga Koro Uri Rito Hotu_Matua",
                "Pakarati Tuki Hotus Teao Atan Haoa Rapu Pate Paoa Tepano"),
    "inuktitut": ("Ataguttaaluk Pitseolak Kenojuak Qaunaq Uqsuralik Nivinngaq", "Natar Qajaaq Iqaluk Tiivi Ujarak Aalasi",
                  "Kunuk Arnaquq Nutarak Qumangapik Pitsiulak Aningmiuq Qillaq Angutinngurniq"),
    "chamorro": ("Hineksa Lina'la Maga'håga Tåsi Ha'åni Guåhan", "Mataquan Kepuha Hurao Matåpang Agualin Chelu",
                 "Taitano Taimanglo Manibusan Mafnas Quichocho Taitingfong Aguon Unpingco Terlaje"),
    "tswana": ("Kgomotso Onalenna Masego Boipelo Gaone Bonolo", "Kgosietsile Tshepiso Goitseone Olebogeng Otsile Mothusi",
               "Masire Mogae Merafhe Kedikilwe Molefhi Seretse_Moagi Mokgosi Gaolathe Ramotswa"),
    "chewa": ("Chikondi Madalitso Tiyamike Chisomo Tadala Ulemu", "Kondwani Chimwemwe Yamikani Dalitso Mphatso Tawonga",
              "Nyirenda Kachingwe Mkandawire Gondwe Chirwa Kamwendo Mwafulirwa Chakwera Kumwenda"),
    "luba": ("Ngalula Mbuyi Kapinga Tshibola Bitshilualua Mujinga", "Kabongo Mukendi Ilunga Kalala Tshimanga Kasongo",
             "Lukusa Kabasele Tshibangu Mutombo Kazadi Ngandu Mulumba Tshilombo"),
    "tuareg": ("Tinhinan Takamat Tahra Tamounet Azara Tiwiyen", "Intalla Alghabass Attaher Iyad Elladi Mohamedoun",
               "ag_Intalla ag_Attaher ag_Bahanga walet_Amastan ag_Akli ag_Mossa"),
    "balinese": ("Ni_Luh Ni_Wayan Ni_Komang Ni_Kadek Ni_Ketut", "I_Gede I_Wayan I_Komang I_Kadek I_Ketut",
                 "Sukarsa Astawa Suardana Mertayasa Suwitra Wirawan Widiantara Sudarsana Parwata"),
    "okinawan": ("Kamadu Ushi Nabii Chiruu Makatu Umitaru", "Saburuu Taruu Jiraa Kamii Yamaa Matsuu",
                 "Shimabukuro Nakandakari Chinen Teruya Arakaki Kinjo Oshiro Higa_Uehara Tokashiki Zukeran"),
    "korean": ("Ha-eun Chae-won Yu-na Ga-eun Ye-rin Su-ah", "Si-woo Eun-woo Ji-hoon Geon-woo Tae-hwan Gwang-su",
               "Hwangbo Namgung Jegal Seomun Dokgo Sagong Yeo Pyeon Gyeon"),
    "hokkien": ("Siok-hûn Bí-lē Siù-tsu Guat-ngô Bí-hông A-tsu", "Bêng-tsiong Bûn-tik Tsin-gī Ki-bîn Hok-tsuân Thian-sù",
                "Tân Lîm Ông Tiunn Khóo Tēnn Âng Sīm Ngô"),
    "meitei": ("Thoibi Memcha Sanatombi Bembem Ibemhal Tampha", "Ibomcha Tomba Ibohal Chaoba Naoba Ibungo",
               "Ningombam Laishram Wahengbam Khumanthem Thokchom Yumnam Konsam Moirangthem"),
    "ao_naga": ("Temjenla Akumla Sentila Imtila Alemla Arenla", "Temjen Imti Bendang Supong Toshi Sashi",
                "Longkumer Imchen Aier Pongen Jamir Walling Lemtur Ozukum"),
    "balochi": ("Mahrang Sammi Banadi Mahganj Gulbibi Shahnaz", "Doda Chakar Gwaharam Hammal Bebagr Dostain",
                "Bugti Buledi Mengal Rind Zehri Bizenjo Raisani Jamaldini"),
    "circassian": ("Nalmes Guaschefe Dakhe Malechipkh Setenay Fatimet", "Khazret Kasei Aslanbech Kazbek Temirkan Nalbi",
                   "Sheudzhen Khuade Tkhakushinov Beshtoko Kumpilov Kardanov Natkho Berzeg"),
    "friulian": ("Mariute Catine Vigjilie Gjulie Tunine Ursule", "Bepi Meni Zuan Pieri Nadâl Checo",
                 "Cjandet Furlanut Dreosso Tondat Pitussi Pascut Tonon Cescje Zanier"),
    "yucatec": ("Ixchel Saknicte Ixmukane Yatzil Itzamara Kantun", "Balam Itzamna Kinich Ahkin Chaac Ek_Balam",
                "Canché Cocom Dzul Tzuc Cauich Poot Chablé Kuyoc Couoh Uicab"),
    "navajo": ("Nizhoni Shandiin Doli Bidziil Haseya Yanaba", "Ahiga Naalnish Hastiin Yas Sike Tsela",
               "Begay Yazzie Tsosie Benally Tsinajinnie Bitsui Manygoats Yellowhair Tsinnijinnie"),
    "kalmyk": ("Baira Altana Saglara Delgir Kermen Bulgun", "Badma Erdni Okon Sanji Mutul Basang",
               ("Ochirova|Ochirov Badmaeva|Badmaev Kugultinova|Kugultinov Erendzhenova|Erendzhenov Dordzhieva|Dordzhiev "
                "Mandzhieva|Mandzhiev")),
    "abkhaz": ("Adgura Khibla Ritsa Nazuli Shazina Gunala", "Adgur Daur Astamur Beslan Temur Alkhas",
               "Ardzinba Chanba Lakoba Khagba Bganba Achba Gumba Shamba Tarba"),
    "palauan": ("Dirremeang Ebil Dilubech Mengesebuuch Ulekeu Dirrablai", "Ngiraked Obak Techitong Rdechor Ngiratkel Remeliik",
                "Remengesau Ngiraingas Tmetuchl Ngirmang Rechelbang Ngiraklang Besebes Kesolei"),
    "marshallese": ("Limenka Lijon Neijon Likatuk Kinoj Letao", "Jurelang Amata Jitiam Lanwi Kotak Tomeing",
                    "Kabua Loeak Anjain Jetnil Zackhras Langrine Lometo Kilma Jibon"),
    "bemba": ("Chilufya Mwila Mutale Musonda_Bwalya Nsansa Mapalo", "Mulenga Kasonde Chileshe Mwansa Chishimba Kapembwa",
              "Kapwepwe Chisanga Kabwe Sichone Mwenya Kalaba Chibwe Mutati"),
    "tsonga": ("Nyiko Ntsako Tsakani Hlamalani Nyeleti Vutomi", "Hlulani Rhulani Risuna Tiyani Mpfuno Xikombiso",
               "Chauke Shivambu Hlungwani Novela Mabunda Khosa Rikhotso"),
    "wayuu": ("Walekerü Jepira Sulumai Jayaliyuu Kashiwa Yanama", "Juyá Maleiwa Jouktai Pulashi Wattapia Ouutsü",
              "Epiayú Uriana Ipuana Pushaina Jayariyú Epieyú Apshana Sapuana"),
    "avar": ("Patimat Musheget Khadizhat Zagidat Saidat Bariyat", "Gadzhimurad Gamzat Khabib Zagid Magomedrasul Abdulkhalik",
             ("Gamzatova|Gamzatov Nurmagomedova|Nurmagomedov Khizrieva|Khizriev Alibekova|Alibekov Dzhamalova|Dzhamalov "
              "Gitinova|Gitinov")),
    "rotuman": ("Fesaitu Manava Hanisi Aisea_Fau Tarterani Mamatu", "Fatiaki Rejieli Aisake Tavo Mekatoa Ravai",
                "Tiafau Vilsoni Inia Fonmanu Maraf Managreve Fesaitu_Vai Kafoa"),
    "tokelauan": ("Hilia Fotu Teleise Fiapito Loimata Penitoa", "Kelihiano Pio Falani Kuresa Tialeti Lemisio",
                  "Kalolo Tuia Ioane Pasilio Tinielu Kolo Falaniko"),
}
#: Traditions whose surnames are sometimes doubled (Wayuu and Yucatec with a space, the others with a hyphen).
_DOUBLE = {"wayuu": " ", "yucatec": " ", "friulian": "-", "navajo": "-", "chamorro": " "}
V8_HAND_TRADITIONS = tuple(_NAMES)
#: Every name source, for the meta file.
V8_NAME_SOURCES = tuple(f"hand:{k}" for k in V8_HAND_TRADITIONS)


def written_names(table: dict[str, tuple[str, str, str]] | None = None) -> set[str]:
    """Every name a hand-written table can write; v8's by default (v7's helper, v8's table)."""
    return v7.written_names(_NAMES if table is None else table)


# --------------------------------------------------------------------------------------------
# Phones (layouts of :func:`~dpfusion_integrations.evaluation.heldout_build.shape`; ``\\`` escapes a
# placeholder letter)
# --------------------------------------------------------------------------------------------

PHONE_LAYOUTS: dict[str, tuple[str, ...]] = {
    "JP": ("+81 90-NNNN-NNNN", "090-NNNN-NNNN", "03-NNNN-NNNN", "(06) NNNN-NNNN"),
    "KR": ("+82 10-NNNN-NNNN", "010-NNNN-NNNN", "02-NNN-NNNN"),
    "BR": ("+55 11 9NNNN-NNNN", "(21) 9NNNN-NNNN", "(11) 3NNN-NNNN", "+55 (31) 9NNNN NNNN"),
    "MX": ("+52 55 NNNN NNNN", "55 NNNN NNNN", "+52 1 33 NNNN NNNN"),
    "AR": ("+54 9 11 NNNN-NNNN", "011 15-NNNN-NNNN", "(0341) NNN-NNNN"),
    "NL": ("+31 6 NNNNNNNN", "06-NNNNNNNN", "020 NNN NNNN", "+31 (0)10 NNN NN NN"),
    "DE": ("+49 151 NNNNNNNN", "0176 NNNNNNNN", "030 NNNNNNN", "+49 (0)89 NNNNNN"),
    "PL": ("+48 NNN NNN NNN", "5NN-NNN-NNN", "(22) NNN NN NN"),
    "SE": ("+46 70 NNN NN NN", "070-NNN NN NN", "08-NNN NNN NN"),
    "CH": ("+41 79 NNN NN NN", "079 NNN NN NN", "044 NNN NN NN"),
    "IE": ("+353 87 NNN NNNN", "087 NNN NNNN", "(01) NNN NNNN", "+353 1 NNN NNNN"),
    "CA": ("(604) NNN-NNNN", "+1 514 NNN NNNN", "416-NNN-NNNN", "1 (902) NNN-NNNN"),
    "AU": ("04NN NNN NNN", "+61 4NN NNN NNN", "(02) NNNN NNNN", "+61 3 NNNN NNNN"),
    "IN": ("+91 98NNN NNNNN", "098NNNNNNNN", "080-NNNN NNNN", "+91-22-NNNNNNNN"),
    "TR": ("+90 5NN NNN NN NN", "0 (5NN) NNN NN NN", "0216 NNN NN NN"),
    "RO": ("+40 7NN NNN NNN", "07NN.NNN.NNN", "021 NNN NNNN"),
    "ZA": ("+27 82 NNN NNNN", "082 NNN NNNN", "021 NNN NNNN"),
    "KE": ("+254 7NN NNN NNN", "07NN NNNNNN", "020 NNNNNNN"),
    "PH": ("+63 917 NNN NNNN", "0917-NNN-NNNN", "(02) 8NNN NNNN"),
    "SG": ("+65 9NNN NNNN", "8NNN NNNN", "6NNN NNNN"),
    "FR": ("+33 6 NN NN NN NN", "06 NN NN NN NN", "01.NN.NN.NN.NN"),
    "ES": ("+34 6NN NN NN NN", "6NN NNN NNN", "91 NNN NN NN"),
    "UA": ("+380 67 NNN NN NN", "067 NNN NNNN", "(044) NNN-NN-NN"),
    "EG": ("+20 10 NNNN NNNN", "010 NNNN NNNN", "(02) NNNN NNNN"),
}
V8_PHONE_COUNTRIES = tuple(PHONE_LAYOUTS)
EXTENSIONS = (" ramal NNN", " toestel NN", " dahili NNN", " wewn. NNN", " ankn. NN", "-NN", " ext NNNN", " #NNN",
              " Durchwahl NN", " (int. NNN)")


# --------------------------------------------------------------------------------------------
# Addresses: country -> (streets, towns, districts, postcode layout, line layouts), in the layout
# language of v7 (``/`` separates lines, ``|`` parts of a line, ``code:pattern`` each part: S street,
# U unit, B building, D district, C city, P postcode; ``{sl}`` writes a slash inside a part).
# --------------------------------------------------------------------------------------------

_ADDRESS: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "JP": ("Jingumae;Ebisu-minami;Kitahama;Sakae;Tenjin", "Tokyo;Osaka;Nagoya;Fukuoka;Sapporo",
           "Shibuya-ku;Chuo-ku;Naka-ku;Kita-ku;Minato-ku", "NNN-NNNN",
           ("S:{u2}-{m}-{n} {s}|D:{d}/C:{t} {pc}", "B:{B} Heights {u2}0{u}/S:{s} {u2}-{m}-{n}|D:{d}|C:{t}")),
    "KR": ("Teheran-ro;Sejong-daero;Haeundae-ro;Dongseong-ro;Gwangbok-ro", "Seoul;Busan;Daegu;Incheon;Gwangju",
           "Gangnam-gu;Jongno-gu;Haeundae-gu;Jung-gu;Mapo-gu", "NNNNN",
           ("S:{n} {s}|D:{d}/C:{t} {pc}", "S:{s} {n}|U:{u2}0{u2}-ho/D:{d}|C:{t}")),
    "BR": ("Rua Augusta;Avenida Paulista;Rua da Aurora;Rua Chile;Avenida Afonso Pena", "São Paulo;Recife;Salvador;Belo Horizonte;Curitiba",
           "Consolação;Boa Vista;Pelourinho;Savassi;Batel", "NNNNN-NNN",
           ("S:{s}|S:{n}|U:apto {u}{u2}/D:{d}|C:{t}/P:{pc}", "S:{s} {n}|U:sala {u}0{u2}/D:{d}/C:{pc} {t}")),
    "MX": ("Av. Insurgentes Sur;Calle Madero;Av. Vallarta;Calle Morelos;Av. Constitución", "Ciudad de México;Guadalajara;Monterrey;Puebla;Mérida",
           "Roma Norte;Americana;Centro;Del Valle;Itzimná", "NNNNN",
           ("S:{s} {n}|U:Int. {u}/D:Col. {d}/C:{pc} {t}", "S:{s} {n}{b}|D:Col. {d}|C:{t}|P:C.P. {pc}")),
    "AR": ("Av. Corrientes;Calle Florida;Av. Santa Fe;Bv. Oroño;Calle San Martín", "Buenos Aires;Rosario;Córdoba;Mendoza;La Plata",
           "", "\\CNNNNAAA", ("S:{s} {n}|U:Piso {u2}|U:Depto. {b}/C:{pc} {t}", "S:{s} {n}|U:{u2}º {b}/C:{t}|P:{pc}")),
    "NL": ("Prinsengracht;Oudegracht;Witte de Withstraat;Grote Markt;Vismarkt", "Amsterdam;Utrecht;Rotterdam;Groningen;Leiden",
           "", "NNNN AA", ("S:{s} {n}-{u2}/C:{pc} {t}", "S:{s} {n}{b}/C:{pc} {T}", "S:Postbus {box}/C:{pc} {t}")),
    "DE": ("Schönhauser Allee;Königstraße;Sendlinger Straße;Breite Straße;Am Markt", "Berlin;Stuttgart;München;Leipzig;Bremen",
           "", "NNNNN", ("S:{s} {n}|U:{u2}. OG/C:{pc} {t}", "S:{s} {n}{b}/C:D-{pc} {t}", "S:Postfach {box}/C:{pc} {t}")),
    "PL": ("Marszałkowska;Piotrkowska;Floriańska;Świętojańska;Długa", "Warszawa;Łódź;Kraków;Gdynia;Wrocław",
           "", "NN-NNN", ("S:ul. {s} {n}{sl}{m}|U:m. {u}/C:{pc} {t}", "S:al. {s} {n}|U:lok. {u}/C:{pc} {t}")),
    "SE": ("Drottninggatan;Kungsportsavenyen;Storgatan;Södra Förstadsgatan;Ågatan", "Stockholm;Göteborg;Malmö;Umeå;Uppsala",
           "", "NNN NN", ("S:{s} {n}|U:lgh {u2}{u}0{u2}/C:{pc} {T}", "S:{s} {n}{b}/C:{pc} {t}", "S:Box {box}/C:{pc} {t}")),
    "CH": ("Bahnhofstrasse;Marktgasse;Rue du Rhône;Via Nassa;Spalenberg", "Zürich;Bern;Genève;Lugano;Basel",
           "", "NNNN", ("S:{s} {n}/C:CH-{pc} {t}", "S:{s} {n}|U:{u2}. Stock/C:{pc} {t}", "S:Postfach {box}/C:{pc} {t}")),
    "IE": ("Dame Street;Shop Street;Oliver Plunkett Street;O'Connell Street;Castle Street", "Dublin 2;Galway;Cork;Limerick;Sligo",
           "Temple Bar;Salthill;Ballintemple;Corbally;Rosses Point", "ANN XNNN",
           ("U:Apt {u}|B:{B} House/S:{n} {s}/C:{t}/P:{pc}", "S:{n} {s}/D:{d}/C:{t}|P:{pc}")),
    "CA": ("West Georgia Street;Rue Saint-Denis;Queen Street West;Barrington Street;Jasper Avenue", ("Vancouver BC;"
           "Montréal QC;Toronto ON;Halifax NS;Edmonton AB"), "", "ANA NAN",
           ("S:{u}-{n} {s}/C:{t} {pc}", "S:{n} {s}|U:Suite {u2}0{u}/C:{t}  {pc}", "S:PO Box {box}/C:{t} {pc}")),
    "AU": ("Smith Street;Brunswick Street;King William Street;Hay Street;Elizabeth Street", ("Fitzroy VIC;Fortitude Valley QLD;"
           "Adelaide SA;Perth WA;Hobart TAS"), "", "NNNN",
           ("S:Unit {u}{sl}{n} {s}/C:{t} {pc}", "S:{n} {s}/C:{T} {pc}", "S:PO Box {box}/C:{t} {pc}")),
    "IN": ("14th Cross Road;100 Feet Road;Linking Road;Park Street;FC Road", "Bengaluru;Mumbai;Kolkata;Pune;Chennai",
           "Indiranagar;Bandra West;Ballygunge;Deccan Gymkhana;Adyar", "NNNNNN",
           ("U:Flat {u}0{u2}|B:{B} Residency/S:{s}|D:{d}/C:{t} {pc}", "S:{n} {s}|D:{d}/C:{t} - {pc}")),
    "TR": ("Bağdat Caddesi;İstiklal Caddesi;Atatürk Bulvarı;Kordon Boyu;Cumhuriyet Caddesi", "İstanbul;Ankara;İzmir;Bursa;Antalya",
           "Kadıköy;Beyoğlu;Çankaya;Konak;Muratpaşa", "NNNNN",
           ("S:{s} No:{n}|U:Daire {u}/D:{d}|C:{pc} {t}", "S:{s} No: {n}{sl}{u}/C:{pc} {d}{sl}{t}")),
    "RO": ("Strada Lipscani;Bulevardul Eroilor;Strada Memorandumului;Calea Victoriei;Strada Republicii", "București;Cluj-Napoca;Iași;Timișoara;Brașov",
           "", "NNNNNN", ("S:{s} nr. {n}|B:bl. {b}{u2}|U:ap. {u}/C:{t} {pc}", "S:{s} {n}|U:et. {u2}|U:ap. {u}/C:{pc} {t}")),
    "ZA": ("Long Street;Florida Road;Jan Smuts Avenue;Church Street;Main Road", "Cape Town;Durban;Johannesburg;Pretoria;Gqeberha",
           "Gardens;Morningside;Parktown North;Hatfield;Walmer", "NNNN",
           ("S:{n} {s}/D:{d}/C:{t}/P:{pc}", "U:Unit {u}|B:{B} Court/S:{n} {s}|D:{d}/C:{t} {pc}")),
    "KE": ("Kenyatta Avenue;Moi Avenue;Ngong Road;Nyerere Road;Oginga Odinga Street", "Nairobi;Mombasa;Kisumu;Nakuru;Eldoret",
           "Kilimani;Nyali;Milimani;Westlands;Lavington", "NNNNN",
           ("B:{B} Plaza|U:Suite {u}/S:{s}|D:{d}/C:{t}", "S:P.O. Box {box}-{pc}/C:{t}")),
    "PH": ("Ayala Avenue;Katipunan Avenue;Osmeña Boulevard;Roxas Boulevard;Session Road", "Makati City;Quezon City;Cebu City;Manila;Baguio",
           "Bel-Air;Loyola Heights;Lahug;Malate;Camp 7", "NNNN",
           ("U:Unit {u}0{u2}|B:{B} Tower/S:{n} {s}|D:{d}/C:{t} {pc}", "S:{n} {s}|D:Brgy. {d}/C:{t}|P:{pc}")),
    "SG": ("Ang Mo Kio Avenue 3;Tampines Street 21;Jurong West Street 52;Bedok North Road;Toa Payoh Lorong 1", "Singapore",
           "", "NNNNNN", ("S:Blk {n} {s}|U:#{u2}0-{u}{u2}/C:Singapore {pc}", "S:{n} {s}|U:#{u2}-{u}/C:SINGAPORE {pc}")),
}
V8_ADDRESS_COUNTRIES = tuple(_ADDRESS)
#: Countries whose towns carry a state or province code after a space (``Vancouver BC``).
_STATE_TOWNS = ("CA", "AU")
TOWNS = {c: tuple(v[1].split(";")) for c, v in _ADDRESS.items()}
_SUBTYPES = {"S": "street", "U": "unit", "B": "building", "D": "district", "C": "city", "P": "postcode"}
_BUILDING_WORDS = ("Magnolia", "Jacaranda", "Cypress", "Marigold", "Acacia", "Sequoia", "Palmera", "Tamarisk", "Larkspur")


def address_layouts(country: str) -> tuple[str, ...]:
    """The line layouts of ``country`` (the structural choice of a document's address)."""
    return _ADDRESS[country][4]


def bare_town(country: str, town: str) -> str:
    """``town`` without its state code (``Vancouver BC`` -> ``Vancouver``)."""
    return town.rsplit(" ", 1)[0] if country in _STATE_TOWNS else town


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
    return lines, bare_town(country, town)


# --------------------------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------------------------

_ID_SHAPES: dict[str, tuple[str, ...]] = {
    # national numbers: JP My Number, KR RRN, MX CURP, AR DNI, DE Steuer-ID, CH AHV, IE PPSN, AU TFN,
    # IN Aadhaar, RO CNP, ZA ID, KE ID, PH PhilSys, UA RNOKPP, EG national ID, FR NIR, ES DNI
    "natid": ("NNNN NNNN NNNN", "NNNNNN-NNNNNNN", "AAAANNNNNNAAAAAAXN", "NN.NNN.NNN", "NN NNN NNN NNN",
              "756.NNNN.NNNN.NN", "NNNNNNNA", "NNN NNN NNN", "NNNN NNNN NNNN", "NNNNNNNNNNNNN", "NNNNNNNNNNNNN",
              "NNNNNNNN", "NNNN-NNNN-NNNN-NNNN", "NNNNNNNNNN", "NNNNNNNNNNNNNN", "N NN NN NN NNN NNN NN", "NNNNNNNNA"),
    "passport": ("TKNNNNNNN", "MNNNNNNNN", "ANNNNNNN", "AANNNNNNN", "NNAANNNNN"),
    "licence": ("NNNNNNNNNNNN", "ANNNN-NNNNN-NNNNN", "AANN NNNNNNNNNNN", "NNN NNN NNN"),
    "plate": ("品川 NNN あ NN-NN", "NN가 NNNN", "AAANANN", "AAA-NNN-A", "AA NNN AA", "NN-AAA-N", "B-AA NNNN", "WA NNNNN",
              "AAA NNN", "Z\\H NNN NNN", "NN-D-NNNNN", "AAAA NNN", "NAAA NNN", "M\\H NN AA NNNN", "NN AAA NNN", "B NNN AAA",
              "C\\A NNN-NNN", "KAA NNNA", "AAA NNNN"),
    "booking": ("WED-NNNNN", "DV/2Y/NNNN", "BRT\\H-NNNNNN", "XXXXXX", "FR\\Y-2YNNNNNN"),
    "job": ("PC-NNNNNN", "\\LS-2Y-NNNN", "WO NNNNN", "SO\\L-NNNNN"),
    "policy": ("P\\L\\N-NNNNNNNN", "AANNNNNNNN", "NNNNNN/NN"),
    "claim": ("C\\L-NNNNNN", "NNNNNNNNNN", "W/2Y/NNNNN"),
    "case": ("C\\H-NNNNN", "NNNN/2Y", "F\\E\\R-NNNNN"),
    "patient": ("MR\\N NNNNNNN", "IVF-2Y-NNNN", "NNNNNNNN", "\\AUD-NNNNN"),
    "cert": ("P\\AD\\I-NNNNNN", "CM\\AS-NNNNN", "NNNN-NNNN", "\\A\\ED-NNNNN"),
    "member": ("CW-NNNNN", "NNNNNNN", "P-NNNN", "AANNNNNN", "\\A\\L-NNN"),
    "account": ("NNNNNNNN", "NNNN NNNN NNNN", "\\AC-NNNNNNN", "NNNN-NNNNNN-N"),
    "invoice": ("F\\V/NNNN/2Y", "RE-202Y-NNNN", "NNNNNN", "\\I\\N\\V NNNNN"),
    "contract": ("C\\T-NNNNN", "NNNN-NN", "\\AGR/NNNNNN"),
    "permit": ("FP-2Y-NNNN", "NNNNN/2Y", "\\LOC-NNNNNN"),
    "chip": ("NNNNNNNNNNNNNNN", "NNN NNN NNN NNN NNN", "NNN.NNN.NNN.NNN.NNN"),
    "berth": ("MR\\N-NNNNN", "NNNNNN", "\\YC\\H/NNNN"),
    "vessel": ("MMSI NNNNNNNNN",),
    "key": ("K-NNNN-AA", "NNNNNN", "\\M\\K NNNNN"),
    "meter": ("NNNNNNNNNN", "AANNNNNNNN", "NNN-NNN-NNN"),
    "device": ("S\\N NNNNNNNN", "HHHHHHHHHHHH", "\\L\\X-NNNN-NNNN", "NNNNNNNNNNNNNNN"),
    "staff": ("EMP-NNNNNN", "NNNNN", "\\S\\T\\F/NNNN"),
    "ticket": ("TKT-NNNNNNN", "NNNNNNNNNNNN", "\\E-NNNNNNNN"),
    "vin": ("XXXXXXXXXXXXXXXXX",),
}
#: Identifier kinds (template slot ``{idN.kind}``) and their reported subtype.
ID_KINDS = {**{k: k for k in _ID_SHAPES}, "natid": "national", "cpf": "national", "bsn": "national",
            "pesel": "national", "pnr": "national", "sin": "national", "nric": "national", "tckn": "national",
            "patient": "health", "chip": "device", "device": "device", "meter": "device", "iban": "iban"}
_IBAN_BBAN = {"NL": "AAAANNNNNNNNNN", "DE": "NNNNNNNNNNNNNNNNNN", "PL": "NNNNNNNNNNNNNNNNNNNNNNNN",
              "SE": "NNNNNNNNNNNNNNNNNNNN", "CH": "NNNNNXXXXXXXXXXXX", "IE": "AAAANNNNNNNNNNNNNN",
              "TR": "NNNNNNNXXXXXXXXXXXXXXXX", "RO": "AAAAXXXXXXXXXXXXXXXX", "FR": "NNNNNNNNNNXXXXXXXXXXXNN",
              "ES": "NNNNNNNNNNNNNNNNNNNN", "UA": "NNNNNNXXXXXXXXXXXXXXXXXXX", "EG": "NNNNNNNNNNNNNNNNNNNNNNNNN",
              "BR": "NNNNNNNNNNNNNNNNNNNNNNNAX"}


def _cpf_digits(nine: str) -> str:
    body = nine
    for start in (10, 11):
        total = sum(int(c) * w for c, w in zip(body, range(start, 1, -1), strict=False))
        body += str((total * 10) % 11 % 10)
    return body


def cpf_is_valid(value: str) -> bool:
    """Brazilian CPF ``NNN.NNN.NNN-NN``: two mod-11 check digits."""
    digits = "".join(c for c in value if c.isdigit())
    return len(digits) == 11 and _cpf_digits(digits[:9]) == digits


def _bsn_sum(digits: str) -> int:
    return sum(int(c) * w for c, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])


def bsn_is_valid(value: str) -> bool:
    """Dutch BSN: nine digits passing the "elfproef" (weights 9..2 and -1, a multiple of 11)."""
    digits = value.replace(".", "").replace(" ", "")
    return len(digits) == 9 and digits.isdigit() and _bsn_sum(digits) % 11 == 0


_PESEL_W = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)


def pesel_is_valid(value: str) -> bool:
    """Polish PESEL: eleven digits, the last ``(10 - weighted sum mod 10) mod 10``."""
    return (len(value) == 11 and value.isdigit()
            and (10 - sum(int(c) * w for c, w in zip(value, _PESEL_W, strict=False)) % 10) % 10 == int(value[10]))


def pnr_is_valid(value: str) -> bool:
    """Swedish personnummer ``YYMMDD-NNNC`` or ``YYYYMMDD-NNNC``: Luhn over the last ten digits."""
    digits = "".join(c for c in value if c.isdigit())[-10:]
    return len(digits) == 10 and luhn_digit(digits[:9]) == int(digits[9])


def sin_is_valid(value: str) -> bool:
    """Canadian SIN: nine digits whose Luhn check holds."""
    digits = value.replace(" ", "").replace("-", "")
    return len(digits) == 9 and digits.isdigit() and luhn_digit(digits[:8]) == int(digits[8])


_NRIC_W, _NRIC_ST, _NRIC_FG = (2, 7, 6, 5, 4, 3, 2), "JZIHGFEDCBA", "XWUTRQPNMLK"


def _nric_letter(prefix: str, digits: str) -> str:
    total = sum(int(c) * w for c, w in zip(digits, _NRIC_W, strict=True)) + (4 if prefix in "TG" else 0)
    return (_NRIC_ST if prefix in "ST" else _NRIC_FG)[total % 11]


def nric_is_valid(value: str) -> bool:
    """Singapore NRIC/FIN: prefix letter, seven digits, check letter (mod 11)."""
    return (len(value) == 9 and value[0] in "STFG" and value[1:8].isdigit()
            and _nric_letter(value[0], value[1:8]) == value[8])


def _tckn_tail(nine: str) -> str:
    odd, even = sum(int(c) for c in nine[0::2]), sum(int(c) for c in nine[1::2])
    tenth = (odd * 7 - even) % 10
    return f"{tenth}{(sum(int(c) for c in nine) + tenth) % 10}"


def tckn_is_valid(value: str) -> bool:
    """Turkish TC kimlik no: eleven digits, no leading zero, two check digits."""
    return len(value) == 11 and value.isdigit() and value[0] != "0" and _tckn_tail(value[:9]) == value[9:]


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

_MONTHS_PL = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
              "października", "listopada", "grudnia")
_MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
              "november", "december")
_MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
              "november", "december")
_MONTHS_TR = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
              "Aralık")
_MONTHS_RO = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
              "octombrie", "noiembrie", "decembrie")
_MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
              "November", "Desember")
_MONTHS_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
              "novembro", "dezembro")

#: Styles without month or weekday words.
NUMERIC_STYLES = ("d/m/Y", "m/d/Y", "dd.mm.Y", "Y-m-d", "dd.mm.yy", "YYYYMMDD", "d-m-Y", "Y/m/d", "d.R.Y",
                  "dd/mm/Y", "Y.mm.dd")
#: Styles of a day within the year (no year written).
SHORT_STYLES = ("d Mon", "Mon d", "dth Mon", "d/m", "m/d", "Wkd d/m", "Weekday dth", "dd.mm.")
#: Styles in words, English and other languages' orders and scripts.
TEXT_STYLES = ("d Month Y", "Month d, Y", "Weekday, d Month Y", "Mon d 'yy", "dth Mon Y", "dd-Mon-Y", "d. Monat Y",
               "d miesiąca Y", "d maand Y", "d månad Y", "d Ay Y", "d lună Y", "d Bulan Y", "d de mês de Y",
               "Y年m月d日", "Y년 m월 d일", "Month Y")
DATE_STYLES = NUMERIC_STYLES + SHORT_STYLES + TEXT_STYLES
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def format_date(d: date, style: str) -> str:
    """``d`` written in one of :data:`DATE_STYLES`."""
    i = d.month - 1
    month, mon, yy, day = MONTHS[i], MONTHS[i][:3], f"{d.year % 100:02d}", WEEKDAYS[d.weekday()]
    table = {
        "d/m/Y": f"{d.day}/{d.month}/{d.year}", "m/d/Y": f"{d.month}/{d.day}/{d.year}",
        "dd.mm.Y": f"{d.day:02d}.{d.month:02d}.{d.year}", "Y-m-d": d.isoformat(),
        "dd.mm.yy": f"{d.day:02d}.{d.month:02d}.{yy}", "YYYYMMDD": d.strftime("%Y%m%d"),
        "d-m-Y": f"{d.day}-{d.month}-{d.year}", "Y/m/d": f"{d.year}/{d.month}/{d.day}",
        "d.R.Y": f"{d.day}.{_ROMAN[i]}.{d.year}", "dd/mm/Y": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "Y.mm.dd": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "d Mon": f"{d.day} {mon}", "Mon d": f"{mon} {d.day}", "dth Mon": f"{ordinal(d.day)} {mon}",
        "d/m": f"{d.day}/{d.month}", "m/d": f"{d.month}/{d.day}", "Wkd d/m": f"{day[:3]} {d.day}/{d.month}",
        "Weekday dth": f"{day} {ordinal(d.day)}", "dd.mm.": f"{d.day:02d}.{d.month:02d}.",
        "d Month Y": f"{d.day} {month} {d.year}", "Month d, Y": f"{month} {d.day}, {d.year}",
        "Weekday, d Month Y": f"{day}, {d.day} {month} {d.year}", "Mon d 'yy": f"{mon} {d.day} '{yy}",
        "dth Mon Y": f"{ordinal(d.day)} {mon} {d.year}", "dd-Mon-Y": f"{d.day:02d}-{mon}-{d.year}",
        "d. Monat Y": f"{d.day}. {MONTHS_DE[i]} {d.year}", "d miesiąca Y": f"{d.day} {_MONTHS_PL[i]} {d.year}",
        "d maand Y": f"{d.day} {_MONTHS_NL[i]} {d.year}", "d månad Y": f"{d.day} {_MONTHS_SV[i]} {d.year}",
        "d Ay Y": f"{d.day} {_MONTHS_TR[i]} {d.year}", "d lună Y": f"{d.day} {_MONTHS_RO[i]} {d.year}",
        "d Bulan Y": f"{d.day} {_MONTHS_ID[i]} {d.year}", "d de mês de Y": f"{d.day} de {_MONTHS_PT[i]} de {d.year}",
        "Y年m月d日": f"{d.year}年{d.month}月{d.day}日", "Y년 m월 d일": f"{d.year}년 {d.month}월 {d.day}일",
        "Month Y": f"{month} {d.year}",
    }
    if style not in table:
        raise InvalidParameterError(f"unknown date style {style!r}")
    return table[style]


# --------------------------------------------------------------------------------------------
# Organisations: ``{B}`` an invented brand, ``{T}`` a town, ``{L}``/``{L2}`` surnames, ``{F}`` a given name
# --------------------------------------------------------------------------------------------

_BRAND_PARTS = ("vey", "qua", "lin", "so", "mar", "tek", "op", "ril", "zu", "nav", "ea", "sto", "bel", "kro", "ami",
                "fyn", "ost", "ix", "pal", "don", "ue", "ren", "gy", "hal", "mi", "zor", "tal", "kip", "ne", "vö")
ORG_FORMS: dict[str, tuple[str, ...]] = {
    "planner": ("{B} Weddings", "{B} Events & Bridal", "{L} Wedding Co.", "{T} Bridal Studio", "Bodas {B}"),
    "venue": ("{B} Manor", "{B} Barn", "{T} Yacht Club", "Hotel {B}", "{B} Gardens", "{B} Hall"),
    "divecentre": ("{B} Divers", "{T} Scuba Centre", "{B} Dive Academy", "{L} Diving", "Tauchbasis {B}"),
    "pest": ("{B} Pest Control", "{L} Pest Solutions", "{B} Exterminators", "{T} Vermin Services", "{B}"),
    "marina": ("{T} Marina", "{B} Yacht Harbour", "{B} Boatyard", "Marina {B}", "{T} Sailing Club"),
    "skischool": ("{B} Ski School", "Skischule {B}", "{T} Snowsports", "École de Ski {B}", "{B} Mountain Guides"),
    "studio": ("{B} Tattoo", "{B} Ink", "{L} Tattoo Parlour", "Studio {B}", "{B} Body Art"),
    "clinic": ("{B} Fertility", "{T} IVF Centre", "{B} Reproductive Health", "Clinica {B}", "{B} Women's Clinic"),
    "audiology": ("{B} Hearing", "{T} Audiology", "{L} Hearing Care", "{B} Hörakustik", "{B}"),
    "locksmith": ("{B} Locks", "{L} Locksmiths", "{T} Lock & Key", "{B} Security Ltd", "{B}"),
    "orchestra": ("{T} Philharmonic", "{B} Chamber Orchestra", "{T} Youth Symphony", "{B} Ensemble", "Orquesta {B}"),
    "gym": ("{B} Climbing", "{B} Bouldering", "{T} Climbing Wall", "The {B} Wall", "{B} Vertical"),
    "rescue": ("{B} Animal Rescue", "{T} Dog Trust", "{B} Sanctuary", "{L} Cat Rescue", "Refugio {B}"),
    "society": ("{T} Allotment Society", "{B} Gardeners' Association", "{T} Growers", "{B} Allotments"),
    "installer": ("{B} Solar", "{B} Energy Systems", "{L} Renewables", "{T} Solar Co.", "{B}", "{B} GmbH"),
    "ferry": ("{B} Ferries", "{B} Line", "{T} Ferry Company", "{B} Shipping", "{B} Seaways"),
    "production": ("{B} Films", "{B} Pictures", "{L} Productions", "{B} Studios", "{B} Media GmbH"),
    "employer": ("{B}", "{B} Ltd", "{B} B.V.", "{B} GmbH", "{B} AB", "{B} Sp. z o.o.", "{B} S.A. de C.V.", "{B} Pty Ltd",
                 "{B} Pvt Ltd", "{B} A.Ş.", "{B} S.R.L.", "{B} KK", "{B} Inc.", "{L} & {L2}"),
    "insurer": ("{B} Insurance", "{B} Versicherung", "{T} Mutual", "{B} Assurance", "{B} Seguros"),
    "council": ("{T} Council", "{T} Borough Council", "Gemeente {T}", "{T} City Hall"),
    "lab": ("{B} Diagnostics", "{B} Labs", "{L} Laboratory", "{B} Genomics"),
}


def brand(rng: random.Random) -> str:
    """An invented, pronounceable company-like word."""
    return brand_word(rng, _BRAND_PARTS)


# --------------------------------------------------------------------------------------------
# Contacts
# --------------------------------------------------------------------------------------------

_FREE_MAIL = ("gmail.com", "yahoo.co.jp", "naver.com", "uol.com.br", "bol.com.br", "prodigy.net.mx", "fibertel.com.ar",
              "ziggo.nl", "web.de", "t-online.de", "wp.pl", "o2.pl", "telia.com", "bluewin.ch", "eircom.net",
              "shaw.ca", "bigpond.com", "rediffmail.com", "yandex.com.tr", "yahoo.ro", "webmail.co.za", "proton.me",
              "outlook.com", "gmx.net", "fastmail.com", "hey.com")
_ORG_TLDS = ("co.jp", "co.kr", "com.br", "com.mx", "com.ar", "nl", "de", "pl", "se", "ch", "ie", "ca", "com.au",
             "co.in", "com.tr", "ro", "co.za", "co.ke", "ph", "com.sg", "fr", "es", "com.ua", "com.eg", "io", "org",
             "travel", "events")
_INTERNAL = ("{s}.lan", "{s}.home.arpa", "corp.{s}.example", "{s}.internal.test", "{s}.office", "mx.{s}.local")
_STOP = {"the", "of", "hotel", "marina", "studio", "clinica", "skischule", "tauchbasis", "ecole", "de", "ski", "bodas",
         "orquesta", "refugio", "gemeente", "co"}


class ValuesV8(HandTableDrawing, v7.ValuesV7):
    """Draws v8's private values with the per-document RNG ``rng``; user names, handles and IP addresses
    are drawn as v7 draws them, from v8's names."""

    id_shapes, iban_bban = _ID_SHAPES, _IBAN_BBAN
    hand_traditions, hand_names, hand_doubled = V8_HAND_TRADITIONS, _NAMES, _DOUBLE
    domain_stop, domain_internal, domain_tlds = _STOP, _INTERNAL, _ORG_TLDS

    # people --------------------------------------------------------------------------------
    def email(self, p: Person, domain: str | None) -> str:
        rng = self.rng
        f, last = name_token(p.first), name_token(p.last)
        local = rng.choice((f"{f}.{last}", f"{f[:1]}.{last}", f"{last}{rng.randrange(1, 99)}", f"{f}{last[:1]}",
                            f"{f}-{last}", f"{last}_{f}", f"{f}", f"{f[:2]}{last[:4]}"))
        return f"{local}@{domain or rng.choice(_FREE_MAIL)}"

    # organisations ------------------------------------------------------------------------------
    def org(self, form: str) -> str:
        rng = self.rng
        p, q = self.person(rng.choice("fm")), self.person(rng.choice("fm"))
        country = rng.choice(V8_ADDRESS_COUNTRIES)
        town = bare_town(country, rng.choice(TOWNS[country])).split(" ")[0]
        return fill_org_form(form, brand(rng), town, p, q, first_word=-1)

    # identifiers --------------------------------------------------------------------------------
    def ident(self, kind: str, variant: int) -> str:
        """An identifier of ``kind``; ``variant`` (a structural fact) picks its layout."""
        rng = self.rng
        if kind == "iban":
            return self.iban(variant)
        if kind == "cpf":
            v = _cpf_digits(shape(rng, "NNNNNNNNN"))
            return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}" if variant % 2 else v
        if kind == "bsn":
            while True:
                v = shape(rng, "NNNNNNNNN")
                if v[0] != "0" and _bsn_sum(v) % 11 == 0:
                    return f"{v[:4]}.{v[4:6]}.{v[6:]}" if variant % 2 else v
        if kind == "pesel":
            d = date.fromordinal(date(1950, 1, 1).toordinal() + rng.randrange(365 * 49))
            ten = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{shape(rng, 'NNNN')}"
            return ten + str((10 - sum(int(c) * w for c, w in zip(ten, _PESEL_W, strict=True)) % 10) % 10)
        if kind == "pnr":
            d = date.fromordinal(date(1945, 1, 1).toordinal() + rng.randrange(365 * 60))
            nine = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{shape(rng, 'NNN')}"
            tail = f"{nine[6:]}{luhn_digit(nine)}"
            return f"{d.year}{nine[2:6]}-{tail}" if variant % 2 else f"{nine[:6]}-{tail}"
        if kind == "sin":
            body = str(rng.choice((1, 2, 4, 5, 6, 7))) + shape(rng, "NNNNNNN")
            v = body + str(luhn_digit(body))
            return f"{v[:3]} {v[3:6]} {v[6:]}" if variant % 2 else f"{v[:3]}-{v[3:6]}-{v[6:]}"
        if kind == "nric":
            prefix, digits = rng.choice("STFG"), shape(rng, "NNNNNNN")
            return f"{prefix}{digits}{_nric_letter(prefix, digits)}"
        if kind == "tckn":
            nine = str(rng.randrange(1, 10)) + shape(rng, "NNNNNNNN")
            return nine + _tckn_tail(nine)
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
        if kind in ("pesel", "nric", "tckn"):
            return 1
        if kind in ("cpf", "bsn", "pnr", "sin"):
            return 2
        if kind not in _ID_SHAPES:
            raise InvalidParameterError(f"unknown identifier kind {kind!r}")
        return len(_ID_SHAPES[kind])
