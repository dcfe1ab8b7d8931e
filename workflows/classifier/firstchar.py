"""The characters a rule can start with, read from its pattern source.

Python's ``re`` tries every alternative of a large alternation at every word boundary. Putting a
one-character look-ahead (``(?=[abc])``) in front of each rule lets the engine skip a rule in one
step where its first word cannot start. This module works out that character set from the
pattern text, conservatively: whenever the start is not plain (optional group, look-around,
``\\w``, anchors...), it answers ``None`` and the rule is left as it is.
"""

from __future__ import annotations

_OPTIONAL = ("?", "*")


def first_chars(pattern: str) -> frozenset[str] | None:
    """Lower-case characters every match of ``pattern`` starts with, or None when unsure."""
    try:
        found, end = _alternation(pattern, 0)
    except _Unsure:
        return None
    if end != len(pattern) or not found:
        return None
    return frozenset(found)


class _Unsure(Exception):
    pass


def _alternation(src: str, i: int) -> tuple[set[str], int]:
    """First characters of ``branch|branch|...`` starting at ``i``; stops at ``)`` or the end."""
    chars: set[str] = set()
    while True:
        branch, i = _branch(src, i)
        chars |= branch
        i = _skip_branch(src, i)
        if i < len(src) and src[i] == "|":
            i += 1
            continue
        return chars, i


def _quantified_optional(src: str, i: int) -> bool:
    if i >= len(src):
        return False
    if src[i] in _OPTIONAL:
        return True
    return src.startswith("{0", i)


def _branch(src: str, i: int) -> tuple[set[str], int]:
    """First characters of the branch starting at ``i``; returns where its first atom ends."""
    while True:
        if i >= len(src) or src[i] in "|)":
            raise _Unsure  # empty branch
        if src.startswith("\\b", i):
            i += 2
            continue
        c = src[i]
        if c == "(":
            if not src.startswith("(?:", i):
                raise _Unsure  # look-around, capture, flags
            inner, j = _alternation(src, i + 3)
            if j >= len(src) or src[j] != ")":
                raise _Unsure
            if _quantified_optional(src, j + 1):
                raise _Unsure
            return inner, j + 1
        if c == "[":
            chars, j = _char_class(src, i)
            if _quantified_optional(src, j):
                raise _Unsure
            return chars, j
        if c == "\\":
            if i + 1 >= len(src) or src[i + 1].isalnum():
                raise _Unsure  # \w, \d, \s ...
            chars, j = {src[i + 1]}, i + 2
        elif c in "^$.*+?{":
            raise _Unsure
        else:
            chars, j = {c}, i + 1
        if _quantified_optional(src, j):
            raise _Unsure
        return chars, j


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
