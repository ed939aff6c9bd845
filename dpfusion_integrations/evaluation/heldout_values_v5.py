"""Value vocabularies and drawing rules of the fifth held-out tagging set (v5).

Written for v5 by an author who did not read the tagger (its rules, gazetteers, word lists or tests):
naming traditions that no earlier set used, written here by hand (Afrikaans, Māori, Fijian, Luganda,
Luo, Kinyarwanda, Xhosa, Sesotho/Setswana, Irish with gendered particles, Levantine Arabic with
``al-``, Persian, Hebrew, Bengali, Punjabi, Telugu, Hmong, Lao, Burmese, Tibetan, Kazakh, Hong Kong
Cantonese, Javanese, Catalan, Faroese, Albanian, Maltese, Bosnian, Fula) plus a minority from Faker's
Latin-script locales; addresses of 31 countries none of v1-v4 wrote (Morocco to Fiji) in their own
layouts; phones of 36 countries; national, tax, passport and permit numbers, plates, IBANs of fifteen
countries with valid check digits, container numbers with their ISO 6346 check digit, air waybills
with their mod-7 check digit, microchips, prescription, ticket, work-order and case numbers; dates in
24 styles; organisation names of sixteen kinds, some without a kind word ("St Aroha's", "Ovantra").

:class:`ValuesV5` draws every value from one per-document RNG (Faker re-seeded from it), so a
document is reproducible from its seed. The renderer and the set are in
:mod:`~dpfusion_integrations.evaluation.heldout_v5`.
"""

from __future__ import annotations

import random
from datetime import date

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation.heldout import _ascii, _fakers
from dpfusion_integrations.evaluation.heldout_build import (
    MONTHS,
    WEEKDAYS,
    LayoutValues,
    Person,
    address_parts,
    fill_org_form,
    hand_name,
    iban_number,
    name_token,
    ordinal,
    shape,
)

__all__ = [
    "DATE_STYLES", "EXTENSIONS", "ID_KINDS", "ORG_FORMS", "PHONE_LAYOUTS", "TOWNS", "V5_ADDRESS_COUNTRIES",
    "V5_FAKER_LOCALES", "V5_HAND_TRADITIONS", "V5_NAME_SOURCES", "V5_PHONE_COUNTRIES", "PersonV5", "ValuesV5",
    "address_layouts", "address_lines", "container_check_digit", "format_date", "iban_is_valid", "shape",
]  # fmt: skip

# --------------------------------------------------------------------------------------------
# Names: (female given names, male given names, surnames). ``_`` joins the words of one name,
# ``f|m`` is a surname written differently for women and men.
# --------------------------------------------------------------------------------------------

_NAMES: dict[str, tuple[str, str, str]] = {
    "afrikaans": ("Anika Elmarie Marietjie Annelie Ilse Liezl Riana Zelda Sunette Carien",
                  "Riaan Pieter Wessel Jaco Hennie Gerrit Wikus Dirk Louw Schalk",
                  ("van_der_Merwe van_Wyk de_Villiers du_Plessis Janse_van_Rensburg Botha Steyn Coetzee "
                  "Pretorius Viljoen le_Roux Oosthuizen")),
    "maori": ("Aroha Ngaio Huia Kiri Anahera Hine Moana Maraea Whetu", ("Wiremu Rāwiri Tamati Hēmi Nikau Manaia "
              "Rangi Kahu Tipene"), "Ngata Parata Tamihana Te_Whata Hēnare Kingi Pōtae Tūrei Rapana Horomona"),
    "fijian": ("Mereoni Litia Unaisi Vasemaca Akanisi Losana Kelera", ("Waisake Seru Sakiusa Peceli Inoke Apenisa "
               "Maika"), "Tuilevuka Vunibaka Naivalu Ravuvu Nadolo Tabuya Volavola Tikoduadua Koroivuki Waqa"),
    "luganda": ("Nakato Babirye Nalwoga Namubiru Nansubuga Nakimuli", "Kato Wasswa Mukasa Kizito Ssekandi Lubega",
                "Ssemakula Mukiibi Kigozi Nsubuga Lwanga Kasozi Ssali Bbosa"),
    "luo": ("Achieng Awino Atieno Akinyi Adhiambo Anyango", "Otieno Odhiambo Okoth Ochieng Omondi Owino",
            "Onyango Ouma Okello Obura Oduor Achola Ogutu Ojwang"),
    "kinyarwanda": ("Uwase Ishimwe Umutoni Mukamana Ineza Keza", "Mugisha Niyonzima Hakizimana Manzi Gasana Iradukunda",
                    "Uwimana Habimana Niyonsaba Nsengiyumva Mukeshimana Twagirayezu Bizimana Ndayisaba"),
    "xhosa": ("Nomvula Siphokazi Thandeka Zintle Anele Noluthando Ayanda", ("Lwazi Mandla Themba Luvuyo Athenkosi "
              "Sizwe Mzwandile"), "Ntshona Mgqibelo Ngcukana Nqakula Mjekula Gqirana Mqhayi Tshangana"),
    "sotho": ("Palesa Lerato Mpho Dineo Boitumelo Refilwe Keitumetse", ("Thabo Tumelo Kagiso Lebohang Tshepo Kabelo "
              "Katlego"), "Mokoena Molefe Mofokeng Sebego Masilo Letsoalo Modise Motaung"),
    "irish": ("Aoife Caoimhe Saoirse Gráinne Niamh Clodagh Síofra Aisling", ("Cathal Donncha Oisín Tadhg Ruairí "
              "Fiachra Cormac Diarmuid"), ("Ní_Bhriain|Ó_Briain Nic_Giolla_Phádraig|Mac_Giolla_Phádraig "
              "Ní_Shúilleabháin|Ó_Súilleabháin Ní_Dhonnchadha|Ó_Donnchadha Nic_Cárthaigh|Mac_Cárthaigh "
              "Ní_Mhurchú|Ó_Murchú")),
    "levantine": ("Layla Rania Huda Lina Salma Nour Reem Hiba Ghada", ("Omar Khaled Tariq Yazan Hamza Ziad Fadi Rami "
                  "Bassel"), ("al-Masri al-Khatib Haddad Nasrallah al-Shamsi Barakat Abu_Zaid al-Qudah Khoury Sabbagh "
                  "el-Hajj")),
    "persian": ("Shirin Parisa Niloufar Golnaz Mahsa Setareh Azadeh Roya", ("Arash Kaveh Babak Siavash Kamran Dariush "
                "Pouya Behrouz"), ("Hosseini Rahimi Tehrani Farahani Moradi Ghorbani Jafari Sadeghi Amirkhani "
                "Mohammadzadeh Rezaei")),
    "hebrew": ("Noa Tamar Yael Shira Michal Hadas Ayelet", "Avishai Eitan Yonatan Itai Amit Nadav Omri Yuval",
               "Ben-David Mizrahi Peretz Biton Shapira Ben-Ami Dahan Azoulay Levinson"),
    "bengali": ("Tahmina Nusrat Farzana Sharmin Rumana Tasnim Ishrat", ("Rafiq Shafiqul Tanvir Mahbub Sohel Arif "
                "Mizanur"), "Chowdhury Rahman Hossain Talukder Bhuiyan Sarkar Majumder Mridha Siddique Khondaker"),
    "punjabi": ("Harpreet Simran Gurpreet Jaswinder Manjit Navneet Kirandeep", ("Harjit Gurdeep Jaspal Amandeep "
                "Balwinder Sukhwinder Parminder"), ("Sandhu Dhillon Grewal Gill Sidhu Brar Bains Randhawa Cheema "
                "Kaur_Dhaliwal|Singh_Dhaliwal Kaur_Sekhon|Singh_Sekhon")),
    "telugu": ("Sravani Lavanya Keerthi Sirisha Haritha Mounika", "Srinivas Venkatesh Chaitanya Naveen Praveen Harsha",
               "Reddy Naidu Chowdary Varma Gollapudi Kondapalli Nallamothu Pothineni Yarlagadda"),
    "hmong": ("Maiv Nou Yer Chue Kia Paj", "Tou Kou Ger Txheng Pao Fue", "Vang Xiong Thao Moua Her Lor Vue Khang Hang"),
    "lao": ("Khamla Vilayphone Manivone Phonesavanh Chanthala Souphaphone", ("Bounmy Somphone Khamphet Vanhxay "
            "Soulivong Thongsavath"), ("Sisouphanh Phommachanh Inthavong Keomany Sayavong Vongsay Luangrath "
            "Chanthavong")),
    "burmese": ("Thiri Hnin Khin Nandar Yamin Thuzar", "Aung Zaw Kyaw Htet Thura Naing", ("Phyu Mon Myat_Noe Htun "
                "Lwin Oo Win_Htut Thant Moe")),
    "tibetan": ("Pema Dolma Yangchen Lhamo Dechen Kunsang", "Tenzin Norbu Sonam Dawa Jampa Lobsang", ("Dolkar "
                "Wangmo Gyatso Namgyal Dorje Tashi Choedon Phuntsok")),
    "kazakh": ("Aigerim Zhanar Gulnara Assel Madina Saule", "Nurlan Yerlan Dauren Askar Aibek Bauyrzhan",
               ("Abenova|Abenov Zhaksybekova|Zhaksybekov Seitkali|Seitkali Nurpeisova|Nurpeisov "
               "Tokhtarova|Tokhtarov Kassymova|Kassymov Baimukhanova|Baimukhanov")),
    "cantonese": ("Wing-yan Ka-yee Hoi-ting Mei-ling Suet-ying Pui-shan", ("Tai-man Siu-ming Ka-lok Chi-keung "
                  "Wai-kit Chun-hei"), "Chan Wong Cheung Lau Leung Kwok Yip Tsang Mak Chow"),
    "javanese": ("Sri Dewi Wulan Ratna Endang Rini Tuti", "Budi Agus Bambang Joko Hadi Eko Dwi",
                 "Santoso Wibowo Susanto Prasetyo Hartono Setiawan Nugroho Purnomo Kurniawan"),
    "catalan": ("Núria Montserrat Mireia Laia Meritxell Queralt Roser", "Jordi Oriol Arnau Xavier Pol Quim Joan",
                "Vilaseca Puig Roig Ferrer Soler Casals Batlle Vidal Bosch Riera Casademont Serra"),
    "faroese": ("Marjun Rannvá Sunneva Guðrun Bjørk Ásla", "Sjúrður Rókur Bárður Jógvan Heðin Tróndur Eyðun",
                "Joensen Poulsen Dam Johannesen Mikkelsen Ellefsen Niclasen Petersen Hammershaimb"),
    "albanian": ("Arta Blerina Drita Elira Mimoza Teuta Vjosa", "Arben Besnik Dritan Endrit Gëzim Ilir Luan",
                 "Hoxha Krasniqi Berisha Gashi Shehu Kelmendi Dervishi Leka Rexhepi"),
    "maltese": ("Marija Rita Antonella Rebekka Graziella Ġorġina", "Ġorġ Ġużeppi Kristjan Pawlu Ċensu Wistin",
                "Borg Camilleri Vella Farrugia Zammit Galea Grech Spiteri Abela Micallef"),
    "bosnian": ("Amra Lejla Emina Ajla Selma Dženana Nermina", "Adnan Emir Haris Kenan Dženan Mirza Tarik",
                "Hadžić Hodžić Begović Mehmedović Kovačević Delić Salihović Jusufović Alić"),
    "fula": ("Aissatou Mariama Hawa Fatoumata Kadiatou Ramatoulaye", ("Thierno Souleymane Idrissa Saidou Oumarou "
             "Abdoulaye"), "Diallo Barry Bah Baldé Jalloh Sidibé Bâ Sangaré"),
}
#: Traditions whose surnames are sometimes doubled with a hyphen (and Catalan's ``i``).
_DOUBLE = {"afrikaans": "-", "hebrew": "-", "maltese": "-", "faroese": "-", "albanian": "-", "catalan": " i "}
#: Faker's Latin-script locales with their own name lists (a minority of v5's names).
V5_FAKER_LOCALES = ("fr_CA", "de_CH", "pl_PL", "hr_HR", "lv_LV", "ro_RO", "tr_TR", "vi_VN", "pt_BR", "es_CL",
                    "nl_BE", "hu_HU", "sk_SK", "fi_FI")
V5_HAND_TRADITIONS = tuple(_NAMES)
#: Every name source, for the meta file.
V5_NAME_SOURCES = tuple(f"hand:{k}" for k in V5_HAND_TRADITIONS) + tuple(f"faker:{x}" for x in V5_FAKER_LOCALES)


class PersonV5(Person):
    """A person's name parts; ``last`` may hold particles (``van der``, ``al-``, ``Ní``) or two surnames."""


# --------------------------------------------------------------------------------------------
# Phones (layouts of :func:`~dpfusion_integrations.evaluation.heldout_build.shape`)
# --------------------------------------------------------------------------------------------

PHONE_LAYOUTS: dict[str, tuple[str, ...]] = {
    "MA": ("+212 6NN-NNNNNN", "06NN NN NN NN", "+212 5NN NN NN NN"),
    "EG": ("+20 10 NNNN NNNN", "012 NNNN NNNN", "+20 2 NNNN NNNN"),
    "JO": ("+962 7 NNNN NNNN", "07N NNN NNNN", "+962 6 NNN NNNN"),
    "PK": ("+92 3NN NNN NNNN", "03NN NNNNNNN", "(051) NNN NNNN"),
    "BD": ("+880 17NN-NNNNNN", "017NN NNNNNN", "+880 2 NNNN NNNN"),
    "LK": ("+94 7N NNN NNNN", "07N-NNN NNNN", "011 2NN NNNN"),
    "VN": ("+84 90N NNN NNN", "090N NNN NNN", "(028) 38NN NNNN"),
    "TH": ("+66 (0) 8N NNN NNNN", "08N NNN NNNN", "02-NNN-NNNN"),
    "MY": ("+60 1N-NNN NNNN", "01N-NNNNNNN", "+60 3-NNNN NNNN"),
    "ID": ("+62 812-NNNN-NNNN", "0812 NNNN NNNN", "(021) NNNN NNNN"),
    "TW": ("+886 9NN NNN NNN", "09NN-NNN-NNN", "(02) 2NNN-NNNN"),
    "UA": ("+380 (NN) NNN NN NN", "+380 67 NNN NNNN", "0NN NNN NN NN"),
    "RS": ("+381 6N NNN NNNN", "06N/NNN-NNNN", "011 NNN NNNN"),
    "HR": ("+385 9N NNN NNNN", "09N NNN NNNN", "01 NNNN NNN"),
    "SI": ("+386 NN NNN NNN", "0NN NNN NNN"),
    "LT": ("+370 6NN NNNNN", "8 6NN NNNNN", "+370 5 NNN NNNN"),
    "IS": ("+354 NNN NNNN", "NNN-NNNN", "+354NNNNNNN"),
    "LU": ("+352 6N1 NNN NNN", "+352 NN NN NN", "6N1 NNN NNN"),
    "MT": ("+356 79NN NNNN", "+356 21NN NNNN", "99NN NNNN"),
    "CY": ("+357 9N NNNNNN", "22 NNNNNN", "+357-99-NNNNNN"),
    "CO": ("+57 3NN NNN NNNN", "(601) NNN NNNN", "3NN-NNN-NNNN"),
    "PE": ("+51 9NN NNN NNN", "(01) NNN-NNNN", "9NN-NNN-NNN"),
    "UY": ("+598 9N NNN NNN", "09N NNN NNN", "2NNN NNNN"),
    "GH": ("+233 2N NNN NNNN", "02N NNN NNNN", "+233 (0)5N NNN NNNN"),
    "TZ": ("+255 7NN NNN NNN", "07NN NNN NNN"),
    "UG": ("+256 7NN NNNNNN", "07NN NNNNNN", "+256 (0) 41 NNN NNNN"),
    "RW": ("+250 78N NNN NNN", "078N NNN NNN"),
    "SN": ("+221 7N NNN NN NN", "7N NNN NN NN", "33 8NN NN NN"),
    "FJ": ("+679 NNN NNNN", "(679) 9NN NNNN"),
    "KZ": ("+7 7NN NNN NN NN", "8 (7NN) NNN-NN-NN", "+7 (727) NNN-NN-NN"),
    "AL": ("+355 6N NNN NNNN", "06N NNN NNNN", "04 2NN NNNN"),
    "QA": ("+974 NNNN NNNN", "+974-3NNN-NNNN"),
    "GB": ("07NNN NNN NNN", "+44 7NNN NNNNNN", "020 NNNN NNNN"),
    "AU": ("04NN NNN NNN", "+61 4NN NNN NNN", "(02) NNNN NNNN"),
    "CA": ("(NNN) NNN-NNNN", "+1 NNN-NNN-NNNN"),
    "NZ": ("021 NNN NNNN", "+64 21 NNN NNNN", "(09) NNN NNNN"),
}
V5_PHONE_COUNTRIES = tuple(PHONE_LAYOUTS)
EXTENSIONS = (" ext. NNN", " ext NN", " (x NNN)", " poste NNN", " anexo NNN")


# --------------------------------------------------------------------------------------------
# Addresses: country -> (streets, towns, districts, postcode layout, line layouts). A line layout is
# ``/``-separated lines of ``|``-separated parts, each ``code:pattern`` (S street, U unit, D district,
# C city, P postcode); parts of one line are joined by ", ", lines by the document's separator.
# --------------------------------------------------------------------------------------------

_ADDRESS: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "MA": ("Rue Ibn Battouta;Boulevard Zerktouni;Rue Abou Bakr Seddik;Avenue Hassan II;Rue de Fès",
           "Casablanca;Rabat;Fès;Marrakech;Tanger;Agadir", "Maârif;Agdal;Gueliz;Hay Riad;Ain Diab", "NNNNN",
           ("S:{n} {s}|D:{d}/C:{pc} {t}", "U:Appt {u}|S:{n} {s}/C:{pc} {t}")),
    "EG": ("El Tahrir St.;Mohamed Mazhar St.;Abbas El Akkad St.;Road 9;Shehab St.", "Cairo;Giza;Alexandria;Mansoura",
           "Zamalek;Dokki;Maadi;Heliopolis;Nasr City;Smouha", "1NNNN",
           ("S:{n} {s}|U:Apt {u}/D:{d}|C:{t} {pc}", "U:Building {n}|S:{s}/D:{d}|C:{t}")),
    "JO": ("Mecca Street;Zahran Street;Rainbow Street;Wasfi Al-Tal Street;Al-Madina Al-Munawara Street",
           "Amman;Irbid;Zarqa;Aqaba", "Um Uthaina;Jabal Amman;Khalda;Sweifieh;Abdoun", "11NNN",
           ("U:Building {n}|S:{s}/D:{d}|C:{t} {pc}", "S:P.O. Box {box}/C:{t} {pc}")),
    "PK": ("Street {m};Main Boulevard;Jinnah Avenue;Shahrah-e-Faisal;Canal Road", ("Islamabad;Lahore;Karachi;"
           "Rawalpindi;Peshawar;Faisalabad"), "F-7/2;G-9/4;I-8/3;DHA Phase 5;Gulberg III;Bahria Town", "NNNNN",
           ("U:House No. {n}|S:{s}|D:{d}/C:{t} {pc}", "U:Flat {u}|S:{s}/D:{d}|C:{t}")),
    "BD": ("Road {m};Satmasjid Road;Gulshan Avenue;Kemal Ataturk Avenue;Zindabazar Road", ("Dhaka;Chattogram;"
           "Sylhet;Khulna;Rajshahi"), "Dhanmondi;Gulshan 2;Banani;Uttara Sector 7;Mirpur DOHS", "1NNN",
           ("U:House {n}|S:{s}|D:{d}/C:{t} {pc}", "U:Flat {u}{b}|S:{s}/D:{d}|C:{t}-{pc}")),
    "LK": ("Galle Road;Duplication Road;Temple Road;Havelock Road;Kandy Road;Peradeniya Road", ("Colombo 03;"
           "Colombo 05;Nugegoda;Kandy;Galle;Negombo;Jaffna"), "Kollupitiya;Wellawatte;Rajagiriya;Dehiwala", "NNNNN",
           ("S:No. {n} {s}/C:{t} {pc}", "S:{n}/{m} {s}/D:{d}/C:{t}")),
    "VN": ("Nguyễn Huệ;Lê Lợi;Hai Bà Trưng;Phố Huế;Trần Hưng Đạo;Điện Biên Phủ", ("TP. Hồ Chí Minh;Hà Nội;Đà Nẵng;"
           "Huế;Cần Thơ"), "Quận 1;Quận 3;Quận Hoàn Kiếm;Quận Ba Đình;Quận Hải Châu", "NNNNNN",
           ("S:{n} {s}|D:{d}/C:{t}", "U:Căn hộ {u}{b}|S:{n} {s}/D:{d}|C:{t}")),
    "TH": ("Sukhumvit 31;Ari 4;Ratchadaphisek 36;Nimmanhaemin 9;Thonglor 13", ("Bangkok;Chiang Mai;Phuket;"
           "Khon Kaen;Nonthaburi"), "Khlong Toei Nuea;Phaya Thai;Chatuchak;Suthep;Watthana", "1NNNN",
           ("S:{n}/{m} Soi {s}/D:{d}/C:{t} {pc}", "U:Room {u}{b}|S:{n} Soi {s}/D:{d}|C:{t} {pc}")),
    "MY": ("Jalan Ampang;Jalan SS 2/24;Jalan Tun Razak;Lorong Maarof;Persiaran Gurney;Jalan Bukit Bintang",
           "Kuala Lumpur;Petaling Jaya;George Town;Johor Bahru;Kota Kinabalu;Ipoh", ("Bangsar;Taman Tun Dr Ismail;"
           "SS 2;Mont Kiara;Tanjung Tokong"), "NNNNN", ("S:No. {n}|S:{s}/D:{d}/C:{pc} {t}", "U:A-{m}-{u}|S:{s}/C:{pc} {t}")),
    "ID": ("Kemang Raya;Gatot Subroto;Dago;Malioboro;Pemuda;Diponegoro", ("Jakarta Selatan;Bandung;Yogyakarta;"
           "Surabaya;Semarang;Denpasar"), "Kec. Mampang Prapatan;Kec. Coblong;Kec. Gondokusuman;Kec. Denpasar Barat",
           "NNNNN", ("S:Jl. {s} No. {n}|U:RT 0{u2}/RW 0{u3}/D:{d}/C:{t} {pc}", "S:Jl. {s} No. {n}/C:{t} {pc}")),
    "TW": ("Zhongshan N. Rd. Sec. 2;Xinyi Rd. Sec. 4;Minsheng E. Rd.;Wenhua Rd.;Zhongzheng Rd.", ("Taipei City;"
           "New Taipei City;Taichung City;Tainan City;Kaohsiung City"), ("Zhongshan Dist.;Da'an Dist.;Xitun Dist.;"
           "Banqiao Dist.;Lingya Dist."), "NNN", ("S:No. {n}|S:Ln. {m}|S:{s}/D:{d}|C:{t} {pc}",
                                               "U:{u}F.|S:No. {n}|S:{s}/D:{d}|C:{t} {pc}")),
    "UA": ("vul. Khreshchatyk;vul. Sahaidachnoho;vul. Velyka Vasylkivska;vul. Shevchenka;vul. Deribasivska",
           "Kyiv;Lviv;Odesa;Kharkiv;Dnipro;Vinnytsia", "", "0NNNN",
           ("S:{s} {n}|U:kv. {u}/C:{t}|P:{pc}", "S:{s} {n}/C:{t} {pc}")),
    "RS": ("Knez Mihailova;Bulevar oslobođenja;Njegoševa;Cara Dušana;Zmaj Jovina", ("Beograd;Novi Sad;Niš;"
           "Kragujevac;Subotica"), "", "NNNNN", ("S:{s} {n}|U:stan {u}/C:{pc} {t}", "S:{s} {n}/C:{pc} {t}")),
    "HR": ("Ilica;Ulica kralja Zvonimira;Vukovarska ulica;Ulica Petra Preradovića;Riva", ("Zagreb;Split;Rijeka;"
           "Osijek;Zadar"), "", "NNNNN", ("S:{s} {n}/C:{pc} {t}", "S:{s} {n}{b}/C:{pc} {t}")),
    "SI": ("Trubarjeva cesta;Slovenska cesta;Gosposvetska ulica;Partizanska cesta;Prešernova ulica", ("Ljubljana;"
           "Maribor;Celje;Koper;Kranj"), "", "NNNN", ("S:{s} {n}/C:{pc} {t}",)),
    "LT": ("Gedimino pr.;Vilniaus g.;Laisvės al.;Savanorių pr.;Pylimo g.", ("Vilnius;Kaunas;Klaipėda;Šiauliai;"
           "Panevėžys"), "", "NNNNN", ("S:{s} {n}-{u}/C:LT-{pc} {t}", "S:{s} {n}/C:LT-{pc} {t}")),
    "IS": ("Laugavegur;Hafnarstræti;Skólavörðustígur;Hringbraut;Bankastræti", ("Reykjavík;Akureyri;Kópavogur;"
           "Hafnarfjörður;Selfoss"), "", "NNN", ("S:{s} {n}/C:{pc} {t}",)),
    "LU": ("rue de Hollerich;route d'Arlon;avenue de la Liberté;rue du Fossé;boulevard Royal", ("Luxembourg;"
           "Esch-sur-Alzette;Differdange;Strassen;Ettelbruck"), "", "NNNN", ("S:{n} {s}/C:L-{pc} {t}",
                                                                              "S:{n}|S:{s}/C:L-{pc} {t}")),
    "MT": ("Triq il-Kbira;Triq San Pawl;Triq ir-Repubblika;Triq Sir Adrian Dingli;Triq il-Mosta", ("Ħal Qormi;"
           "San Ġiljan;Sliema;Birkirkara;Valletta;Mosta"), "", "AAA NNNN", ("U:Flat {u}|S:{s}/C:{t} {pc}",
                                                                          "S:{n}|S:{s}/C:{t}/P:{pc}")),
    "CY": ("Makariou III Avenue;Ledras Street;Griva Digeni Avenue;Anexartisias Street", ("Nicosia;Limassol;Larnaca;"
           "Paphos"), "", "NNNN", ("S:{n} {s}|U:Flat {u}/C:{pc} {t}",)),
    "CO": ("Calle 72;Carrera 7;Carrera 43A;Avenida Calle 26;Calle 10 Sur;Transversal 18", ("Bogotá;Medellín;Cali;"
           "Barranquilla;Bucaramanga"), "Chapinero;El Poblado;Laureles;Granada;Usaquén", "",
           ("S:{s} # {m}-{n}|U:Apto {u}0{u2}/D:{d}/C:{t}", "S:{s} # {m}-{n}/D:{d}|C:{t}")),
    "PE": ("Av. José Larco;Jr. de la Unión;Av. Arequipa;Calle Schell;Av. El Sol", "Lima;Arequipa;Cusco;Trujillo",
           "Miraflores;San Isidro;Barranco;Yanahuara;Wanchaq", "1NNNN",
           ("S:{s} {n}|U:Dpto. {u}0{u2}/D:{d}/C:{t} {pc}", "S:{s} {n}/D:{d}|C:{t}")),
    "UY": ("Av. 18 de Julio;Bulevar Artigas;Calle Sarandí;Av. Brasil;Rambla República de México", ("Montevideo;Salto;"
           "Paysandú;Maldonado;Punta del Este"), "", "NNNNN", ("S:{s} {n}|U:apto. {u}0{u2}/C:{pc} {t}",)),
    "GH": ("Oxford Street;Liberation Road;Ring Road Central;Lagos Avenue;Boundary Road", ("Accra;Kumasi;Tamale;"
           "Takoradi;Cape Coast"), "Osu;East Legon;Airport Residential;Adum;Labone", "AA-NNN-NNNN",
           ("U:House No. {n}|S:{s}|D:{d}/C:{t}/P:{pc}", "S:{n} {s}/D:{d}|C:{t}")),
    "TZ": ("Haile Selassie Road;Samora Avenue;Kinondoni Road;Old Moshi Road;Nyerere Road", ("Dar es Salaam;Arusha;"
           "Dodoma;Mwanza;Zanzibar"), "Masaki;Mikocheni;Upanga;Kijitonyama;Sakina", "",
           ("S:Plot {n}|S:{s}|D:{d}/C:{t}", "S:P.O. Box {box}/C:{t}")),
    "UG": ("Kampala Road;Acacia Avenue;Bukoto Street;Jinja Road;Entebbe Road", "Kampala;Entebbe;Jinja;Gulu;Mbarara",
           "Nakasero;Kololo;Ntinda;Muyenga;Bugolobi", "", ("S:Plot {n} {s}/D:{d}|C:{t}", "S:P.O. Box {box}/C:{t}")),
    "RW": ("KG 7 Ave;KN 5 Rd;KK 15 Rd;KG 11 Ave;KN 3 St", "Kigali;Huye;Musanze;Rubavu", ("Kacyiru;Kimihurura;"
           "Nyarutarama;Kicukiro;Remera"), "", ("S:{s}|U:House {n}/D:{d}|C:{t}",)),
    "SN": ("Cité Keur Gorgui;Rue Carnot;Avenue Cheikh Anta Diop;Route de Ngor;Rue Mousse Diop", ("Dakar;Thiès;"
           "Saint-Louis;Ziguinchor;Mbour"), "Point E;Mermoz;Plateau;Ouakam;Almadies", "",
           ("U:Villa {n}|S:{s}/D:{d}|C:{t}", "S:{n} {s}/C:{t}")),
    "FJ": ("Ratu Sukuna Road;Waimanu Road;Queens Road;Princes Road;Namaka Lane", "Suva;Nadi;Lautoka;Labasa;Nausori",
           "Nasese;Samabula;Tamavua;Namaka;Martintar", "", ("S:Lot {n} {s}/D:{d}|C:{t}",)),
    "KZ": ("ul. Abaya;pr. Dostyk;Mangilik El Ave;ul. Kabanbay Batyr;ul. Tole Bi;ul. Zheltoksan", ("Almaty;Astana;"
           "Shymkent;Karaganda;Aktobe"), "", "0NNNNN", ("S:{s} {n}|U:kv. {u}/C:{t} {pc}", "S:{s} {n}/C:{pc} {t}")),
    "AL": ("Rruga e Kavajës;Rruga Myslym Shyri;Bulevardi Zogu I;Rruga Sami Frashëri;Rruga e Durrësit", ("Tiranë;"
           "Durrës;Shkodër;Vlorë;Korçë"), "", "NNNN", ("S:{s}|U:Pallati {m}|U:Shkalla {u2}|U:Ap. {u}/C:{t} {pc}",
                                                     "S:{s} {n}/C:{pc} {t}")),
}
V5_ADDRESS_COUNTRIES = tuple(_ADDRESS)
TOWNS = {c: tuple(v[1].split(";")) for c, v in _ADDRESS.items()}
_SUBTYPES = {"S": "street", "U": "unit", "D": "district", "C": "city", "P": "postcode"}


def address_layouts(country: str) -> tuple[str, ...]:
    """The line layouts of ``country`` (the structural choice of a document's address)."""
    return _ADDRESS[country][4]


def address_lines(rng: random.Random, country: str, layout: str) -> tuple[list[list[tuple[str, str]]], str]:
    """One address as lines of ``(text, subtype)`` parts, and its bare town; the layout (a structural
    fact) fixes how many lines and parts there are, the RNG only what they say."""
    streets, towns, districts, pc_layout, _ = _ADDRESS[country]
    values = {"n": str(rng.randrange(1, 240)), "m": str(rng.randrange(2, 60)), "u": str(rng.randrange(1, 40)),
              "u2": str(rng.randrange(1, 10)), "u3": str(rng.randrange(1, 10)), "b": rng.choice("ABCD"),
              "box": str(rng.randrange(100, 99999)), "pc": shape(rng, pc_layout), "t": rng.choice(towns.split(";")),
              "d": rng.choice(districts.split(";")) if districts else ""}
    values["s"] = rng.choice(streets.split(";")).format(m=str(rng.randrange(1, 120)))
    lines = address_parts(layout, values, _SUBTYPES)
    return lines, values["t"]


# --------------------------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------------------------

_ID_SHAPES: dict[str, tuple[str, ...]] = {
    "natid": ("NNNNNNNNNV", "NNNNNNNNNNNN", "NNNNNNNNNN", "NNNNNNNNNNNNN", "NNNNNNNNNNN", "NNNNNN-NNNN",
              "A1NNNNNNNN", "A2NNNNNNNN", "NNNNNNNNNNNNNNNN", "NN.NNN.NNN-N", "G\\H\\A-NNNNNNNNN-N",
              "1 NNNN N NNNNNNN N NN", "2NNNNNNNNN", "0NNNNNNNNNNN", "AANNNNNN", "19NNNNNNNNNNN", "NNNNNNNA",
              "ANNNNNNNNA", "N.NNN.NNN-N", "NNNNNNNN-NNNNN-NNNNN-NN", "CMNNNNNNNAAAAA", "CFNNNNNNNAAAAA"),
    "tax": ("NNN NNN NNN", "NNN-NNN-NNN", "NNNNN NNNNN", "NNN-NNN-NN-NN", "NNN.NNN.NNN-N", "10NNNNNNNNN",
            "AAAANNNNNNXXX", "ANNNNNNNNNA", "PNNNNNNNNNN", "NNNNNNNNNN"),
    "passport": ("ANNNNNNN", "AANNNNNNN", "NNNNNNNNN", "FANNNNNN", "3NNNNNNNN", "NANNNNNNN"),
    "permit": ("AANNNNNNN", "ZRNNNNNNN", "IOENNNNNNNNNN", "E\\ACNNNNNNNNNN", "NNNN-NNNN", "\\A-NNN-NNN-NNN"),
    "licence": ("ANNNNNNNN", "NN NNN NNN", "AA NNNNNN", "NNNNNNNNNNN"),
    "plate": ("AA NNNN AA", "AA NNN-AA", "AA NNNN-AA", "AAA-NNNN", "AAN-NNN", "AAAA-NN", "AA ANN", "AAA NNN",
              "KAA NNNA", "AA NNNN-NN", "A NNNN AAA", "NNA-NNN.NN", "NNNNN-A-NN", "AAANNN"),
    "rx": ("R\\X-NNNNNNN", "Rx NNNNNN", "NNNNNNN-NN", "P/NNNNNN", "NNNN-NNNN-NN"),
    "record": ("PNNNNN", "NNNNN-A", "PT-NNNNNNN", "NNNNNNNN"),
    "microchip": ("9NNNNNNNNNNNNNN", "9NN NNN NNN NNN NNN", "NNNNNNNNNNNNNNN"),
    "ticket": ("I\\NC0NNNNNN", "RITM0NNNNNN", "\\HD-NNNNN", "SR NNNNNNN", "REQNNNNNN"),
    "workorder": ("WO-NNNNN", "MR-202Y-NNNN", "NNNNNN/M", "JOB NNNNN"),
    "case": ("FRD-NNNNNNN", "NNNNNNN/202Y", "\\HU/NNNNN/202Y", "UI-202Y-NNNNNN", "\\LO\\N/00AA/\\HMF/202Y/NNNN",
             "AANN-NNNNNN", "C\\ASE NNNNNNN", "ANNNNNNN/00N"),
    "account": ("NNNNNNNN", "NNNN-NNNNNN-NN", "NNN-NNNNNN-NNN", "NNNN NNNN NN", "NNNNNNNNNNNN"),
    "booking": ("XXXXXX", "NNNNNNNNN", "\\HT\\L-NNNNNN", "AANNNNNN"),
    "eticket": ("NNN-NNNNNNNNNN", "NNN NNNNNNNNNN", "NNNNNNNNNNNNN"),
    "member": ("NNNNNNNNN", "AA NNNNNNN", "NNNN NNNN NNNN"),
    "staff": ("E-NNNNN", "NNNNNN", "EMP/202Y/NNNN", "AANNNNN"),
    "student": ("NNNNNNNN", "STU-NNNNN", "202YNNNNN", "ANNNNNNNNNNNN"),
    "participant": ("P-NNN-NNN", "SUBJ NNNN", "ANN-NNN", "NN-NNNN"),
    "policy": ("PET-NNNNNNN", "AANNNNNNNN", "NNNNNN/NN"),
    "claim": ("C\\LM NNNNNNN", "NNNNNN-NN", "AANNNNNN"),
    "device": ("\\AST-NNNNN", "IT-NNNNNN", "AANXXXXXXX", "S\\N XXXXXXXXXX"),
    "invoice": ("I\\NV-NNNNN", "NNNN/202Y", "202Y-NNN"),
    "order": ("PO-NNNNNN", "NNNNNNNN", "PO NNNN-NN"),
    "meter": ("NNNNNNNNNNNNN", "MTR-ANNNNNNN", "ANNAANNNNNN"),
    "seal": ("NNNNNNN", "AANNNNNNN", "ANNNNNN"),
    "bl": ("AAAANNNNNNNNN", "NNNNNNNNN", "AAA/NNNNNN/2N"),
}
_IBAN_BBAN = {"UA": "NNNNNNNNNNNNNNNNNNNNNNNNN", "RS": "NNNNNNNNNNNNNNNNNN", "HR": "NNNNNNNNNNNNNNNNN",
              "SI": "NNNNNNNNNNNNNNN", "LT": "NNNNNNNNNNNNNNNN", "IS": "NNNNNNNNNNNNNNNNNNNNNN",
              "LU": "NNNXXXXXXXXXXXXX", "MT": "AAAANNNNNXXXXXXXXXXXXXXXXXX", "CY": "NNNNNNNNXXXXXXXXXXXXXXXX",
              "SA": "NNXXXXXXXXXXXXXXXXXX", "JO": "AAAANNNNXXXXXXXXXXXXXXXXXX", "QA": "AAAAXXXXXXXXXXXXXXXXXXXXX",
              "AL": "NNNNNNNNXXXXXXXXXXXXXXXX", "KZ": "NNNXXXXXXXXXXXXX", "TN": "NNNNNNNNNNNNNNNNNNNN"}
#: Identifier kinds (template slot ``{idN.kind}``) and their reported subtype.
ID_KINDS = {**{k: k for k in _ID_SHAPES}, "natid": "national", "rx": "prescription", "workorder": "work_order",
            "bl": "bill_of_lading", "iban": "iban", "container": "container", "awb": "waybill"}
_CONTAINER_VALUES = {ch: v for ch, v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                            (10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29,
                                             30, 31, 32, 34, 35, 36, 37, 38), strict=True)}


def iban_is_valid(value: str) -> bool:
    """ISO 13616 check: the rearranged IBAN (spaces removed) is 1 modulo 97."""
    compact = value.replace(" ", "")
    return len(compact) > 4 and iban_number(compact[4:] + compact[:4]) % 97 == 1


def container_check_digit(code: str) -> int:
    """ISO 6346 check digit of a container's owner code, category letter and serial (ten characters)."""
    total = sum((_CONTAINER_VALUES[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(code))
    return total % 11 % 10


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

DATE_STYLES = ("d/m/Y", "m/d/Y", "d.m.Y", "Y-m-d", "d-m-Y", "Y.m.d", "dd/mm/yy", "d Month Y", "Month d, Y",
               "d Mon Y", "Mon d, Y", "DD MON YYYY", "ddMONyy", "d-Mon-Y", "Weekday, d Month", "Wkd d Mon Y",
               "dth Month", "Month dth", "the dth of Month Y", "d Mon", "Mon d", "d/m", "Month Y", "Y/m/d")
#: Styles without month or weekday words.
NUMERIC_STYLES = ("d/m/Y", "m/d/Y", "d.m.Y", "Y-m-d", "d-m-Y", "Y.m.d", "dd/mm/yy", "Y/m/d")
#: Styles of a day within the year (no year written).
SHORT_STYLES = ("d Mon", "Mon d", "d/m", "dth Month", "Month dth", "Weekday, d Month")


def format_date(d: date, style: str) -> str:
    """``d`` written in one of :data:`DATE_STYLES`."""
    month, mon, yy = MONTHS[d.month - 1], MONTHS[d.month - 1][:3], f"{d.year % 100:02d}"
    day = WEEKDAYS[d.weekday()]
    return {
        "d/m/Y": f"{d.day}/{d.month}/{d.year}", "m/d/Y": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "d.m.Y": f"{d.day:02d}.{d.month:02d}.{d.year}", "Y-m-d": d.isoformat(),
        "d-m-Y": f"{d.day}-{d.month}-{d.year}", "Y.m.d": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "dd/mm/yy": f"{d.day:02d}/{d.month:02d}/{yy}", "d Month Y": f"{d.day} {month} {d.year}",
        "Month d, Y": f"{month} {d.day}, {d.year}", "d Mon Y": f"{d.day} {mon} {d.year}",
        "Mon d, Y": f"{mon} {d.day}, {d.year}", "DD MON YYYY": f"{d.day:02d} {mon.upper()} {d.year}",
        "ddMONyy": f"{d.day:02d}{mon.upper()}{yy}", "d-Mon-Y": f"{d.day}-{mon}-{d.year}",
        "Weekday, d Month": f"{day}, {d.day} {month}", "Wkd d Mon Y": f"{day[:3]} {d.day} {mon} {d.year}",
        "dth Month": f"{ordinal(d.day)} {month}", "Month dth": f"{month} {ordinal(d.day)}",
        "the dth of Month Y": f"the {ordinal(d.day)} of {month} {d.year}", "d Mon": f"{d.day} {mon}",
        "Mon d": f"{mon} {d.day}", "d/m": f"{d.day}/{d.month}", "Month Y": f"{month} {d.year}",
        "Y/m/d": f"{d.year}/{d.month:02d}/{d.day:02d}",
    }[style]


# --------------------------------------------------------------------------------------------
# Organisations: ``{B}`` an invented brand, ``{T}`` a town, ``{L}``/``{L2}`` surnames, ``{F}`` a given name
# --------------------------------------------------------------------------------------------

_BRAND_PARTS = ("ov", "an", "tra", "qui", "lo", "mer", "zen", "ar", "is", "vel", "dor", "ka", "nu", "sol", "tic",
                "bri", "om", "ex", "ra", "len", "pa", "vo", "sy", "gar", "el", "ion", "mo", "ta", "rin", "us")
ORG_FORMS: dict[str, tuple[str, ...]] = {
    "hospital": ("{T} General", "St {F}'s", "{T} Regional Hospital", "{L} Memorial Hospital", "Mercy {T}",
                 "{B} Health", "{T} Teaching Hospital", "Hospital {L}"),
    "clinic": ("{B} Medical Centre", "{T} Polyclinic", "{L} Family Doctors", "{T} Health Centre", "Klinik {B}",
               "{B} Clinic"),
    "pharmacy": ("{L} Chemist", "{B} Pharmacy", "Farmacia {L}", "{T} Apothecary", "{B}", "{L}'s Pharmacy"),
    "vet": ("{T} Veterinary Hospital", "{B} Animal Clinic", "{L} Vets", "Clinique Vétérinaire {B}", "{B} Vets",
            "Paws of {T}"),
    "school": ("{T} Secondary", "{L} College", "St {F}'s", "{B} International School", "{T} Grammar",
               "{T} Primary School", "Escuela {L}"),
    "employer": ("{B}", "{B} Ltd", "{B} Technologies", "{L} & {L2}", "{B} Group", "{T} Freight", "{B} Labs",
                 "{B} Pty Ltd", "{B} Sdn Bhd", "{B} d.o.o."),
    "shop": ("{B} Outdoor", "{L}'s Hardware", "{B} Boutique", "{T} Bike Exchange", "{B}", "{B} Home"),
    "ngo": ("{T} Legal Aid", "{B} Foundation", "Friends of {T}", "{T} Migrant Support Network", "{B} Collective",
            "{T} Community Law Centre"),
    "agency": ("{B} Property Management", "{T} Lettings", "{L} Estates", "{B} Residential", "{B} Travel",
               "{B} Relocation", "{T} Housing Trust"),
    "lawfirm": ("{L} & {L2}", "{L} Legal", "{B} Law Chambers", "Bufete {L}", "{L} Advocates", "{L} Solicitors"),
    "hotel": ("Hotel {B}", "The {B}", "{T} Suites", "{B} Residences", "{L} Guesthouse", "Pousada {B}"),
    "forwarder": ("{B} Logistics", "{B} Shipping Agency", "{T} Freight Forwarders", "{B} Cargo", "{L} Customs Brokers"),
    "bank": ("{B} Bank", "{T} Cooperative Bank", "Banco {B}", "{B} Savings", "{T} Building Society"),
    "accountant": ("{L} & Co", "{B} Tax Services", "{L} {L2} Accountants", "{T} Bookkeeping", "{B}"),
    "utility": ("{B} Energy", "{T} Water", "{B} Power", "{T} Gas & Light", "{B}"),
    "lab": ("{T} Clinical Research Centre", "{B} Institute", "{L} Research Unit", "{T} Trials Hub"),
}


def brand(rng: random.Random) -> str:
    """An invented, pronounceable company-like word ("Ovantra")."""
    return "".join(rng.choice(_BRAND_PARTS) for _ in range(rng.choice((2, 3, 3)))).capitalize()


# --------------------------------------------------------------------------------------------
# Contacts
# --------------------------------------------------------------------------------------------

_FREE_MAIL = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.fr", "ukr.net", "abv.bg", "me.com", "qq.com",
              "163.com", "t-online.de", "orange.fr", "bigpond.com", "xtra.co.nz", "live.com.mx", "yahoo.co.in",
              "protonmail.ch", "tutanota.com", "gmx.net", "zoho.com", "aol.com", "mail.ru", "walla.co.il")
_ORG_TLDS = ("co.za", "co.nz", "com.fj", "co.ug", "co.tz", "rw", "sn", "ma", "com.eg", "jo", "com.pk", "com.bd",
             "lk", "vn", "co.th", "com.my", "co.id", "com.tw", "com.ua", "rs", "hr", "si", "lt", "is", "lu", "com.mt",
             "com.cy", "com.co", "pe", "com.uy", "com.gh", "kz", "al", "org", "net")
_INTERNAL = ("corp.{s}.lan", "{s}.intra", "{s}-hq.local", "mail.{s}.internal", "{s}.onmicrosoft.com", "ad.{s}.net")
_MASTODON = ("mastodon.online", "toot.community", "mastodon.scot", "masto.ai", "social.vivaldi.net")


class ValuesV5(LayoutValues):
    """Draws private values with the per-document RNG ``rng``."""

    id_shapes, iban_bban = _ID_SHAPES, _IBAN_BBAN

    # people --------------------------------------------------------------------------------
    def person(self, gender: str) -> PersonV5:
        rng = self.rng
        female = gender == "f"
        if rng.random() < 0.8:
            key = rng.choice(V5_HAND_TRADITIONS)
            first, last = hand_name(rng, _NAMES[key], female, _DOUBLE.get(key), 0.15)
            return PersonV5(first, last, gender, f"hand:{key}")
        loc = rng.choice(V5_FAKER_LOCALES)
        fk = _fakers().get(loc, rng)
        first = str(fk.first_name_female() if female else fk.first_name_male()).strip().split()[0]
        last = str(fk.last_name()).strip().split()[-1]
        return PersonV5(first, last, gender, f"faker:{loc}")

    def username(self, p: PersonV5) -> str:
        rng = self.rng
        f, last = name_token(p.first), name_token(p.last)
        return rng.choice((f"{f}.{last}", f"{f}{last[:1]}", f"{f[:1]}{last}", f"{f}_{rng.randrange(10, 100)}",
                           f"{last}{rng.randrange(70, 100)}", f"{f}{last}", f"{f}.{rng.randrange(1, 10)}"))

    def handle(self, p: PersonV5, platform: str) -> tuple[str, str]:
        """``(value, subtype)`` of ``p``'s account on ``platform``."""
        rng, user = self.rng, self.username(p)
        f, last = name_token(p.first), name_token(p.last)
        values = {
            "at": (f"@{user}", "handle"), "tg": (f"@{user.replace('.', '_')}", "handle"),
            "wechat": (rng.choice((f"wxid_{shape(rng, 'LLNNLLNNLLNN')}", f"{user.replace('.', '_')}_{rng.randrange(10, 99)}")),
                       "handle"),
            "line": (user.replace("_", "."), "handle"), "slack": (f"@{f}.{last}", "handle"),
            "mast": (f"@{user.replace('.', '_')}@{rng.choice(_MASTODON)}", "handle"),
            "user": (rng.choice((f"{f[:1]}{last}", f"{f}.{last}", f"{last}{f[:2]}")), "handle"),
            "ig": (rng.choice((f"instagram.com/{user}", f"https://www.instagram.com/{user}/")), "url"),
            "gh": (f"https://github.com/{user.replace('.', '-').replace('_', '-')}", "url"),
            "li": (f"linkedin.com/in/{f}-{last}-{shape(rng, 'NLNLNL')}", "url"),
            "cal": (f"calendly.com/{f}-{last}/30min", "url"),
            "site": (rng.choice((f"https://{f}{last}.dev", f"www.{f}-{last}.photography", f"https://{last}.{f}.me")),
                     "url"),
            "orcid": ((f"https://orcid.org/0000-000{rng.randrange(1, 4)}-{shape(rng, 'NNNN-NNN')}"
                      f"{rng.choice('0123456789X')}"), "url"),
        }
        if platform not in values:
            raise InvalidParameterError(f"unknown platform {platform!r}")
        return values[platform]

    def email(self, p: PersonV5, domain: str | None) -> str:
        rng = self.rng
        f, last = name_token(p.first), name_token(p.last)
        local = rng.choice((f"{f}.{last}", f"{f[:1]}{last}", f"{f}{rng.randrange(10, 99)}", f"{last}.{f}",
                            f"{f}_{last[:1]}", f"{f}{last}{rng.randrange(1, 9)}"))
        return f"{local}@{domain or rng.choice(_FREE_MAIL)}"

    def org_domain(self, org: str, *, internal: bool = False) -> str:
        words = [_ascii(w) for w in org.split() if _ascii(w) not in ("st", "the", "hotel", "banco", "klinik")]
        slug = (words[0] if words and words[0] else _ascii(org) or "org")[:14]
        if internal:
            return self.rng.choice(_INTERNAL).format(s=slug)
        return f"{slug}.{self.rng.choice(_ORG_TLDS)}"

    def ip(self) -> str:
        rng = self.rng
        return f"{rng.choice((41, 62, 83, 102, 154, 176, 197, 212))}.{rng.randrange(256)}.{rng.randrange(256)}." \
               f"{rng.randrange(1, 255)}"

    def mac(self, sep: str) -> str:
        return sep.join(shape(self.rng, "HH") for _ in range(6))

    # organisations ------------------------------------------------------------------------------
    def org(self, form: str) -> str:
        rng = self.rng
        p, q = self.person(rng.choice("fm")), self.person(rng.choice("fm"))
        town = rng.choice(TOWNS[rng.choice(V5_ADDRESS_COUNTRIES)])
        town = town.split()[0] if town.split()[-1].isdigit() else town
        return fill_org_form(form, brand(rng), town, p, q)

    # identifiers --------------------------------------------------------------------------------
    def ident(self, kind: str, variant: int) -> str:
        """An identifier of ``kind``; ``variant`` (a structural fact) picks its country or layout."""
        rng = self.rng
        if kind == "iban":
            return self.iban(variant)
        if kind == "container":
            code = shape(rng, "AAAUNNNNNN")
            digit = container_check_digit(code)
            return (f"{code[:4]} {code[4:]} {digit}", f"{code}{digit}", f"{code[:4]} {code[4:]}{digit}")[variant % 3]
        if kind == "awb":
            serial = shape(rng, "NNNNNNN")
            return f"{rng.randrange(100, 999)}-{serial[:4]} {serial[4:]}{int(serial) % 7}"
        return self.shaped_id(kind, variant)

    def id_variants(self, kind: str) -> int:
        """How many layouts ``kind`` has (the range of its structural ``variant``)."""
        if kind == "iban":
            return 2 * len(_IBAN_BBAN)
        if kind in ("container", "awb"):
            return 3
        return len(_ID_SHAPES[kind])
