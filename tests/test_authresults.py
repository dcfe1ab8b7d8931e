"""Authentication-Results (RFC 8601): only the trusted MTA's topmost header counts."""

from __future__ import annotations

from workflows.authresults import assess_auth, parse_header

TRUSTED = "mx.studi.fr"


def test_parses_the_rfc_examples_with_comments_and_versions() -> None:
    parsed = parse_header(
        "mx.studi.fr 1; (checked at the border)\r\n"
        "  spf=pass (sender SPF authorized) smtp.mailfrom=example.com;\r\n"
        '  dkim=pass reason="good signature" header.d=example.com header.i=@example.com;\r\n'
        "  dmarc=pass (p=reject dis=none) header.from=example.com"
    )
    assert parsed is not None
    assert parsed.authserv_id == "mx.studi.fr"
    assert [(r.method, r.result) for r in parsed.results] == [
        ("spf", "pass"),
        ("dkim", "pass"),
        ("dmarc", "pass"),
    ]
    assert parsed.results[0].properties == {"smtp.mailfrom": "example.com"}
    assert parsed.results[1].reason == "good signature"
    assert parsed.results[2].properties["header.from"] == "example.com"


def test_none_and_garbage_give_no_results() -> None:
    assert parse_header("mx.studi.fr; none") == parse_header("mx.studi.fr; ;;; (x)")
    assert parse_header("   ") is None


def test_a_trusted_failure_is_a_failure() -> None:
    result = assess_auth(
        [f"{TRUSTED}; spf=fail smtp.mailfrom=studi.fr; dkim=none; dmarc=fail header.from=x.fr"],
        TRUSTED,
    )
    assert result.trusted and result.failed
    assert result.failures == ("spf", "dmarc")
    assert result.as_json()["dmarc"] == "fail"


def test_one_passing_dkim_signature_is_enough() -> None:
    result = assess_auth(
        [f"{TRUSTED}; dkim=fail header.d=list.example; dkim=pass header.d=studi.fr"], TRUSTED
    )
    assert (result.dkim, result.failed) == ("pass", False)


def test_headers_from_other_servers_are_recorded_but_never_trusted() -> None:
    forged = "mx.studi.fr.evil.test; spf=pass; dkim=pass; dmarc=pass"
    result = assess_auth([forged, f"{TRUSTED}; dmarc=fail"], TRUSTED)
    assert result.trusted and result.dmarc == "fail" and result.failed
    assert result.untrusted == (forged,)


def test_only_the_topmost_trusted_header_counts() -> None:
    """An attacker's header with our id sits below the one our MTA prepended."""
    ours = f"{TRUSTED}; spf=fail; dmarc=fail"
    forged = f"{TRUSTED}; spf=pass; dkim=pass; dmarc=pass"
    result = assess_auth([ours, forged], TRUSTED)
    assert result.failed and result.dmarc == "fail"


def test_without_a_trusted_id_nothing_is_trusted() -> None:
    result = assess_auth([f"{TRUSTED}; dmarc=fail"], None)
    assert not result.trusted and not result.failed
    assert result.as_json()["untrusted_headers"] == [f"{TRUSTED}; dmarc=fail"]


def test_authserv_id_is_compared_case_insensitively() -> None:
    assert assess_auth(["MX.Studi.FR; dmarc=fail"], "mx.studi.fr").failed
