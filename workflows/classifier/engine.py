"""The rule engine: normalised text in, labels with evidence and a confidence out.

How a message is read:

1. only the new text counts (``split_new_text``); the subject counts too unless it is a reply
   ("Re:", "TR:"...), in which case it only speaks for a reminder with nothing else in it;
2. auto-replies are ``other`` whatever they mention;
3. every rule of every label runs over the normalised text; a negatable match is dropped when a
   negation, hypothesis or the sender's past action is just before it in the same clause, and
   every match inside a boilerplate sentence (newsletter footer, disclaimer) is dropped;
4. the DESIGN §2 labelling rules are applied: ``post_mortem`` alone, ``minor_parental`` only
   with the right the parent exercises, ``other`` alone, unsubscribe is not erasure...
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from workflows.classifier import rules as R
from workflows.classifier.text import language_of_normalised, normalise, split_new_text
from workflows.requests import RequestType

LOW_CONFIDENCE = 0.6

_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|tr|fw|fwd|aw|rep|antw|wg)\s*(?:\[\d+\])?\s*:\s*)+", re.I)
_TICKET_REF = re.compile(r"\[\s*dsr-[\w-]+\s*\]", re.I)
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:r[ée]ponse automatique|automatic reply|auto(?:matic)?[- ]?reply|out of (?:the )"
    r"?office"
    r"|absence|absent|accus[ée] de r[ée]ception|delivery (?:status|confirmation))\b",
    re.I,
)


@dataclass
class _Hit:
    label: str
    phrase: str
    weight: float
    start: int
    end: int
    clause: int


@dataclass
class _Reading:
    """What the rules found in one piece of text."""

    hits: list[_Hit] = field(default_factory=list)
    dropped: set[str] = field(default_factory=set)  # labels seen only negated or in boilerplate
    auto_reply: bool = False
    reminder: bool = False
    other_marker: str | None = None
    privacy_words: bool = False
    minor: list[str] = field(default_factory=list)
    minor_child: bool = False
    text: str = ""

    def labels(self) -> set[str]:
        return {h.label for h in self.hits}


@dataclass(frozen=True)
class RawResult:
    labels: tuple[RequestType, ...]
    confidence: float
    language: str
    evidence: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class _LabelRules:
    label: str
    any_rule: re.Pattern[str]  # every rule, one named group each
    strong: re.Pattern[str] | None  # the weight-1 rules, to upgrade a weak leftmost match
    meta: dict[str, tuple[float, bool]]


def _compile_label(label: str, rules: list[R.Rule]) -> _LabelRules:
    parts: list[str] = []
    meta: dict[str, tuple[float, bool]] = {}
    for i, (pattern, weight, negatable) in enumerate(rules):
        name = f"r{i}"
        parts.append(f"(?P<{name}>{pattern})")
        meta[name] = (weight, negatable)
    strong = [p for p, w, _ in rules if w >= 1.0]
    return _LabelRules(
        label,
        re.compile(r"\b(?:" + "|".join(parts) + ")", re.M),
        re.compile("|".join(f"(?:{p})" for p in strong), re.M) if strong else None,
        meta,
    )


class Classifier:
    """Compiled rules; build once and reuse (``default_classifier()`` keeps one per process)."""

    def __init__(self) -> None:
        self._labels = [_compile_label(label, rules) for label, rules in R.RULES.items()]
        self._boiler = re.compile(R.BOILERPLATE)
        self._auto = re.compile(R.AUTO_REPLY)
        self._reminder = re.compile(R.REMINDER)
        self._other = re.compile(R.OTHER_MARKERS)
        self._privacy = re.compile(R.PRIVACY_WORDS)
        self._negation = re.compile(R.NEGATION)
        self._ne = re.compile(R.FRENCH_NE)
        self._after_neg = re.compile(R.AFTER_NEGATION)
        self._self_action = re.compile(R.SELF_ACTION)
        self._past = re.compile(R.PAST_TENSE)
        self._self_correction = re.compile(R.SELF_CORRECTION)
        self._clause = re.compile(R.CLAUSE_BREAK)
        self._sentence = re.compile(r"[.!?;\n]+")
        self._mkt_context = re.compile(R.MKT_CONTEXT)
        self._minor_child = re.compile(R.MINOR_CHILD)
        self._minor_age = re.compile(R.MINOR_AGE)
        self._minor_strong = re.compile(R.MINOR_STRONG)

    # ------------------------------------------------------------------ reading text
    def read(self, norm: str) -> _Reading:
        """Apply every rule to one normalised text."""
        reading = _Reading(text=norm)
        if not norm.strip():
            return reading
        reading.auto_reply = self._auto.search(norm) is not None
        reading.reminder = self._reminder.search(norm) is not None
        other = self._other.search(norm)
        reading.other_marker = other.group(0) if other else None
        reading.privacy_words = self._privacy.search(norm) is not None
        clause_ends = [m.end() for m in self._clause.finditer(norm)]
        sentence_ends = [m.end() for m in self._sentence.finditer(norm)]
        boiler_sentences = {
            bisect_right(sentence_ends, m.start()) for m in self._boiler.finditer(norm)
        }
        for rules in self._labels:
            label = rules.label
            for m in rules.any_rule.finditer(norm):
                name = m.lastgroup
                if name is None:
                    continue
                weight, negatable = rules.meta[name]
                start, end, phrase = m.start(), m.end(), m.group(0)
                if weight < 1.0 and rules.strong is not None:
                    better = rules.strong.match(norm, start) or rules.strong.search(phrase)
                    if better:
                        weight, phrase = 1.0, better.group(0)
                if bisect_right(sentence_ends, start) in boiler_sentences:
                    reading.dropped.add(label)
                    continue
                if negatable and self._negated(label, norm, clause_ends, start, end):
                    reading.dropped.add(label)
                    continue
                if label == "objection" and self._mkt_context.search(
                    self._sentence_text(norm, start, end, sentence_ends)
                ):
                    label_now = "marketing_objection"
                else:
                    label_now = label
                clause = bisect_right(clause_ends, start)
                reading.hits.append(_Hit(label_now, phrase.strip(), weight, start, end, clause))
        self._read_minor(norm, reading)
        return reading

    def _negated(
        self, label: str, norm: str, clause_ends: list[int], start: int, end: int
    ) -> bool:
        i = bisect_right(clause_ends, start)
        clause_start = clause_ends[i - 1] if i else 0
        before = norm[clause_start:start]
        window = " ".join(before.split()[-4:])
        if window and self._negation.search(window):
            return True
        if (
            label == "erasure"
            and self._self_action.search(window)
            and self._past.match(norm[start:end])
        ):
            return True
        if self._self_correction.match(norm[end : end + 20]):
            return True
        first_word = norm.find(" ", start, end)
        after = norm[first_word if first_word >= 0 else end :][:20]
        return bool(self._ne.search(window) and self._after_neg.match(after))

    @staticmethod
    def _sentence_text(norm: str, start: int, end: int, sentence_ends: list[int]) -> str:
        i = bisect_right(sentence_ends, start)
        s_start = sentence_ends[i - 1] if i else 0
        j = bisect_right(sentence_ends, end)
        s_end = sentence_ends[j] if j < len(sentence_ends) else len(norm)
        return norm[s_start:s_end]

    def _read_minor(self, norm: str, reading: _Reading) -> None:
        strong = self._minor_strong.search(norm)
        child = self._minor_child.search(norm)
        reading.minor_child = child is not None
        if strong:
            reading.minor.append(strong.group(0))
        if child:
            age = self._minor_age.search(norm)
            if age:
                reading.minor.extend([child.group(0), age.group(0).strip()])

    # ---------------------------------------------------------------- classification
    def classify(self, subject: str, text: str) -> RawResult:
        """Labels, confidence, language and evidence of one message (see the module docstring)."""
        subject_clean = _TICKET_REF.sub(" ", subject or "")
        is_reply = bool(_REPLY_PREFIX.match(subject_clean))
        subject_clean = _REPLY_PREFIX.sub("", subject_clean).strip()
        new_text = split_new_text(text or "")
        norm_body = normalise(new_text)
        norm_subject = normalise(subject_clean)
        language = language_of_normalised(norm_body + "\n" + norm_subject)

        body = self.read(norm_body)
        subj = self.read(norm_subject)

        if body.auto_reply or _AUTO_SUBJECT.match(subject_clean):
            marker = self._auto.search(norm_body + "\n" + norm_subject)
            phrase = marker.group(0) if marker else "auto-reply"
            return RawResult((RequestType.OTHER,), 0.95, language, {"other": (phrase,)})

        hits = list(body.hits)
        confidence_cap = 1.0
        if not is_reply:
            hits += [h for h in subj.hits if h.label not in body.dropped]
        elif body.reminder and not body.labels():
            hits += subj.hits
            if not hits:
                quoted = self.read(normalise(_quoted_part(text or "", new_text)))
                hits += quoted.hits
            confidence_cap = 0.75

        minor = body.minor or subj.minor
        labels, evidence, scores = self._decide(hits, minor)

        if labels == {"other"}:
            return self._other_result(body, subj, language, hits_dropped=bool(body.dropped))
        confidence = min(min(0.97, 0.5 + 0.35 * scores[label]) for label in labels)
        if "minor_parental" in labels and scores.get("minor_parental", 0.0) < 1.0:
            confidence = min(confidence, 0.55)
        confidence = round(min(confidence, confidence_cap), 3)
        ordered = tuple(t for t in RequestType if t.value in labels)
        return RawResult(ordered, confidence, language, {k: evidence[k] for k in labels})

    def _decide(
        self, hits: list[_Hit], minor: list[str]
    ) -> tuple[set[str], dict[str, tuple[str, ...]], dict[str, float]]:
        scores: dict[str, float] = {}
        phrases: dict[str, list[str]] = {}
        for h in hits:
            scores[h.label] = scores.get(h.label, 0.0) + h.weight
            if h.phrase not in phrases.setdefault(h.label, []):
                phrases[h.label].append(h.phrase)
        strong = {h.label for h in hits if h.weight >= 1.0}
        # Unsubscribing from a list is not erasure: drop erasure matches inside a list removal.
        mkt_spans = [(h.start, h.end) for h in hits if h.label == "marketing_objection"]
        for h in hits:
            if h.label == "erasure" and any(s <= h.start < e for s, e in mkt_spans):
                scores["erasure"] -= h.weight
        # "Delete everything you have on me" is erasure, not access: a weak access match in the
        # clause of another right's match does not count.
        other_clauses = {
            h.clause for h in hits if h.label in ("erasure", "portability", "rectification")
        }
        for h in hits:
            if h.label == "access" and h.weight < 1.0 and h.clause in other_clauses:
                scores["access"] -= h.weight
        if "portability" in strong and "access" not in strong:
            scores.pop("access", None)
        # "Stop using it until..." next to a hold on the data is restriction, not objection.
        if "restriction" in scores and scores["restriction"] >= 0.9:
            scores.pop("objection", None)

        labels = {label for label, score in scores.items() if score >= 0.5}
        if "post_mortem" in labels:
            labels = {"post_mortem"}
        elif minor and labels:
            labels.add("minor_parental")
            phrases["minor_parental"] = list(dict.fromkeys(minor))
            scores["minor_parental"] = 1.0
        if not labels:
            labels = {"other"}
        evidence = {k: tuple(phrases.get(k, ())) for k in labels}
        return labels, evidence, scores

    def _other_result(
        self, body: _Reading, subj: _Reading, language: str, hits_dropped: bool
    ) -> RawResult:
        marker = body.other_marker or subj.other_marker
        if not body.text.strip() and not subj.text.strip():
            confidence = 0.4
        elif marker and not (body.minor_child and body.privacy_words):
            confidence = 0.85
        elif hits_dropped:
            confidence = 0.7
        elif body.privacy_words or subj.privacy_words or body.minor_child:
            confidence = 0.45
        else:
            confidence = 0.55
        phrases = (marker,) if marker else ()
        return RawResult((RequestType.OTHER,), confidence, language, {"other": phrases})


def _quoted_part(text: str, new_text: str) -> str:
    """The lines of a message that are not its new text: the quoted or forwarded part."""
    fresh = {ln.strip() for ln in new_text.splitlines() if ln.strip()}
    lines = (ln.strip().lstrip(">").strip() for ln in text.splitlines())
    return "\n".join(ln for ln in lines if ln and ln not in fresh)


_DEFAULT: Classifier | None = None


def default_classifier() -> Classifier:
    """The process-wide classifier, compiled on first use."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Classifier()
    return _DEFAULT
