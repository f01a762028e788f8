"""Site profiles: bundled ones load, and every kind of bad profile names its file and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from harvester.cli import main
from harvester.profiles import ProfileError, adhoc_profile, bundled_profiles, load_profile

GOOD = """
name = "example"
allowed_domains = ["example.org"]
sitemaps = ["https://www.example.org/sitemap.xml"]
"""


def write(tmp_path: Path, text: str, name: str = "site.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_for(path: Path) -> str:
    with pytest.raises(ProfileError) as info:
        load_profile(path)
    return str(info.value)


@pytest.mark.parametrize("name", ["demo", "wordpress-health-blog", "newsroom-rss", "health-magazine-crawl"])
def test_bundled_profiles_load(name: str) -> None:
    profile = load_profile(name)
    assert profile.name == name
    assert profile.default_spider in profile.start_kinds()
    assert name in bundled_profiles()


def test_a_good_profile_file_loads_with_defaults(tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path, GOOD))
    assert profile.default_spider == "sitemap"
    assert profile.allows("https://www.example.org/a") and not profile.allows("https://example.com/a")
    assert profile.download_delay is None and profile.selectors == {}


def test_bad_toml_names_the_file_and_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "download_delay = = 2\n")
    message = error_for(path)
    assert str(path) in message and "not valid TOML" in message and "line 5" in message


def test_missing_field_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('allowed_domains = ["example.org"]\n', ""))
    message = error_for(path)
    assert f"{path}: field allowed_domains: Field required" in message


def test_wrong_type_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + 'download_delay = "fast"\n')
    assert f"{path}: field download_delay:" in error_for(path)


def test_misspelt_field_is_refused_not_ignored(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + 'feed = ["https://example.org/rss"]\n')
    assert f"{path}: field feed: unknown field" in error_for(path)


def test_invalid_regex_is_named_with_its_position(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "article_patterns = ['/news/', '/(unclosed']\n")
    message = error_for(path)
    assert "field article_patterns.1:" in message and "invalid regular expression" in message


def test_unknown_selector_field_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + '[selectors]\nheadline = "h1.title"\nsubtitle = "h2"\n')
    assert "field selectors.subtitle" in error_for(path)


def test_domain_with_scheme_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('["example.org"]', '["https://example.org"]'))
    assert "field allowed_domains:" in error_for(path) and "bare host name" in error_for(path)


def test_start_point_outside_allowed_domains_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("www.example.org/sitemap", "cdn.example.net/sitemap"))
    assert "outside allowed_domains" in error_for(path)


def test_relative_start_point_needs_base_url(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('"https://www.example.org/sitemap.xml"', '"/sitemap.xml"'))
    assert "relative and the profile has no base_url" in error_for(path)
    with_base = load_profile(write(tmp_path, 'base_url = "https://example.org/news/"\n' + GOOD.replace(
        '"https://www.example.org/sitemap.xml"', '"sitemap.xml"'), "based.toml"))
    assert with_base.resolve(with_base.sitemaps[0]) == "https://example.org/news/sitemap.xml"


def test_no_start_points_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('sitemaps = ["https://www.example.org/sitemap.xml"]', ""))
    assert "no start points" in error_for(path)


def test_spider_without_its_start_points_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + 'spider = "feed"\n')
    assert "field (profile): spider = 'feed' but the profile has no start points for it" in error_for(path)


def test_url_list_is_relative_to_the_profile_file(tmp_path: Path) -> None:
    (tmp_path / "lists").mkdir()
    profile = load_profile(write(tmp_path, 'name = "l"\nallowed_domains = ["example.org"]\nurl_list = "lists/u.txt"\n'))
    assert profile.url_list == tmp_path / "lists" / "u.txt"
    assert profile.default_spider == "urls"


def test_a_command_line_start_point_replaces_the_profiles(tmp_path: Path) -> None:
    profile = load_profile("demo").with_start_point("sitemap", "http://127.0.0.1:9/other.xml")
    assert profile.sitemaps == ["http://127.0.0.1:9/other.xml"] and not profile.robots_sitemaps
    with pytest.raises(ProfileError, match="outside allowed_domains"):
        load_profile("demo").with_start_point("feed", "https://example.org/feed.xml")


def test_unknown_profile_name_lists_the_bundled_ones() -> None:
    with pytest.raises(ProfileError, match=r"no-such-site: .*bundled: .*demo"):
        load_profile("no-such-site")


def test_adhoc_profile_allows_the_start_host_with_and_without_www(tmp_path: Path) -> None:
    profile = adhoc_profile("feed", "https://www.example.org/feed.xml")
    assert profile.name == "example.org" and profile.default_spider == "feed"
    assert profile.allows("https://example.org/a") and profile.allows("https://www.example.org/a")
    urls = write(tmp_path, "# articles\nhttps://a.example/1\n\nhttps://b.example/2\n", "urls.txt")
    assert adhoc_profile("urls", str(urls)).allowed_domains == ["a.example", "b.example"]
    bad = write(tmp_path, "https://a.example/1\nnot a url\n", "bad.txt")
    with pytest.raises(ProfileError, match=r"bad.txt: line 2: 'not a url'"):
        adhoc_profile("urls", str(bad))


def test_harvester_crawl_refuses_a_bad_profile_before_crawling(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, GOOD + "concurrency_per_domain = 0\n")
    assert main(["crawl", str(path), "--output", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert f"{path}: field concurrency_per_domain:" in err and "greater than or equal to 1" in err
    assert not (tmp_path / "out").exists()


def test_harvester_crawl_refuses_a_bad_since(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["crawl", "demo", "--since", "last week"]) == 2
    assert "since: 'last week' is not a date" in capsys.readouterr().err
