"""Round 5 street shapes: streets the round-2 street rule (:mod:`~dpfusion_integrations.tagging.recall.addresses`)
does not read, written in the layouts of many countries. Each is an anchor from which
:class:`~dpfusion_integrations.tagging.recall.address_blocks.AddressBlocks` grows the rest of the address.

- a leading street word, particles anywhere, the number after an optional comma or "N°"
  ("Av. Sete de Setembro, 58", "Calz. de Tlalpan 192", "Diag. San Martin N° 18", "Quadra de Machado,
  393", "Jalan Hang Lekir 8/38g", "Av. 3 N° 53");
- Colombian numbered streets ("Calle 70 # 19U-92", "Cl. 181 # 95-53", "Av. Silos # 49-5 Sur");
- a name and a house number before a unit word ("Los Girasoles 33 Of. 379", "Via Roma 12 int. 4");
- a street word in lower case after the name, then the number ("Szerbtóti utca 48.", "Štebijeva cesta
  9b", "Birger Kaipiaisen tie 390", "Šilobodov put 93", "Odborárske námestie 5");
- a street word in lower case before the name ("avenue Odette Saudan 92", "rue Grégoire Hoarau",
  "boulevard de Carraud 208");
- a house number, particles, a name and one of many English street suffixes ("8932 de Bhailis Court",
  "39075 de Liostún Path", "12 Larch Underpass");
- Turkish streets with "No:" and a door ("İstiklal Cd. No:110 D:15").

A leading word alone is never enough: a capitalised name, and for most shapes a number, must follow.
Typed LOCATION by the detector that uses them.
"""

from __future__ import annotations

import re

__all__ = ["LEADING_STREET_WORDS", "STREET_PATTERNS_R5"]

_CAP = r"[A-ZÀ-ÖØ-ÝŁŚŻŹĆŃİŞÇĞÜÖČŠŽĐ][\w'’.-]{0,40}"
_NAME = rf"(?:{_CAP}|\d{{1,3}}(?:st|nd|rd|th|ª|º)?)"
#: One particle and the space after it ("de ", "della ") or an elided one ("d'", "l'"): the space is
#: required, so a run of particle letters ("delladella...") can be read one way only (linear time).
_PARTICLE = r"(?:(?:de|del|della|delle|dei|do|da|dos|das|di|du|des|la|las|los|le|les|van|von|al|el)[ ]+|[dl]['’])"
_NUMBER = r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?){0,2}"
_LEADING = (
    r"Calz\.|Calzada|Bv\.|Bvd\.|Blvr\.|Bulevar|Av\.|Av|Avda\.|Avenida|Alameda|Estrada|Rodovia|Ladeira|Rua|R\."
    r"|Travessa|Tv\.|Praça|Largo|Beco|Quadra|Campo|Conjunto|Chácara|Condomínio|Esplanada|Fazenda|Jardim|Loteamento"
    r"|Núcleo|Parque|Passarela|Pátio|Recanto|Residencial|Setor|Sítio|Trecho|Trevo|Vereda|Viaduto|Viela|Vila"
    r"|Calle|C/|Carrera|Cra\.|Cl\.|Diagonal|Diag\.|Dg\.|Transversal|Jirón|Jr\.|Pasaje|Psje\.|Pje\.|Camino|Paseo"
    r"|Periférico|Prolongación|Circuito|Privada|Cerrada|Retorno|Andador|Callejón|Eje|Boulevard|Blvd\.|Ruta"
    r"|Passeig|Pg\.|Ronda|Vía|Via|Viale|Corso|Rehov|Rechov|Derech|Sderot|Shari|Sharia|Jalan|Jln\.|Jl\.|Gang"
    r"|Lorong|Soi|Thanon|Đường|Duong|Phố|Ulitsa|Ul\.|Prospekt|Pereulok|Per\.|Vulytsia|Vul\.|Strada|Str\.|Jln"
    r"|Circunvalación|Viaducto|Ampliación|Carretera|Autopista|Vía|Cuesta|Glorieta|Rambla|Travesía|Urbanización"
    r"|Piazza|Piazzale|Largo|Vicolo|Rotonda|Stretto|Contrada|Borgo|Salita|Lungomare|Galleria|Traversa|Vico"
    r"|Bulevardul|Bd\.|Calea|Aleea|Rruga|Odos|Iela|Gatve|Rue|Chemin|Allée|Quai"
)
#: The leading street words as one alternation, for later rounds that look for a street word.
LEADING_STREET_WORDS = _LEADING
_LOWER_AFTER = (
    r"utca|út|útja|tér|körút|köz|sor|fasor|cesta|ulica|put|trg|odvojak|prilaz|obala|námestie|nám\.|trieda"
    r"|nábrežie|náměstí|třída|tie|katu|kuja|polku|tee|iela|gatvė|gatve|prospekt|prospekti|küçəsi|sokak|sokağı"
    r"|caddesi|bulvarı|straat|laan|weg|gasse|vej|gade|gata|gatan|vägen|veien|väg|allee|platz|strasse|straße"
    r"|ring|ulitsa|vulytsia|aleja|osiedle"
)
_LOWER_BEFORE = (
    r"rue|avenue|boulevard|chemin|allée|impasse|quai|rang|montée|calle|avenida|rua|travessa|ulica|utca|viale"
    r"|piazza|corso|vicolo|largo|strada|calea|aleea|jalan|lorong"
)
_SUFFIXES = (
    r"Path|Pass|Passage|Crossing|Junction|Underpass|Overpass|Ridge|Ridges|Heights|Fields|Meadows|Springs|Valley"
    r"|Villages|Village|Points?|Summit|Stream|Harbou?rs?|Haven|Hollow|Island|Isle|Knoll|Lakes?|Landing|Mills?"
    r"|Mission|Motorway|Orchard|Oval|Pike|Pines?|Plains?|Port|Prairie|Radial|Ranch|Rapids|Rest|Route|Run|Shoals?"
    r"|Shores?|Skyway|Spurs?|Stravenue|Throughway|Trace|Track|Trafficway|Tunnel|Turnpike|Unions?|Viaduct|Vista"
    r"|Wells?|Glens?|Forges?|Fords?|Fort|Freeway|Expressway|Extension|Corners?|Creek|Crest|Curve|Dale|Dam|Divide"
    r"|Estates?|Falls|Ferry|Flats?|Brooks?|Burgs?|Bypass|Camp|Canyon|Causeway|Cliffs?|Commons?|Coves?|Bluffs?"
    r"|Bottom|Branch|Bridge|Annex|Arcade|Beach|Bend|Gateway|Greens?|Inlet|Manor|Meadow|Mount|Mountain|Neck|Parks"
    r"|Ramp|Chase|Drove|Wynd|Brae|Croft|Circus|Approach|Fold|Nook|Paddock|Pastures|Embankment|Market|Precinct"
    r"|Street|Road|Avenue|Lane|Drive|Court|Way|Place|Close|Crescent|Terrace|Walk|Hill|Park|Square|Row|Gardens|Grove"
    r"|View|Gate|Rise|Trail|Loop|Alley|Plaza|Parade|Boulevard|Mews|Quay|Wharf|Yard|Vale"
)
#: Unit words after a house number ("Los Girasoles 33 Of. 379", "Via Roma 12 int. 4").
_UNIT_AFTER = (
    r"Of\.|Oficina|Depto\.?|Dpto\.?|Piso|Apto\.?|Apt\.?|Int\.|int\.|Interior|Local|Casa|Torre|Bloco|Sala|Loja|Whg\.?"
    r"|Stiege|Top|Esc\.|Planta|Puerta|Bajo|Edif\.|piso|apto\.?|depto\.?|dpto\.?|sc\.|scala|Scala|Appartamento|Piano"
)
_TURKISH = r"Cd\.|Cad\.|Caddesi|Sk\.|Sok\.|Sokak|Sokağı|Blv\.|Bulv\.|Bulvarı|Mah\.|Mh\.|Mahallesi"
_NO = r"(?:(?i:n\.?º|no\.?|nr\.?|n°)[ ]?)"

#: The round-5 street shapes (see module doc); the street is group ``value``.
STREET_PATTERNS_R5: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?<![\w])(?P<value>(?:{_LEADING})[ ]+(?:{_PARTICLE}){{0,3}}{_NAME}(?:[ ]+(?:{_PARTICLE}){{0,3}}{_CAP}){{0,4}}"
               rf",?[ ]+{_NO}?{_NUMBER})(?![\w])"),
    re.compile(rf"(?<![\w])(?P<value>(?:Calle|Cl\.|Carrera|Cra\.|Kr\.|Avenida|Av\.|Diagonal|Dg\.|Transversal|Tv\.)[ ]"
               rf"(?:\d{{1,3}}[A-Z]?|{_CAP}(?:[ ]{_CAP}){{0,2}})(?:[ ]?Bis)?(?:[ ][A-Z])?[ ]?\#[ ]?\d{{1,3}}[A-Z]?-\d{{1,3}}[A-Z]?"
               r"(?:[ ](?:Sur|Norte|Este|Oeste))?)(?![\w])"),
    re.compile(rf"(?<![\w])(?P<value>(?:{_PARTICLE})?{_CAP}(?:[ ]+(?:{_PARTICLE}){{0,3}}{_CAP}){{0,3}}[ ]+{_NUMBER})"
               rf"(?=[ ,]+(?:{_UNIT_AFTER})(?![\w]))"),
    re.compile(rf"(?<![\w])(?P<value>{_CAP}(?:[ ]+{_CAP}){{0,2}}[ ]+(?:{_LOWER_AFTER})[ ]+{_NUMBER}\.?)(?![\w])"),
    re.compile(rf"(?<![\w])(?P<value>(?:{_LOWER_BEFORE})[ ]+(?:{_PARTICLE}){{0,3}}{_CAP}(?:[ ]+(?:{_PARTICLE}){{0,3}}{_CAP}){{0,3}}"
               rf"(?:,?[ ]+{_NO}?{_NUMBER})?)(?![\w])"),
    re.compile(rf"(?<![\w.,-])(?P<value>{_NUMBER},?[ ]+(?:{_PARTICLE}){{0,3}}{_CAP}(?:[ ]+(?:{_PARTICLE}){{0,3}}{_CAP}){{0,3}}"
               rf"[ ]+(?:{_SUFFIXES}))(?![\w])"),
    re.compile(rf"(?<![\w])(?P<value>{_CAP}(?:[ ]+{_CAP}){{0,3}}[ ]+(?:{_TURKISH})(?:[ ]+(?i:no)[:.][ ]?\d{{1,5}}[A-Za-z]?"
               r"(?:/\d{1,4})?)?(?:[ ]+(?:D|Daire|Kat)[:.][ ]?\d{1,4})?)(?![\w])"),
)  # fmt: skip
