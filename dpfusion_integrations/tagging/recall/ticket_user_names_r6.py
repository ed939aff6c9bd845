"""Round 6: plain lower-case user names in IT and security tickets, which carry no ``_``, digit or
capital for the shape rules of ``usernames.py`` to see: "User brandtko reported …", "three users
clicked, including walbergm", "Account okonjoe was locked", "deployed by rkhalid", "logged in as
dbrennan", "Affected accounts: lopezma, kimdh, ngcobot", "users abadiel and fernstl".

A name is taken after an account cue ("user(s)", "account(s)", "login", "logon", "username", "user
id", "uid", "logged/signed in as", "assigned to", "assignee", "reporter", "requester", "owner",
"approver", "reviewer", "author", "submitter", "creator", "ping", "cc", "dm") or after "including"
and "by", optionally behind a ``:`` or ``=``; the words that follow it in a list (", x", " and x",
" / x") are taken too. The candidate must be one lower-case token (letters and
digits, parts joined by ``.``, ``_`` or ``-``) of three characters or more that is not an ordinary
word: a token made only of safe words and no digit ("the", "admins", "default", "mistake",
"management", "svc-backup") stays public, so "users including admins", "the user reported", "by
default" and "login page" are left alone. Lower-case given names and surnames after these cues are
taken like any other user name.

A name is also taken before "on the <app|forum|platform|server|…>" ("hedgehogqueen on the youth
app") and at the start of an event-log line before "joined", "left", "logged in", "was added", …
("walbergm joined the call"). Without a cue word, a user's folder in a path ("/home/rkhalid/.ssh",
"C:\\Users\\walbergm\\Desktop") and a Windows domain account ("CORP\\mwangie", "ACME\\svc_sql01")
are user names by their place.

Over-tagging risk: after "by" and "including", lower-case product names that are not on the safe
list ("handled by nginx") are taken too; that costs utility only. Typed CONTACT, like ``@handles``.
The decision depends on the cue and on whether the candidate is an ordinary word, never on a list
of private values.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import CONTACT
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.spans import Span

__all__ = ["USER_NAME_CUES", "TicketUserNames"]

TICKET_USER_SCORE = 0.65

#: Words after which a user name follows in tickets and logs (regex alternatives, any case).
USER_NAME_CUES = (
    r"users?|accounts?|logins?|logons?|user[ ]?names?|user[ ]?ids?|uids?|sam[ ]?account[ ]?name"
    r"|(?:logged|signed|log|sign)[ ]?(?:in|on)[ ]as|assigned[ ]to|assignee|reporter|requester|owner|approver"
    r"|reviewer|author|submitter|creator|ping|cc|bcc|dm|including|incl\.|by"
)
_TOKEN = r"[a-z][a-z0-9]{1,30}(?:[._-][a-z0-9]{1,30}){0,2}"
_END = r"(?![\w@'’(]|[.-][a-z0-9])"
_CUED = re.compile(
    rf"(?<![\w@.`/-])(?i:{USER_NAME_CUES})(?:[ \t]*[:=][ \t]*|[ \t]+)(?P<value>{_TOKEN}){_END}"
    rf"(?P<more>(?:(?:[ ]?,[ ]?|[ ]?/[ ]?|[ ]+(?:and|&|or)[ ]+){_TOKEN}{_END}){{0,12}})"
)
_MORE = re.compile(rf"(?:[ ]?,[ ]?|[ ]?/[ ]?|[ ]+(?:and|&|or)[ ]+)(?P<value>{_TOKEN}){_END}")
_PARTS = re.compile(r"[a-z]+|\d+")
#: A name before "on the <app>" ("hedgehogqueen on the youth app") and a name leading a line of an
#: event log ("walbergm joined the call", "okonjoe has left").
_PLACE_WORDS = r"app|apps|platform|forum|forums|server|site|portal|network|chat|channel|board|group|game"
_BEFORE_PLACE = re.compile(
    rf"(?<![\w@.#/-])(?P<value>{_TOKEN})[ ]+on[ ]+(?:(?:the|their|his|her|our|a|an|that|this)[ ]+)?"
    rf"(?:[\w-]{{1,20}}[ ]+){{0,2}}(?:{_PLACE_WORDS})\b"
)
_EVENT = re.compile(
    rf"(?m)^[ \t]*(?:\[[^\]\n]{{1,30}}\][ \t]*)?(?P<value>{_TOKEN})[ ]+(?:has[ ]+|was[ ]+)?"
    r"(?:joined|left|logged[ ](?:in|on|off|out)|signed[ ](?:in|on|off|out)|added|removed|reacted|connected"
    r"|disconnected|changed|reset|created|deleted|uploaded|shared|invited|renamed)\b"
)
#: A user's folder in a path ("/home/rkhalid/", "C:\\Users\\walbergm\\") and a Windows domain account
#: ("CORP\\mwangie"; registry hives such as "HKLM\\Software" are left alone).
_PATH_OR_DOMAIN = re.compile(
    r"(?:(?<![\w])(?:/home/|/Users/|/users/|[A-Za-z]:\\Users\\|\\\\home\\)(?P<user>[A-Za-z][\w.$-]{1,30}[\w$])"
    r"|(?<![\w\\])(?P<account>(?!HK(?:LM|CU|CR|CC|U|EY)\b)[A-Z][A-Z0-9-]{1,14}\\[A-Za-z][\w.$-]{0,30}[\w$]))"
    r"(?![\w])"
)


class TicketUserNames:
    """Lower-case user names after account cues, "including" and "by" (see module doc)."""

    name = "ticket-user-names-r6"

    def __repr__(self) -> str:
        return "TicketUserNames()"

    def detect(self, view: TextView) -> list[Span]:
        text, safe = view.text, view.words.safe
        out: list[Span] = []
        pos = 0
        while (match := _CUED.search(text, pos)) is not None:
            if not _user_name(match.group("value"), safe):
                pos = match.start("value")  # an ordinary word: it may be a cue itself ("by user x")
                continue
            pos = match.end()
            out.append(Span(*match.span("value"), CONTACT, TICKET_USER_SCORE))
            offset = match.start("more")
            for item in _MORE.finditer(match.group("more")):
                if not _user_name(item.group("value"), safe):
                    break
                start, end = item.span("value")
                out.append(Span(offset + start, offset + end, CONTACT, TICKET_USER_SCORE))
        for pattern in (_BEFORE_PLACE, _EVENT):
            for match in pattern.finditer(text):
                if _user_name(match.group("value"), safe):
                    out.append(Span(*match.span("value"), CONTACT, TICKET_USER_SCORE))
        for match in _PATH_OR_DOMAIN.finditer(text):
            group = "user" if match.group("user") is not None else "account"
            out.append(Span(*match.span(group), CONTACT, TICKET_USER_SCORE))
        return out


def _user_name(value: str, safe: frozenset[str]) -> bool:
    """Whether ``value`` is not an ordinary word: some part is not a safe word, or it holds a digit."""
    if len(value) < 3 or value in safe:
        return False
    parts = _PARTS.findall(value)
    return any(part.isdigit() for part in parts) or not all(part in safe for part in parts)
