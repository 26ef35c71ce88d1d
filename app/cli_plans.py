"""Command line for support plans, the support network directory and reviews (issue 7):

icf-assess plan suggest --assessment N [--motivation low|medium|high --resources …]
icf-assess plan create --assessment N [--kind ipet|family|intersectoral] [--accept-all]
icf-assess plan show ID [--all]        the plan by sections (--all: pending too)
icf-assess plan history ID
icf-assess directory import FILE       XLSX or CSV; all rows or none
icf-assess directory export FILE
icf-assess directory match --need d166 [--need …] [--age N] [--area TOWN] [--sector S]
icf-assess review due [--within DAYS]
icf-assess review record PLAN --date D --level ITEM=LEVEL … [--assessment N]
icf-assess review summary PLAN
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from icf.i18n import pick
from plans.intensity import LEVELS
from plans.vocabulary import HELP_FORMS, SECTORS, SUGGESTION_KINDS

COMMANDS = ("plan", "directory", "review")

T = {
    "pl": {
        "intensity": "Sugerowana intensywność wsparcia: {level}",
        "suggestions": "Propozycje ({count}):",
        "none": "Brak propozycji: żadna ocena nie spełnia warunków reguł.",
        "because": "    powód: {reason}",
        "goal": "    cel {category}: poziom wyjściowy {baseline} → docelowy {target}, termin za {months} mies.",
        "created": "Utworzono plan {id} ({kind}), pozycje: {items}, terminy przeglądów: {dates}.",
        "plan_header": "Plan {id}: {title} ({kind}), {start} – {end}, intensywność: {intensity}, wersja {version}",
        "item": "  [{id}] {status}: {text}",
        "goal_line": "      {category}: {baseline} → {target}, termin {deadline}; skala −2…+2: {scale}",
        "referral": "      skierowanie: {name} ({date})",
        "reviews": "Przeglądy: {dates}",
        "history": "{number:>3}. {at:%Y-%m-%d %H:%M} {actor}: {change}",
        "imported": "Zaimportowano: nowe {added}, zaktualizowane {updated}.",
        "exported": "Zapisano: {path}",
        "match": "{score:>3}  {name} — {sector}; {area}; {reasons}",
        "no_match": "Brak pasujących instytucji.",
        "due": "{due}{overdue}  plan {plan}: {title} — {child}",
        "overdue": " (zaległy)",
        "no_due": "Brak przeglądów do wykonania.",
        "recorded": "Zapisano przegląd {id}; wynik T osiągnięcia celów: {t:.1f}",
        "t_score": "Wynik T osiągnięcia celów (ostatni przegląd): {t}",
        "improved": "Poprawa:",
        "not_improved": "Bez poprawy:",
        "next": "Do zmiany w następnym planie:",
        "bad_level": "Poziom podaje się jako POZYCJA=POZIOM, np. 12=-1 (poziom od −2 do 2): „{text}”",
    },
    "en": {
        "intensity": "Suggested intensity of support: {level}",
        "suggestions": "Suggestions ({count}):",
        "none": "No suggestions: no rating meets the conditions of the rules.",
        "because": "    because: {reason}",
        "goal": "    goal {category}: baseline {baseline} → target {target}, deadline in {months} months",
        "created": "Plan {id} created ({kind}), items: {items}, review dates: {dates}.",
        "plan_header": "Plan {id}: {title} ({kind}), {start} – {end}, intensity: {intensity}, version {version}",
        "item": "  [{id}] {status}: {text}",
        "goal_line": "      {category}: {baseline} → {target}, deadline {deadline}; scale −2…+2: {scale}",
        "referral": "      referral: {name} ({date})",
        "reviews": "Reviews: {dates}",
        "history": "{number:>3}. {at:%Y-%m-%d %H:%M} {actor}: {change}",
        "imported": "Imported: {added} new, {updated} updated.",
        "exported": "Written: {path}",
        "match": "{score:>3}  {name} — {sector}; {area}; {reasons}",
        "no_match": "No matching providers.",
        "due": "{due}{overdue}  plan {plan}: {title} — {child}",
        "overdue": " (overdue)",
        "no_due": "No reviews due.",
        "recorded": "Review {id} recorded; goal attainment T-score: {t:.1f}",
        "t_score": "Goal attainment T-score (latest review): {t}",
        "improved": "Improved:",
        "not_improved": "Not improved:",
        "next": "What the next plan should change:",
        "bad_level": "Give a level as ITEM=LEVEL, e.g. 12=-1 (level −2 to 2): “{text}”",
    },
}

STATUS = {
    "pl": {
        "suggested": "propozycja",
        "accepted": "przyjęte",
        "changed": "zmienione",
        "rejected": "odrzucone",
        "own": "własne",
    },
    "en": {
        "suggested": "suggested",
        "accepted": "accepted",
        "changed": "changed",
        "rejected": "rejected",
        "own": "own",
    },
}


def add_commands(commands: Any) -> None:
    plan = commands.add_parser("plan", help="support plans: suggest, create, show, history")
    p = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    suggest = p.add_parser("suggest", help="suggestions for an assessment, with reasons")
    suggest.add_argument("--assessment", type=int, required=True)
    suggest.add_argument("--motivation", choices=("low", "medium", "high"))
    suggest.add_argument("--resources", choices=("low", "medium", "high"))
    create = p.add_parser("create", help="a draft plan from an assessment")
    create.add_argument("--assessment", type=int, required=True)
    create.add_argument("--kind", choices=("ipet", "family", "intersectoral"), default="ipet")
    create.add_argument("--start", help="first day (default: today)")
    create.add_argument("--end", help="last day (default: end of the school year / by intensity)")
    create.add_argument("--area", help="the child's town or area, for matching providers")
    create.add_argument("--motivation", choices=("low", "medium", "high"))
    create.add_argument("--resources", choices=("low", "medium", "high"))
    create.add_argument("--accept-all", action="store_true", help="accept every suggestion")
    show = p.add_parser("show", help="the plan by sections")
    show.add_argument("plan", type=int)
    show.add_argument("--all", action="store_true", help="also pending and rejected items")
    history = p.add_parser("history", help="every change of the plan")
    history.add_argument("plan", type=int)

    directory = commands.add_parser("directory", help="the local support network directory")
    d = directory.add_subparsers(dest="directory_command", metavar="ACTION", required=True)
    imp = d.add_parser("import", help="import providers from XLSX or CSV (all rows or none)")
    imp.add_argument("file", type=Path)
    exp = d.add_parser("export", help="export the directory to XLSX or CSV")
    exp.add_argument("file", type=Path)
    match = d.add_parser("match", help="providers for a need, an age and an area")
    match.add_argument("--need", action="append", required=True, help="ICF code (repeatable)")
    match.add_argument("--age", type=int)
    match.add_argument("--area")
    match.add_argument("--sector", choices=tuple(SECTORS))

    review = commands.add_parser("review", help="plan reviews: due, record, summary")
    r = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    due = r.add_parser("due", help="reviews due (overdue ones too)")
    due.add_argument("--within", type=int, default=30, help="days ahead (default 30)")
    record = r.add_parser("record", help="record goal attainment at a review")
    record.add_argument("plan", type=int)
    record.add_argument("--date", required=True)
    record.add_argument("--level", action="append", required=True, metavar="ITEM=LEVEL")
    record.add_argument("--assessment", type=int, help="the re-assessment to compare with")
    summary = r.add_parser("summary", help="effectiveness of a plan")
    summary.add_argument("plan", type=int)


def run(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    from app.classification_service import ClassificationService
    from app.cli_privacy import sign_in
    from app.records import open_records

    texts = T[lang]
    classification = ClassificationService().classification
    db = open_records(args.db)
    try:
        actor = sign_in(args, db, lang)  # `--user`, else the computer's user (no accounts)
        if args.command == "plan":
            return _plan(args, db, actor, classification, lang, texts, out)
        if args.command == "directory":
            return _directory(args, db, actor, classification, lang, texts, out)
        return _review(args, db, actor, classification, lang, texts, out)
    finally:
        db.close()


def _plan(args, db, actor, classification, lang, texts, out) -> int:  # type: ignore[no-untyped-def]
    from app.services.plans import PlansService

    plans = PlansService(db, actor, classification)
    if args.plan_command == "suggest":
        proposal = plans.suggest(
            args.assessment, motivation=args.motivation, resources=args.resources
        )
        level = pick(LEVELS[proposal.intensity.level], lang)
        print(texts["intensity"].format(level=level), file=out)
        for reason in proposal.intensity.reasons:
            print(f"  {pick(reason, lang)}", file=out)
        if not proposal.suggestions:
            print(texts["none"], file=out)
            return 0
        print(texts["suggestions"].format(count=len(proposal.suggestions)), file=out)
        for s in proposal.suggestions:
            label = pick(SUGGESTION_KINDS[s.kind], lang)
            if s.form:
                label = pick(HELP_FORMS[s.form], lang)
            elif s.sector:
                label = f"{label} ({pick(SECTORS[s.sector], lang)})"
            print(f"- {label}: {s.label(lang)}", file=out)
            if s.kind == "goal":
                print(
                    texts["goal"].format(
                        category=s.category, baseline=s.baseline, target=s.target, months=s.months
                    ),
                    file=out,
                )
            for line in s.reasons(lang):
                print(texts["because"].format(reason=line), file=out)
        return 0
    if args.plan_command == "create":
        plan = plans.create_from_assessment(
            args.assessment,
            args.kind,
            starts_on=args.start,
            ends_on=args.end,
            area=args.area,
            motivation=args.motivation,
            resources=args.resources,
            lang=lang,
        )
        if args.accept_all:
            plan = plans.accept_all(plan.id, plan.version)
        print(
            texts["created"].format(
                id=plan.id,
                kind=plan.kind,
                items=len(plan.items),
                dates=", ".join(d.isoformat() for d, _ in plan.review_dates),
            ),
            file=out,
        )
        return 0
    if args.plan_command == "show":
        plan = plans.get(args.plan)
        print(
            texts["plan_header"].format(
                id=plan.id,
                title=plan.title,
                kind=plan.kind,
                start=plan.starts_on,
                end=plan.ends_on,
                intensity=pick(LEVELS[plan.intensity], lang) if plan.intensity else "—",
                version=plan.version,
            ),
            file=out,
        )
        for _key, title, items in plan.sections(include_pending=args.all):
            print(f"\n{pick(title, lang)}", file=out)
            for item in items:
                _print_item(item, lang, texts, out)
        if args.all:
            rejected = [i for i in plan.items if i.status == "rejected"]
            for item in rejected:
                _print_item(item, lang, texts, out)
        dates = ", ".join(f"{d.isoformat()}{' ✓' if done else ''}" for d, done in plan.review_dates)
        print("\n" + texts["reviews"].format(dates=dates), file=out)
        return 0
    for entry in plans.history(args.plan):
        print(
            texts["history"].format(
                number=entry.number, at=entry.at, actor=entry.actor, change=pick(entry.change, lang)
            ),
            file=out,
        )
    return 0


def _print_item(item, lang, texts, out) -> None:  # type: ignore[no-untyped-def]
    status = STATUS[lang][item.status]
    print(texts["item"].format(id=item.id, status=status, text=item.text), file=out)
    if item.is_goal:
        print(
            texts["goal_line"].format(
                category=item.category,
                baseline=item.baseline,
                target=item.target,
                deadline=item.deadline,
                scale=" | ".join(item.scale or []),
            ),
            file=out,
        )
    for referral in item.referrals:
        print(
            texts["referral"].format(name=referral.provider_name, date=referral.referred_on),
            file=out,
        )


def _directory(args, db, actor, classification, lang, texts, out) -> int:  # type: ignore[no-untyped-def]
    from app.services.directory import DirectoryService

    directory = DirectoryService(db, actor, classification)
    if args.directory_command == "import":
        summary = directory.import_file(args.file)
        print(texts["imported"].format(added=summary.added, updated=summary.updated), file=out)
        return 0
    if args.directory_command == "export":
        path = directory.export(args.file, lang)
        print(texts["exported"].format(path=path), file=out)
        return 0
    matches = directory.match(args.need, age=args.age, area=args.area, sector=args.sector)
    if not matches:
        print(texts["no_match"], file=out)
        return 1
    for m in matches:
        print(
            texts["match"].format(
                score=m.score,
                name=m.provider.name,
                sector=pick(SECTORS[m.provider.sector], lang),
                area=m.provider.area,
                reasons="; ".join(pick(r, lang) for r in m.reasons),
            ),
            file=out,
        )
    return 0


def _review(args, db, actor, classification, lang, texts, out) -> int:  # type: ignore[no-untyped-def]
    from app.services.reviews import ReviewsService

    reviews = ReviewsService(db, actor, classification)
    if args.review_command == "due":
        due = reviews.due(within_days=args.within)
        if not due:
            print(texts["no_due"], file=out)
        for r in due:
            print(
                texts["due"].format(
                    due=r.due_on,
                    overdue=texts["overdue"] if r.overdue else "",
                    plan=r.plan_id,
                    title=r.plan_title,
                    child=r.child_name,
                ),
                file=out,
            )
        return 0
    if args.review_command == "record":
        levels = {}
        for text in args.level:
            try:
                item, level = text.split("=", 1)
                levels[int(item)] = int(level)
            except ValueError:
                print(texts["bad_level"].format(text=text), file=out)
                return 2
        review = reviews.record(args.plan, args.date, levels, assessment_id=args.assessment)
        print(texts["recorded"].format(id=review.id, t=review.t_score), file=out)
        return 0
    effect = reviews.effectiveness(args.plan)
    t = f"{effect.t_score:.1f}" if effect.t_score is not None else "—"
    print(texts["t_score"].format(t=t), file=out)
    for title, lines in (
        (texts["improved"], effect.summary.improved),
        (texts["not_improved"], effect.summary.not_improved),
        (texts["next"], [pick(x, lang) for x in effect.summary.next_plan]),
    ):
        if lines:
            print(title, file=out)
            for line in lines:
                print(f"  - {line}", file=out)
    return 0
