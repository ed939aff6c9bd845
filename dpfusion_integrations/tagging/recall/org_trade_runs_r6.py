"""Round 6: capitalised runs ending in a trade word that, capitalised, almost only names a firm.

The round-5 organisation rule (:class:`~dpfusion_integrations.tagging.recall.org_suffix.OrganizationSuffixRule`)
tags a capitalised run that holds an organisation word; its lists lack many trades ("Advocates",
"Bookkeeping", "Apothecary", "Makelaars", "Conveyancers"), so a firm whose name is made of ordinary
words ("Blue Ridge Bookkeeping", "Old Harbour Conveyancers") is found by nothing. This rule is the
same rule over :data:`STRONG_TRADE_WORDS`: plural trade nouns and trade names of several languages that
are seldom capitalised in prose except in a firm's name. Ordinary words that are trades only after a
name ("Power", "Water", "Travel", "Secondary") are left to the post-union growth of
:mod:`~dpfusion_integrations.tagging.recall.org_tails_r6`, which needs a tagged name before them.

Over-tagging risk: a title-case heading with one of these words ("Conveyancers Code", "Find Local
Plumbers") is tagged, as the round-5 rule tags "Same-Day Delivery"; the rule needs two capitalised
words, so a lone trade word stays public.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.org_suffix import OrganizationSuffixRule

__all__ = ["STRONG_TRADE_WORDS", "TradeWordRuns"]

#: Lower case, diacritics folded: trades that, capitalised, nearly always end a firm's name.
STRONG_TRADE_WORDS = frozenset({
    # law
    "advocates", "avocats", "abogados", "advogados", "avvocati", "advokater", "advocaten", "rechtsanwalte",
    "anwalte", "lawyers", "barristers", "notaires", "conveyancers", "conveyancing",
    # money
    "bookkeeping", "bookkeepers", "accountancy", "auditors", "brokerage", "broking", "actuaries",
    "underwriters",
    # property
    "immobilien", "makelaars", "makelaardij", "inmobiliaria", "imobiliaria", "immobiliare", "immobilier",
    "realtors",
    # health
    "apothecary", "chemists", "physicians", "polyclinic", "polyclinique", "poliklinik", "poliklinika",
    "chiropractors", "osteopaths", "podiatrists", "audiologists", "homecare", "eyecare", "petcare",
    # trades and services
    "relocations", "hauliers", "forwarders", "undertakers", "caterers", "glaziers", "electricians",
    "plumbers", "roofers", "decorators", "locksmiths",
})  # fmt: skip


class TradeWordRuns(OrganizationSuffixRule):
    """Capitalised runs holding a :data:`STRONG_TRADE_WORDS` word (see module doc); its own detector
    name, so :meth:`~dpfusion_integrations.tagging.recall.tagger.RecallTagger.detect_all` keeps the
    round-5 rule's spans apart from these."""

    name = "organization-trade-words-r6"

    def __init__(self) -> None:
        super().__init__(extra_words=STRONG_TRADE_WORDS)

    def __repr__(self) -> str:
        return f"TradeWordRuns(words={len(STRONG_TRADE_WORDS)})"
