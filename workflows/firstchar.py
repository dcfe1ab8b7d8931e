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


def guarded(pattern: str) -> str:
    """``pattern`` behind a look-ahead on the characters it can start with: it matches exactly
    what ``pattern`` matches, and a search gives up at once where it cannot start instead of
    trying every alternative there. Behind ``\\b`` too when every match starts at a word
    boundary (``re`` tests that in one step, before the look-ahead). The pattern itself when
    its start is not plain, or is a character or class (``re`` already skips ahead to those).
    Not for verbose patterns."""
    if not pattern.startswith(("(", "^", "\\b")):
        return pattern
    try:
        found, nullable, bounded, end = _alternation(pattern, 0)
    except _Unsure:
        return pattern
    if nullable or end != len(pattern) or not found:
        return pattern
    head = "\\b" if bounded else ""
    return f"{head}(?=[{char_class(found)}])(?:{pattern})"


def compile_guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` of :func:`guarded` ``(pattern)``."""
    return re.compile(guarded(pattern), flags)


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
