"""The rule engine: normalised text in, labels with evidence and a confidence out.

How a message is read:

1. only the new text counts (``textrules.new_text``); the subject counts too unless it is a reply
   ("Re:", "TR:"...), in which case it only speaks for a reminder with nothing else in it;
2. auto-replies are ``other`` whatever they mention;
3. every rule of every label runs over the normalised text; a negatable match is dropped when a
   negation, hypothesis or the sender's past action is just before it in the same clause, and
   every match inside a boilerplate sentence (newsletter footer, disclaimer) is dropped;
4. the DESIGN §2 labelling rules are applied: ``post_mortem`` alone, ``minor_parental`` only
   with the right the parent exercises, ``other`` alone, unsubscribe is not erasure...;
5. the model of ``model.py`` reviews the rules' decision: it reads the words next to what the
   rules found (``rule_features``) and gives each label a probability. Where it agrees, the
   rules' labels stand with their confidence; where it adds a label (with "model: ..."
   evidence), drops one, or doubts an ``other`` (a right at ``DOUBT`` or more), the result is
   always low-confidence, so the person is asked to confirm. It adds nothing to a question
   about the policy, never claims a minor's data, and is not asked when the request was read
   in a quoted question or a reminder's subject;
6. who is asking is read by the rules of ``requester.py``, and reviewed by a second model of the
   same kind (``requester.json``) that reads the same words next to the rules' answer: where it
   is sure of another role, its reading wins, with "model: ..." evidence. A minor's data always
   means a parent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from itertools import islice

from workflows import textrules
from workflows.classifier import rules as R
from workflows.classifier.model import (
    REQUESTER_MODEL_PATH,
    RULE_MARK,
    LinearModel,
    ReadWords,
    WordReader,
    load_model,
)
from workflows.classifier.requester import Requester, RequesterRole, requester_role
from workflows.classifier.text import language_of_normalised, normalise
from workflows.firstchar import (
    char_class,
    compile_guarded,
    first_chars,
    prefix_class,
    prefixes,
)
from workflows.requests import RequestType

LOW_CONFIDENCE = 0.6
#: The probability of a right at which the model's doubt about an ``other`` is worth a question
#: to the person: on the blind split, left out batch by batch (``train_model.py --check``), 0.03
#: files 5 rights as a confident ``other`` where 0.1 filed 8, for 1% more questions.
DOUBT = 0.03
#: What is read of a message, so that no input can hold the process: the subject, the start of
#: the body where the new text is looked for, and the new text that is classified. A request is
#: stated long before these limits; the whole message is still kept by the channel.
MAX_SUBJECT_CHARS = 1_000
MAX_BODY_CHARS = 100_000
MAX_NEW_TEXT_CHARS = 20_000
#: Who is asking and whether a message only asks a question are said where it starts: only
#: this much of the new text is read for them.
WHO_CHARS = 5_000
#: Phrases weighed per label: far more than any request holds, and each costs a look around it.
MAX_MATCHES_PER_LABEL = 100
# A minor's data is only ever claimed on explicit words (see MINOR_* rules), never by the model.
_RULES_ONLY = frozenset({"other", "minor_parental"})
#: Requests of a right that must never be filed as a confident ``other``: when a phrase of one
#: was read (however weak, negated or questioned) in a message about personal data and no label
#: won, the person is asked to confirm.
_RIGHTS = frozenset(t.value for t in RequestType) - {"other", "marketing_objection"}
_TYPES = tuple(RequestType)  # in the specification's order
_REACH = 200  # how far a clause or sentence is looked for around a match


class Intent(StrEnum):
    """What a message does besides the rights it names."""

    REQUEST = "request"  # asks for something (a right, or anything else: ``other``)
    CANCEL = "cancel"  # withdraws an earlier request
    QUESTION_ONLY = "question_only"  # asks about the policy, asks for nothing


@dataclass(frozen=True)
class Classification:
    """What a message asks for, as the classifier understood it."""

    labels: tuple[RequestType, ...]  # never empty; OTHER never together with another label
    confidence: float  # 0..1
    language: str  # "fr" or "en"
    evidence: dict[str, tuple[str, ...]]  # label value -> phrases that led to it
    requester: Requester = Requester.SELF
    requester_evidence: tuple[str, ...] = ()
    intent: Intent = Intent.REQUEST

    @property
    def low_confidence(self) -> bool:
        """True: channels must ask the person to confirm."""
        return self.confidence < LOW_CONFIDENCE

    def as_json(self) -> dict[str, object]:
        """A JSON-ready dict of every field, the low-confidence flag included."""
        return {
            "labels": [label.value for label in self.labels],
            "confidence": self.confidence,
            "language": self.language,
            "evidence": {label: list(phrases) for label, phrases in self.evidence.items()},
            "low_confidence": self.low_confidence,
            "requester": self.requester.value,
            "requester_evidence": list(self.requester_evidence),
            "intent": self.intent.value,
        }


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

    text: str
    hits: list[_Hit] = field(default_factory=list)
    dropped: set[str] = field(default_factory=set)  # labels seen only negated or in boilerplate
    negated: set[str] = field(default_factory=set)  # ... of them, those negated or questioned


@dataclass(frozen=True)
class _LabelRules:
    label: str
    any_rule: re.Pattern[str]  # every rule, one named group each
    strong: re.Pattern[str] | None  # the weight-1 rules, to upgrade a weak leftmost match
    meta: dict[str, tuple[float, bool]]
    starts: frozenset[str]  # what every match starts with (``prefixes``); empty: unknown


def _compile_label(label: str, rules: list[R.Rule]) -> _LabelRules:
    # A look-ahead on the strings of four characters the label's matches can start with
    # (``firstchar.prefixes``) lets ``re`` pass over most words in one step, and a
    # first-character look-ahead in front of each rule skips the rules that cannot start where
    # it stands; ``Classifier.read`` then tries the label only where one of those strings
    # stands. Measured on bench/classify.py --split all (CPU time, one core, three runs back
    # to back on a shared machine): with the first character alone, and no label guard where
    # one rule could not be read, 1,334-1,443 messages/s; with these, the guarded searches
    # and the model's column sums, 2,633-2,816.
    parts: list[str] = []
    meta: dict[str, tuple[float, bool]] = {}
    for i, (pattern, weight, negatable) in enumerate(rules):
        name = f"r{i}"
        chars = first_chars(pattern)
        guard = f"(?=[{char_class(chars)}])" if chars else ""
        parts.append(f"(?P<{name}>{guard}{pattern})")
        meta[name] = (weight, negatable)
    strong = [p for p, w, _ in rules if w >= 1.0]
    starts: set[str] = set()
    for p, _, _ in rules:
        found = prefixes(p)
        if found is None:
            starts = set()
            break
        starts |= found
    guard = f"(?={prefix_class(frozenset(starts))})" if starts else ""
    return _LabelRules(
        label,
        re.compile(r"\b" + guard + "(?:" + "|".join(parts) + ")", re.M),
        re.compile("|".join(f"(?:{p})" for p in strong), re.M) if strong else None,
        meta,
        frozenset(starts),
    )


def _matches_at(pattern: re.Pattern[str], norm: str, places: list[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(norm)`` finds, trying only ``places`` (ascending): the only
    places where a match of it can start."""
    end = 0
    for place in places:
        if place >= end:
            m = pattern.match(norm, place)
            if m:
                end = m.end()
                yield m


class Classifier:
    """The compiled rules and the model that reviews them: built once by the composition root
    (:meth:`load`) and passed to whoever classifies (``Context.classifier``)."""

    def __init__(
        self,
        model: LinearModel | None,
        today: Callable[[], date] = date.today,
        requester_model: LinearModel | None = None,
    ) -> None:
        """Compile every rule; ``model`` reviews their decisions and ``requester_model`` their
        reading of who is asking (None: the rules decide alone); ``today`` gives the date a
        birth year is judged on (read at each message, so that a process running across New
        Year judges ages right)."""
        self._today = today
        self._labels = [_compile_label(label, rules) for label, rules in R.RULES.items()]
        # Where any label's rules can start, found in one pass, and which labels each start
        # may open (a bit per label), so that each label is tried only there.
        self._start_labels: dict[str, int] = {}
        for bit, rules in enumerate(self._labels):
            for start in rules.starts:
                self._start_labels[start] = self._start_labels.get(start, 0) | 1 << bit
        self._start_lengths = sorted({len(start) for start in self._start_labels})
        self._starts = (
            re.compile(rf"\b(?={prefix_class(frozenset(self._start_labels))})", re.M)
            if all(rules.starts for rules in self._labels)
            else None
        )
        self._boiler = compile_guarded(R.BOILERPLATE)
        self._auto = compile_guarded(textrules.AUTO_REPLY_BODY)
        self._auto_told = compile_guarded(textrules.AUTO_REPLY_TOLD)
        self._reminder = compile_guarded(R.REMINDER)
        self._handed_on = compile_guarded(R.HANDED_ON)
        self._suspected = compile_guarded(R.SUSPECTED)
        self._other = compile_guarded(R.OTHER_MARKERS)
        self._scam = compile_guarded(R.SCAM)
        self._privacy = compile_guarded(R.PRIVACY_WORDS)
        self._data_words = compile_guarded(R.DATA_WORDS)
        self._own_data = compile_guarded(R.OWN_DATA)
        self._asked_of_own = compile_guarded(R.ASKED_OF_OWN)
        self._negation = compile_guarded(R.NEGATION)
        self._ne = compile_guarded(R.FRENCH_NE)
        self._after_neg = compile_guarded(R.AFTER_NEGATION)
        self._bare_negation = compile_guarded(R.BARE_NEGATION)
        self._self_action = compile_guarded(R.SELF_ACTION)
        self._past = compile_guarded(R.PAST_TENSE)
        self._self_correction = compile_guarded(R.SELF_CORRECTION)
        self._ability = compile_guarded(R.ABILITY)
        self._hypothesis = compile_guarded(R.HYPOTHESIS)
        self._only_question = compile_guarded(R.ONLY_A_QUESTION)
        self._nothing_to_do = compile_guarded(R.NOTHING_TO_DO)
        self._rights_words = compile_guarded(R.RIGHTS_WORDS)
        self._contact_point = compile_guarded(R.CONTACT_POINT)
        self._marketing_list = compile_guarded(R.MARKETING_LIST)
        self._whole_data = compile_guarded(rf"{R.ACCOUNT}|{R.DATA}|\b(?:tout|everything|moi|me)\b")
        self._not_personal = compile_guarded(R.NOT_PERSONAL)
        self._object = compile_guarded(R.PROCESSING_OBJECT)
        self._correction_verb = compile_guarded(R.CORRECTION_VERB)
        self._sending_verb = compile_guarded(R.SENDING_VERB)
        self._writer_before = compile_guarded(R.WRITER_BEFORE)
        self._request_object = compile_guarded(R.A_REQUEST_OBJECT)
        self._others_refusal = compile_guarded(R.OTHERS_BEFORE_REFUSAL)
        self._tech_fault = compile_guarded(R.TECH_FAULT)
        self._personal_item = compile_guarded(R.PERSONAL_ITEM)
        self._pronoun_fix = compile_guarded(R.PRONOUN_FIX)
        self._clause = compile_guarded(R.CLAUSE_BREAK)
        self._sentence_break = compile_guarded(r"[.!?;\n]+")
        self._mkt_context = compile_guarded(R.MKT_CONTEXT)
        self._minor_child = compile_guarded(R.MINOR_CHILD)
        self._minor_age = compile_guarded(R.MINOR_AGE)
        self._minor_strong = compile_guarded(R.MINOR_STRONG)
        self._policy_question = compile_guarded(R.POLICY_QUESTION)
        self._first_person = compile_guarded(R.FIRST_PERSON)
        self._death_role = compile_guarded(R.DEATH_ROLE)
        self._writers_own = compile_guarded(R.WRITERS_OWN)
        self._their_data = compile_guarded(R.THEIR_DATA)
        self._policy_topic = compile_guarded(R.POLICY_TOPIC)
        self._question = compile_guarded(R.QUESTION_SIGN)
        self._polite_sending = compile_guarded(R.POLITE_SENDING)
        self._assent = compile_guarded(R.ASSENT)
        self._refusal = compile_guarded(R.REFUSAL)
        self._confirm_question = compile_guarded(R.CONFIRM_QUESTION)
        self._desk_words = compile_guarded(R.DESK_WORDS)
        self._not_just_marketing = compile_guarded(R.NOT_JUST_MARKETING)
        self._model = model
        self._requester_model = requester_model
        models = tuple(m for m in (model, requester_model) if m is not None)
        self._reader = WordReader(models) if models else None

    @classmethod
    def load(cls) -> Classifier:
        """The classifier with the models shipped in the package (``model.json``,
        ``requester.json``)."""
        return cls(load_model(), requester_model=load_model(REQUESTER_MODEL_PATH))

    # ------------------------------------------------------------------ reading text
    def read(self, norm: str) -> _Reading:
        """Apply every label rule to one normalised text."""
        reading = _Reading(text=norm)
        if not norm.strip():
            return reading
        only_question = self._only_question.search(norm) is not None
        nothing_to_do = only_question and self._nothing_to_do.search(norm) is not None
        boiler_spans: list[tuple[int, int]] = []
        for b in self._boiler.finditer(norm):
            boiler_spans.append(self._span(self._sentence_break, norm, b.start(), b.end()))
        for rules, matches in zip(self._labels, self._label_matches(norm), strict=True):
            label = rules.label
            for m in islice(matches, MAX_MATCHES_PER_LABEL):
                name = m.lastgroup
                if name is None:
                    continue
                weight, negatable = rules.meta[name]
                start, end, phrase = m.start(), m.end(), m.group(0)
                if weight < 1.0 and rules.strong is not None:
                    better = rules.strong.match(norm, start) or rules.strong.search(phrase)
                    if better:
                        weight, phrase = 1.0, better.group(0)
                if any(s <= start < e for s, e in boiler_spans):
                    reading.dropped.add(label)
                    continue
                if (
                    weight < 1.0 or nothing_to_do or not self._first_person.search(phrase)
                ) and self._in_policy_question(norm, start, end, only_question):
                    reading.dropped.add(label)
                    reading.negated.add(label)
                    continue
                clause_start, clause_end = self._span(self._clause, norm, start, end)
                if negatable and self._negated(label, norm, clause_start, start, end):
                    reading.dropped.add(label)
                    reading.negated.add(label)
                    continue
                label_now = self._relabel(
                    label, norm, phrase, start, end, clause_start, clause_end
                )
                if label_now is None:
                    continue
                reading.hits.append(
                    _Hit(label_now, phrase.strip(), weight, start, end, clause_start)
                )
        return reading

    def _label_matches(self, norm: str) -> list[Iterator[re.Match[str]]]:
        """Each label's matches in ``norm``, as its ``any_rule.finditer`` finds them."""
        if self._starts is None:
            return [rules.any_rule.finditer(norm) for rules in self._labels]
        places: list[list[int]] = [[] for _ in self._labels]
        opens = self._start_labels.get
        for m in self._starts.finditer(norm):
            at = m.start()
            mask = 0
            for length in self._start_lengths:
                mask |= opens(norm[at : at + length], 0)
            bit = 0
            while mask:
                if mask & 1:
                    places[bit].append(at)
                mask >>= 1
                bit += 1
        return [
            _matches_at(rules.any_rule, norm, at)
            for rules, at in zip(self._labels, places, strict=True)
        ]

    def _relabel(
        self,
        label: str,
        norm: str,
        phrase: str,
        start: int,
        end: int,
        clause_start: int,
        clause_end: int,
    ) -> str | None:
        """The label a match stands for where it stands (None: it names no request).

        An objection about prospection is a marketing objection: said in its clause, or, when
        the clause names no processing ("je m'y oppose"), in its sentence. Removing a contact
        detail from prospection lists is a marketing objection, not erasure. A correction of a
        company's name, an invoice or a schedule is not about personal data. Someone else's
        refusal ("you refused me funding") is no objection, and what the writer sends ("where
        do I send my bank details", "je vous transmets sa demande") asks for no access. "Fix
        it" after a technical fault, with no personal data named, is support, not a correction;
        an invoice sent on to an employer is no portability, a fee removed from it no erasure.
        """
        before = norm[max(0, start - 12) : start]
        if (
            label == "objection"
            and phrase.startswith("refuse")
            and self._others_refusal.search(before)
        ):
            return None
        if (
            label == "access"
            and self._sending_verb.match(phrase)
            and (self._writer_before.search(before) or self._request_object.match(norm, start))
        ):
            return None
        if label == "objection":
            if self._mkt_context.search(norm, clause_start, clause_end):
                return "marketing_objection"
            if not self._object.search(norm, clause_start, clause_end):
                s_start, s_end = self._span(self._sentence_break, norm, start, end)
                if self._mkt_context.search(norm, s_start, s_end):
                    return "marketing_objection"
        elif label == "erasure":
            if self._contact_point.search(phrase) and not self._whole_data.search(phrase):
                s_start, s_end = self._span(self._sentence_break, norm, start, end)
                if self._marketing_list.search(norm, s_start, s_end):
                    return "marketing_objection"
            if (
                " " not in phrase  # a bare verb whose object is an invoice, a fee...
                and self._not_personal.search(norm, clause_start, clause_end)
                and not self._personal_item.search(norm, clause_start, clause_end)
                and not self._whole_data.search(norm, clause_start, clause_end)
            ):
                return None
        elif label == "rectification" and self._not_personal.search(
            norm, max(clause_start, start - 30), end
        ):
            return None
        elif (
            label == "rectification"
            and self._pronoun_fix.match(phrase)
            and self._tech_fault.search(norm, max(0, start - _REACH), start)
            and not self._personal_item.search(norm, max(0, start - _REACH), end)
        ):
            return None  # "the video does not load, can you fix it?"
        elif (
            label == "rectification"
            and " " not in phrase  # a bare verb after an invoice, a fee, a booking...
            and self._not_personal.search(norm, max(0, start - _REACH), start)
            and not self._personal_item.search(norm, max(0, start - _REACH), end)
        ):
            return None  # "my invoice is charged twice. Can you correct?"
        elif label == "portability":
            s_start, s_end = self._span(self._sentence_break, norm, start, end)
            if self._not_personal.search(norm, s_start, s_end) and not self._personal_item.search(
                norm, s_start, s_end
            ):
                return None  # "can you send the invoice to my employer directly?"
        return label

    def _in_policy_question(self, norm: str, start: int, end: int, only_question: bool) -> bool:
        """Whether ``norm[start:end]`` sits in a question about the policy ("how long...?"),
        or in any question of a message that says it only asks ("just a question: ...?")."""
        s_start, s_end = self._span(self._sentence_break, norm, start, end)
        if not norm.startswith("?", s_end):
            return False
        if only_question:
            return True
        opener = self._policy_question.match(norm, max(0, s_start - 1))
        return opener is not None

    @staticmethod
    def _span(breaks: re.Pattern[str], norm: str, start: int, end: int) -> tuple[int, int]:
        """The clause or sentence (by ``breaks``) around ``norm[start:end]``, within reach."""
        lo = max(0, start - _REACH)
        before = 0
        for b in breaks.finditer(norm, lo, start):
            before = b.end()
        s_start = before if before else lo
        after = breaks.search(norm, end, end + _REACH)
        return s_start, after.start() if after else min(len(norm), end + _REACH)

    def _negated(self, label: str, norm: str, clause_start: int, start: int, end: int) -> bool:
        window = " ".join(norm[clause_start:start].split()[-4:])
        negation = self._negation.search(window) if window else None
        if negation and not self._ability.search(norm, clause_start, start):
            return True
        if self._hypothesis.search(norm, clause_start, start):
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
        if self._bare_negation.match(after):  # "effacez rien", "supprimez pas" (no "ne")
            return True
        return bool(self._ne.search(window) and self._after_neg.match(after))

    def _minor(self, norm: str) -> list[str]:
        """Phrases saying the person concerned is a minor child of the sender."""
        found: list[str] = []
        strong = self._minor_strong.search(norm)
        if strong:
            found.append(strong.group(0))
        child = self._minor_child.search(norm)
        if child:
            age = next((m for m in self._minor_age.finditer(norm) if self._young(m)), None)
            if age:
                found.extend([child.group(0), age.group(0).strip()])
        return found

    def _young(self, age: re.Match[str]) -> bool:
        """Whether an age read says a minor: a birth year only when it is recent enough on
        the date of the day."""
        born = age.group("born")
        return born is None or 0 <= self._today().year - int(born) <= R.MINOR_YEARS

    # ---------------------------------------------------------------- classification
    def classify(self, subject: str, text: str) -> Classification:
        """Labels, confidence, language, evidence, who is asking and the intent of one message
        (see the module docstring)."""
        text = (text or "")[:MAX_BODY_CHARS]
        subject_clean = textrules.BRACKETED_REFERENCE_RE.sub(
            " ", (subject or "")[:MAX_SUBJECT_CHARS]
        )
        is_reply = bool(textrules.REPLY_PREFIX_RE.match(subject_clean))
        subject_clean = textrules.REPLY_PREFIX_RE.sub("", subject_clean).strip()
        new_text = textrules.new_text(text)[:MAX_NEW_TEXT_CHARS]
        # the unticked choices of a form are not asked for
        norm_body = normalise(textrules.without_unticked_boxes(new_text))
        norm_subject = normalise(subject_clean)
        both = norm_body + "\n" + norm_subject
        language = language_of_normalised(both)

        auto_subject = textrules.is_auto_reply_subject(subject_clean)
        auto = self._auto_reply(norm_body) or (
            self._auto_reply(norm_subject) if auto_subject else None
        )
        head, norm_head = new_text[:WHO_CHARS], norm_body[:WHO_CHARS]
        answered = self._answered_question(text, new_text, norm_body)
        cancel_match = textrules.CANCEL_RE.search(new_text)
        cancel = cancel_match.group(0) if cancel_match else None
        refused = answered and not cancel and self._refusal.search(norm_body)
        if refused and not self.read(norm_body).hits:  # "no", "non finalement laissez tout"
            cancel = norm_body.strip()
        # a person answering an acknowledgement ("RE: Accusé de réception") to withdraw the
        # request is no auto-reply: only what the body says makes one then
        if (auto or auto_subject) and not (cancel and auto_subject and not auto):
            phrase = auto.group(0) if auto else "auto-reply"
            return Classification((RequestType.OTHER,), 0.95, language, {"other": (phrase,)})
        if cancel:
            # who withdraws a request is read as for the request itself
            minor = self._minor(both + "\n" + answered)
            role = requester_role(
                f"{subject_clean}\n{head}",
                {"minor_parental": tuple(minor)} if minor else {},
                f"{norm_subject}\n{norm_head}",
            )
            return Classification(
                (RequestType.OTHER,),
                0.45 if self._asks_beside(norm_body, normalise(cancel)) else 0.8,
                language,
                {"other": (cancel,)},
                requester=role.requester,
                requester_evidence=role.evidence,
                intent=Intent.CANCEL,
            )

        confirmed = answered if answered and self._assent.search(norm_body) else ""
        # the words the models read: the new text, and the subject unless it is a reply's
        words = (
            self._reader.read(norm_body + "\n" + ("" if is_reply else norm_subject))
            if self._reader is not None
            else None
        )
        result = self._rights(
            subject_clean,
            is_reply,
            text,
            new_text,
            norm_body,
            norm_subject,
            language,
            words,
            confirmed,
        )
        role = requester_role(
            f"{subject_clean}\n{head}", result.evidence, f"{norm_subject}\n{norm_head}"
        )
        role = self._requester_reviewed(words, result, role)
        result = replace(result, requester=role.requester, requester_evidence=role.evidence)
        if result.labels == (RequestType.OTHER,):
            question = self._policy_question_asked(norm_head, norm_subject)
            if question:
                return replace(result, intent=Intent.QUESTION_ONLY)
        return result

    def _requester_reviewed(
        self, words: ReadWords | None, result: Classification, role: RequesterRole
    ) -> RequesterRole:
        """Who is asking: the rules' ``role``, unless the requester model gives another role a
        probability of at least its threshold (then that role, with "model: ..." evidence). A
        minor's data always means a parent."""
        model = self._requester_model
        if model is None or words is None or RequestType.MINOR_PARENTAL in result.labels:
            return role
        seen = requester_features(role, result.labels)
        scores = model.scores(words, seen)
        best = max(scores, key=lambda r: scores[r])
        if best == role.requester.value or scores[best] < model.threshold(best):
            return role
        return RequesterRole(Requester(best), (_model_evidence(model, words.feats + seen, best),))

    def _asks_beside(self, norm: str, withdrawal: str) -> bool:
        """Whether, after the sentence that withdraws a request, ``norm`` asks for a right
        ("cancel the deletion. But do stop the SMS offers"); the request withdrawn is told
        before it."""
        at = norm.find(withdrawal)
        if at < 0:
            return False
        end = self._span(self._sentence_break, norm, at, at + len(withdrawal))[1]
        return any(h.weight >= 1.0 and h.start >= end for h in self.read(norm).hits)

    def _auto_reply(self, norm: str) -> re.Match[str] | None:
        """The first phrase of an automatic reply in ``norm`` that the sentence before it does not
        show to be a person telling of one they received; none when ``norm`` also asks a right in
        a strong phrase (« je suis en congé maladie et je m'oppose à ce suivi »): no automatic
        reply asks one, a person telling of their leave may."""
        for m in islice(self._auto.finditer(norm), MAX_MATCHES_PER_LABEL):
            s_start = self._span(self._sentence_break, norm, m.start(), m.end())[0]
            if not self._auto_told.search(norm, s_start, m.start()):
                if any(h.weight >= 1.0 for h in self.read(norm).hits):
                    return None
                return m
        return None

    def _answered_question(self, text: str, new_text: str, norm_body: str) -> str:
        """The desk's question quoted below a short answer ("oui", "no"), normalised, when the
        answer is short and the question asks to confirm; empty otherwise."""
        if len(norm_body.strip()) > R.SHORT_ANSWER_CHARS or not (
            self._assent.search(norm_body) or self._refusal.search(norm_body)
        ):
            return ""
        quoted = normalise(_quoted_part(text, new_text)[:MAX_NEW_TEXT_CHARS])
        return quoted if self._confirm_question.search(quoted) else ""

    def _policy_question_asked(self, norm_body: str, norm_subject: str) -> bool:
        """A question about the policy ("how long do you keep...?"), asking for nothing: a
        question, and about data or privacy ("are you open on Saturdays?" is not)."""
        both = norm_body + "\n" + norm_subject
        if self._only_question.search(both) and "?" in both and self._rights_words.search(both):
            return True  # "just a question: are inactive accounts deleted?"
        if not self._policy_topic.search(both) or self._polite_sending.search(norm_body):
            return False
        return bool(self._policy_question.search(norm_body) or self._question.search(both))

    def _rights(
        self,
        subject_clean: str,
        is_reply: bool,
        text: str,
        new_text: str,
        norm_body: str,
        norm_subject: str,
        language: str,
        words: ReadWords | None,
        confirmed: str = "",
    ) -> Classification:
        """The rights a message names (``other`` when none), with confidence and evidence;
        ``confirmed`` is the desk's question a short "yes" answers (its request is the one
        confirmed)."""
        both = norm_body + "\n" + norm_subject
        body = self.read(norm_body)
        subj = self.read(norm_subject)
        hits = list(body.hits)
        confidence_cap = 1.0
        read_elsewhere = False  # the request was read outside the new text the model sees
        if confirmed:
            # the desk says "your account": the writer's own, as the writer would say it
            mine = self._desk_words.sub(_as_writer, confirmed)
            hits += self.read(mine).hits
            both += "\n" + mine
            confidence_cap = 0.75
            read_elsewhere = True
        if not is_reply:
            hits += [h for h in subj.hits if h.label not in body.dropped]
        elif not body.hits and self._reminder.search(norm_body):
            hits += subj.hits
            if not hits:
                quoted = _quoted_part(text, new_text)[:MAX_NEW_TEXT_CHARS]
                hits += self.read(normalise(quoted)).hits
            confidence_cap = 0.75
            read_elsewhere = True
        if (
            not hits
            and self._handed_on.search(norm_body)
            and not self._suspected.search(norm_body)
        ):
            handed_on = normalise(_quoted_part(text, new_text)[:MAX_NEW_TEXT_CHARS])
            hits += self.read(handed_on).hits
            both += "\n" + handed_on
            confidence_cap = 0.75
            read_elsewhere = True

        minor = self._minor(both) if hits else []
        labels, evidence, scores = self._decide(hits, minor, both)

        # "a late client with no heir": a scam's words, no request (looked for only when no
        # phrase names the writer's own data)
        if (
            labels != {"other"}
            and not any(h.weight >= 1.0 and self._first_person.search(h.phrase) for h in hits)
            and self._scam.search(both)
        ):
            labels = {"other"}
        # The model reviews what the rules decided, unless the request was read elsewhere
        # (an answer's quoted question, a reminder's subject), which the model does not see;
        # it adds nothing to a question about the policy.
        if self._model is not None and words is not None and not read_elsewhere:
            asks = not self._policy_question.search(norm_body)
            review = _review(self._model, words, labels, hits, body, asks)
            if review is not None:
                labels, probability, model_evidence = review
                evidence = model_evidence | {k: v for k, v in evidence.items() if k in labels}
                if labels - {"other"} and not minor:
                    minor = self._minor(both)
                if labels != {"other"} and minor:
                    labels.add("minor_parental")
                    evidence["minor_parental"] = tuple(dict.fromkeys(minor))
                # The model overruled the rules: always ask the person to confirm.
                confidence_cap = round(0.59 * probability, 3)
        if labels == {"other"}:
            result = self._other_result(body, hits, both, language)
            return replace(result, confidence=min(result.confidence, confidence_cap))
        if {"erasure", "marketing_objection"} <= labels and self._not_just_marketing.search(both):
            labels.discard("marketing_objection")
        confidence = min(min(0.97, 0.5 + 0.35 * scores.get(label, 1.0)) for label in labels)
        confidence = round(min(confidence, confidence_cap), 3)
        ordered = tuple(t for t in _TYPES if t.value in labels)
        return Classification(
            ordered, confidence, language, {t.value: evidence[t.value] for t in ordered}
        )

    def _decide(
        self, hits: list[_Hit], minor: list[str], both: str
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
        # "Remove me from the ranking": what is objected to in that clause is not erasure.
        objection_clauses = {h.clause for h in hits if h.label == "objection"}
        for h in hits:
            if h.label == "erasure" and h.clause in objection_clauses:
                scores["erasure"] -= h.weight
        if "portability" in strong and scores.get("access", 0.0) < 1.0:
            scores.pop("access", None)
        # "Stop using it until..." next to a hold on the data is restriction, not objection,
        # unless an objection is said in a clause of its own ("I object to X; until you decide,
        # do not use it"); and data reported wrong while it is held is the reason for the hold,
        # unless a correction is asked for too. Data held is not erased: a weak word of
        # erasure ("you are about to delete it, keep it but limit its use") does not count.
        if "restriction" in scores and scores["restriction"] >= 0.9:
            if not any(h.weight >= 1.0 for h in hits if h.label == "erasure"):
                scores.pop("erasure", None)
            held = {h.clause for h in hits if h.label == "restriction"}
            if not any(
                h.weight >= 1.0 and h.clause not in held for h in hits if h.label == "objection"
            ):
                scores.pop("objection", None)
            # (a hold "until it is corrected", « tant que ce n'est pas corrigé », asks for the
            # correction too)
            if not any(
                self._correction_verb.search(h.phrase)
                for h in hits
                if h.label in ("rectification", "restriction")
            ):
                scores.pop("rectification", None)

        labels = {label for label, score in scores.items() if score >= 0.5}
        if "post_mortem" in labels and self._about_the_writer(labels, both):
            labels.discard("post_mortem")  # "since my husband died, change my name"
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

    def _about_the_writer(self, labels: set[str], both: str) -> bool:
        """Whether a death is only told while the writer asks another right about their own
        data ("my mum just died, unsubscribe me"): nothing says who acts for the dead or gives
        directives, the request names the writer's own data, and nothing says "his account",
        "ses données"."""
        return (
            len(labels) > 1
            and self._death_role.search(both) is None
            and self._writers_own.search(both) is not None
            and self._their_data.search(both) is None
        )

    def _other_result(
        self, body: _Reading, hits: list[_Hit], both: str, language: str
    ) -> Classification:
        """``other``, confident only when the message is clearly about something else: a topic
        marker (an invoice, a course, a password) and no word of personal data, of the writer's
        own records (``OWN_DATA``), of a child, or of the desk asked to act on something of the
        writer's (``ASKED_OF_OWN``); never when it is about personal data and a
        phrase of a right was read in it, however weak, negated or questioned (``_RIGHTS``).
        A request in words no rule knows ("the HR officer asks for his progress data for the
        course") is then left to staff to confirm, not filed as settled."""
        marker_match = self._other.search(both)
        marker = marker_match.group(0) if marker_match else None
        privacy = self._privacy.search(both) is not None
        child = self._minor_child.search(both) is not None
        own_data = self._own_data.search(both) is not None
        right_read = bool(_RIGHTS & ({h.label for h in hits} | body.negated))
        if not both.strip():
            confidence = 0.4
        elif right_read and (privacy or child or own_data):
            confidence = 0.45
        elif (
            marker
            and not child
            and not own_data
            and not self._data_words.search(both)
            and not self._asked_of_own.search(both)
        ):
            confidence = 0.85
        elif body.dropped and not privacy:
            confidence = 0.7  # a request word was there, but negated or in boilerplate
        elif privacy or child:
            confidence = 0.45
        else:
            confidence = 0.55
        phrases = (marker,) if marker else ()
        return Classification((RequestType.OTHER,), confidence, language, {"other": phrases})


def _review(
    model: LinearModel,
    words: ReadWords,
    labels: set[str],
    hits: list[_Hit],
    body: _Reading,
    may_add: bool = True,
) -> tuple[set[str], float, dict[str, tuple[str, ...]]] | None:
    """What the model makes of a message, given what the rules decided (``labels``): None when
    it agrees; otherwise its labels, the probability of the weakest of them (when it leaves
    none, one minus that of the likeliest right) and "model: ..." evidence for those it added
    (none unless ``may_add``). Where neither names a request but the model gives a right a
    probability of ``DOUBT`` or more, ``other`` is returned as a change: the person confirms."""
    rights = labels - {"minor_parental"}
    found = rule_features(rights, hits, body)
    scores = model.scores(words, found)
    chosen = {
        label
        for label, p in scores.items()
        if label not in _RULES_ONLY
        and p >= model.threshold(label)
        and (may_add or label in rights)
    }
    if "post_mortem" in chosen:
        chosen = {"post_mortem"}
    strongest = max(p for label, p in scores.items() if label not in _RULES_ONLY)
    if chosen == rights - {"other"} and (chosen or strongest < DOUBT):
        return None
    evidence: dict[str, tuple[str, ...]] = {
        label: (_model_evidence(model, words.feats + found, label),) for label in chosen - rights
    }
    probability = min(scores[label] for label in chosen) if chosen else 1.0 - strongest
    return chosen or {"other"}, probability, evidence


def _model_evidence(model: LinearModel, feats: list[str], label: str) -> str:
    """What a model read for ``label``, as staff see it: "model: " and the words that pushed
    hardest, or what the rules found when no word pushed it."""
    return "model: " + (", ".join(model.explain(feats, label)) or "what the rules found")


def rule_features(labels: set[str], hits: list[_Hit], body: _Reading) -> list[str]:
    """What the rules found, as the model reads it next to the words: the labels decided and
    their combination, each label's phrases (strong or weak, and their words) and the labels
    seen only negated or in boilerplate. Every name starts with ``RULE_MARK``."""
    out = [RULE_MARK + label for label in sorted(labels)]
    out.append(RULE_MARK + "+".join(sorted(labels)))
    for h in hits:
        out.append(f"{RULE_MARK}hit:{h.label}")
        if h.weight >= 1.0:
            out.append(f"{RULE_MARK}strong:{h.label}")
        out += [f"{RULE_MARK}ev:{h.label}:{w}" for w in h.phrase.split()[:6]]
    out += [f"{RULE_MARK}dropped:{label}" for label in sorted(body.dropped)]
    out += [f"{RULE_MARK}negated:{label}" for label in sorted(body.negated)]
    return out


def requester_features(role: RequesterRole, labels: tuple[RequestType, ...]) -> list[str]:
    """What the rules found about who is asking, as the requester model reads it next to the
    words: their answer, the labels decided and the words of the phrases that say who wrote.
    Every name starts with ``RULE_MARK``."""
    out = [f"{RULE_MARK}who:{role.requester.value}"]
    out += [f"{RULE_MARK}{label.value}" for label in labels]
    out += [f"{RULE_MARK}who:{w}" for phrase in role.evidence for w in phrase.split()[:4]]
    return out


def _as_writer(words: re.Match[str]) -> str:
    """The writer's own words for the desk's: "votre" → "mon", "your" → "my", "de vous" →
    "de me", "send you" → "send me"."""
    said = words.group(0)
    mine = {"votre": "mon", "vos": "mes", "your": "my"}.get(said)
    return mine if mine else said.rsplit(" ", 1)[0] + " me"


def _quoted_part(text: str, new_text: str) -> str:
    """The lines of a message that are not its new text: the quoted or forwarded part."""
    fresh = {ln.strip() for ln in new_text.splitlines() if ln.strip()}
    lines = (ln.strip().lstrip(">").strip() for ln in text.splitlines())
    return "\n".join(ln for ln in lines if ln and ln not in fresh)
