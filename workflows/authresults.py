"""``Authentication-Results`` (RFC 8601): what the upstream MTA found about SPF, DKIM and DMARC.

Anyone can write an ``Authentication-Results`` header into a message, so only headers whose
authserv-id is the configured trusted one count, and of those only the topmost (the one our own
border MTA added last). Every header is recorded for staff; an untrusted one never decides
anything. A trusted failure forces identity verification even for low-risk requests.

A result only speaks for the domain it judged: when the trusted header names the ``header.from``
domain it checked and that is not the domain of the From address the desk read, the result is
about someone else, and counts as a failure (``failures`` holds ``header.from``).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

METHODS = ("spf", "dkim", "dmarc")
#: Results that count as a failure of a method (RFC 8601 §2.7).
FAILING: dict[str, frozenset[str]] = {
    "spf": frozenset({"fail", "softfail", "permerror"}),
    "dkim": frozenset({"fail", "permerror"}),
    "dmarc": frozenset({"fail", "permerror"}),
}


@dataclass(frozen=True)
class MethodResult:
    """One ``method=result`` clause with its properties (``header.from=...``) and reason."""

    method: str
    result: str
    properties: dict[str, str] = field(default_factory=dict)
    reason: str | None = None


@dataclass(frozen=True)
class ParsedHeader:
    """One ``Authentication-Results`` header: who wrote it and what it says."""

    authserv_id: str
    results: tuple[MethodResult, ...]


@dataclass(frozen=True)
class AuthAssessment:
    """What the trusted MTA said about a message, ready to store on the ticket."""

    trusted: bool
    spf: str | None = None
    dkim: str | None = None
    dmarc: str | None = None
    failed: bool = False
    failures: tuple[str, ...] = ()
    untrusted: tuple[str, ...] = ()
    #: the domains the trusted results judged (``header.from``); another than the From
    #: domain is a failure
    header_from: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        """The ``auth_results`` of a ticket: shown to staff as is."""
        data: dict[str, Any] = {
            "trusted": self.trusted,
            "spf": self.spf,
            "dkim": self.dkim,
            "dmarc": self.dmarc,
            "failed": self.failed,
        }
        if self.failures:
            data["failures"] = list(self.failures)
        if self.header_from:
            data["header_from"] = list(self.header_from)
        if self.untrusted:
            data["untrusted_headers"] = list(self.untrusted)
        return data


def _strip_comments(value: str) -> str:
    """Remove RFC 5322 comments ``( ... )`` (nested), leaving quoted strings intact."""
    out: list[str] = []
    depth = 0
    quoted = False
    escaped = False
    for ch in value:
        if escaped:
            if depth == 0:
                out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
            if depth == 0:
                out.append(ch)
            continue
        if quoted:
            out.append(ch)
            if ch == '"':
                quoted = False
            continue
        if ch == '"' and depth == 0:
            quoted = True
            out.append(ch)
        elif ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                out.append(" ")
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def _split(value: str, sep: str) -> list[str]:
    """Split on ``sep`` outside quoted strings."""
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in value:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _tokens(clause: str) -> list[str]:
    """Whitespace-separated tokens, quoted strings kept whole, ``a = b`` joined as ``a=b``."""
    tokens: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in clause.replace("\t", " ").replace("\r", " ").replace("\n", " "):
        if ch == '"':
            quoted = not quoted
            current.append(ch)
        elif ch == " " and not quoted:
            if current:
                tokens.append("".join(current))
                current = []
        else:
            current.append(ch)
    if current:
        tokens.append("".join(current))
    joined: list[str] = []
    for token in tokens:
        if joined and (token.startswith("=") or joined[-1].endswith("=")):
            joined[-1] += token
        else:
            joined.append(token)
    return joined


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return value


def parse_header(value: str) -> ParsedHeader | None:
    """Parse one header value; ``None`` when it has no authserv-id at all."""
    clauses = _split(_strip_comments(value), ";")
    head = _tokens(clauses[0])
    if not head:
        return None
    authserv_id = _unquote(head[0]).lower()
    results: list[MethodResult] = []
    for clause in clauses[1:]:
        tokens = _tokens(clause)
        if not tokens or "=" not in tokens[0]:
            continue  # "none", or garbage: no result
        method, _, result = tokens[0].partition("=")
        method = method.split("/", 1)[0].strip().lower()
        properties: dict[str, str] = {}
        reason = None
        for token in tokens[1:]:
            key, sep, prop = token.partition("=")
            if not sep:
                continue
            if key.lower() == "reason":
                reason = _unquote(prop)
            else:
                properties[key.lower()] = _unquote(prop)
        results.append(MethodResult(method, _unquote(result).lower(), properties, reason))
    return ParsedHeader(authserv_id, tuple(results))


def _verdict(method: str, results: list[MethodResult]) -> str | None:
    """One result per method: a pass wins for DKIM (several signatures), else the worst."""
    found = [r.result for r in results if r.method == method]
    if not found:
        return None
    if method == "dkim" and "pass" in found:
        return "pass"
    failing = [r for r in found if r in FAILING[method]]
    return failing[0] if failing else found[0]


def _domain(value: str) -> str:
    """The domain a ``header.from`` (or the From address) names, comparable: lower case, no
    trailing dot, IDNA for non-ASCII."""
    domain = value.rpartition("@")[2].strip().rstrip(".").lower()
    if not domain.isascii():
        with contextlib.suppress(UnicodeError):
            domain = domain.encode("idna").decode("ascii")
    return domain


def assess_auth(
    headers: list[str], trusted_id: str | None, from_address: str | None = None
) -> AuthAssessment:
    """Assess a message's ``Authentication-Results`` headers, given top first as in the message.

    Only the topmost header written by ``trusted_id`` counts; without a trusted id nothing is
    trusted, and every header is only recorded. With ``from_address`` (the sender the desk acts
    for), a trusted ``header.from`` naming another domain is a failure.
    """
    trusted_name = (trusted_id or "").strip().lower() or None
    untrusted: list[str] = []
    chosen: ParsedHeader | None = None
    for raw in headers:
        parsed = parse_header(raw)
        if (
            chosen is None
            and parsed is not None
            and trusted_name
            and parsed.authserv_id == trusted_name
        ):
            chosen = parsed
        else:
            untrusted.append(" ".join(raw.split())[:500])
    if chosen is None:
        return AuthAssessment(trusted=False, untrusted=tuple(untrusted))
    results = list(chosen.results)
    verdicts = {m: _verdict(m, results) for m in METHODS}
    failures = tuple(m for m in METHODS if verdicts[m] in FAILING[m])
    judged = tuple(
        dict.fromkeys(
            _domain(r.properties["header.from"]) for r in results if "header.from" in r.properties
        )
    )
    if from_address is not None and any(d != _domain(from_address) for d in judged):
        failures = (*failures, "header.from")
    return AuthAssessment(
        trusted=True,
        spf=verdicts["spf"],
        dkim=verdicts["dkim"],
        dmarc=verdicts["dmarc"],
        failed=bool(failures),
        failures=failures,
        untrusted=tuple(untrusted),
        header_from=judged,
    )
