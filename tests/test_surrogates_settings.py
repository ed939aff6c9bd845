"""``surrogates`` as a release setting (``release_settings``): a bool, faithful only, passed to the core
with the faithful release and never silently dropped with the paraphrase."""

from __future__ import annotations

import pytest

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.release_settings import check_release_settings, check_surrogates, release_kwargs


@pytest.mark.parametrize("release, value", [("faithful", True), ("faithful", False), ("paraphrase", False)])
def test_when_surrogates_fit_the_release_then_they_are_accepted_as_given(release, value):
    assert check_surrogates(release, value) is value
    check_release_settings(release, explicit=(), surrogates=value)


@pytest.mark.parametrize("value", ["yes", "False", 1, 0, None, 1.0])
def test_when_surrogates_is_not_a_bool_then_it_is_refused_in_either_release(value):
    for release in ("faithful", "paraphrase"):
        with pytest.raises(InvalidParameterError, match="surrogates must be True or False"):
            check_release_settings(release, explicit=(), surrogates=value)


def test_when_surrogates_are_asked_of_the_paraphrase_then_they_are_refused_with_a_way_out():
    with pytest.raises(InvalidParameterError, match="surrogates belongs to release='faithful'") as err:
        check_release_settings("paraphrase", explicit={"max_new_tokens"}, surrogates=True)
    assert "use release='faithful'" in str(err.value)
    with pytest.raises(InvalidParameterError, match="surrogates belongs"):  # not dropped on the way to the core
        release_kwargs("paraphrase", max_new_tokens=64, slot_tokens=None, surrogates=True)


def test_when_the_faithful_release_is_passed_on_then_surrogates_go_with_it_and_only_with_it():
    assert release_kwargs("faithful", max_new_tokens=None, slot_tokens=3, surrogates=True) == {
        "release": "faithful", "slot_tokens": 3, "surrogates": True}
    assert release_kwargs("faithful", max_new_tokens=None, slot_tokens=None)["surrogates"] is False  # default
    assert "surrogates" not in release_kwargs("paraphrase", max_new_tokens=64, slot_tokens=None)


def test_when_another_setting_is_already_wrong_then_that_error_is_reported_first():
    # A faithful release given max_new_tokens is refused for that, whatever surrogates says.
    with pytest.raises(InvalidParameterError, match="max_new_tokens belongs to release='paraphrase'"):
        check_release_settings("faithful", explicit={"max_new_tokens"}, surrogates=True)
