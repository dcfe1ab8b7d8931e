"""What a pattern's matches can start with, read from its source, and a guard built on it.

Python's ``re`` tries every alternative of a large alternation at every word boundary, and a
search tries the whole pattern at every position. Putting a look-ahead on what a match can
start with (``(?=[abc])``, or a trie of the first few characters) in front of a rule or pattern
lets the engine give up in one step where it cannot start. One reader of regex source
(``_Parser``) turns the pattern into branches of repeated atoms, conservatively: what consumes
nothing (``\\b``, ``^``, ``$``, look-arounds) is stepped over, an optional atom
(``(?:please )?amend``) adds its strings to those of what follows, and whatever is not plain
(``\\w``, ``.``, a back-reference, a wide or negated class) stops a string short. From that tree,
:func:`prefixes` gives the strings of a few characters every match starts with, and
:func:`first_chars` their first characters; either answers ``None`` when a match may start
with anything, or when the pattern holds what the reader does not know (flags, ``\\x41``...),
and the pattern is then left as it is.
"""

from __future__ import annotations

import re


def first_chars(pattern: str) -> frozenset[str] | None:
    """Characters every match of ``pattern`` starts with, or None when unsure: the first
    characters of its :func:`prefixes`, a class of any width counted whole; None too when a
    look-ahead stands before them (perhaps a guard already, which :func:`guarded` leaves as
    it is)."""
    branches = _read(pattern, first=True)
    return None if branches is None else _starts(branches, 1)


def guarded(pattern: str, flags: int = 0) -> str:
    """``pattern`` behind a look-ahead on what it can start with: its first few characters
    (:func:`prefixes`), or its first character when those cannot be read. It matches
    exactly what ``pattern`` matches, and a search gives up at once where it cannot start
    instead of trying every alternative there. Behind ``\\b`` too when every match starts at
    a word boundary (``re`` tests that in one step, before the look-ahead). The pattern itself
    when its start is not plain, or is a character or class (``re`` already skips ahead to
    those), or when it is verbose."""
    if flags & re.VERBOSE or not pattern.startswith(("(", "^", "\\b")):
        return pattern
    branches = _read(pattern, first=True)
    found = None if branches is None else _starts(branches, 1)
    if branches is None or found is None:
        return pattern
    head = "\\b" if _bounded(branches) else ""
    starts = prefixes(pattern)  # ignoring case, the guard ignores it alike
    if starts:
        return f"{head}(?={prefix_class(starts)})(?:{pattern})"
    return f"{head}(?=[{char_class(found)}])(?:{pattern})"


def compile_guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` of :func:`guarded` ``(pattern, flags)``."""
    return re.compile(guarded(pattern, flags), flags)


def char_class(chars: frozenset[str] | set[str]) -> str:
    """The inside of a ``[...]`` class that holds exactly ``chars``."""
    return "".join("\\" + c if c in "\\]^-[" else c for c in sorted(chars))


class _Unsure(Exception):
    pass


#: How many characters the prefix guards look at: four halves the cost of the label rules
#: against one (more gains little and lengthens the guards).
PREFIX_CHARS = 4
_MAX_PREFIXES = 400  # beyond this a pattern is left unguarded
_WIDEST_CLASS = 16  # a wider class stops a prefix short (it would multiply the strings)

# A parsed pattern: a list of branches, each a list of (atom, least, most) repetitions, an atom
# being a set of characters (one of them), ZERO (consumes nothing: ^, $, \B, look-arounds),
# BOUNDARY (``\b``, which consumes nothing either), OPEN (anything: \w, ., a back-reference...;
# a prefix stops there) or a group (branches).
_Branches = list[list[tuple[object, int, int | None]]]
_ZERO = "zero"
_BOUNDARY = "boundary"
_OPEN = "open"
_ESCAPED = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}
_QUANTIFIER = re.compile(r"\{(\d*)(,(\d*))?\}")


def prefixes(pattern: str, n: int = PREFIX_CHARS) -> frozenset[str] | None:
    """Strings of at most ``n`` characters such that every match of ``pattern`` (with what
    follows it in the text) starts with one of them; None when unsure or when a match may
    start with anything. Read conservatively: what is not plain stops a prefix short."""
    branches = _read(pattern)
    return None if branches is None else _starts(branches, n)


def _read(pattern: str, first: bool = False) -> _Branches | None:
    """The branches of ``pattern``, or None when the reader does not know all of it.
    ``first``: read for the first character alone (:func:`first_chars`): a class counts
    whatever its width, and a look-ahead is open."""
    try:
        branches, end = _Parser(pattern, first).alternation(0)
    except _Unsure:
        return None
    return branches if end == len(pattern) else None


def _starts(branches: _Branches, n: int) -> frozenset[str] | None:
    """The strings of at most ``n`` characters every match of ``branches`` starts with; None
    when a match may start with anything, or when there are too many of them."""
    found: set[tuple[str, bool]] = set()
    try:
        for branch in branches:
            found |= _sequence(branch, n)
    except _Unsure:
        return None
    strings = {s for s, _ in found}
    if not strings or "" in strings:
        return None
    return _shortest(strings)


def _bounded(branches: _Branches) -> bool:
    """Whether every match of ``branches`` starts at a word boundary: each branch has ``\\b``
    before its first atom that consumes, or opens on a group whose branches all do."""
    return all(_bounded_branch(branch) for branch in branches)


def _bounded_branch(items: list[tuple[object, int, int | None]]) -> bool:
    for atom, least, _ in items:
        if atom == _BOUNDARY and least:
            return True
        if atom in (_ZERO, _BOUNDARY):
            continue  # ^, a look-behind...: what follows starts where they stand
        return bool(least) and isinstance(atom, list) and _bounded(atom)
    return False


def _shortest(strings: frozenset[str] | set[str]) -> frozenset[str]:
    """``strings`` without those that start with another of them (it already says enough)."""
    return frozenset(s for s in strings if not any(s[:k] in strings for k in range(1, len(s))))


def prefix_class(strings: frozenset[str]) -> str:
    """A regex matching where the text starts with one of ``strings`` (a trie, so that ``re``
    rejects most places on their first character)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for s in _shortest(strings):
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})

    def build(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alts: list[str] = []
        leaves: list[str] = []
        for ch in sorted(node):
            inner = build(node[ch])
            if inner:
                alts.append(re.escape(ch) + inner)
            else:
                leaves.append(ch)
        if leaves:
            alts.append(
                re.escape(leaves[0]) if len(leaves) == 1 else f"[{char_class(set(leaves))}]"
            )
        if not alts:
            return ""
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(trie)


def _sequence(items: list[tuple[object, int, int | None]], n: int) -> set[tuple[str, bool]]:
    """Prefixes of a branch: (string, closed); closed: the branch may end right there."""
    current = {("", True)}
    for atom, least, most in items:
        current = _repeat(current, atom, least, most, n)
    return current


def _repeat(
    current: set[tuple[str, bool]], atom: object, least: int, most: int | None, n: int
) -> set[tuple[str, bool]]:
    out = set(current) if least == 0 else set()
    frontier = current
    reps = 0
    while (most is None or reps < most) and any(c and len(s) < n for s, c in frontier):
        if reps > least + n:  # an atom that may consume nothing, repeated
            out |= {(s, False) for s, _ in frontier}
            return out
        step = _step(frontier, atom, n)
        reps += 1
        if step == frontier and reps > least:
            break
        frontier = step
        if reps >= least:
            out |= frontier
    if reps < least:  # the repetitions still due are not read: what was read is a prefix
        out |= {(s, False) for s, _ in frontier}
    return out


def _step(current: set[tuple[str, bool]], atom: object, n: int) -> set[tuple[str, bool]]:
    out: set[tuple[str, bool]] = set()
    for s, closed in current:
        if not closed or len(s) >= n:
            out.add((s, False))
            continue
        for t, more in _atom(atom, n - len(s)):
            u = s + t
            out.add((u, more and len(u) < n))
    if len(out) > _MAX_PREFIXES:
        raise _Unsure
    return out


def _atom(atom: object, n: int) -> set[tuple[str, bool]]:
    if atom in (_ZERO, _BOUNDARY):
        return {("", True)}
    if atom == _OPEN:
        return {("", False)}
    if isinstance(atom, frozenset):
        return {(ch, True) for ch in atom}
    found: set[tuple[str, bool]] = set()
    for branch in atom:  # type: ignore[attr-defined]
        found |= _sequence(branch, n)
    return found


class _Parser:
    """Just enough of ``re``'s syntax to read the start of a pattern; anything else unsure."""

    def __init__(self, src: str, first: bool = False) -> None:
        self.src = src
        self.first = first  # see _read

    def alternation(self, i: int) -> tuple[_Branches, int]:
        branches = []
        while True:
            branch, i = self.branch(i)
            branches.append(branch)
            if i < len(self.src) and self.src[i] == "|":
                i += 1
                continue
            return branches, i

    def branch(self, i: int) -> tuple[list[tuple[object, int, int | None]], int]:
        src = self.src
        items: list[tuple[object, int, int | None]] = []
        while i < len(src) and src[i] not in "|)":
            atom, i = self.atom(i)
            least, most, i = self.quantifier(i)
            items.append((atom, least, most))
        return items, i

    def group_end(self, i: int) -> int:
        if i >= len(self.src) or self.src[i] != ")":
            raise _Unsure
        return i + 1

    def atom(self, i: int) -> tuple[object, int]:
        src = self.src
        c = src[i]
        if c == "(":
            if src.startswith(("(?=", "(?!"), i):
                _, j = self.alternation(i + 3)
                return (_OPEN if self.first else _ZERO), self.group_end(j)
            if src.startswith(("(?<=", "(?<!"), i):
                _, j = self.alternation(i + 4)
                return _ZERO, self.group_end(j)
            if src.startswith(("(?:", "(?>"), i):
                inner = i + 3
            elif src.startswith("(?P<", i):
                inner = src.index(">", i) + 1
            elif src.startswith("(?", i):
                raise _Unsure  # flags, comments, references by name, conditions
            else:
                inner = i + 1
            branches, j = self.alternation(inner)
            return branches, self.group_end(j)
        if c == "[":
            return self.char_class(i)
        if c == "\\":
            if i + 1 >= len(src):
                raise _Unsure
            e = src[i + 1]
            if e == "b":
                return _BOUNDARY, i + 2
            if e in "BAZ":
                return _ZERO, i + 2
            if e in _ESCAPED:
                return frozenset(_ESCAPED[e]), i + 2
            if e in "wWsSdD" or (e.isdigit() and e != "0"):
                return _OPEN, i + 2
            if e.isalnum():
                raise _Unsure  # \x41, \u00e9, \N{...}, \0...
            return frozenset(e), i + 2
        if c in "^$":
            return _ZERO, i + 1
        if c == ".":
            return _OPEN, i + 1
        if c in "*+?{":
            raise _Unsure
        return frozenset(c), i + 1

    def char_class(self, i: int) -> tuple[object, int]:
        src = self.src
        j = i + 1
        negated = j < len(src) and src[j] == "^"
        if negated:
            j += 1
        chars: set[str] = set()
        unknown = negated
        first = True
        while j < len(src) and (src[j] != "]" or first):
            first = False
            if src[j] == "\\":
                if j + 1 >= len(src):
                    raise _Unsure
                e = src[j + 1]
                if e in _ESCAPED:
                    ch = _ESCAPED[e]
                elif e.isalnum():
                    if e not in "wWsSdD":
                        raise _Unsure
                    unknown = True
                    j += 2
                    continue
                else:
                    ch = e
                j += 2
            else:
                ch = src[j]
                j += 1
            if j + 1 < len(src) and src[j] == "-" and src[j + 1] != "]":
                if src[j + 1] == "\\":
                    raise _Unsure  # a range ending on an escape
                chars |= {chr(k) for k in range(ord(ch), ord(src[j + 1]) + 1)}
                j += 2
            else:
                chars.add(ch)
        if j >= len(src):
            raise _Unsure
        if unknown or not chars or (len(chars) > _WIDEST_CLASS and not self.first):
            return _OPEN, j + 1
        return frozenset(chars), j + 1

    def quantifier(self, i: int) -> tuple[int, int | None, int]:
        src = self.src
        if i >= len(src):
            return 1, 1, i
        c = src[i]
        if c in "?*+":
            least, most, j = (0 if c != "+" else 1), (1 if c == "?" else None), i + 1
        elif c == "{":
            m = _QUANTIFIER.match(src, i)
            if not m:
                raise _Unsure
            low, comma, high = m.group(1), m.group(2), m.group(3)
            least = int(low) if low else 0
            most = (int(high) if high else None) if comma else least
            j = m.end()
        else:
            return 1, 1, i
        if j < len(src) and src[j] in "?+":
            j += 1
        return least, most, j
