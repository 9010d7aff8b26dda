import pytest

from generator.config import Config
from generator.errors import ConfigError


def test_every_bad_key_is_reported_at_once():
    with pytest.raises(ConfigError) as caught:
        Config.from_mapping({"time_budget": -1, "summary_sentences": 9, "colour": "red"}, "site.yml")
    message = str(caught.value)
    assert message.startswith("site.yml: E200:")
    assert all(word in message for word in ("time_budget", "summary_sentences", "'colour'"))


def test_a_time_budget_of_zero_means_no_limit():
    assert Config.from_mapping({"time_budget": 0}).time_budget == 0
