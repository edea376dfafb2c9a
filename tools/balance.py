"""The balance table: plays the campaign with every bot and writes the numbers into
docs/balance.md (between the balance markers), so the table regenerates with one command:

    make balance          # python -m tools.balance --write docs/balance.md
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from game.sim.stats import METERS
from game.sim.survey import Survey
from game.sim.world import World
from game.surveys import survey_jobs, world_of
from tools.checkpoints import CHECKPOINTS, COURSE, cited

ROOT = Path(__file__).resolve().parent.parent
STRATEGIES = ROOT / "docs" / "strategies"
BEGIN, END = "<!-- balance:begin -->", "<!-- balance:end -->"


@dataclass
class Row:
    name: str
    runs: int
    result: Survey


def bots(quick: bool) -> list[tuple[str, int, str]]:
    """(row name, games, bot spec: a built-in policy or a strategy file)."""
    scale = 5 if quick else 1
    plan: list[tuple[str, int, str]] = [
        ("historical", 500 // scale, "historical"),
        ("random", 2000 // scale, "random"),
        ("first", 2000 // scale, "first"),
    ]
    for n in (1, 2, 3):
        plan.append((f"nth:{n}", 500 // scale, f"nth:{n}"))
    for meter in METERS:
        plan.append((f"greedy:{meter}", 300 // scale, f"greedy:{meter}"))
    for path in sorted(STRATEGIES.glob("*.yaml")):
        plan.append((f"strategy:{path.stem}", 500 // scale, str(path)))
    return plan


def run_all(scenario: str, quick: bool = False, jobs: int | None = None) -> list[Row]:
    """Every bot's games, on `jobs` processes (default: every core; the same numbers as one)."""
    rows = []
    for name, runs, spec in bots(quick):
        rows.append(Row(name, runs, survey_jobs(scenario, spec, range(1, runs + 1), jobs)))
        print(f"  {name}: {runs} runs", file=sys.stderr)
    return rows


def table(world: World, rows: list[Row]) -> str:
    endings = list(world.endings)
    head = "| bot | runs | survived | " + " | ".join(endings) + " |"
    rule = "|---|---:|---:|" + "---:|" * len(endings)
    lines = [head, rule]
    for row in rows:
        cells = [f"{row.result.endings.get(e, 0) / row.runs:.1%}" for e in endings]
        lines.append(f"| {row.name} | {row.runs} | {row.result.outcome_share('survived'):.1%} | "
                     + " | ".join(cells) + " |")
    return "\n".join(lines)


def targets(rows: list[Row]) -> list[tuple[str, str, bool]]:
    by = {r.name: r.result for r in rows}
    out = []
    hist = by["historical"]
    out.append(("Historical path ends in ousted-1964 in at least 60%",
                f"{hist.endings.get('ousted-1964', 0) / hist.runs:.1%}",
                hist.endings.get("ousted-1964", 0) / hist.runs >= 0.60))
    fell_1957 = sum(n for (e, d), n in hist.ended.items()
                    if d and d.startswith("1957") and hist.world.endings[e].outcome != "survived")
    out.append(("Historical path falls in 1957 in at most 10%", f"{fell_1957 / hist.runs:.1%}",
                fell_1957 / hist.runs <= 0.10))
    rnd = by["random"].outcome_share("survived")
    out.append(("Random bot survives in 10-35%", f"{rnd:.1%}", 0.10 <= rnd <= 0.35))
    first = by["first"].outcome_share("survived")
    out.append(("Always-first bot survives at most 40%", f"{first:.1%}", first <= 0.40))
    fixed = [r for r in rows if r.name.startswith(("nth:", "greedy:"))]
    best = max(fixed, key=lambda r: r.result.outcome_share("survived"))
    share = best.result.outcome_share("survived")
    out.append(("No fixed pattern or single-meter greedy bot survives more than 50%",
                f"best: {best.name} {share:.1%}", share <= 0.50))
    out += strategy_targets(by)
    reached = {e for r in rows for e, n in r.result.endings.items() if n}
    missing = sorted(set(hist.world.endings) - reached)
    out.append(("Every ending is reached by some bot", ", ".join(missing) or "all reached",
                not missing))
    return out


# More than one way to survive (issue 10, item 7): three written strategies of different
# character each survive a fair share, the play-test's cold line no more than half its games,
# and the bold reformer's road is narrow but open.
FAIR_SHARE = ("reformer", "strongman", "balancer")


def strategy_targets(by: dict[str, Survey]) -> list[tuple[str, str, bool]]:
    out = []
    for name in FAIR_SHARE:
        result = by.get(f"strategy:{name}")
        if result is not None:
            s = result.outcome_share("survived")
            out.append((f"The {name} strategy survives in 25-70%", f"{s:.1%}", 0.25 <= s <= 0.70))
    cold = by.get("strategy:cold-line")
    if cold is not None:
        s = cold.outcome_share("survived")
        out.append(("The cold line (the people ignored) survives at most 50%", f"{s:.1%}",
                    s <= 0.50))
    bold = by.get("strategy:bold-reformer")
    if bold is not None:
        s = bold.outcome_share("survived")
        out.append(("The bold reformer survives in at least 10%", f"{s:.1%}", s >= 0.10))
    return out


def calibration(rows: list[Row]) -> str:
    """The documented course: each point on Khrushchev's path, what was measured (medians, or
    the share of games), the test, and the documents and passages it rests on."""
    hist = next(r.result for r in rows if r.name == "historical")
    lines = ["| checkpoint | on Khrushchev's path | test | holds | source and passage |",
             "|---|---|---|:-:|---|"]
    for point in (*COURSE, *CHECKPOINTS):
        lines.append(f"| {point.claim} | {point.measured(hist)} | {point.describe()} | "
                     f"{'yes' if point.holds(hist) else 'NO'} | "
                     f"{cited(point.sources, point.beyond)} |")
    return "\n".join(lines)


def render(world: World, rows: list[Row]) -> str:
    checks = "\n".join(f"| {name} | {value} | {'yes' if ok else 'NO'} |"
                       for name, value, ok in targets(rows))
    return (f"{BEGIN}\n"
            f"Scenario `{world.id}` (content hash `{world.scenario.content_hash}`), "
            "seeds from 1.\n\n"
            f"### Endings by bot\n\n{table(world, rows)}\n\n"
            f"### Targets\n\n| target | measured | met |\n|---|---|:-:|\n{checks}\n\n"
            f"### The documented course: the historical path against the documents\n\n"
            f"Medians over the historical bot's games (a stat at a date, or from one date to "
            f"another), or the share of its games in which a thing happened as it did.\n\n"
            f"{calibration(rows)}\n{END}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scenario", default="campaign")
    parser.add_argument("--write", metavar="FILE", help="replace the table in this markdown file")
    parser.add_argument("--quick", action="store_true", help="a fifth of the runs")
    parser.add_argument("--jobs", type=int, default=None,
                        help="processes (default: every core; the numbers are the same)")
    args = parser.parse_args()
    world = world_of(args.scenario)
    rows = run_all(args.scenario, args.quick, args.jobs)
    text = render(world, rows)
    if args.write:
        path = Path(args.write)
        doc = path.read_text(encoding="utf-8")
        if BEGIN not in doc or END not in doc:
            print(f"{path}: no {BEGIN} ... {END} markers", file=sys.stderr)
            return 2
        doc = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda m: text, doc, flags=re.S)
        path.write_text(doc, encoding="utf-8")
    else:
        print(text)
    return 0 if all(ok for _, _, ok in targets(rows)) else 1


if __name__ == "__main__":
    raise SystemExit(main())
