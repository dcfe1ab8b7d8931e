"""The request classifier (DESIGN §2): hard cases, labelling rules, corpus figures, JSON lines."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import flatmate_requester_model
from workflows.classifier import Classification, Classifier, Intent, Requester, detect_language
from workflows.classifier.jsonl import evaluate_rows, run_classify
from workflows.classifier.model import LinearModel
from workflows.requests import RequestType
from workflows.textrules import new_text

CORPUS = Path(__file__).parent / "corpus" / "requests.jsonl"
ROWS = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
CLASSIFIER = Classifier.load()  # what the composition root builds for the service
classify = CLASSIFIER.classify
#: What a classification says, in JSON.
RESULT_KEYS = {
    "labels",
    "confidence",
    "language",
    "evidence",
    "low_confidence",
    "requester",
    "requester_evidence",
    "intent",
}
TRAIN_TEXTS = {r["text"] for r in ROWS if r["split"] == "train"}


def labels_of(result: Classification) -> set[str]:
    return {label.value for label in result.labels}


RULES = Classifier(None)  # the phrase rules alone, without the model that reviews them


def readings(subject: str, text: str) -> list[Classification]:
    """What the classifier makes of a sentence written for a test and, when it is unsure (the
    model departed from the rules or doubts them, and the person is asked to confirm), what
    its rules alone make of it: a test's expectation must be one of them."""
    reviewed = classify(subject, text)
    return [reviewed, RULES.classify(subject, text)] if reviewed.low_confidence else [reviewed]


# Every example below is written for this file; none is in the corpus (checked by a test).
HARD_CASES: list[tuple[str, str, str, set[str]]] = [
    # negation and contrast
    (
        "neg-fr",
        "",
        "Je ne veux surtout pas fermer mon compte, juste ne plus recevoir vos SMS de promo.",
        {"marketing_objection"},
    ),
    (
        "neg-fr2",
        "Désinscription",
        "Attention je ne demande pas d'effacer mes données, seulement "
        "de ne plus m'envoyer votre newsletter.",
        {"marketing_objection"},
    ),
    (
        "neg-en",
        "",
        "I'm not asking you to delete my profile, only to stop the sales calls.",
        {"marketing_objection"},
    ),
    (
        "neg-restrict",
        "",
        "Please don't erase anything yet: I need the records for my appeal. In "
        "the meantime stop processing them until the appeal is decided.",
        {"restriction"},
    ),
    (
        "ne-pas-fr",
        "",
        "N'effacez pas mon compte, corrigez plutôt mon adresse email qui est fausse.",
        {"rectification"},
    ),
    # missing accents, typos, SMS style, capitals
    (
        "no-accents",
        "",
        "je souhaite la suppression de mon compte et de mes donnees personnelles",
        {"erasure"},
    ),
    ("typo-fr", "", "Merci de suprimmer mon compt", {"erasure"}),
    ("typo-en", "", "plese delet my acount and personal informations", {"erasure"}),
    ("sms-fr", "", "jveux plu recevoir vos sms stp", {"marketing_objection"}),
    ("sms-en", "", "pls stop txting me, not interested", {"marketing_objection"}),
    ("caps", "", "JE VEUX UNE COPIE DE TOUTES MES DONNEES", {"access"}),
    # mixed languages
    (
        "mixed",
        "",
        "Bonjour, I want to withdraw mon consentement pour les cookies, merci",
        {"consent_withdrawal"},
    ),
    # policy questions are other
    (
        "policy-fr",
        "",
        "Vous gardez mes données combien de temps après la fin de mon contrat ?",
        {"other"},
    ),
    ("policy-en", "", "How long will you store my personal data once my course ends?", {"other"}),
    ("policy-en2", "", "Do you transfer my data outside the EU?", {"other"}),
    (
        "policy-fr-delete",
        "",
        "Je voudrais savoir combien de temps vous gardez mes données avant de les supprimer ?",
        {"other"},
    ),
    (
        "policy-fr-general",
        "",
        "Bonjour, combien de temps avant que vous supprimiez les comptes inactifs ?",
        {"other"},
    ),
    # third parties
    (
        "parent-fr",
        "Ma fille",
        "Bonjour, ma fille Chloé (13 ans) a ouvert un compte sur votre site "
        "sans autorisation. Je vous demande de le supprimer avec toutes ses données.",
        {"minor_parental", "erasure"},
    ),
    (
        "parent-en",
        "",
        "I'm writing as the mother of Sam, who is 12. Please tell me what personal "
        "data you have collected about him.",
        {"minor_parental", "access"},
    ),
    (
        "heir-fr",
        "Décès de ma grand-mère",
        "Ma grand-mère est décédée en avril ; en tant "
        "qu'héritier je souhaite que son compte soit fermé et ses données effacées.",
        {"post_mortem"},
    ),
    (
        "notary-en",
        "",
        "I am a notary dealing with the succession of Mr Paul Roy, deceased. Please "
        "send me a copy of the data you hold about him.",
        {"post_mortem"},
    ),
    (
        "own-directives-en",
        "",
        "I would like to record instructions for my account after my death: "
        "everything should be deleted.",
        {"post_mortem"},
    ),
    # subject only
    ("subject-fr", "Je veux supprimer mon compte", "", {"erasure"}),
    ("subject-en", "Stop calling me", "", {"marketing_objection"}),
    # quoted reply: the quoted part asks for erasure, the new text only thanks
    (
        "quoted-thanks",
        "Re: suppression",
        "Merci pour votre retour rapide !\n\nLe ven. 7 mars 2025 à 11:03, Léa <lea@exemple.fr> a "
        "écrit :\n> Bonjour, je veux que vous supprimiez mon compte et mes données.",
        {"other"},
    ),
    (
        "quoted-en-thanks",
        "RE: my data",
        "Thank you, that's all I needed.\n\n-----Original Message-----\nFrom: Tom Hardy\nSent: "
        "Friday, March 7, 2025 11:03\nTo: dpo@example.com\nSubject: my data\n\nDelete my account "
        "and everything you have on me.",
        {"other"},
    ),
    # reminders carry the earlier request's label
    (
        "reminder",
        "Re: Demande de portabilité",
        "Bonjour, je n'ai toujours pas de réponse, merci de me relire ci-dessous.\n\n"
        "Le 1 févr. 2025 à 10:00, Max <max@exemple.fr> a écrit :\n> Je veux mes données en JSON.",
        {"portability"},
    ),
    # signatures and disclaimers
    (
        "signature",
        "",
        "Could you correct my date of birth? It's 4 May 1993.\n\nBest,\nNina\n\n"
        "This message is confidential. If you are not the intended recipient please delete it.",
        {"rectification"},
    ),
    (
        "signature-fr",
        "Inscription",
        "Bonjour, le cours de mardi est-il maintenu ?\n\n-- \n"
        "Paul, chargé des suppressions de comptes, Mairie de Brest",
        {"other"},
    ),
    # out of office and auto replies
    (
        "ooo-fr",
        "Absent",
        "Bonjour, je suis absent jusqu'au 12/05. En cas d'urgence contactez "
        "l'accueil. Pour toute demande de suppression de données : dpo@exemple.fr",
        {"other"},
    ),
    (
        "ooo-en",
        "Automatic reply: Delete my account",
        "I'm out of the office until Friday and will reply when I'm back.",
        {"other"},
    ),
    # multi-request
    (
        "multi-fr",
        "",
        "Commencez par m'envoyer une copie de ce que vous avez sur moi, ensuite effacez tout.",
        {"access", "erasure"},
    ),
    (
        "multi-en",
        "",
        "First send me a copy of my data, then delete everything.",
        {"access", "erasure"},
    ),
    # other requests of each kind
    (
        "objection",
        "",
        "Je m'oppose à ce que vous utilisiez mes notes pour vos statistiques.",
        {"objection"},
    ),
    (
        "portability",
        "",
        "Could you export my learning history so I can take it to another school?",
        {"portability"},
    ),
    (
        "consent",
        "",
        "Je retire l'autorisation donnée pour publier ma photo sur votre site.",
        {"consent_withdrawal"},
    ),
    (
        "unsubscribe-plus-erase",
        "",
        "Unsubscribe me and also erase my data, I want nothing more to do with you.",
        {"marketing_objection", "erasure"},
    ),
    (
        "self-action",
        "",
        "J'ai supprimé mon certificat par erreur, pouvez-vous me le renvoyer ?",
        {"other"},
    ),
    (
        "newsletter",
        "Les nouveautés",
        "Nouvelle formation Excel ! Vous disposez d'un droit "
        "d'accès et d'effacement de vos données. Pour vous désinscrire, cliquez ici.",
        {"other"},
    ),
    ("billing", "", "Bonjour, je n'ai pas reçu ma facture de février.", {"other"}),
    (
        "postscript",
        "",
        "Bonjour,\n\nJe souhaite clôturer mon compte et effacer mes données.\n\n"
        "Cordialement,\nMarc\n\nPS : et plus aucun SMS svp",
        {"erasure", "marketing_objection"},
    ),
    (
        "keep-account",
        "",
        "Merci de ne plus utiliser mon adresse pour vos newsletters mais gardez mon compte actif.",
        {"marketing_objection"},
    ),
    # a complaint about automatic answers is no automatic answer
    (
        "complains-about-auto-replies",
        "",
        "Répondez-moi vraiment, pas avec un message automatique : supprimez mon compte.",
        {"erasure"},
    ),
    # thanks for an answer already received
    ("ack-en", "", "I have received the archive, thank you, nothing else needed.", {"other"}),
    ("ack-fr", "Merci", "J'ai bien reçu le fichier, tout est en ordre.", {"other"}),
    # stop using it until something is settled
    (
        "until-fr",
        "",
        "N'utilisez plus mes notes jusqu'à ce que la commission ait statué.",
        {"restriction"},
    ),
    (
        "until-en",
        "",
        "Do not use my file until the investigation is closed, but keep it.",
        {"restriction"},
    ),
    ("disclosure-stop", "", "I wish this transfer to my old employer to stop.", {"objection"}),
    ("stop-showing", "", "Please stop displaying my photo in the alumni gallery.", {"objection"}),
    (
        "to-a-funder",
        "",
        "je veux pas que mes notes partent chez mes partenaires de stage",
        {"objection"},
    ),
    ("no-ai-training", "", "Do not use my essays to train any model.", {"objection"}),
    (
        "marketing-file",
        "",
        "Enlevez mon adresse de votre fichier commerciaux, merci.",
        {"marketing_objection"},
    ),
    (
        "what-was-sent",
        "",
        "Je veux voir tout ce que vous avez transmis à mon employeur.",
        {"access"},
    ),
]


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [case[1:] for case in HARD_CASES],
    ids=[case[0] for case in HARD_CASES],
)
def test_hard_cases(subject: str, text: str, expected: set[str]) -> None:
    found = readings(subject, text)
    assert expected in [labels_of(r) for r in found], [r.evidence for r in found]


def test_hard_cases_are_not_in_the_training_split() -> None:
    assert not {text for _, _, text, _ in HARD_CASES if text} & TRAIN_TEXTS


def test_negation_and_contrast_from_the_issue() -> None:
    result = classify("", "je ne veux pas supprimer mon compte, juste ne plus recevoir vos SMS")
    assert result.labels == (RequestType.MARKETING_OBJECTION,)
    assert "erasure" not in result.evidence
    assert result.language == "fr"
    assert not result.low_confidence


def test_evidence_names_the_phrases() -> None:
    result = classify("", "Please send me a copy of my data and then delete my account.")
    assert set(result.evidence) == {"access", "erasure"}
    assert any("copy" in phrase for phrase in result.evidence["access"])
    assert any("delete" in phrase for phrase in result.evidence["erasure"])


@pytest.mark.parametrize(
    ("subject", "text"),
    [(s, t) for _, s, t, _ in HARD_CASES] + [(r["subject"], r["text"]) for r in ROWS[::7]],
)
def test_labelling_invariants(subject: str, text: str) -> None:
    result = classify(subject, text)
    values = labels_of(result)
    assert result.labels, "never empty"
    assert len(values) == len(result.labels)
    if "other" in values:
        assert values == {"other"}
    if "post_mortem" in values:
        assert values == {"post_mortem"}
    if "minor_parental" in values:
        assert len(values) >= 2
    assert 0.0 <= result.confidence <= 1.0
    assert result.language in ("fr", "en")
    assert set(result.evidence) == values
    assert result.low_confidence == (result.confidence < 0.6)


def test_empty_and_unclear_messages_are_other_with_low_confidence() -> None:
    for subject, text in [("", ""), ("Re:", "   "), ("", "Bonjour")]:
        result = classify(subject, text)
        assert result.labels == (RequestType.OTHER,)
        assert result.low_confidence
    # Too vague for a rule; the model may guess, but only as a question to the person.
    assert classify("Mon compte", "???").low_confidence


def test_model_is_a_fallback_that_asks_for_confirmation() -> None:
    from workflows.classifier.model import load_model

    model = load_model()
    assert model is not None
    assert set(model.labels) == {t.value for t in RequestType}
    text = "Ma fiche chez vous ne doit plus exister, faites le ménage."
    with_model = classify("", text)
    rules_only = Classifier(None).classify("", text)
    assert rules_only.labels == (RequestType.OTHER,)
    if with_model.labels != (RequestType.OTHER,):
        assert all(p.startswith("model: ") for ps in with_model.evidence.values() for p in ps)
        assert with_model.confidence <= 0.7
    # A rule match is never second-guessed by the model.
    ruled = classify("", "Supprimez mon compte")
    assert ruled.evidence["erasure"] and not ruled.evidence["erasure"][0].startswith("model")


def test_model_training_is_deterministic_and_learns() -> None:
    pytest.importorskip("sklearn")  # a test extra: the service itself never imports it
    sys.path.insert(0, str(CORPUS.parent))
    import numpy as np
    from train_model import ROLES, choose_role_threshold, choose_thresholds, fit, review_inputs

    rows: list[dict[str, object]] = [
        {"subject": "", "text": t, "labels": [label], "split": split, "requester": who}
        for t, label, split, who in [
            ("supprimez mon compte", "erasure", "train", "self"),
            ("effacez mes donnees", "erasure", "train", "self"),
            ("je ne veux plus exister chez vous", "erasure", "blind", "self"),
            ("quand commence le cours", "other", "train", "self"),
            ("ma facture de mars", "other", "train", "self"),
            ("le cours de mardi est annule", "other", "blind", "self"),
            (
                "le coloc veut que vous supprimiez son compte",
                "erasure",
                "blind",
                "other_third_party",
            ),
            ("le coloc demande une copie de ses donnees", "access", "blind", "other_third_party"),
        ]
    ] * 4
    inputs, roles = review_inputs(rows)
    # what the model is shown: the words, and what the rules decided
    assert "=erasure" in inputs[0] and "supprimez" in inputs[0]  # type: ignore[operator]
    assert "=other" in inputs[2]  # type: ignore[operator]  (no rule knows this phrasing)
    seen = [x for x in inputs if x is not None]
    first = fit(rows, seen, {})
    assert first == fit(rows, seen, {})
    # it learns where the rules miss: "ne plus exister" reads as erasure next to "other"
    scores = first.scores(seen[2])
    assert scores["erasure"] > 0.5 > scores["other"]
    probs = np.array([list(first.scores(x).values()) for x in seen])
    thresholds = choose_thresholds(probs, rows)
    assert set(thresholds) == set(first.labels)
    # who is asking: the requester model is shown the words and the rules' answer ("self":
    # no rule knows a flatmate), and learns the flatmate
    assert "=who:self" in roles[6] and "coloc" in roles[6]  # type: ignore[operator]
    shown = [x for x in roles if x is not None]
    who = fit(rows, shown, {}, ROLES)
    assert who == fit(rows, shown, {}, ROLES)
    assert max(who.scores(shown[6]).items(), key=lambda kv: kv[1])[0] == "other_third_party"
    probs = np.array([list(who.scores(x).values()) for x in shown])
    assert choose_role_threshold(probs, shown, rows) < 0.8  # overruling the rules pays here


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # a death told while the writer asks about their own data: their right, not post-mortem
        (
            "Depuis le décès de mon mari, j'ai repris mon nom de jeune fille : merci de "
            "corriger mon nom sur mon compte.",
            ("rectification",),
        ),
        (
            "My mum just died and I keep getting your offers. Unsubscribe me.",
            ("marketing_objection",),
        ),
        # the dead person's data, an heir, or the writer's own directives: post-mortem alone
        ("Mon père est décédé, merci de supprimer son compte.", ("post_mortem",)),
        ("My father died. As his heir I ask you to delete my father's account.", ("post_mortem",)),
        ("After I die, please delete my account and all my data.", ("post_mortem",)),
    ],
)
def test_a_death_told_is_post_mortem_only_when_it_is_about_the_dead(
    text: str, labels: tuple[str, ...]
) -> None:
    assert tuple(t.value for t in RULES.classify("", text).labels) == labels


def test_requester_model_reviews_who_is_asking() -> None:
    reviewed = Classifier(None, requester_model=flatmate_requester_model())
    text = "Le coloc voudrait que vous supprimiez son compte, il n'a pas d'ordinateur."
    assert RULES.classify("", text).requester is not Requester.OTHER_THIRD_PARTY
    result = reviewed.classify("", text)
    assert result.labels == (RequestType.ERASURE,)
    assert result.requester is Requester.OTHER_THIRD_PARTY
    assert result.requester_evidence == ("model: coloc",)
    assert result.as_json()["requester"] == "other_third_party"
    # where the model agrees, or is not sure enough, the rules' answer stands with its evidence
    plain = "Supprimez mon compte, merci."
    assert reviewed.classify("", plain).requester is Requester.SELF
    lawyer = "Avocat, je représente mon client : supprimez ses données."
    assert reviewed.classify("", lawyer) == RULES.classify("", lawyer)
    # a minor's data always means a parent, whatever the model reads
    minor = "Pour le coloc... non, pour ma fille de 12 ans : supprimez son compte."
    assert reviewed.classify("", minor).requester is Requester.PARENT


def test_model_evidence_names_the_rules_when_no_word_pushed() -> None:
    roles = tuple(r.value for r in Requester)
    # a model that reads any portability request as a lawyer's, from the rules' label alone
    model = LinearModel(
        roles, (0.0, -3.0, -3.0, -3.0, -3.0), {"=portability": (-4.0, 0.0, 0.0, 4.0, 0.0)}
    )
    result = Classifier(None, requester_model=model).classify(
        "", "Please send me my data in a machine-readable format."
    )
    assert result.labels == (RequestType.PORTABILITY,)
    assert result.requester is Requester.LAWYER_OR_REPRESENTATIVE
    assert result.requester_evidence == ("model: what the rules found",)


def test_shipped_requester_model_has_every_role() -> None:
    from workflows.classifier.model import REQUESTER_MODEL_PATH, load_model

    model = load_model(REQUESTER_MODEL_PATH)
    assert model is not None
    assert model.labels == tuple(r.value for r in Requester)
    assert set(model.thresholds) == set(model.labels)
    # the shipped classifier reads who is asking with it
    assert Classifier.load()._requester_model == model


def test_shipped_model_has_a_threshold_per_label_and_no_rare_tokens() -> None:
    from workflows.classifier.model import load_model

    model = load_model()
    assert model is not None
    assert set(model.thresholds) == set(model.labels)
    # Single-occurrence tokens of the corpus (a phone number, a birth date) are not features.
    assert not any(f.isdigit() and f != "000" for f in model.weights if len(f) >= 3)


def test_model_evidence_breaks_ties_by_name_whatever_the_hash_seed() -> None:
    from workflows.classifier.model import LinearModel

    names = ["pf", "ka", "zq", "bb", "mo", "cd", "xe"]
    weights = {f: (1.0, 0.0) for f in names} | {"strong": (2.0, 0.0), "against": (-1.0, 0.0)}
    model = LinearModel(("erasure", "other"), (0.0, 0.0), weights)
    feats = [*names, "strong", "against", "unknown"]
    assert model.explain(feats, "erasure", n=8) == ("strong", *sorted(names))
    assert model.explain(list(reversed(feats)), "erasure", n=8) == ("strong", *sorted(names))
    # a piece of a word at the start and inside reads the same: it is shown once
    model = LinearModel(("erasure",), (0.0,), {"^obj": (1.0,), "obj": (0.9,), "objec": (0.5,)})
    assert model.explain(["obj", "objec", "^obj"], "erasure") == ("obj", "objec")


def test_words_read_once_for_two_models_score_as_each_model_alone() -> None:
    from workflows.classifier.model import LinearModel, WordReader, features, text_words

    labels = LinearModel(
        ("erasure", "access", "other"),
        (0.1, -0.2, 0.0),
        {
            "delete": (2.5, -1.25, -3.0),
            "#lete": (0.25, 0.0, -0.5),  # in "delete" and "deleted": counted twice
            "my_son": (0.001, 0.0, -0.002),
            "=erasure": (1.5, 0.0, -1.0),
        },
    )
    roles = LinearModel(
        ("self", "parent"),
        (0.3, -0.4),
        {"son": (-2.0, 3.5), "my_son": (0.5, -0.75), "=who:self": (1.0, -1.0)},
    )
    text = "delete my son delete deleted unknown"
    reader = WordReader((labels, roles))
    for _ in range(2):  # the second time from the words it keeps
        read = reader.read(text)
        feats = features(text_words(text))
        assert feats.count("#lete") == 2 and feats.count("delete") == 1
        extra = ["=erasure", "=erasure"]
        assert labels.scores(read, extra) == labels.scores([*feats, *extra])
        assert roles.scores(read, ["=who:self"]) == roles.scores([*feats, "=who:self"])
        # a model the words were not read for looks them up itself
        alone = LinearModel(("x",), (0.0,), {"son": (1.0,)})
        assert alone.scores(read) == alone.scores(feats)


def test_model_features_grow_linearly_with_the_text() -> None:
    from workflows.classifier.model import features, text_words

    one = len(features(text_words("supprimez " * 100)))
    assert len(features(text_words("supprimez " * 1000))) <= 10 * one + 10
    assert len(features(text_words("a" * 50_000))) < 100


def test_words_kept_for_the_model_change_nothing_and_stay_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from workflows.classifier import model

    monkeypatch.setattr(model, "KNOWN_WORDS", 5)
    weights = {"#<sup": (1.0,), "donnees": (0.5,), "#quat": (-0.25,), "#aaaa": (0.125,)}
    models = (model.LinearModel(("erasure",), (0.0,), weights),)
    reader = model.WordReader(models)
    texts = [
        "supprimez mes donnees svp",
        "mes donnees de formation",
        "un deux trois quatre cinq six",
    ]
    for text in texts * 2:
        fresh = model.WordReader(models).read(text)
        assert (reader.read(text).total, reader.read(text).count) == (fresh.total, fresh.count)
    assert len(reader._known) == 5
    # a word longer than any the model reads whole is never kept, however many are sent
    reader = model.WordReader(models)
    long_words = " ".join(c * 5_000 for c in "abcdefgh")
    # (each counts the 4-gram "aaaa" of its first 20 characters: 17 times)
    assert reader.read(long_words).count == 17 and reader._known == {}


def test_as_json() -> None:
    data = classify("", "Please delete my account").as_json()
    assert data["labels"] == ["erasure"]
    assert data["language"] == "en"
    assert set(data) == RESULT_KEYS
    assert (data["requester"], data["intent"]) == ("self", "request")
    assert json.loads(json.dumps(data)) == data


# ----------------------------------------------------------------------- text helpers


def test_new_text_french_reply() -> None:
    text = (
        "Merci, c'est noté.\n\nLe lun. 3 mars 2025 à 10:00, Jean Dupont <jean@exemple.fr> a\n"
        "écrit :\n> Supprimez mon compte\n"
    )
    assert new_text(text) == "Merci, c'est noté."


def test_new_text_english_reply_and_original_message() -> None:
    assert new_text("Sure.\n\nOn Mon, 3 Mar 2025 at 10:00, Jo <jo@x.com> wrote:\n> hi") == (
        "Sure."
    )
    text = "See below.\n-----Original Message-----\nFrom: A\nSent: today\nDelete my data"
    assert new_text(text) == "See below."


def test_new_text_forward_headers_and_signatures() -> None:
    text = "Regardez ça\n\nDe : COMNICIA\nEnvoyé : lundi\nObjet : promo\n\nPromo -50 %"
    assert new_text(text) == "Regardez ça"
    assert new_text("Supprimez mon compte.\n\nCordialement,\nAnne") == "Supprimez mon compte."
    assert new_text("Delete it\n-- \nBob\nHead of deletions") == "Delete it"
    assert new_text("Stop please\n\nSent from my iPhone") == "Stop please"
    assert new_text("> quoted\nnew line") == "new line"


def test_new_text_keeps_a_postscript_but_not_the_quote() -> None:
    text = "Supprimez tout.\nCordialement,\nAnne\nPS: plus de SMS\n\nLe 3 mars, X a écrit :\n> a"
    assert new_text(text) == "Supprimez tout.\n\nPS: plus de SMS"


def test_new_text_keeps_a_lone_closing_word() -> None:
    assert new_text("Merci") == "Merci"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bonjour, je voudrais supprimer mon compte", "fr"),
        ("Hello, I would like to delete my account", "en"),
        ("supprimer compte", "fr"),
        ("stop calling me", "en"),
        ("", "fr"),
        ("ARRETEZ DE M'APPELER", "fr"),
        ("STOP", "fr"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_language_of_the_corpus() -> None:
    wrong = [r["id"] for r in ROWS if classify(r["subject"], r["text"]).language != r["language"]]
    assert len(wrong) <= len(ROWS) * 0.03, wrong


# ----------------------------------------------------------------------------- corpus


def test_corpus_shape() -> None:
    assert len(ROWS) >= 1500
    assert len({r["id"] for r in ROWS}) == len(ROWS)
    labels = Counter(label for r in ROWS for label in r["labels"])
    for label in RequestType:
        assert labels[label.value] >= 35, (label, labels[label.value])
    languages = Counter(r["language"] for r in ROWS)
    assert abs(languages["fr"] - languages["en"]) <= 0.15 * len(ROWS)
    assert {"train", "dev", "test"} <= {r["split"] for r in ROWS}
    assert len({(r["subject"], r["text"]) for r in ROWS}) == len(ROWS)
    for r in ROWS:
        assert r["origin"] == "written" or r["origin"].startswith("public "), r["id"]
        values = set(r["labels"])
        assert values <= {t.value for t in RequestType}
        assert values == {"other"} or "other" not in values
        assert values == {"post_mortem"} or "post_mortem" not in values
        assert "minor_parental" not in values or len(values) >= 2


#: heldout4.py (36 messages; 0.960 with the rules and the former fallback model, 0.946 with the
#: models that review every decision); the split ``heldout``: heldout44.py to heldout46.py (763
#: messages written blind on 1 December 2026, 760 once duplicates are dropped, measured once as
#: they came, after both reviewing models were trained): macro-F1 0.954 (heldout44 0.982,
#: heldout45 0.934, heldout46 0.947), exact match 0.933, no right filed as a confident ``other``,
#: 0.976 of requesters right. On the same messages the rules alone score 0.889 (0.971 of
#: requesters right, 2 silent rights) and the classifier of the previous round 0.947 (0.978, no
#: silent right). The two fresh splits written earlier the same day are training data now, in
#: the split ``blind``: heldout38 to heldout40 (0.926 macro-F1, no silent right, 0.949 of
#: requesters right when measured once; the previous round's classifier: 0.923) and heldout41
#: to heldout43 (0.917, 1 silent right, 0.963; the previous round's classifier: 0.916, 1 silent
#: right). The floors keep what the split scored.
HELD_OUT = ("test", "heldout")
#: Macro-F1 each held-out split keeps.
MACRO_F1_FLOOR = {"test": 0.94, "heldout": 0.95}
#: Rights filed as ``other`` without the low-confidence flag.
SILENT_RIGHTS = {"test": 0, "heldout": 0}
#: The development batches written in the registers of other people's writing, with who is
#: asking. ``heldout5.py`` was held out (0.910 macro-F1 when frozen, 0.923 after the rules were
#: improved on ``dev5.py``); measured several times, it is development data now. ``heldout6.py``
#: (368 messages written blind) scored 0.886 macro-F1 when measured once as it came, with 11
#: rights filed as a confident ``other`` and 0.951 of requesters right; it is development data now.
#: So is ``heldout7.py`` (254 messages written blind: 0.946 macro-F1 when measured once as it
#: came, 1 right filed as a confident ``other``, 0.949 of requesters right), and ``heldout8.py``
#: (270 messages written blind: 0.881 macro-F1 and exact match 0.800 when measured once as it
#: came, 15 rights filed as ``other`` of which 8 without the low-confidence flag, 0.911 of
#: requesters right, 4 withdrawals found and 8 missed), and ``heldout9.py`` (244 messages written
#: blind: 0.933 macro-F1 and exact match 0.873 when measured once as it came, 9 rights filed as
#: ``other`` of which 2 without the low-confidence flag, 0.967 of requesters right, 6 withdrawals
#: found and 8 missed, 7 policy questions found and 6 missed), and ``heldout11.py`` (238 messages
#: written blind: 0.894 macro-F1 and exact match 0.849 when measured once as it came, 4 rights
#: filed as ``other`` of which 1 without the low-confidence flag, 0.966 of requesters right, 9
#: withdrawals found and 7 missed, 9 policy questions found and 8 missed), and ``heldout12.py``
#: (240 messages written blind: 0.919 macro-F1 and exact match 0.871 when measured once as it
#: came, 5 rights filed as ``other`` of which 1 without the low-confidence flag, 0.967 of
#: requesters right, 8 withdrawals found and 8 missed, 15 policy questions found and 2 wrongly),
#: and ``heldout13.py`` (240 messages written blind: 0.916 macro-F1 and exact match 0.867 when
#: measured once as it came, 12 rights filed as ``other``, none without the low-confidence flag,
#: 0.942 of requesters right, 9 withdrawals found and 7 missed, 8 policy questions found, 6 missed
#: and 2 wrongly).
DEV_BATCHES = (
    "dev5",
    "heldout5",
    "dev6",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout11",
    "heldout12",
    "heldout13",
)
DEV_MACRO_F1_FLOOR = 0.95


@pytest.mark.parametrize("split", HELD_OUT)
def test_held_out_macro_f1(split: str) -> None:
    evaluation = evaluate_rows(CLASSIFIER, [r for r in ROWS if r["split"] == split])
    assert evaluation.macro_f1 >= MACRO_F1_FLOOR[split], evaluation.report()


@pytest.mark.parametrize("batch", DEV_BATCHES)
def test_development_batch_macro_f1(batch: str) -> None:
    rows = [r for r in ROWS if r["batch"] == batch]
    assert {r["split"] for r in rows} == {"dev"}
    evaluation = evaluate_rows(CLASSIFIER, rows)
    assert evaluation.macro_f1 >= DEV_MACRO_F1_FLOOR, evaluation.report()


RIGHTS = {"erasure", "access", "portability", "minor_parental", "post_mortem"}


def silently_other(rows: list[dict[str, Any]]) -> list[str]:
    """Ids of the rights requests filed as ``other`` without the low-confidence flag."""
    silent = []
    for r in rows:
        if not RIGHTS & set(r["labels"]):
            continue
        result = classify(r["subject"], r["text"])
        if result.labels == (RequestType.OTHER,) and not result.low_confidence:
            silent.append(r["id"])
    return silent


@pytest.mark.parametrize("split", HELD_OUT)
def test_rights_are_rarely_silently_other_on_the_held_out_splits(split: str) -> None:
    silent = silently_other([r for r in ROWS if r["split"] == split])
    assert len(silent) <= SILENT_RIGHTS[split], silent


def test_no_right_is_silently_other_in_the_development_batches() -> None:
    assert silently_other([r for r in ROWS if r["batch"] in DEV_BATCHES]) == []


def test_who_is_asking_on_the_blind_batches() -> None:
    rows = [r for r in ROWS if r["split"] in ("heldout", "blind")]
    assert len(rows) >= 10000 and all("requester" in r for r in rows)
    held_out = evaluate_rows(CLASSIFIER, [r for r in rows if r["split"] == "heldout"])
    assert held_out.requester_accuracy >= 0.97, held_out.report()
    # the blind split trains the requester model: in sample, it must have learnt it
    evaluation = evaluate_rows(CLASSIFIER, rows)
    assert evaluation.requester_accuracy >= 0.97, evaluation.report()


def test_who_is_asking_on_the_development_batches() -> None:
    rows = [r for r in ROWS if r["batch"] in DEV_BATCHES]
    assert len(rows) >= 600 and all("requester" in r for r in rows)
    evaluation = evaluate_rows(CLASSIFIER, rows)
    assert evaluation.requester_accuracy >= 0.95, evaluation.report()
    kinds = Counter(r["requester"] for r in rows)
    assert all(kinds[role.value] >= 10 for role in Requester), kinds


# ------------------------------------------------------------------------- JSON lines


def test_run_classify_writes_one_line_per_input_in_order() -> None:
    lines = [
        {"id": "a", "subject": "", "text": "Supprimez mon compte"},
        {"id": 7, "subject": "Unsubscribe", "text": ""},
        {"id": "c", "subject": "", "text": "Quand commence le cours ?"},
    ]
    stdin = io.StringIO("\n".join(json.dumps(x) for x in lines) + "\n")
    stdout = io.StringIO()
    assert run_classify(CLASSIFIER, stdin, stdout, evaluate=False) == 0
    out = [json.loads(x) for x in stdout.getvalue().splitlines()]
    assert [o["id"] for o in out] == ["a", 7, "c"]
    assert [o["labels"] for o in out] == [["erasure"], ["marketing_objection"], ["other"]]
    for o in out:
        assert set(o) == {"id", *RESULT_KEYS}


def test_run_classify_reports_bad_lines_and_goes_on(capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.StringIO(
        '{"id": "1", "subject": "", "text": "delete my account"}\n'
        "this is not json\n"
        '{"subject": "no id"}\n'
        '{"id": "4", "subject": "", "text": "stop calling me"}\n'
    )
    stdout = io.StringIO()
    assert run_classify(CLASSIFIER, stdin, stdout, evaluate=False) == 1
    assert [json.loads(x)["id"] for x in stdout.getvalue().splitlines()] == ["1", "4"]
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2
    assert err[0].startswith("line 2:")
    assert err[1].startswith("line 3:") and '"id"' in err[1]


def test_run_classify_eval() -> None:
    lines = [
        {"id": "1", "subject": "", "text": "delete my account", "labels": ["erasure"]},
        {"id": "2", "subject": "", "text": "stop calling me", "labels": ["marketing_objection"]},
        {"id": "3", "subject": "", "text": "when is the exam?", "labels": ["access"]},
    ]
    stdin = io.StringIO("".join(json.dumps(x) + "\n" for x in lines))
    stdout = io.StringIO()
    assert run_classify(CLASSIFIER, stdin, stdout, evaluate=True) == 0
    report = stdout.getvalue()
    assert "macro-F1: 0.667" in report
    assert "exact match: 0.667 (2/3)" in report
    assert "access -> other: 1" in report
    assert "erasure" in report and "precision" in report


def test_run_classify_eval_needs_known_labels(capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.StringIO(
        '{"id": "1", "subject": "", "text": "x"}\n'
        '{"id": "2", "subject": "", "text": "x", "labels": ["deletion"]}\n'
    )
    assert run_classify(CLASSIFIER, stdin, io.StringIO(), evaluate=True) == 1
    err = capsys.readouterr().err
    assert "line 1:" in err and "line 2:" in err and "deletion" in err


def test_classifier_package_knows_no_channel() -> None:
    code = (
        "import sys, workflows.classifier, workflows.classifier.jsonl;"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('bot', 'mail', 'aiogram', 'aiosmtpd', 'imapclient')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


# ------------------------------------------------------------------ first-character guards


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        (r"\b(?:copie|copy)\b", "c"),
        (r"s[uo]p+r|ef+a[cs]+|delet\w*", "des"),
        (r"(?:(?:compte|account)|(?:donnees|data))\b", "acd"),
        (r"\b(?:article|art) ?7|\b7\.3", "7a"),
        (r"(?:ne )?plus", "np"),  # an optional start adds its characters to what follows
        (r"(?:^|[.!?,] )(?:so )?stop", "!,.?s"),
        (r"a{0,3}b|c+d", "abc"),
        (r"\b(?<!le )(?<!qui )fix", "f"),  # looking behind consumes nothing
        (r"^stop", "s"),
        (r"(?:^|[.!\n] )so", "\n!.s"),  # an escape inside a class
        (r"[a-z]x", "abcdefghijklmnopqrstuvwxyz"),  # a class of any width, unlike prefixes
        (r"(?:a|b?)", None),  # may match nothing
        (r"(?:please )?", None),
        (r"^|x", None),
        (r"(?<!a)", None),
        (r"\w+ed", None),
        (r"(?=x)abc", None),
        (r"[^a]bc", None),
    ],
)
def test_first_chars(pattern: str, chars: str | None) -> None:
    from workflows.firstchar import first_chars

    found = first_chars(pattern)
    assert (None if found is None else "".join(sorted(found))) == chars


def test_first_char_guards_never_change_a_match() -> None:
    import re

    from workflows.classifier.rules import RULES
    from workflows.classifier.text import normalise
    from workflows.firstchar import first_chars

    texts = [normalise(r["subject"] + "\n" + r["text"]) for r in ROWS]
    for rules in RULES.values():
        for pattern, _, _ in rules:
            chars = first_chars(pattern)
            if not chars:
                continue
            plain = re.compile(r"\b(?:" + pattern + ")", re.M)
            guarded = re.compile(
                r"\b(?=[" + "".join(sorted(chars)) + "])(?:" + pattern + ")", re.M
            )
            for text in texts:
                assert [m.span() for m in plain.finditer(text)] == [
                    m.span() for m in guarded.finditer(text)
                ], pattern


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"\b(?:copie|copy)\b", "copi copy"),
        (r"s[uo]p+r|ef+a[cs]+|delet\w*", "dele efac efas effa efff sopp sopr supp supr"),
        (r"(?:please )?amend (?:this)\b", "amen plea"),  # an optional start, or what follows
        (r"^stop\W*$|\bstp (?:calling|texting)", "stop stp "),
        (r"a{0,3}b", "aaab aab ab b"),
        (r"ab{2,}c", "abbb abbc"),
        (r"rm\b", "rm"),  # a match may be shorter than the prefixes
        (r"(?<!le )fix(?=ed)", "fix"),  # look-arounds consume nothing
        (r"(a|b)\1", "a b"),  # a back-reference stops the prefix
        (r"(?:ne )?plus|ne pas", "ne p plus"),  # "ne pas" starts with "ne p", already there
        (r"\w+ed", None),
        (r"[^a]bc", None),
        (r"(?:a|b?)", None),  # may match nothing
        (r"a*", None),
        (r"(?i)abc", None),  # flags are not read
        (r"[a-\x7a]b", None),
    ],
)
def test_prefixes(pattern: str, starts: str | None) -> None:
    from workflows.firstchar import prefixes

    found = prefixes(pattern)
    assert (None if found is None else " ".join(sorted(found))) == starts


def test_prefix_guards_never_change_a_match() -> None:
    """Each label's rules behind the look-ahead on their first characters, and every pattern
    searched with :func:`compile_guarded`, find exactly what they find unguarded."""
    import re

    from workflows import textrules
    from workflows.classifier import rules as R
    from workflows.classifier.text import normalise
    from workflows.firstchar import guarded, prefix_class, prefixes

    raw = [r["subject"] + "\n" + r["text"] for r in ROWS]
    texts = [normalise(text) for text in raw]
    for rules in R.RULES.values():
        for pattern, _, _ in rules:
            starts = prefixes(pattern)
            assert starts, pattern  # none defeats its label's guard
            plain = re.compile(r"\b(?:" + pattern + ")", re.M)
            guard = re.compile(r"\b(?=" + prefix_class(starts) + ")(?:" + pattern + ")", re.M)
            for text in texts:
                assert [m.span() for m in plain.finditer(text)] == [
                    m.span() for m in guard.finditer(text)
                ], pattern
    searched = [(v, 0, texts) for v in vars(R).values() if isinstance(v, str) and len(v) > 20]
    searched += [
        (v.pattern, v.flags, raw) for v in vars(textrules).values() if isinstance(v, re.Pattern)
    ]
    changed = 0
    for pattern, flags, inputs in searched:
        try:
            plain = re.compile(pattern, flags)
        except re.error:
            continue  # a piece of a pattern, not one
        guard = re.compile(guarded(pattern, flags), flags)
        changed += guard.pattern != pattern
        for text in inputs:
            assert [(m.span(), m.groups()) for m in plain.finditer(text)] == [
                (m.span(), m.groups()) for m in guard.finditer(text)
            ], pattern
    assert changed > 20


def test_labels_are_tried_only_where_they_can_start_and_find_the_same() -> None:
    """The one pass over the places where a label's rules can start gives each label exactly
    the matches its whole regex finds, on the corpus and on text that repeats a rule."""
    from workflows.classifier.text import normalise

    classifier = Classifier(None)
    assert classifier._starts is not None  # every rule's start is read
    texts = [normalise(r["subject"] + "\n" + r["text"]) for r in ROWS]
    texts += ["supprimez supprimez mon compte " * 50, "stop\nstop stop", "x\n" * 2_000, ""]
    for text in texts:
        found = classifier._label_matches(text)
        for rules, matches in zip(classifier._labels, found, strict=True):
            assert [(m.span(), m.lastgroup) for m in matches] == [
                (m.span(), m.lastgroup) for m in rules.any_rule.finditer(text)
            ], (rules.label, text[:80])


def test_the_classifier_is_built_by_its_owner_and_kept_nowhere_else() -> None:
    """Importing the package reads no model; ``Classifier.load()`` does, and what it loads
    lives in the object its caller keeps, never in a cache or global of the package."""
    code = (
        "import pathlib, sys;"
        "read = []; plain = pathlib.Path.read_text;"
        "pathlib.Path.read_text = lambda p, *a, **k: (read.append(p.name), plain(p, *a, **k))[1];"
        "import workflows.classifier as c, workflows.classifier.jsonl;"
        "from workflows.classifier.model import LinearModel;"
        "assert not {'model.json', 'requester.json'} & set(read), read;"
        "built = c.Classifier.load(); built.classify('', 'x');"
        "assert read.count('model.json') == read.count('requester.json') == 1, read;"
        "kept = [f'{name}.{attr}' for name, module in list(sys.modules.items())"
        " if name.startswith('workflows.classifier') for attr, value in vars(module).items()"
        " if hasattr(value, 'cache_info') or isinstance(value, (c.Classifier, LinearModel))];"
        "assert kept == [], kept;"
        "assert 'sklearn' not in sys.modules"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def test_evaluation_counts_rights_filed_as_other() -> None:
    from workflows.classifier.jsonl import Evaluation

    evaluation = Evaluation()
    evaluation.add(["erasure"], ["other"], low_confidence=False)
    evaluation.add(["access", "minor_parental"], ["other"], low_confidence=True)
    evaluation.add(["other"], ["other"], low_confidence=False)
    evaluation.add(["erasure"], ["erasure", "access"], low_confidence=False)
    assert (evaluation.rights_as_other, evaluation.rights_as_other_unflagged) == (2, 1)
    assert "rights requests filed as other: 2 (1 without the low-confidence flag)" in (
        evaluation.report()
    )


def test_bench_scores_a_file_of_labelled_examples(tmp_path: Path) -> None:
    examples = tmp_path / "examples.jsonl"
    examples.write_text(
        json.dumps({"subject": "", "text": "Supprimez mon compte", "labels": ["erasure"]})
        + "\n"
        + json.dumps({"subject": "", "text": "Quand est l'examen ?", "labels": ["access"]})
        + "\n",
        encoding="utf-8",
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "bench/classify.py", "--examples", str(examples), "--seconds", "0"],
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f"corpus: {examples}, 2 messages" in done.stdout
    assert "exact match: 0.500 (1/2)" in done.stdout
    assert "rights requests filed as other: 1" in done.stdout


def test_a_negated_request_about_personal_data_is_confirmed_not_filed() -> None:
    # A request word was there but negated, and the message is about personal data: the
    # desk asks the person rather than filing it silently as something else.
    found = readings("", "Ne supprimez pas mes données, je voulais juste vérifier.")
    assert all(r.low_confidence for r in found)
    assert (RequestType.OTHER,) in [r.labels for r in found]
    # Negated and about something else entirely: the rules file a confident "other" (the
    # model's doubt, DOUBT, may still ask the person).
    assert not RULES.classify("", "I did not ask you to delete anything.").low_confidence


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # a negation of finding or knowing is about the sender's means, not the request
        (
            "Je ne trouve pas le bouton pour supprimer mon compte, pouvez-vous le faire ?",
            ["erasure"],
        ),
        ("I can't find where to delete my account, can you do it?", ["erasure"]),
        # "dont" without its apostrophe negates; the French relative "dont" does not
        ("dont erase anything, just freeze it till your review is done", ["restriction"]),
        ("Envoyez-moi la copie des données dont vous disposez sur moi.", ["access"]),
        # a condition earlier in the clause
        ("Si un jour je veux supprimer mon compte, comment faut-il faire ?", ["other"]),
        # a contact detail taken off prospection lists is a marketing objection, not erasure
        ("Remove my number from your sales call list.", ["marketing_objection"]),
        (
            "Supprimez mon compte et mes données, et plus de pub.",
            ["erasure", "marketing_objection"],
        ),
        # a company's name is not personal data
        ("The company name on my invoice is wrong, can you reissue it?", ["other"]),
        # the writer's colleague on leave is no automatic reply
        (
            "Ma collègue est en congé, elle m'a demandé de vous écrire pour supprimer son compte.",
            ["erasure"],
        ),
        # a person telling of an automatic reply they received is no automatic reply
        (
            "I sent my access request three weeks ago and only received an automatic reply. "
            "Please send me a copy of my data.",
            ["access"],
        ),
        (
            "J'ai juste eu votre réponse automatique, rien d'autre. Je veux toujours que vous "
            "supprimiez mon compte.",
            ["erasure"],
        ),
        ("Réponse automatique : je suis absente jusqu'au 4 janvier. Merci.", ["other"]),
        # article 21(2)-(3) is the objection to prospection
        ("Under Article 21(3) GDPR I object to direct marketing.", ["marketing_objection"]),
        # a transfer straight to another organisation (Art. 20(2)), however far the words lie
        (
            "Please transfer my coursework and grades from Digital Campus directly to my new "
            "employer's learning platform. I consent to the transfer.",
            ["portability"],
        ),
        (
            "Merci de transmettre l'ensemble de mes copies et de mes relevés de notes "
            "directement à l'école d'ingénieurs qui m'a admis.",
            ["portability"],
        ),
        # an article cited with its abbreviation's full stop
        ("1. Access (Art. 15), including recipients and transfers.", ["access"]),
        # records sent to the next school, however long the list of them
        (
            "Can you send my transcript and completed modules as a file to the admissions "
            "office at my university?",
            ["portability"],
        ),
        # the desk's own export, thanked for or asked about, is no request for one
        ("Got the export, thanks. The JSON validates fine.", ["other"]),
        ("Bonjour, merci pour l'export. Que signifie le champ « lead_stg » ?", ["other"]),
        ("Please provide a copy of the segments and scores assigned to me.", ["access"]),
        # the right value set against the wrong one, a title mistaken
        ("and the postcode is 69003 not 69300, sorry forgot in my last msg", ["rectification"]),
        (
            "hi its Priya. you've got me down as 'Mr' on everything. I'm not. fix pls",
            ["rectification"],
        ),
        # a consent taken back as people speak, a box to untick
        (
            "je consens plus à ce que vous gardiez les enregistrements audio de mes classes",
            ["consent_withdrawal"],
        ),
        (
            "i ticked the box to share my results with my employer. untick it pls",
            ["consent_withdrawal"],
        ),
        # a person telling of their leave while asking a right writes no automatic reply
        (
            "Je suis en congé maladie et je m'oppose à ce suivi d'assiduité tant que je le suis.",
            ["objection"],
        ),
        # a mobile footer is a line of its own, not the start of a dictated message
        (
            "Sent from my iPhone with dictation. Hello I am writing to object to my data being "
            "used to rank me against other learners in the leaderboard.",
            ["objection"],
        ),
        # a face in advertising the person does not want
        (
            "je veu pa que ma foto soi dans le livret des élèves que vous montré aux salon",
            ["objection"],
        ),
        # a death said in two letters, a child's age in chat shorthand
        (
            "rip my dad 💔 he was doing accounting courses w/ u. pls delete his account",
            ["post_mortem"],
        ),
        ("delete my sons account hes 11", ["erasure", "minor_parental"]),
        (
            "I object to my 15 y.o. being profiled in your analytics.",
            ["minor_parental", "objection"],
        ),
    ],
)
def test_general_causes_of_earlier_misses(text: str, labels: list[str]) -> None:
    assert sorted(label.value for label in classify("", text).labels) == labels


def test_a_right_read_in_a_message_about_data_never_leaves_a_confident_other() -> None:
    # a phrase of erasure was read (then set aside by the condition) in a message about data:
    # filed as other, but the person is asked to confirm
    result = classify("", "Si jamais je veux effacer mes données un jour, c'est possible ?")
    assert result.labels == (RequestType.OTHER,)
    assert result.low_confidence
    # the same shape about something else: the rules file a confident other
    assert not RULES.classify(
        "", "If I delete the app, do I lose my downloaded videos?"
    ).low_confidence


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Combien de temps gardez-vous mes données ?", Intent.QUESTION_ONLY),
        ("Just a question: are inactive accounts deleted automatically?", Intent.QUESTION_ONLY),
        ("Are you open on Saturdays? I'd like to visit.", Intent.REQUEST),
        ("Why does my course video keep buffering?", Intent.REQUEST),
    ],
)
def test_a_question_is_question_only_when_it_is_about_data(text: str, intent: Intent) -> None:
    assert classify("", text).intent is intent


def test_a_right_read_next_to_data_named_in_everyday_words_is_never_a_confident_other() -> None:
    # negated phrases of erasure and of a correction, with "my acct" / "mon prénom" for data
    for text in (
        "r u able to remove my acct? dont want anything of mine left on ur servers",
        "mon prénom c'est Maël avec un tréma, pas Mael, vous pouvez corriger ?",
    ):
        result = classify("", text)
        assert result.labels != (RequestType.OTHER,) or result.low_confidence, text
    # a right's word about something that is not the person's data: the rules' confident other
    assert not RULES.classify(
        "", "If I delete the app, do I lose my downloaded videos?"
    ).low_confidence


def test_a_topic_next_to_personal_data_is_never_a_confident_other() -> None:
    # a request in words no rule knows, beside a topic of its own (the course, the training):
    # filed as other, but staff and the writer are asked to confirm
    for text in (
        "Regarding the course data from my time with you, I would appreciate a look at it.",
        "Au sujet de la formation : les données de mes connexions me paraissent étranges.",
        "Course thing: my records with you are a mess, honestly.",
    ):
        result = classify("Course", text)
        assert result.labels == (RequestType.OTHER,), text
        assert result.low_confidence, text
    # the topic alone stays a confident other
    for text in (
        "Where is my invoice for the March course? Thanks",
        "Je n'ai pas reçu ma facture pour la formation de mars.",
        "I forgot my password for the platform.",
    ):
        assert not classify("", text).low_confidence, text


def test_a_learners_message_handed_on_by_staff_is_read_below_their_cover_note() -> None:
    forwarded = (
        "---------- Forwarded message ----------\n"
        "From: Leon Achterberg <l.achterberg@example.org>\nSubject: my data\n\n"
        "Hello, I would like to know which personal data you hold about me.\n"
    )
    handed_on = classify(
        "Fw: request from learner",
        "Hi DPO team,\n\nForwarding below a message that came into the support inbox. "
        "Looks like one for you.\n\nMegan, Customer Care\n\n" + forwarded,
    )
    assert [label.value for label in handed_on.labels] == ["access"]
    # a person forwarding a mail they suspect asks nothing of what it says
    phishing = (
        "---------- Forwarded message ----------\nFrom: Studi Support <x@example.net>\n\n"
        "Your account will be suspended: update your details here.\n"
    )
    suspected = classify(
        "Fw: strange mail",
        "Forwarding this from the support inbox in case it's a scam.\n\n" + phishing,
    )
    assert suspected.labels == (RequestType.OTHER,)


def test_the_desk_asked_to_act_on_the_writers_own_things_is_never_a_confident_other() -> None:
    # a request in words no rule knows ("my badges and quiz history"), beside a topic of its
    # own (the platform): the desk is asked to act on something of the writer's, so the rules
    # leave the other for the writer and staff to confirm
    for text in (
        "Could you please move my badges and quiz history over to the platform my company uses "
        "for the course?",
        "Merci de transférer mes badges et mon historique de quiz vers la plateforme de mon "
        "entreprise pour la formation.",
    ):
        result = RULES.classify("", text)
        assert result.labels == (RequestType.OTHER,), text
        assert result.low_confidence, text
    # a document of the writer's sent to them is support: a confident other
    for text in (
        "Could you send me my invoice for the March course?",
        "Pourriez-vous m'envoyer mon attestation de formation ?",
    ):
        assert not RULES.classify("", text).low_confidence, text


@pytest.mark.parametrize(
    ("text", "requester"),
    [
        ("ma soeur Ines elle a pas internet, elle veut que vous supprimiez son compte", "third"),
        ("Your company keeps phoning my father. Please stop calling him.", "third"),
        ("Nous avions inscrit notre ancienne salariée, merci de supprimer son compte.", "third"),
        ("My sister and I loved the course. Please delete my account.", "self"),
        ("My husband paid for it. Send me a copy of my data.", "self"),
        ("im the dad of Leo (14), want to see what u collected on him", "parent"),
        ("Both my kids (10 and 12) have accounts, please delete them", "parent"),
    ],
)
def test_who_is_asking_for_someone_close(text: str, requester: str) -> None:
    expected = {
        "third": Requester.OTHER_THIRD_PARTY,
        "self": Requester.SELF,
        "parent": Requester.PARENT,
    }[requester]
    assert classify("", text).requester is expected


@pytest.mark.parametrize(
    "text",
    [
        "nvm my msg from this morning, no need to send me my data",
        "Hello, forget my last email, I'm keeping my account.",
        "Ma demande de copie du 3 novembre n'a plus lieu d'être, vous pouvez la classer.",
        "Ma cliente renonce à la demande d'effacement que je vous avais adressée.",
        "Please don't act on my request about my late father's account.",
        "I'm happy with your answer and withdraw that objection.",
    ],
)
def test_a_withdrawn_request_is_a_cancel(text: str) -> None:
    result = classify("", text)
    assert result.intent is Intent.CANCEL
    assert result.labels == (RequestType.OTHER,)


@pytest.mark.parametrize(
    ("text", "asks_beside"),
    [
        ("Annulez ma demande de suppression. Par contre, arrêtez vos SMS publicitaires.", True),
        ("Cancel my copy request. What I want instead is that you delete my account.", True),
        # the request withdrawn, told before the withdrawal, asks nothing new
        (
            "Je vous ai écrit lundi pour demander la suppression de mon compte. Annulez cette"
            " demande, je continue la formation.",
            False,
        ),
        ("Annulez ma demande de suppression, je garde mon compte.", False),
    ],
)
def test_a_withdrawal_that_asks_for_another_right_is_confirmed(
    text: str, asks_beside: bool
) -> None:
    """Withdrawing one request while asking for another is never filed as a settled
    withdrawal: the person is asked, and staff see both."""
    result = classify("", text)
    assert result.intent is Intent.CANCEL
    assert result.low_confidence is asks_beside


def test_who_withdraws_a_request_is_read_as_for_a_request() -> None:
    text = "Ma cliente renonce à la demande d'effacement que je vous avais adressée."
    assert classify("", text).requester is Requester.LAWYER_OR_REPRESENTATIVE


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Fix my date of birth, and do not send that certificate to anyone until it's fixed.",
            {"rectification", "restriction"},
        ),
        (
            "Would it be possible to pause any use of my data while my complaint is looked at?",
            {"restriction"},
        ),
        (
            "I object to you using my forum posts in your reports. and until you've answered "
            "that, don't use them at all",
            {"objection", "restriction"},
        ),
        (
            "Conservez mes données : un litige qui m'oppose à mon employeur est en cours, "
            "ne les utilisez plus en attendant.",
            {"restriction"},
        ),
    ],
)
def test_restriction_held_until_something_is_settled(text: str, labels: set[str]) -> None:
    assert {t.value for t in classify("", text).labels} == labels


@pytest.mark.parametrize(
    ("text", "labels", "intent"),
    [
        (
            "Est-ce que vous pourriez m'envoyer mes données dans un fichier CSV ?",
            {"portability"},
            Intent.REQUEST,
        ),
        ("Est-ce que vous gardez mes notes après la formation ?", {"other"}, Intent.QUESTION_ONLY),
        (
            "Faut-il une pièce d'identité pour une demande d'accès ? Je me renseigne.",
            {"other"},
            Intent.QUESTION_ONLY,
        ),
    ],
)
def test_a_polite_request_is_no_policy_question(
    text: str, labels: set[str], intent: Intent
) -> None:
    result = classify("", text)
    assert {t.value for t in result.labels} == labels
    assert result.intent is intent


@pytest.mark.parametrize(
    ("text", "requester"),
    [
        (
            "Je représente M. Antoine Mercier. Ne supprimez pas ses données.",
            Requester.LAWYER_OR_REPRESENTATIVE,
        ),
        (
            "Désignée tutrice de M. Pascal Grémaud, je demande une copie de ses données.",
            Requester.LAWYER_OR_REPRESENTATIVE,
        ),
        (
            "Je reçois des appels de la part de vos conseillers, je m'oppose à la prospection.",
            Requester.SELF,
        ),
        (
            "J'avais demandé de supprimer le compte de ma fille Lina (13 ans) : nous retirons "
            "notre demande.",
            Requester.PARENT,
        ),
    ],
)
def test_who_is_asking_names_a_representative_a_parent_or_the_person(
    text: str, requester: Requester
) -> None:
    assert classify("", text).requester is requester


@pytest.mark.parametrize(
    ("text", "requester"),
    [
        # a journalist or a case officer asks about someone else
        (
            "I'm a freelance reporter checking a claim by Dr Fenwick: did she finish your MBA?",
            "third",
        ),
        (
            "Je suis journaliste au Courrier du Nord : Mme Vasseur a-t-elle suivi votre cursus ?",
            "third",
        ),
        (
            "Je gère le dossier de Mme Okafor à la mission locale : quand finit son stage ?",
            "third",
        ),
        # an employer speaks of its staff
        (
            "Our staff still get your promo texts on their work phones, please stop them.",
            "third",
        ),
        (
            "We fund twelve employees on your Excel course; who has passed the final test?",
            "third",
        ),
        ("HR director at Pelham Foods: please delete the records of our trainees.", "third"),
        # someone passes on what another asked them to say
        ("Mr Dunne asked us to tell you that he wants a copy of his records.", "third"),
        ("Mme Roux nous a demandé de vous dire qu'elle veut ses notes en CSV.", "third"),
        # a court deputy or an advice service acting for a named person
        ("I am the deputy appointed for my neighbour's affairs; erase his data.", "lawyer"),
        (
            "Our advice centre acts for Mr Ibsen (mandate enclosed) and asks for his records.",
            "lawyer",
        ),
        # "I'm" as people type it; an employer is no representative, whatever it attaches
        ("I'm a family lawyer writing about Mrs Patel's account: please delete it.", "lawyer"),
        (
            "Our apprentice Mr Lowe signed a letter of authority so we can ask for his file.",
            "third",
        ),
    ],
)
def test_who_is_asking_for_another_person_by_their_role(text: str, requester: str) -> None:
    expected = {"third": Requester.OTHER_THIRD_PARTY, "lawyer": Requester.LAWYER_OR_REPRESENTATIVE}
    assert classify("", text).requester is expected[requester]


@pytest.mark.parametrize(
    "text",
    [
        "Our member Ms Adeyemi withdraws the erasure request we sent for her in May.",
        "Mon mandant se désiste de la demande d'accès envoyée le 2 mai.",
        "Merci de ne pas donner suite à la demande de suppression que je vous ai faite.",
        "Oops, I submitted that deletion request in error, my account must stay.",
        "J'ai fait cette demande d'effacement par mégarde, gardez tout.",
        "My son no longer wants his profile deleted, he is re-enrolling.",
        "Elle ne veut plus la suppression de son compte, elle reprend les cours.",
        "Please ignore my e-mail of Monday about closing my profile.",
        "I'm taking back my request for a copy, I found the papers at home.",
        "Kindly stop processing our request regarding Mr Hale's records.",
        "Our access request of 4 June is no longer needed, thank you.",
        "Plus besoin de supprimer mon profil, je reste inscrit.",
        "Laissez tomber pour la copie de mes données, merci.",
        "No need to rush: please don't bother with the erasure, I'm staying.",
        "Ne tenez pas compte de ma demande de ce matin, tout va bien.",
        "my bad, don't remove my profile after all",
    ],
)
def test_more_ways_of_withdrawing_a_request(text: str) -> None:
    result = classify("", text)
    assert result.intent is Intent.CANCEL
    assert result.labels == (RequestType.OTHER,)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # someone else's refusal is no objection
        ("You refused my loan because of my 'profile'; send me every note about me.", {"access"}),
        (
            "Vous m'avez refusé l'accès au stage à cause de mon profil, envoyez-moi vos notes "
            "sur moi.",
            {"access"},
        ),
        # what advisers said is reported, not their calls objected to
        ("Your advisors told me calls are recorded; I want the recording of my call.", {"access"}),
        # the writer sends something, or forwards someone's request: no access asked
        ("Can you tell me where I send my updated tax form for the course fee?", {"other"}),
        (
            "Notre stagiaire nous charge de vous transmettre sa demande : effacez son profil.",
            {"erasure"},
        ),
        # a list of everything held, everything known about the person
        ("Give me a list of everything you store about me.", {"access"}),
        (
            "je veux voir tout ce que vous gardez sur moi et recevoir mes résultats en JSON",
            {"access", "portability"},
        ),
        # a file to reuse, or to open on a computer
        ("Put my marks in a file I can reuse at my new college please.", {"portability"}),
        (
            "Envoyez mes résultats dans un fichier que je puisse ouvrir dans un tableur.",
            {"portability"},
        ),
        # advertising named in English
        (
            "My 15-year-old son is getting your ads. I'm his mother: stop all advertising to him.",
            {"marketing_objection", "minor_parental"},
        ),
        # the writer's own wishes for after their death
        (
            "Once I pass away I want my account closed; please note this instruction.",
            {"post_mortem"},
        ),
        # "emailing" is no mailing list
        ("Delete my account and all data, I've been emailing you since June.", {"erasure"}),
        # an objection named as a noun
        (
            "We notify her objection to the processing of her photo in your brochures.",
            {"objection"},
        ),
    ],
)
def test_general_causes_of_heldout7_misses(text: str, labels: set[str]) -> None:
    assert {t.value for t in classify("", text).labels} == labels


def test_data_no_longer_needed_is_no_withdrawal() -> None:
    text = "I request the erasure of my records, since they are no longer needed for my course."
    result = classify("", text)
    assert result.intent is Intent.REQUEST
    assert {t.value for t in result.labels} == {"erasure"}


@pytest.mark.parametrize(
    ("text", "labels", "requester"),
    [
        # "stop" or "arrêtez" alone after a comma
        (
            "Mon fils a 13 ans et reçoit vos SMS, arrêtez svp.",
            {"marketing_objection", "minor_parental"},
            Requester.PARENT,
        ),
        ("Third promo call today, stop.", {"marketing_objection"}, Requester.SELF),
        # an attorney-in-fact represents
        (
            "Acting as attorney-in-fact for Mrs Lund, I ask you to erase her data.",
            {"erasure"},
            Requester.LAWYER_OR_REPRESENTATIVE,
        ),
        # wishes for when the writer is gone
        (
            "When I'm gone, my nephew should be able to close my account.",
            {"post_mortem"},
            Requester.SELF,
        ),
        (
            "Une fois que je ne serai plus de ce monde, effacez mon compte.",
            {"post_mortem"},
            Requester.SELF,
        ),
        # "don't want your newsletter", with the list named as theirs
        ("We don't want your mailings any more.", {"marketing_objection"}, Requester.SELF),
        # a close relative who "passed" in a given time
        (
            "My husband passed last spring; please close his learner account.",
            {"post_mortem"},
            Requester.HEIR_OR_TRUSTED_PERSON,
        ),
        # "we act on behalf of" a named person is a professional's phrase
        (
            "We act on behalf of Mr Reyes and request a copy of his personal data.",
            {"access"},
            Requester.LAWYER_OR_REPRESENTATIVE,
        ),
        # a name or a face put on a page
        (
            "Please never use my photo on your Instagram again.",
            {"objection"},
            Requester.SELF,
        ),
        (
            "Ne publiez plus mon témoignage sur votre site, merci.",
            {"objection"},
            Requester.SELF,
        ),
        # promotions someone keeps sending; a child's age written "12yo"
        (
            "how come you keep sending me adverts when I opted out",
            {"marketing_objection"},
            Requester.SELF,
        ),
        (
            "my 12yo keeps getting your sms, stop contacting him",
            {"marketing_objection", "minor_parental"},
            Requester.PARENT,
        ),
        # a name that is now another one
        (
            "Since my wedding my surname is now Okoro, please update.",
            {"rectification"},
            Requester.SELF,
        ),
        # "fix it" after a technical fault is support, unless personal data is named
        ("The quiz page keeps crashing on my phone, please fix it.", {"other"}, Requester.SELF),
        (
            "The page shows my name as Jon instead of John, please fix it.",
            {"rectification"},
            Requester.SELF,
        ),
        # an internship tutor or a manager is a third party, not a legal tutor
        (
            "Tuteur de stage de Mme Aubry, je voudrais savoir si elle a rendu son mémoire.",
            {"other"},
            Requester.OTHER_THIRD_PARTY,
        ),
        # a spouse naming themself; a firm that represents a named person
        (
            "I'm her husband; she would like her account closed.",
            {"erasure"},
            Requester.OTHER_THIRD_PARTY,
        ),
        (
            "Our firm represents Ms Quinn: erase every record about her.",
            {"erasure"},
            Requester.LAWYER_OR_REPRESENTATIVE,
        ),
        # a guardian named after the child, the child's age as "she's 14"
        (
            "As Zoe's legal guardian (she's 14), I want her account removed.",
            {"erasure", "minor_parental"},
            Requester.PARENT,
        ),
        # a late fee is no late person; an invoice or a fee is no personal data
        ("Please remove the late fee, the bank was closed on Friday.", {"other"}, Requester.SELF),
        (
            "Can you send the invoice directly to my company's accountant?",
            {"other"},
            Requester.SELF,
        ),
        # a newsletter in French words; the last promotion one wants; "stop these"
        ("Retirez-moi de votre lettre d'information.", {"marketing_objection"}, Requester.SELF),
        (
            "This is the last sales email I want to receive from you.",
            {"marketing_objection"},
            Requester.SELF,
        ),
        ("Enough. Please stop these.", {"marketing_objection"}, Requester.SELF),
        # a file sent on to the school one joins
        (
            "Could you transfer my records to the college I start at in January?",
            {"portability"},
            Requester.SELF,
        ),
    ],
)
def test_more_ways_of_saying_stop_representing_and_leaving_wishes(
    text: str, labels: set[str], requester: Requester
) -> None:
    result = classify("", text)
    assert {t.value for t in result.labels} == labels
    assert result.requester is requester


def test_a_parent_is_read_from_an_age_after_a_name_and_not_from_my_children() -> None:
    result = classify("", "I'm the father of Noah Price, 12. Please fix his surname on file.")
    assert {t.value for t in result.labels} == {"rectification", "minor_parental"}
    assert result.requester is Requester.PARENT
    busy = "Your sales team calls while I feed my children. Take me off your call list."
    result = classify("", busy)
    assert {t.value for t in result.labels} == {"marketing_objection"}
    assert result.requester is Requester.SELF


@pytest.mark.parametrize(
    "text",
    [
        "From what age may a teenager open an account on his own?",
        "A partir de quel âge un ado peut-il suivre vos cours sans ses parents ?",
    ],
)
def test_the_age_for_signing_up_is_a_policy_question(text: str) -> None:
    result = classify("", text)
    assert result.labels == (RequestType.OTHER,)
    assert result.intent is Intent.QUESTION_ONLY


@pytest.mark.parametrize(
    "text",
    [
        "J'avais demandé l'effacement de mon profil. J'annule donc ma demande, je reprends.",
        "Hier je vous ai demandé une copie de mon dossier. Je la retire, tout est réglé.",
        "Je retire cette demande d'opposition, vous pouvez continuer.",
        "J'ai changé d'avis, ne supprimez pas mon profil, je m'inscris au module 2.",
        "je vous ai écrit pour supprimer mon profil point oubliez sa merci",
        "Pour ma demande de mardi : merci de ne pas donner suite.",
        "Scratch that, don't delete my profile, my manager is paying for level two.",
        "Please don't go ahead with the erasure, I'm staying on.",
    ],
)
def test_withdrawals_written_as_a_changed_mind_or_dictated(text: str) -> None:
    result = classify("", text)
    assert result.intent is Intent.CANCEL
    assert result.labels == (RequestType.OTHER,)


@pytest.mark.parametrize(
    ("text", "requester"),
    [
        (
            "Mandataire judiciaire, j'exerce la protection de Mme Irène Vidal. Je demande la"
            " copie de ses données.",
            Requester.LAWYER_OR_REPRESENTATIVE,
        ),
        (
            "Commissaire de justice, agissant à la requête de M. Roche, je vous demande la"
            " copie des données le concernant.",
            Requester.LAWYER_OR_REPRESENTATIVE,
        ),
        (
            "En tant que délégué syndical, j'interviens pour trois salariés qui s'opposent au"
            " suivi de leurs connexions.",
            Requester.LAWYER_OR_REPRESENTATIVE,
        ),
        (
            "As the court-appointed conservator of Mr Ellis Moore, I request a copy of the"
            " data you hold on him.",
            Requester.LAWYER_OR_REPRESENTATIVE,
        ),
        (
            "I'm the union rep for the night shift; they object to the idle-time reports.",
            Requester.LAWYER_OR_REPRESENTATIVE,
        ),
        (
            "Mon frère Bastien n'a pas d'ordinateur. Il voudrait que son profil soit effacé.",
            Requester.OTHER_THIRD_PARTY,
        ),
        (
            "My aunt Rose gets your texts daily. She's asked me to get her off your lists.",
            Requester.OTHER_THIRD_PARTY,
        ),
    ],
)
def test_who_is_asking_by_title(text: str, requester: Requester) -> None:
    assert classify("", text).requester is requester


@pytest.mark.parametrize(
    ("text", "requester"),
    [
        (
            "Ma fille Inès a 25 ans et vit au Canada. Elle m'a demandé de faire supprimer"
            " son profil chez vous.",
            Requester.OTHER_THIRD_PARTY,
        ),
        (
            "Mon fils majeur est hospitalisé, il m'a demandé de vous écrire pour supprimer"
            " son compte.",
            Requester.OTHER_THIRD_PARTY,
        ),
        (
            "My son Ethan (21) is abroad; he gave me a signed power of attorney to get a copy"
            " of his records.",
            Requester.LAWYER_OR_REPRESENTATIVE,
        ),
        # a child of age beside a minor: the parent may act for the minor
        ("My son Leo is 16 and my daughter is 19: please delete his account.", Requester.PARENT),
        # years as a customer are no child's age
        (
            "Nous sommes clients depuis 20 ans. Mon fils voudrait que vous supprimiez son compte.",
            Requester.PARENT,
        ),
    ],
)
def test_a_parent_writing_for_a_grown_child_acts_as_a_third_party(
    text: str, requester: Requester
) -> None:
    """A parent has no parental authority over an adult: writing for a child of age, they are
    asked for the child's mandate, as any third party, not for proof of parental authority."""
    assert RULES.classify("", text).requester is requester
    assert classify("", text).requester is requester


def test_a_son_mentioned_without_his_data_leaves_the_writer_asking() -> None:
    result = classify("", "My son helped me type this: please send me a copy of my data.")
    assert result.requester is Requester.SELF


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Je conteste la facture : que mes données ne soient plus utilisées tant que ce n'est"
            " pas réglé.",
            {"restriction"},
        ),
        (
            "My grades are being appealed; they should not be used until the panel decides.",
            {"restriction"},
        ),
        (
            "Corrigez mon adresse et, d'ici là, ne pas la transmettre au centre d'examen.",
            {"rectification", "restriction"},
        ),
        (
            "Keep my file if the law says so, but make sure it is stored and not used.",
            {"restriction"},
        ),
        (
            "Gardez mon dossier si vous y êtes obligés, qu'il soit conservé mais plus exploité.",
            {"restriction"},
        ),
        (
            "Mon fils majeur Hugo s'oppose à ce que ses notes servent à vos études de cas.",
            {"objection"},
        ),
        ("Our member objects to his login history being shared with his manager.", {"objection"}),
    ],
)
def test_restriction_and_objection_said_for_oneself_or_another(
    text: str, labels: set[str]
) -> None:
    assert {t.value for t in classify("", text).labels} == labels


@pytest.mark.parametrize(
    "text",
    [
        "Je n'ai rien demandé. Ne m'appelez plus, c'est clair ?",
        "Ma grand-mère ne veut plus qu'on la contacte pour vos offres.",
        "Kindly stop sending me brochures, and stop the texts too.",
        "Thanks for the calls, but I would rather you were not ringing me any more.",
        "Honestly, I never want to hear from you lot again.",
        "No more of these, thank you.",
        "Merci d'arrêter de me solliciter pour vos formations.",
    ],
)
def test_more_ways_of_refusing_promotion(text: str) -> None:
    assert "marketing_objection" in {t.value for t in classify("", text).labels}


def test_a_reply_asked_back_on_this_address_is_no_out_of_office() -> None:
    text = "Please send me a copy of all my data and kindly revert back on this mail id."
    assert {t.value for t in classify("", text).labels} == {"access"}
    assert classify("", "Away until Friday, back on Monday the 7th.").labels == (
        RequestType.OTHER,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Could you send my marks in a format my new school can import?",
        "Je voudrais mes résultats dans un format que mon nouvel organisme pourra importer.",
    ],
)
def test_a_format_another_system_can_take_in_is_portability(text: str) -> None:
    assert "portability" in {t.value for t in classify("", text).labels}


@pytest.mark.parametrize(
    "text",
    [
        "Enlevez mon nom de l'annuaire public des anciens, s'il vous plaît.",
        "Could you take my photo off the leaderboard on your homepage?",
        "Je ne veux plus que vous communiquiez mes notes à mon entreprise.",
    ],
)
def test_a_public_page_or_a_disclosure_the_person_refuses_is_an_objection(text: str) -> None:
    assert {t.value for t in classify("", text).labels} == {"objection"}


@pytest.mark.parametrize(
    "text",
    [
        "Quick one: if I close my account, do you also erase my exam results? I'm not asking "
        "for that yet, only wondering.",
        "Est-ce que la suppression de mon compte efface aussi mes attestations ? Je ne veux rien "
        "faire pour l'instant, c'est pour plus tard.",
        "Does opting out of the reminders also remove me from the course? Don't do anything, "
        "just tell me.",
        "Si je demande l'effacement, est-ce que je perds mon certificat ? Je pose simplement la "
        "question.",
    ],
)
def test_a_question_followed_by_nothing_to_do_is_question_only(text: str) -> None:
    result = classify("", text)
    assert result.labels == (RequestType.OTHER,)
    assert result.intent is Intent.QUESTION_ONLY


def test_nothing_else_to_do_after_a_request_keeps_the_request() -> None:
    result = classify("", "Can you delete my account? Don't do anything else with my data.")
    assert result.labels == (RequestType.ERASURE,)
    assert result.intent is Intent.REQUEST


@pytest.mark.parametrize(
    "text",
    [
        "En fait ma femme a retrouvé son emploi et garde l'abonnement, ne fermez pas son compte.",
        "Finalement ne supprimez rien du tout, je reste.",
        "Le conseiller m'a aidé entretemps, vous pouvez clôturer ma demande d'accès. Merci.",
        "Please treat my erasure request as withdrawn, I sorted it out with support.",
        "Merci de considérer la demande de mon père comme annulée.",
        "Ne donnez pas suite s'il vous plaît, tout est réglé.",
        "I asked for my data to be ported last week; please cancel that request, I'm staying.",
    ],
)
def test_withdrawals_said_as_a_closed_or_void_request(text: str) -> None:
    result = classify("", text)
    assert result.intent is Intent.CANCEL
    assert result.labels == (RequestType.OTHER,)


def test_finalement_before_a_request_is_no_withdrawal() -> None:
    result = classify("", "Finalement, supprimez tout et ne me recontactez pas.")
    assert result.intent is Intent.REQUEST
    assert RequestType.ERASURE in result.labels


def test_asking_the_desk_to_unsubscribe_an_address_is_no_footer() -> None:
    text = (
        "My flatmate moved out and her address still gets your mailings; she wants you to "
        "unsubscribe it and delete it from your files."
    )
    assert {t.value for t in classify("", text).labels} == {"erasure", "marketing_objection"}
    # the footer of a newsletter quoted under a message is still no request
    footer = "Great course!\n--\nTo unsubscribe from these notes, reply STOP."
    assert classify("", footer).labels == (RequestType.OTHER,)


@pytest.mark.parametrize(
    "text",
    [
        "Which countries do you send personal data to, and what safeguards apply? Thinking of "
        "joining.",
        "Vers quels pays envoyez-vous mes infos, et avec quelles garanties ? Je compte "
        "m'inscrire.",
    ],
)
def test_where_data_goes_abroad_is_a_policy_question(text: str) -> None:
    result = classify("", text)
    assert result.labels == (RequestType.OTHER,)
    assert result.intent is Intent.QUESTION_ONLY


def test_data_held_is_not_erased_on_a_weak_word() -> None:
    text = (
        "Vous allez bientôt supprimer les notes de 2019. Je vous demande de les garder mais "
        "d'en limiter l'utilisation pour un recours."
    )
    assert {t.value for t in classify("", text).labels} == {"restriction"}
    # erasure said plainly beside the hold is still read
    text = "Gelez l'utilisation de mes données le temps de l'enquête, puis supprimez mon compte."
    assert {t.value for t in classify("", text).labels} == {"erasure", "restriction"}


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # portability: a file another system reads, or the file of one's data to move on
        (
            "Could you send my results in a file that the new college's system can read?",
            {"portability"},
        ),
        (
            "Je voudrais le fichier de mes données pour passer à un autre organisme.",
            {"portability"},
        ),
        # corrections: a typo in a name, a correction still not made; not a school change
        ("Spelling mistake in my surname on the certificate: it is Nowak.", {"rectification"}),
        ("Still no update to my address, I moved in June.", {"rectification"}),
        ("Je change d'école en janvier, merci de supprimer mon compte.", {"erasure"}),
        # restriction: data wished frozen, the limitation of their processing
        ("I want my data frozen until the complaint is settled.", {"restriction"}),
        (
            "Je demande la limitation de leur traitement le temps de la vérification.",
            {"restriction"},
        ),
        ("Mon compte est bloqué, je ne peux plus me connecter.", {"other"}),
        # a booking is no account, a consent is no data to erase
        ("Pouvez-vous supprimer mon inscription à l'atelier de mardi ?", {"other"}),
        ("I remove my consent to the photo in the brochure.", {"consent_withdrawal"}),
        # objection: a use refused; marketing: cease, chasers; not call notes or payments
        ("Nous refusons que nos notes soient partagées avec le financeur.", {"objection"}),
        ("Please cease all promotional emails to me.", {"marketing_objection"}),
        ("Arrêtez les relances commerciales.", {"marketing_objection"}),
        ("Arrêtez les relances de paiement, j'ai réglé hier.", {"other"}),
        # consent: a yes taken back
        (
            "I agreed to the video interview last year. Now I'm taking that back.",
            {"consent_withdrawal"},
        ),
    ],
)
def test_rights_said_in_other_words(text: str, labels: set[str]) -> None:
    assert {t.value for t in classify("", text).labels} == labels


@pytest.mark.parametrize(
    "text",
    [
        "Out of curiosity, how long do you keep the recordings of classes?",
        "Petite question : vous revendez les adresses mail à des partenaires ?",
        "What is the legal basis for keeping exam results?",
        "Dans quels cas puis-je demander l'effacement ? Je ne fais pas de demande pour l'instant.",
    ],
)
def test_more_policy_questions_ask_for_nothing(text: str) -> None:
    result = classify("", text)
    assert result.labels == (RequestType.OTHER,)
    assert result.intent is Intent.QUESTION_ONLY


def test_weighing_a_request_or_quoting_the_policy_makes_no_request() -> None:
    text = "I'm thinking of closing my account one day, what happens to my certificates?"
    assert classify("", text).labels == (RequestType.OTHER,)
    text = "Votre politique indique que vous gardez les factures dix ans. Est-ce normal ?"
    assert classify("", text).labels == (RequestType.OTHER,)
    # the request said in a sentence of its own is still read
    text = "Your policy says I may ask for erasure. Please delete my account."
    assert {t.value for t in classify("", text).labels} == {"erasure"}


def test_a_birth_year_says_a_minor_and_a_reported_wish_a_third_party() -> None:
    year = date.today().year - 12
    result = classify("", f"Je suis la mère de Léo, né en {year}. Supprimez son compte svp.")
    assert {t.value for t in result.labels} == {"erasure", "minor_parental"}
    assert result.requester is Requester.PARENT
    year = date.today().year - 30
    result = classify("", f"Je suis né en {year}, supprimez mon compte.")
    assert {t.value for t in result.labels} == {"erasure"}
    text = "My brother told me to write for him: please delete his account."
    assert classify("", text).requester is Requester.OTHER_THIRD_PARTY


def test_a_withdrawal_answering_an_acknowledgement_is_no_auto_reply() -> None:
    result = classify("RE: Accusé de réception", "Ce n'est plus utile, vous pouvez clore. Merci")
    assert result.intent is Intent.CANCEL
    result = classify("RE: Accusé de réception", "Je suis absent du bureau jusqu'au 3 janvier.")
    assert result.intent is Intent.REQUEST
    assert result.labels == (RequestType.OTHER,)
    assert result.evidence["other"] != ()


@pytest.mark.parametrize(
    "text",
    [
        "Notre garçon de 12 ans s'est inscrit sans nous demander, effacez son compte.",
        "Mon fiston (15 ans) a créé un compte, supprimez-le svp.",
        "Our daughter Mia (age 9) signed up by herself, please delete her account.",
        "my 14 y/o opened an account with my email, delete his data pls",
    ],
)
def test_more_ways_to_say_a_minor_child(text: str) -> None:
    result = classify("", text)
    assert {t.value for t in result.labels} == {"erasure", "minor_parental"}
    assert result.requester is Requester.PARENT


def test_an_adult_age_or_a_page_number_says_no_minor() -> None:
    text = "Mon garçon de 24 ans me demande de vous écrire : supprimez son compte."
    assert "minor_parental" not in {t.value for t in classify("", text).labels}
    text = "Please delete my account, see page 12 of your policy."
    assert "minor_parental" not in {t.value for t in classify("", text).labels}


def test_a_death_said_with_a_name_between_or_as_ones_own() -> None:
    text = "My grandpa Joseph Mensah (learner 55012) passed last month. Please close his account."
    result = classify("", text)
    assert {t.value for t in result.labels} == {"post_mortem"}
    assert result.requester is Requester.HEIR_OR_TRUSTED_PERSON
    result = classify("", "À ma mort, je veux que mon compte soit supprimé.")
    assert {t.value for t in result.labels} == {"post_mortem"}
    assert result.requester is Requester.SELF
    text = "My daughter passed the exam last week, can you send her certificate?"
    assert "post_mortem" not in {t.value for t in classify("", text).labels}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Avocate en droit du travail, je représente un salarié : supprimez ses notes.",
            Requester.LAWYER_OR_REPRESENTATIVE,
        ),
        (
            "Solicitor specialising in data law here: please send my client's data.",
            Requester.LAWYER_OR_REPRESENTATIVE,
        ),
        (
            "Mon avocat en droit social m'a conseillé d'écrire : supprimez mon compte.",
            Requester.SELF,
        ),
        (
            "Assistante de Mme Girard, je vous demande de ne plus lui envoyer de publicité.",
            Requester.OTHER_THIRD_PARTY,
        ),
        (
            "Secretary to the managing director here; please stop your marketing calls to him.",
            Requester.OTHER_THIRD_PARTY,
        ),
        (
            "Je suis conseiller France Travail, Mme Roy souhaite la copie de son dossier.",
            Requester.OTHER_THIRD_PARTY,
        ),
        (
            "He asked our HR team to tell you he wants his data deleted.",
            Requester.OTHER_THIRD_PARTY,
        ),
    ],
)
def test_a_title_or_a_role_says_who_writes(text: str, who: Requester) -> None:
    assert classify("", text).requester is who


def test_a_polite_request_to_send_a_document_is_no_policy_question() -> None:
    text = "Pourriez-vous nous transmettre son attestation de stage ? Le service formation"
    assert classify("", text).intent is Intent.REQUEST
    text = "Can you forward her training certificate to us? Thanks, HR"
    assert classify("", text).intent is Intent.REQUEST
    # asking whether data is passed on stays a question about the policy
    text = "Pouvez-vous me dire si vous transmettez les données des apprenants à des partenaires ?"
    assert classify("", text).intent is Intent.QUESTION_ONLY
    text = "Could you send me a line on whether you share learner data with partners?"
    assert Intent.QUESTION_ONLY in [r.intent for r in readings("", text)]


@pytest.mark.parametrize(
    "text",
    [
        "Kindly share all the information you are keeping against my account number.",
        "Please send me the data you hold of me.",
        "Je voudrais savoir d'où vous tenez mon adresse mail.",
    ],
)
def test_more_ways_to_ask_what_is_held(text: str) -> None:
    assert {t.value for t in classify("", text).labels} == {"access"}


def test_data_shared_with_others_is_no_access() -> None:
    text = "I allowed you to share my data with your partner school; I now withdraw that consent."
    assert "access" not in {t.value for t in classify("", text).labels}


@pytest.mark.parametrize(
    "text",
    [
        "Please block my data, do not delete it, the dispute is open.",
        "Je conteste ce retard de paiement. En attendant, ne traitez plus mes données.",
        "Dans l'attente, je demande la limitation de tout traitement de mon dossier.",
        "Meanwhile please don't use my data, I am contesting the invoice.",
    ],
)
def test_more_ways_to_ask_for_restriction(text: str) -> None:
    assert {t.value for t in classify("", text).labels} == {"restriction"}


def test_only_the_ticked_choices_of_a_form_are_asked_for() -> None:
    text = "Droits :\n[ ] Accès\n[x] Effacement\n[ ] Portabilité\nNom : Jo Ray"
    assert {t.value for t in classify("", text).labels} == {"erasure"}
    text = "Rights: [x] Access  [ ] Erasure  [ ] Rectification"
    assert {t.value for t in classify("", text).labels} == {"access"}
    text = "☐ me communiquer mes données\n☒ limiter le traitement de mes données\n☐ les supprimer"
    assert {t.value for t in classify("", text).labels} == {"restriction"}
    # the sender's own brackets are read
    text = "Please delete my account [urgent], thank you."
    assert {t.value for t in classify("", text).labels} == {"erasure"}


def test_the_unticked_box_rule_removes_only_unticked_choices() -> None:
    from workflows.textrules import without_unticked_boxes

    assert without_unticked_boxes("[ ] A  [x] B\n☐ C") == " [x] B\n "
    assert without_unticked_boxes("nothing to strip") == "nothing to strip"


def test_a_name_to_correct_said_after_it() -> None:
    text = "Hello, I'd like my surname corrected from Smyth to Smith, as on my passport."
    assert {t.value for t in classify("", text).labels} == {"rectification"}
    text = "Je souhaite que mon adresse soit modifiée en 4 rue des Lilas."
    assert {t.value for t in classify("", text).labels} == {"rectification"}


def test_consent_withdrawn_to_receiving_offers_objects_to_marketing() -> None:
    text = "I withdraw my consent to receive your promotional emails and texts."
    labels = {t.value for t in classify("", text).labels}
    assert labels == {"consent_withdrawal", "marketing_objection"}
    text = "Je retire mon consentement au traitement de ma photo."
    assert "marketing_objection" not in {t.value for t in classify("", text).labels}


def test_letting_the_desk_know_a_wish_asks_no_access() -> None:
    text = "Writing to let you know he would like his account and his data put on hold."
    assert "access" not in {t.value for t in classify("", text).labels}


@pytest.mark.parametrize(
    "text",
    [
        "Merci de m'envoyer mes résultats dans un fichier exploitable.",
        "Je veux récupérer mes données pour les emporter ailleurs.",
        "Please export my course history so I can reuse it elsewhere.",
        "I'd like my learner data in a portable format.",
        "Je souhaite recevoir mes données dans un format portable.",
    ],
)
def test_more_ways_to_ask_for_portability(text: str) -> None:
    assert "portability" in {t.value for t in classify("", text).labels}


def test_taking_ones_business_elsewhere_is_no_portability() -> None:
    text = "Your service is awful, I'll take my business elsewhere."
    assert "portability" not in {t.value for t in classify("", text).labels}
    text = "Le fichier du module 3 ne s'ouvre pas sur mon portable."
    assert "portability" not in {t.value for t in classify("", text).labels}
    text = "My portable charger stopped working during the exam, can I resit?"
    assert "portability" not in {t.value for t in classify("", text).labels}


def test_a_preference_that_data_no_longer_serve_a_processing_objects() -> None:
    text = "Je préférerais que mes résultats ne servent plus aux recommandations automatiques."
    assert {t.value for t in classify("", text).labels} == {"objection"}
    text = "I'd prefer that my quiz scores no longer feed your recommendation engine."
    assert {t.value for t in classify("", text).labels} == {"objection"}


def test_leaving_a_session_or_a_course_is_no_marketing_objection() -> None:
    text = "Je voudrais me désinscrire de la session de mars et rejoindre celle de mai."
    assert "marketing_objection" not in {t.value for t in classify("", text).labels}
    text = "I need to unsubscribe from the workshop on Friday and book the next one."
    assert "marketing_objection" not in {t.value for t in classify("", text).labels}
    text = "Désinscrivez-moi de la newsletter de la formation."
    assert "marketing_objection" in {t.value for t in classify("", text).labels}


def test_a_lottery_scam_asks_for_nothing() -> None:
    text = (
        "Dear winner, you have won GBP 500,000. Send a copy of your passport to claim your prize."
    )
    assert classify("Winner", text).labels == (RequestType.OTHER,)
    # (the model may read a request in "une copie": then the person is asked to confirm)
    text = "Vous avez gagné à notre loterie ! Envoyez une copie de votre pièce d'identité."
    assert (RequestType.OTHER,) in [r.labels for r in readings("", text)]


def test_a_bare_correct_after_an_invoice_is_no_rectification() -> None:
    text = (
        "Mon prélèvement de décembre a été fait deux fois sur la facture. Pouvez-vous corriger ?"
    )
    assert "rectification" not in {t.value for t in classify("", text).labels}
    text = "Mon nom est mal écrit sur la facture. Pouvez-vous corriger ?"
    assert "rectification" in {t.value for t in classify("", text).labels}


def _answer(answer: str, question: str) -> str:
    return f"{answer}\n\n> Service DPO a écrit :\n> {question}"


@pytest.mark.parametrize(
    ("answer", "question", "expected"),
    [
        (
            "oui merci",
            "Vous demandez l'effacement de votre compte. Le confirmez-vous ?",
            "erasure",
        ),
        ("yes", "You asked for a copy of your data. Can you confirm?", "access"),
        (
            "d'accord",
            "Souhaitez-vous que nous cessions de vous envoyer nos offres commerciales ?",
            "marketing_objection",
        ),
        (
            "sure, go ahead",
            "Do you want us to correct your date of birth to 3 May 1990?",
            "rectification",
        ),
        (
            "Yep, CSV please",
            "You wish to receive your data in a portable format, is that right?",
            "portability",
        ),
    ],
)
def test_a_short_yes_confirms_the_request_the_desk_restated(
    answer: str, question: str, expected: str
) -> None:
    result = classify("Re: Votre demande", _answer(answer, question))
    assert {t.value for t in result.labels} == {expected}
    assert result.low_confidence or result.confidence <= 0.75
    assert result.intent is Intent.REQUEST


@pytest.mark.parametrize(
    ("answer", "question"),
    [
        ("non", "Souhaitez-vous toujours la suppression de votre compte ?"),
        ("no thanks, leave it", "Do you still want us to erase your data? Reply yes or no."),
        ("nope, not anymore", "Please confirm you want a copy of your data."),
    ],
)
def test_a_short_no_to_the_desks_question_withdraws_the_request(
    answer: str, question: str
) -> None:
    result = classify("Re: Votre demande", _answer(answer, question))
    assert result.labels == (RequestType.OTHER,)
    assert result.intent is Intent.CANCEL


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        # a yes to a question that asks nothing of the desk's restating kind
        (
            "Re: Inscription",
            _answer("oui", "Serez-vous présente à la session de lundi ?"),
            {"other"},
        ),
        # a thank-you, not an answer, below an erasure done
        (
            "Re: Suppression",
            _answer("merci", "Nous confirmons la suppression de votre compte."),
            {"other"},
        ),
        # "no more" asks on its own, whatever is quoted
        (
            "Re: Offres",
            _answer("no more texts", "Do you want our weekly offers by SMS?"),
            {"marketing_objection"},
        ),
    ],
)
def test_near_misses_of_answers_to_the_desk(subject: str, text: str, expected: set[str]) -> None:
    result = classify(subject, text)
    assert {t.value for t in result.labels} == expected
    assert result.intent is not Intent.CANCEL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a school, a funder, a supervisor or a sponsor writing about a learner of theirs
        (
            "Bonjour, collège Victor-Hugo. L'une de nos élèves suit votre cours d'anglais : "
            "quand se termine-t-il ?",
            Requester.OTHER_THIRD_PARTY,
        ),
        (
            "One of our trainees, Sam Otieno, is on your Excel course. When is his exam?",
            Requester.OTHER_THIRD_PARTY,
        ),
        (
            "En tant qu'organisme financeur, nous avons besoin du relevé d'heures de Mme Roux.",
            Requester.OTHER_THIRD_PARTY,
        ),
        (
            "Our charity pays for Ana Lima's course. Could you send us her invoice?",
            Requester.OTHER_THIRD_PARTY,
        ),
        (
            "I mentor Jo Reyes during her placement; could you send me her module results?",
            Requester.OTHER_THIRD_PARTY,
        ),
        # a lawyer or a union representative naming the person they act for
        (
            "Avocate de Mme Ines Roy, je vous demande la copie de ses données.",
            Requester.LAWYER_OR_REPRESENTATIVE,
        ),
        (
            "Représentant syndical, je vous transmets la demande d'effacement de M. Paul Brun.",
            Requester.LAWYER_OR_REPRESENTATIVE,
        ),
        # a parent saying so, a child named
        ("As a parent I'd like to know: can my son, who is 15, sign up alone?", Requester.PARENT),
        (
            "Je suis maman, ma fille veut s'inscrire : à partir de quel âge est-ce possible ?",
            Requester.PARENT,
        ),
    ],
)
def test_who_writes_for_a_learner(text: str, expected: Requester) -> None:
    assert classify("", text).requester is expected


@pytest.mark.parametrize(
    "text",
    [
        # the learner's own funder, school or tutor named: the learner writes
        "Est-ce que vous transmettez mes absences à mon OPCO ? Simple question.",
        "Please stop sending my login history to my funding body.",
        "Je suis apprenti et mon tuteur reçoit mes notes : je veux savoir lesquelles.",
        "I'm a student and my tutor says you sent him my grades. What did you send?",
        "Je suis en alternance, mon maître d'apprentissage me l'a dit : supprimez mon compte.",
        # a parent's own request, no child named
        "I'm a parent of three but this is about my own account: please delete it.",
    ],
)
def test_the_learner_naming_their_funder_or_tutor_writes_for_themself(text: str) -> None:
    assert classify("", text).requester is Requester.SELF


@pytest.mark.parametrize(
    "text",
    [
        "Je suis la mère de Chloé 12, supprimez son compte s'il vous plaît.",
        "My lad is only 11 and made an account with you, please delete his account.",
        "Our youngster, aged 10, gets your newsletter: please unsubscribe her from it.",
    ],
)
def test_a_child_named_by_age_behind_the_parent(text: str) -> None:
    result = classify("", text)
    assert "minor_parental" in {t.value for t in result.labels}
    assert result.requester is Requester.PARENT


def test_a_request_in_words_no_rule_knows_about_a_child_is_confirmed() -> None:
    # "please stop them" (the texts) names no right a rule knows: whether the model that
    # reviews the rules reads it as a marketing objection or not, the parent is asked.
    result = classify(
        "", "I'm the mum of Jamie 13, he subscribed to your texts, please stop them."
    )
    assert result.labels in {
        (RequestType.OTHER,),
        (RequestType.MARKETING_OBJECTION, RequestType.MINOR_PARENTAL),
    }
    assert result.low_confidence


@pytest.mark.parametrize(
    "text",
    [
        "I'm the dad of three and my session is on 14 May, can I move it?",
        "Je suis la mère de famille inscrite au module 12 : supprimez mon compte.",
        "The lad at reception told me to write: please delete my account, I'm 34.",
    ],
)
def test_an_age_or_number_near_a_parent_word_claims_no_minor(text: str) -> None:
    assert "minor_parental" not in {t.value for t in classify("", text).labels}


@pytest.mark.parametrize(
    "text",
    [
        "Please drop the erasure request from last week, I'm staying on.",
        "Can you call off my deletion? I changed jobs and need the course.",
        "No need for the export any more, my new school sorted it out.",
        "Laisse tomber pour l'effacement, je continue finalement.",
        "Plus besoin de la copie, j'ai tout retrouvé dans mon espace.",
        "Ma demande du 3 mars est nulle et non avenue, le litige est réglé.",
    ],
)
def test_an_earlier_request_dropped_in_everyday_words_is_withdrawn(text: str) -> None:
    result = classify("", text)
    assert result.labels == (RequestType.OTHER,)
    assert result.intent is Intent.CANCEL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I have no need for my file any more, please delete it.", {"erasure"}),
        ("Je n'ai plus besoin de mon compte, supprimez-le.", {"erasure"}),
        ("No need for a copy, just delete everything you hold on me.", {"erasure"}),
    ],
)
def test_what_is_no_longer_needed_is_not_always_a_request(text: str, expected: set[str]) -> None:
    assert expected in [{t.value for t in r.labels} for r in readings("", text)]
    assert classify("", text).intent is Intent.REQUEST


@pytest.mark.parametrize(
    "text", ["Drop me from your mailing list please.", "Cross me off your call list."]
)
def test_a_list_removal_in_other_words_is_a_marketing_objection(text: str) -> None:
    assert classify("", text).labels == (RequestType.MARKETING_OBJECTION,)


@pytest.mark.parametrize(
    "text",
    [
        "Qu'advient-il de mes données quand la formation se termine ? Vous les effacez ?",
        "What happens to my records after I finish? Do u delete them or keep them?",
        "Je me demandais sur quelle base légale vous appelez les anciens apprenants ?",
        "Just wondering what lawful basis you rely on for the learning statistics?",
        "C'est quoi exactement le profilage dont parle votre charte ?",
        "If there's a data breach, how quickly would you let learners know?",
        "En cas de piratage, vous prévenez les apprenants sous combien de temps ?",
    ],
)
def test_more_questions_about_the_policy_ask_for_nothing(text: str) -> None:
    result = classify("", text)
    assert result.labels == (RequestType.OTHER,)
    assert result.intent is Intent.QUESTION_ONLY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question, then the request itself
        ("What happens to my data when I leave? Anyway, please delete my account.", {"erasure"}),
        (
            "C'est quoi Bloctel ? Peu importe : arrêtez de m'appeler pour vos offres.",
            {"marketing_objection"},
        ),
        (
            "I'm wondering why I still get your texts. Stop sending me marketing texts.",
            {"marketing_objection"},
        ),
    ],
)
def test_a_policy_question_beside_a_request_keeps_the_request(
    text: str, expected: set[str]
) -> None:
    result = classify("", text)
    assert {t.value for t in result.labels} == expected
    assert result.intent is Intent.REQUEST


def test_a_birth_year_is_judged_on_the_day_of_the_message_not_of_the_start() -> None:
    """A process running across New Year: the same classifier judges a birth year on the
    date each message is read."""
    from workflows.classifier.model import load_model

    days = [date(2030, 12, 31)]
    classifier = Classifier(load_model(), today=lambda: days[0])
    text = "Je suis le père de Noé, né en 2014 : supprimez son compte s'il vous plaît."
    assert "minor_parental" in labels_of(classifier.classify("", text))  # 16 this year
    days[0] = date(2031, 1, 1)
    assert "minor_parental" not in labels_of(classifier.classify("", text))  # 17 now
    text = "I'm the mum of Ava, born in 2009, and of Sam, born in 2027: delete their accounts."
    assert "minor_parental" in labels_of(classifier.classify("", text))
    text = "I'm the father of Ben, born 2035 says your form, which is wrong: delete his account."
    assert "minor_parental" not in labels_of(classifier.classify("", text))  # not born yet


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pouvez-vous garder mon dossier de côté, sans l'utiliser ni le supprimer ?",
            {"restriction"},
        ),
        (
            "Est-il possible de mettre mes résultats de côté, sans les exploiter ni les effacer ?",
            {"restriction"},
        ),
        ("Could you set my records aside for now, neither used nor deleted?", {"restriction"}),
        (
            "Je souhaite que mes données ne soient plus utilisées pendant la médiation.",
            {"restriction"},
        ),
        ("My details should not be used while the complaint is looked at.", {"restriction"}),
        ("Merci d'en limiter l'usage jusqu'à la fin de l'enquête.", {"restriction"}),
        (
            "Tant que l'erreur sur mon nom n'est pas corrigée, ne vous en servez pas.",
            {"rectification", "restriction"},
        ),
        (
            "En attendant la décision du médiateur, bloquez tout envoi de mes notes.",
            {"restriction"},
        ),
        ("Ce suivi, auquel je m'oppose, doit cesser.", {"objection"}),
    ],
)
def test_more_ways_to_hold_data_unused(text: str, expected: set[str]) -> None:
    assert {t.value for t in classify("", text).labels} == expected


@pytest.mark.parametrize(
    "text",
    [
        # a request asked first, "before" anything else: no hold
        "Before anything else, send me a copy of the data you hold on me.",
        # a card or a booking held, not data
        "En attendant, je bloque ma carte bancaire auprès de ma banque.",
        "Je vais mettre de côté un peu d'argent pour la formation de l'an prochain.",
        # used while a course runs: no hold asked
        "I'm happy for my details to be used while I'm on the course.",
    ],
)
def test_near_misses_of_holding_data_unused(text: str) -> None:
    """No rule reads a hold (the fallback model may guess one, always asking to confirm)."""
    result = classify("", text)
    read = [p for p in result.evidence.get("restriction", ()) if not p.startswith("model:")]
    assert read == []
    assert "restriction" not in labels_of(result) or result.low_confidence


@pytest.mark.parametrize(
    "text",
    [
        "My profile says I live in Leeds but I moved to York in March. Update it please.",
        "Your records show me as a beginner, though I passed level 2 last year. Change it.",
        "Mon dossier indique demandeur d'emploi mais je suis salarié. Vous pouvez modifier ?",
        "Sur ma fiche c'est indiqué célibataire alors que je suis mariée. Pouvez-vous changer ?",
        "The number on my account is outdated, it should be 07700 900123.",
        "Mon adresse chez vous n'est plus à jour : c'est 3 rue Haute à Nancy maintenant.",
    ],
)
def test_a_record_said_wrong_in_everyday_words_asks_for_a_correction(text: str) -> None:
    assert "rectification" in labels_of(classify("", text))


@pytest.mark.parametrize(
    "text",
    [
        # what a page or a certificate says, and a fault: no personal record to correct
        "Your website says the course starts on Monday but the link doesn't work.",
        "Le planning indique 9h mais la salle était fermée, que faire ?",
        # a record that says something, nothing asked to change
        "My profile says I completed module 3 but I can't find the certificate.",
        # "change it" about a booking or a password
        "I booked the wrong session, can you change it?",
        "My password is outdated, the site keeps asking to change it.",
    ],
)
def test_near_misses_of_a_record_said_wrong(text: str) -> None:
    assert any("rectification" not in labels_of(r) for r in readings("", text))


@pytest.mark.parametrize(
    "text",
    [
        "Unsubscribe me from everything, I mean delete my account and my data, not just emails.",
        "Je pars pour de bon. Supprimez mon compte et tout le reste. Pas seulement la newsletter.",
        "Désinscrivez-moi de tout, que mon profil disparaisse, pas que les SMS.",
    ],
)
def test_leaving_not_just_the_emails_is_erasure_alone(text: str) -> None:
    assert labels_of(classify("", text)) == {"erasure"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both asked, one after the other
        ("Stop your marketing emails and delete my account.", {"erasure", "marketing_objection"}),
        (
            "Plus de SMS publicitaires, et supprimez aussi mon compte.",
            {"erasure", "marketing_objection"},
        ),
        # only the emails, the account kept
        (
            "Not just the newsletter: stop the promo texts too. Keep my account.",
            {"marketing_objection"},
        ),
    ],
)
def test_near_misses_of_leaving_not_just_the_emails(text: str, expected: set[str]) -> None:
    assert labels_of(classify("", text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ma fille de 15 ans a ouvert un compte chez vous : supprimez-le.",
        "My son, who is in year 9, signed up without asking me. Delete his account please.",
        "Notre fils est en 4e et s'est inscrit à vos SMS, arrêtez de lui en envoyer.",
        "My daughter is in grade 7 and made an account: please erase it.",
        "Ma fille est au collège, elle a créé un compte, merci de le supprimer.",
        "Our boy is at primary school and has an account with you: delete it.",
    ],
)
def test_a_child_by_school_level_is_a_minor(text: str) -> None:
    result = classify("", text)
    assert "minor_parental" in labels_of(result)
    assert result.requester is Requester.PARENT


@pytest.mark.parametrize(
    "text",
    [
        "My daughter is in year 2 of her degree and wants her account deleted.",
        "Ma fille est en seconde année de master, elle veut supprimer son compte.",
        "Mon fils a 25 ans et il était au collège avec votre formateur : supprimez son compte.",
        "I'm in year 10 of my career as a nurse, please delete my account.",
    ],
)
def test_higher_education_or_an_adult_is_no_minor(text: str) -> None:
    assert "minor_parental" not in labels_of(classify("", text))


@pytest.mark.parametrize(
    "text",
    [
        "Dear friend, as the attorney of a deceased investor I hold 7 million dollars for you. "
        "Send your bank account for the transfer.",
        "Cher ami, un client décédé sans héritier a laissé 3 millions d'euros : envoyez vos "
        "coordonnées bancaires pour le virement.",
        "URGENT business proposal: the estate of a late engineer awaits your reply.",
    ],
)
def test_an_advance_fee_scam_asks_for_nothing(text: str) -> None:
    assert classify("", text).labels == (RequestType.OTHER,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a real death reported, an heir asking
        (
            "My late father had an account with you. I'm his next of kin: please close it.",
            {"post_mortem"},
        ),
        # money named, the writer's own data asked for
        (
            "You owe me a refund of 2 million euros worth of patience: delete my account now.",
            {"erasure"},
        ),
    ],
)
def test_near_misses_of_a_scam(text: str, expected: set[str]) -> None:
    assert labels_of(classify("", text)) == expected
