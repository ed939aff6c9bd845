"""Value vocabularies and drawing rules of the eleventh held-out tagging set (v11).

Written for v11 by an author who did not open the tagger (its code, rules, gazetteers, word lists or
tests), nor any tagger output or per-round profile on a held-out set. Every name is written here by
hand, in naming traditions none of v1-v10 drew from (:data:`V11_HAND_TRADITIONS`); the tests check that
no token of them is in an earlier set's hand-written lists, in the Faker name lists of any locale v1-v5
drew names from, or in a PERSON mention of the frozen v1-v10 files. Faker is not used at all.

Addresses of countries none of v1-v10 wrote addresses for (:data:`V11_ADDRESS_COUNTRIES`), phones of
countries none of v1-v10 wrote phones for, with extension forms none of them used, identifiers of many
kinds (several with their check digits), dates in other calendars, eras, orders and month words than the
earlier sets', organisations of v11's own kinds. What the set holds is described in its ``.meta.json``
only.

:class:`ValuesV11` reuses the generic drawing of v7's :class:`~dpfusion_integrations.evaluation.
heldout_values_v7.ValuesV7` (user names, handles, IP addresses) and replaces what is vocabulary. The
renderer and the set are in :mod:`~dpfusion_integrations.evaluation.heldout_v11`.
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
)

__all__ = [
    "DATE_STYLES", "EXTENSIONS", "ID_KINDS", "NUMERIC_STYLES", "ORG_FORMS", "PHONE_LAYOUTS", "SHORT_STYLES",
    "TEXT_STYLES", "TOWNS", "V11_ADDRESS_COUNTRIES", "V11_HAND_TRADITIONS", "V11_NAME_SOURCES",
    "V11_PHONE_COUNTRIES", "ValuesV11", "address_layouts", "address_lines", "format_date", "fo_ptal_is_valid",
    "gregorian_to_solar_hijri", "ir_code_is_valid", "ve_rif_is_valid", "written_names",
]  # fmt: skip

# --------------------------------------------------------------------------------------------
# Names: (female given names, male given names, surnames). ``_`` joins the words of one name,
# ``f|m`` is a surname written differently for women and men.
# --------------------------------------------------------------------------------------------

_NAMES: dict[str, tuple[str, str, str]] = {
    "gilaki": ("Golbaji Varsheh Shahbaji Khatunbaji Gilavar Dilbaji", "Mirzakuch_Kuchak Sardarju Golju Lahijan Babaju Kasmaei",
               "Rashtizadeh Fumanchi Lahijanpour Masulehi Shaftinejad Rudsarian Siahkalrudi Astanehpour"),
    "bakhtiari": ("Bibimaryam Gelareh Gohartaj Sardarbanu Mahtabeh Kokab", "Alimardan Samsam Zargham Bibarsk Khosrowkhan Amirhossein_Kh",
                  "Ilkhani Haftlang Chaharlang Bakhtiarvand Zarasvand Mombeini Dehkordian Kianersi"),
    "talysh": ("Zarbanu Khanbika Gulyaz Tovuzkhanum Sarvinaz Lenkoranka", "Mirakhmad Talyshkhan Zulfugar Ashurbala Lenkoranli Astarabek",
               ("Lerikova|Lerikov Astarinskaya|Astarinsky Masallyeva|Masallyev Zuvandova|Zuvandov Jangamirova|Jangamirov "
                "Avrorinova|Avrorinov Yardymlova|Yardymlov Shahaghaja|Shahaghajov")),
    "mandaean": ("Mahzabiya Sharat Anhar_Yawarsim Dmuta Hawayra_Simat Kanzibra", "Sabbahi Yahyana Zahrunaya Shitil Adamiya Samyawar_Yawarsim",
                 "Khaffaji Choheili Zahrooni Abbarkani Manduwi Shuwaili Mashkanani Ganzibrawi"),
    "shabak": ("Badriyah_Sh Gulbahar Sittuneh Nargistan Kanifah Zuhuriya", "Bazwaya Gogjali Bartellah Tobzawa Khazna Saadawi",
               "Bazwayi Gogjalawi Tallaraqi Khaznawi Shabakawi Kabarlawi Darawishi Umerkani"),
    "dagara": ("Mwinbapuo Ninkaara Sobieyir Dery Sonibaar Yirinuo", "Nuurideme Dabuo Kuubetaa Tanyeri Somda Mwinyelle",
               "Dabire Kuuzume Sebgor Dakora Mwinyele Domaanteng Kpiebaya Yiridong"),
    "lobi": ("Tiamnour Kohissa Sansanwe Wobkoure Hinsiyere Tiwoloure", "Kambire Dah_Sie Hien_Ollo Pale Teboule Lomawoure",
             "Kambou Youlbou Tiyangboure Sansaouira Kohissouro Bihounkoure Lomatele Daoulou"),
    "senufo": ("Nafoungo Kognon Tenena Pehibe Nahoua Sieliayo", "Nanourougo Zanga Tiemoko_S Pelewouho Kolotio Fonguenou",
               "Soro Silue Tuo Yeorogo Ouattarah Koneguere Sekongo Gbongue"),
    "zarma": ("Hadjara Mariamatou_Z Fati_Zarma Zeinabou Djamila_N Boubatou", "Seyni Issoufou_D Gandakoy Djibo Mounkaila Hamani",
              "Sidikou Djermakoye Seyniou Mayaki Gaouzoubeye Diambeidou Kountchela Mounkeyla"),
    "soninke": ("Kadidiatou Niamoye Saniou Djaba Tokonini Goundo", "Sambou Dramane Bakarinde_S Makandjan Silamakan Diadie",
                "Sylla Bathily Drame Sakho Tandia Gandega Kanoute Soumare"),
    "kabiye": ("Essowedeou Pidemnewe Kaledje Essozimna Tchilalo Piyabalo", "Essowavana Pitalounani Kodjovi_K Essozimna_P Tchaa Kpatcha",
               "Gnassingbe Pitalounana Kpemissi Tchassona Essowe Kagbara Tchalla Batchassi"),
    "bariba": ("Gnon Worou_Sika Bake Yon Gounou_Bio Sabi_Bake", "Chabi Sabi_Orou Bio_Guera Gounou Worou Sero",
               "Orou_Ganisou Bio_Tchane Yerima_Chabi Korasi_Zaki Sounon Gbeassor Ganigui Bouraima_Sero"),
    "fang": ("Nnegue Ayingono Mbenga_F Eyang Nkoghe Obiang_F", "Ondo_Mba Nguema_Obame Ekomie Essono Ndong_Obiang Mba_Abessole",
             "Nzue Essone Mintsa Oyono_Mba Engonga Nsi_Edzang Bekale Mengue"),
    "punu": ("Dibanga Mbumba Mayombo_P Ngounga Moukagni Makaya_D", "Mouketou Dibadi Moussounda Boussougou Mayila Koumba_P",
             "Moussavou Mbadinga Mabicka Boukandou Moukoumbi Ndjaye_P Mouissi Dikambi"),
    "umbundu": ("Ngueve Chissola Nalumbo Chipalanga Navita Ngeve", "Chiwale Katiavala Sakaita Chilingutila Kapingala Samakuva",
                "Chipenda Kalueyo Sapalo Chitunda Ngonga Chindondo Kassoma Chivukuvuku"),
    "chokwe": ("Nacamba Sanjimbi Kafuxi Muacefo Samalenge Mwacisenge", "Kalamba Mwatshisenge Samuangue Kasanji Muatxissengue Chinguri",
               "Muatiamvua Kapenda Samujinga Kanhama Tchitekulu Mwaxilengue Kambundi Muacamba"),
    "tumbuka": ("Thokozire Wanangwa Chikondano Nthambose Mwayiwawo Tiyamikezo", "Mzomera Chiumia Thembazgi_T Gomezgani Kondwanizo Vinjeru",
                "Chirwazga Mhango Nyirendazo Munthali Msiska Luhanga Gondwezi Mkandawirezi"),
    "lomwe": ("Nathuru Mwalumi Nakhumwa Namanani Nanyoni Ekhalimu", "Mutharika Mwalimuni_L Namakhwa Mukhumbo Nampeya Chakweramo_L",
              "Nachipo Muchenje Namwali Nawamba Mpasu Nkhoma_L Namilembo Mutsinze"),
    "sharchop": ("Tshomo Kinzang_W Pemadrol_Wangzom Dema Ugyenla_Lhaden Khandu_Zangmola", "Sangayla_Tenzinla Ugyenla_Dorjiling Tsheringla_Penjorla Jigmezang_Lhendup Kuenga Chokyila_Wangdi",
                 "Tshangla Wangchukla_T Lhendup_Ch Dorjiling_Ch Zangpo_Ch Tobgayla_Ch Gyeltshen_Ch Phuntshola_Ch"),
    "shan": ("Nang_Hseng Nang_Kham Nang_Homhseng Nang_Leng Nang_Oo Nang_Sengkham_Homhseng", "Saikham_Kham_Leik Saikham_Mauk Khun_Tun Sao_Hkun Saikham_Hseng Sao_Shwe",
             "Hsengkham Taunggyi_Shanhkun Hsipaw Kengtung Yawnghwe Mongnai Lawksawk Hopong"),
    "mon": ("Mi_Seinmon Mi_Hmwe Mi_Aungthet_Monhsa Mi_Chanmyae Mi_Tin_Monhsa Mi_Khinnwe_Monhsa", "Nai_Panmon Nai_Shwe_Kyin Nai_Tun_Theinmon Nai_Ngwe Minrot_Rot Nai_Hongsar",
            "Hongsawatoi Rammanya Kyaikmaraw Mudon Thaton Ye_Chaung Kamawet Zingyaik"),
    "palaung": ("Ta_Ang Maitaang_Yawkham Maitaang_Pyong Maitaang_Kham_Aungthet Maitaang_Ong Maitaang_Ngwe_Ta", "Ai_Kyawng Ai_Nyi Ai_Ong_Kham Ai_Tong Ai_Lway Ai_Paolway",
                "Namhsan Tawngpeng Pangkham Manton Namtu_Ta Kyaukme_Ta Hsumhsai Mantong"),
    "shughni": ("Shirinmo Gulsifat Nozbegim Dilafruz_Sh Rokhat_Sh Parishamo", "Dodkhudo Shodmon Mamadsho Khudoyor Alimamad Davlatsho",
                ("Mamadshoeva|Mamadshoev Khudoyorzoda|Khudoyorzod Davlatshoeva|Davlatshoev Shodmonova|Shodmonov "
                 "Dodkhudoeva|Dodkhudoev Alimamadova|Alimamadov Mirzoshoeva|Mirzoshoev Pirmamadova|Pirmamadov")),
    "yaghnobi": ("Bibikhol Zarkhol Gulmokh Sitorakhol Nigorkhol Bozgul", "Sangmurod Kholmurod Dehkonboi Yaghnobsho Tojiddin_Y Khushvaqt",
                 ("Yaghnobova|Yaghnobov Sangmurodova|Sangmurodov Kholmurodova|Kholmurodov Margibova|Margibov "
                  "Piskonova|Piskonov Anzobova|Anzobov Varzobova|Varzobov Takfonova|Takfonov")),
    "mopan": ("Ixcheltun_M Sakbe Nikte_Ha Ixkikal Saasil Yaxkin_M", "Tzul Itzamkanac Chuc_M Balamkuh_K Kaanxok Ajaw_Chetzul",
              "Cho Sho Coc Chiac Bolon Sacul Teul Mucul"),
    "saramaccan": ("Aduyaa Seedo Baabu_S Akoomi Djemisa Yaya_Saa", "Agbago Aboikoni Gazon_S Songo Kositan Amoida",
                   "Aboikoni_S Pinas_S Awasai Adjako Sanomaro Asindo Kwasiba Agidi"),
    "kalina": ("Sirito Pakira Yalimapo Awarasi Kurupi_K Maripa_K", "Aloeboetoe Awala Pajaru Tukusi Kawai_K Akuliyo",
               "Sabajo Biswana Panmoné Tapoka Alupi Makaro Kaliwasi Wajupa"),
    "warao": ("Inaweda Jobosimo Arawabisi Dauarani Hoanarao Nakarao", "Jebubasi Omunae Hebu_W Kobenahoro Jobusimo Aribo",
              "Moraima Tucupita_W Winikina Arawabisa Ajotojo Nabasanuka Mariusa Sakobana"),
    "pemon": ("Maikana Warairu Chirike Pelaima Kaieteru Arekuna_F", "Kanaima_P Makunaima Kukenan Ayangaimo Tuenkaron Roraimo",
              "Kamarata Wonken Uruyen Kavanayen Aponwao Ikabaru Parupa Yunek"),
    "nivanuatu": ("Leimara Nalau Vanesalu_N Lisale Toara Makleta", "Tabimasmas Iauko Molisa Lini_V Natapei Sope_V",
                  "Tamata Maau Kalsakau Salwai Napuat Tosul Bulekone Kilman"),
    "mambai": ("Bui_Mali Lequi_Bui Kaimau_Loumau Bui_Saikham Mau_Saikham Lequi_Mau", "Mau_Lear Loro_Mali Beremali Sairanu Mau_Koli Raimali_Laumali",
               "Maubere Letemau Ermelau Saikham_Lelo Maulaku Tilmau Laclubar Mausiri"),
    "fataluku": ("Lacha Imipara Lenehara Malari Souvana Nuafata", "Lautem_F Luruhara Mouarara Tutuala Ilomar Loikere",
                 "Papamutu Lorehe Kakavei Mehara Pairara Chailoro Lenetchi Vailovaia"),
}

#: Traditions whose surnames are sometimes doubled (a hyphen or a space between the two).
_DOUBLE = {"gilaki": "-", "umbundu": " ", "tumbuka": "-", "kalina": " ", "fang": " "}
V11_HAND_TRADITIONS = tuple(_NAMES)
#: Every name source, for the meta file.
V11_NAME_SOURCES = tuple(f"hand:{k}" for k in V11_HAND_TRADITIONS)


def written_names(table: dict[str, tuple[str, str, str]] | None = None) -> set[str]:
    """Every name a hand-written table can write; v11's by default (v7's helper, v11's table)."""
    return v7.written_names(_NAMES if table is None else table)


# --------------------------------------------------------------------------------------------
# Phones (layouts of :func:`~dpfusion_integrations.evaluation.heldout_build.shape`)
# --------------------------------------------------------------------------------------------

PHONE_LAYOUTS: dict[str, tuple[str, ...]] = {
    "IR": ("+98 912 NNN NNNN", "0912-NNN-NNNN", "021-NNNNNNNN"),
    "IQ": ("+964 770 NNN NNNN", "0770 NNN NNNN", "(066) 2NN NNNN"),
    "BF": ("+226 70 NN NN NN", "70.NN.NN.NN", "25 3N NN NN"),
    "TG": ("+228 90 NN NN NN", "90-NN-NN-NN", "22 2N NN NN"),
    "BJ": ("+229 01 97 NN NN NN", "01 96 NN NN NN", "+229 21.NN.NN.NN"),
    "GA": ("+241 077 NN NN NN", "077.NN.NN.NN", "011 7N NN NN"),
    "AO": ("+244 923 NNN NNN", "923-NNN-NNN", "222 NNN NNN"),
    "MW": ("+265 99N NN NN NN", "088N NNN NNN", "01 NNN NNN"),
    "SC": ("+248 2 5NN NNN", "2 5NN NNN", "4 3NN NNN"),
    "BT": ("+975 17 NN NN NN", "17NNNNNN", "02-3NNNNN"),
    "MM": ("+95 9 NNN NNN NNN", "09-NNN NNN NNN", "01 NNN NNN"),
    "TJ": ("+992 93 NNN NNNN", "(93) NNN-NN-NN", "8 (372) NN-NN-NN"),
    "TM": ("+993 65 NN-NN-NN", "8 65 NNNNNN", "(12) NN-NN-NN"),
    "BZ": ("+501 6NN-NNNN", "6NN NNNN", "22N-NNNN"),
    "HT": ("+509 3N NN NNNN", "3N NN-NNNN", "(509) 22NN-NNNN"),
    "SR": ("+597 8NN-NNNN", "8NN NNNN", "4NN-NNN"),
    "VE": ("+58 412-NNN.NN.NN", "0414-NNNNNNN", "(0212) NNN.NN.NN"),
    "WS": ("+685 7NNNNNN", "7N NNNNN", "2NNNN"),
    "VU": ("+678 7NN NNNN", "5NNNNNN", "22 NNN"),
    "TL": ("+670 77NN NNNN", "77NN-NNNN", "33N NNNN"),
    "MO": ("+853 6NNN NNNN", "6NNN-NNNN", "2NNN NNNN"),
    "LI": ("+423 7NN NN NN", "+423 23N NN NN", "7NN NN NN"),
    "FO": ("+298 2NN NNN", "2N NN NN", "31 NN NN"),
}
V11_PHONE_COUNTRIES = tuple(PHONE_LAYOUTS)
EXTENSIONS = (" (داخلی NNN)", " ekst. NN", " anx. NN", " ext#NNN", ",,NNN", " post NN", " linha NN", " (tab NNN)")


# --------------------------------------------------------------------------------------------
# Addresses: (streets, towns, districts, postcode layout, line layouts); see ``address_parts``
# --------------------------------------------------------------------------------------------

_ADDRESS: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "IR": ("Khiyaban-e Vali Asr;Khiyaban-e Enqelab;Bolvar-e Keshavarz;Khiyaban-e Shariati;Kuche-ye Golha {u2}",
           "Tehran;Esfahan;Shiraz;Tabriz;Mashhad;Rasht", "Mahalleh-ye Yusefabad;Mahalleh-ye Tajrish;Shahrak-e Gharb;Niavaran;Sa'adat Abad",
           "NNNNN-NNNNN", ("C:{t}|S:{s}|S:Kuche-ye {m}|B:Pelak {n}|U:Vahed {u}/P:Code posti {pc}",
                           "D:{d}|S:{s}|B:Pelak {n}/C:{t} {pc}")),
    "IQ": ("Shari' al-Rashid;Shari' Abu Nuwas;Shari' al-Saadoun;Shari' Palestine;Shari' al-Mutanabbi",
           "Baghdad;Basra;Erbil;Najaf;Mosul;Sulaymaniyah", "Mahalla {m}{u2};Hay al-Mansour;Hay al-Jadiriya;al-Karrada;Hay al-Adl",
           "NNNNN", ("D:{d}|S:Zuqaq {u2}{u}|B:Dar {n}/C:{t}", "S:{s}|D:Mahalla {m}{u2}/C:{t} {pc}")),
    "BF": ("Avenue Kwame Nkrumah;Rue de la Chance;Avenue Charles de Gaulle;Rue Maurice Bishop;Avenue de l'Oubritenga",
           "Ouagadougou;Bobo-Dioulasso;Koudougou;Banfora;Ouahigouya", "Secteur {m};Quartier Gounghin;Zone du Bois;Ouaga 2000;Patte d'Oie",
           "", ("S:{s}|D:{d}/S:{box} BP/C:{t} {u2}", "D:{d}|U:parcelle {n}|U:lot {u}/C:{t}")),
    "TG": ("Boulevard du 13 Janvier;Rue du Commerce;Avenue de la Libération;Rue Aniko Palako;Boulevard Jean-Paul II",
           "Lomé;Sokodé;Kara;Kpalimé;Atakpamé", "Quartier Bè;Tokoin Hôpital;Nyékonakpoè;Hédzranawoé;Adidogomé",
           "", ("S:{s}|B:maison {n}/D:{d}/C:{t}", "S:BP {box}/C:{t}")),
    "BJ": ("Rue 12.{m}8;Boulevard Saint-Michel;Avenue Steinmetz;Rue des Cheminots;Avenue Jean-Paul II",
           "Cotonou;Porto-Novo;Parakou;Abomey;Ouidah", "Haie Vive;Cadjèhoun;Akpakpa;Gbégamey;Fidjrossè",
           "", ("D:{d}|U:carré {n}|U:maison {u}/C:{t}", "S:{s}|B:Immeuble {B}/U:{box} BP/C:{t}")),
    "GA": ("Boulevard Triomphal Omar Bongo;Rue Pecqueur;Boulevard de l'Indépendance;Rue Ange Mba;Avenue Colonel Parant",
           "Libreville;Port-Gentil;Franceville;Oyem;Lambaréné", "Quartier Louis;Glass;Nombakélé;Akanda;Owendo",
           "", ("D:{d}|S:{s}/S:BP {box}/C:{t}", "B:Immeuble {B}|S:{s}/C:{t}")),
    "AO": ("Rua Rainha Ginga;Avenida 4 de Fevereiro;Rua Amílcar Cabral;Avenida Lenine;Rua Major Kanhangulo",
           "Luanda;Huambo;Benguela;Lobito;Lubango", "Bairro Maianga;Ingombota;Alvalade;Talatona;Bairro Operário",
           "", ("S:{s}|U:n.º {n}|U:{u2}.º andar/D:{d}/C:{t}", "D:{d}|S:Rua {m}|U:casa {n}/C:{t}")),
    "MW": ("Kamuzu Procession Road;Glyn Jones Road;Victoria Avenue;Presidential Way;Chilembwe Road",
           "Lilongwe;Blantyre;Mzuzu;Zomba;Mangochi", "Area {m};Namiwawa;Sunnyside;Chichiri;Katoto",
           "", ("U:Plot {m}/{n}|D:{d}/C:{t}", "S:P.O. Box {box}/C:{t} {u2}")),
    "SC": ("Francis Rachel Street;Albert Street;Revolution Avenue;Quincy Street;Providence Highway",
           "Victoria;Anse Boileau;Beau Vallon;Anse Royale;Takamaka", "Mont Fleuri;Bel Air;Plaisance;Les Mamelles;Roche Caiman",
           "", ("S:{s}|D:{d}/C:{t}|C:Mahé", "B:{B} House|D:{d}/C:{t}")),
    "BT": ("Norzin Lam;Chang Lam;Doebum Lam;Jangchhub Lam;Gatoen Lam",
           "Thimphu;Phuentsholing;Paro;Punakha;Trashigang", "Motithang;Changzamtog;Babesa;Kawajangsa;Olakha",
           "NNNNN", ("B:Building {n}|S:{s}/D:{d}|C:{t} {pc}", "U:Flat {u}|B:House {n}/D:{d}|C:{t}")),
    "MM": ("Bogyoke Aung San Road;Pyay Road;Anawrahta Road;Maha Bandula Road;Kaba Aye Pagoda Road",
           "Yangon;Mandalay;Mawlamyine;Bago;Taunggyi", "Kamaryut Township;Sanchaung Township;Bahan Township;Mayangone Township;Ward {u2}",
           "NNNNN", ("B:No. {n}|U:{u2}th Floor|S:{s}/D:{d}|C:{t} {pc}", "S:{m}th Street|U:No. {n}({b})/D:{d}/C:{t}")),
    "TJ": ("khiyoboni Rudaki;kuchai Bokhtar;khiyoboni Ismoili Somoni;kuchai Ayni;kuchai Shotemur",
           "Dushanbe;Khujand;Bokhtar;Kulob;Khorugh", "nohiyai Sino;nohiyai Firdavsi;nohiyai Shohmansur;mavzei Zarafshon;Panjshanbe",
           "7NNNNN", ("P:{pc}|C:{t}/S:{s}|B:khonai {n}|U:hujrai {u}", "S:{s} {n}/{u}/D:{d}/C:{t}")),
    "TM": ("Magtymguly şaýoly;Garaşsyzlyk şaýoly;Atatürk köçesi;Görogly köçesi;Bitarap Türkmenistan şaýoly",
           "Aşgabat;Türkmenabat;Daşoguz;Mary;Balkanabat", "Parahat {u2};Mir {u2};Köşi;Büzmeýin;Çoganly",
           "7NNNNN", ("P:{pc}|C:{t}/S:{s}|B:jaý {n}|U:öý {u}", "D:{d} ýaşaýyş toplumy|B:jaý {n}/C:{t}")),
    "BZ": ("Albert Street;Regent Street;Freetown Road;Princess Margaret Drive;Coney Drive",
           "Belize City;Belmopan;San Ignacio;Orange Walk Town;Dangriga", "Kings Park;Buttonwood Bay;Caribbean Shores;Fort George;Yarborough",
           "", ("B:#{n}|S:{s}/D:{d}/C:{t}", "S:Mile {m} George Price Highway/C:{t}")),
    "HT": ("Rue Capois;Avenue John Brown;Rue Lamarre;Delmas {m};Rue Pavée",
           "Port-au-Prince;Cap-Haïtien;Jacmel;Les Cayes;Pétion-Ville", "Bourdon;Turgeau;Pacot;Canapé-Vert;Bois Verna",
           "HTNNNN", ("U:#{n}|S:{s}/D:{d}/C:{t} {pc}", "S:Impasse {B}|U:#{n}|S:{s}/C:{t}")),
    "SR": ("Domineestraat;Kwattaweg;Henck Arronstraat;Anton Dragtenweg;Gravenstraat",
           "Paramaribo;Lelydorp;Nieuw Nickerie;Moengo;Albina", "Ressort Munder;Ressort Flora;Zorg en Hoop;Uitvlugt;Tammenga",
           "", ("S:{s} {n}/D:{d}/C:{t}", "S:{s} {n} (perceel {box})/C:{t}")),
    "VE": ("Avenida Francisco de Miranda;Calle Los Laboratorios;Avenida Urdaneta;Esquina de Gradillas;Avenida Libertador",
           "Caracas;Maracaibo;Valencia;Barquisimeto;Mérida", "Urbanización Los Palos Grandes;Urbanización La Castellana;Parroquia Chacao;Urbanización El Paraíso;Sector La Floresta",
           "NNNN", ("S:{s}|B:Edificio {B}|U:piso {u2}|U:apto. {u2}{b}/D:{d}/C:{t} {pc}", "S:{s} con {m}|B:Quinta {B}/D:{d}/C:{t}")),
    "WS": ("Beach Road;Vaea Street;Falealili Street;Convent Street;Fugalei Street",
           "Apia;Salelologa;Leulumoega;Faleolo;Falealupo", "Vaitele;Moto'otua;Vailima;Lotopa;Matautu",
           "", ("S:{s}|D:{d}/C:{t}|C:Upolu", "S:P.O. Box {box}/C:{t}")),
    "VU": ("Kumul Highway;Rue d'Auvergne;Lini Highway;Rue Emile Mercet;Father Walter Lini Avenue",
           "Port Vila;Luganville;Isangel;Lakatoro;Saratamata", "Nambatu;Tassiriki;Anabrou;Fres Wota {u2};Seaside Tongoa",
           "", ("S:{s}|D:{d}/C:{t}", "B:{B} Building|S:{s}/S:PO Box {box}/C:{t}")),
    "TL": ("Rua de Caicoli;Avenida Presidente Nicolau Lobato;Rua Jacinto de Candido;Avenida de Portugal;Rua Colmera",
           "Dili;Baucau;Maliana;Suai;Lospalos", "Suku Bemori;Suku Becora;Aldeia {B};Suku Comoro;Suku Bidau",
           "", ("S:{s}|U:uma {n}/D:{d}/C:{t}", "D:{d}|D:Posto Administrativo Cristo Rei/C:{t}")),
    "MO": ("Avenida de Almeida Ribeiro;Rua do Campo;Avenida do Infante D. Henrique;Rua da Praia Grande;Travessa do Bispo",
           "Macau;Taipa;Coloane", "Edifício {B};Edifício Kam {B};Jardim {B};Edifício Hoi {B};Centro {B}",
           "", ("S:{s} n.º {n}|D:{d}|U:{u}.º andar {b}/C:{t}", "D:{d}|U:{u2}{b}/S:{s}/C:{t}")),
    "LI": ("Städtle;Landstrasse;Kirchstrasse;Gapetschstrasse;Zollstrasse",
           "Vaduz;Schaan;Balzers;Triesen;Eschen", "", "\\L\\I-94NN",
           ("S:{s} {n}/C:{pc} {t}", "B:Haus {B}|S:{s} {n}/C:{pc} {t}")),
    "FO": ("Niels Finsens gøta;Jónas Broncks gøta;Dalavegur;Áarvegur;Hoyvíksvegur",
           "Tórshavn;Klaksvík;Runavík;Tvøroyri;Vágur", "", "FO-1NN",
           ("S:{s} {n}/C:{pc} {t}", "S:{s} {n}|U:{u2}. hædd/C:{pc} {t}")),
}
V11_ADDRESS_COUNTRIES = tuple(_ADDRESS)
TOWNS = {c: tuple(v[1].split(";")) for c, v in _ADDRESS.items()}
_SUBTYPES = {"S": "street", "U": "unit", "B": "building", "D": "district", "C": "city", "P": "postcode"}
_BUILDING_WORDS = ("Zanjabil", "Kapok", "Baobab", "Tamarind", "Ylang", "Mahogany", "Ceiba", "Frangipani", "Cashew",
                   "Sandalwood")


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
    # national numbers without a check here: Venezuelan cédula, Macanese resident card, Samoan, Malawian,
    # Burkinabè, Surinamese and Timorese identity numbers
    "natid": ("V-NN.NNN.NNN", "N/NNNNNN/N", "E-NN.NNN.NNN", "\\AAAAAAA\\A", "B NNNN NNNN NNNN", "FB NNNNNN",
              "NNNNNN-NNNNNNN"),
    "passport": ("\\BNNNNNNN", "\\A\\ANNNNNNN", "NNNNNNNNN\\PS", "\\TNNNNNNN"),
    "licence": ("N\\LNNNNNNN", "DL-NNNNN-2Y", "NNNNNNNN/\\C"),
    "plate": ("NN \\A NNN", "\\AA NNNN", "NNN-\\A-NN", "\\A-NNNNN", "\\BZ C NNNN", "\\MO-NN-NN", "NNNN \\AA NN"),
    "order": ("BK-2Y-NNNN", "NNNN/\\O", "ORD NNNNNN"),
    "booking": ("L\\ANE-NNN", "B2YNNNN-\\A", "NNNNN/\\R"),
    "invoice": ("\\FACT-NNNNN", "NNNN-2Y-F", "IV/NNNNN"),
    "member": ("M\\B-NNNNN", "NNNN-M", "CARD NNNNNN"),
    "account": ("NNNN-NNNN-NNNN", "\\ACC/NNNNN", "NNNNNNNNN-N"),
    "case": ("J\\OB-NNNNN", "NNNN/2Y/W", "WO-NNNNNN"),
    "patient": ("Y\\G-NNNNN", "NN-NNNN-NN", "HC NNNNNNN"),
    "policy": ("\\POL NNNNNNN", "NNN-NNNNNN-N", "H\\O/NNNNN"),
    "contract": ("\\LS-2Y-NNN", "NNNNN-\\KT", "\\AGR NNNNN"),
    "tracking": ("\\A\\A NNN NNN NNN \\A\\A", "NNNN NNNN NNNN", "\\T\\R-NNNNNNNNN"),
    "voucher": ("GIFT-NNNN-NNNN", "NNNNNN\\V", "V\\C NNNNN"),
    "student": ("\\PUP-NNNN", "NNNNN/S\\T", "S-NNNNNN"),
    "staff": ("EMP NNNNN", "NNNN/\\E", "W-NNN"),
    "serial": ("S/\\N NNNNNNNN", "NNNN-XXXX-NNNN", "XXXXXXXXXX"),
    "device": ("IMEI: NNNNNNNNNNNNNNN", "MAC HH-HH-HH-HH-HH-HH", "\\UID HHHHHHHH"),
    "gate": ("LOCKER NNN", "NNNNNN#", "\\KEY-NNN"),
    "lane": ("LANE NN", "TRACK NN-\\A", "BAY NN"),
    "vin": ("XXXXXXXXXXXXXXXXX",),
    "loyalty": ("LOY-NNNNNNNN", "NNNN NNNN NNNN NNNN", "\\STAMP-NNNNN"),
}
#: Identifier kinds (template slot ``{idN.kind}``) and their reported subtype.
ID_KINDS = {**{k: k for k in _ID_SHAPES}, "natid": "national", "irncode": "national", "verif": "national",
            "fopnr": "national", "patient": "health", "device": "device", "serial": "device", "gate": "access",
            "lane": "booking", "loyalty": "member", "iban": "iban"}
_IBAN_BBAN = {"IQ": "AAAANNNNNNNNNNNNNNN", "LI": "NNNNNXXXXXXXXXXXX", "FO": "NNNNNNNNNNNNNN",
              "SC": "AAAANNNNNNNNNNNNNNNNNNNNAAA", "TL": "NNNNNNNNNNNNNNNNNNN", "MR": "NNNNNNNNNNNNNNNNNNNNNNN",
              "SM": "ANNNNNNNNNNXXXXXXXXXXXX", "VA": "NNNNNNNNNNNNNNNNNN"}
_RIF_LETTERS = {"V": 1, "E": 2, "J": 3, "P": 4, "G": 5}
_RIF_W = (3, 2, 7, 6, 5, 4, 3, 2)


def _ir_check(nine: str) -> int:
    s = sum(int(c) * (10 - i) for i, c in enumerate(nine)) % 11
    return s if s < 2 else 11 - s


def ir_code_is_valid(value: str) -> bool:
    """Iranian national code: ten digits, the last from ``sum(digit * 10..2) mod 11`` (kept below 2, else
    ``11 -`` it), not all one digit."""
    digits = value.replace("-", "")
    return (len(digits) == 10 and digits.isdigit() and len(set(digits)) > 1
            and _ir_check(digits[:9]) == int(digits[9]))


def _rif_check(letter: str, eight: str) -> int:
    total = _RIF_LETTERS[letter] * 4 + sum(int(c) * w for c, w in zip(eight, _RIF_W, strict=True))
    check = 11 - total % 11
    return 0 if check >= 10 else check


def ve_rif_is_valid(value: str) -> bool:
    """Venezuelan RIF ``L-NNNNNNNN-C``: letter value * 4 plus digits * 3,2,7,6,5,4,3,2; ``11 - sum mod 11``
    (0 for 10 and 11)."""
    parts = value.split("-")
    return (len(parts) == 3 and parts[0] in _RIF_LETTERS and len(parts[1]) == 8 and parts[1].isdigit()
            and len(parts[2]) == 1 and parts[2].isdigit() and _rif_check(parts[0], parts[1]) == int(parts[2]))


def _ptal_check(eight: str) -> int:
    return (11 - sum(int(c) * w for c, w in zip(eight, (3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11) % 11


def fo_ptal_is_valid(value: str) -> bool:
    """A Faroese-style personal number ``DDMMYY-NNN`` whose ninth digit is a mod-11 check of the first
    eight (the draws avoid a remainder of 10)."""
    body, _, tail = value.partition("-")
    digits = body + tail
    if len(body) != 6 or len(tail) != 3 or not digits.isdigit():
        return False
    check = _ptal_check(digits[:8])
    return check < 10 and check == int(digits[8])


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

_SOLAR_MONTHS = ("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey",
                 "Bahman", "Esfand")
_MONTHS_MG = ("Janoary", "Febroary", "Martsa", "Aprily", "Mey", "Jona", "Jolay", "Aogositra", "Septambra", "Oktobra",
              "Novambra", "Desambra")
_MONTHS_SM = ("Ianuari", "Fepuari", "Mati", "Aperila", "Me", "Iuni", "Iulai", "Aokuso", "Setema", "Oketopa", "Novema",
              "Tesema")
_MONTHS_HT = ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm")
_MONTHS_ES3 = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
              "november", "december")


def gregorian_to_solar_hijri(d: date) -> tuple[int, int, int]:
    """``(year, month, day)`` of ``d`` in the Solar Hijri calendar (the arithmetic 33-year rule)."""
    cumulative = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = d.year + 1 if d.month > 2 else d.year
    days = (355666 + 365 * d.year + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + d.day
            + cumulative[d.month - 1])
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


#: Styles without month or weekday words (other eras among them).
NUMERIC_STYLES = ("mm/dd/yy", "dd/mm/yy", "d-m-yy", "d/m/BE", "Rn.m.d", "Y.d.m", "dd|mm|Y", "SH Y/m/d")
#: Styles of a day within the year (no year written).
SHORT_STYLES = ("Mon. d", "dth of Month", "Wkd d.m.", "d Mon (Wkd)", "Weekday d", "Month, d")
#: Styles in words, English and other languages' orders, calendars and scripts.
TEXT_STYLES = ("d solar-month Y", "民國y年m月d日", "d volana Y", "d masina Y", "d mwa Y", "d-mes-Y", "d Month, Y",
               "MONTH d, Y", "d maand Y jaar")
DATE_STYLES = NUMERIC_STYLES + SHORT_STYLES + TEXT_STYLES


def format_date(d: date, style: str) -> str:
    """``d`` written in one of :data:`DATE_STYLES`."""
    i = d.month - 1
    month, mon, yy, day = MONTHS[i], MONTHS[i][:3], f"{d.year % 100:02d}", WEEKDAYS[d.weekday()]
    sy, sm, sd = gregorian_to_solar_hijri(d)
    table = {
        "mm/dd/yy": f"{d.month:02d}/{d.day:02d}/{yy}", "dd/mm/yy": f"{d.day:02d}/{d.month:02d}/{yy}",
        "d-m-yy": f"{d.day}-{d.month}-{yy}", "d/m/BE": f"{d.day}/{d.month}/{d.year + 543}",
        "Rn.m.d": f"R{d.year - 2018}.{d.month}.{d.day}", "Y.d.m": f"{d.year}.{d.day:02d}.{d.month:02d}",
        "dd|mm|Y": f"{d.day:02d}|{d.month:02d}|{d.year}", "SH Y/m/d": f"{sy}/{sm:02d}/{sd:02d}",
        "Mon. d": f"{mon}. {d.day}", "dth of Month": f"{ordinal(d.day)} of {month}", "Wkd d.m.": f"{day[:3]} {d.day}.{d.month}.",
        "d Mon (Wkd)": f"{d.day} {mon} ({day[:3]})", "Weekday d": f"{day} {d.day}", "Month, d": f"{month}, {d.day}",
        "d solar-month Y": f"{sd} {_SOLAR_MONTHS[sm - 1]} {sy}", "民國y年m月d日": f"民國{d.year - 1911}年{d.month}月{d.day}日",
        "d volana Y": f"{d.day} {_MONTHS_MG[i]} {d.year}", "d masina Y": f"{d.day} {_MONTHS_SM[i]} {d.year}",
        "d mwa Y": f"{d.day} {_MONTHS_HT[i]} {d.year}", "d-mes-Y": f"{d.day}-{_MONTHS_ES3[i]}-{d.year}",
        "d Month, Y": f"{d.day} {month}, {d.year}", "MONTH d, Y": f"{month.upper()} {d.day}, {d.year}",
        "d maand Y jaar": f"{d.day} {_MONTHS_NL[i]} {d.year}",
    }
    if style not in table:
        raise InvalidParameterError(f"unknown date style {style!r}")
    return table[style]


# --------------------------------------------------------------------------------------------
# Organisations: ``{B}`` an invented brand, ``{T}`` a town, ``{L}``/``{L2}`` surnames, ``{F}`` a given name
# --------------------------------------------------------------------------------------------

_BRAND_PARTS = ("ka", "zim", "olo", "tev", "ma", "rin", "usa", "bek", "nor", "ya", "qel", "an", "dro", "vi", "sul",
                "epo", "lak", "tu", "mir", "oz", "fa", "kel", "ubo", "ren", "ixa", "pa", "sor", "eli", "hun", "do")
ORG_FORMS: dict[str, tuple[str, ...]] = {
    "bakery": ("{B} Bakery", "{L} Bread House", "{T} Bakehouse", "Boulangerie {B}", "{B} Loaves"),
    "surf": ("{B} Surf School", "{T} Surf Club", "{L} Surf & Paddle", "{B} Waves", "Escuela de Surf {B}"),
    "tailor": ("{B} Tailors", "{L} Bespoke", "{T} Alterations", "{B} Stitch", "Atelier {B}"),
    "bowling": ("{B} Bowl", "{T} Bowling Centre", "{B} Lanes", "{L} Tenpin", "Bowling {B}"),
    "carwash": ("{B} Car Wash", "{T} Valeting", "{L} Auto Spa", "{B} Shine Bay", "Lavado {B}"),
    "farmshop": ("{B} Farm Shop", "{L} Family Farm", "{T} Growers", "{B} Orchard", "Ferme {B}"),
    "music": ("{B} Music School", "{T} Music Lessons", "{L} Piano & Guitar", "{B} Strings", "Escola de Música {B}"),
    "yoga": ("{B} Yoga", "{T} Yoga Shala", "{L} Movement Studio", "{B} Breath", "Studio {B}"),
    "bindery": ("{B} Bindery", "{L} Bookbinders", "{T} Book Repair", "{B} Paper & Thread", "Reliure {B}"),
    "arborist": ("{B} Tree Care", "{L} Arboriculture", "{T} Tree Surgeons", "{B} Stumps & Hedges", "{L} Forestry"),
    "plumber": ("{B} Plumbing", "{L} Plumbing & Heating", "{T} Drains", "{B} Pipeworks", "Plomberie {B}"),
    "photo": ("{B} Photography", "{L} Portraits", "{T} Photo Studio", "{B} Lens", "Foto {B}"),
    "florist": ("{B} Flowers", "{L} Florist", "{T} Blooms", "{B} Petals", "Floristería {B}"),
    "karting": ("{B} Karting", "{T} Kart Circuit", "{B} Raceway", "{L} Motorsport", "Karting {B}"),
    "bathhouse": ("{B} Bathhouse", "{T} Public Baths", "{B} Sauna", "{L} Hammam", "Bains {B}"),
    "repaircafe": ("{T} Repair Café", "{B} Fixers", "Repair Café {B}", "{T} Mend-it Club", "{B} Tool Library"),
    "employer": ("{B}", "{B} SARL", "{B} Lda.", "{B} C.A.", "{B} N.V.", "{B} AG", "{B} Ltd", "{B} SA", "{B} Co.",
                 "{L} & {L2}", "{B} Anstalt", "{B} P/F"),
    "insurer": ("{B} Assurances", "{B} Seguros", "{T} Mutual", "{B} Insurance", "{B} Tryggingar"),
    "council": ("{T} Town Council", "Mairie de {T}", "Município de {T}", "{T} District Administration"),
    "hospital": ("{T} Referral Hospital", "{B} Clinic", "Clinique {B}", "{T} Health Centre"),
    "school": ("{T} High School", "{B} Academy", "Lycée {B}", "Escola Secundária {B}"),
    "bank": ("{B} Bank", "Banque {B}", "{T} Savings Bank", "Banco {B}"),
    "charity": ("{B} Trust", "{T} Neighbours", "Friends of {B}", "{B} Association"),
}


# --------------------------------------------------------------------------------------------
# Contacts
# --------------------------------------------------------------------------------------------

_FREE_MAIL = ("gmail.com", "chmail.ir", "iraqimail.iq", "fasonet.bf", "cafe.tg", "intnet.bj", "inet.ga",
              "snet.co.ao", "malawi.net", "seychelles.sc", "druknet.bt", "myanmar.com.mm", "tojikiston.tj",
              "online.tm", "btl.net", "hainet.net", "sr.net", "cantv.net", "lesamoa.net", "vanuatu.com.vu",
              "timor.tl", "macau.ctm.net", "adon.li", "olivant.fo", "proton.me", "yahoo.fr", "hotmail.com")
_ORG_TLDS = ("ir", "iq", "bf", "tg", "bj", "ga", "co.ao", "mw", "sc", "bt", "com.mm", "tj", "tm", "bz", "ht", "sr",
             "com.ve", "ws", "vu", "tl", "mo", "li", "fo", "bike", "shop", "farm", "yoga", "photo")
_INTERNAL = ("{s}.corp", "intra.{s}.net", "{s}.home.arpa", "{s}.private", "mail.{s}.intranet", "{s}.lokal")
_STOP = {"the", "of", "and", "de", "la", "du", "boulangerie", "escuela", "surf", "atelier", "bowling", "lavado",
         "ferme", "escola", "musica", "studio", "reliure", "plomberie", "foto", "floristeria", "karting", "bains",
         "repair", "cafe", "mairie", "municipio", "clinique", "lycee", "banque", "banco", "friends"}


class ValuesV11(HandTableDrawing, v7.ValuesV7):
    """Draws v11's private values with the per-document RNG ``rng``; user names, handles and IP
    addresses are drawn as v7 draws them, from v11's names."""

    id_shapes, iban_bban = _ID_SHAPES, _IBAN_BBAN
    hand_traditions, hand_names, hand_doubled = V11_HAND_TRADITIONS, _NAMES, _DOUBLE
    domain_stop, domain_internal, domain_tlds = _STOP, _INTERNAL, _ORG_TLDS
    org_towns, org_countries, brand_parts = TOWNS, V11_ADDRESS_COUNTRIES, _BRAND_PARTS

    # people --------------------------------------------------------------------------------
    def email(self, p: Person, domain: str | None) -> str:
        rng = self.rng
        f, last = name_token(p.first), name_token(p.last)
        local = rng.choice((f"{f}.{last}", f"{last}.{f[:1]}", f"{f}_{rng.randrange(1, 99):02d}", f"{f[:3]}{last[:3]}",
                            f"{last}-{f}", f"{f}{last}{rng.randrange(1, 9)}", f"{f[:1]}{last}", f"{last}{rng.randrange(80, 99)}"))
        return f"{local}@{domain or rng.choice(_FREE_MAIL)}"

    # identifiers --------------------------------------------------------------------------------
    def ident(self, kind: str, variant: int) -> str:
        """An identifier of ``kind``; ``variant`` (a structural fact) picks its layout."""
        rng = self.rng
        if kind == "iban":
            return self.iban(variant)
        if kind == "irncode":
            nine = f"{rng.randrange(1, 10)}" + shape(rng, "NNNNNNNN")
            value = nine + str(_ir_check(nine))
            return f"{value[:3]}-{value[3:9]}-{value[9]}" if variant else value
        if kind == "verif":
            letter = rng.choice("VVVEJ")
            eight = f"{rng.randrange(3_000_000, 30_000_000):08d}"
            return f"{letter}-{eight}-{_rif_check(letter, eight)}"
        if kind == "fopnr":
            while True:
                d = self._birth(1950, 55)
                eight = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{shape(rng, 'NN')}"
                if _ptal_check(eight) < 10:
                    return f"{eight[:6]}-{eight[6:]}{_ptal_check(eight)}"
        return self.shaped_id(kind, variant)

    def id_variants(self, kind: str) -> int:
        """How many layouts ``kind`` has (the range of its structural ``variant``)."""
        if kind == "iban":
            return 2 * len(_IBAN_BBAN)
        if kind == "irncode":
            return 2
        if kind in ("verif", "fopnr"):
            return 1
        if kind not in _ID_SHAPES:
            raise InvalidParameterError(f"unknown identifier kind {kind!r}")
        return len(_ID_SHAPES[kind])
