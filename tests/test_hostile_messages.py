"""Messages from servers are bounded and masked: huge bodies, secrets echoed back by the shop,
a login answer that is a list of tokens, user info in --base-url, redirects, 401 loops and
403s. Every `run_cli` also checks that no password, token or client secret reached stdout or
stderr (see hostile_fixtures.py).
"""

from __future__ import annotations

import pytest

from hostile_server import TOKEN, Reply, plenty
from imagedeck.logs import redact
from imagedeck.marketplaces.server_text import MAX_MESSAGE, bounded, origin

pytest_plugins = ["hostile_fixtures"]

IMAGES = "/rest/items/101/images"
PUT = IMAGES + r"/\d+"


def test_an_8_mb_error_text_is_cut_to_a_few_hundred_characters(hostile, run_cli):
    hostile.on("PUT", PUT, Reply(422, "x" * 8_000_000))
    code, _out, err = run_cli("order", "set", *plenty(hostile, "--item", "101", "13"))
    assert code == 1 and len(err) < MAX_MESSAGE + 200
    assert "more characters not shown" in err


def test_an_8_mb_json_error_message_is_cut_too(hostile, run_cli):
    hostile.on("GET", IMAGES, Reply(400, {"error": {"message": "y" * 8_000_000}}))
    code, _out, err = run_cli("order", "show", *plenty(hostile, "--item", "101"))
    assert code == 1 and len(err) < MAX_MESSAGE + 200


def test_a_login_answer_that_is_a_list_of_tokens_is_not_printed(hostile, run_cli):
    hostile.on("POST", "/rest/login", Reply(200, [TOKEN, "tok-SECRET-refresh-654321"]))
    code, _out, err = run_cli("order", "show", *plenty(hostile, "--item", "101"))
    assert code == 1 and "answered the login with a list" in err  # run_cli checks no token


def test_a_shop_echoing_the_password_and_token_gets_them_masked(hostile, run_cli):
    hostile.on(
        "GET",
        IMAGES,
        Reply(400, {"error": {"message": f"bad request from pw-SECRET-987654 with {TOKEN}"}}),
    )
    code, _out, err = run_cli("order", "show", *plenty(hostile, "--item", "101"))
    assert code == 1 and "bad request from *** with ***" in err


def test_user_info_in_the_base_url_is_never_echoed(run_cli):
    url = "http://admin:hunter2-SECRET@127.0.0.1:9"
    code, _out, err = run_cli(
        "order", "show", "plentymarkets", "--base-url", url, "--username", "u", "--item", "1"
    )
    assert code == 1 and "hunter2" not in err


def test_a_redirect_is_named_with_its_origin_and_not_followed(hostile, run_cli):
    hostile.on("GET", IMAGES, Reply(302, b"", {"Location": "https://evil.example:8443/login?x=1"}))
    code, _out, err = run_cli("order", "show", *plenty(hostile, "--item", "101"))
    assert code == 1
    assert "the shop answered with a redirect to https://evil.example:8443" in err
    assert "{}" not in err and hostile.count("GET", IMAGES) == 1


def test_a_login_redirect_is_named(hostile, run_cli):
    hostile.on("POST", "/rest/login", Reply(301, b"", {"Location": "/elsewhere"}))
    code, _out, err = run_cli("order", "show", *plenty(hostile, "--item", "101"))
    assert code == 1 and f"redirect to {hostile.base_url}" in err


def test_a_401_loop_stops_after_one_renewal(hostile, run_cli):
    hostile.on("GET", IMAGES, Reply(401, {"error": "invalid token"}))
    code, _out, err = run_cli("order", "show", *plenty(hostile, "--item", "101"))
    assert code == 1 and "Not signed in" in err
    assert hostile.count("GET", IMAGES) == 2
    assert hostile.count("POST") <= 3  # login, then one renewal (refresh, at worst login)


def test_a_403_is_refused_at_once(hostile, run_cli):
    hostile.on("PUT", PUT, Reply(403, {"error": {"message": "This action is unauthorized."}}))
    code, _out, err = run_cli("order", "set", *plenty(hostile, "--item", "101", "13"))
    assert code == 1 and "Not allowed: This action is unauthorized." in err
    puts = [r.path for r in hostile.requests if r.method == "PUT"]
    assert puts and len(puts) == len(set(puts))  # none retried


def test_an_html_error_page_is_named_not_printed(hostile, run_cli):
    page = "<html><head><title>502</title></head><body>" + "<p>nginx</p>" * 5000 + "</body>"
    hostile.on("PUT", PUT, Reply(400, page, {"Content-Type": "text/html"}))
    code, _out, err = run_cli("order", "set", *plenty(hostile, "--item", "101", "13"))
    assert code == 1 and "answered with an error page (HTTP 400)" in err and "<p>" not in err


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see https://admin:pw@shop.example/rest", "see https://***@shop.example/rest"),
        ('{"accessToken": "abc.def"}', '{"accessToken": "***"}'),
        ("Authorization: Bearer abc.def", "Authorization: ***"),
    ],
)
def test_secrets_are_masked(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_bounded_and_origin() -> None:
    assert bounded("a\n  b") == "a b"
    assert bounded("z" * 400, 300).endswith("… (100 more characters not shown)")
    assert origin("https://u:p@shop.example:8443/x?y") == "https://shop.example:8443"
