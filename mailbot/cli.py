"""The `mailbot` command: wiring only, no logic of its own."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from pathlib import Path

from mailbot.config import ConfigError, Settings, load_settings
from mailbot.logs import setup_logging

DEFAULT_CONFIG = "/etc/mailbot/config.toml"
EX_CONFIG = 78  # sysexits EX_CONFIG: systemd does not restart-loop on it (RestartPreventExitStatus)
EX_TEMPFAIL = 75


def _settings(args: argparse.Namespace) -> Settings:
    try:
        return load_settings(args.config)
    except ConfigError as err:
        print(f"mailbot: configuration problem in {err.path or args.config}:", file=sys.stderr)
        for line in err.problems:
            print(f"  - {line}", file=sys.stderr)
        raise SystemExit(EX_CONFIG) from None


def cmd_check_config(args: argparse.Namespace) -> int:
    settings = _settings(args)
    for mb in settings.mailboxes:
        imap = mb.imap
        print(f"mailbox {mb.name}: {mb.organisation.name} <{mb.organisation.address}>, "
              f"IMAP {imap.host}:{imap.port} ({imap.tls}), reference {mb.organisation.reference_prefix}-YYYY-NNNN")
    print(f"smtp: {settings.smtp.host}:{settings.smtp.port} ({settings.smtp.tls})")
    url = settings.database_url
    print(f"database: {url.split('@')[-1] if '@' in url else url}")
    print("configuration OK")
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from mailbot.store.db import current_revision, make_engine, upgrade

    settings = _settings(args)
    engine = make_engine(settings.database_url)
    before = current_revision(engine)
    upgrade(engine)
    after = current_revision(engine)
    print(f"database schema: {before or 'empty'} -> {after}" if before != after
          else f"database schema already at {after}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from mailbot.daemon import run
    from mailbot.store.db import NotMigrated
    from mailbot.store.liveness import AlreadyRunning

    settings = _settings(args)
    try:
        report = asyncio.run(run(settings, once=args.once))
    except NotMigrated as exc:
        print(f"mailbot: {exc}", file=sys.stderr)
        return EX_CONFIG
    except AlreadyRunning as exc:
        print(f"mailbot: {exc}", file=sys.stderr)
        return EX_CONFIG
    if report is None:
        return 0
    print(f"processed {report.processed} message(s); sent {report.sent} repl(ies); "
          f"{report.failed} failed; {report.pending} still queued")
    for line in report.errors:
        print(f"  - {line}", file=sys.stderr)
    return EX_TEMPFAIL if report.errors or report.pending else 0


def cmd_classify(args: argparse.Namespace) -> int:
    from mailbot.classify import ClassifyContext, RuleClassifier, explain, verdict_json, verdict_line
    from mailbot.parse import parse

    classifier = RuleClassifier(ClassifyContext())
    status = 0
    for name in args.files:
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            print(f"mailbot: cannot read {name}: {exc.strerror}", file=sys.stderr)
            status = 1
            continue
        verdict = classifier.classify(parse(data))
        if args.json:
            print(json.dumps(verdict_json(name, verdict), ensure_ascii=False))
        else:
            print(verdict_line(name, verdict))
        if args.explain:
            for line in explain(verdict):
                print(f"    {line}", file=sys.stderr if args.json else sys.stdout)
    return status


def _desk(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from mailbot.staffcli import Desk
    from mailbot.store.db import NotMigrated

    try:
        return Desk(_settings(args))
    except NotMigrated as exc:
        print(f"mailbot: {exc}", file=sys.stderr)
        raise SystemExit(EX_CONFIG) from None


def cmd_cases(args: argparse.Namespace) -> int:
    from mailbot import staffcli

    desk = _desk(args)
    who = staffcli.actor(args.actor)
    action = args.cases_command
    if action == "list":
        return staffcli.list_cases(desk, status=args.status, category=args.category,
                                   overdue=args.overdue, as_json=args.json)
    if action == "show":
        return staffcli.show_case(desk, args.reference)
    if action == "reply":
        variables = {}
        for item in args.var or []:
            key, _, value = item.partition("=")
            variables[key] = value
        return staffcli.reply(desk, args.reference, args.template, variables, args.preview, who)
    value = {"resolve": "note", "refuse": "reason", "extend": "reason", "note": "text",
             "assign": "address", "verify": "how", "breach": "why", "no-breach": "why"}[action]
    return staffcli.act(desk, args.reference, action, getattr(args, value) or "", who)


def cmd_suppression(args: argparse.Namespace) -> int:
    from mailbot import staffcli

    return staffcli.export_suppression(_desk(args))


def cmd_doctor(args: argparse.Namespace) -> int:
    from mailbot.doctor import run as doctor

    return doctor(args.config)


def cmd_backup(args: argparse.Namespace) -> int:
    from mailbot.backup import backup

    return backup(_settings(args), args.path)


def cmd_retention(args: argparse.Namespace) -> int:
    from mailbot import retention

    settings = _settings(args)
    if args.retention_command in ("hold", "release"):
        return retention.retention_hold_command(settings, args.reference, args.reason or "",
                                                sys.stdout, release=args.retention_command == "release")
    return retention.retention_command(settings, args.dry_run, sys.stdout)


def cmd_person(args: argparse.Namespace) -> int:
    from mailbot import person

    settings = _settings(args)
    if args.person_command == "export":
        return person.person_export_command(settings, args.address, Path(args.dest), sys.stdout)
    return person.person_erase_command(settings, args.address, sys.stdout, args.yes)


def cmd_eval(args: argparse.Namespace) -> int:
    from mailbot.evaluate import eval_command

    disputes = Path(args.disputes) if args.disputes else None
    return eval_command(Path(args.directory), sys.stdout, as_json=args.json, disputes=disputes)


def cmd_train_breach_model(args: argparse.Namespace) -> int:
    from mailbot.rules.breach_model import MODEL_FILE
    from mailbot.train import train_command

    disputes = Path(args.disputes) if args.disputes else None
    out = Path(args.out) if args.out else MODEL_FILE
    return train_command([Path(d) for d in args.directory], out, sys.stdout, disputes)


def cmd_demo(args: argparse.Namespace) -> int:
    from mailbot.demo import main as demo_main

    if args.log_level == "INFO":  # the demo prints its own account of what happened
        logging.getLogger().setLevel(logging.WARNING)

    return demo_main(keep_running=args.keep_running)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mailbot", description=(
        "Answers an organisation's info@ mailbox: opens a case for every request, "
        "acknowledges it, and keeps the deadlines."))
    p.add_argument("-c", "--config", default=os.environ.get("MAILBOT_CONFIG", DEFAULT_CONFIG),
                   help=f"config file (default: $MAILBOT_CONFIG or {DEFAULT_CONFIG})")
    p.add_argument("--log-level", default=os.environ.get("MAILBOT_LOG_LEVEL", "INFO"),
                   choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    p.add_argument("--log-format", default="text", choices=["text", "json"])
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="run the daemon (watch the mailbox, reply, escalate)")
    run.add_argument("--once", action="store_true",
                     help="process everything in the inbox, drain the outbox, exit")
    run.set_defaults(func=cmd_run)

    demo = sub.add_parser("demo", help="run the whole pipeline against built-in test servers")
    demo.add_argument("--keep-running", action="store_true",
                      help="leave the demo servers and daemon up and say how to send mail to them")
    demo.set_defaults(func=cmd_demo)

    chk = sub.add_parser("check-config", help="validate the config file without connecting")
    chk.set_defaults(func=cmd_check_config)

    doc = sub.add_parser("doctor", help="check config, database, IMAP, SMTP, templates and clock; "
                                        "say how to fix what fails")
    doc.set_defaults(func=cmd_doctor)

    bak = sub.add_parser("backup", help="copy the SQLite database to PATH (safe while running)")
    bak.add_argument("path", metavar="PATH", help="the backup file (or a directory for it)")
    bak.set_defaults(func=cmd_backup)

    db = sub.add_parser("db", help="database maintenance")
    dbsub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    up = dbsub.add_parser("upgrade", help="create or migrate the tables to this version")
    up.set_defaults(func=cmd_db_upgrade)

    cases = sub.add_parser("cases", help="staff work on cases: list, show, reply, resolve, ...")
    cases.add_argument("--as", dest="actor", help="who is acting (recorded in the audit trail)")
    csub = cases.add_subparsers(dest="cases_command", required=True, metavar="ACTION")
    ls = csub.add_parser("list", help="open cases, soonest due first")
    ls.add_argument("--status", help="only this status (default: all open ones)")
    ls.add_argument("--category", choices=["rights_request", "complaint", "question", "unsubscribe"])
    ls.add_argument("--overdue", action="store_true", help="only cases past their due time")
    ls.add_argument("--json", action="store_true", help="one JSON object per line")
    show = csub.add_parser("show", help="one case: details, deadlines, evidence and timeline")
    show.add_argument("reference")
    rp = csub.add_parser("reply", help="send a templated mail to the requester (through the outbox)")
    rp.add_argument("reference")
    rp.add_argument("--template", required=True, help="e.g. resolution, ask_employer, staff_reply")
    rp.add_argument("--var", action="append", metavar="KEY=VALUE", help="template variable")
    rp.add_argument("--preview", action="store_true", help="show the mail, send nothing")
    for verb, arg, text in (("resolve", "--note", "close the case as handled (tells the requester)"),
                            ("refuse", "--reason", "refuse with reasons (sent to the requester)"),
                            ("extend", "--reason", "extend by two months, GDPR Art. 12(3)")):
        p_ = csub.add_parser(verb, help=text)
        p_.add_argument("reference")
        p_.add_argument(arg, required=True, dest=arg.strip("-"))
    vf = csub.add_parser("verify", help="record that staff verified the requester's identity")
    vf.add_argument("reference")
    vf.add_argument("--how", default="", help="how it was checked")
    nt = csub.add_parser("note", help="add an internal note to the timeline")
    nt.add_argument("reference")
    nt.add_argument("text")
    asg = csub.add_parser("assign", help="assign the case to a staff member")
    asg.add_argument("reference")
    asg.add_argument("address")
    br = csub.add_parser("breach", help="mark as a suspected data breach the rules missed "
                         "(alerts the privacy officer; 72 hours from receipt)")
    br.add_argument("reference")
    br.add_argument("--why", required=True, help="what happened, in a few words")
    nb = csub.add_parser("no-breach", help="no data breach after all: stop the 72-hour clock; "
                         "the case goes back to the question or request it is")
    nb.add_argument("reference")
    nb.add_argument("--why", required=True, help="why it is no breach, in a few words")
    cases.set_defaults(func=cmd_cases)

    sup = sub.add_parser("suppression", help="the newsletter unsubscribe list")
    supsub = sup.add_subparsers(dest="suppression_command", required=True, metavar="ACTION")
    exp = supsub.add_parser("export", help="write the list as CSV to standard output")
    exp.set_defaults(func=cmd_suppression)

    ret = sub.add_parser("retention", help="apply the retention rules now (the service does it nightly)")
    ret.add_argument("--dry-run", action="store_true", help="only list what would be erased")
    retsub = ret.add_subparsers(dest="retention_command", metavar="ACTION")
    hold = retsub.add_parser("hold", help="keep a case's correspondence longer (e.g. a dispute)")
    hold.add_argument("reference")
    hold.add_argument("--reason", required=True)
    rel = retsub.add_parser("release", help="end a retention hold")
    rel.add_argument("reference")
    rel.add_argument("--reason", default="")
    ret.set_defaults(func=cmd_retention)

    per = sub.add_parser("person", help="what mailbot itself holds about one address (GDPR)")
    persub = per.add_subparsers(dest="person_command", required=True, metavar="ACTION")
    pexp = persub.add_parser("export", help="everything about ADDRESS as JSON plus the .eml files (zip)")
    pexp.add_argument("address")
    pexp.add_argument("dest", help="the zip file to write")
    per_erase = persub.add_parser("erase", help="erase ADDRESS, keeping only what the law requires")
    per_erase.add_argument("address")
    per_erase.add_argument("--yes", action="store_true", help="really erase (without it: show the plan)")
    per.set_defaults(func=cmd_person)

    ev = sub.add_parser("eval", help="measure the classifier on a labelled folder (labels.csv)")
    ev.add_argument("directory")
    ev.add_argument("--json", action="store_true", help="figures as one JSON document")
    ev.add_argument(
        "--disputes",
        metavar="CSV",
        help="labels.csv rows (plus a reason column) to use instead of the corpus's own",
    )
    ev.set_defaults(func=cmd_eval)

    tr = sub.add_parser("train-breach-model",
                        help="learn the breach reading from labelled folders (needs scikit-learn)")
    tr.add_argument("directory", nargs="+", help="folders with labels.csv (held-out rows are left out)")
    tr.add_argument("--out", metavar="JSON", help="where to write it (default: the packaged model)")
    tr.add_argument("--disputes", metavar="CSV", help="label corrections, as for `mailbot eval`")
    tr.set_defaults(func=cmd_train_breach_model)

    cl = sub.add_parser("classify", help="show how messages would be classified (no side effects)")
    cl.add_argument("--json", action="store_true", help="one JSON object per line")
    cl.add_argument("--explain", action="store_true", help="say which rules fired and why")
    cl.add_argument("files", nargs="+", metavar="FILE.eml")
    cl.set_defaults(func=cmd_classify)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.log_level, args.log_format)
    logging.getLogger(__name__).debug("command %s", args.command)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
