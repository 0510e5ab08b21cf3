#!/usr/bin/env python3
"""Summarise `cpsat-results.json` (written by cpsat_plan.py) as markdown tables and check the targets.

Exit status: 0 when the two agree on every instance (equal objective vectors, or CP-SAT stopped by its time
limit on a plan no better than Swift's) and every Swift solve is proven optimal, 1 otherwise.
The timing targets are printed as PASS/FAIL but do not change the exit status (they depend on the machine).

Per size: "Swift median ms (max)" is the median over instances of each instance's median run, and in
brackets the slowest instance's median; "Swift CPU ms (max)" the same for the planning thread's CPU time,
which other work sharing the machine's cores inflates far less. The time targets are checked against the
slowest instance's CPU median (both are printed).
"CP-SAT ms" is the median over instances of build + solve (see cpsat_plan.py); "≥" marks a size where some
CP-SAT solve reached its time limit without proving optimality, so its time and ratio are lower bounds.
"ratio" is CP-SAT ms / Swift ms per instance: the median and, in brackets, the smallest.
"""

from __future__ import annotations

import json
import pathlib
import statistics
import sys

ORDER = ["S", "M", "L", "XL", "W"]
TIME_TARGETS_MS = {"L": 50.0, "XL": 10.0, "W": 1000.0}
RATIO_TARGET = 10.0


def ms(value: float) -> str:
    return f"{value:.2f}" if value < 100 else f"{value:.0f}"


def verdict(record: dict) -> str:
    """How the two objective vectors compare: equal, or the kind of difference."""
    cpsat = record["cpsat"]
    if record.get("swift_error") or cpsat.get("model_error"):
        return "error"
    if record["equal"]:
        return "equal" if cpsat["proven"] else "equal (CP-SAT unproven)"
    if cpsat["status"] == "FEASIBLE" and cpsat["vector"] < record["swift_vector"]:
        return "differs (CP-SAT timed out on a worse plan)"
    return "DISAGREE"


def agrees(record: dict) -> bool:
    """Equal vectors, or an unproven CP-SAT incumbent that is worse: no evidence against Swift's optimum."""
    if record.get("swift_error") or record["cpsat"].get("model_error"):
        return False
    return record["equal"] or verdict(record) == "differs (CP-SAT timed out on a worse plan)"


def main() -> int:
    results = json.loads((pathlib.Path(sys.argv[1]) / "cpsat-results.json").read_text())
    sizes = [s for s in ORDER if any(r["size"] == s for r in results)]
    all_equal = True
    all_proven = True
    targets = []

    print("| size | candidates/session | participants | instances | Swift median ms (max) | Swift CPU ms (max) "
          "| nodes median (max) | proven optimal | CP-SAT ms | ratio CP-SAT/Swift | objectives equal |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size in sizes:
        rows = [r for r in results if r["size"] == size]
        swift = [r["swift_ms"] for r in rows]
        cpu = [r.get("swift_cpu_ms", r["swift_ms"]) for r in rows]
        nodes = [r["swift_nodes"] for r in rows]
        proven = sum(1 for r in rows if r["swift_proven"])
        cpsat = [r["cpsat"]["build_ms"] + r["cpsat"]["solve_ms"] for r in rows]
        unproven = any(not r["cpsat"]["proven"] for r in rows)
        ratios = [c / s for c, s in zip(cpsat, swift)]
        equal = sum(1 for r in rows if r["equal"] and not r.get("swift_error") and not r["cpsat"].get("model_error"))
        bound = "≥ " if unproven else ""
        print(
            f"| {size} | {rows[0]['candidates_per_session']} | {rows[0]['participants']} | {len(rows)} "
            f"| {ms(statistics.median(swift))} ({ms(max(swift))}) | {ms(statistics.median(cpu))} ({ms(max(cpu))}) "
            f"| {statistics.median(nodes):.0f} ({max(nodes)}) | {proven}/{len(rows)} "
            f"| {bound}{ms(statistics.median(cpsat))} "
            f"| {bound}{statistics.median(ratios):.0f}× ({min(ratios):.0f}×) | {equal}/{len(rows)} |"
        )
        all_equal &= all(agrees(r) for r in rows)
        all_proven &= proven == len(rows)
        if size in TIME_TARGETS_MS:
            limit = TIME_TARGETS_MS[size]
            targets.append((f"{size}: Swift under {limit:.0f} ms (slowest instance median: CPU {ms(max(cpu))} ms, "
                            f"wall {ms(max(swift))} ms)", max(cpu) < limit))
            targets.append((f"{size}: at least {RATIO_TARGET:.0f}× faster than CP-SAT (smallest ratio "
                            f"{bound}{min(ratios):.0f}×)", min(ratios) >= RATIO_TARGET))

    print()
    print("| instance | usable candidates | Swift median ms | nodes | proven | CP-SAT status "
          "| build ms | solve ms | mode | Swift objective | CP-SAT objective | comparison |")
    print("| --- | --- | ---: | ---: | --- | --- | ---: | ---: | --- | --- | --- | --- |")
    for size in sizes:
        for r in sorted((r for r in results if r["size"] == size), key=lambda r: r["seed"]):
            c = r["cpsat"]
            print(
                f"| {size} seed {r['seed']} | {'/'.join(map(str, r['usable']))} "
                f"| {ms(r['swift_ms'])} | {r['swift_nodes']} | {'yes' if r['swift_proven'] else 'NO'} "
                f"| {c['status']} | {c['build_ms']:.1f} | {c['solve_ms']:.1f} | {c.get('mode', '')} "
                f"| {r['swift_vector']} | {c['vector']} | {verdict(r)} |"
            )
    problems = [r for r in results if not agrees(r)]
    for r in problems:
        for message in (r.get("swift_error"), r["cpsat"].get("model_error")):
            if message:
                print(f"\n{r['size']} seed {r['seed']}: {message}")

    print()
    targets.append(("every Swift solve proven optimal", all_proven))
    targets.append(
        ("every objective vector equal to CP-SAT's, or better than an unproven CP-SAT plan", all_equal)
    )
    for text, passed in targets:
        print(f"- {'PASS' if passed else 'FAIL'}: {text}")
    return 0 if all_equal and all_proven else 1


if __name__ == "__main__":
    sys.exit(main())
