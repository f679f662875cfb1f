"""`mailbot eval`: the figures on the project's corpus and on the shared corpus.

The project corpus (tests/corpus, written by tests/corpus/make_corpus.py) has a tuning
part and a held-out part. human_blind.py holds a hundred messages written apart from
the phrase lists; they were held out for one evaluation each and tune the lists now.
human_blind2.py holds fifty more, written later the same way, held out for two
evaluations and tuning now; human_blind3.py holds sixty more, marked `held_out`:
they are never used to tune the lists, so their figures show how the rules carry over
to mail they were not fitted to (tests/corpus/README.md gives both files' figures). The
shared corpus (../shared/corpus) is public mail written by others; where its labels are
disputed, the reason is given below.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from mailbot.classify import SUSPECT_POINTS, ClassifyContext, RuleClassifier
from mailbot.evaluate import _own_addresses, eval_command, load, read_disputes
from mailbot.parse import parse
from mailbot.rules import spam

PROJECT = Path(__file__).parent / "corpus"
SHARED = Path(__file__).parents[1] / ".." / "shared" / "corpus"
needs_shared = pytest.mark.skipif(
    not (SHARED / "labels.csv").is_file(),
    reason=f"shared mail corpus not found at {SHARED} (it lives beside the repository)",
)

# Shared labels the project disputes, each with its reason: `mailbot eval DIR --disputes
# tests/shared_disputes.csv` reports the figures with these labels in place.
DISPUTES = Path(__file__).parent / "shared_disputes.csv"


def _disputed(original: str, disputed: str) -> dict[str, str]:
    """Disputed rows whose label moves from class `original` (or any human class: "human")
    to `disputed` ("human": any human class), with their reasons."""
    if not (SHARED / "labels.csv").is_file():
        return {}
    with open(SHARED / "labels.csv", newline="", encoding="utf-8") as handle:
        labels = {row["file"]: row["expected_class"] for row in csv.DictReader(handle)}
    out = {}
    for name, row in read_disputes(DISPUTES).items():
        was, now = labels[name], row["expected_class"]
        if (was == "noise") == (original == "noise") and (now == "noise") == (disputed == "noise"):
            out[name] = row["reason"]
    return out


# Labelled human in the shared corpus, but machine mail by its headers: the label is
# disputed, the rule is not.
DISPUTED_HUMAN = _disputed("human", "noise")
# Labelled noise, but written by a person.
DISPUTED_NOISE = _disputed("noise", "human")
# Noise by label and rightly so, but out of reach of a screen that reads headers and
# structure only (by design: words never make a message noise), and nothing in their
# words or headers to hold the automatic reply back either: they would be answered.
OUT_OF_REACH = {
    **{
        f"spamassassin/t/data/spam/{name}": "spam only to network tests (freemail and phishing "
        "lookups): a person's headers, a word or two of text"
        for name in ("freemail1", "freemail2", "freemail3", "phishing_phishtank.eml")
    },
    **{
        f"spamassassin/t/data/spam/extracttext/{name}": "GTUBE only inside an attachment (PDF, "
        "image, octet stream)"
        for name in ("gtube_b64_oct.eml", "gtube_pdf.eml", "gtube_png.eml")
    },
    **{
        name: "a multipart whose boundary never occurs: no text to read (parser tests of the "
        "human part of the corpus are made the same way)"
        for name in (
            "SpamScope-mail-parser/tests/mails/mail_malformed_3",
            "spamassassin/t/data/spam/017",
        )
    },
    **{
        name: "spam by its words only, in words the lists do not hold (a language we do not "
        "read, an invoice lure, an advert without spam phrasing)"
        for name in (
            "SpamScope-mail-parser/tests/mails/mail_test_3",
            "SpamScope-mail-parser/tests/mails/mail_test_8",
            "SpamScope-mail-parser/tests/mails/mail_test_12",
            "SpamScope-mail-parser/tests/mails/mail_test_17",
            "spamassassin/t/data/spam/unicode1",
        )
    },
}
# Noise by label, kept as a case (a person reads it) but held back from an automatic
# reply: signs of bulk mail short of spam, spam phrasing, or both (rules/spam.py,
# rules/spam_words.py).
HELD = {
    "PHP-Bounce-Handler/eml/unsubscribe.txt": "not a message: a program's debug output, then "
    "MIME parts; no header fields, so no address to answer",
    "spamassassin/t/data/spam/bsmtp": "not a message: an SMTP session transcript; no header "
    "fields, so no address to answer",
    "cpython-test_email/msg_36.txt": "an I-D announcement without list headers: no visible "
    "recipients, a message/external-body part",
    "flanker/tests/fixtures/messages/spam/broken-ctype.eml": "spam phrasing (romance scam)",
    "flanker/tests/fixtures/messages/spam/broken-headers.eml": "spam phrasing (traffic offers)",
    "mikel-mail/spec/fixtures/emails/error_emails/content_transfer_encoding_spam.eml": "garbled "
    "Content-Transfer-Encoding; pharmacy spam phrasing",
    **{
        f"spamassassin/t/data/spam/{name}": why
        for name, why in (
            ("002", "malformed Date; undisclosed recipients"),
            ("004", "malformed Date; our address not among the recipients"),
            ("007", "malformed Date; our address not among the recipients"),
            ("008", "malformed Date; a disguised drug name, mostly links"),
            ("009", "MIME headers without MIME-Version; HTML without a text part"),
            ("012", "two-digit year; a Message-ID host that is no domain name"),
            ("badctype1", "malformed Content-Type; one mailbox name at several domains"),
            ("badctype2", "HTML without a text part; one mailbox name at several domains"),
            ("base64.txt", "an unfilled template field in X-Mailer; spam phrasing"),
            ("dnsbl.eml", "malformed Date; mostly links, a link to an IP address"),
            ("dnsbl_domsonly.eml", "malformed Date; mostly links, a link to an IP address"),
            ("dnsbl_ipsonly.eml", "malformed Date; mostly links"),
            ("phishing_openphish.eml", "HTML code sent as plain text, mostly links"),
            ("relayUS.eml", "HTML code sent as plain text, a link to an IP address"),
            ("urilocalbl_net.eml", "HTML code sent as plain text, mostly links"),
            ("unicode2", "replies diverted; HTML without a text part"),
            ("utf16.eml", "undisclosed recipients; replies diverted"),
        )
    },
}
# Human rows whose category or rights label is disputed (and a human row labelled in
# the wrong language).
DISPUTED_CATEGORY = _disputed("human", "human")


def _run(directory: Path) -> tuple[int, dict[str, dict[str, object]]]:
    out = io.StringIO()
    status = eval_command(directory, out, as_json=True)
    return status, json.loads(out.getvalue())


def _files(lines: object) -> list[str]:
    assert isinstance(lines, list)
    return [line.split(": expected", 1)[0].split("#", 1)[0] for line in lines]


@pytest.fixture(scope="module")
def project() -> dict[str, dict[str, object]]:
    _, figures = _run(PROJECT)
    return figures


@pytest.fixture(scope="module")
def shared() -> dict[str, dict[str, object]]:
    _, figures = _run(SHARED)
    return figures


# --- the project's corpus ----------------------------------------------------------------------


def test_project_corpus_has_the_required_mix() -> None:
    with open(PROJECT / "labels.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 220
    assert all((PROJECT / row["file"]).is_file() for row in rows)
    languages = Counter(row["language"] for row in rows)
    assert (
        languages["nl"] / len(rows) >= 0.6
        and languages["en"]
        and languages["de"]
        and languages["fr"]
    )
    assert sum("blind-" in row["file"] for row in rows) >= 100  # written apart from the lists
    held = [row for row in rows if "held_out" in row["notes"]]
    assert len(held) == 60 and all("-blind3-" in row["file"] for row in held)
    classes = Counter(row["expected_class"] for row in rows)
    assert set(classes) == {"unsubscribe", "rights_request", "complaint", "question", "noise"}
    types = Counter(t for row in rows for t in row["expected_request_types"].split(";") if t)
    for kind in (
        "access",
        "rectification",
        "erasure",
        "restriction",
        "objection",
        "withdraw_consent",
        "portability",
        "follow_up",
        "breach",
        "security_report",
    ):
        assert types[kind] >= 2, kind
    standalone = [r for r in rows if r["expected_request_types"] in ("restriction", "portability")]
    assert len(standalone) >= 6


def test_project_corpus_is_the_output_of_its_generator(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(PROJECT / "make_corpus.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    assert (tmp_path / "labels.csv").read_bytes() == (PROJECT / "labels.csv").read_bytes()
    written = sorted(p.name for p in (tmp_path / "mail").glob("*.eml"))
    assert written == sorted(p.name for p in (PROJECT / "mail").glob("*.eml"))
    for name in written:
        assert (tmp_path / "mail" / name).read_bytes() == (PROJECT / "mail" / name).read_bytes()


def test_project_corpus_meets_the_targets_on_the_tuning_part(
    project: dict[str, dict[str, object]],
) -> None:
    tuning = project["tuning"]
    assert tuning["category_accuracy"] >= 0.97  # type: ignore[operator]
    assert tuning["rights_exact"] >= 0.95  # type: ignore[operator]
    assert tuning["breach_recall"] == 1.0
    assert tuning["language_accuracy"] >= 0.98  # type: ignore[operator]


def test_project_held_out_part_is_reported(project: dict[str, dict[str, object]]) -> None:
    """The held-out messages (human_blind2.py) are what they are: mail in words the
    lists were never fitted to. Their figures are printed; the floors below only guard
    against a change that makes them worse. Where it matters most they are held to the
    same rule as everything else: no person dropped as noise, no robot answered."""
    held = project["held_out"]
    keys = ("messages", "category_accuracy", "rights_exact", "breach_recall", "language_accuracy")
    print("\nheld-out:", {k: held[k] for k in keys})
    assert held["messages"] == 60
    assert held["human_as_noise"] == [] and held["noise_replied"] == 0
    assert held["breach_false_alarms"] <= 8
    assert held["category_accuracy"] >= 0.66  # type: ignore[operator]
    assert held["rights_exact"] >= 0.43  # type: ignore[operator]
    assert held["breach_recall"] >= 0.9  # type: ignore[operator]
    assert held["language_accuracy"] >= 0.98  # type: ignore[operator]


def test_the_breach_reading_beats_the_rules_on_held_out_mail() -> None:
    """The statistical breach reading (rules/breach_model.py) is trained without the
    held-out files; on them it must find clearly more breach reports than the rules
    alone, and leave every verdict that is not a question as the rules gave it."""
    samples = [s for s in load(PROJECT) if s.held_out and s.expected != "noise"]
    own = _own_addresses(PROJECT)
    rules = RuleClassifier(ClassifyContext(own_addresses=own, breach_reading=False))
    both = RuleClassifier(ClassifyContext(own_addresses=own))
    breaches = [s for s in samples if "breach" in s.kinds]
    found = {name: 0 for name in ("rules", "both")}
    alarms = {name: 0 for name in ("rules", "both")}
    for sample in samples:
        inbound = parse(sample.data)
        alone, read = rules.classify(inbound), both.classify(inbound)
        if alone.category.value != "question" or alone.breach:
            assert read == alone, sample.file
        elif read != alone:
            assert read.breach and read.needs_review and read.category.value == "complaint"
            assert read.rules[0] == "breach.reading" and "statistical reading" in read.evidence[0]
        for name, verdict in (("rules", alone), ("both", read)):
            if "breach" in sample.kinds:
                found[name] += verdict.breach
            else:
                alarms[name] += verdict.breach
    print(f"\nheld-out breach reports found: {found} of {len(breaches)}; false alarms {alarms}")
    assert len(breaches) == 12
    assert found["rules"] <= 4 and found["both"] >= 11
    assert alarms["both"] - alarms["rules"] <= 5


def test_project_corpus_never_gets_a_person_wrong_where_it_matters(
    project: dict[str, dict[str, object]],
) -> None:
    whole = project["all"]
    assert whole["human_as_noise"] == []  # a person's message is never dropped as noise
    assert whole["noise_replied"] == 0  # nothing automatic is ever answered
    # One tuning message, a privacy complaint told at length (410), reads like a breach
    # at the statistical reading's threshold; it is a complaint either way.
    assert project["tuning"]["breach_false_alarms"] <= 1


# --- the shared corpus -------------------------------------------------------------------------


@needs_shared
def test_shared_corpus_no_person_is_classed_noise(shared: dict[str, dict[str, object]]) -> None:
    human_as_noise = _files(shared["all"]["human_as_noise"])
    assert [f for f in human_as_noise if f not in DISPUTED_HUMAN] == []
    # Every dispute of a human label rests on a header rule (the computer shop's
    # newsletter on its Date, Content-Transfer-Encoding and HTML without a text part).
    assert sorted(human_as_noise) == sorted(DISPUTED_HUMAN), (
        "a disputed label now agrees: update tests/shared_disputes.csv"
    )


@needs_shared
def test_shared_corpus_with_the_disputed_labels_read_our_way() -> None:
    out = io.StringIO()
    status = eval_command(SHARED, out, as_json=True, disputes=DISPUTES)
    figures = json.loads(out.getvalue())
    whole = figures["all"]
    assert figures["disputed_labels"] == len(read_disputes(DISPUTES))
    assert whole["human_as_noise"] == [] and whole["other_mistakes"] == []
    assert whole["rights_exact"] == 1.0 and whole["breach_recall"] == 1.0
    assert status == 1  # spam that only its words give away is still not noise
    assert whole["category_accuracy"] >= 0.97  # type: ignore[operator]
    # Only what is out of reach would be answered; everything else is noise or held.
    assert whole["noise_replied"] == len(OUT_OF_REACH)
    print(
        f"\nshared corpus with {figures['disputed_labels']} disputed labels read our way: "
        f"category accuracy {whole['category_accuracy']:.4f}, language "
        f"{whole['language_accuracy']:.3f}, noise answered {whole['noise_replied']}"
    )


@needs_shared
def test_shared_corpus_report(shared: dict[str, dict[str, object]]) -> None:
    whole = shared["all"]
    noise_as_human = _files(whole["noise_as_human"])
    explained = set(DISPUTED_NOISE) | set(OUT_OF_REACH) | set(HELD)
    print(
        f"\nshared corpus: {whole['messages']} messages; category accuracy "
        f"{whole['category_accuracy']:.3f}; rights exact {whole['rights_exact']:.3f}; "
        f"language {whole['language_accuracy']:.3f}; noise classed human {len(noise_as_human)} "
        f"({len(DISPUTED_NOISE)} disputed, {len(OUT_OF_REACH)} out of reach, "
        f"{len(HELD)} held from a reply); would be answered: {whole['noise_replied']}"
    )
    assert [f for f in noise_as_human if f not in explained] == [], "noise with a signal missed"
    held = [line for line in whole["noise_as_human"] if line.split(": expected")[0] in HELD]  # type: ignore[union-attr]
    assert len(held) == len(HELD) and all(" no-reply " in line for line in held)
    answered = [line for line in whole["noise_as_human"] if " no-reply " not in line]  # type: ignore[union-attr]
    assert sorted(set(_files(answered)) - set(DISPUTED_NOISE)) == sorted(OUT_OF_REACH), (
        "a message out of reach is now held or noise: move it to HELD or drop it"
    )
    mistakes = {f for f in _files(whole["other_mistakes"])}
    assert mistakes <= set(DISPUTED_CATEGORY) | set(DISPUTED_HUMAN), "a rights or category mistake on a human message"
    assert whole["rights_exact"] >= 0.95  # type: ignore[operator]
    assert whole["category_accuracy"] >= 0.95  # type: ignore[operator]


@needs_shared
def test_shared_letters_are_rendered_both_ways_with_the_rights_their_blocks_add() -> None:
    samples = {s.file: s for s in load(SHARED)}
    nl = "datenanfragen-data/templates/nl/access-default.txt"
    assert samples[f"{nl}#kept"].rights == {"access", "portability"}
    assert samples[f"{nl}#dropped"].rights == {"access"}
    body = samples[f"{nl}#kept"].data.decode()
    assert "Subject: Verzoek om inzage" in body and "{" not in body and "[" not in body
    # The French objection block objects but asks no restriction; the German one does.
    fr = "datenanfragen-data/templates/fr/erasure-default.txt#kept"
    de = "datenanfragen-data/templates/de/erasure-default.txt#kept"
    assert samples[fr].rights == {"erasure", "withdraw_consent", "objection"}
    assert samples[de].rights == {"erasure", "withdraw_consent", "objection", "restriction"}
    # A block never closed runs to the end of the letter.
    kdg = "datenanfragen-data/templates/de/erasure-katholische-kirche.txt"
    assert samples[f"{kdg}#kept"].rights == {
        "erasure",
        "withdraw_consent",
        "objection",
        "restriction",
    }
    assert len(samples[f"{kdg}#dropped"].data) < len(samples[f"{kdg}#kept"].data)
    notice = samples["mailman2/templates/nl/unsub.txt"].data.decode()
    assert "Precedence: bulk" in notice


# --- no person loses the automatic reply to spam words -----------------------------------------

# Human-labelled messages answered automatically (shared corpus with the disputed labels
# read our way): a floor, so that a new sign or phrase that costs a person the
# automatic reply fails here.
PEOPLE_ANSWERED = {"shared": 362, "project": 260}  # of 372 and 261 human-labelled messages


def _people(name: str) -> list[tuple[str, bool, bool, int]]:
    """(file, answerable, screened, points of structural signs) of every human-labelled
    message of a corpus."""
    directory, disputes = (SHARED, read_disputes(DISPUTES)) if name == "shared" else (PROJECT, None)
    own = _own_addresses(directory)
    classifier = RuleClassifier(ClassifyContext(own_addresses=own))
    out = []
    for sample in load(directory, disputes):
        if sample.expected == "noise":
            continue
        inbound = parse(sample.data)
        verdict = classifier.classify(inbound)
        screened = bool(verdict.rules) and verdict.rules[0].startswith("noise.")
        made = spam.points(spam.signs(inbound, own))
        out.append((sample.file, verdict.answerable, screened, made))
    return out


@pytest.fixture(scope="module", params=["shared", "project"])
def people(request: pytest.FixtureRequest) -> tuple[str, list[tuple[str, bool, bool, int]]]:
    if request.param == "shared" and not (SHARED / "labels.csv").is_file():
        pytest.skip(f"shared mail corpus not found at {SHARED}")
    return request.param, _people(request.param)


def test_words_never_take_the_reply_from_a_person(
    people: tuple[str, list[tuple[str, bool, bool, int]]],
) -> None:
    """A human-labelled message held from its reply is held by its headers (a robot acting
    for a person, or signs of bulk mail enough on their own), never by spam words."""
    _, rows = people
    by_words = [
        f
        for f, answerable, screened, made in rows
        if not answerable and not screened and made < SUSPECT_POINTS
    ]
    assert by_words == []
    # In particular every one without any sign in its headers is answered.
    unsigned = [answerable for _, answerable, screened, made in rows if made == 0 and not screened]
    assert unsigned and all(unsigned)


def test_people_answered_automatically_do_not_decrease(
    people: tuple[str, list[tuple[str, bool, bool, int]]],
) -> None:
    name, rows = people
    answered = sum(answerable for _, answerable, _, _ in rows)
    print(f"\n{name} corpus: {answered} of {len(rows)} human-labelled messages answered")
    assert answered >= PEOPLE_ANSWERED[name]


# --- the command itself ------------------------------------------------------------------------


def _tiny_corpus(root: Path, noise_label: str) -> None:
    (root / "mail").mkdir(parents=True)
    (root / "mail" / "a.eml").write_text(
        "From: Jan <jan@example.nl>\nTo: info@example.org\nSubject: Afmelden\n"
        "Date: Mon, 04 Mar 2024 10:00:00 +0100\nMessage-ID: <a@example.nl>\n\n"
        "Graag afmelden voor de nieuwsbrief.\n"
    )
    (root / "mail" / "b.eml").write_text(
        "From: Jan <jan@example.nl>\nTo: info@example.org\nSubject: Automatisch antwoord\n"
        "Auto-Submitted: auto-replied\nDate: Mon, 04 Mar 2024 10:00:00 +0100\n"
        "Message-ID: <b@example.nl>\n\nIk ben afwezig.\n"
    )
    template = root / "datenanfragen-data" / "templates" / "nl"
    template.mkdir(parents=True)
    (template / "access-default.txt").write_text(
        "Geachte,\n\nIk verzoek hierbij om inzage in mijn persoonsgegevens volgens artikel 15 AVG."
        "[data_portability>\nStel de gegevens beschikbaar in een machineleesbaar formaat "
        "(artikel 20 AVG).]\n{id_data}\n\nMet vriendelijke groet,\n"
    )
    (root / "labels.csv").write_text(
        "file,expected_class,expected_request_types,language,notes\n"
        "mail/a.eml,unsubscribe,,nl,\n"
        f"mail/b.eml,{noise_label},,nl,held_out\n"
        "datenanfragen-data/templates/nl/access-default.txt,rights_request,access,nl,\n"
        "datenanfragen-data/templates/nl/fragment.txt,skip,,nl,not a letter\n"
    )


def test_eval_text_output_and_exit_status(tmp_path: Path) -> None:
    _tiny_corpus(tmp_path, "noise")
    out = io.StringIO()
    assert eval_command(tmp_path, out) == 0
    text = out.getvalue()
    for part in (
        "== all: 4 messages",
        "== tuning:",
        "== held_out:",
        "category accuracy  1.000",
        "rights exact       1.000",
        "confusion (rows expected",
        "human classed noise: 0",
    ):
        assert part in text, part


def test_eval_fails_when_a_person_is_classed_noise(tmp_path: Path) -> None:
    _tiny_corpus(tmp_path, "question")  # the auto-reply labelled as a person's question
    out = io.StringIO()
    assert eval_command(tmp_path, out) == 1
    assert "human classed noise: 1" in out.getvalue() and "mail/b.eml" in out.getvalue()


def test_eval_json_and_a_missing_corpus(tmp_path: Path) -> None:
    _tiny_corpus(tmp_path / "c", "noise")
    status, figures = _run(tmp_path / "c")
    assert status == 0 and figures["all"]["messages"] == 4
    assert figures["all"]["per_class"]["noise"]["recall"] == 1.0
    out = io.StringIO()
    assert eval_command(tmp_path / "nowhere", out) == 2
    assert "cannot read the corpus" in out.getvalue()


def test_a_disputes_file_replaces_labels_and_needs_reasons(tmp_path: Path) -> None:
    _tiny_corpus(tmp_path / "c", "question")  # wrongly labelled: a person's question
    disputes = tmp_path / "disputes.csv"
    header = "file,expected_class,expected_request_types,language,reason\n"
    disputes.write_text(header + "mail/b.eml,noise,,nl,Auto-Submitted: auto-replied\n")
    out = io.StringIO()
    assert eval_command(tmp_path / "c", out, disputes=disputes) == 0
    assert "labels of 1 files replaced" in out.getvalue()
    assert "human classed noise: 0" in out.getvalue()
    disputes.write_text(header + "mail/b.eml,noise,,nl,\n")
    out = io.StringIO()
    assert eval_command(tmp_path / "c", out, disputes=disputes) == 2
    assert "needs a reason" in out.getvalue()
    disputes.write_text(header + "mail/zz.eml,noise,,nl,not there\n")
    out = io.StringIO()
    assert eval_command(tmp_path / "c", out, disputes=disputes) == 2
    assert "not in labels.csv" in out.getvalue()


def test_language_mistakes_are_listed_by_file(tmp_path: Path) -> None:
    _tiny_corpus(tmp_path, "noise")
    labels = (tmp_path / "labels.csv").read_text().replace("mail/a.eml,unsubscribe,,nl", "mail/a.eml,unsubscribe,,en")
    (tmp_path / "labels.csv").write_text(labels)
    out = io.StringIO()
    eval_command(tmp_path, out)
    assert "language mistakes: 1\n  mail/a.eml: expected en got nl" in out.getvalue()
