# ruff: noqa: E501 - message catalogue: one message per line reads better
"""The command line's privacy commands (kept apart from app/cli.py, which wires them in):

    icf-assess db encrypt | db rekey --new-passphrase-file F
    icf-assess user add NAME --role specialist [--display-name "…"] | user list | user passwd NAME
    icf-assess audit verify | audit export FILE [--actor … --action … --since … --until …]
    icf-assess gdpr export CHILD FILE | erase CHILD --yes | retention [--years N]
    icf-assess gdpr pseudonymise FILE | statistics

Global options: `--passphrase-file FILE` (the database passphrase; or ICF_ASSESS_PASSPHRASE)
and `--user NAME` (sign in; the password from ICF_ASSESS_PASSWORD or a prompt). New
passwords come from `--password-file`, ICF_ASSESS_NEW_PASSWORD or a prompt (twice).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.storage.privacy_errors import PrivacyError

if TYPE_CHECKING:
    from app.services.access import Actor
    from app.storage.database import Database

PASSWORD_ENV = "ICF_ASSESS_PASSWORD"
NEW_PASSWORD_ENV = "ICF_ASSESS_NEW_PASSWORD"

TEXTS = {
    "pl": {
        "encrypted": "Baza danych {path} jest teraz zaszyfrowana (rekordy: {rows}).",
        "rekeyed": "Zmieniono hasło bazy danych {path} (rekordy: {rows}).",
        "backups_left": "Uwaga: tych kopii zapasowych nie udało się przekształcić (uszkodzone?): {paths}",
        "backups_done": "Kopie zapasowe przekształcone tak samo: {count}.",
        "user_added": "Dodano użytkownika {name} (role: {roles}).",
        "user_row": "{name:<20} {roles:<34} {active:<10} {last}",
        "active": "aktywny",
        "inactive": "wyłączony",
        "never": "nigdy nie logował(a) się",
        "password_set": "Zmieniono hasło użytkownika {name}.",
        "password_prompt": "Nowe hasło dla {name}: ",
        "password_again": "Powtórz hasło: ",
        "password_mismatch": "Hasła się różnią.",
        "login_prompt": "Hasło użytkownika {name}: ",
        "no_password": "Podaj hasło (zmienna {env} albo uruchom w terminalu).",
        "chain_ok": "Dziennik zdarzeń jest nienaruszony: wpisów {entries}, skrót ostatniego {head}.",
        "chain_bad": "DZIENNIK ZDARZEŃ NARUSZONY ({count} problemów):",
        "audit_exported": "Zapisano dziennik zdarzeń: {path}",
        "gdpr_exported": "Zapisano wszystkie dane dziecka nr {child}: {path}",
        "erase_confirm": "Usunięcie danych dziecka jest nieodwracalne: dodaj --yes, aby potwierdzić.",
        "erased": "Usunięto dane dziecka nr {child} (rekordy: {rows}).",
        "erased_backups": "Kopie zapasowe sprzed usunięcia ({count}) mogą jeszcze zawierać te dane, dopóki nie zostaną zastąpione nowszymi.",
        "retention_header": "Okres przechowywania: {years} od zamknięcia ostatniej sprawy. Do przeglądu: {count}.",
        "retention_row": "dziecko nr {child}: ostatnia sprawa zamknięta {closed}, termin przeglądu {due}, sprawy: {cases}",
        "retention_set": "Okres przechowywania ustawiony na {years}.",
        "pseudonymised": "Zapisano dane spseudonimizowane ({rows} wierszy): {path}",
    },
    "en": {
        "encrypted": "The database {path} is now encrypted ({rows} records).",
        "rekeyed": "The passphrase of the database {path} was changed ({rows} records).",
        "backups_left": "Warning: these backups could not be converted (damaged?): {paths}",
        "backups_done": "Backups converted the same way: {count}.",
        "user_added": "User {name} added (roles: {roles}).",
        "user_row": "{name:<20} {roles:<34} {active:<10} {last}",
        "active": "active",
        "inactive": "disabled",
        "never": "never signed in",
        "password_set": "The password of {name} was changed.",
        "password_prompt": "New password for {name}: ",
        "password_again": "Repeat the password: ",
        "password_mismatch": "The passwords differ.",
        "login_prompt": "Password of {name}: ",
        "no_password": "Give the password ({env} or run in a terminal).",
        "chain_ok": "The audit log is intact: {entries} entries, last hash {head}.",
        "chain_bad": "THE AUDIT LOG WAS TAMPERED WITH ({count} problems):",
        "audit_exported": "Audit log written: {path}",
        "gdpr_exported": "All data of child no. {child} written: {path}",
        "erase_confirm": "Erasing a child's data cannot be undone: add --yes to confirm.",
        "erased": "The data of child no. {child} was erased ({rows} records).",
        "erased_backups": "Backups made before the erasure ({count}) may still hold the data until newer ones replace them.",
        "retention_header": "Retention: {years} after the last case closed. Due for review: {count}.",
        "retention_row": "child no. {child}: last case closed {closed}, review due {due}, cases: {cases}",
        "retention_set": "Retention set to {years}.",
        "pseudonymised": "Pseudonymised data written ({rows} rows): {path}",
    },
}


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="the database passphrase (first line of FILE; or ICF_ASSESS_PASSPHRASE)",
    )
    parser.add_argument(
        "--user", metavar="NAME", help="sign in as NAME (password: ICF_ASSESS_PASSWORD or prompt)"
    )


def add_db_commands(db_commands: Any) -> None:
    db_commands.add_parser(
        "encrypt",
        help="encrypt a plain SQLite database and its backups (passphrase from "
        "--passphrase-file or ICF_ASSESS_PASSPHRASE)",
    )
    rekey = db_commands.add_parser("rekey", help="change the database passphrase")
    rekey.add_argument("--new-passphrase-file", type=Path, required=True, metavar="FILE")


def add_commands(commands: Any) -> None:
    user = commands.add_parser("user", help="user accounts: add, list, passwd")
    user_commands = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_commands.add_parser("add", help="add an account (administrator)")
    add.add_argument("name")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        choices=("specialist", "coordinator", "administrator"),
        help="repeat for several roles",
    )
    add.add_argument("--display-name")
    add.add_argument("--password-file", type=Path, metavar="FILE")
    user_commands.add_parser("list", help="the accounts (administrator)")
    passwd = user_commands.add_parser("passwd", help="set a password")
    passwd.add_argument("name")
    passwd.add_argument("--password-file", type=Path, metavar="FILE")

    audit = commands.add_parser("audit", help="the audit log: verify, export (administrator)")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_commands.add_parser("verify", help="check the hash chain of the log")
    export = audit_commands.add_parser("export", help="write the log to .csv or .xlsx")
    export.add_argument("file", type=Path)
    export.add_argument("--actor")
    export.add_argument("--action")
    export.add_argument("--entity")
    export.add_argument("--entity-id", type=int)
    export.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD")
    export.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD")

    gdpr = commands.add_parser("gdpr", help="GDPR duties: export, erase, retention, pseudonymise")
    gdpr_commands = gdpr.add_subparsers(dest="gdpr_command", metavar="ACTION", required=True)
    g_export = gdpr_commands.add_parser("export", help="everything about one child (.json/.zip)")
    g_export.add_argument("child", type=int)
    g_export.add_argument("file", type=Path)
    erase = gdpr_commands.add_parser("erase", help="erase one child completely")
    erase.add_argument("child", type=int)
    erase.add_argument("--yes", action="store_true", help="confirm the erasure")
    retention = gdpr_commands.add_parser("retention", help="records due for review")
    retention.add_argument("--years", type=int, help="use this period for this listing")
    retention.add_argument("--set-years", type=int, help="store the period (administrator)")
    pseudo = gdpr_commands.add_parser("pseudonymise", help="research export (.csv/.xlsx/.json)")
    pseudo.add_argument("file", type=Path)
    gdpr_commands.add_parser("statistics", help="anonymised statistics (coordinator)")


def configure(args: argparse.Namespace) -> None:
    """Before any command: the passphrase for every database opened from now on."""
    from app import records
    from app.storage.encryption import read_passphrase_file

    if getattr(args, "passphrase_file", None) is not None:
        records.set_passphrase(read_passphrase_file(args.passphrase_file))


def reset() -> None:
    from app import records

    records.set_passphrase(None)
    records.set_current_actor(None)


def sign_in(args: argparse.Namespace, db: Database, lang: str) -> str | Actor:
    """The actor for this command: `--user` signed in, else the computer's user."""
    from app import records
    from app.services.accounts import AccountsService

    if not getattr(args, "user", None):
        return records.current_actor()
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise PrivacyError("login_failed")
        password = getpass.getpass(TEXTS[lang]["login_prompt"].format(name=args.user))
    actor = AccountsService(db).login(args.user, password)
    records.set_current_actor(actor)
    return actor


def require_specialist(args: argparse.Namespace, db: Database) -> None:
    """Commands that write children's records in bulk (demo data) need the right to."""
    from app.services.access import require_records

    actor = sign_in(args, db, args.lang or "pl")
    with db.session() as session:
        require_records(session, actor)


def _new_password(args: argparse.Namespace, name: str, lang: str, err: TextIO) -> str:
    from app.storage.encryption import read_passphrase_file

    if args.password_file is not None:
        return read_passphrase_file(args.password_file)
    env = os.environ.get(NEW_PASSWORD_ENV)
    if env is not None:
        return env
    if not sys.stdin.isatty():
        print(TEXTS[lang]["no_password"].format(env=NEW_PASSWORD_ENV), file=err)
        return ""
    first = getpass.getpass(TEXTS[lang]["password_prompt"].format(name=name))
    if getpass.getpass(TEXTS[lang]["password_again"]) != first:
        print(TEXTS[lang]["password_mismatch"], file=err)
        return ""
    return first


def run_db(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    """db encrypt | db rekey: on the closed file, with verified copies (app.storage.encryption)."""
    from app import records
    from app.storage.database import sqlite_file
    from app.storage.encryption import (
        check_passphrase,
        encrypt_database,
        looks_encrypted,
        passphrase_from_env,
        read_passphrase_file,
        rekey_database,
        verify,
    )

    texts = TEXTS[lang]
    path = sqlite_file(records.database_url(args.db))
    current = records._passphrase or passphrase_from_env()
    if args.db_command == "encrypt":
        check_passphrase(current)
    # create or upgrade first (a new file is created encrypted straight away)
    records.open_records(args.db, passphrase=current).close()
    folder = path.parent / "backups"
    backups = sorted(folder.glob("*.sqlite3")) if folder.exists() else []
    if args.db_command == "encrypt":
        left = [] if looks_encrypted(path) else encrypt_database(path, current or "", backups)
        key = current
        message = "encrypted"
    else:
        new = read_passphrase_file(args.new_passphrase_file)
        left = rekey_database(path, current or "", new, backups)
        key = new
        message = "rekeyed"
    rows = sum(verify(path, key).values())
    print(texts[message].format(path=path, rows=rows), file=out)
    if backups:
        print(texts["backups_done"].format(count=len(backups) - len(left)), file=out)
    if left:
        print(texts["backups_left"].format(paths=", ".join(map(str, left))), file=out)
    return 0


def run(args: argparse.Namespace, lang: str, out: TextIO, err: TextIO) -> int:
    from app.records import open_records

    texts = TEXTS[lang]
    db = open_records(args.db)
    try:
        actor = sign_in(args, db, lang)
        if args.command == "user":
            return _user(args, db, actor, lang, texts, out, err)
        if args.command == "audit":
            return _audit(args, db, actor, lang, texts, out)
        if args.command == "gdpr":
            return _gdpr(args, db, actor, lang, texts, out, err)
    finally:
        db.close()
    return 2


def _user(args, db, actor, lang, texts, out, err) -> int:  # type: ignore[no-untyped-def]
    from app.services.accounts import AccountsService

    accounts = AccountsService(db)
    if args.user_command == "list":
        for user in accounts.list_users(actor):
            last = (
                user.last_login_at.isoformat(sep=" ", timespec="minutes")
                if (user.last_login_at)
                else texts["never"]
            )
            print(
                texts["user_row"].format(
                    name=user.username,
                    roles=",".join(user.roles),
                    active=texts["active"] if user.active else texts["inactive"],
                    last=last,
                ),
                file=out,
            )
        return 0
    password = _new_password(args, args.name, lang, err)
    if not password:
        return 1
    if args.user_command == "add":
        view = accounts.add_user(actor, args.name, password, args.role, args.display_name)
        print(texts["user_added"].format(name=view.username, roles=",".join(view.roles)), file=out)
        return 0
    accounts.set_password(actor, args.name, password)
    print(texts["password_set"].format(name=args.name), file=out)
    return 0


def _audit(args, db, actor, lang, texts, out) -> int:  # type: ignore[no-untyped-def]
    from app.services.audit_log import AuditFilter, AuditLogService

    service = AuditLogService(db, actor)
    if args.audit_command == "verify":
        report = service.verify()
        if report.ok:
            print(texts["chain_ok"].format(entries=report.entries, head=report.head_hash), file=out)
            return 0
        print(texts["chain_bad"].format(count=len(report.problems)), file=out)
        for problem in report.problems:
            print(f"  {problem.describe(lang)}", file=out)
        return 1
    where = AuditFilter(
        actor=args.actor,
        action=args.action,
        entity=args.entity,
        entity_id=args.entity_id,
        since=args.since,
        until=args.until,
    )
    path = service.export(args.file, where, lang)
    print(texts["audit_exported"].format(path=path), file=out)
    return 0


def _gdpr(args, db, actor, lang, texts, out, err) -> int:  # type: ignore[no-untyped-def]
    from app.services.gdpr import GdprService

    service = GdprService(db, actor)
    if args.gdpr_command == "export":
        path = service.export_child(args.child, args.file)
        print(texts["gdpr_exported"].format(child=args.child, path=path), file=out)
        return 0
    if args.gdpr_command == "erase":
        if not args.yes:
            print(texts["erase_confirm"], file=err)
            return 1
        report = service.erase_child(args.child)
        rows = sum(report.rows_removed.values())
        print(texts["erased"].format(child=args.child, rows=rows), file=out)
        if report.backups_left:
            print(texts["erased_backups"].format(count=report.backups_left), file=out)
        return 0
    if args.gdpr_command == "retention":
        if args.set_years is not None:
            service.set_retention_years(args.set_years)
            print(texts["retention_set"].format(years=years_text(args.set_years, lang)), file=out)
        years = args.years if args.years is not None else service.retention_years()
        items = service.due_for_review(years=years)
        print(
            texts["retention_header"].format(years=years_text(years, lang), count=len(items)),
            file=out,
        )
        for item in items:
            print(
                texts["retention_row"].format(
                    child=item.child_id,
                    closed=item.last_closed_on,
                    due=item.due_on,
                    cases=item.cases,
                ),
                file=out,
            )
        return 0
    if args.gdpr_command == "statistics":
        print(json.dumps(service.anonymised_statistics(), ensure_ascii=False, indent=2), file=out)
        return 0
    path = service.export_pseudonymised(args.file)
    print(texts["pseudonymised"].format(rows=_count_rows(path), path=path), file=out)
    return 0


def _count_rows(path: Path) -> int:
    if path.suffix.lower() == ".json":
        return len(json.loads(path.read_text(encoding="utf-8")))
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        try:
            return max(0, (book.active.max_row or 1) - 1)  # type: ignore[union-attr]
        finally:
            book.close()
    return max(0, len(path.read_text(encoding="utf-8-sig").splitlines()) - 1)


def encryption_line(db: Database, lang: str) -> str:
    if lang == "pl":
        return "Szyfrowanie: " + ("tak (SQLCipher)" if db.encrypted else "nie (db encrypt)")
    return "Encryption: " + ("yes (SQLCipher)" if db.encrypted else "no (db encrypt)")


def years_text(n: int, lang: str) -> str:
    """1 rok, 2 lata, 5 lat, 22 lata, 12 lat; 1 year, 5 years."""
    if lang != "pl":
        return f"{n} year" if n == 1 else f"{n} years"
    if n == 1:
        return "1 rok"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} lata"
    return f"{n} lat"
