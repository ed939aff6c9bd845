"""Round 8 (tables): what a column header says its cells hold.

A header such as ``driver_name``, ``Requester``, ``Geburtsdatum``, ``e-mail``, ``N° de téléphone`` or
``kit owner`` is split into words (on ``_``, ``-``, ``.``, ``/``, spaces and camelCase; accents folded;
German and Dutch compounds read by their last part: ``Kundenname`` -> ``name``) and typed by word
tables written from general knowledge for many languages (English, French, Spanish, Portuguese,
Italian, German, Dutch, the Nordic languages, Polish, Czech, Slovak, Hungarian, Romanian, Croatian,
Turkish, Indonesian, Finnish, Estonian, Latvian, Lithuanian):

- a word of a *public* column (score, count, status, type, metric, profile, amount, description, ...)
  makes the whole column public, whatever else the header says ("vehicle type", "user count");
- a bare name word ("name", "nom", "naam", "imię", "név", "jméno") types the column only with a
  person qualifier ("first", "full", "match", "driver", ...) or a typed word ("company name" is an
  organisation); a name of a thing ("file name", "model name", "option name") stays public;
- several typed words resolve by a fixed order: contact, date, place, strong identifier, a weak
  identifier word after an organisation or person word ("customer id"), organisation, person, weak
  identifier; a place word beside a birth or death word is a place ("lieu de naissance",
  "town of birth", "Geburtsort", "tempat lahir");
- place words of many languages, administrative (``municipio``, ``comune``, ``kommune``, ``provincia``,
  ``distrito``, ``barrio``, ``county``, ``suburb``) and personal (``hometown``, ``birthplace``); the
  words that also name public columns (``state`` of a ticket, a cloud ``region``, ``country``, ``area``)
  are a place only with a place or person qualifier and nothing else ("home state", "State/Province",
  "country of birth"), so "state", "region" and "state code" stay public.

Over-tagging risk: a column word that is also a public table's column ("reference" in a citation
table, "owner" of a code path); the cell rules of
:mod:`~dpfusion_integrations.tagging.recall.tables_cells_r8` keep only cells that look like a value of
the type. Decisions depend on the header's words only, never on the cells' values.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import (
    CONTACT,
    DATE,
    ID,
    LOCATION,
    ORGANIZATION,
    PERSON,
)
from dpfusion_integrations.tagging.recall.base import fold

__all__ = ["column_type", "header_words", "is_known_label"]


def _words(block: str) -> frozenset[str]:
    return frozenset(fold(word).lower() for word in block.split())


#: Words of a column that holds public figures or categories.
PUBLIC_WORDS = _words("""
score scores count counts total totals sum avg average mean median min max std stdev percent pct ratio rate
rates share status state type types kind kinds category categories class classes metric metrics profile
profiles mode level levels grade stage step steps priority severity result results outcome outcomes flag flags
value values amount amounts price prices cost costs fee fees qty quantity quantities size sizes weight height
length duration time hours minutes seconds days weeks version versions release model models make brand
colour color description descriptions desc comment comments note notes remark remarks details detail summary
reason reasons action actions option options setting settings parameter parameters param params default
defaults field fields column columns key keys variable variables meaning means purpose precision recall f1
accuracy auc loss epsilon delta alpha beta tokens token segments segment consent answer answers question
questions topic title heading label tag tags
language lang currency format file files path paths url module modules package packages function method test
tests doc docs page pages section task tasks job jobs event events item items product products
project projects service services plan plans team teams group groups role roles department dept position
rank visits visit lesson lessons round rounds set sets source sources target targets area areas region
country countries nationality gender sex age room floor seat shift
statut etat tipo tipus typ art stato estado estatus categoria kategorie kategoria pontuacao puntuacion
punkte wert valor valeur importe betrag montant summe monto precio prix preis opis beschreibung descripcion
descricao nota notiz notizen bemerkung remarque commentaire comentario kommentar uwagi megjegyzes poznamka
""")

#: Words that name one kind of private value (the column's cells are of that type).
_TYPED: dict[str, frozenset[str]] = {
    CONTACT: _words("""
        contact contacts email emails mail e-mail phone phones tel telephone telefone telefono telefon telephon
        mobile mobil mobiel cell cellphone handy movil celular portable gsm fax whatsapp telegram signal skype
        user users username usernames login logins handle handles nick nickname alias userid uid
        courriel correo correio sahkoposti epost kontakt kontakte contacto contato contatto kapcsolat
        utilisateur usuario usuario utente benutzer benutzername gebruiker gebruikersnaam uzytkownik
        felhasznalo uzivatel kullanici pengguna kayttaja telefonnummer telefoonnummer handynummer
        телефон почта τηλεφωνο 电话 電話 전화 메일 هاتف
        """),
    DATE: _words("""
        date dates dob birth birthday birthdate born died death deceased received submitted opened closed
        issued expiry expires expiration expired due deadline start started end ended joined hired left
        admitted discharged dated since until valid appointment
        datum data fecha datas naissance nacimiento nascimento nascita geburtsdatum geboortedatum
        fodelsedato fodselsdato syntymaaika szuletesi narozeni urodzenia dogum tanggal lahir
        дата рождения ημερομηνια 日付 生年月日 日期 날짜 생년월일 تاريخ
        """),
    LOCATION: _words("""
        address addresses addr street streets road avenue city town village suburb district county province
        postcode postal zip zipcode postcode residence home domicile location locality place birthplace
        adresse adres adresa direccion endereco indirizzo cim osoite aadress adrese adresas straat strasse
        strase rue calle rua via ulica ulice utca ort stadt ville ciudad cidade citta stad miasto varos mesto
        plaats gemeente wohnort domicilio localidad localite plz postnummer postinumero iranyitoszam psc
        hometown birthplace neighbourhood neighborhood borough township hamlet parish
        municipality prefecture canton kanton
        municipio municipalidad comuna comune kommune kommun gemeinde commune provincia provincie provinz
        distrito distretto barrio bairro colonia quartier quartiere wijk buurt stadtteil ortsteil stadsdeel
        departamento departement landkreis kreis bundesland okres powiat gmina wojewodztwo megye obec kraj
        maakunta kunta fylke provinsi kabupaten kecamatan kelurahan desa kota barangay parroquia
        freguesia concelho comarca contea condado pueblo aldea aldeia villaggio frazione dorf dorp wies
        falu vesnice kyla koy ilce mahalle sehir
        lieu lugar luogo miejsce miejscowosc hely misto miesto sted plats paikka tempat
        geburtsort heimatort herkunftsort aufenthaltsort standort geboorteplaats woonplaats fodelseort
        fodested fodselssted syntymapaikka kotipaikka asuinpaikka
        область район город село 出生地 籍贯 本籍 出身地 都道府県 市区町村 주소지 출생지 مدينة
        адрес город улица διευθυνση πολη 住所 地址 주소 عنوان
        """),
    ORGANIZATION: _words("""
        company companies employer employers organisation organization org orgs firm firms business
        supplier suppliers vendor vendors carrier insurer bank school university college agency provider
        practice clinic hospital hotel venue store shop merchant contractor subcontractor partner
        firma empresa entreprise societe unternehmen azienda bedrijf arbeitgeber employeur empleador werkgever
        pracodawca zamestnavatel munkaltato sirket perusahaan
        """),
    PERSON: _words("""
        person persons people surname surnames forename forenames firstname lastname fullname driver drivers
        requester requestor requested owner owners member members
        patient patients client clients customer customers employee employees staff agent agents handler
        handlers assignee assignees assigned signed signatory signatories applicant applicants tenant tenants
        guest guests passenger passengers pupil pupils student students teacher teachers instructor
        instructors doctor doctors nurse nurses witness witnesses caller callers resident residents author
        authors reviewer reviewers approver approvers approved manager managers supervisor supervisors
        officer officers worker workers volunteer volunteers participant participants donor donors recipient
        recipients sender senders buyer buyers seller sellers consignor consignee landlord landlords parent
        parents guardian guardians child children spouse kin beneficiary beneficiaries holder holders insured
        claimant claimants defendant victim victims suspect suspects rider riders technician technicians
        engineer engineers inspector inspectors auditor auditors initials signature responsible lead
        attendee attendees delegate delegates speaker speakers candidate candidates voter voters elector
        electors pilot crew coach trainer therapist clinician physician surgeon midwife carer caregiver
        landlady lodger occupant occupants householder borrower lender debtor creditor payer payee
        who whom reporter reporters reported interviewer interviewee respondent respondents subscriber subscribers
        sponsor sponsors referee
        consultant consultants dentist pharmacist gp lawyer solicitor attorney advocate notary accountant
        broker representative rep advisor adviser counsellor counselor mentor tutor examiner assessor
        caseworker receptionist cashier dispatcher paramedic chaplain priest pastor imam rabbi registrar clerk
        secretary chair chairperson treasurer organiser organizer friend relative mother father
        arzt arztin medecin medico lekarz orvos lekar berater conseiller asesor consulente
        nom prenom nombre apellido apellidos naam voornaam achternaam vorname nachname nome cognome sobrenome
        namn efternamn fornamn navn fornavn etternavn efternavn nimi etunimi sukunimi imie nazwisko nev
        vezeteknev keresztnev jmeno prijmeni meno priezvisko ime prezime nume prenume isim soyad soyadi adi
        nama eesnimi perekonnanimi vards uzvards vardas pavarde
        имя фамилия отчество фио прізвище клиент сотрудник водитель пациент владелец επωνυμο πελατης
        姓名 氏名 名前 姓 名 이름 성명 고객 顾客 客户 担当者 担当 الاسم اسم العميل
        kunde kunden klient klienta klientin cliente clientes paciente pacientes paziente patientin fahrer
        fahrerin conducteur conductor motorista autista bestuurder chauffeur kierowca sofor ridic
        mitarbeiter mitarbeiterin empleado empleada funcionario dipendente medewerker pracownik zamestnanec
        dolgozo ansatt anstalld tyontekija titular responsable verantwortlich bearbeiter sachbearbeiter
        ansprechpartner eigentumer eigenaar proprietaire proprietario wlasciciel tulajdonos vlastnik
        empfanger destinataire destinatario beneficiario odbiorca kedvezmenyezett prijemce ontvanger mottaker
        mottagare vastaanottaja antragsteller solicitante demandeur aanvrager wnioskodawca kerelmezo zadatel unterschrift firmante
        """),
}

#: Words of an identifier column that say what the value is ("vehicle", "iban", "passport").
_STRONG_IDS = _words("""
    iban bic swift vin plate plates reg registration vehicle vehicles licence license passport ssn nin nino
    nif dni cpf rut curp pesel bsn personnummer henkilotunnus cnp oib kimlik aadhaar
    account accounts acct policy claim claims invoice invoices order orders booking bookings ticket tickets
    badge badges card cards serial imei mac ip mrn nhs insurance membership kitmatricula
    kennzeichen immatriculation matricola placa rekisteri rejestracja rendszam spz konto compte cuenta conta
    conto rekening tilinumero
    """)

#: Weak identifier words: an identifier unless a stronger word says more ("phone number" is a contact).
_WEAK_IDS = _words("""
    id ids no nr num number numbers ref refs reference references code codes nummer numero numer szam cislo
    broj numar nro n° #
    """)

#: Words that name a person's name on their own ("First", "Last", "Surname" as column headers).
_NAME_PARTS = _words("first last given family middle maiden forename")

#: Bare name words: they type a column only with a person qualifier or a typed word.
_NAME_WORDS = _words("""
    name names fullname nom nombre naam nome namn navn nimi imie nev jmeno meno ime nume isim adi nama
    vards vardas ονομα
    """)

#: Words that make a bare name word a person's name.
_NAME_QUALIFIERS = _words("""
    first last full given family middle maiden legal display nick preferred surname sur forename
    match matches complet completo completa komplett pelny teljes cele
    """)

#: Small words of multi-word headers that say nothing ("date of birth", "signed by", "n° de").
_FILLERS = _words("""
    of by the a an at on in to for de du des la le el del da do dos das di der die den het van von
    na po za ot z w
    """)

#: Words that are public columns alone ("state" of a ticket, a cloud "region") and a place with a
#: place or person qualifier ("home state", "State/Province", "country of birth", "region of residence").
_QUALIFIED_PLACES = _words("state states region regions country area estado pais pays land")

#: Words that make one of :data:`_QUALIFIED_PLACES` a place (lived in, born in, sent to).
_PLACE_QUALIFIERS = _words("""
    home birth born native origin residence residential resident residency domicile mailing billing
    shipping delivery postal living current previous permanent
    naissance nacimiento nascimento nascita geburt geboorte urodzenia szuletesi narozeni dogum lahir
    residencia residenza wohnsitz woonplaats domicilio
    """)

#: Date words that, beside a place word, say which place ("place of birth" is a place, not a date).
_BIRTH_WORDS = _words("""
    birth born death died deceased naissance deces nacimiento defuncion nascimento obito nascita morte
    geburt geboorte urodzenia szuletesi narozeni dogum lahir syntyma fodsel fodelse
    """)

_ID_LIKE_ORDER = (CONTACT, DATE, LOCATION)
_COMPOUND_HEADS = ("name", "naam", "nummer", "datum", "adresse", "adres", "strasse", "straat", "telefon",
                   "nr", "code", "kode")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPLIT = re.compile(r"[^\w#°]+|_")


def header_words(label: str) -> list[str]:
    """The lower-case, accent-folded words of a header cell (split on punctuation and camelCase)."""
    spaced = _CAMEL.sub(" ", label[:60]).replace("ß", "ss")
    return [fold(word).lower() for word in _SPLIT.split(spaced) if word]


def _type_of_word(word: str) -> str | None:
    for group_type, words in _TYPED.items():
        if word in words:
            return group_type
    if word in _STRONG_IDS:
        return "ID!"
    if word in _WEAK_IDS:
        return "ID?"
    return None


def _compound_head(word: str) -> str | None:
    """The known last part of a closed compound ("kundenname" -> "name"), else ``None``."""
    for head in _COMPOUND_HEADS:
        if len(word) > len(head) + 2 and word.endswith(head):
            return head
    return None


def is_known_label(label: str) -> bool:
    """Whether a header cell holds a known column word (public or private): marks a header row."""
    for word in header_words(label):
        if (word in PUBLIC_WORDS or word in _NAME_WORDS or _type_of_word(word) is not None
                or _compound_head(word) is not None):
            return True
    return False


def column_type(label: str) -> str | None:
    """The group type a header gives its column's cells, or ``None`` (public or unknown column)."""
    words = header_words(label)
    if not words or len(words) > 5:
        return None
    if _qualified_place(words):
        return LOCATION
    if any(word in PUBLIC_WORDS for word in words):
        return None
    joined = _type_of_word("".join(words)) if len(words) > 1 else None
    if joined is not None:  # "e-post", "first_name", "user name" read as one word
        return _resolve([joined])
    kinds: list[str] = []
    bare_name = unknown = False
    for word in words:
        if word in _FILLERS:
            continue
        kind = _type_of_word(word)
        if kind is None and word in _NAME_WORDS:
            bare_name = True
        elif kind is None and word not in _NAME_QUALIFIERS:
            head = _compound_head(word)
            if head in _NAME_WORDS:
                kinds.append(PERSON)  # "kundenname", "fahrername"
            elif head is not None and _type_of_word(head) is not None:
                kinds.append(_type_of_word(head) or "")
            else:
                unknown = True
        elif kind is not None:
            kinds.append(kind)
    if bare_name and unknown:
        return None  # a name of a thing: "host name", "display_x name"
    if bare_name and all(kind == "ID!" for kind in kinds):
        return PERSON  # "name", "full name", "account name"
    if not kinds and not unknown and all(word in _NAME_PARTS or word in _FILLERS for word in words):
        return PERSON  # "First", "Last", "given"
    birth_place = LOCATION in kinds and all(
        word in _BIRTH_WORDS for word in words if _type_of_word(word) == DATE)
    return LOCATION if birth_place else _resolve(kinds)


def _qualified_place(words: list[str]) -> bool:
    """Whether a header holds a word that is a place only with a qualifier ("state") and such a
    qualifier or another place word ("home state", "state/province"), and no other public word."""
    if not any(word in _QUALIFIED_PLACES for word in words):
        return False
    others = [word for word in words if word not in _QUALIFIED_PLACES and word not in _FILLERS]
    qualified = [word for word in others if word in _PLACE_QUALIFIERS or _type_of_word(word) == LOCATION]
    return bool(qualified) and len(qualified) == len(others)


def _resolve(kinds: list[str]) -> str | None:
    """One type for a header's typed words: a contact, date or place word wins; else the last strong
    word ("kit owner" is a person, "driver licence" an identifier), an identifier when a weak
    identifier word follows it ("customer id")."""
    for group_type in _ID_LIKE_ORDER:
        if group_type in kinds:
            return group_type
    strong = [k for k, kind in enumerate(kinds) if kind != "ID?"]
    if not strong:
        return ID if kinds else None
    last = strong[-1]
    if "ID?" in kinds[last + 1 :] or kinds[last] == "ID!":
        return ID
    return kinds[last]
