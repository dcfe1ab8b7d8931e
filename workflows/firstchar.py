"""The characters a pattern can start with, read from its source, and a guard built on them.

Python's ``re`` tries every alternative of a large alternation at every word boundary, and a
search tries the whole pattern at every position. Putting a one-character look-ahead
(``(?=[abc])``) in front of a rule or pattern lets the engine give up in one step where it
cannot start. This module works out that character set from the pattern text, conservatively:
a start that consumes nothing (``\\b``, ``^``, a look-behind) is stepped over, an optional first
atom (``(?:please )?amend``) adds its characters to those of what follows; whenever the start
is not plain (a look-ahead, ``\\w``, ``.``, a branch that may match nothing...), it answers
``None`` and the pattern is left as it is.
"""

from __future__ import annotations

import re


def first_chars(pattern: str) -> frozenset[str] | None:
    """Characters every match of ``pattern`` starts with, or None when unsure."""
    try:
        found, nullable, _, end = _alternation(pattern, 0)
    except _Unsure:
        return None
    if nullable or end != len(pattern) or not found:
        return None
    return frozenset(found)


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
    try:
        found, nullable, bounded, end = _alternation(pattern, 0)
    except _Unsure:
        return pattern
    if nullable or end != len(pattern) or not found:
        return pattern
    head = "\\b" if bounded else ""
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


def _alternation(src: str, i: int) -> tuple[set[str], bool, bool, int]:
    """First characters of ``branch|branch|...`` starting at ``i``, whether one of its
    branches may match without consuming a character, and whether each starts with ``\\b``;
    stops at ``)`` or the end."""
    chars: set[str] = set()
    nullable = False
    bounded = True
    while True:
        branch, empty, at_boundary, i = _branch(src, i)
        chars |= branch
        nullable = nullable or empty
        bounded = bounded and at_boundary
        i = _skip_branch(src, i)
        if i < len(src) and src[i] == "|":
            i += 1
            continue
        return chars, nullable, bounded, i


def _quantifier(src: str, i: int) -> tuple[bool, int]:
    """Whether the quantifier at ``i`` (if any) allows no repetition, and where it ends."""
    if i >= len(src):
        return False, i
    c = src[i]
    if c in "?*+":
        optional, j = c != "+", i + 1
    elif c == "{":
        close = src.find("}", i)
        if close < 0:
            raise _Unsure
        low = src[i + 1 : close].split(",")[0]
        if not low.isdigit():
            raise _Unsure
        optional, j = int(low) == 0, close + 1
    else:
        return False, i
    if j < len(src) and src[j] in "?+":  # lazy or possessive
        j += 1
    return optional, j


def _branch(src: str, i: int) -> tuple[set[str], bool, bool, int]:
    """First characters of the branch starting at ``i``, whether it may consume nothing,
    whether it starts at a word boundary (``\\b`` before its first atom, or a first group
    whose branches all do) and where its first atom that must consume ends (optional atoms
    before it add their characters)."""
    chars: set[str] = set()
    bounded = False
    first = True
    while True:
        if i >= len(src) or src[i] in "|)":
            return chars, True, False, i  # nothing, or only what may be skipped, up to here
        if src.startswith("\\b", i):
            bounded = bounded or first
            i += 2
            continue
        if src[i] == "^":
            i += 1
            continue
        if src.startswith("(?<=", i) or src.startswith("(?<!", i):
            i = _skip_group(src, i)  # looks behind: consumes nothing here
            continue
        c = src[i]
        empty = inner_bounded = False
        if c == "(":
            if src.startswith("(?:", i):
                inner = i + 3
            elif src.startswith("(?", i):
                raise _Unsure  # look-ahead, named group, flags
            else:
                inner = i + 1  # a numbered group
            atom, empty, inner_bounded, j = _alternation(src, inner)
            if j >= len(src) or src[j] != ")":
                raise _Unsure
            j += 1
        elif c == "[":
            atom, j = _char_class(src, i)
        elif c == "\\":
            if i + 1 >= len(src) or src[i + 1].isalnum():
                raise _Unsure  # \w, \d, \s ...
            atom, j = {src[i + 1]}, i + 2
        elif c in "$.*+?{":
            raise _Unsure
        else:
            atom, j = {c}, i + 1
        optional, j = _quantifier(src, j)
        chars |= atom
        if not (optional or empty):
            return chars, False, bounded or (first and inner_bounded), j
        first = False
        i = j


def _skip_group(src: str, i: int) -> int:
    """Where the group opening at ``i`` ends (after its ``)``)."""
    j = _skip_branch(src, i + 1)
    while j < len(src) and src[j] == "|":
        j = _skip_branch(src, j + 1)
    if j >= len(src) or src[j] != ")":
        raise _Unsure
    return j + 1


def _char_class(src: str, i: int) -> tuple[set[str], int]:
    j = i + 1
    if j < len(src) and src[j] == "^":
        raise _Unsure
    chars: set[str] = set()
    while j < len(src) and src[j] != "]":
        if src[j] == "\\":
            raise _Unsure
        if j + 2 < len(src) and src[j + 1] == "-" and src[j + 2] != "]":
            chars |= {chr(k) for k in range(ord(src[j]), ord(src[j + 2]) + 1)}
            j += 3
        else:
            chars.add(src[j])
            j += 1
    if j >= len(src):
        raise _Unsure
    return chars, j + 1


def _skip_branch(src: str, i: int) -> int:
    """Move past the rest of a branch: to the next top-level ``|`` or ``)`` or the end."""
    depth = 0
    in_class = False
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return i
            depth -= 1
        elif c == "|" and depth == 0:
            return i
        i += 1
    return i


# ------------------------------------------------------------------ the first few characters

#: How many characters the prefix guards look at: four halves the cost of the label rules
#: against one (more gains little and lengthens the guards).
PREFIX_CHARS = 4
_MAX_PREFIXES = 400  # beyond this a pattern is left unguarded

# A parsed pattern: a list of branches, each a list of (atom, least, most) repetitions, an atom
# being a set of characters (one of them), ZERO (consumes nothing: \b, ^, $, look-arounds),
# OPEN (anything: \w, ., a back-reference...; the prefix stops there) or a group (branches).
_Atom = frozenset[str] | str | list[list[tuple[object, int, int | None]]]
_ZERO = "zero"
_OPEN = "open"
_ESCAPED = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}
_QUANTIFIER = re.compile(r"\{(\d*)(,(\d*))?\}")


def prefixes(pattern: str, n: int = PREFIX_CHARS) -> frozenset[str] | None:
    """Strings of at most ``n`` characters such that every match of ``pattern`` (with what
    follows it in the text) starts with one of them; None when unsure or when a match may
    start with anything. Read conservatively: what is not plain stops a prefix short."""
    try:
        branches, end = _Parser(pattern).alternation(0)
        if end != len(pattern):
            return None
        found: set[tuple[str, bool]] = set()
        for branch in branches:
            found |= _sequence(branch, n)
    except _Unsure:
        return None
    strings = {s for s, _ in found}
    if "" in strings:
        return None
    return _shortest(strings)


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
    if atom == _ZERO:
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

    def __init__(self, src: str) -> None:
        self.src = src

    def alternation(self, i: int) -> tuple[list[list[tuple[object, int, int | None]]], int]:
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
                return _ZERO, self.group_end(j)
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
            if e in "bBAZ":
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
        if unknown or not chars or len(chars) > 16:
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
