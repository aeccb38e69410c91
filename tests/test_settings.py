from pathlib import Path

import pytest

from storyline.settings import SETTINGS, SettingsError, default, defaults, help_table, load_settings


def test_settings_defaults_come_from_the_table() -> None:
    settings = defaults()
    assert dict(settings) == {s.name: s.default for s in SETTINGS}
    assert settings.db == "storyline.db"
    assert settings["max_bytes"] == 20_000_000
    assert settings.origin("db") == "default"


def test_settings_file_overrides_only_its_keys(tmp_path: Path) -> None:
    path = tmp_path / "storyline.toml"
    path.write_text('db = "/tmp/other.db"\nsummary_sentences = 4\ncluster_threshold = 1\n')
    settings = load_settings(path)
    assert settings.db == "/tmp/other.db"
    assert settings.summary_sentences == 4
    assert settings.cluster_threshold == 1.0
    assert isinstance(settings.cluster_threshold, float)
    assert settings.max_bytes == 20_000_000
    assert settings.origin("db") == str(path)
    assert settings.origin("max_bytes") == "default"


def test_settings_storyline_table_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text("[storyline]\nport = 9000\nprogress = false\n")
    settings = load_settings(path, port=9100, db=None)
    assert settings.port == 9100
    assert settings.origin("port") == "override"
    assert settings.progress is False
    assert settings.db == "storyline.db"


@pytest.mark.parametrize(
    ("toml", "fragment"),
    [
        ("colour = 'blue'\n", "unknown setting 'colour'; valid settings: db, max_bytes"),
        ("max_bytes = '20MB'\n", "must be int"),
        ("max_bytes = true\n", "must be int"),
        ("progress = 1\n", "must be bool"),
        ("format = 'pdf'\n", "must be one of md, html, json"),
        ("cluster_threshold = 1.5\n", "must be between 0.0 and 1.0"),
        ("db = \n", "not valid TOML"),
    ],
)
def test_settings_bad_file_is_refused_clearly(tmp_path: Path, toml: str, fragment: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(toml)
    with pytest.raises(SettingsError) as info:
        load_settings(path)
    assert fragment in str(info.value)
    assert "bad.toml" in str(info.value)


def test_settings_missing_file_and_bad_override(tmp_path: Path) -> None:
    with pytest.raises(SettingsError):
        load_settings(tmp_path / "absent.toml")
    with pytest.raises(SettingsError) as info:
        load_settings(None, dbpath="x")
    assert "valid settings" in str(info.value)
    with pytest.raises(AttributeError):
        _ = defaults().no_such_setting


def test_settings_help_table_lists_every_setting() -> None:
    table = help_table()
    for setting in SETTINGS:
        assert setting.name in table
        assert setting.help in table


def test_settings_default_of_one_setting() -> None:
    assert default("summary_sentences") == 6
    with pytest.raises(SettingsError):
        default("nope")
