"""Round 6: upper-case words that stand before a number in public text, so are not part of a code.

The round-6 code rules (:mod:`~dpfusion_integrations.tagging.recall.code_prefixes_r6`,
:mod:`~dpfusion_integrations.tagging.recall.plate_layouts_r6`) read a short upper-case word before a
number as the issuer's prefix of one code ("SR 2554904", "CLM 0451227"). These sets name the words
that are not, written from general knowledge for many countries (never from a held-out set):

- :data:`FIELD_LABELS`: labels naming a kind of identifier or field (``MRN``, ``NHS``, ``SSN``,
  ``IBAN``, ``ID``, ``No``, ``Ref``, ``Tel``, ``DOB``, ``CARD``, ``ACCOUNT``, ``SERIAL``...). They say what kind of number follows, which
  is public, and they stand before values in the same way in every document, so the value alone is
  the private part ("(MRN 483920)" reads "(MRN [ID])"). Words naming the record itself, written in
  capitals and joined to its number ("CASE 1085084", "CLAIM 7730418", "JOB 44120"), are not labels
  here: that is how the record is cited, like the joined forms "CASE#1085084" or "INC0093318";
- :data:`PUBLIC_PREFIXES`: currency codes, standards bodies and public catalogues, units, eras and
  fiscal periods, hardware series, and upper-case function words ("ISO 9001", "USD 2500",
  "FY 2024", "RTX 4090", "IN 2024 WE").

All entries are upper case; callers compare ``word.upper()``.
"""

from __future__ import annotations

__all__ = ["FIELD_LABELS", "PUBLIC_PREFIXES", "STOP_WORDS", "is_public_prefix"]


def _words(block: str) -> frozenset[str]:
    """The whitespace-separated words of ``block``."""
    return frozenset(block.split())


FIELD_LABELS = _words("""
ID IDS NO NOS NR NUM NUMBER REF REFS TEL FAX MOB PH CELL EXT DOB DOD IBAN BIC SWIFT SORT ACC ACCT AC PIN
MRN NHS CHI HCN NHI IHI UPN ULN UCI SSN SIN NI NINO NIN TIN EIN ITIN PAN GST GSTIN VAT ABN ACN TFN IRD UTR
EORI DUNS LEI ISIN SEDOL CUSIP ISBN ISSN DOI PMID ORCID UPC EAN GTIN SKU HS CPF CNPJ RG DNI NIE NIF CIF
CURP RFC RUT RUC CUIT CUIL CI CC BSN PESEL NIP REGON PPSN PPS AHV AVS OIB JMBG EGN EMSO AMKA AFM TCKN
NRIC FIN HKID MYKAD CNIC NIC NID KTP NIK AADHAAR UAN EPIC GDC GMC NMC HCPC NPI DEA AHPRA IMEI IMSI ICCID
MEID ESN MAC VIN IP URL PNR ZIP PLZ CAP CEP PC POSTCODE OTP CVV CVC
CARD ACCOUNT NUMBER CODE FILE FORM SERIAL BADGE PERMIT LICENCE LICENSE PASSPORT VISA MEMBER MEMBERSHIP
""")

PUBLIC_PREFIXES = _words("""
USD EUR GBP JPY CNY RMB INR AUD CAD CHF NZD SEK NOK DKK ISK PLN CZK HUF RON BGN HRK RSD BAM MKD ALL TRY RUB
UAH BYN GEL AMD AZN KZT UZS KGS TJS MNT BRL ARS CLP COP MXN PEN UYU PYG BOB VES CRC GTQ DOP JMD TTD ZAR NGN
KES GHS EGP MAD TND DZD ETB TZS UGX RWF ZMW MWK BWP NAD MUR XOF XAF AED SAR QAR KWD BHD OMR ILS JOD LBP IQD
IRR PKR BDT LKR NPR IDR MYR SGD THB VND PHP KRW HKD TWD MOP BTC ETH RS RP KSH RM DH SH KR FT LEI
ISO IEC EN DIN BS ANSI IEEE ASTM ASME SAE NFPA UL CSA JIS GB NF UNE AS NZS IS SANS GOST ECMA ETSI ITU CEN
OHSAS API MIL NIST FIPS PCI CVE CWE KB RFC CAS EC NGC IC HD HIP UN ICD DSM ATC BWV HWV KV OP
KM MM CM NM KG MG UG ML GB MB KB TB PB GHZ MHZ KHZ HZ KW MW GW KWH MWH HP RPM DPI PPI BPM PPM PSI MAH LB
LBS OZ FT YD MI MPH KPH KMH CC KCAL CAL MS NS
AD BC BCE CE AH AM PM FY CY AY SY YR YRS Q H HY QTR
RTX GTX GT RX MX XPS DDR LPDDR GDDR PCIE USB HDMI LTE GSM CPU GPU RAM ROM SSD HDD OS IOS WIN XP NT
A B C E F G K L M N P R S T U V W X Y Z
""")

#: Upper-case function words and quantity words of all-caps headings ("IN 2024 WE", "TOTAL 12500").
STOP_WORDS = _words("""
A AN THE AND OR OF IN ON AT TO BY FOR FROM WITH INTO ONTO UPON OVER UNDER ABOUT AFTER BEFORE SINCE UNTIL
TILL PER VIA VS AS IS ARE WAS WERE BE BEEN IT ITS WE US OUR YOU YOUR HE SHE HIS HER THEY THEIR I ME MY
THIS THAT THESE THOSE ALL ANY SOME EACH EVERY ONLY JUST ALSO NOT NO YES UP DOWN OUT OFF SO IF THEN THAN
TOTAL SUM PRICE COST COSTS AMOUNT BALANCE QTY SIZE WEIGHT HEIGHT WIDTH LENGTH DEPTH AREA POP AGE AGED
YEAR YEARS PAGE PAGES ROOM FLOOR SUITE UNIT BOX LEVEL ROUTE HWY HIGHWAY EXIT GATE PLATFORM STEP PART
SECTION CHAPTER ARTICLE ITEM LINE FIGURE TABLE VOL VOLUME ISSUE EST CIRCA CA APPROX NEARLY SAVE WIN
CALL DIAL TEXT PHONE UNITS POINTS PTS SCORE RANK TOP MAX MIN AVG NET GROSS TAX FEE FEES PAY PAID DUE
""")


def is_public_prefix(word: str) -> bool:
    """Whether an upper-case word before a number is a field label or a public prefix, not part of a code."""
    upper = word.upper()
    return upper in FIELD_LABELS or upper in PUBLIC_PREFIXES or upper in STOP_WORDS
