"""Value vocabularies and drawing rules of the fourth held-out tagging set (v4).

Written for v4, apart from the tagger's word lists and rules: naming traditions the tagger's
gazetteers hardly hold (hand-written lists, and Faker names of seven non-Latin-script locales
transliterated by the tables here), phone layouts of 25 countries, addresses of 22 countries written
the way each writes them, national/tax/travel identifiers, plates, IBANs with valid check digits,
dates in twenty styles and invented organisation names. :class:`ValuesV4` draws every value from one
per-document RNG (Faker re-seeded from it), so a document is reproducible from its seed. The
renderer and the set itself are in :mod:`~dpfusion_integrations.evaluation.heldout_v4`.
"""

from __future__ import annotations

import random
import re
from datetime import date

from dpfusion_integrations.evaluation.heldout import _ascii, _fakers
from dpfusion_integrations.evaluation.heldout_build import (
    MONTHS,
    WEEKDAYS,
    Person,
    luhn_digit,
    ordinal,
    with_iban_check,
)

__all__ = [
    "DATE_STYLES", "EXTENSIONS", "ID_SUBTYPES", "ORG_FORMS", "PHONE_LAYOUTS", "TOWNS", "V4_ADDRESS_COUNTRIES",
    "V4_NAME_SOURCES", "V4_PHONE_COUNTRIES", "PersonV4", "ValuesV4", "address_lines", "brand", "format_date",
]  # fmt: skip

# --------------------------------------------------------------------------------------------
# Name sources
# --------------------------------------------------------------------------------------------

def _w(words: str) -> list[str]:
    """The space-separated words of a table row (keeps the long tables below readable)."""
    return words.split()


#: Naming traditions written for v4: (female given names, male given names, surnames).
_HAND_NAMES: dict[str, tuple[str, str, str]] = {
    "cy": ("Angharad Bethan Eirlys Ffion Gwenllian Heledd Lowri Mererid Nia Rhiannon Siân Tegwen",
           "Aneurin Bedwyr Cai Dafydd Emyr Gwilym Iolo Llŷr Meirion Rhodri Steffan Tudur",
           "Cadwaladr Gruffudd Llywelyn Meredydd Prydderch Pritchard Bowen Parry Pugh Vaughan Rhydderch"),
    "eu": ("Ainhoa Amaia Edurne Garazi Itziar Maialen Nerea Oihana Uxue Irati",
           "Aitor Andoni Eneko Gorka Iker Imanol Josu Mikel Unai Xabier",
           "Agirre Arrieta Etxeberria Goikoetxea Larrañaga Olaizola Urkiola Zubizarreta Etxaniz Iturbe"),
    "se": ("Áile Biret Elle Máret Ristin Sárá Inga", "Ánte Áslat Jovnna Mihkkal Niillas Ovllá Heaika",
           "Eira Gaup Hætta Somby Turi Buljo Utsi Bongo Skum"),
    "haw": ("Kaimana Leilani Noelani Pualani Kalena Mahina", "Kaleo Keoni Makoa Kekoa Ikaika Nainoa",
            "Kahananui Kealoha Kamakana Nāone Akana Kaleikini Keawe"),
    "to": ("Losa Mele Sina Lupe Salote Ana", "Sione Tevita Viliami Sefo Taniela Lopeti",
           "Tuilagi Fifita Taufa Leota Faleolo Tupou Vainikolo Havili"),
    "mg": ("Hanitra Voahangy Mialy Fanja Tiana Onja", "Andry Haja Rado Tojo Fidy Hery",
           "Rakotomalala Randriamanana Razafindrabe Andrianarivo Rasoanaivo Ravelojaona Rabemananjara"),
    "et": ("Tigist Selamawit Meron Hiwot Mahlet Saba Almaz Eden", "Dawit Yonas Tesfaye Abebe Biniam Kidane Henok",
           "Gebremedhin Haile Tadesse Wolde Asfaw Berhane Negash Mekonnen Gebreyesus"),
    "so": ("Hodan Ifrah Sagal Ayaan Hibaaq Nasteho", "Abdirahman Farah Guled Mahad Liban Abdiwali",
           "Warsame Jama Abdi Hirsi Egal Samatar Dualeh"),
    "mn": ("Oyunchimeg Saruul Enkhjargal Narantsetseg Bolormaa Khulan", ("Batbayar Ganbold Temuulen Erdene "
           "Munkhbat Tulga"), "Tsogt Bayarsaikhan Dorjsuren Gantulga Purevdorj Batkhuyag Otgonbayar"),
    "ku": ("Rojda Berfin Nazdar Shilan Zozan Hêvî", "Azad Rêber Dilovan Serhad Karwan Botan",
           "Hawrami Zebari Sindi Bamarni Dizayi Amedi Goyî"),
    "qu": ("Killa Sumaq Nayra Wayra Ayelen Illari", "Amaru Inti Kusi Ariel Mayta Huaman",
           "Mamani Quispe Huamán Condori Choque Ccori Apaza Yupanqui"),
    "tl": ("Maricel Liwayway Rowena Marivic Jhoanna Analyn Ligaya", "Jomar Rolando Bayani Dindo Rhey Jun-Jun",
           "Dimaculangan Macaraeg Bautista Manalastas Pangilinan Dumalagan Magbanua Villaluz"),
    "ms": ("Nurul Siti Farhana Aisyah Izzati Hidayah", "Hafiz Faizal Syazwan Amirul Khairul Azlan",
           "bin_Razak bin_Osman bin_Yusof bin_Hamzah bin_Ismail Zainal Rahmat"),
    "ta": ("Kayalvizhi Thenmozhi Yazhini Malarvizhi Anbarasi Nithya", ("Senthil Ilango Murugan Kathiravan "
           "Thirumalai Vetri"), "Arumugam Subramaniam Ramasamy Palanisamy Velusamy Shanmugam Kandasamy"),
    "si": ("Dilini Nadeeka Sanduni Chamari Iresha Hasini", "Chaminda Kasun Nuwan Tharindu Lahiru Dinuka",
           "Wickramasinghe Jayawardena Gunawardena Senanayake Rajapaksha Dissanayake Kumarasinghe"),
    "km": ("Sreymom Chanthou Sokha Bopha Sreyneang", "Vannak Dara Rithy Sophal Visal",
           "Chea Sok Heng Keo Ouk Chhim Pich"),
    "ps": ("Mursal Zarlasht Palwasha Spozhmai Malalai", "Zmarai Wahidullah Najibullah Shafiq Farid",
           "Ahmadzai Popalzai Stanikzai Wardak Mangal Khpalwak Safi"),
    "sn": ("Rutendo Tendai Chipo Nyasha Tsitsi Ruvimbo", "Tapiwa Farai Tatenda Kudakwashe Tinashe Tafadzwa",
           "Moyo Ncube Chikwanha Mutasa Zvobgo Madzima Gumbo"),
    "wo": ("Awa Fatou Ndeye Khady Coumba Aminata", "Mamadou Cheikh Modou Babacar Ousmane Pape",
           "Ndiaye Diop Faye Sarr Gueye Mbaye Sow"),
}
#: Faker locales whose (non-Latin) names are transliterated here.
_TRANSLIT_LOCALES = ("ka_GE", "hy_AM", "mk_MK", "ko_KR", "hi_IN", "mr_IN", "ne_NP")
#: Faker's Latin-script locales (a minority of the names).
_LATIN_LOCALES = ("en_US", "en_GB", "fr_CA", "es_CO", "de_AT", "it_IT", "pt_PT", "tr_TR", "vi_VN", "id_ID",
                  "fi_FI", "hr_HR", "lt_LT", "sl_SI", "en_TH", "pl_PL")
#: Given names that are also ordinary English words.
_WORD_NAMES = ("Hope Faith Grace Joy Rose Mercy Patience Precious Blessing Ivy Dawn Hazel Pearl Summer Olive",
               "Will Bill Mark Hunter Chase Major Sonny Rocky Miles Victor Frank Rich Lucky Clay")
#: Every name source, for the meta file.
V4_NAME_SOURCES = tuple(f"hand:{k}" for k in _HAND_NAMES) + tuple(f"faker-translit:{x}" for x in _TRANSLIT_LOCALES) \
    + tuple(f"faker:{x}" for x in _LATIN_LOCALES) + ("hand:word-names",)

_GEORGIAN = dict(zip("აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
                     _w("a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h"), strict=True))
_ARMENIAN = dict(zip("աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
                     _w("a b g d e z e y t zh i l kh ts k h dz gh ch m y n sh o ch p j r s v t r ts v p k o f"),
                     strict=True))
_MACEDONIAN = dict(zip("абвгдѓежзѕијклљмнњопрстќуфхцчџш",
                       _w("a b v g d gj e zh z dz i j k l lj m n nj o p r s t kj u f h c ch dzh sh"), strict=True))
_DEV_CONS = dict(zip("कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहळ",
                     _w("k kh g gh n ch chh j jh n t th d dh n t th d dh n p ph b bh m y r l v sh sh s h l"),
                     strict=True))
_DEV_SIGNS = dict(zip("ािीुूृेैोौॉॅ", _w("a i i u u ri e ai o au o e"), strict=True))
_DEV_VOWELS = dict(zip("अआइईउऊऋएऐओऔ", _w("a a i i u u ri e ai o au"), strict=True))
_KO_INITIAL = _w("g kk n d tt r m b pp s ss - j jj ch k t p h")
_KO_MEDIAL = _w("a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i")
_KO_FINAL = _w("- k k k n n n t l k m l l l p l m p p t t ng t t k t p t")
_KO_SURNAMES = dict(zip("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민지진나엄",
                        _w("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Ryu Jeon "
                           "Hong Ko Moon Yang Son Bae Baek Heo Yoo Nam Shim Noh Ha Kwak Sung Cha Joo Woo Koo Min Ji Jin "
                           "Na Um"), strict=True))


def _cap(word: str) -> str:
    return "-".join(w[:1].upper() + w[1:] for w in word.split("-"))


def _hangul(word: str, *, hyphen: bool) -> str:
    out = []
    for ch in word:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            continue
        ini, med, fin = code // 588, (code % 588) // 28, code % 28
        out.append("".join(p for p in (_KO_INITIAL[ini], _KO_MEDIAL[med], _KO_FINAL[fin]) if p != "-"))
    joined = ("-" if hyphen else "").join(out)
    return joined[:1].upper() + joined[1:]  # "Seo-hyeon", as Korean given names are usually written


def _devanagari(word: str) -> str:
    out: list[str] = []
    inherent = conjunct = after_virama = False
    for ch in word:
        if ch in _DEV_CONS:
            if inherent:
                out.append("a")
            out.append(_DEV_CONS[ch])
            inherent, conjunct = True, after_virama
        elif ch in _DEV_SIGNS:
            out.append(_DEV_SIGNS[ch])
            inherent = False
        elif ch in _DEV_VOWELS:
            if inherent:
                out.append("a")
            out.append(_DEV_VOWELS[ch])
            inherent = False
        elif ch in "\u0902\u0901":  # anusvara, chandrabindu
            if inherent:
                out.append("a")
            out.append("n")
            inherent = False
        if ch != "\u200d":
            after_virama = ch == "\u094d"
            if after_virama:
                inherent = False
    if inherent and conjunct:  # a final inherent vowel is dropped ("Rahul"), unless after a cluster ("Surendra")
        out.append("a")
    return _cap("".join(out))


def _armenian(word: str) -> str:
    w = word.lower().replace("ու", "u").replace("և", "ev")
    out = []
    for i, ch in enumerate(w):
        if i == 0 and ch == "ե":
            out.append("ye")
        elif i == 0 and ch == "ո":
            out.append("vo")
        else:
            out.append(_ARMENIAN.get(ch, ch))
    return _cap("".join(out))


def _translit(word: str, locale: str) -> str:
    if locale == "ka_GE":
        return _cap("".join(_GEORGIAN.get(c, "") for c in word))
    if locale == "hy_AM":
        return _armenian(word)
    if locale == "mk_MK":
        return _cap("".join(_MACEDONIAN.get(c, c) for c in word.lower()))
    return _devanagari(word)


class PersonV4(Person):
    """A person's name parts (``last`` may hold particles or two words)."""


def _ascii_token(s: str) -> str:
    return _ascii(s.split()[0].replace("-", "")) or "x"


# --------------------------------------------------------------------------------------------
# Layouts (``N`` is a digit, ``A`` a capital letter, ``X`` a letter or digit)
# --------------------------------------------------------------------------------------------

PHONE_LAYOUTS: dict[str, tuple[str, ...]] = {
    "GE": ("+995 5NN NN NN NN", "5NN NN NN NN", "(+995) 5NN-NNN-NNN", "+9955NNNNNNNN", "(032) 2NN NN NN"),
    "AM": ("+374 NN NNNNNN", "(0NN) NNNNNN", "+374-NN-NNN-NNN", "0NN NN NN NN"),
    "KR": ("+82 10-NNNN-NNNN", "010-NNNN-NNNN", "010 NNNN NNNN", "+82 2 NNNN NNNN", "02-NNN-NNNN"),
    "NP": ("+977 98NNNNNNNN", "98NN-NNNNNN", "+977-1-NNNNNNN", "01-NNNNNNN"),
    "PH": ("+63 917 NNN NNNN", "0917-NNN-NNNN", "(02) 8NNN NNNN", "+63 (2) 8NNN-NNNN", "09NN NNN NNNN"),
    "PT": ("+351 9NN NNN NNN", "9NN NNN NNN", "+351 2NN NNN NNN", "00351 9NNNNNNNN"),
    "GR": ("+30 69N NNN NNNN", "69NNNNNNNN", "+30 210 NNN NNNN", "210-NNNNNNN"),
    "CZ": ("+420 NNN NNN NNN", "NNN NNN NNN", "+420NNNNNNNNN", "00420 NNN NNN NNN"),
    "DK": ("+45 NN NN NN NN", "NN NN NN NN", "+45NNNNNNNN"),
    "NO": ("+47 NNN NN NNN", "NNN NN NNN", "+47 NN NN NN NN"),
    "FI": ("+358 40 NNN NNNN", "040 NNN NNNN", "040-NNNNNNN", "(09) NNN NNNN", "+358 9 NNNN NNNN"),
    "IL": ("+972 5N-NNN-NNNN", "05N-NNN-NNNN", "+972 (0)3 NNN NNNN"),
    "EG": ("+20 1NN NNN NNNN", "01NN NNN NNNN", "(02) NNNN NNNN"),
    "MA": ("+212 6NN-NNNNNN", "06 NN NN NN NN", "+212 5 22 NN NN NN"),
    "AR": ("+54 9 11 NNNN-NNNN", "(011) NNNN-NNNN", "11 NNNN-NNNN", "+54 351 NNN-NNNN"),
    "CO": ("+57 3NN NNN NNNN", "3NN NNN NNNN", "(601) NNN NNNN", "+57 (604) NNN NNNN"),
    "PK": ("+92 3NN NNNNNNN", "03NN-NNNNNNN", "(042) NNNNNNNN"),
    "BD": ("+880 1NNN-NNNNNN", "01NNN-NNNNNN", "+8801NNNNNNNNN"),
    "VN": ("+84 9N NNN NN NN", "09N NNN NNNN", "(028) NNNN NNNN"),
    "TH": ("+66 8N NNN NNNN", "08N-NNN-NNNN", "02 NNN NNNN"),
    "MY": ("+60 12-NNN NNNN", "012-NNN NNNN", "03-NNNN NNNN", "+603-NNNN NNNN"),
    "HK": ("+852 NNNN NNNN", "NNNN NNNN", "(852) NNNN-NNNN"),
    "CN": ("+86 1NN NNNN NNNN", "1NN-NNNN-NNNN", "(010) NNNN NNNN", "+86 10 NNNN NNNN"),
    "GB": ("+44 (0)20 NNNN NNNN", "0044 7NNN NNNNNN", "07NNN.NNN.NNN", "(01NNN) NNNNNN"),
    "US": ("NNN.NNN.NNNN", "+1.NNN.NNN.NNNN", "(NNN)NNN-NNNN", "+1 (NNN) NNN NNNN"),
}
V4_PHONE_COUNTRIES = tuple(PHONE_LAYOUTS)
EXTENSIONS = (" ext. 2NN", " (ext 3NN)", " x4N", " ramal NNN", " int. NN", " – ext NNNN")

_FREE_MAIL = ("gmail.com", "outlook.com", "proton.me", "icloud.com", "yahoo.co.jp", "naver.com", "daum.net",
              "web.de", "seznam.cz", "wp.pl", "libero.it", "sapo.pt", "gmx.at", "mail.ge", "yandex.com",
              "rediffmail.com", "hey.com", "fastmail.fm", "zoho.in", "hotmail.co.uk")  # fmt: skip
_ORG_TLDS = ("ge", "am", "co.kr", "com.ph", "com.np", "co.ke", "co.za", "com.mx", "com.ar", "com.br", "pt",
             "gr", "cz", "dk", "ie", "sg", "com.hk", "ae", "com.tr", "co.il", "ng", "in", "lan", "intranet",
             "corp", "home.arpa")  # fmt: skip
_MASTODON = ("mastodon.social", "fosstodon.org", "mstdn.jp", "hachyderm.io", "social.coop", "mas.to")
_GAMER_WORDS = _w("Quiet Falcon Ember Nova Rusty Pixel Lunar Static Crimson Frost Velvet Echo Shadow Copper Drift "
                "Tiger Mango Wraith Blaze Orbit")


# --------------------------------------------------------------------------------------------
# Addresses: country -> lines of (part, subtype); ``{n}`` number, ``{s}`` street, ``{t}`` town
# --------------------------------------------------------------------------------------------

_STREETS: dict[str, tuple[str, ...]] = {
    "GE": ("Rustaveli Ave", "Chavchavadze Ave", "Pekini St", "Kostava St", "Vazha-Pshavela Ave", "Abashidze St"),
    "AM": ("Abovyan St", "Teryan St", "Sayat-Nova Ave", "Tumanyan St", "Mashtots Ave", "Komitas Ave"),
    "KR": ("Teheran-ro", "Eonju-ro", "Dosan-daero", "Sejong-daero", "Haeun-daero", "Dalgubeol-daero"),
    "JP": ("Nishi-Shinjuku", "Umeda", "Sakae", "Tenjin", "Minami-Aoyama", "Kitahama"),
    "PH": ("Jupiter St.", "Aguirre Ave.", "Katipunan Ave.", "P. Burgos St.", "Mabini St.", "Osmeña Blvd."),
    "NP": ("Jhamsikhel Marg", "Thamel Marg", "Lakeside Road", "Pulchowk Road", "Baluwatar Marg"),
    "KE": ("Ngong Road", "Moi Avenue", "Argwings Kodhek Road", "Oginga Odinga Street", "Kenyatta Avenue"),
    "ZA": ("Long Street", "Jan Smuts Avenue", "Voortrekker Road", "Florida Road", "Main Road"),
    "MX": ("Av. Insurgentes Sur", "Calle Morelos", "Av. Juárez", "Calz. de Tlalpan", "Av. Vallarta"),
    "AR": ("Av. Corrientes", "Av. Santa Fe", "Calle Defensa", "Bv. San Juan", "Calle Laprida"),
    "BR": ("Rua Augusta", "Av. Sete de Setembro", "Rua da Aurora", "Rua XV de Novembro", "Av. Afonso Pena"),
    "PT": ("Rua do Almada", "Av. da Liberdade", "Rua de Cedofeita", "Travessa do Carmo", "Rua Ferreira Borges"),
    "GR": ("Ermou", "Tsimiski", "Agiou Nikolaou", "Leoforos Kifisias", "Egnatia"),
    "CZ": ("Vinohradská", "Cejl", "Masarykova", "Nádražní", "Husova"),
    "DK": ("Nørrebrogade", "Vesterbrogade", "Jægergårdsgade", "Algade", "Østergade"),
    "IE": ("The Cornmarket", "Mountjoy Square", "Oliver Plunkett Street", "Shop Street", "Ballybough Road"),
    "SG": ("Ang Mo Kio Ave 3", "Toa Payoh Lor 1", "Jurong West St 42", "Tampines St 81", "Bedok North Ave 1"),
    "HK": ("Nathan Road", "Des Voeux Road Central", "King's Road", "Shan Tung Street", "Castle Peak Road"),
    "AE": ("Al Wasl Road", "Street 5, Al Barsha 2", "Hamdan Street", "Al Khan Street", "Sheikh Zayed Road"),
    "TR": ("Bağdat Cd.", "İstiklal Cd.", "Atatürk Blv.", "Kıbrıs Şehitleri Cd.", "Cumhuriyet Cd."),
    "IL": ("Rehov Dizengoff", "Rehov Herzl", "Derech HaShalom", "Rehov Ibn Gabirol", "Rehov Jaffa"),
    "NG": ("Adeola Odeku Street", "Allen Avenue", "Ahmadu Bello Way", "Aminu Kano Crescent", "Ring Road"),
}
TOWNS: dict[str, tuple[str, ...]] = {
    "GE": ("Tbilisi", "Batumi", "Kutaisi", "Rustavi", "Zugdidi"), "AM": ("Yerevan", "Gyumri", "Vanadzor", "Dilijan"),
    "KR": ("Seoul", "Busan", "Daegu", "Daejeon", "Gwangju"), "JP": ("Tokyo", "Osaka", "Nagoya", "Fukuoka", "Sendai"),
    "PH": ("Makati City", "Quezon City", "Cebu City", "Davao City", "Iloilo City"),
    "NP": ("Lalitpur", "Kathmandu", "Pokhara", "Bhaktapur", "Biratnagar"),
    "KE": ("Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"),
    "ZA": ("Cape Town", "Johannesburg", "Durban", "Stellenbosch", "Gqeberha"),
    "MX": ("Ciudad de México", "Guadalajara", "Puebla", "Mérida", "León"),
    "AR": ("CABA", "Córdoba", "Rosario", "Mendoza", "La Plata"),
    "BR": ("São Paulo", "Salvador", "Recife", "Curitiba", "Belo Horizonte"),
    "PT": ("Porto", "Lisboa", "Braga", "Coimbra", "Faro"), "GR": ("Athens", "Thessaloniki", "Patras", "Heraklion"),
    "CZ": ("Praha 2", "Brno", "Ostrava", "Olomouc", "Plzeň"), "DK": ("København N", "Aarhus C", "Odense C", "Aalborg"),
    "IE": ("Dublin 7", "Cork", "Galway", "Limerick", "Waterford"), "SG": ("Singapore",),
    "HK": ("Kowloon", "Causeway Bay", "Mong Kok", "Tsuen Wan", "Sheung Wan"),
    "AE": ("Dubai", "Abu Dhabi", "Sharjah", "Ajman"), "TR": ("Kadıköy/İstanbul", "Çankaya/Ankara", "Konak/İzmir"),
    "IL": ("Tel Aviv-Yafo", "Haifa", "Jerusalem", "Be'er Sheva"),
    "NG": ("Lagos", "Abuja", "Kano", "Ibadan", "Port Harcourt"),
}
V4_ADDRESS_COUNTRIES = tuple(_STREETS)
_DISTRICTS = {"KR": ("Gangnam-gu", "Mapo-gu", "Seocho-gu", "Jongno-gu", "Haeundae-gu"),
              "JP": ("Shinjuku-ku", "Kita-ku", "Naka-ku", "Chuo-ku", "Minato-ku"),
              "PH": ("Bel-Air", "Loyola Heights", "Lahug", "Poblacion", "San Antonio"),
              "MX": ("Col. Roma Norte", "Col. Del Valle", "Col. Centro", "Col. Americana"),
              "ZA": ("Gardens", "Parktown", "Morningside", "Observatory"),
              "HK": ("Tsim Sha Tsui", "Central", "Wan Chai", "Yau Ma Tei"),
              "NG": ("Victoria Island", "Ikeja", "Garki", "Bodija"), "KE": ("Kilimani", "Westlands", "Nyali")}
_POSTCODES = {"GE": "0NNN", "AM": "0NNN", "KR": "0NNNN", "JP": "NNN-NNNN", "PH": "NNNN", "NP": "44NNN", "KE": "00NNN",
              "ZA": "NNNN", "MX": "NNNNN", "AR": "ANNNNAAA", "BR": "NNNNN-NNN", "PT": "NNNN-NNN", "GR": "NNN NN",
              "CZ": "NNN NN", "DK": "NNNN", "IE": "ANN XXXX", "SG": "NNNNNN", "TR": "NNNNN", "IL": "NNNNNNN",
              "NG": "NNNNNN", "AE": "", "HK": ""}


def _fill(rng: random.Random, layout: str) -> str:
    """``layout`` with ``N`` -> a digit, ``A`` -> a capital letter, ``X`` -> either; ``\\`` keeps the next
    character as written."""
    out = []
    escaped = False
    for ch in layout:
        if escaped or ch == "\\":
            out.append(ch if escaped else "")
            escaped = not escaped
        elif ch == "N":
            out.append(str(rng.randrange(10)))
        elif ch == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXY"))
        elif ch == "X":
            out.append(rng.choice("ABCDEFHKNPRTVWXY0123456789"))
        else:
            out.append(ch)
    return "".join(out)


def address_lines(rng: random.Random, country: str, variant: int) -> list[list[tuple[str, str]]]:
    """One address as lines of ``(text, subtype)`` parts (subtypes: street, unit, district, city, postcode)."""
    s, t = rng.choice(_STREETS[country]), rng.choice(TOWNS[country])
    n, pc = str(rng.randrange(1, 240)), _fill(rng, _POSTCODES[country])
    d = rng.choice(_DISTRICTS.get(country, ("",)))
    flat = f"{rng.randrange(1, 30)}{rng.choice('ABCD')}"
    lines: dict[str, list[list[tuple[str, str]]]] = {
        "GE": [[(f"{n} {s}", "street")], [(f"{t} {pc}", "city")]],
        "AM": [[(f"{s} {n}/{rng.randrange(1, 40)}", "street")], [(f"{t} {pc}", "city")]],
        "KR": [[(f"{n} {s} {rng.randrange(1, 60)}-gil", "street"), (d, "district")], [(f"{t} {pc}", "city")]],
        "JP": [[(f"{rng.randrange(1, 9)}-{rng.randrange(1, 30)}-{n} {s}", "street"), (d, "district")],
               [(f"{t} {pc}", "city")]],
        "PH": [[(f"Unit {flat}", "unit"), (f"{n} {s}", "street"), (d, "district")], [(f"{t} {pc}", "city")]],
        "NP": [[(f"Ward No. {rng.randrange(1, 33)}", "unit"), (s, "street")], [(f"{t} {pc}", "city")]],
        "KE": [[(f"P.O. Box {rng.randrange(100, 99999)}-{pc}", "street")], [(t, "city")]]
        if variant % 2 else [[(s, "street"), (d, "district")], [(t, "city")]],
        "ZA": [[(f"{n} {s}", "street"), (d, "district")], [(t, "city"), (pc, "postcode")]],
        "MX": [[(f"{s} {n}", "street"), (d, "district")], [(f"{pc} {t}", "city")]],
        "AR": [[(f"{s} {n}", "street"), (f"piso {rng.randrange(1, 12)} depto. {rng.choice('ABCDEF')}", "unit")],
               [(f"{pc} {t}", "city")]],
        "BR": [[(f"{s}, {n}", "street"), (f"apto {rng.randrange(11, 190)}", "unit")], [(t, "city")],
               [(pc, "postcode")]] if variant % 2 else [[(f"{s} {n}", "street")], [(f"{pc} {t}", "city")]],
        "PT": [[(f"{s} {n}, {rng.randrange(1, 8)}.º {rng.choice(('Esq.', 'Dto.'))}", "street")],
               [(f"{pc} {t}", "city")]],
        "GR": [[(f"{s} {n}", "street")], [(f"{pc} {t}", "city")]],
        "CZ": [[(f"{s} {rng.randrange(100, 2500)}/{n}", "street")], [(f"{pc} {t}", "city")]],
        "DK": [[(f"{s} {n}, {rng.randrange(1, 6)}. {rng.choice(('th.', 'tv.', 'mf.'))}", "street")],
               [(f"{pc} {t}", "city")]],
        "IE": [[(f"Apartment {rng.randrange(1, 80)}", "unit"), (s, "street")], [(t, "city")], [(pc, "postcode")]],
        "SG": [[(f"Blk {n} {s}", "street"), (f"#{rng.randrange(2, 25):02d}-{rng.randrange(10, 999)}", "unit")],
               [(f"{t} {pc}", "city")]],
        "HK": [[(f"Flat {rng.choice('ABCDEFG')}, {rng.randrange(2, 40)}/F", "unit"), (f"{n} {s}", "street")],
               [(d, "district"), (t, "city")]],
        "AE": [[(f"Apt {rng.randrange(101, 2400)}", "unit"), (s, "street")], [(t, "city")]],
        "TR": [[(f"{s} No:{n} D:{rng.randrange(1, 20)}", "street")], [(f"{pc} {t}", "city")]],
        "IL": [[(f"{s} {n}", "street"), (f"Apt {rng.randrange(1, 30)}", "unit")], [(f"{t} {pc}", "city")]],
        "NG": [[(f"Plot {rng.randrange(100, 2000)}, {s}", "street"), (d, "district")], [(f"{t} {pc}", "city")]],
    }
    return [[p for p in line if p[0]] for line in lines[country]]


# --------------------------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------------------------

_NATIONAL = ("NNN-NN-NNNN", "AA NN NN NN A", "AANNNNNNA", "NNN NNN NNNN", "NNN NNN NNN", "NNNN NNNN NNNN",
             "NNNNNNNNA", "ANNNNNNNA", "AAAAAANNANNANNNA", "N NN NN NN NNN NNN NN", "NN NNN NNN NNN", "NNNNNNNNN",
             "NNNNNNNNNNN", "NNN.NNN.NNN-NN", "AAAANNNNNNAAAAAANN", "NNNNNNNNNNNNN", "NNNNNN-NNNNNNN",
             "ANNNNNNNA", "NNNNNNNN-NNNN", "NNNNNN-NNNN", "NNNNNNNAA", "NN.NN.NN-NNN.NN", "NNN-NNNN-NNNNNNN-N",
             "ANNNNNN(N)", "NNNNNNNNNNNNNNNNNX", "NNNN NNNN NNNN")
_TAX = ("AAAAANNNNA", "NNNNNNNNN", "GB NNN NNNN NN", "DENNNNNNNNN", "FRNNNNNNNNNNN", "\\ATUNNNNNNNN", "IENNNNNNNA",
        "NLNNNNNNNNNBNN", "NN NNN NNN NNN", "NN-NNNNNNN", "AAAANNNNNNAAN", "CHE-NNN.NNN.NNN")
_PASSPORTS = ("ANNNNNNNN", "AANNNNNNN", "NNNNNNNNN", "AXXXXXXXX", "ENNNNNNNN", "NNAANNNNN")
_LICENCES = ("AAAAANNNNNNAANAA", "ANNNN-NNNNN-NNNNN", "NNNNNNNN", "AANN NNNNNNNNNNN", "A NNN AAA NAN", "ANNN-NNN-NN-NNN")
_PLATES = ("AA-NNN-AA", "NN AN NNNN", "AA-NN-AA", "AAA-NNNN", "NAA NNNN", "AA NN NNN", "NNN-A-NNNNN", "AAA NNNN",
           "AAA-NNN-A", "AA NNN AA", "AAANANN", "NN AAA NNN", "NN-AAA-N", "AAA NNNN A", "AAA NNNA")
_IBAN_SHAPES = {"GE": "AANNNNNNNNNNNNNNNN", "PT": "NNNNNNNNNNNNNNNNNNNNN", "GR": "NNNNNNNNNNNNNNNNNNNNNNNNN",
                "CZ": "NNNNNNNNNNNNNNNNNNNN", "DK": "NNNNNNNNNNNNNN", "IE": "AAAANNNNNNNNNNNNNN",
                "TR": "NNNNNNNNNNNNNNNNNNNNNN", "AE": "NNNNNNNNNNNNNNNNNNN", "IL": "NNNNNNNNNNNNNNNNNNN",
                "EG": "NNNNNNNNNNNNNNNNNNNNNNNNN", "NO": "NNNNNNNNNNN", "FI": "NNNNNNNNNNNNNN"}
_OTHER_IDS: dict[str, tuple[str, ...]] = {
    "order": ("#AXXXXX", "ORD-202N-NNNNN", "NNN-NNNNNNN-NNNNNNN", "AA-NNNNN-A", "NNNNNNNNNN"),
    "tracking": ("1ZXXXXXXXXXXXXXXXX", "AANNNNNNNNNAA", "JDNNNNNNNNNNNNNNNNNN", "NNNN NNNN NNNN NNNN NNNN NN"),
    "member": ("GYM-NNNNN", "M-202N-NNNN", "CLUB/NNNN", "ANNNNNNN", "NNNNNN-AA"),
    "booking": ("XXXXXX", "BKG-NNNNN", "AANNNN"), "invoice": ("I\\NV-202N-NNNN", "F202N/NNNNN", "NNNNN/202N"),
    "account": ("NNNN-NNNNNN-N", "CUST-NNNNNN", "NNNNNNNNNN", "\\AC NNN NNN NNN"),
    "case": ("TS-202N-NNNNN", "RPT-NNNNNN", "NNNN/AA/202N", "C\\ASE#NNNNN"),
    "participant": ("NNN-NNNN", "SUBJ-NN-NNN", "A-NNN-NN", "SCR-NNNN"),
}
#: Identifier kinds (template slot ``{idN.kind}``) and their reported subtype.
ID_SUBTYPES = {"natid": "national", "tax": "tax", "passport": "passport", "licence": "licence", "plate": "plate",
                "vin": "vin", "iban": "iban", "imei": "device", "iccid": "device", **{k: k for k in _OTHER_IDS}}


def _iban(rng: random.Random, country: str) -> str:
    return with_iban_check(country, _fill(rng, _IBAN_SHAPES[country]))


# --------------------------------------------------------------------------------------------
# Dates and organisations
# --------------------------------------------------------------------------------------------

DATE_STYLES = ("d/m/Y", "m/d/Y", "d.m.Y", "Y-m-d", "d-m-Y", "d/m/y", "Y/m/d", "d Month Y", "Month d, Y", "d Mon Y",
                "Mon d", "d Month", "Wkd d Month", "the dth of Month", "dth Month Y", "Mon 'y", "Month Y", "d-Mon-y",
                "Wkd d/m", "d.m.")


def format_date(d: date, style: str) -> str:
    month, mon, y2 = MONTHS[d.month - 1], MONTHS[d.month - 1][:3], f"{d.year % 100:02d}"
    return {
        "d/m/Y": f"{d.day:02d}/{d.month:02d}/{d.year}", "m/d/Y": f"{d.month}/{d.day}/{d.year}",
        "d.m.Y": f"{d.day}.{d.month:02d}.{d.year}", "Y-m-d": d.isoformat(), "d-m-Y": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "d/m/y": f"{d.day}/{d.month}/{y2}", "Y/m/d": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "d Month Y": f"{d.day} {month} {d.year}", "Month d, Y": f"{month} {d.day}, {d.year}",
        "d Mon Y": f"{d.day} {mon} {d.year}", "Mon d": f"{mon} {d.day}", "d Month": f"{d.day} {month}",
        "Wkd d Month": f"{WEEKDAYS[d.weekday()]} {d.day} {month}", "the dth of Month": f"the {ordinal(d.day)} of {month}",
        "dth Month Y": f"{ordinal(d.day)} {month} {d.year}", "Mon 'y": f"{mon} '{y2}", "Month Y": f"{month} {d.year}",
        "d-Mon-y": f"{d.day:02d}-{mon}-{y2}", "Wkd d/m": f"{WEEKDAYS[d.weekday()][:3]} {d.day}/{d.month}",
        "d.m.": f"{d.day}.{d.month}.",
    }[style]


_SYLLABLES = ("ka", "lo", "ri", "ven", "mar", "zu", "tel", "an", "os", "qui", "dra", "nel", "sy", "bo", "fen", "ix",
              "tor", "lum", "ae", "vo", "sen", "ra", "po", "lin", "ga", "mi", "ther", "ul", "cor", "da")
ORG_FORMS: dict[str, tuple[str, ...]] = {
    "gym": ("{B} Fitness", "{T} Boxing Club", "CrossFit {B}", "{L}'s Gym", "{B} Climbing Wall", "Studio {B} Pilates"),
    "club": ("{T} Rovers FC", "{T} Chess Club", "{B} Running Collective", "{T} Rowing Club", "{L} Cricket Club"),
    "venue": ("The {B} Rooms", "{L} Hall", "Villa {L}", "{B} Gardens Events", "Quinta do {L}", "{T} Boathouse"),
    "garage": ("{L} Motors", "{T} Auto Repairs", "{B} Car Rental", "Garage {L}", "{B} Tyres & Exhausts"),
    "courier": ("{B} Express", "{B}Drop Couriers", "{T} Same-Day Delivery", "{L} Freight Forwarding"),
    "shop": ("{B} Vintage", "{L} & Daughters Ceramics", "Studio {B}", "{B} Plant Co.", "{T} Bike Kitchen"),
    "clinic": ("{T} Birth Centre", "{L} Midwifery Practice", "{B} Women's Health", "{T} Family Medicine"),
    "school": ("{T} International School", "{L} Academy", "Colegio {L}", "{T} Polytechnic", "{B} Montessori"),
    "employer": ("{B} Analytics", "{L} Freight Ltd", "{B} Systems Pvt Ltd", "{B} Labs", "{T} Textiles S.A.", "{B}",
                 "{L} & {L2} Consulting", "{B} Robotics GmbH"),
    "charity": ("{T} Food Bank", "{B} Foundation", "Hope for {T}", "{T} Refugee Welcome", "{B} Trust"),
    "site": ("{T} Clinical Research Unit", "{L} Research Institute", "{B} CRO", "{T} Trials Centre"),
    "telecom": ("{B} Mobile", "{B}Net", "{T} Broadband Co-op", "{B} Telecom"),
}


def brand(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 2, 3)))).capitalize()


# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------


class ValuesV4:
    """Draws private values with the per-document RNG ``rng``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def person(self, gender: str) -> PersonV4:
        rng = self.rng
        pick = rng.random()
        female = gender == "f"
        if pick < 0.42:
            key = rng.choice(tuple(_HAND_NAMES))
            f_names, m_names, surnames = _HAND_NAMES[key]
            first = rng.choice((f_names if female else m_names).split())
            last = rng.choice(surnames.split()).replace("_", " ")
            if key == "ms" and last.startswith("bin ") and female:
                last = "binti " + last[4:]
            return PersonV4(first, last, gender, f"hand:{key}")
        if pick < 0.72:
            loc = rng.choice(_TRANSLIT_LOCALES)
            fk = _fakers().get(loc, rng)
            raw_first = fk.first_name_female() if female else fk.first_name_male()
            raw_last = fk.last_name()
            if loc == "ko_KR":
                hyphen = rng.random() < 0.5
                first = _hangul(raw_first, hyphen=hyphen)
                last = _KO_SURNAMES.get(raw_last) or _hangul(raw_last, hyphen=False)
            else:
                first, last = _translit(raw_first.split()[0], loc), _translit(raw_last.split()[0], loc)
            if len(first) < 2 or len(last) < 2:
                return self.person(gender)
            return PersonV4(first, last, gender, f"faker-translit:{loc}")
        loc = rng.choice(_LATIN_LOCALES)
        fk = _fakers().get(loc, rng)
        last = str(fk.last_name()).strip().split()[-1]
        if pick < 0.93:
            first = str(fk.first_name_female() if female else fk.first_name_male()).strip().split()[0]
            return PersonV4(first, last, gender, f"faker:{loc}")
        return PersonV4(rng.choice(_WORD_NAMES[0 if female else 1].split()), last, gender, "hand:word-names")

    def username(self, p: PersonV4) -> str:
        rng = self.rng
        f, last = _ascii_token(p.first), _ascii_token(p.last.split()[-1])
        return rng.choice((f"{f}{last[:1]}", f"{f}.{last}", f"{f}_{rng.randrange(10, 99)}", f"{last}{f[:1]}{rng.randrange(1, 9)}",
                           f"the.{f}", f"{f}{rng.randrange(1985, 2008)}", f"{f[:3]}{last[:3]}", f"real{f}", f"{f}x{last}",
                           f"{brand(rng).lower()}{rng.randrange(10, 999)}"))  # fmt: skip

    def handle(self, p: PersonV4, platform: str) -> tuple[str, str]:
        """``(value, subtype)`` of a handle on ``platform``."""
        rng, user = self.rng, self.username(p)
        if platform == "at":
            return f"@{user}", "handle"
        if platform == "mast":
            return f"@{user}@{rng.choice(_MASTODON)}", "handle"
        if platform == "reddit":
            return f"u/{user.replace('.', '_')}", "handle"
        if platform == "discord":
            return rng.choice((user.lower(), f"{user.lower()}_", f"{user.lower()}.{rng.randrange(0, 99)}")), "handle"
        if platform == "gamer":
            return f"{rng.choice(_GAMER_WORDS)}{rng.choice(_GAMER_WORDS)}{rng.randrange(1, 99)}", "handle"
        if platform == "gh":
            return user.replace(".", "-").replace("_", "-").strip("-"), "handle"
        if platform == "snap":
            return f"{user}{rng.choice(('', '.x', '_22', '.ok'))}", "handle"
        if platform == "bsky":
            return f"{user.replace('_', '-')}.bsky.social", "handle"
        if platform == "tme":
            return f"t.me/{user.replace('.', '_')}", "url"
        if platform == "li":
            return (f"linkedin.com/in/{_ascii_token(p.first)}-{_ascii_token(p.last)}-{rng.getrandbits(24):06x}",
                    "url")
        raise ValueError(f"unknown platform {platform!r}")

    def email(self, p: PersonV4, domain: str | None) -> str:
        rng = self.rng
        f, last = _ascii_token(p.first), _ascii_token(p.last.split()[-1])
        local = rng.choice((f"{f}.{last}", f"{f[:1]}{last}", f"{f}{rng.randrange(10, 99)}", f"{last}.{f[:1]}",
                            f"{f}-{last}", f"{f}{last[:1]}"))
        return f"{local}@{domain or rng.choice(_FREE_MAIL)}"

    def org_domain(self, org: str) -> str:
        slug = _ascii(org.split()[0]) or _ascii(org) or "org"
        return f"{slug[:14]}.{self.rng.choice(_ORG_TLDS)}"

    def phone(self, layout: str, ext: str) -> str:
        return _fill(self.rng, layout) + (_fill(self.rng, ext) if ext else "")

    def org(self, kind: str, form: str) -> str:
        rng = self.rng
        p, q = self.person(rng.choice("fm")), self.person(rng.choice("fm"))
        country = rng.choice(V4_ADDRESS_COUNTRIES)
        town = rng.choice(TOWNS[country]).split("/")[0]
        town = re.sub(r"\s+(\d+|[NC])$", "", town)
        return form.format(B=brand(rng), T=town, L=p.last.split()[-1], L2=q.last.split()[-1])

    def ident(self, kind: str, variant: int) -> str:
        rng = self.rng
        if kind == "iban":
            country = tuple(_IBAN_SHAPES)[variant % len(_IBAN_SHAPES)]
            value = _iban(rng, country)
            return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if variant % 3 else value
        if kind == "vin":
            return str(_fakers().get("en_US", rng).vin())
        if kind == "imei":
            body = _fill(rng, "3NNNNNNNNNNNNN")
            return body + str(luhn_digit(body))
        if kind == "iccid":
            body = _fill(rng, "89NNNNNNNNNNNNNNNN")
            return body + str(luhn_digit(body))
        table = {"natid": _NATIONAL, "tax": _TAX, "passport": _PASSPORTS, "licence": _LICENCES,
                 "plate": _PLATES}.get(kind) or _OTHER_IDS[kind]
        return _fill(rng, table[variant % len(table)])
