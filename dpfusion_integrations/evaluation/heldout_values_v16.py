"""Value vocabularies and drawing rules of the sixteenth held-out tagging set (v16).

Written for v16 by an author who did not open the tagger (its code, rules, gazetteers, word lists or
tests), nor any tagger output or per-round profile on a held-out set. Every name is written here by
hand (:data:`V16_HAND_TRADITIONS`, mainstream and rarer traditions mixed, as a mixed workplace or clinic
has them); no name value is one of v1-v15's: the tests check that no token of them is in an earlier
set's hand-written lists, in the Faker name lists of any locale v1-v5 drew names from, or in a PERSON
mention of the frozen v1-v15 files. Faker is not used at all.

Addresses and phones of the countries those people live in (mainstream and rarer ones), in their own
street layouts, unit words, postcodes and phone groupings with extensions; identifiers of everyday
kinds (several with their check digits); dates in the styles everyday documents use; organisations of
v16's own kinds. What the set holds is described in its ``.meta.json`` only.

:class:`ValuesV16` reuses the generic drawing of v7's :class:`~dpfusion_integrations.evaluation.
heldout_values_v7.ValuesV7` (user names, handles, IP addresses) and replaces what is vocabulary. The
renderer and the set are in :mod:`~dpfusion_integrations.evaluation.heldout_v16`.
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
    "TEXT_STYLES", "TOWNS", "V16_ADDRESS_COUNTRIES", "V16_HAND_TRADITIONS", "V16_NAME_SOURCES",
    "V16_PHONE_COUNTRIES", "ValuesV16", "address_layouts", "address_lines", "format_date", "nhs_is_valid",
    "nickname", "pesel_is_valid", "sin_is_valid", "tckn_is_valid", "written_names",
]  # fmt: skip

# --------------------------------------------------------------------------------------------
# Names: (female given names, male given names, surnames). ``_`` joins the words of one name,
# ``f|m`` a surname written differently for women and men.
# --------------------------------------------------------------------------------------------

_NAMES: dict[str, tuple[str, str, str]] = {
    "english": ("Clemency Perpetua Jessamy Elspeth Hermione Cressida",
                "Peregrine Barnaby Crispin Jolyon Tarquin Lysander Ptolemy Benedick",
                "Pettifer Brackenbury Throssell Fettiplace Ruddlesden Scattergood Cruickshank Blenkinsop Gathercole Loxley Tredinnick Poskitt Ravenscroft Wigglesworth Huckerby Sidebottom Fothergill Maudsley"),
    "irish": ("Sadhbh Niamhin Eabha Bláthnaid Damhnait Líadan Ríonach",
              "Proinsias Feidhlim Tiarnán Dáithí Ruadhán Flann",
              "Ní_Dhomhnaill Uí_Chonaill Ní_Bhraonáin"),
    "scottish": ("Ishbel Morag Seonaid Eilidh",
                 "Ruaridh Murdo Uisdean Somhairle",
                 "MacIver Urquhart Gillanders Nicolson MacAulay Macrae Ogilvie Farquharson"),
    "welsh": ("Nerys Eluned Gwawr Llinos Siwan Gwerful",
              "Gruffydd Cynan Gethin Owain Iestyn Ieuan Deiniol",
              "Llewellyn Penry Prothero Prytherch Gittins Bellis Pumphrey Bowdler Treharne Probyn"),
    "spanish": ("Consolación Sagrario Covadonga Arántzazu",
                "Casimiro Gumersindo Nicasio",
                "Iturriaga Sagasta Arrizabalaga Olabarrieta Zurbano"),
    "mexican": ("Xóchitl Yatziri Nohemí Yolotl Tonantzin Xiadani",
                "Cuauhtémoc Nezahualcóyotl Abundio Rutilio Tenoch",
                "Tlacuilo Xicoténcatl Alcocer Tepatl Huitrón Ixtlahuac Mendieta Anzures"),
    "portuguese": ("Graça Glória Custódia Idalina Ermelinda",
                   "Belmiro Crispim Delfim Firmino",
                   "Sarmento Quaresma Meireles Gouveia Carvalhal Brandão Seabra"),
    "brazilian": ("Thaís Rosângela Luciene Cleonice",
                  "Claudionor Reginaldo Edvaldo Valdomiro Ademir Wellington",
                  "Bezerra Arruda Queiroz Bittencourt Damasceno Guimarães"),
    "italian": ("Immacolata Nunzia Ersilia",
                "Nazzareno Gerlando Settimio",
                "Scognamiglio Capuozzo Giordano D'Alessandro Lo_Presti Scarpellini Cacciapuoti Iannone"),
    "french": ("Sidonie Solenn Ombeline Ghislène",
               "Anatole Hippolyte Gontran Eudes Enguerrand",
               "Prud'homme Delacroix Castagnet Larrieu Peyrefitte Mazurier Lamarque"),
    "dutch": ("Joukje Aaltje Hendrikje Geertruida Wietske",
              "Sietse Ruurd Douwe Eelco",
              "van_Wijngaarden Schuitemaker Blokhuis de_Graaff Hoogeveen Kamphuis Terpstra Bosschaert Oudshoorn Zwanenburg Westerveld Veldkamp"),
    "polish": ("Bożena Grażyna Małgorzata Dobrosława Bronisława Zdzisława",
               "Mieczysław Sławomir Bolesław Czesław Jarogniew Lechosław Sambor Ziemowit Zbysław",
               "Szczepańska|Szczepański Brzęczyszczykiewicz Wróblewska|Wróblewski Chmielewska|Chmielewski Przybylska|Przybylski Gąsiorowska|Gąsiorowski Kaczmarczyk Pietrzak Żmuda Grzybowska|Grzybowski Sobieraj Kołodziej"),
    "ukrainian": ("Oksana Halyna Larysa Nadiya Solomiya Yaryna Myroslava Zoryana",
                  "Taras Myroslav Vsevolod Orest Levko Dmytro",
                  "Shevchuk Kovalchuk Tkachenko Hrytsenko Melnychuk Savchuk Ostapchuk Pylypenko Yatsenko Zabolotna|Zabolotnyi Kravets"),
    "russian": ("Yevdokiya Praskovya Agrafena Glafira Lyudmila Anfisa",
                "Gennady Innokenty Afanasy Svyatoslav Yefim Arkady",
                "Zvyagintseva|Zvyagintsev Lopukhina|Lopukhin Sheremeteva|Sheremetev Zhukovskaya|Zhukovsky Rozhdestvenskaya|Rozhdestvensky Pastukhova|Pastukhov"),
    "greek": ("Chrysoula Paraskevi Eleftheria Kalliopi Vasiliki Panagiota Stavroula",
              "Panagiotis Stylianos Spyridon Themistoklis Kyriakos",
              "Papadopoulou|Papadopoulos Karagiannopoulou|Karagiannopoulos Tsakalidou|Tsakalidis Mavrommati|Mavrommatis Kouroupi|Kouroupis Antonakopoulou|Antonakopoulos Vlachou|Vlachos Chatzidaki|Chatzidakis"),
    "turkish": ("Gülşen Şükran Nurhan Sevgül Dilek Feride Nesrin Aysun",
                "Oğuzhan Tuncay Sadettin Tayfun Ertuğrul Yiğit",
                "Karaosmanoğlu Kahraman Çelebi Kuşçu Bozkurt Eryılmaz Kocabıyık Gündoğdu Tekinalp"),
    "arabic": ("Rasha Suhair Hanan Rawan Lubna Ibtisam Sawsan",
               "Ghassan Wael Mazen Nizar Haitham Anwar Marwan",
               "Nassar Shalhoub Qabbani Tamimi Barghouti Khalidi Shammas Jabbour Daher"),
    "egyptian": ("Shaimaa Doaa Asmaa Yomna Rehab Nermeen Ghadeer",
                 "Hazem Tamer Ashraf Moataz Sameh",
                 "El-Sayed Abdel-Fattah Shehata Hegazy Fahmy Soliman Ghoneim El-Masry Zaghloul Shoukry"),
    "persian": ("Farnaz Nasrin Pegah Mahtab Shabnam Banafsheh Sepideh Mojgan Forough Haleh",
                "Kourosh Farhad Siamak Bijan Hormoz Manouchehr Parviz Ardeshir Nima",
                "Mirzaei Rostami Kazemi Nikpour Zand Mahdavi Esfandiari"),
    "chinese": ("Yufen Meiling Shuhua Lihua Cuiping Wanting Yuzhen",
                "Jianguo Zhiqiang Guoqing Weidong Haibo Dezhi Xiaoping",
                "Zhuge Ouyang Situ Shangguan Gongsun Huangfu Dongfang Yuwen Tantai Zhongli Linghu"),
    "cantonese": ("Yuet_Ngor Pik_Kei",
                  "Yiu_Cheong Shing_Fat Ho_Yin",
                  "Tse Yeung Chiu Fung Kwan Yuen Ngai Tsui Szeto Kwong Fok"),
    "korean": ("Seul-gi Na-rae",
               "Jae-hyun Dong-hyuk Byung-chul",
               "Hwang Gwak Baek Seong Eom Jang Pyo"),
    "japanese": ("Chiharu Fumiko Kanako Michiru Nozomi Sayaka Tomoe Wakana",
                 "Kazuhiro Noboru Shinnosuke Takumi Yoshiaki Ryunosuke Keisuke Tsuyoshi",
                 "Hasegawa Kobayakawa Tachibana Miyazawa Uchida Kurosawa Shimizu Funabashi Yokoyama Hirakawa Ogasawara"),
    "vietnamese": ("Thu_Trang Thúy_Hằng Hoài_Thương",
                   "Đức_Thắng Văn_Hùng Hữu_Phước Khánh_Duy",
                   "Huỳnh Phan Quách Trịnh Lương Thái Lưu Mạc"),
    "filipino": ("Divina Mylene Luzviminda",
                 "Jojo Efren Rommel Arnel Jericho",
                 "Macapagal Panganiban Lacson Villafuerte Macaspac Sumulong Dimagiba Tuazon Mangubat Dalisay Lualhati"),
    "indonesian": ("Sulastri Suparmi Ningsih Wartini",
                   "Sugeng Suparman Sutrisno Bayu_Aji Subagyo",
                   "Kusumawardani Suryadi Hadiwijaya Kartasasmita Sumantri Notonegoro Widjojo Purbaya"),
    "thai": ("Wanida Pornthip Sudarat Ratana",
             "Somchai Prasert Kittisak Wichai Thanakorn",
             "Srisuk Rattanakul Wongsawat Thongchai Bunnag Sirisombat Phromma Kaewkla Saetang Jitpraphai Boonmee"),
    "hindi": ("Sunita Kamlesh Pushpa Rekha Manju Shakuntala Kusum",
              "Mahesh Dinesh Rakesh Satish Naresh Jitendra",
              "Chaturvedi Dwivedi Awasthi Bajpai"),
    "tamil": ("Vasuki Poongodi Ilavarasi",
              "Senthilkumar Thirunavukkarasu Palaniappan Kathiresan Elangovan Sivakumar",
              "Chidambaram Annamalai Karuppiah Muthusamy Veerappan Periasamy"),
    "bengali": ("Moushumi Sharmistha Tanushree Anindita Sudeshna Madhumita Paromita",
                "Subhankar Debashish Anirban Partha Sourav Tapan Indranil",
                "Chattopadhyay Bandyopadhyay Bhattacharjee Bhowmick"),
    "punjabi": ("Jasleen Simranjeet Rupinder Harjeet Sukhjeet Gagandeep",
                "Harjinder Jaswant Rajinder Baljit Paramjit",
                "Aujla Kahlon Bhullar Khaira Pannu"),
    "pakistani": ("Rubina Shazia Uzma Saima Shabana",
                  "Shahid Javed Waqas Zulfiqar Naveed",
                  "Qureshi Butt Abbasi Niazi Khattak Durrani Gondal"),
    "nigerian": ("Oluwaseun Funmilayo Temitope Bukola Ebere Nkechi Ifeyinwa",
                 "Oluwadamilare Adebayo Ikechukwu Olumide Tunde",
                 "Oyelaran Olaniyan Akinwande Adebanjo Nwankwo Ogbonna Emenike Adewale Fashola Olatunji"),
    "ghanaian": ("Efua Ekua Adjoa Maame",
                 "Kobina Atta Yao",
                 "Agyeman Amoah Frimpong Adjei"),
    "somali": ("Faadumo Ubah Deeqa Nimco",
               "Cabdi Guuleed",
               "Cumar Jaamac Xirsi Cilmi Faarax Jimcaale Aadan Dhuux Muuse Gurey Xasan"),
    "ethiopian": ("Hirut Mekdes Tsion",
                  "Girma Yohannes Mulugeta",
                  "Gebremariam Assefa Tefera Lemma Abera Zewdie Tessema Yilma"),
    "swahili": ("Mwanaisha Tumaini Imani Subira",
                "Rajabu Shabani Mussa",
                "Kisanga Mrema Temba Swai Kileo"),
    "zulu": ("Zanele Nokuthula Ntombi",
             "Sipho Bongani Nkosinathi Thulani",
             "Zungu Buthelezi Cele Zondi"),
    "hungarian": ("Emőke Boróka Csenge Villő Bíborka",
                  "Lőrinc Kolos Vajk",
                  "Kovácsné Kálmánné Csizmadia Vámos Kántor"),
    "swedish": ("Gullvi Sigbritt",
                "Halvard Sölve Gudmar",
                "Nyqvist Gyllenhammar Hällström Strömqvist Tegnér"),
    "maori": ("Wairua Pania Rongo",
              "Hone Tāne Māui",
              "Te_Whare Tawhiri Pomare Rewiti Waaka Kereama Tuhiwai Paewai"),
    "samoan": ("Sefulu Malama Seini Sieni Tauese",
               "Pita Vaelua",
               "Fa'alogo Aumua Soliai Matagi Tuala Toleafoa Leiataua"),
    "haitian": ("Guerline Ketly Mirlène Sherlie Fedeline",
                "Wilner Ricot Frantz Jocelerme Wilfrid",
                "Désir Dorvil Baptichon Métellus Jeune"),
    "jamaican": ("Shereen Sharmaine Novelette Hyacinth",
                 "Delroy Lascelles Winston Clovis",
                 "Gayle Ricketts Samuels Stennett Wint Lindo Beckford Dacres Hylton"),
    "armenian": ("Nune Srbuhi",
                 "Tigran Aram Grigor Khachatur",
                 "Babajanyan Tumanyan Karapetyan Gasparyan"),
    "nepali": ("Sushila Anjana Durga_Kumari",
               "Bishnu Dipendra Ramchandra",
               "Dahal Koirala Subedi"),
    "sinhala": ("Nirmala Dilani Anoma Sandamali Ishara",
                "Sanath Upul Kumara",
                "Gunasekara Rajapaksa Ekanayake Herath"),
    "kurdish": ("Berivan Jiyan Avin",
                "Rebwar Sherko Dilshad Hozan",
                "Barzani Talabani Jaff Dizayee Mukri Bradosti"),
    "albanian": ("Valbona Fatbardha",
                 "Ylli Skënder",
                 "Rugova Marku Zogaj Bajraktari Tahiri Ymeri"),
    "malay": ("Rohana Zaleha Faridah",
              "Azman Anuar Zulkifli Rosli Hishamuddin Fadzil",
              "bin_Othman Hashim Baharom Jusoh Awang"),
    "quechua": ("Sisa Urpi",
                "Waman Rumi Illapa",
                "Ccapa Huallpa Achahui Ttito Cusipaucar"),
}

#: Traditions whose surnames are sometimes doubled (a hyphen or a space between the two).
_DOUBLE = {"english": "-", "spanish": " ", "mexican": " ", "portuguese": " ", "brazilian": " ", "french": "-",
           "dutch": "-", "polish": "-"}
V16_HAND_TRADITIONS = tuple(_NAMES)
#: Every name source, for the meta file.
V16_NAME_SOURCES = tuple(f"hand:{k}" for k in V16_HAND_TRADITIONS)


def written_names(table: dict[str, tuple[str, str, str]] | None = None) -> set[str]:
    """Every name a hand-written table can write; v16's by default (v7's helper, v16's table)."""
    return v7.written_names(_NAMES if table is None else table)


def nickname(first: str) -> str:
    """The clipped form a colleague calls someone by: the first word of the given name, cut after its
    fourth letter when it is longer than six."""
    word = first.split()[0].split("-")[0]
    return word[:4] if len(word) > 6 else word


# --------------------------------------------------------------------------------------------
# Phones (layouts of :func:`~dpfusion_integrations.evaluation.heldout_build.shape`)
# --------------------------------------------------------------------------------------------

PHONE_LAYOUTS: dict[str, tuple[str, ...]] = {
    "GB": ("07NNN NNNNNN", "+44 20 7NNN NNNN", "0161 NNN NNNN", "+44 (0)113 NNN NNNN"),
    "US": ("(NNN) 555-NNNN", "+1 312-NNN-NNNN", "NNN.NNN.NNNN"),
    "CA": ("(416) NNN-NNNN", "+1 604 NNN NNNN", "514-NNN-NNNN"),
    "IE": ("+353 87 NNN NNNN", "(01) NNN NNNN", "086 NNN NNNN"),
    "ES": ("+34 6NN NN NN NN", "91 NNN NN NN", "6NN NNN NNN"),
    "MX": ("+52 55 NNNN NNNN", "(33) NNNN-NNNN", "55 1NNN NNNN"),
    "BR": ("+55 11 9NNNN-NNNN", "(21) 9NNNN-NNNN", "(31) 3NNN-NNNN"),
    "FR": ("06 NN NN NN NN", "+33 1 NN NN NN NN", "07.NN.NN.NN.NN"),
    "NL": ("06-NNNNNNNN", "+31 20 NNN NNNN", "010 NNN NN NN"),
    "PL": ("+48 5NN NNN NNN", "22 NNN NN NN", "6NN-NNN-NNN"),
    "TR": ("+90 5NN NNN NN NN", "0 (212) NNN NN NN", "05NN NNN NN NN"),
    "AE": ("+971 50 NNN NNNN", "04 NNN NNNN", "+971 2 NNN NNNN"),
    "EG": ("+20 10 NNNN NNNN", "(02) NNNN NNNN", "012 NNNN NNNN"),
    "IN": ("+91 98NNN NNNNN", "022-NNNN NNNN", "0NNNNNNNNNN"),
    "PK": ("+92 300 NNNNNNN", "(042) NNNNNNN", "0321-NNNNNNN"),
    "CN": ("+86 138 NNNN NNNN", "(010) NNNN NNNN", "139-NNNN-NNNN"),
    "HK": ("+852 9NNN NNNN", "2NNN NNNN", "+852 6NNN NNNN"),
    "VN": ("+84 9N NNN NN NN", "09NN NNN NNN", "(028) NNNN NNNN"),
    "PH": ("+63 917 NNN NNNN", "0918-NNN-NNNN", "(02) 8NNN NNNN"),
    "NG": ("+234 803 NNN NNNN", "0806 NNN NNNN", "0909-NNN-NNNN"),
    "GH": ("+233 24 NNN NNNN", "020 NNN NNNN", "030 NNN NNNN"),
    "ZA": ("+27 82 NNN NNNN", "011 NNN NNNN", "07N NNN NNNN"),
    "AU": ("04NN NNN NNN", "+61 2 NNNN NNNN", "(03) NNNN NNNN"),
    "NZ": ("021 NNN NNNN", "+64 9 NNN NNNN", "(04) NNN NNNN"),
    "JM": ("(876) NNN-NNNN", "+1 876 9NN NNNN", "876-8NN-NNNN"),
    "AM": ("+374 91 NNNNNN", "(010) NN-NN-NN", "+374 77 NNN NNN"),
    "NP": ("+977 98NNNNNNNN", "01-4NNNNNN", "98NN-NNNNNN"),
    "LK": ("+94 77 NNN NNNN", "011 2NNN NNN", "07N NNNNNNN"),
}
V16_PHONE_COUNTRIES = tuple(PHONE_LAYOUTS)
EXTENSIONS = (" ext. NNN", " x NNNN", " (ext NN)", " Durchwahl NN", " poste NNN", " ext.NNNN", " #NNN")


# --------------------------------------------------------------------------------------------
# Addresses: (streets, towns, districts, postcode layout, line layouts); see ``address_parts``
# --------------------------------------------------------------------------------------------

_ADDRESS: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "GB": ("Cranbrook Road;Victoria Street;Mill Lane;Station Approach;Chapel Walk;Beech Grove;Moorside Crescent",
           "Leicester;Bradford;Sheffield;Norwich;Swindon;Luton;Stockport;Derby",
           "Hillsborough;Heaton;Belgrave;Crookes;Gorton", "AAN NAA",
           ("U:Flat {u}|S:{n} {s}/C:{t}|P:{pc}", "S:{n} {s}|D:{d}/C:{t}/P:{pc}")),
    "US": ("Maple Avenue;W 4th Street;Lincoln Blvd;Oak Ridge Drive;N Halsted St;Elm Street;Cedar Lane",
           "Columbus;Dayton;Akron;Toledo;Cincinnati;Canton;Youngstown",
           "", "\\O\\H 4NNNN",
           ("S:{n} {s}|U:Apt {u}/C:{t}|P:{pc}", "S:{n} {s}|U:Unit {u}B/C:{t}|P:{pc}")),
    "CA": ("Bloor Street West;rue Saint-Denis;Jasper Avenue;Portage Avenue;Main Street;Dundas Street East",
           "Toronto ON;Montréal QC;Edmonton AB;Winnipeg MB;Hamilton ON;Surrey BC",
           "", "ANA NAN",
           ("U:{u}-{n} {s}/C:{t}|P:{pc}", "S:{n} {s}|U:Suite {u}/C:{t} {pc}")),
    "IE": ("Ballymun Road;Main Street;Clonliffe Avenue;Grattan Street;Ashgrove Park;Church View",
           "Dublin 9;Cork;Limerick;Galway;Tralee;Navan;Athlone", "Drumcondra;Ballyphehane;Knocknacarra;Glasnevin",
           "ANN XXXX",
           ("S:{n} {s}|D:{d}/C:{t}|P:{pc}", "U:Apt {u}|B:{B} House|S:{s}/C:{t}|P:{pc}")),
    "ES": ("Calle de Alcalá;Avenida del Puerto;Calle Mayor;Paseo de Gracia;Calle San Vicente Mártir;Calle Real",
           "Madrid;Valencia;Sevilla;Zaragoza;Málaga;Bilbao;Alicante", "Ruzafa;Triana;Chamberí;Delicias", "NNNNN",
           ("S:{s}|S:{n}|U:{u}.º B/P:{pc} {t}", "S:{s} {n}|U:esc. izq.|U:{u}.º/P:{pc} {t}")),
    "MX": ("Av. Insurgentes Sur;Calle Hidalgo;Av. Juárez;Calle Morelos;Blvd. Adolfo López Mateos;Calle Zaragoza",
           "Ciudad de México;Guadalajara;Puebla;Monterrey;Querétaro;Mérida;León",
           "Col. Roma Norte;Col. Del Valle;Col. Centro;Col. Americana", "0NNNN",
           ("S:{s} {n}|U:Int. {u}/D:{d}/P:{pc}|C:{t}", "S:{s} No. {n}|D:{d}/C:{t}|P:{pc}")),
    "BR": ("Rua Augusta;Avenida Paulista;Rua das Flores;Rua Sete de Setembro;Avenida Brasil;Rua XV de Novembro",
           "São Paulo;Rio de Janeiro;Belo Horizonte;Curitiba;Recife;Salvador;Fortaleza",
           "Bela Vista;Boa Viagem;Savassi;Batel;Pinheiros", "NNNNN-NNN",
           ("S:{s}|S:{n}|U:apto {u}/D:{d}|C:{t}/P:{pc}", "S:{s}|S:{n}|D:{d}/C:{t}|P:{pc}")),
    "FR": ("rue de la Paix;avenue Jean Jaurès;boulevard Voltaire;rue des Lilas;allée des Tilleuls;rue Victor Hugo",
           "Lyon;Toulouse;Nantes;Lille;Rennes;Montpellier;Strasbourg", "Croix-Rousse;Saint-Cyprien;Wazemmes", "NNNNN",
           ("S:{n} {s}/P:{pc} {t}", "B:Bât. {B}|U:appt {u}/S:{n} {s}/P:{pc} {t}")),
    "NL": ("Kerkstraat;Dorpsweg;Burgemeester de Vlugtlaan;Prinsengracht;Molenweg;Lindenlaan",
           "Utrecht;Eindhoven;Groningen;Tilburg;Zwolle;Haarlem;Leiden", "", "NNNN AA",
           ("S:{s} {n}-{u}/P:{pc} {t}", "S:{s} {n}/P:{pc}|C:{t}")),
    "PL": ("ul. Marszałkowska;ul. Długa;al. Jana Pawła II;ul. Piotrkowska;ul. Kwiatowa;os. Tysiąclecia",
           "Warszawa;Kraków;Łódź;Wrocław;Poznań;Gdańsk;Lublin", "Mokotów;Podgórze;Bałuty;Krzyki", "NN-NNN",
           ("S:{s} {n}/{u}/P:{pc} {t}", "S:{s} {n} m. {u}|D:{d}/P:{pc} {t}")),
    "TR": ("Atatürk Cad.;Cumhuriyet Mah.;İstiklal Cad.;Gazi Mustafa Kemal Blv.;Bağdat Cad.",
           "İstanbul;Ankara;İzmir;Bursa;Antalya;Konya", "Kadıköy;Çankaya;Karşıyaka;Nilüfer", "NNNNN",
           ("S:{s} No:{n}|U:Daire {u}/D:{d}|C:{t}|P:{pc}", "S:{s} No:{n}/{u}/P:{pc} {d}/C:{t}")),
    "AE": ("Sheikh Zayed Road;Al Wasl Road;Hamdan Street;Al Khail Road;Corniche Road",
           "Dubai;Abu Dhabi;Sharjah;Ajman;Al Ain", "Al Barsha;Jumeirah;Al Nahda;Al Qusais", "",
           ("U:Apt {u}0{n}|B:{B} Tower|S:{s}/D:{d}/C:{t}", "S:P.O. Box {box}/C:{t}")),
    "EG": ("Tahrir Street;26th of July Street;Abbas El Akkad Street;Gameat El Dewal Street;Corniche El Nil",
           "Cairo;Giza;Alexandria;Mansoura;Tanta", "Nasr City;Mohandessin;Dokki;Smouha;Heliopolis", "NNNNN",
           ("S:{n} {s}|U:Apt {u}/D:{d}|C:{t}", "B:Building {n}|S:{s}/D:{d}/C:{t}|P:{pc}")),
    "IN": ("MG Road;Linking Road;Anna Salai;Station Road;Nehru Nagar Main Road;Sector 21",
           "Mumbai;Bengaluru;Chennai;Pune;Lucknow;Kolkata;Jaipur",
           "Andheri West;Koramangala;T. Nagar;Salt Lake;Gomti Nagar", "NNNNNN",
           ("U:Flat {u}0{n}|B:{B} Apartments/S:{s}|D:{d}/C:{t} - {pc}", "B:H.No. {n}|S:{s}/D:{d}/C:{t}|P:{pc}")),
    "PK": ("Mall Road;Shahrah-e-Faisal;Jinnah Avenue;Ferozepur Road;University Road",
           "Lahore;Karachi;Islamabad;Rawalpindi;Faisalabad;Peshawar", "Gulberg III;DHA Phase 5;F-7/2;Model Town",
           "NNNNN",
           ("B:House {n}|S:Street {u}/D:{d}/C:{t}", "S:{n} {s}/D:{d}/C:{t}|P:{pc}")),
    "CN": ("中山路;人民大道;建国路;解放东路;淮海中路", "上海市;北京市;广州市;成都市;武汉市", "浦东新区;朝阳区;天河区;武侯区", "NNNNNN",
           ("C:{t}|D:{d}|S:{s}{n}号|U:{u}室", "P:{pc}|C:{t}|D:{d}|S:{s}{n}号")),
    "HK": ("Nathan Road;Queen's Road Central;King's Road;Hennessy Road;Castle Peak Road",
           "Kowloon;Hong Kong;Tsuen Wan;Sha Tin", "Mong Kok;Wan Chai;North Point;Yau Ma Tei", "",
           ("U:Flat {u}|U:12/F|B:{B} Mansion/S:{n} {s}/D:{d}|C:{t}", "U:Room {u}0{n}|B:{B} Building/S:{s}/C:{t}")),
    "VN": ("Đường Nguyễn Huệ;Phố Hàng Bạc;Đường Lê Lợi;Đường Trần Hưng Đạo;Đường Cách Mạng Tháng Tám",
           "TP. Hồ Chí Minh;Hà Nội;Đà Nẵng;Hải Phòng;Cần Thơ", "Quận 1;Quận Hoàn Kiếm;Quận Hải Châu;Quận 3", "",
           ("S:{n} {s}|D:{d}/C:{t}", "S:Số {n} {s}|D:{d}|C:{t}")),
    "PH": ("Rizal Avenue;Mabini Street;Ortigas Avenue;Katipunan Avenue;Osmeña Boulevard",
           "Quezon City;Makati City;Cebu City;Davao City;Pasig City", "Brgy. San Antonio;Brgy. Poblacion;Brgy. Lahug",
           "NNNN",
           ("U:Unit {u}|B:{B} Residences|S:{n} {s}/D:{d}/C:{t} {pc}", "S:{n} {s}|D:{d}/C:{t}")),
    "NG": ("Allen Avenue;Adeola Odeku Street;Ahmadu Bello Way;Awolowo Road;Herbert Macaulay Way",
           "Lagos;Ikeja;Abuja;Ibadan;Enugu;Port Harcourt", "Victoria Island;Surulere;Wuse II;Garki;Yaba", "NNNNNN",
           ("S:{n} {s}/D:{d}/C:{t}", "S:Plot {n}|S:{s}|D:{d}/C:{t}")),
    "GH": ("Oxford Street;Independence Avenue;Liberation Road;Ring Road Central",
           "Accra;Kumasi;Tema;Takoradi;Cape Coast", "Osu;East Legon;Adum;Dansoman", "\\G\\A-NNN-NNNN",
           ("S:{n} {s}|D:{d}/C:{t}|P:{pc}", "S:P.O. Box {box}/C:{t}")),
    "ZA": ("Jan Smuts Avenue;Long Street;Voortrekker Road;Florida Road;Church Street",
           "Johannesburg;Cape Town;Durban;Pretoria;Soweto;Gqeberha", "Parktown;Observatory;Morningside;Hatfield", "NNNN",
           ("S:{n} {s}|D:{d}/C:{t}|P:{pc}", "U:Unit {u}|B:{B} Court/S:{n} {s}/C:{t}|P:{pc}")),
    "AU": ("Smith Street;Sydney Road;Brunswick Street;Hay Street;Chapel Street;Anzac Parade",
           "Fitzroy VIC;Parramatta NSW;Fremantle WA;Toowong QLD;Glenelg SA", "", "NNNN",
           ("U:Unit {u}/S:{n} {s}/C:{t} {pc}", "S:{u}/{n} {s}/C:{t} {pc}")),
    "NZ": ("Queen Street;Cuba Street;Riccarton Road;Great North Road;George Street",
           "Auckland;Wellington;Christchurch;Dunedin;Hamilton", "Ponsonby;Te Aro;Riccarton;Mt Eden", "NNNN",
           ("S:{n} {s}|D:{d}/C:{t} {pc}", "U:Flat {u}|S:{n} {s}/D:{d}/C:{t} {pc}")),
    "JM": ("Constant Spring Road;Hope Road;Barbican Road;Red Hills Road;Old Hope Road",
           "Kingston;Montego Bay;Spanish Town;Mandeville;Ocho Rios", "Half Way Tree;Liguanea;New Kingston", "",
           ("S:{n} {s}/C:{t}", "U:Apt {u}|S:{n} {s}|D:{d}/C:{t}")),
    "AM": ("Abovyan St.;Mashtots Ave.;Tigran Mets Ave.;Komitas Ave.;Teryan St.",
           "Yerevan;Gyumri;Vanadzor;Abovyan", "Kentron;Arabkir;Ajapnyak", "00NN",
           ("S:{n} {s}|U:apt. {u}/C:{t}|P:{pc}", "S:{s} {n}/D:{d}|C:{t}")),
    "NP": ("Durbar Marg;Lazimpat;New Road;Jhamsikhel Marg;Lakeside Road",
           "Kathmandu;Lalitpur;Pokhara;Bhaktapur;Biratnagar", "Ward No. 4;Thamel;Baneshwor;Sanepa", "NNNNN",
           ("S:{s}|D:{d}/C:{t} {pc}", "B:House {n}|S:{s}/C:{t}")),
    "LK": ("Galle Road;Duplication Road;Kandy Road;Baseline Road;Havelock Road",
           "Colombo 03;Kandy;Dehiwala;Negombo;Jaffna", "Kollupitiya;Wellawatte;Nugegoda", "NNNNN",
           ("S:{n} {s}/D:{d}/C:{t}", "S:No. {n}/{u} {s}/C:{t}")),
}
V16_ADDRESS_COUNTRIES = tuple(_ADDRESS)
TOWNS = {c: tuple(dict.fromkeys(v[1].split(";"))) for c, v in _ADDRESS.items()}
_SUBTYPES = {"S": "street", "U": "unit", "B": "building", "D": "district", "C": "city", "P": "postcode"}
_BUILDING_WORDS = ("Rosewood", "Harbour", "Kingfisher", "Laurel", "Oakfield", "Palm", "Sunrise", "Hazel", "Orchid",
                   "Cedar")


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
    "ssn": ("NNN-NN-NNNN", "NNN NN NNNN"),
    "mrn": ("\\M\\R\\N NNNNNNN", "NNNNNNNN", "\\H\\N-NNN-NNN"),
    "ticket": ("\\I\\N\\C-NNNNNN", "#NNNNNN", "\\S\\R-NNNNN", "\\C\\S-NNNN-NN"),
    "policy": ("\\P\\O\\L-NNNNNNN", "AAA/NNNNNN/NN", "NNNNNNNNA"),
    "claim": ("\\C\\L-2YNN-NNNNN", "\\C\\L\\M NNNNNNN", "NNNN/NNNNNN"),
    "case": ("\\C\\A\\S\\E-NNNNN", "NN/NNNNN/2Y", "\\C\\R NNNNNN/2Y"),
    "crime": ("\\C\\R\\N NNNNNN/2Y", "NN/NNNNN/2Y", "\\I\\N\\C-2Y-NNNNN"),
    "account": ("NNNNNNNN", "NNNN NNNN NNNN", "NN-NNNN-NNNNNNN-NN", "NNN-NNNNNN-N"),
    "sortcode": ("NN-NN-NN NNNNNNNN", "NN-NN-NN / NNNNNNNN"),
    "card": ("**** **** **** NNNN", "NNNN NNNN NNNN NNNN", "XXXX-XXXX-XXXX-NNNN"),
    "booking": ("XXXXXX", "\\B\\K-NNNNNNN", "AAANNN"),
    "ticketno": ("NNN-NNNNNNNNNN", "NNN NNNNNNNNNN"),
    "plate": ("AANN AAA", "ANN-AAA", "NAAANNN", "AA NNNN", "AAA-NNNN", "AA-NNN-AA", "AA NN AA NNNN"),
    "staff": ("\\E\\M\\P-NNNNN", "NNNNNN", "\\H\\R NNNN", "\\P\\A\\Y-NNNNN"),
    "student": ("\\S\\T\\U-NNNNNN", "NNNNNNNN", "A8NNNNNNNNNNA"),
    "passport": ("NNNNNNNNN", "ANNNNNNN", "AANNNNNNN"),
    "rx": ("\\R\\X-NNNNNNN", "NNNNNNN-NN", "\\E\\T\\P NNNN-NNNN"),
    "tenancy": ("\\T\\E\\N/NNNN/2Y", "\\L\\E\\A\\S\\E-NNNNN", "\\D\\P\\S NNNNNNNN"),
    "payroll": ("\\P\\R-NNNNNN", "NNNNN-NN", "\\E\\N NNNNNN"),
    "taxcode": ("NNNN\\L", "\\K NNN", "NNN\\T", "\\S NNNN\\L"),
    "invoice": ("\\I\\N\\V-NNNNNN", "NNNNN/2Y", "\\F-2YNNNN"),
    "order": ("\\O\\R\\D-NNNNNNNN", "NNN-NNNNNNN-NNNNNNN", "#NNNNNNNN"),
    "serial": ("\\S\\N AANNNNNNN", "NNNN-NNNN-NNNN", "XXXXXXXXXXXX"),
    "application": ("\\A\\P\\P-NNNNNN", "\\R\\E\\Q NNNNN", "\\J\\O\\B-2Y-NNNN"),
    "member": ("\\L\\O\\Y NNNNNNNNN", "NNNN NNNN NNNN", "\\F\\F NNNNNNNN"),
    "txn": ("\\T\\X\\N NNNNNNNNNN", "XXXXXXXXXXXXXXXX", "\\R\\E\\F NNNNNNNNNN"),
    "aadhaar": ("NNNN NNNN NNNN",),
    "cnic": ("NNNNN-NNNNNNN-N",),
}
#: Identifier kinds (template slot ``{idN.kind}``) and their reported subtype.
ID_KINDS = {**{k: k for k in _ID_SHAPES}, "nhs": "national", "ssn": "national", "nino": "national",
            "pesel": "national", "tckn": "national", "sin": "national", "aadhaar": "national", "cnic": "national",
            "iban": "iban", "crime": "case", "ticketno": "ticket", "sortcode": "account", "mrn": "record",
            "rx": "record", "payroll": "staff", "taxcode": "tax", "txn": "transaction", "application": "case"}
_IBAN_BBAN = {"GB": "AAAANNNNNNNNNNNNNN", "ES": "NNNNNNNNNNNNNNNNNNNN", "PL": "NNNNNNNNNNNNNNNNNNNNNNNN",
              "TR": "NNNNN0NNNNNNNNNNNNNNNN", "AE": "NNNNNNNNNNNNNNNNNNN", "FR": "NNNNNNNNNNXXXXXXXXXXXNN"}


def nhs_is_valid(value: str) -> bool:
    """An NHS number ``NNN NNN NNNN``: weights 10..2 over the first nine digits, 11 minus the sum mod 11
    (11 writes 0; 10 is never issued)."""
    digits = value.replace(" ", "")
    if len(digits) != 10 or not digits.isdigit():
        return False
    check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(digits[:9])) % 11
    return (0 if check == 11 else check) == int(digits[9])


_PESEL_W = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)


def pesel_is_valid(value: str) -> bool:
    """A Polish PESEL: eleven digits, weights 1 3 7 9 repeated; the last makes the sum 0 mod 10."""
    if len(value) != 11 or not value.isdigit():
        return False
    total = sum(int(c) * w for c, w in zip(value[:10], _PESEL_W, strict=True))
    return (10 - total % 10) % 10 == int(value[10])


def _tckn_tail(nine: str) -> str:
    odd = sum(int(nine[i]) for i in range(0, 9, 2))
    even = sum(int(nine[i]) for i in range(1, 8, 2))
    tenth = (odd * 7 - even) % 10
    return f"{tenth}{(sum(int(c) for c in nine) + tenth) % 10}"


def tckn_is_valid(value: str) -> bool:
    """A Turkish identity number: eleven digits, no leading zero, the last two from the first nine."""
    return len(value) == 11 and value.isdigit() and value[0] != "0" and _tckn_tail(value[:9]) == value[9:]


def sin_is_valid(value: str) -> bool:
    """A Canadian social insurance number ``NNN NNN NNN`` with a Luhn check."""
    digits = value.replace(" ", "").replace("-", "")
    return len(digits) == 9 and digits.isdigit() and luhn_digit(digits[:8]) == int(digits[8])


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre")
_MONTHS_PL = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
              "października", "listopada", "grudnia")
_MONTHS_TR = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
              "Aralık")

#: Styles without month words.
NUMERIC_STYLES = ("dd/mm/Y", "m/d/Y", "Y-mm-dd", "dd.mm.Y", "d/m/yy", "Y/mm/dd")
#: Styles of a day within the year (no year written).
SHORT_STYLES = ("d Mon", "Mon d", "Wkd d/m", "dd/mm")
#: Styles in words.
TEXT_STYLES = ("d Month Y", "Month d, Y", "Weekday d Month Y", "dth Month Y", "d-Mon-Y", "d de mes de Y",
               "d miesiąca Y", "d Ay Y")
DATE_STYLES = NUMERIC_STYLES + SHORT_STYLES + TEXT_STYLES


def _th(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def format_date(d: date, style: str) -> str:
    """``d`` written in one of :data:`DATE_STYLES`."""
    i, w = d.month - 1, d.weekday()
    mon = MONTHS[i][:3]
    table = {
        "dd/mm/Y": f"{d.day:02d}/{d.month:02d}/{d.year}", "m/d/Y": f"{d.month}/{d.day}/{d.year}",
        "Y-mm-dd": f"{d.year}-{d.month:02d}-{d.day:02d}", "dd.mm.Y": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "d/m/yy": f"{d.day}/{d.month}/{d.year % 100:02d}", "Y/mm/dd": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "d Mon": f"{d.day} {mon}", "Mon d": f"{mon} {d.day}", "Wkd d/m": f"{WEEKDAYS[w][:3]} {d.day}/{d.month}",
        "dd/mm": f"{d.day:02d}/{d.month:02d}",
        "d Month Y": f"{d.day} {MONTHS[i]} {d.year}", "Month d, Y": f"{MONTHS[i]} {d.day}, {d.year}",
        "Weekday d Month Y": f"{WEEKDAYS[w]} {d.day} {MONTHS[i]} {d.year}",
        "dth Month Y": f"{_th(d.day)} {MONTHS[i]} {d.year}", "d-Mon-Y": f"{d.day:02d}-{mon}-{d.year}",
        "d de mes de Y": f"{d.day} de {_MONTHS_ES[i]} de {d.year}",
        "d miesiąca Y": f"{d.day} {_MONTHS_PL[i]} {d.year}", "d Ay Y": f"{d.day} {_MONTHS_TR[i]} {d.year}",
    }
    if style not in table:
        raise InvalidParameterError(f"unknown date style {style!r}")
    return table[style]


# --------------------------------------------------------------------------------------------
# Organisations: ``{B}`` an invented brand, ``{T}`` a town, ``{L}``/``{L2}`` surnames, ``{F}`` a given name
# --------------------------------------------------------------------------------------------

_BRAND_PARTS = ("al", "ver", "co", "len", "tri", "mar", "on", "vis", "sta", "pel", "ka", "dor", "ne", "bri", "lo",
                "quen", "ri", "sol", "ta", "fen", "mi", "rax", "de", "lum", "or", "pa", "zen", "ti", "var", "ex")
ORG_FORMS: dict[str, tuple[str, ...]] = {
    "surgery": ("{T} Medical Centre", "{L} Family Practice", "{B} Health Centre", "The {T} Surgery"),
    "hospital": ("{T} General Hospital", "{T} Royal Infirmary", "St {F}'s Hospital", "Hospital {B}",
                 "{T} University Hospital"),
    "pharmacy": ("{B} Pharmacy", "{L} Chemists", "Farmacia {B}", "{T} Late Night Pharmacy"),
    "employer": ("{B}", "{B} Ltd", "{B} Inc.", "{B} S.L.", "{B} GmbH", "{L} & {L2}", "{B} Group", "{B} Solutions",
                 "{B} Logistics"),
    "lawfirm": ("{L} & {L2} LLP", "{L} {L2} Solicitors", "{L} Legal", "Bufete {L}"),
    "insurer": ("{B} Insurance", "{B} Mutual", "{B} General", "Seguros {B}"),
    "bank": ("{B} Bank", "{T} Building Society", "{B} Credit Union", "Banco {B}"),
    "school": ("{T} Primary School", "{T} Academy", "St {F}'s Catholic School", "{B} High School",
               "{T} Community College"),
    "council": ("{T} City Council", "{T} Borough Council", "{T} County Social Services", "Ayuntamiento de {T}"),
    "police": ("{T} Police", "{T} Constabulary", "{T} Metropolitan Police Department"),
    "landlord": ("{B} Lettings", "{L} Property Management", "{B} Homes", "{T} Housing Association"),
    "airline": ("{B} Air", "{B} Airways", "{B} Travel", "{T} Holidays"),
    "hotel": ("Hotel {B}", "{B} Suites", "The {T} Grand", "{B} Inn"),
    "agency": ("{B} Recruitment", "{L} Talent Partners", "{B} Staffing", "{B} Careers"),
    "retailer": ("{B}", "{B} Electronics", "{B} Home", "{B} Online", "{B} Furniture"),
    "charity": ("{B} Trust", "{T} Family Support", "{B} Foundation", "{T} Carers' Centre"),
}


# --------------------------------------------------------------------------------------------
# Contacts
# --------------------------------------------------------------------------------------------

_FREE_MAIL = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "btinternet.com", "aol.com",
              "proton.me", "web.de", "orange.fr", "wp.pl", "interia.pl", "yandex.com", "rediffmail.com", "qq.com",
              "163.com", "yahoo.com.ph", "gmx.net", "live.ca", "bigpond.com", "xtra.co.nz", "hotmail.es",
              "uol.com.br", "libero.it", "mail.com")
_ORG_TLDS = ("co.uk", "com", "org", "net", "ie", "es", "com.mx", "com.br", "fr", "nl", "pl", "com.tr", "ae", "in",
             "pk", "cn", "hk", "vn", "ph", "ng", "com.gh", "co.za", "com.au", "co.nz", "nhs.uk", "org.uk", "io")
_INTERNAL = ("{s}.corp", "{s}.local", "mail.{s}.internal", "{s}.intra", "ad.{s}.lan")
_STOP = {"the", "of", "and", "de", "st", "hospital", "farmacia", "bufete", "seguros", "banco", "ayuntamiento", "hotel",
         "royal", "co"}


class ValuesV16(HandTableDrawing, v7.ValuesV7):
    """Draws v16's private values with the per-document RNG ``rng``; user names, handles and IP
    addresses are drawn as v7 draws them, from v16's names."""

    id_shapes, iban_bban = _ID_SHAPES, _IBAN_BBAN
    hand_traditions, hand_names, hand_doubled = V16_HAND_TRADITIONS, _NAMES, _DOUBLE
    domain_stop, domain_internal, domain_tlds = _STOP, _INTERNAL, _ORG_TLDS
    domain_split_hyphens = True
    org_towns, org_countries, brand_parts = TOWNS, V16_ADDRESS_COUNTRIES, _BRAND_PARTS

    # people --------------------------------------------------------------------------------
    def email(self, p: Person, domain: str | None) -> str:
        rng = self.rng
        f, last = name_token(p.first), name_token(p.last)
        local = rng.choice((f"{f}.{last}", f"{f[:1]}{last}", f"{f}{last[:1]}{rng.randrange(1, 99)}",
                            f"{last}.{f}", f"{f}_{last}{rng.randrange(70, 100)}", f"{f[:1]}.{last}", f"{f}"))
        return f"{local}@{domain or rng.choice(_FREE_MAIL)}"

    # identifiers --------------------------------------------------------------------------------
    def ident(self, kind: str, variant: int) -> str:
        """An identifier of ``kind``; ``variant`` (a structural fact) picks its layout."""
        rng = self.rng
        if kind == "iban":
            return self.iban(variant)
        if kind == "nhs":
            while True:
                nine = f"{rng.choice('4679')}{shape(rng, 'NNNNNNNN')}"
                check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(nine)) % 11
                if check != 10:
                    ten = nine + str(0 if check == 11 else check)
                    return f"{ten[:3]} {ten[3:6]} {ten[6:]}"
        if kind == "nino":
            letters = "ABCEGHJKLMNPRSTWXYZ"
            return f"{rng.choice(letters)}{rng.choice(letters)} {shape(rng, 'NN NN NN')} {rng.choice('ABCD')}"
        if kind == "pesel":
            d = self._birth(1950, 55)
            month = d.month + (20 if d.year >= 2000 else 0)
            ten = f"{d.year % 100:02d}{month:02d}{d.day:02d}{shape(rng, 'NNNN')}"
            total = sum(int(c) * w for c, w in zip(ten, _PESEL_W, strict=True))
            return ten + str((10 - total % 10) % 10)
        if kind == "tckn":
            nine = f"{rng.randrange(1, 10)}{shape(rng, 'NNNNNNNN')}"
            return nine + _tckn_tail(nine)
        if kind == "sin":
            eight = f"{rng.choice('12345679')}{shape(rng, 'NNNNNNN')}"
            nine = eight + str(luhn_digit(eight))
            return f"{nine[:3]} {nine[3:6]} {nine[6:]}"
        return self.shaped_id(kind, variant)

    def iban(self, variant: int) -> str:
        """An IBAN of v16's ``variant // 2``-th country, grouped by four for odd variants."""
        country = tuple(_IBAN_BBAN)[(variant // 2) % len(_IBAN_BBAN)]
        value = with_iban_check(country, shape(self.rng, _IBAN_BBAN[country]))
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if variant % 2 else value

    def id_variants(self, kind: str) -> int:
        """How many layouts ``kind`` has (the range of its structural ``variant``)."""
        if kind == "iban":
            return 2 * len(_IBAN_BBAN)
        if kind in ("nhs", "nino", "pesel", "tckn", "sin"):
            return 1
        if kind not in _ID_SHAPES:
            raise InvalidParameterError(f"unknown identifier kind {kind!r}")
        return len(_ID_SHAPES[kind])
