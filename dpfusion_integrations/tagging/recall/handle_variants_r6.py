"""Round 6: handles and e-mail addresses in shapes the ASCII rules of ``handles.py``, ``usernames.py``
and ``emails.py`` do not read.

- **``@`` handles with letters of any script** ("@müller_lena", "@şükrü_kaya", "@анна_ковальчук"),
  with a Mastodon host ("@lumi@mastodon.social") or a Matrix server ("@kofi.mensah:matrix.org")
  kept in the same span; an ``@`` after a word character is an e-mail's, not a handle's, and one
  after a backtick is code (a decorator);
- **Discord tags with letters of any script** ("ñandú_rojo#4821");
- **Skype ids** ("live:.cid.4f1a2b3c9d8e7f60", "live:tavita.fa_2");
- **dotted or underscored lower-case handles in any text** ("the.karishma", "moonlit.otter",
  "okeke_c"): two to four lower-case parts joined by dots or by underscores, where some part is not
  an ordinary word (so "json_schema" is taken, "max_new_tokens" is not), the last part is not a domain ending
  or a file extension ("notes.txt", "example.com") and the whole is not an abbreviation ("e.g",
  "a.m"); round 4 took these in chats only, and underscored ones only with a digit. Code in backticks,
  calls ("os.path(") and keywords ("max_len=") are left alone;
- **e-mail addresses with letters of any script** ("jürgen.weiß@bäckerei-mayer.de");
- **e-mail addresses written out against harvesting** ("anna.berg(at)stadtwerke-lauf.de",
  "t.mbeki [at] uct-lab [dot] ac [dot] za", "ravi.k AT zylo DOT in"): the ``at`` must be bracketed or
  written in capitals, and the host must end in a dotted (or "dot"-written) label, so the word "at"
  in prose ("meet at noon") is never read as one.

Typed CONTACT. The decision depends on the characters of the candidate (and, for dotted handles,
on whether its parts are ordinary words) only.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import CONTACT
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule, TextView
from dpfusion_integrations.tagging.spans import Span

__all__ = ["HANDLE_VARIANT_RULES", "JoinedHandles", "handle_variant_detector"]

_W = r"[^\W_]"  # a letter or digit of any script
_LABEL = rf"{_W}(?:[\w-]{{0,62}}{_W})?"
_HOST = rf"{_LABEL}(?:\.{_LABEL}){{1,8}}"
_AT = r"(?:[ ]?[(\[{][ ]?(?i:at)[ ]?[)\]}][ ]?|[ ]AT[ ]|[ ]?＠[ ]?)"
_DOT = r"(?:[ ]?[(\[{][ ]?(?i:dot)[ ]?[)\]}][ ]?|[ ]DOT[ ]|[ ](?i:dot)[ ]|\.)"

HANDLE_VARIANT_RULES = (
    RegexRule("@handle in any script, with its host or server", CONTACT,
              re.compile(rf"(?<![\w@.+`-])@{_W}(?:[\w.-]{{0,48}}{_W}|_)?(?:[@:]{_HOST})?"), 0.9),
    RegexRule("discord tag in any script", CONTACT,
              re.compile(r"(?<![\w@#`])(?P<value>[\w.]{2,32}\#\d{4})(?![\w`])"), 0.9),
    RegexRule("skype id", CONTACT,
              re.compile(r"(?<![\w])(?P<value>live:\.?[A-Za-z0-9][A-Za-z0-9_.-]{1,40}[A-Za-z0-9_])"), 0.9),
    RegexRule("e-mail address in any script", CONTACT,
              re.compile(rf"(?<![\w.%+-]){_W}[\w.%+-]{{0,63}}@{_HOST}"), 1.0),
    RegexRule("e-mail address written out", CONTACT,
              re.compile(rf"(?<![\w.%+-]){_W}[\w.%+-]{{0,63}}{_AT}{_LABEL}(?:{_DOT}{_LABEL}){{1,6}}"),
              0.9),
)  # fmt: skip


def handle_variant_detector() -> RegexDetector:
    return RegexDetector("handle-variants-r6", HANDLE_VARIANT_RULES)


_DOTTED = re.compile(r"(?<![\w@./:`'-])[a-z]{2,20}(?:\.[a-z]{2,20}){1,2}(?![\w@/`(-]|\.\w)")
_UNDERSCORED = re.compile(r"(?<![\w@./:`'-])[a-z][a-z0-9]{1,20}(?:_[a-z0-9]{1,20}){1,3}(?![\w@/`(=-]|\.\w)")
_ABBREVIATION = re.compile(r"(?:[a-z]\.){1,4}[a-z]?")
#: Last parts that make a dotted word a domain or a file name (common endings of many countries).
_NOT_HANDLE_ENDINGS = frozenset({
    "com", "org", "net", "edu", "gov", "int", "mil", "info", "biz", "io", "ai", "app", "dev", "me", "tv", "co",
    "eu", "uk", "de", "fr", "nl", "be", "ch", "at", "it", "es", "pt", "se", "no", "dk", "fi", "pl", "cz", "ru",
    "ua", "tr", "gr", "ro", "hu", "ie", "in", "jp", "cn", "kr", "au", "nz", "ca", "us", "br", "mx", "ar", "za",
    "ng", "ke", "local", "internal", "corp", "lan", "test", "example", "txt", "md", "rst", "py", "js", "ts",
    "json", "yaml", "yml", "toml", "ini", "cfg", "conf", "log", "csv", "tsv", "xml", "html", "htm", "css",
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "zip", "gz", "tar", "png", "jpg", "jpeg", "gif",
    "svg", "exe", "dll", "sh", "bat", "db", "sql", "rs", "go", "java", "rb", "php", "cpp", "c", "h",
})  # fmt: skip


class JoinedHandles:
    """Lower-case words joined by dots or underscores that are neither domains, file names,
    abbreviations nor made of ordinary words only (see module doc)."""

    name = "joined-handles-r6"

    def __repr__(self) -> str:
        return "JoinedHandles()"

    def detect(self, view: TextView) -> list[Span]:
        safe = view.words.safe
        out: list[Span] = []
        for match in _DOTTED.finditer(view.text):
            value = match.group()
            parts = value.split(".")
            if parts[-1] in _NOT_HANDLE_ENDINGS or _ABBREVIATION.fullmatch(value):
                continue
            if not all(part in safe for part in parts):
                out.append(Span(*match.span(), CONTACT, 0.7))
        for match in _UNDERSCORED.finditer(view.text):
            if not all(part in safe for part in match.group().split("_")):
                out.append(Span(*match.span(), CONTACT, 0.7))
        return out
