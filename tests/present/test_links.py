"""Links from the data: only web links are linked, an article's outlet is named."""
from onrecord.present.links import outlet, web_url


def test_links_from_the_data_are_web_links_only():
    assert web_url("javascript:alert(1)") is None and web_url("https://a.org/x") == "https://a.org/x"
    assert outlet("https://www.reuters.com/x") == "reuters.com"
    assert outlet(None, "/data/feeds/a.jsonl") == "" and outlet(None, "Reuters") == "Reuters"
