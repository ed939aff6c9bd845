"""Round 7: user names named by a role label, and handles named by a messaging app.

Two classes of handle that carry no ``@`` and no digit of their own, so their shape alone does not
tell them from a word; the cue before them does:

- **a lower-case user name after a role label and a colon**, ending its line or clause:
  "Moderator: ezkarin", "Assignee: tobrenk", "Handled by: mirelva22", "Reviewer: dkoval, approved",
  with the labels of moderation, ticketing, code review and support desks in several languages
  ("Moderador:", "Modérateur:", "Bearbeiter:", "Zugewiesen an:", "Atribuído a:", "Beheerder:");
- **a handle named by a messaging or social app**: in brackets after the app ("Prefers KakaoTalk
  (winta19)"), after "<app> as" ("on Telegram as voskrig"), after "<app>:" or "<app> ID:"
  ("Signal: habbanu88", "WeChat ID: lin_xiao88"), or as an ``@`` handle after the app
  ("Viber @dorjvan").

Typed CONTACT. The value must be one token of a user name's characters with no upper-case letter
(capitalised names after these cues are left to the name detectors) and not a placeholder
("none", "unassigned", "me", "team", "mobile", ...); after an app, a value with a digit, "_" or "."
may have capitals. Over-tagging risk: an ordinary lower-case word alone after a role label
("Owner: finance") or in brackets after an app name ("WhatsApp (business)") outside the placeholder
list.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import CONTACT
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["APPS", "HANDLE_RULES_R7", "ROLE_LABELS", "WEAK_ROLE_LABELS", "WORD_APPS", "role_and_app_handle_detector"]

#: Role labels of moderation, ticketing, review and support records (regex alternatives, any case).
ROLE_LABELS = (
    r"moderator|moderated[ ]by|mod|admin|administrator|sysadmin|reviewer|reviewed[ ]by|assignee|assigned[ ]to"
    r"|assigned|agent|owner|owned[ ]by|handled[ ]by|approver|approved[ ]by|reporter|reported[ ]by"
    r"|requester|requestor|requested[ ]by|submitted[ ]by|submitter|created[ ]by|opened[ ]by|closed[ ]by"
    r"|resolved[ ]by|escalated[ ]to|edited[ ]by|uploader|uploaded[ ]by|posted[ ]by|commenter"
    r"|maintainer|contributor|committer|merged[ ]by|on[ -]call|dispatcher|username|user[ ]name|user|login"
    r"|moderador|modérateur|moderateur|moderatore|bearbeiter|zugewiesen[ ]an|atribu[íi]do[ ]a|asignado[ ]a"
    r"|assegnato[ ]a|assigné[ ]à|beheerder|toegewezen[ ]aan|benutzer|utilisateur|usuario|usu[áa]rio|utente|gebruiker"
)
#: Labels that are also everyday field names ("Account: savings", "Host: localhost"): the value after
#: them must have a digit, "_" or "." to be taken.
WEAK_ROLE_LABELS = (
    r"account|member|host|tech|technician|engineer|analyst|operator|author|editor|poster|creator|handler"
    r"|seller|buyer|streamer|helper|volunteer"
)
#: Messaging and social apps whose handles people give (regex alternatives, any case).
APPS = (
    r"whatsapp|whats[ ]app|telegram|viber|wechat|weixin|kakaotalk|kakao[ ]talk|kakao|skype|discord|snapchat"
    r"|instagram|insta|tiktok|zalo|messenger|facebook|twitter|mastodon|bluesky|reddit|slack|threema|icq|botim"
    r"|vkontakte|twitch|youtube|pinterest|linkedin|tumblr|roblox|github|gitlab|kik|wickr|naver[ ]band"
)
#: App names that are also words ("Line: 42", "Signal: weak", "Session: morning"): matched only as
#: written by the app (capitalised or upper case), and before ":" or "as" only with a value that has a
#: digit, "_", "." or "@".
WORD_APPS = r"Signal|LINE|Line|Threads|Teams|Element|Matrix|Wire|Session|Band|Steam|Snap|IG|FB|VK|QQ|imo|Imo|IMO|Hike|Tango|BiP|Xbox|PSN"
#: Values that fill these fields without naming anyone.
_PLACEHOLDERS = frozenset({
    "none", "n/a", "na", "nil", "null", "nobody", "noone", "unassigned", "unknown", "pending", "tbd", "tba",
    "tbc", "me", "myself", "you", "him", "her", "them", "us", "all", "everyone", "anyone", "team", "staff",
    "admin", "admins", "system", "bot", "automod", "auto", "automatic", "automated", "self", "same", "yes",
    "no", "ok", "open", "closed", "resolved", "removed", "deleted", "banned", "approved", "rejected", "mobile",
    "work", "personal", "home", "business", "group", "official", "preferred", "only", "daily", "number",
    "account", "channel", "chat", "call", "calls", "video", "voice", "app", "web", "desktop", "private",
    "public", "guest", "anonymous", "anon", "root", "support", "helpdesk", "service", "security", "ops",
    "finance", "legal", "hr", "it", "sales", "marketing", "billing", "escalated", "new", "active", "inactive",
    "required", "optional", "see", "below", "above", "ditto", "various", "multiple", "owner", "user",
    "moderator", "reviewer", "agent", "mod", "true", "false", "on", "off", "primary", "secondary", "backup",
    "main", "other", "default", "here", "there", "link", "profile", "page", "handle", "id",
    "well", "usual", "before", "always", "agreed", "planned", "expected", "needed", "discussed",
    "mentioned", "promised", "requested", "normal", "such", "follows", "possible", "soon", "much", "many",
    "long", "far", "part", "one", "two", "friends", "friend", "contacts", "contact", "members",
})  # fmt: skip

_USER = r"(?P<value>@?[^\W_][\w.-]{1,31})"
_USER_END = r"(?=[ \t]*(?:$|[,;)]|\.(?:\s|$)|[ ]\(|[ ][–—-][ ]))"


def _marked(value: str) -> bool:
    """Whether a user name has a mark no ordinary word has: a digit, "_", an inner "." or a leading "@"."""
    return value.startswith("@") or any(c.isdigit() or c == "_" for c in value) or "." in value.rstrip(".")


def _lower_user(match: re.Match[str]) -> bool:
    value = match.group("value").lstrip("@").rstrip(".-")
    return (value == value.lower() and any(c.isalpha() for c in value)
            and value not in _PLACEHOLDERS and not value.isdigit())


def _weak_label_user(match: re.Match[str]) -> bool:
    return _lower_user(match) and _marked(match.group("value"))


def _app_handle(match: re.Match[str]) -> bool:
    value = match.group("value").lstrip("@").rstrip(".-")
    if value.lower() in _PLACEHOLDERS or not any(c.isalpha() for c in value):
        return False
    return value == value.lower() or _marked(match.group("value"))


def _word_app_handle(match: re.Match[str]) -> bool:
    return _app_handle(match) and _marked(match.group("value"))


_LINE_START = r"(?m)(?:^|(?<=[\s(\[|]))"
_APP_FIELD = r"(?:[ ](?i:id|username|user[ ]name|handle|name|account))?"
_AS_OR_COLON = r"(?:[ ](?i:as|is|at)|:|[ ]-)[ \t]{1,2}"
#: After "<app> as" the user name may run on into the sentence ("on Discord as tavitaf after the match").
_AS = r"[ ](?i:as)[ ]"

HANDLE_RULES_R7 = (
    RegexRule("lower-case user name after a role label", CONTACT,
              re.compile(rf"{_LINE_START}(?i:{ROLE_LABELS}):[ \t]{{1,3}}{_USER}{_USER_END}"), 0.8, _lower_user),
    RegexRule("marked user name after an everyday role label", CONTACT,
              re.compile(rf"{_LINE_START}(?i:{WEAK_ROLE_LABELS}):[ \t]{{1,3}}{_USER}{_USER_END}"), 0.78,
              _weak_label_user),
    RegexRule("handle in brackets after an app", CONTACT,
              re.compile(rf"(?<![\w@])(?:(?i:{APPS})|{WORD_APPS})[ ]?\((?:(?i:id|user(?:name)?|handle):?[ ])?{_USER}\)"),
              0.8, _app_handle),
    RegexRule("handle after '<app> as' or '<app>:'", CONTACT,
              re.compile(rf"(?<![\w@])(?i:{APPS}){_APP_FIELD}{_AS_OR_COLON}{_USER}{_USER_END}"), 0.78, _app_handle),
    RegexRule("lower-case handle after '<app> as' in a sentence", CONTACT,
              re.compile(rf"(?<![\w@])(?i:{APPS}){_AS}{_USER}(?![\w@])"), 0.76, _lower_user),
    RegexRule("marked handle after a word-like app and 'as' or ':'", CONTACT,
              re.compile(rf"(?<![\w@])(?:{WORD_APPS}){_APP_FIELD}{_AS_OR_COLON}{_USER}{_USER_END}"), 0.78,
              _word_app_handle),
    RegexRule("@ handle after an app", CONTACT,
              re.compile(rf"(?<![\w@])(?:(?i:{APPS})|{WORD_APPS})[ ](?P<value>@[^\W_][\w.-]{{1,31}})(?![\w@])"),
              0.8, _app_handle),
)  # fmt: skip


def role_and_app_handle_detector() -> RegexDetector:
    return RegexDetector("role-and-app-handles-r7", HANDLE_RULES_R7)
