"""Turn raw inbound mail into an immutable :class:`ParsedMail`.

Real mail is messy: wrong or unknown charsets, 8-bit headers, broken MIME, mbox ``From `` lines,
HTML-only bodies, quoted replies and signatures. Parsing never guesses silently and never raises
anything but :class:`MalformedMail`, and only when a message is unusable (the caller then keeps the
raw bytes in quarantine). The raw bytes stay the record; this value is a reading of them.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import functools
import hashlib
import html
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import decode_header
from email.message import EmailMessage, Message
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import cast

from workflows.textrules import find_references, is_auto_reply_subject, new_text

__all__ = [
    "Attachment",
    "MalformedMail",
    "ParsedMail",
    "html_to_text",
    "parse_mail",
]


class MalformedMail(ValueError):
    """The message cannot be read at all; keep it raw in quarantine with this error."""


#: A header field longer than this (unfolded) is not read: its message is quarantined. Real
#: fields stay far below it (a References field of 300 message ids is about 15,000).
MAX_HEADER_CHARS = 32_768
#: Longest value handed to the standard library's structured header parser (Content-Type,
#: Content-Disposition...), which is quadratic on some inputs: 4,000 ``"`` take 50 ms, 16,000
#: take 2.5 s. Real MIME fields are a few hundred characters.
MAX_STRUCTURED_HEADER_CHARS = 2_000
#: Quoted replies and signatures are looked for in this much of the body; the new text of a
#: message is written at its top, and the whole text is kept.
MAX_NEW_TEXT_SOURCE_CHARS = 100_000
#: HTML turned into text, at most: a second of work (25 MB of ``<p>`` took 23 s).
MAX_HTML_CHARS = 1_000_000


class _BoundedPolicy(email.policy.EmailPolicy):
    """``email.policy.default`` that refuses to parse an overlong structured header field, and
    parses each field once (the standard library parses again on every access: the body's
    Content-Type is read half a dozen times per message)."""

    def header_fetch_parse(self, name: str, value: str) -> str:
        if len(value) > MAX_STRUCTURED_HEADER_CHARS:
            raise MalformedMail(
                f"{name} header field of {len(value)} characters "
                f"(at most {MAX_STRUCTURED_HEADER_CHARS} are read)"
            )
        return _parsed_header(self, name, value)


@functools.lru_cache(maxsize=512)
def _parsed_header(policy: _BoundedPolicy, name: str, value: str) -> str:
    """A parsed header field; header objects are immutable strings, so one can be shared."""
    return super(_BoundedPolicy, policy).header_fetch_parse(name, value)  # type: ignore[no-any-return]


_POLICY = _BoundedPolicy()


@dataclass(frozen=True)
class Attachment:
    """A part that is not the message's readable body."""

    filename: str
    content_type: str
    size: int
    data: bytes = field(repr=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class ParsedMail:
    """What the core needs to know about one inbound message.

    Message ids are stored without angle brackets. ``text`` is the whole readable body;
    ``new_text`` is what the sender wrote this time (quotes, forwarded parts and signatures
    removed) and is what gets classified.
    """

    message_id: str | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    subject: str
    from_address: str | None
    from_name: str
    sender: str | None
    reply_to: tuple[str, ...]
    to: tuple[str, ...]
    cc: tuple[str, ...]
    date: datetime | None
    text: str
    html: str | None
    new_text: str
    attachments: tuple[Attachment, ...]
    auth_results: tuple[str, ...]
    return_path: str | None
    is_auto_reply: bool
    is_bulk: bool
    is_bounce: bool
    auto_reason: str | None
    languages: tuple[str, ...]
    defects: tuple[str, ...]
    content_hash: str

    @property
    def is_automatic(self) -> bool:
        """Auto-replies, bounces and list mail never get an acknowledgement (DESIGN §5)."""
        return self.is_auto_reply or self.is_bulk or self.is_bounce

    @property
    def subject_references(self) -> tuple[str, ...]:
        """Ticket references named in the subject, in order, upper-cased."""
        return find_references(self.subject)

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """Message ids this message replies to, most specific first."""
        seen: dict[str, None] = {}
        for mid in (*self.in_reply_to, *reversed(self.references)):
            seen.setdefault(mid, None)
        return tuple(seen)


# --------------------------------------------------------------------------------------------
# Bytes and charsets

_CHARSET_ALIASES = {
    # Mail that says latin-1 is very often windows-1252 (curly quotes, euro sign): WHATWG does
    # the same substitution, and cp1252 is a superset of latin-1 for every printable character.
    "iso-8859-1": "windows-1252",
    "latin1": "windows-1252",
    "latin-1": "windows-1252",
    "us-ascii": "windows-1252",
    "ascii": "windows-1252",
    "ansi_x3.4-1968": "windows-1252",
    "x-user-defined": "windows-1252",
    "ks_c_5601-1987": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "utf8": "utf-8",
    "x-unknown": "",
    "unknown-8bit": "",
    "unknown": "",
    "default": "",
    "charset": "",
}


def _normalise_charset(charset: str | None) -> str | None:
    if not charset:
        return None
    name = charset.strip().strip("\"'").lower()
    name = _CHARSET_ALIASES.get(name, name)
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Decode text in its declared charset, falling back to UTF-8 then windows-1252.

    Never raises: an unknown or wrong charset falls back, and undecodable bytes become U+FFFD
    only as a last resort.
    """
    declared = _normalise_charset(charset)
    if declared == "cp1252" and _is_ascii(data):
        return data.decode("ascii")
    if declared == "cp1252":
        # Declared ASCII/latin-1 but really UTF-8 happens constantly; UTF-8 is self-validating.
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode(declared or "utf-8", errors="replace")


def _is_ascii(data: bytes) -> bool:
    try:
        data.decode("ascii")
    except UnicodeDecodeError:
        return False
    return True


def _unsurrogate(value: str) -> str:
    """Header text read from bytes keeps 8-bit bytes as surrogates; decode them properly."""
    if any("\udc80" <= ch <= "\udcff" for ch in value):
        return decode_bytes(value.encode("ascii", "surrogateescape"))
    return value


# --------------------------------------------------------------------------------------------
# Headers

_FOLD_RE = re.compile(r"\r?\n[ \t]+")
#: Control characters (tab aside): never kept in a header value, never accepted in an address.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def _raw_headers(msg: Message, name: str) -> list[str]:
    lname = name.lower()
    values: list[str] = []
    for key, value in msg.raw_items():
        if key.lower() != lname:
            continue
        if not isinstance(value, str):  # a Header object set by hand; not from the wire
            value = str(value)
        values.append(_FOLD_RE.sub(" ", value).strip())
    return values


def _raw_header(msg: Message, name: str) -> str | None:
    values = _raw_headers(msg, name)
    return values[0] if values else None


def decode_unstructured(value: str) -> str:
    """Decode an unstructured header (Subject...): RFC 2047 words, 8-bit bytes, folding."""
    value = _unsurrogate(_FOLD_RE.sub(" ", value))
    if "=?" in value:
        try:
            pieces = decode_header(value)
        except Exception:  # email.errors.HeaderParseError, binascii errors
            pieces = [(value, None)]
        out = []
        for piece, charset in pieces:
            if isinstance(piece, bytes):
                out.append(decode_bytes(piece, charset))
            else:
                out.append(piece)
        value = "".join(out)
    value = _CONTROL_RE.sub("", value.replace("\t", " ").replace("\r", " ").replace("\n", " "))
    return re.sub(r" {2,}", " ", value).strip()


# --------------------------------------------------------------------------------------------
# Addresses
#
# Address headers are read by one linear pass of our own rather than by the standard library's
# parser, which is quadratic on some inputs and lenient in ways a spoofer can use. The sender is
# read the way a DMARC checker reads the From field (RFC 7489 §6.6.1): one From field holding one
# mailbox, whose address is the ``<angle address>`` when there is one. The display name never
# names the sender.

_DOMAIN_RE = re.compile(r"[^\s<>()\[\],;:\"\\@]+")
#: An RFC 2047 encoded word: one token, whatever it holds once decoded (``B=FCrling,=20A``).
_ENCODED_WORD_RE = re.compile(r"=\?[^?\s]++\?[bBqQ]\?[^?\s]*+\?=")

#: One comma-separated entry of an address header: its tokens as ``(kind, text)``, kind being
#: ``word`` (quoted parts kept with their quotes), ``quoted`` (a quoted phrase, unquoted) or
#: ``angle`` (what stands between ``<`` and ``>``). Comments are dropped.
_Entry = list[tuple[str, str]]


def _scan_addresses(value: str) -> tuple[list[_Entry], list[str]]:
    """Split an address header into entries, in one pass; also say what is odd about it."""
    entries: list[_Entry] = [[]]
    odd: list[str] = []
    word: list[str] = []
    i, n = 0, len(value)

    def flush() -> None:
        if word:
            entries[-1].append(("word", "".join(word)))
            word.clear()

    while i < n:
        ch = value[i]
        if ch == '"':
            j, text = i + 1, []
            while j < n and value[j] != '"':
                if value[j] == "\\" and j + 1 < n:
                    j += 1
                text.append(value[j])
                j += 1
            if j >= n:
                odd.append("an unclosed quoted string")
            quoted = "".join(text)
            if word or value[j + 1 : j + 2] == "@":  # a quoted local part: "john doe"@x.fr
                word.append(f'"{quoted}"')
            else:
                entries[-1].append(("quoted", quoted))
            i = j + 1
        elif ch == "(":
            flush()
            depth, j = 1, i + 1
            while j < n and depth:
                depth += {"(": 1, ")": -1}.get(value[j], 0)
                j += 2 if value[j] == "\\" else 1
            if depth:
                odd.append("an unclosed comment")
            i = j
        elif ch == "<":
            flush()
            j = value.find(">", i + 1)
            if j < 0:
                odd.append("an unclosed <")
                j = n
            entries[-1].append(("angle", value[i + 1 : j]))
            i = j + 1
        elif ch == ",":
            flush()
            entries.append([])
            i += 1
        elif ch in ">:;":
            flush()
            odd.append({">": "a stray >", ":": "a group", ";": "a group"}[ch])
            i += 1
        elif ch.isspace():
            flush()
            i += 1
        elif ch == "=" and (encoded := _ENCODED_WORD_RE.match(value, i)):
            word.append(encoded.group(0))
            i = encoded.end()
        else:
            word.append(ch)
            i += 1
    flush()
    return [entry for entry in entries if entry], odd


def _entry_mailbox(entry: _Entry) -> tuple[str, str | None, str | None]:
    """``(display name, address, problem)`` of one entry; address None when it names none.

    The address is the angle address when there is one (several, or text after it, is a
    problem), else the one word holding an ``@``, which must come last (``Jean Dupont
    jean@exemple.fr`` is sloppy but readable; two such words are two mailboxes).
    """
    angles = [i for i, (kind, _) in enumerate(entry) if kind == "angle"]
    if len(angles) > 1:
        return "", None, "several <addresses>"
    if angles:
        at = angles[0]
        if entry[at + 1 :]:
            return "", None, "text after the <address>"
        return " ".join(text for _, text in entry[:at]), entry[at][1], None
    at_words = [i for i, (kind, text) in enumerate(entry) if kind == "word" and "@" in text]
    if not at_words:
        return " ".join(text for _, text in entry), None, None
    if len(at_words) > 1:
        return "", None, "several addresses"
    at = at_words[0]
    if at != len(entry) - 1:
        return "", None, "text after the address"
    return " ".join(text for _, text in entry[:at]), entry[at][1], None


def _normalise_address(addr: str) -> str | None:
    """``local@domain`` with the domain lower-cased (IDNA for non-ASCII), or None when ``addr``
    is not one address: control characters, spaces outside quotes, no local part or domain."""
    addr = addr.strip()
    if _CONTROL_RE.search(addr) or "\t" in addr:
        return None
    local, at, domain = addr.rpartition("@")
    if not at or not local or not domain:
        return None
    unquoted = re.sub(r'"[^"]*+"', "", local)
    if any(ch.isspace() or ch in "<>()[],;:@\\" for ch in unquoted):
        return None
    domain = domain.rstrip(".").lower()
    if not _DOMAIN_RE.fullmatch(domain):
        return None
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    return f"{local}@{domain}"


def _path_address(path: str) -> str | None:
    """The address of a return path (``<bounce@x>``, the SMTP envelope sender)."""
    return _normalise_address(path.strip().removeprefix("<").removesuffix(">"))


def _display_name(phrase: str) -> str:
    """The decoded display name; empty when it looks like an address (``learner@x.fr``, or an
    encoded word decoding to ``<...>``): such a name is a disguise, never shown as the sender."""
    name = decode_unstructured(phrase)
    return "" if any(ch in name for ch in "@<>") else name


def _addresses(msg: Message, name: str) -> list[tuple[str, str]]:
    """(display name, address) of every valid mailbox of every occurrence of an address header.

    Lenient, for the headers that only inform (Sender, Reply-To, To, Cc): an entry the strict
    reading refuses still gives up the addresses it plainly holds; addresses with control
    characters or spaces are dropped.
    """
    result: list[tuple[str, str]] = []
    for raw in _raw_headers(msg, name):
        entries, _ = _scan_addresses(_unsurrogate(raw))
        for entry in entries:
            display, address, _problem = _entry_mailbox(entry)
            candidates = [address] if address else []
            if not address:
                candidates = [t for k, t in entry if k == "angle"]
                candidates += [t for k, t in entry if k == "word" and "@" in t]
            for candidate in candidates:
                norm = _normalise_address(candidate)
                if norm:
                    result.append((_display_name(display) if address else "", norm))
    return result


def _from_mailbox(msg: Message) -> tuple[str, str] | None:
    """``(display name, address)`` of the sender, read as DMARC reads it; None without a From.

    Decided per case, so that the desk never acts for an address a DMARC checker did not judge:

    - several From fields, a group, several mailboxes, several ``<addresses>``, text after the
      address, control characters, or no valid address: the message is quarantined
      (:class:`MalformedMail`, shown to staff with the reason);
    - a display name that looks like an address (``learner@x.fr <attacker@evil.test>``, also
      when it is an encoded word decoding to ``<`` or ``@``): the mail is from the angle address
      and the display name is dropped.
    """
    fields = _raw_headers(msg, "From")
    if not fields:
        return None
    if len(fields) > 1:
        raise MalformedMail(f"{len(fields)} From header fields; a message has one sender")
    value = _unsurrogate(fields[0])
    if _CONTROL_RE.search(value):
        raise MalformedMail("control characters in the From header field")
    entries, odd = _scan_addresses(value)
    if odd:
        raise MalformedMail(f"From header field with {odd[0]}: {value[:200]!r}")
    mailboxes = []
    for entry in entries:
        display, address, problem = _entry_mailbox(entry)
        if problem:
            raise MalformedMail(f"From header field with {problem}: {value[:200]!r}")
        if address is not None:
            mailboxes.append((display, address))
    if not mailboxes:
        raise MalformedMail(f"From header field without an address: {value[:200]!r}")
    if len(mailboxes) > 1:
        raise MalformedMail(
            f"From header field names {len(mailboxes)} mailboxes, not one: {value[:200]!r}"
        )
    display, address = mailboxes[0]
    norm = _normalise_address(address)
    if norm is None:
        raise MalformedMail(f"From header field without a valid address: {value[:200]!r}")
    return _display_name(display), norm


_MSGID_RE = re.compile(r"<([^<>\s]++)>")


def _message_ids(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    ids = _MSGID_RE.findall(value)
    if not ids:
        ids = [tok for tok in re.split(r"[\s,]+", value) if "@" in tok]
    seen: dict[str, None] = {}
    for mid in ids:
        mid = mid.strip()
        if mid and len(mid) <= 998 and not _CONTROL_RE.search(mid):
            seen.setdefault(mid, None)
    return tuple(seen)


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


# --------------------------------------------------------------------------------------------
# HTML to text


class _TextExtractor(HTMLParser):
    _BLOCK = frozenset(
        {
            "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
            "thead", "tfoot", "tr", "ul",
        }
    )  # fmt: skip
    _SKIP = frozenset({"script", "style", "head", "title", "template", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.quote_depth = 0
        self.pre_depth = 0

    def _flush(self) -> None:
        text = "".join(self.current)
        self.current = []
        if self.pre_depth:
            parts = text.split("\n")
        else:
            parts = [re.sub(r"[ \t\r\n\f\u00a0]+", " ", text).strip()]
        for part in parts:
            prefix = "> " * self.quote_depth
            self.lines.append(prefix + part if part else prefix.rstrip())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skip_depth += 1
            return
        if tag == "br":
            self._flush()
            return
        if tag in self._BLOCK or tag in ("td", "th"):
            if tag in ("td", "th"):
                self.current.append(" ")
            else:
                self._flush()
        if tag == "li":
            self.current.append("- ")
        if tag == "blockquote" or (
            tag == "div" and any(k == "class" and v and "quote" in v for k, v in attrs)
        ):
            self.quote_depth += 1
        if tag == "pre":
            self.pre_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag in self._BLOCK:
            self._flush()
        if tag == "blockquote" and self.quote_depth:
            self.quote_depth -= 1
        if tag == "pre" and self.pre_depth:
            self.pre_depth -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.current.append(data)

    def text(self) -> str:
        self._flush()
        out: list[str] = []
        last_blank = False  # of the last line kept: reading it again for every line is quadratic
        for line in self.lines:
            if not line.strip(" >") and out and last_blank:
                continue
            out.append(kept := line.rstrip())
            last_blank = not kept.strip(" >")
        return "\n".join(out).strip("\n")


_HUGE_CHARREF_RE = re.compile(r"&#(?:[xX][0-9a-fA-F]{10,}+|[0-9]{10,}+);?")


def _defuse(markup: str) -> str:
    """``markup`` with the ``<`` of every construct that cannot close written ``&lt;``.

    ``HTMLParser`` looks for the end of a tag, comment or marked section to the end of the text
    and, when there is none, starts again at the next ``<``: quadratic (80,000 characters of
    ``<a `` took a minute, of ``<!-- x>`` 1.3 s). A tag closes only with a ``>`` before the next
    ``<``; a comment only before the last ``-->``; a marked section only before the last ``]>``.
    Text such a ``<`` would have started is text anyway. One pass.
    """
    # a character reference of ten digits or more is no character (U+FFFD, as HTML reads it),
    # and converting thousands of digits to a number is itself quadratic
    markup = _HUGE_CHARREF_RE.sub("\ufffd", markup)
    opens = [m.start() for m in re.finditer("<", markup)]
    if not opens:
        return markup
    comments_end, sections_end = markup.rfind("-->"), markup.rfind("]>")
    out: list[str] = []
    done, gt = 0, -1
    for k, at in enumerate(opens):
        following = opens[k + 1] if k + 1 < len(opens) else len(markup)
        if gt <= at:
            gt = markup.find(">", at + 1)
            gt = len(markup) if gt < 0 else gt
        if markup.startswith("<!--", at):
            closes = at < comments_end
        elif markup.startswith("<![", at):
            closes = gt < following and at < sections_end
        else:
            closes = gt < following
        if not closes:
            out.append(markup[done:at])
            out.append("&lt;")
            done = at + 1
    out.append(markup[done:])
    return "".join(out)


def html_to_text(markup: str) -> str:
    """Readable text from HTML; quoted blocks (``<blockquote>``, ``*quote`` divs) get ``> ``.

    Only the first ``MAX_HTML_CHARS`` characters are read (the HTML itself is kept whole)."""
    markup = markup[:MAX_HTML_CHARS]
    parser = _TextExtractor()
    try:
        parser.feed(_defuse(markup))
        parser.close()
        return parser.text()
    except Exception:  # HTMLParser is lenient, but never let markup break intake
        stripped = re.sub(r"<[^<>]*+>", " ", markup)
        return re.sub(r"[ \t]+", " ", html.unescape(stripped)).strip()


# --------------------------------------------------------------------------------------------
# Automatic mail (RFC 3834 and friends)

_BOUNCE_SUBJECT = re.compile(
    r"(undeliver(ed|able)|delivery (status notification|has failed|failure|failed)"
    r"|mail delivery (failed|failure|subsystem)|returned mail|failure notice"
    r"|non remis|non distribu|[ée]chec de (la )?remise|message non d[ée]livr|rejected:)",
    re.IGNORECASE,
)
_DAEMON_FROM = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@", re.IGNORECASE)


def _classify_automatic(
    msg: Message, subject: str, from_address: str | None, envelope_from: str | None
) -> tuple[bool, bool, bool, str | None]:
    """(is_auto_reply, is_bulk, is_bounce, reason)."""
    content_type = msg.get_content_type()
    report_type = str(msg.get_param("report-type", "", header="content-type") or "").lower()
    return_path = _raw_header(msg, "Return-Path")
    null_path = envelope_from == "" or (
        return_path is not None and return_path.strip() in ("<>", "")
    )
    if content_type == "multipart/report" and "delivery-status" in report_type:
        return False, False, True, "delivery report (multipart/report; delivery-status)"
    if any(p.get_content_type() == "message/delivery-status" for p in _safe_walk(msg)):
        return False, False, True, "delivery report (message/delivery-status)"
    if null_path:
        if content_type == "multipart/report" and "disposition" in report_type:
            return True, False, False, "read receipt (disposition-notification)"
        return False, False, True, "null return path"
    if _raw_header(msg, "X-Failed-Recipients"):
        return False, False, True, "X-Failed-Recipients"
    if from_address and _DAEMON_FROM.match(from_address) and _BOUNCE_SUBJECT.search(subject):
        return False, False, True, f"bounce from {from_address}"
    if content_type == "multipart/report" and "disposition" in report_type:
        return True, False, False, "read receipt (disposition-notification)"

    auto = (_raw_header(msg, "Auto-Submitted") or "").strip().lower()
    if auto and not auto.startswith("no"):
        return True, False, False, f"Auto-Submitted: {auto}"
    for name in (
        "X-Autoreply",
        "X-Autorespond",
        "X-Autogenerated",
        "X-AutoReply-From",
        "X-Mail-Autoreply",
    ):
        value = _raw_header(msg, name)
        if value is not None and value.strip().lower() not in ("no", "false", "0"):
            return True, False, False, f"{name}: {value.strip()}"
    suppress = (_raw_header(msg, "X-Auto-Response-Suppress") or "").lower()
    if "all" in [s.strip() for s in suppress.split(",")] and is_auto_reply_subject(subject):
        return True, False, False, "X-Auto-Response-Suppress with an automatic subject"
    precedence = (_raw_header(msg, "Precedence") or "").strip().lower()
    if precedence in ("auto_reply", "auto-reply"):
        return True, False, False, f"Precedence: {precedence}"
    if precedence in ("bulk", "junk", "list"):
        return False, True, False, f"Precedence: {precedence}"
    for name in ("List-Id", "List-Unsubscribe", "List-Post"):
        if _raw_header(msg, name) is not None:
            return False, True, False, f"{name} header"
    if is_auto_reply_subject(subject):
        return True, False, False, "automatic-reply subject"
    return False, False, False, None


# --------------------------------------------------------------------------------------------
# MIME structure


def _safe_walk(part: Message) -> Iterator[Message]:
    """Every part, without descending into attached messages (those are attachments)."""
    yield part
    if part.is_multipart() and not part.get_content_type().startswith("message/"):
        payload = part.get_payload()
        if isinstance(payload, list):
            for sub in payload:
                if isinstance(sub, Message):
                    yield from _safe_walk(sub)


def _part_bytes(part: Message) -> bytes:
    if part.is_multipart():
        payload = part.get_payload()
        if part.get_content_type().startswith("message/") and isinstance(payload, list):
            chunks = []
            for sub in payload:
                try:
                    if not isinstance(sub, Message):
                        raise TypeError(type(sub).__name__)
                    chunks.append(sub.as_bytes(policy=email.policy.compat32))
                except Exception:
                    chunks.append(str(sub).encode("utf-8", "replace"))
            return b"\n".join(chunks)
        return b""
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    if isinstance(raw, str):
        return raw.encode("ascii", "surrogateescape")
    return b""


def _part_text(part: Message) -> str:
    charset = None
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    return decode_bytes(_part_bytes(part), charset)


def _disposition(part: Message) -> str:
    try:
        return (part.get_content_disposition() or "").lower()
    except Exception:
        return ""


def _filename(part: Message, index: int) -> str:
    name: str | None = None
    try:
        name = part.get_filename()
    except Exception:
        name = None
    if not name:
        try:
            name = part.get_param("name", header="content-type")  # type: ignore[assignment]
            if isinstance(name, tuple):
                name = email.utils.collapse_rfc2231_value(name)
        except Exception:
            name = None
    if name:
        name = decode_unstructured(str(name))
        name = name.replace("\\", "/").rsplit("/", 1)[-1]
        name = _CONTROL_RE.sub("", name).strip(" .")
    if not name:
        ctype = part.get_content_type()
        ext = {
            "message/rfc822": "eml",
            "message/delivery-status": "txt",
            "text/plain": "txt",
            "text/html": "html",
            "application/pdf": "pdf",
            "image/jpeg": "jpg",
            "image/png": "png",
        }.get(ctype, "bin")
        name = f"part-{index}.{ext}"
    return name[:255]


def _body_parts(msg: Message) -> tuple[Message | None, Message | None]:
    """The text/plain and text/html parts that make up the readable body."""
    plain: Message | None = None
    html_part: Message | None = None
    if isinstance(msg, EmailMessage):
        for pref, slot in ((("plain",), "plain"), (("html",), "html")):
            try:
                found = msg.get_body(preferencelist=pref)
            except Exception:
                found = None
            if found is not None and found.get_content_type() == f"text/{slot}":
                if slot == "plain":
                    plain = found
                else:
                    html_part = found
    if plain is None and html_part is None:
        if msg.get_content_maintype() == "multipart" and not msg.is_multipart():
            # a multipart without usable boundaries: the payload is all there is
            return msg, None
        for part in _safe_walk(msg):
            if part.is_multipart() or _disposition(part) == "attachment":
                continue
            ctype = part.get_content_type()
            if ctype == "text/plain" and plain is None:
                plain = part
            elif ctype == "text/html" and html_part is None:
                html_part = part
    return plain, html_part


# --------------------------------------------------------------------------------------------
# Entry point


def _strip_envelope(raw: bytes) -> bytes:
    raw = raw.lstrip(b"\r\n")
    if raw.startswith(b"From ") and not raw.startswith(b"From :"):
        end = raw.find(b"\n")
        raw = raw[end + 1 :] if end >= 0 else b""
    return raw


def _languages(msg: Message) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for part in _safe_walk(msg):
        for name in ("Content-Language", "Accept-Language", "X-Accept-Language"):
            for value in _raw_headers(part, name):
                for token in re.split(r"[,;\s]+", value):
                    token = token.strip().lower()
                    if re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]{2,8})*", token):
                        seen.setdefault(token, None)
    return tuple(seen)


def _fingerprint(
    sender: str | None, subject: str, text: str, attachments: Iterable[Attachment]
) -> str:
    subject = re.sub(r"^\s*((re|fwd?|tr|aw|wg)\s*:\s*)+", "", subject, flags=re.IGNORECASE)
    norm = unicodedata.normalize("NFC", " ".join(text.split())).casefold()
    digest = hashlib.sha256()
    for piece in ((sender or "").lower(), " ".join(subject.split()).casefold(), norm):
        digest.update(piece.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    for attachment in attachments:
        digest.update(attachment.sha256.encode())
    return digest.hexdigest()


def parse_mail(raw: bytes, envelope_from: str | None = None) -> ParsedMail:
    """Parse one raw message.

    ``envelope_from`` is the SMTP ``MAIL FROM`` when known (``""`` is the null return path of
    bounces). Raises :class:`MalformedMail` only when nothing usable can be read.
    """
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise MalformedMail(f"expected bytes, got {type(raw).__name__}")
    raw = _strip_envelope(bytes(raw))
    if not raw.strip():
        raise MalformedMail("empty message")
    try:
        msg = cast(EmailMessage, email.message_from_bytes(raw, policy=_POLICY))
    except MalformedMail:
        raise
    except Exception as exc:  # the parser is lenient; this is truly broken input
        raise MalformedMail(f"unparseable: {exc.__class__.__name__}: {exc}") from exc
    if not msg.keys():
        raise MalformedMail("no header fields")
    for name, value in msg.raw_items():
        if len(value) > MAX_HEADER_CHARS:
            raise MalformedMail(
                f"{name} header field of {len(value)} characters (at most {MAX_HEADER_CHARS})"
            )

    try:
        return _build(msg, envelope_from)
    except MalformedMail:
        raise
    except RecursionError as exc:
        raise MalformedMail("MIME structure nested too deeply") from exc
    except Exception as exc:  # anything else is a parser bug we must not let crash intake
        raise MalformedMail(f"unreadable: {exc.__class__.__name__}: {exc}") from exc


def _build(msg: EmailMessage, envelope_from: str | None) -> ParsedMail:
    subject = decode_unstructured(_raw_header(msg, "Subject") or "")
    sender_mailbox = _from_mailbox(msg)
    sender_pairs = _addresses(msg, "Sender")
    from_name, from_address = sender_mailbox or ("", None)
    envelope = _path_address(envelope_from) if envelope_from else None
    if from_address is None:
        from_address = sender_pairs[0][1] if sender_pairs else envelope
    return_path_raw = _raw_header(msg, "Return-Path")
    return_path = _path_address(return_path_raw) if return_path_raw else None
    reply_to = tuple(a for _, a in _addresses(msg, "Reply-To"))
    if from_address is None and not reply_to and return_path is None:
        raise MalformedMail("no sender address (From, Sender, Reply-To or envelope)")

    plain_part, html_part = _body_parts(msg)
    html_text = _part_text(html_part) if html_part is not None else None
    if plain_part is not None:
        text = _part_text(plain_part)
        if html_part is not None and not text.strip() and html_text:
            text = html_to_text(html_text)
    elif html_text is not None:
        text = html_to_text(html_text)
    else:
        text = ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")

    body_ids = {id(p) for p in (plain_part, html_part) if p is not None}
    attachments: list[Attachment] = []
    for index, part in enumerate(_safe_walk(msg)):
        if id(part) in body_ids:
            continue
        ctype = part.get_content_type()
        if part.is_multipart() and not ctype.startswith("message/"):
            continue
        if ctype in ("text/plain", "text/html") and _disposition(part) != "attachment":
            try:
                has_name = bool(part.get_filename())
            except Exception:
                has_name = False
            if not has_name:
                # inline text beside the body (a client splitting around an image, a list
                # footer): it is part of what the sender wrote
                extra = _part_text(part)
                if ctype == "text/html":
                    extra = html_to_text(extra)
                if extra.strip():
                    text = f"{text.rstrip()}\n\n{extra}" if text.strip() else extra
                continue
        data = _part_bytes(part)
        attachments.append(Attachment(_filename(part, index), ctype, len(data), data))

    is_auto, is_bulk, is_bounce, reason = _classify_automatic(
        msg, subject, from_address, envelope_from
    )
    defects = tuple(
        dict.fromkeys(type(d).__name__ for p in _safe_walk(msg) for d in getattr(p, "defects", ()))
    )
    fresh = new_text(text[:MAX_NEW_TEXT_SOURCE_CHARS])
    return ParsedMail(
        message_id=(_message_ids(_raw_header(msg, "Message-ID")) or (None,))[0],
        in_reply_to=_message_ids(_raw_header(msg, "In-Reply-To")),
        references=_message_ids(" ".join(_raw_headers(msg, "References"))),
        subject=subject,
        from_address=from_address,
        from_name=from_name,
        sender=sender_pairs[0][1] if sender_pairs else None,
        reply_to=reply_to,
        to=tuple(a for _, a in _addresses(msg, "To")),
        cc=tuple(a for _, a in _addresses(msg, "Cc")),
        date=_parse_date(_raw_header(msg, "Date")),
        text=text,
        html=html_text,
        new_text=fresh,
        attachments=tuple(attachments),
        auth_results=tuple(_unsurrogate(v) for v in _raw_headers(msg, "Authentication-Results")),
        return_path=return_path,
        is_auto_reply=is_auto,
        is_bulk=is_bulk,
        is_bounce=is_bounce,
        auto_reason=reason,
        languages=_languages(msg),
        defects=defects,
        content_hash=_fingerprint(from_address, subject, fresh or text, attachments),
    )
