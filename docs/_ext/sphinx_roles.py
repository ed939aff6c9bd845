"""Griffe extension for the documentation site: render the Sphinx cross-reference roles that some
docstrings use (``:class:`~pkg.Name```, ``:meth:`preview```) as inline code.

The docstrings are written for readers of the source first; Markdown has no roles, so without this
the site would show ``:class:`` literally. The target is kept as written (its last component when
the role starts with ``~``, as Sphinx does); it is not turned into a link, because a target outside
the rendered API pages would be an unresolved reference and fail the strict build.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|attr|mod|exc|data|obj|const):`(~?)([^`<>]+)`")


def strip_roles(text: str) -> str:
    """``text`` with every Sphinx Python role replaced by a Markdown code span of its target."""
    return _ROLE.sub(lambda m: f"`{m.group(2).rsplit('.', 1)[-1] if m.group(1) else m.group(2)}`", text)


class SphinxRoles(griffe.Extension):
    """Rewrites each loaded object's docstring once, before it is parsed and rendered."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None and ":" in obj.docstring.value:
            obj.docstring.value = strip_roles(obj.docstring.value)
