"""`mailbot eval DIR`: the classifier against a labelled corpus.

DIR/labels.csv has one row per file: `file, expected_class, expected_request_types,
language, notes` (the format of the shared corpus). Rows of class `skip` are left out.
A row whose notes contain `held_out` belongs to the held-out part: phrase lists are
not tuned on it, and its figures are shown apart from those of the tuning part.

Most files are messages and are parsed as they are. Letter templates are letter
bodies, not messages; they are wrapped into a message from a person (From, To, a
Subject in the letter's language, the body), with the generator markup rendered
twice: once with every optional block kept (`#kept`) and once with all of them
dropped (`#dropped`). See `letters()` for what a kept block adds to the expected
rights. Mailman 2 notice templates are wrapped the way Mailman 2.1 sends them.

How the request types of a row are scored:
- the seven GDPR rights (access ... portability) are compared as a set with the
  verdict's rights ("rights exact"), over rows labelled rights_request with at least
  one right;
- `follow_up` (a reminder about an earlier request) is no right: its rights are those
  of the request it refers to, which the case is matched to by thread, not by its
  words. Such rows count for the category only and are left out of rights exact;
- `dpa_complaint` and `security_report` are kinds of complaint, not rights: the row
  counts for the category, and "complaint kind" reports whether the complaint rule
  (complaint.privacy) or the security rule (complaint.security_report) fired;
- `breach` marks a report of a personal-data breach: "breach recall" is the share of
  those rows whose verdict has the breach flag set.
The classifier runs as it does for the mailbox: with our own addresses when the
corpus names them in DIR/own_addresses.txt (one a line), else with none.

Language is scored on human rows in a language the classifier knows (nl, en, de,
fr); the languages of noise rows are rough guesses in the shared corpus and are not
scored, and rows in other languages are only counted.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import TextIO

from mailbot.classify import ClassifyContext, RuleClassifier
from mailbot.model import Right, Verdict
from mailbot.parse import parse
from mailbot.policy import reply_address

CLASSES = ("unsubscribe", "rights_request", "complaint", "question", "noise")
RIGHTS = frozenset(r.value for r in Right)
KINDS = frozenset({"follow_up", "dpa_complaint", "security_report", "breach"})
LANGUAGES = ("nl", "en", "de", "fr")
HELD_OUT = "held_out"
# The rule that should fire for each kind of complaint.
KIND_RULES = {"dpa_complaint": "complaint.privacy", "security_report": "complaint.security_report"}

LETTER_DIRS = ("datenanfragen-data/", "datenanfragen-website/", "bitsoffreedom-pim/", "4troDev-")
NOTICE_DIRS = ("mailman2/templates/",)
BOF_BODIES = "bitsoffreedom-pim/nl/templates/"
# A kept optional block adds the rights it asks for (blocks nest; inner ones first).
# Named blocks of the datenanfragen generator: [data_portability> asks for the data in
# a machine-readable format (portability); [include_objection> objects (objection) and,
# in most languages but not all, also asks to restrict processing meanwhile: it adds
# restriction only where it cites the restriction article (GDPR Art. 18, DSG-EKD § 22,
# KDG § 20). [runs>, [has_fields>, [erase_all> and [erase_some> add nothing. Unnamed
# blocks ("[...]" in the ready-made letters) add the rights of the articles they cite.
FLAG_RIGHTS = {
    "data_portability": frozenset({"portability"}),
    "include_objection": frozenset({"objection"}),
}
# Articles that name a right, by law: the GDPR and the German church laws.
ARTICLE_RIGHTS = {
    "gdpr": {"18": "restriction", "20": "portability", "21": "objection"},
    "dsg-ekd": {"22": "restriction", "24": "portability", "25": "objection"},
    "kdg": {"20": "restriction", "22": "portability", "23": "objection"},
}
_BLOCK = re.compile(r"\[(?:(\w+)>)?([^\[\]]*)\]", re.DOTALL)
_OPEN = re.compile(r"\[(\w+)>([^\[\]]*)\]$", re.DOTALL)
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_CITED = re.compile(r"(?<![\d.])(\d{1,2})(?!\d|\.\d)")
_EXAMPLE = re.compile(
    r"(?:e\.g\.|bijv\.|z\. ?b\.|par exemple|p\.ej\.|npr\.|např\.|t\.ex\.|π\.χ\.|por exemplo)\s*:\s*(.+)$",
    re.IGNORECASE | re.DOTALL,
)

# Plausible values for the generator's placeholders; by language where it matters.
_NAME, _EMAIL = "Jan de Vries", "jan.devries@example.nl"
_VALUES = {
    "id_data": f"{_NAME}\n{_EMAIL}\nklant-/customer number 448812",
    "runs_list": "example.org, shop.example.org",
    "request_date": "2024-03-01",
    "request_article": "15",
    "artikel": "15",
    "request_recipient_address": "Example B.V., Postbus 123, 1000 AA Amsterdam",
    "erasure_data": f"{_EMAIL}, +31 6 12345678",
    "naam bedrijf": "Example B.V.",
}
_BY_LANGUAGE = {
    "rectification_data": {
        "nl": "Mijn achternaam is De Vries, niet De Vris.",
        "en": "My surname is De Vries, not De Vris.",
        "de": "Mein Nachname ist De Vries, nicht De Vris.",
        "fr": "Mon nom de famille est De Vries, et non De Vris.",
    },
    "objection_reason": {
        "nl": "Ik heb hier nooit om gevraagd.",
        "en": "I never asked for this.",
        "de": "Ich habe das nie gewollt.",
        "fr": "Je n'ai jamais demandé cela.",
    },
}
# Subjects by letter type (from the file name, in the order of _TYPES), without
# article numbers: access|erasure|rectification|objection|reminder|complaint|opt-out.
_SUBJECTS = {
    lang: tuple(line.split("|"))
    for lang, line in {
        "nl": "Verzoek om inzage|Verzoek om verwijdering|Verzoek om rectificatie|Bezwaar|"
        "Herinnering aan mijn verzoek|Klacht|Ongevraagde communicatie",
        "en": "Data access request|Erasure request|Rectification request|Objection|"
        "Reminder of my request|Complaint|Unsolicited communication",
        "de": "Auskunftsersuchen|Antrag auf Löschung|Antrag auf Berichtigung|Widerspruch|"
        "Erinnerung an meine Anfrage|Beschwerde|Unerwünschte Zusendungen",
        "fr": "Demande d'accès|Demande d'effacement|Demande de rectification|Opposition|"
        "Rappel de ma demande|Plainte|Communications non sollicitées",
        "es": "Solicitud de acceso|Solicitud de supresión|Solicitud de rectificación|Oposición|"
        "Recordatorio de mi solicitud|Reclamación|Comunicaciones",
        "it": "Richiesta di accesso|Richiesta di cancellazione|Richiesta di rettifica|"
        "Opposizione|Sollecito della mia richiesta|Reclamo|Comunicazioni",
        "pt": "Pedido de acesso|Pedido de apagamento|Pedido de retificação|Oposição|"
        "Lembrete do meu pedido|Reclamação|Comunicações",
        "cs": "Žádost o přístup|Žádost o výmaz|Žádost o opravu|Námitka|Upomínka mé žádosti|"
        "Stížnost|Sdělení",
        "hr": "Zahtjev za pristup|Zahtjev za brisanje|Zahtjev za ispravak|Prigovor|"
        "Podsjetnik na moj zahtjev|Pritužba|Obavijesti",
        "el": "Αίτημα πρόσβασης|Αίτημα διαγραφής|Αίτημα διόρθωσης|Εναντίωση|"
        "Υπενθύμιση του αιτήματός μου|Καταγγελία|Επικοινωνία",
        "sv": "Begäran om tillgång|Begäran om radering|Begäran om rättelse|Invändning|"
        "Påminnelse om min begäran|Klagomål|Utskick",
        "ro": "Cerere de acces|Cerere de ștergere|Cerere de rectificare|Opoziție|"
        "Reamintire a cererii mele|Plângere|Comunicări",
    }.items()
}
_TYPES = (
    ("access", "acces", "auskunft", "pristup", "inzage", "letter_stub"),
    ("erasure", "suppression", "eliminacion", "loeschung", "brisanje", "vymaz", "verwijder"),
    ("rectification", "berichtigung", "ispravljanje", "opravu"),
    ("objection", "opposition", "objecion", "werbewiderspruch", "prigovor", "namitka"),
    ("admonition",),
    ("complaint",),
    ("uitschrijving",),
)


@dataclass(frozen=True)
class Sample:
    """One message to classify, with what it should come out as."""

    file: str
    expected: str
    rights: frozenset[str]
    kinds: frozenset[str]
    language: str
    held_out: bool
    data: bytes


@dataclass
class Tally:
    """Counts for one part of the corpus (all, tuning, held-out)."""

    n: int = 0
    correct: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    rights_total: int = 0
    rights_exact: int = 0
    breach_total: int = 0
    breach_found: int = 0
    breach_false: int = 0
    lang_total: int = 0
    lang_correct: int = 0
    lang_other: int = 0
    kind_total: int = 0
    kind_found: int = 0
    human_as_noise: list[str] = field(default_factory=list)
    noise_as_human: list[str] = field(default_factory=list)
    noise_replied: int = 0
    mistakes: list[str] = field(default_factory=list)
    language_mistakes: list[str] = field(default_factory=list)

    def add(self, sample: Sample, verdict: Verdict, answered: bool) -> None:
        """`answered`: would the pipeline send an automatic reply (the verdict allows one
        and there is an address to send it to)."""
        got = verdict.category.value
        self.n += 1
        self.correct += got == sample.expected
        self.confusion[(sample.expected, got)] += 1
        found = {r.value for r in verdict.rights}
        if sample.expected == "rights_request" and sample.rights:
            self.rights_total += 1
            self.rights_exact += found == sample.rights
        if "breach" in sample.kinds:
            self.breach_total += 1
            self.breach_found += verdict.breach
        elif verdict.breach:
            self.breach_false += 1
        if sample.expected != "noise":
            if sample.language in LANGUAGES:
                self.lang_total += 1
                self.lang_correct += verdict.language == sample.language
                if verdict.language != sample.language:
                    self.language_mistakes.append(
                        f"{sample.file}: expected {sample.language} got {verdict.language}"
                    )
            else:
                self.lang_other += 1
        for kind, rule in KIND_RULES.items():
            if kind in sample.kinds:
                self.kind_total += 1
                self.kind_found += rule in verdict.rules
        line = _describe(sample, verdict, answered)
        if sample.expected != "noise" and got == "noise":
            self.human_as_noise.append(line)
        elif sample.expected == "noise" and got != "noise":
            self.noise_as_human.append(line)
            self.noise_replied += answered
        elif got != sample.expected or (
            sample.expected == "rights_request" and sample.rights and found != sample.rights
        ):
            self.mistakes.append(line)

    def figures(self) -> dict[str, object]:
        per_class = {}
        for name in CLASSES:
            tp = self.confusion[(name, name)]
            predicted = sum(v for (_, g), v in self.confusion.items() if g == name)
            actual = sum(v for (e, _), v in self.confusion.items() if e == name)
            precision = tp / predicted if predicted else None
            recall = tp / actual if actual else None
            f1 = (
                2 * precision * recall / (precision + recall)
                if precision and recall
                else (0.0 if precision is not None and recall is not None else None)
            )
            per_class[name] = {
                "support": actual,
                "precision": precision,
                "recall": recall,
                "f1": f1,
            }
        return {
            "messages": self.n,
            "category_accuracy": _rate(self.correct, self.n),
            "per_class": per_class,
            "confusion": {e: {g: self.confusion[(e, g)] for g in CLASSES} for e in CLASSES},
            "rights_exact": _rate(self.rights_exact, self.rights_total),
            "rights_rows": self.rights_total,
            "breach_recall": _rate(self.breach_found, self.breach_total),
            "breach_rows": self.breach_total,
            "breach_false_alarms": self.breach_false,
            "language_accuracy": _rate(self.lang_correct, self.lang_total),
            "language_rows": self.lang_total,
            "language_unsupported_rows": self.lang_other,
            "complaint_kind": _rate(self.kind_found, self.kind_total),
            "complaint_kind_rows": self.kind_total,
            "human_as_noise": list(self.human_as_noise),
            "noise_as_human": list(self.noise_as_human),
            "noise_replied": self.noise_replied,
            "other_mistakes": list(self.mistakes),
            "language_mistakes": list(self.language_mistakes),
        }


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _describe(sample: Sample, verdict: Verdict, answered: bool) -> str:
    rights = ",".join(r.value for r in verdict.rights)
    want = ",".join(sorted(sample.rights | sample.kinds))
    flags = "" if answered else " no-reply"
    rule = verdict.rules[0] if verdict.rules else "-"
    return (
        f"{sample.file}: expected {sample.expected}[{want}] got "
        f"{verdict.category.value}[{rights}]{flags} ({rule})"
    )


# --- loading -----------------------------------------------------------------------------


def read_disputes(path: Path) -> dict[str, dict[str, str]]:
    """Rows of a disputes file: labels.csv's columns plus `reason`, one row per label
    the reader disagrees with. Every row must give its reason."""
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if not (row.get("reason") or "").strip():
            raise ValueError(f"{path.name}: {row.get('file')}: a disputed label needs a reason")
    return {row["file"].strip(): row for row in rows}


def load(directory: Path, disputes: dict[str, dict[str, str]] | None = None) -> list[Sample]:
    """The samples of a corpus directory; letter templates give two each. Rows named
    in `disputes` take the disputing label instead (see `read_disputes`)."""
    with open(directory / "labels.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    if disputes:
        unknown = set(disputes) - {row["file"].strip() for row in rows}
        if unknown:
            raise ValueError(f"disputes name files not in labels.csv: {sorted(unknown)[:3]}")
        rows = [disputes.get(row["file"].strip(), row) for row in rows]
    samples: list[Sample] = []
    for row in rows:
        expected = (row.get("expected_class") or "").strip()
        if expected == "skip":
            continue
        if expected not in CLASSES:
            raise ValueError(f"labels.csv: {row.get('file')}: unknown class {expected!r}")
        name = row["file"].strip()
        types = {t.strip() for t in (row.get("expected_request_types") or "").split(";")}
        types.discard("")
        unknown = types - RIGHTS - KINDS
        if unknown:
            raise ValueError(f"labels.csv: {name}: unknown request type(s) {sorted(unknown)}")
        base = Sample(
            file=name,
            expected=expected,
            rights=frozenset(types & RIGHTS),
            kinds=frozenset(types & KINDS),
            language=(row.get("language") or "").strip(),
            held_out=HELD_OUT in (row.get("notes") or ""),
            data=(directory / name).read_bytes(),
        )
        if name.startswith(LETTER_DIRS):
            samples.extend(letters(base, directory))
        elif name.startswith(NOTICE_DIRS):
            samples.append(mailman_notice(base))
        else:
            samples.append(base)
    return samples


def letters(sample: Sample, directory: Path | None = None) -> list[Sample]:
    """A letter template as two messages: optional blocks kept, and dropped. A kept
    block adds the rights of FLAG_RIGHTS (named) or of the articles it cites (unnamed).
    The Bits of Freedom bodies get the salutation, closing and footer fragments that
    sit beside them."""
    text = sample.data.decode("utf-8", "replace").replace("\r\n", "\n")
    if sample.file.startswith(BOF_BODIES) and sample.file.endswith(".txt") and directory:
        folder = directory / BOF_BODIES
        closing = (folder / "hoogachtend.txt").read_text("utf-8").strip()
        footer = (folder / "bof.txt").read_text("utf-8").strip()
        text = f"Geachte heer, mevrouw,\n\n{text.strip()}\n\n{closing}\n{_NAME}\n\n{footer}\n"
    html = sample.file.endswith(".html")
    subject, text = _letter_subject(sample, text)
    if "\n---\n" in text and sample.file.startswith("datenanfragen-website/"):
        text = text.split("\n---\n", 1)[1]  # the explanation above the letter
    out = []
    for keep in (True, False):
        added: set[str] = set()

        def block(match: re.Match[str], keep: bool = keep, added: set[str] = added) -> str:
            flag, body = match.group(1), match.group(2)
            if not keep:
                return ""
            cited = _cited_rights(body)
            if flag:
                added.update(FLAG_RIGHTS.get(flag, ()))
                if flag == "include_objection":
                    added.update(cited & {"restriction"})
            else:
                body = re.sub(r"^\s*optional:\s*", "", body)
                added.update(cited)
            return body

        body = text
        while not html and _BLOCK.search(body):
            body = _BLOCK.sub(block, body)
        if not html and re.search(r"\[\w+>", body):  # a block never closed runs to the end
            body = _OPEN.sub(block, body + "]")
        body = _fill(body, sample.language)
        rights = sample.rights | added if sample.expected == "rights_request" else sample.rights
        out.append(
            Sample(
                file=f"{sample.file}#{'kept' if keep else 'dropped'}",
                expected=sample.expected,
                rights=frozenset(rights),
                kinds=sample.kinds,
                language=sample.language,
                held_out=sample.held_out,
                data=_wrap(subject, body, html),
            )
        )
        if html or not _BLOCK.search(text):
            break  # nothing optional: one message is enough
    return out


def _cited_rights(text: str) -> set[str]:
    law = "dsg-ekd" if "DSG-EKD" in text else "kdg" if "KDG" in text else "gdpr"
    return {ARTICLE_RIGHTS[law][n] for n in _CITED.findall(text) if n in ARTICLE_RIGHTS[law]}


def _letter_subject(sample: Sample, text: str) -> tuple[str, str]:
    found = re.search(r"^Subject:\s*(.+)$", text, re.MULTILINE)
    if found:  # a template that carries its own subject line
        rest = text[found.end() :]
        subject = re.sub(r"\[([^\]]*)\]", r"\1", found.group(1)).replace("Project Name", "Example")
        return subject.strip(), rest.replace("[Project Name]", "Example")
    name = sample.file.rsplit("/", 1)[-1].lower()
    index = next((i for i, keys in enumerate(_TYPES) if any(k in name for k in keys)), 0)
    subjects = _SUBJECTS.get(sample.language, _SUBJECTS["en"])
    return subjects[index], text


def _fill(text: str, lang: str) -> str:
    def value(match: re.Match[str]) -> str:
        key = match.group(1).strip()
        low = key.lower()
        if low in _VALUES:
            return _VALUES[low]
        if low in _BY_LANGUAGE:
            return _BY_LANGUAGE[low].get(lang, "")
        example = _EXAMPLE.search(key)
        if example:  # "Description of the problem, e.g.: <an example sentence>"
            return example.group(1).strip()
        if re.search(r"ident", low):
            return _VALUES["id_data"]
        if re.search(r"name|naam|nom\b|namen|jméno|ime\b", low):
            return _NAME
        return ""

    # Django/Jinja markup of an HTML letter: tags dropped, variables filled.
    text = re.sub(r"\{%[^%]*%\}", "", text)
    text = re.sub(r"\{\{\s*([\w.]+)[^}]*\}\}", lambda m: _django(m.group(1)), text)
    return _PLACEHOLDER.sub(value, text)


def _django(name: str) -> str:
    values = {
        "firstname": "Jan",
        "lastname": "de Vries",
        "street_address": "Dorpsstraat 1",
        "postcode": "1234 AB",
        "city": "Utrecht",
        "organisation": "Example B.V.",
        "currentdate": "1 maart 2024",
    }
    return values.get(name.split(".")[-1], values.get(name, "Example B.V."))


def _wrap(subject: str, body: str, html: bool) -> bytes:
    message = EmailMessage()
    message["From"] = f"{_NAME} <{_EMAIL}>"
    message["To"] = "info@example.org"
    message["Subject"] = subject
    message["Date"] = "Fri, 01 Mar 2024 10:00:00 +0100"
    message["Message-ID"] = "<letter.1@example.nl>"
    body = body.strip() + "\n"
    if not html and not body.rstrip().endswith(_NAME):
        body += f"{_NAME}\n"
    message.set_content(body, subtype="html" if html else "plain")
    return message.as_bytes()


def mailman_notice(sample: Sample) -> Sample:
    """A Mailman 2 notice template as Mailman 2.1 sends it: Message.UserNotification
    adds Precedence: bulk, and the virgin queue the reduced list headers."""
    text = sample.data.decode("utf-8", "replace")
    text = re.sub(r"%\((\w+)\)s", lambda m: f"<{m.group(1)}>", text)
    message = EmailMessage()
    message["From"] = "mylist-bounces@lists.example.net"
    message["To"] = _EMAIL
    message["Subject"] = "mylist notice"
    message["Date"] = "Fri, 01 Mar 2024 10:00:00 +0100"
    message["Message-ID"] = "<notice.1@lists.example.net>"
    message["Precedence"] = "bulk"
    message["X-BeenThere"] = "mylist@lists.example.net"
    message["X-Mailman-Version"] = "2.1.39"
    message["List-Id"] = "<mylist.lists.example.net>"
    message.set_content(text)
    return Sample(
        sample.file,
        sample.expected,
        sample.rights,
        sample.kinds,
        sample.language,
        sample.held_out,
        message.as_bytes(),
    )


# --- running and reporting ---------------------------------------------------------------


def evaluate(samples: list[Sample], classifier: RuleClassifier | None = None) -> dict[str, Tally]:
    """Classify every sample; tallies for "all" and, when the corpus has a held-out
    part, for "tuning" and "held_out"."""
    classifier = classifier or RuleClassifier(ClassifyContext())
    parts = {"all": Tally()}
    if any(s.held_out for s in samples):
        parts["tuning"], parts["held_out"] = Tally(), Tally()
    for sample in samples:
        inbound = parse(sample.data)
        verdict = classifier.classify(inbound)
        # As policy.py decides: no reply without an address to send it to.
        answered = verdict.answerable and bool(reply_address(inbound))
        parts["all"].add(sample, verdict, answered)
        if len(parts) > 1:
            parts["held_out" if sample.held_out else "tuning"].add(sample, verdict, answered)
    return parts


def eval_command(
    directory: Path, out: TextIO, *, as_json: bool = False, disputes: Path | None = None
) -> int:
    """Print the figures for the corpus in `directory`, with the labels of a disputes
    file in place of those it names. Exit status 1 when a human message was classed
    noise or a noise message was not; 2 when the corpus cannot be read."""
    try:
        disputed = read_disputes(disputes) if disputes else {}
        samples = load(directory, disputed)
    except (OSError, ValueError, KeyError, csv.Error) as exc:
        out.write(f"mailbot eval: cannot read the corpus in {directory}: {exc}\n")
        return 2
    if disputed and not as_json:
        out.write(f"labels of {len(disputed)} files replaced by {disputes} (reasons there)\n")
    own = _own_addresses(directory)
    parts = evaluate(samples, RuleClassifier(ClassifyContext(own_addresses=own)))
    figures = {name: tally.figures() for name, tally in parts.items()}
    if as_json:
        head = {"corpus": str(directory), "disputed_labels": len(disputed)}
        out.write(json.dumps({**head, **figures}, indent=2) + "\n")
    else:
        for name, data in figures.items():
            _print_part(out, name, data)
    whole = parts["all"]
    return 1 if whole.human_as_noise or whole.noise_as_human else 0


def _own_addresses(directory: Path) -> frozenset[str]:
    path = directory / "own_addresses.txt"
    if not path.is_file():
        return frozenset()
    lines = path.read_text("utf-8").splitlines()
    return frozenset(
        line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
    )


def _fmt(value: object) -> str:
    return "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def _print_part(out: TextIO, name: str, data: dict[str, object]) -> None:
    w = out.write
    w(f"== {name}: {data['messages']} messages\n")
    w(f"category accuracy  {_fmt(data['category_accuracy'])}\n")
    w(f"rights exact       {_fmt(data['rights_exact'])}  ({data['rights_rows']} rows)\n")
    w(
        f"breach recall      {_fmt(data['breach_recall'])}  ({data['breach_rows']} rows; "
        f"{data['breach_false_alarms']} false alarms)\n"
    )
    w(
        f"language accuracy  {_fmt(data['language_accuracy'])}  ({data['language_rows']} rows; "
        f"{data['language_unsupported_rows']} in other languages not scored)\n"
    )
    w(f"complaint kind     {_fmt(data['complaint_kind'])}  ({data['complaint_kind_rows']} rows)\n")
    per_class = data["per_class"]
    assert isinstance(per_class, dict)
    w(f"{'class':<16}{'support':>8}{'precision':>11}{'recall':>8}{'f1':>8}\n")
    for cls, row in per_class.items():
        w(
            f"{cls:<16}{row['support']:>8}{_fmt(row['precision']):>11}"
            f"{_fmt(row['recall']):>8}{_fmt(row['f1']):>8}\n"
        )
    confusion = data["confusion"]
    assert isinstance(confusion, dict)
    short = {
        "unsubscribe": "unsub",
        "rights_request": "rights",
        "complaint": "compl",
        "question": "quest",
        "noise": "noise",
    }
    w("confusion (rows expected, columns classified):\n")
    w(f"{'':<16}" + "".join(f"{short[c]:>8}" for c in CLASSES) + "\n")
    for expected in CLASSES:
        w(f"{expected:<16}" + "".join(f"{confusion[expected][g]:>8}" for g in CLASSES) + "\n")
    for title, key in (
        ("human classed noise", "human_as_noise"),
        ("noise classed human", "noise_as_human"),
    ):
        lines = data[key]
        assert isinstance(lines, list)
        extra = f"; {data['noise_replied']} would be answered" if key == "noise_as_human" else ""
        w(f"{title}: {len(lines)}{extra}\n")
        for line in lines:
            w(f"  {line}\n")
    mistakes = data["other_mistakes"]
    assert isinstance(mistakes, list)
    w(f"other mistakes (category or rights): {len(mistakes)}\n")
    for line in mistakes:
        w(f"  {line}\n")
    languages = data["language_mistakes"]
    assert isinstance(languages, list)
    w(f"language mistakes: {len(languages)}\n")
    for line in languages:
        w(f"  {line}\n")
    w("\n")
