#!/usr/bin/env python3
"""Tables of scripts/bench-calendar: our optimiser against CP-SAT, per size, with the issue's targets.

    calendar_report.py FOLDER R1 R2 ...

Reads `<size>.json` (the instance with our result), `<size>-cpsat-<limit>-<plain|hint>.json` (CP-SAT's runs) and
their `.check.json` (the Swift checker's verdict on CP-SAT's calendars). Objectives are vectors of 15 terms in
lexicographic order (see README, "Regional planning"); a comparison names the first term where two differ.
Exit status 1 when any calendar breaks a rule or reports an objective the checker does not recompute.
"""

from __future__ import annotations

import json
import pathlib
import re
import sys

TERMS = [
    "published-kept", "groups-placed", "continuity", "attendance", "rhythm", "information-start",
    "review-continuity", "review-attendance", "review-start", "enrolled", "enrolment-priority",
    "workshop-spread", "peak-load", "peak-weeks", "travel",
]
MINIMISED = {5, 8, 12, 13, 14}
TIME_TARGETS = {"R3": 3.0, "R4": 10.0}
MEMORY_TARGET_MB = 500


def oriented(vector: list[int]) -> list[int]:
    return [-v if i in MINIMISED else v for i, v in enumerate(vector)]


def compare(ours: list[int], theirs: list[int] | None) -> tuple[int, str]:
    """(sign, text): sign > 0 when ours is better, 0 when equal, < 0 when CP-SAT's is better."""
    if not theirs:
        return 1, "CP-SAT found no calendar"
    for i, (a, b) in enumerate(zip(ours, theirs)):
        if a != b:
            sign = 1 if (a > b) != (i in MINIMISED) else -1
            who = "ours better" if sign > 0 else "CP-SAT better"
            return sign, f"{who}: {TERMS[i]} {a} vs {b}"
    return 0, "equal"


def bound_text(result: dict, ours: list[int]) -> str:
    bound = result.get("bound") or []
    if not bound:
        return "none"
    if result.get("provenOptimal"):
        return "proven optimum"
    k = len(bound) - 1
    prefix = "" if k == 0 else f"{k} terms proven, "
    return f"{prefix}{TERMS[k]} {'≥' if k in MINIMISED else '≤'} {bound[k]}"


def main() -> int:
    folder = pathlib.Path(sys.argv[1])
    sizes = sys.argv[2:]
    failures = []
    targets = []
    print("## Summary")
    print()
    print("| size | groups / facilitators / rooms / workshops | groups placed | our gap to our bound | our seconds "
          "| our peak MB | checker | best CP-SAT run | CP-SAT against ours | CP-SAT peak MB |")
    print("| --- | --- | ---: | --- | ---: | ---: | --- | --- | --- | ---: |")
    details = []
    for size in sizes:
        instance = json.loads((folder / f"{size}.json").read_text())
        swift = instance["swift"]
        ours = swift["objective"]
        if not swift["checkerValid"]:
            failures.append(f"{size}: our calendar: {swift['violations']}")
        gap = "proven optimal"
        for i, (a, b) in enumerate(zip(ours, swift["bound"])):
            if a != b:
                relative = abs(a - b) / abs(b) * 100 if b else 100.0
                gap = f"{TERMS[i]} {a} (bound {b}, {relative:.1f} %)"
                break
        runs = []
        for path in sorted(folder.glob(f"{size}-cpsat-*.json")):
            if path.name.endswith(".check.json"):
                continue
            match = re.match(rf"{size}-cpsat-([0-9.]+)-(plain|hint)\.json", path.name)
            if not match:
                continue
            result = json.loads(path.read_text())
            check_path = path.with_name(path.name.replace(".json", ".check.json"))
            check = json.loads(check_path.read_text()) if check_path.exists() else None
            if check is not None and not check["valid"]:
                failures.append(f"{path.name}: {check['violations'][:3]}")
            if check is not None and result.get("vector") and check["objective"] != result["vector"]:
                failures.append(f"{path.name}: CP-SAT reports {result['vector']}, the checker recomputes {check['objective']}")
            sign, text = compare(ours, result.get("vector"))
            runs.append((float(match.group(1)), match.group(2), result, check, sign, text))
        runs.sort(key=lambda run: (run[0], run[1]))
        best = None
        for run in runs:
            if run[2].get("vector") and (best is None or oriented(run[2]["vector"]) > oriented(best[2]["vector"])):
                best = run
        peak = max((run[2].get("peakMegabytes", 0) for run in runs), default=0)
        best_name = f"{best[0]:g} s {best[1]}" if best else "none"
        best_text = compare(ours, best[2]["vector"])[1] if best else "CP-SAT found no calendar"
        counts = f"{len(instance['groups'])} / {len(instance['facilitators'])} / {len(instance['venues'])} / {len(instance['workshops'])}"
        print(f"| {size} | {counts} | {ours[1]}/{len(instance['groups'])} | {gap} | {swift['seconds']:.2f} "
              f"| {swift['peakMegabytes']:.0f} | {'valid' if swift['checkerValid'] else 'INVALID'} | {best_name} "
              f"| {best_text} | {peak:.0f} |")
        details.append((size, ours, swift, runs))

        proven = [run for run in runs if run[2].get("provenOptimal")]
        if size in ("R1", "R2"):
            if gap == "proven optimal":
                targets.append((f"{size}: proven optimal by our own bound", True))
            elif proven:
                equal = all(run[4] == 0 for run in proven)
                targets.append((f"{size}: equal to CP-SAT's proven optimum ({proven[0][0]:g} s {proven[0][1]})", equal))
            else:
                beaten = [run for run in runs if run[4] < 0]
                targets.append((f"{size}: equal to CP-SAT's proven optimum — CP-SAT proved nothing; CP-SAT better "
                                f"in {len(beaten)} of {len(runs)} runs", False))
        if size in TIME_TARGETS:
            limit = TIME_TARGETS[size]
            targets.append((f"{size}: ours in under {limit:g} s ({swift['seconds']:.2f} s)", swift["seconds"] < limit))
        if size == "R3":
            longest = max((run[0] for run in runs), default=None)
            last = [run for run in runs if run[0] == longest]
            targets.append((f"R3: at least as good as CP-SAT's {longest:g} s results "
                            f"({'; '.join(run[1] + ': ' + run[5] for run in last)})", all(run[4] >= 0 for run in last)))
        if size == "R4":
            targets.append((f"R4: the checker accepts our calendar", swift["checkerValid"]))
            targets.append((f"R4: peak memory under {MEMORY_TARGET_MB} MB ({swift['peakMegabytes']:.0f} MB)",
                            swift["peakMegabytes"] < MEMORY_TARGET_MB))
            targets.append(("R4: at least as good as anything CP-SAT finds", all(run[4] >= 0 for run in runs)))

    print()
    print("## CP-SAT runs")
    print()
    print("| size | limit s | hint | stages (last status) | CP-SAT against ours | CP-SAT's bound | checker | build s "
          "| solve s | peak MB |")
    print("| --- | ---: | --- | --- | --- | --- | --- | ---: | ---: | ---: |")
    for size, ours, swift, runs in details:
        for limit, mode, result, check, sign, text in runs:
            stages = result.get("stages", [])
            last = stages[-1] if stages else {"term": "none", "status": "NOT STARTED"}
            finished = sum(1 for stage in stages if stage["status"] in ("OPTIMAL", "CONSTANT"))
            verdict = "valid" if check and check["valid"] else ("INVALID" if check else "no calendar")
            print(f"| {size} | {limit:g} | {'yes' if mode == 'hint' else 'no'} | {finished}/{len(TERMS) - 1} finished "
                  f"({last['term']} {last['status']}) | {text} | {bound_text(result, ours)} | {verdict} "
                  f"| {result.get('build_seconds', 0):.1f} | {result.get('solve_seconds', 0):.1f} "
                  f"| {result.get('peakMegabytes', 0):.0f} |")

    print()
    print("## Objective vectors")
    print()
    print("Terms: " + ", ".join(f"{i + 1} {name}" for i, name in enumerate(TERMS)) + ".")
    print()
    for size, ours, swift, runs in details:
        print(f"- {size} ours: {ours}; our bound: {swift['bound']}")
        for limit, mode, result, _, _, _ in runs:
            print(f"- {size} CP-SAT {limit:g} s {mode}: {result.get('vector')}; bound {result.get('bound')}")

    print()
    for text, passed in targets:
        print(f"- {'PASS' if passed else 'FAIL'}: {text}")
    for failure in failures:
        print(f"- ERROR: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
