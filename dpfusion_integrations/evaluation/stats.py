"""Statistics of the attack game: Clopper–Pearson intervals, the success bound a DP claim implies
for an m-candidate guessing game, its inversion to an empirical ε lower bound, and pairwise AUC.

The game. A document has ``m`` candidate values for one entity; the true one is uniformly random
among them (the corpus generator guarantees it) and the mechanism sees the document with the true
value. The attacker sees the release and the candidates and outputs one guess. Write ``P_j`` for the
output distribution when candidate ``j`` is true and ``S_j`` for the releases on which the attacker
guesses ``j`` (disjoint). The success probability is ``(1/m) Σ_j P_j(S_j)``.

- Pure ε-DP or (ε, δ)-DP for ANY change of the value (DP-Prompt, DP-Decoding; DP-Fusion under the
  substitution relation): ``P_j(S_j) ≤ e^ε P_k(S_j) + δ`` for every ``k ≠ j``. Summing over ``k ≠ j``
  and then over ``j``, with ``Σ_j Σ_{k≠j} P_k(S_j) = m − Σ_k P_k(S_k)``, gives
  ``success ≤ (e^ε + (m − 1)δ) / (e^ε + m − 1)``.
- (ε, δ)-DP under the redaction relation (DP-Fusion's default): every ``P_j`` is close to the ONE
  distribution ``P_0`` of the document with the group redacted, ``P_j(S_j) ≤ e^ε P_0(S_j) + δ``, so
  ``success ≤ (e^ε Σ_j P_0(S_j) + mδ)/m = e^ε/m + δ``. Going through ``P_0`` twice (group privacy)
  also gives the substitution form at ``(2ε, (1 + e^ε)δ)``; the bound is the smaller of the two.

Empirical ε lower bound. With ``k`` successes in ``n`` documents, the Clopper–Pearson lower limit
``p_lo`` (two-sided 95%, so one-sided 97.5%) is below the mean success probability with probability
at least 97.5%. The trials are independent (one private generator per document) but not identically
distributed; their sum is more concentrated than a binomial with the same mean in the upper tail
``c ≥ n·p̄ + 1`` (Hoeffding 1956, Thm. 4), so the limit stays valid whenever ``k ≥ n·p_lo + 1``; when
that condition fails, :func:`success_lower_limit` falls back to Hoeffding's inequality
``p̄ ≥ k/n − sqrt(log(1/α)/(2n))``, valid for any independent trials. Any mechanism
satisfying its claim at ``ε`` has mean success at most ``bound(ε)``; hence ``ε ≥ bound⁻¹(p_lo)`` at
97.5% confidence. The bound is reported per configuration (not simultaneously over many) and only
for the one pre-declared attack (the candidate ranking); LOSS and Min-K% are descriptive.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.mechanisms import PrivacyNotion

__all__ = [
    "binomial_tail_ge",
    "clopper_pearson",
    "epsilon_lower_bound",
    "pairwise_auc",
    "success_bound",
    "success_lower_limit",
]


def _log_pmf(k: int, n: int, p: float) -> float:
    if p <= 0.0:
        return 0.0 if k == 0 else -math.inf
    if p >= 1.0:
        return 0.0 if k == n else -math.inf
    return (math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
            + k * math.log(p) + (n - k) * math.log1p(-p))


def binomial_tail_ge(k: int, n: int, p: float) -> float:
    """``P(X ≥ k)`` for ``X ~ Binomial(n, p)``, summed in log space."""
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    logs = [_log_pmf(i, n, p) for i in range(k, n + 1)]
    top = max(logs)
    if top == -math.inf:
        return 0.0
    return min(1.0, math.exp(top) * math.fsum(math.exp(x - top) for x in logs))


def _bisect(f, lo: float, hi: float, iterations: int = 200) -> float:  # type: ignore[no-untyped-def]
    """The point where increasing ``f`` crosses 0 in ``[lo, hi]``."""
    for _ in range(iterations):
        mid = 0.5 * (lo + hi)
        if f(mid) < 0:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def clopper_pearson(successes: int, trials: int, *, confidence: float = 0.95) -> tuple[float, float]:
    """Exact two-sided binomial interval: ``P(X ≥ k | lo) = P(X ≤ k | hi) = (1 − confidence)/2``."""
    if not (isinstance(trials, int) and trials >= 1 and isinstance(successes, int) and 0 <= successes <= trials):
        raise InvalidParameterError("need integers 0 <= successes <= trials, trials >= 1")
    if not 0 < confidence < 1:
        raise InvalidParameterError("confidence must be in (0, 1)")
    tail = (1.0 - confidence) / 2.0
    k, n = successes, trials
    lo = 0.0 if k == 0 else _bisect(lambda p: binomial_tail_ge(k, n, p) - tail, 0.0, 1.0)
    hi = 1.0 if k == n else _bisect(lambda p: tail - (1.0 - binomial_tail_ge(k + 1, n, p)), 0.0, 1.0)
    return lo, hi


def success_lower_limit(successes: int, trials: int, *, confidence: float = 0.95) -> float:
    """One-sided ``(1 + confidence)/2`` lower confidence limit of the MEAN success probability of
    independent, not necessarily identical, trials: the Clopper–Pearson limit where Hoeffding's
    theorem covers it (``k ≥ n·p_lo + 1``), Hoeffding's inequality otherwise."""
    lo, _ = clopper_pearson(successes, trials, confidence=confidence)
    if successes >= trials * lo + 1:
        return lo
    alpha = (1.0 - confidence) / 2.0
    return max(0.0, successes / trials - math.sqrt(math.log(1.0 / alpha) / (2.0 * trials)))


def _substitution_bound(epsilon: float, delta: float, m: int) -> float:
    if epsilon > 700:
        return 1.0
    e = math.exp(epsilon)
    return min(1.0, (e + (m - 1) * delta) / (e + m - 1))


def success_bound(*, epsilon: float, delta: float, m: int, notion: PrivacyNotion) -> float:
    """Largest mean success probability of ANY attacker in the m-candidate game under the claim
    (see the module docstring for the derivations)."""
    if not (isinstance(m, int) and m >= 2):
        raise InvalidParameterError("m must be an integer >= 2")
    if not (epsilon >= 0 and 0 <= delta < 1):
        raise InvalidParameterError("need epsilon >= 0 and delta in [0, 1)")
    notion = PrivacyNotion(notion)
    if notion is PrivacyNotion.NONE:
        return 1.0
    if notion is PrivacyNotion.GROUP_REDACTION:
        direct = math.inf if epsilon > 700 else math.exp(epsilon) / m + delta
        group = _substitution_bound(2 * epsilon, (1 + math.exp(min(epsilon, 700))) * delta, m)
        return min(1.0, direct, group)
    return _substitution_bound(epsilon, delta, m)


def epsilon_lower_bound(*, success_lower: float, m: int, notion: PrivacyNotion, delta: float = 0.0) -> float:
    """Smallest ε whose :func:`success_bound` reaches ``success_lower`` (the lower confidence limit
    of the observed success rate): any mechanism truly meeting its claim has ε at least this.
    0 when the limit is within what ε = 0 allows; ``inf`` when no finite ε allows it.
    ``notion`` NONE is treated as pure DP for any change (an "empirical ε" of a non-DP baseline)."""
    if not 0 <= success_lower <= 1:
        raise InvalidParameterError("success_lower must be in [0, 1]")
    notion = PrivacyNotion(notion)
    if notion is PrivacyNotion.NONE:
        notion, delta = PrivacyNotion.PURE_DOCUMENT, 0.0

    def gap(eps: float) -> float:
        return success_bound(epsilon=eps, delta=delta, m=m, notion=notion) - success_lower

    if gap(0.0) >= 0:
        return 0.0
    if gap(700.0) < 0:
        return math.inf
    return _bisect(gap, 0.0, 700.0)


def pairwise_auc(scores: Sequence[Sequence[float]], true_index: Sequence[int]) -> float:
    """Probability that the true candidate outscores a distractor of the SAME document (ties count
    one half), pooled over documents: the AUC of "true vs. distractor fills" without mixing score
    scales across documents. 0.5 is chance."""
    wins = 0.0
    pairs = 0
    for row, t in zip(scores, true_index, strict=True):
        for j, s in enumerate(row):
            if j == t:
                continue
            pairs += 1
            wins += 1.0 if row[t] > s else 0.5 if row[t] == s else 0.0
    return wins / pairs if pairs else float("nan")
