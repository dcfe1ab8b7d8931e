"""The inbound parser against the project's raw corpus: everything parses or is quarantined."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mail.parsing import (
    MalformedMail,
    ParsedMail,
    decode_bytes,
    html_to_text,
    parse_mail,
)
from workflows.authresults import assess_auth
from workflows.textrules import find_references, new_text

CORPUS = Path(__file__).parent / "mail_corpus"
CORPUS_FILES = sorted(CORPUS.glob("*.eml"))
#: Third-party real mail kept outside the repository (licences forbid copying it in).
EXTERNAL = Path(os.environ.get("PRIVACY_DESK_EXTERNAL_MAIL_CORPUS", "/work/shared/corpora/mail"))

MALFORMED = {"malformed_empty.eml", "malformed_binary_garbage.eml", "malformed_no_sender.eml"}


def load(name: str) -> ParsedMail:
    return parse_mail((CORPUS / name).read_bytes())


def test_corpus_is_large_enough() -> None:
    assert len(CORPUS_FILES) >= 60


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_every_message_parses_or_is_quarantined(path: Path) -> None:
    raw = path.read_bytes()
    try:
        parsed = parse_mail(raw)
    except MalformedMail as exc:
        assert path.name in MALFORMED, f"unexpected quarantine: {exc}"
        return
    assert path.name not in MALFORMED
    assert parsed.from_address and "@" in parsed.from_address
    assert isinstance(parsed.text, str) and isinstance(parsed.new_text, str)
    assert len(parsed.new_text) <= len(parsed.text) + 1
    assert "\r" not in parsed.text
    assert len(parsed.content_hash) == 64
    for attachment in parsed.attachments:
        assert attachment.size == len(attachment.data)
        assert attachment.filename and "/" not in attachment.filename
    with pytest.raises(AttributeError):
        parsed.subject = "x"  # type: ignore[misc]


def test_external_real_mail_never_crashes_the_parser() -> None:
    """Real helpdesk and CPython test mail, used in place when this machine has it."""
    files = [p for p in EXTERNAL.glob("*/*") if p.is_file()] if EXTERNAL.is_dir() else []
    parsed = quarantined = 0
    for path in files:
        try:
            parse_mail(path.read_bytes())
            parsed += 1
        except MalformedMail:
            quarantined += 1
    assert parsed + quarantined == len(files)
    if files:
        assert parsed > quarantined


# ------------------------------------------------------------------- charsets and headers


def test_rfc2047_and_quoted_printable_french() -> None:
    mail = load("fr_access_utf8_qp.eml")
    assert mail.subject == "Demande d'accès à mes données"
    assert mail.from_name == "Camille Martin"
    assert mail.from_address == "camille.martin@exemple.fr"
    assert "Conformément à l'article 15" in mail.text
    assert mail.languages == ("fr",)
    assert mail.message_id == "fr-access-0001@exemple.fr"
    assert mail.date == datetime(2026, 3, 10, 8, 14, 2, tzinfo=UTC)
    auth = assess_auth(list(mail.auth_results), "mx.comptalia.com")
    assert (auth.spf, auth.dkim, auth.dmarc, auth.failed) == ("pass", "pass", "pass", False)


def test_latin1_8bit_body_and_encoded_display_name() -> None:
    mail = load("fr_latin1_8bit.eml")
    assert mail.from_name == "Renée Lévêque"
    assert "« 12 rue de l'Église, 69003 Lyon »" in mail.text


def test_windows_1252_mislabelled_as_latin1() -> None:
    mail = load("fr_cp1252_declared_latin1.eml")
    assert "“promotionnels” – même" in mail.text
    assert "1 500 €" in mail.text
    assert "d’en prendre note" in mail.text


def test_base64_body_and_subject() -> None:
    mail = load("fr_base64_utf8.eml")
    assert mail.subject == "Retrait de mon consentement"
    assert mail.from_name == "Élodie Bernard"
    assert "Je retire mon consentement" in mail.text


def test_iso_8859_15_euro_sign() -> None:
    assert "990 €" in load("fr_iso8859_15_euro.eml").text


def test_adjacent_encoded_words_join_without_spaces() -> None:
    mail = load("subject_rfc2047_adjacent_words.eml")
    assert mail.subject == "Demande de portabilité de mes données"
    assert mail.from_name == "François Dupré"


def test_raw_8bit_headers_in_utf8_and_latin1() -> None:
    utf8 = load("broken_8bit_headers_utf8.eml")
    assert utf8.subject == "Accès à mes données (sans encodage)"
    assert utf8.from_name == "Zoé Lefèvre"
    latin1 = load("broken_8bit_headers_latin1.eml")
    assert latin1.subject == "Données à supprimer"
    assert latin1.from_name == "Zoé Lefèvre"


def test_unknown_and_wrong_charsets_fall_back() -> None:
    unknown = load("broken_unknown_charset.eml")
    assert unknown.text.strip() == "Données personnelles : accès."
    assert unknown.subject == "café"
    wrong = load("broken_declared_utf8_latin1_bytes.eml")
    assert "l'accès à mes données" in wrong.text


def test_decode_bytes_never_raises() -> None:
    assert decode_bytes("é".encode(), "no-such-charset") == "é"
    assert decode_bytes(b"\xe9t\xe9", "utf-8") == "été"
    assert decode_bytes(b"\x81\x8d\x8f", None)  # undefined in cp1252: replaced, not raised
    assert decode_bytes("naïve".encode(), "us-ascii") == "naïve"


def test_missing_message_id_and_bad_date() -> None:
    assert load("broken_no_message_id.eml").message_id is None
    assert load("broken_bad_date.eml").date is None


def test_mbox_from_line_and_crlf() -> None:
    mbox = load("mbox_from_line.eml")
    assert mbox.from_address == "camille.martin@exemple.fr"
    assert mbox.subject == "mbox style"
    crlf = load("crlf_line_endings.eml")
    assert crlf.text.strip() == "Please stop calling me with sales offers."


def test_broken_structures_still_yield_text() -> None:
    assert "Please send my data" in load("broken_boundary_never_used.eml").text
    assert "without a boundary" in load("broken_multipart_no_boundary_param.eml").text
    cut = load("broken_unterminated_multipart.eml")
    assert "truncated in transit" in cut.text
    assert load("broken_missing_separator.eml").from_address == "nosep@example.com"
    assert load("broken_from_without_brackets.eml").from_address == "jean.dupont@exemple.fr"
    assert "Body survives." in load("broken_garbage_header_lines.eml").text
    assert "\x00" not in load("broken_nul_bytes.eml").text


def test_internationalised_addresses() -> None:
    assert load("smtputf8_address.eml").from_address == "zoë@exemple.fr"


def test_display_name_spoof_keeps_the_real_address() -> None:
    mail = load("spoof_display_name.eml")
    assert mail.from_address == "attacker@evil.example"
    assert mail.from_name == ""  # a name that looks like an address is a disguise: dropped


def test_reply_to_and_auth_results_are_kept_for_identity_checks() -> None:
    mail = load("en_reply_to_differs.eml")
    assert mail.reply_to == ("alice.other@elsewhere.example",)
    forged = load("auth_results_fail.eml")
    assert len(forged.auth_results) == 2
    # only the trusted (nearest) header counts; the second could have been written by the sender
    auth = assess_auth(list(forged.auth_results), "mx.comptalia.com")
    assert (auth.spf, auth.dkim, auth.dmarc, auth.failed) == ("fail", "fail", "fail", True)
    assert auth.untrusted and "forged.example" in auth.untrusted[0]


# ------------------------------------------------------------------- bodies and attachments


def test_html_only_becomes_text_without_scripts_or_styles() -> None:
    mail = load("html_only_fr.eml")
    assert "Je vous demande d'effacer toutes mes données : compte" in mail.text
    assert "- Compte COMPTALIA" in mail.text
    assert "alert" not in mail.text and "color" not in mail.text and "ignored" not in mail.text
    assert mail.html is not None and "<b>effacer</b>" in mail.html
    en = load("html_only_en_base64.eml")
    assert "machine-readable format" in en.text


def test_alternative_prefers_plain_and_keeps_html() -> None:
    mail = load("alternative_plain_html.eml")
    assert "<b>" not in mail.text and mail.html and "<b>limitation</b>" in mail.html


def test_nested_alternative_inside_mixed_with_pdf() -> None:
    mail = load("mixed_nested_alternative_pdf.eml")
    assert mail.text.startswith("Veuillez trouver ci-joint")
    (pdf,) = mail.attachments
    assert (pdf.filename, pdf.content_type) == ("demande_effacement.pdf", "application/pdf")
    assert pdf.data.startswith(b"%PDF-1.4")


def test_attachment_filenames_rfc2231_and_rfc2047() -> None:
    (jpeg,) = load("mixed_jpeg_rfc2231_filename.eml").attachments
    assert jpeg.filename == "carte_d'identité.jpg" and jpeg.content_type == "image/jpeg"
    assert jpeg.data[:2] == b"\xff\xd8"
    (pdf,) = load("attachment_filename_rfc2047.eml").attachments
    assert pdf.filename == "livret_de_famille_prénom.pdf"


def test_inline_image_and_forwarded_message_are_attachments() -> None:
    related = load("related_html_inline_image.eml")
    assert "quelles données" in related.text
    assert [a.content_type for a in related.attachments] == ["image/png"]
    forwarded = load("forwarded_rfc822_attachment.eml")
    assert [a.content_type for a in forwarded.attachments] == ["message/rfc822"]
    assert b"Nos offres de printemps" in forwarded.attachments[0].data
    assert "offres" not in forwarded.new_text  # forwarded text is not the sender's request


def test_text_attachment_is_not_body() -> None:
    mail = load("text_attachment_disposition.eml")
    assert "birth_date" not in mail.text
    assert [a.filename for a in mail.attachments] == ["corrections.txt"]


def test_attachment_only_and_deep_nesting() -> None:
    only = load("only_attachment_no_text.eml")
    assert only.text == "" and only.attachments[0].filename == "scan0001.pdf"
    assert load("deeply_nested_multipart.eml").text.strip() == "Deep nesting works."


# ------------------------------------------------------------------- quotes and signatures


def test_french_reply_header_and_quotes_are_removed() -> None:
    mail = load("reply_thread_fr_in_reply_to.eml")
    assert mail.new_text == "Bonjour,\n\nVoici mon numéro d'apprenant : L-204518."
    assert "Nous avons bien reçu" in mail.text  # the whole is kept
    assert mail.in_reply_to == ("ack-DSR-2026-000123@privacy-desk.comptalia.com",)
    assert mail.references == (
        "fr-access-0001@exemple.fr",
        "ack-DSR-2026-000123@privacy-desk.comptalia.com",
    )
    assert mail.subject_references == ("DSR-2026-000123",)
    assert mail.thread_ids[0] == "ack-DSR-2026-000123@privacy-desk.comptalia.com"


def test_english_reply_header_wrapped_over_two_lines() -> None:
    mail = load("reply_thread_en_gmail_wrapped.eml")
    assert mail.new_text == "Thanks, my learner number is E-55120."


def test_outlook_blocks_french_and_english() -> None:
    fr = load("reply_outlook_fr_de_envoye.eml")
    assert fr.new_text == "Bonjour,\nJe confirme ma demande de suppression.\nMarc"
    en = load("reply_outlook_original_message_en.eml")
    assert en.new_text == "Yes, please include my exam results too."
    underscored = load("reply_outlook_underscore_from_block.eml")
    assert underscored.new_text == "Please also delete my phone number."


def test_inline_answers_between_quotes_are_kept() -> None:
    assert load("reply_inline_interleaved.eml").new_text == "Comptalia.\ninline@example.com"


def test_html_reply_blockquote_is_a_quote() -> None:
    mail = load("reply_html_gmail_quote.eml")
    assert mail.new_text == "Merci, j'attends votre retour."


def test_forward_marker_and_signatures() -> None:
    assert load("reply_fr_apple_forward.eml").new_text == "Désinscrivez-moi de ceci svp."
    assert load("signature_dash.eml").new_text == (
        "Please restrict processing of my data while you check my complaint."
    )
    assert load("signature_mobile_fr.eml").new_text == "Arrêtez de m'appeler s'il vous plaît."


def test_new_text_units() -> None:
    assert new_text("Yes.\n\nOn Mon, 9 Mar 2026, DPO <d@x.fr> wrote:\n> old\n") == "Yes."
    assert new_text("Oui.\nLe 9 mars 2026 à 10:00, DPO a écrit :\n> ancien") == "Oui."
    assert new_text("Oui.\nLe lun. 9 mars 2026, DPO <d@x.fr>\na écrit :\n> a") == "Oui."
    assert new_text("> only a quote") == ""
    assert new_text("Text\n--\nsig") == "Text"
    text = "Hello\nFrom: a line about where I am from: Paris\nbye"
    assert new_text(text) == text  # a lone "From:" line is not an Outlook block


def test_html_to_text_units() -> None:
    assert html_to_text("<p>a&amp;b</p><p>c<br/>d</p>") == "a&b\n\nc\nd"
    assert html_to_text("<blockquote>old</blockquote>") == "> old"
    assert html_to_text("<p>unclosed <b>tags") == "unclosed tags"


# ------------------------------------------------------------------- automatic mail


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("bounce_postfix_dsn.eml", "bounce"),
        ("bounce_exchange_ndr_fr.eml", "bounce"),
        ("bounce_null_return_path_plain.eml", "bounce"),
        ("bounce_qmail_failure_notice.eml", "bounce"),
        ("bounce_exim_x_failed_recipients.eml", "bounce"),
        ("autoreply_fr_absence_auto_submitted.eml", "auto"),
        ("autoreply_fr_absence_without_header.eml", "auto"),
        ("autoreply_en_ooo_auto_submitted.eml", "auto"),
        ("autoreply_en_outlook_automatic_reply.eml", "auto"),
        ("autoreply_x_autoreply.eml", "auto"),
        ("autoreply_x_autorespond.eml", "auto"),
        ("autoreply_precedence_auto_reply.eml", "auto"),
        ("read_receipt_mdn.eml", "auto"),
        ("list_mail_list_id.eml", "bulk"),
        ("bulk_precedence.eml", "bulk"),
        ("junk_precedence.eml", "bulk"),
        ("list_unsubscribe_only.eml", "bulk"),
        ("autoreply_auto_submitted_no_is_human.eml", None),
        ("fr_access_utf8_qp.eml", None),
        ("reply_thread_fr_in_reply_to.eml", None),
        ("en_marketing_objection_phone.eml", None),
    ],
)
def test_automatic_mail_is_recognised(name: str, kind: str | None) -> None:
    mail = load(name)
    flags = {"bounce": mail.is_bounce, "auto": mail.is_auto_reply, "bulk": mail.is_bulk}
    assert [k for k, v in flags.items() if v] == ([kind] if kind else [])
    assert mail.is_automatic == (kind is not None)
    assert (mail.auto_reason is not None) == (kind is not None)


def test_null_envelope_sender_is_a_bounce() -> None:
    raw = (CORPUS / "en_erasure_plain.eml").read_bytes()
    assert parse_mail(raw, envelope_from="").is_bounce
    assert not parse_mail(raw, envelope_from="john.smith@example.co.uk").is_bounce


def test_envelope_sender_rescues_a_message_without_from() -> None:
    raw = (CORPUS / "malformed_no_sender.eml").read_bytes()
    assert parse_mail(raw, envelope_from="who@example.com").from_address == "who@example.com"


# ------------------------------------------------------------------- duplicates and references


def test_same_content_resent_has_the_same_fingerprint() -> None:
    a, b = load("duplicate_a.eml"), load("duplicate_b_resent.eml")
    assert a.message_id != b.message_id
    assert a.content_hash == b.content_hash
    assert a.content_hash != load("en_erasure_plain.eml").content_hash


def test_find_references() -> None:
    assert find_references("Re: [DSR-2026-000123] et dsr-2026-000124") == (
        "DSR-2026-000123",
        "DSR-2026-000124",
    )
    assert find_references("nothing") == ()


@pytest.mark.parametrize("raw", [b"", b"   \r\n", b"\x00\x01\x02", "str"])
def test_unusable_input_raises_malformed_only(raw: object) -> None:
    with pytest.raises(MalformedMail):
        parse_mail(raw)  # type: ignore[arg-type]
