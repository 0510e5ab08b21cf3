#!/usr/bin/env python3
"""Solve each benchmark instance written by `entraide-bench` again with CP-SAT, as an independent check.

For every `<size>-seed<seed>.json` in a folder, this builds an exact CP-SAT model of the same planning
problem, solves it, and compares its objective vector with the one the Swift planner reported. It writes
`cpsat-results.json` into the folder (read by `report.py`) and prints one line per instance.

The model (x[l][s] = 1 when slot s is chosen for level l; levels are information, founding1, founding2 and,
when planned, review; the slots are those that survive the single-slot rules):

  - exactly one slot per level;
  - gaps and the sequence order: x[l][t] <= sum of x[l-1][s] over the slots s with day(t) - day(s) inside
    level l's gap and end(s) <= start(t) (so the sessions never overlap and come in order);
  - booking conflicts: two slots of different levels that overlap on the wall clock and share a
    facilitator or a venue are not both chosen;
  - continuity: c[p] <= sum of x over the slots p can attend, for each of the first three levels, and
    c[p] >= (those three sums) - 2, so c[p] is exactly "p can attend all three";
  - whole-sequence quorum (when required): sum c[p] >= quorum;
  - review: rc[p] <= c[p], rc[p] <= sum of x over the review slots p can attend; ry[p] likewise for yes.

The objective is the lexicographic one of `PlanScore.objectiveVector`:
  (1) continuity, (2) attendance halves over the first three sessions (yes 2, if-need-be 1, everyone),
  (3) founding 1 and 2 on the same weekday and start time, (4) fewest of the first three sessions on their
  facilitator's tentative time, (5) earliest information start, (6) continuity members who can attend the
  review, (7) their halves there, (8) a review not on tentative time, (9) earliest review start.
Each component is shifted to a non-negative "goodness" g_i in [0, R_i) using bounds read from the data
(start times become their rank among the level's distinct starts, which preserves the order), and the
model maximises ONE integer objective sum(w_i * g_i) with w_last = 1, w_i = w_{i+1} * R_{i+1}. As every
later part is below w_i, this is exactly lexicographic. The product of the R_i is checked to stay
below 2**53 (so CP-SAT's double-precision objective handling is exact; int64 would allow 2**63); when it
would not, the instance is solved in stages instead (maximise g_1, fix it, maximise g_2, ...), and
`--mode staged` forces that for every instance.

The objective vector reported is not read from the model's variables: it is recomputed from the chosen
slots by `evaluate`, written from the rules, and the model's own values are checked against it. The Swift
plan is evaluated the same way (feasibility and vector), which catches a disagreement on either side.

Time: `build_ms` is the Python time to build the model from the loaded JSON; `solve_ms` is the wall time
CP-SAT reports for its solve (`solver.wall_time`, summed over stages); `total_ms` = build + solve.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time

from ortools.sat.python import cp_model

RANDOM_SEED = 20270111
EXACT_FLOAT_LIMIT = 2**53


def conflicts(a: dict, b: dict) -> bool:
    """Whether two slots book the same facilitator or venue at overlapping wall-clock times."""
    overlap = a["start"] < b["end"] and b["start"] < a["end"]
    return overlap and (a["facilitator"] == b["facilitator"] or a["venue"] == b["venue"])


def halves(slot: dict) -> int:
    return len(slot["attend"]) + len(slot["yes"])


def evaluate(instance: dict, slot_ids: list[str]) -> tuple[list[int] | None, str]:
    """The objective vector of a plan given by slot ids, or None and the first rule it breaks."""
    levels = instance["levels"]
    if len(slot_ids) != len(levels):
        return None, f"{len(slot_ids)} slots for {len(levels)} sessions"
    chosen = []
    for level, slot_id in zip(levels, slot_ids):
        found = [s for s in level["slots"] if s["id"] == slot_id]
        if not found:
            return None, f"'{slot_id}' is not a usable {level['kind']} candidate"
        chosen.append(found[0])
    for index in range(1, len(levels)):
        gap = levels[index]["gap"]
        days = chosen[index]["day"] - chosen[index - 1]["day"]
        if not gap["min"] <= days <= gap["max"]:
            return None, f"{slot_ids[index]} lies {days} days after {slot_ids[index - 1]}"
    # The sequence order: every session starts once every earlier one has ended.
    for a in range(len(chosen)):
        for b in range(a + 1, len(chosen)):
            if chosen[b]["start"] < chosen[a]["end"]:
                return None, f"{slot_ids[b]} starts before {slot_ids[a]} ends"
    for a in range(len(chosen)):
        for b in range(a + 1, len(chosen)):
            if conflicts(chosen[a], chosen[b]):
                return None, f"{slot_ids[a]} and {slot_ids[b]} book a facilitator or venue twice"
    continuity = set(chosen[0]["attend"]) & set(chosen[1]["attend"]) & set(chosen[2]["attend"])
    if instance["requiresSequenceQuorum"] and len(continuity) < instance["quorum"]:
        return None, f"{len(continuity)} can attend all three, fewer than the quorum {instance['quorum']}"
    vector = [
        len(continuity),
        sum(halves(s) for s in chosen[:3]),
        1 if chosen[1]["rhythm"] == chosen[2]["rhythm"] else 0,
        -sum(1 for s in chosen[:3] if s.get("tentative", False)),
        -chosen[0]["start"],
        0,
        0,
        0,
        0,
    ]
    if len(chosen) == 4:
        review = chosen[3]
        able = continuity & set(review["attend"])
        vector[5] = len(able)
        vector[6] = len(able) + len(continuity & set(review["yes"]))
        vector[7] = -1 if review.get("tentative", False) else 0
        vector[8] = -review["start"]
    return vector, ""


class PlanModel:
    """The CP-SAT model of one instance, with the objective components as linear expressions."""

    def __init__(self, instance: dict):
        self.instance = instance
        levels = instance["levels"]
        model = cp_model.CpModel()
        self.model = model
        self.x = [[model.new_bool_var(f"x_{l}_{s['id']}") for s in level["slots"]] for l, level in enumerate(levels)]
        for xs in self.x:
            model.add_exactly_one(xs)

        # Gaps and order: a slot of a later level needs a chosen slot of the previous level within the gap
        # that has ended when it starts.
        for l in range(1, len(levels)):
            gap = levels[l]["gap"]
            earlier = levels[l - 1]["slots"]
            for t, slot in enumerate(levels[l]["slots"]):
                compatible = [
                    self.x[l - 1][s]
                    for s, previous in enumerate(earlier)
                    if gap["min"] <= slot["day"] - previous["day"] <= gap["max"] and previous["end"] <= slot["start"]
                ]
                model.add_bool_or([self.x[l][t].Not()] + compatible)

        # Booking conflicts between slots of different levels, found per day (overlaps need a common day
        # of the wall clock, and sessions never run past midnight in the samples; the check below is exact
        # anyway because it compares minutes, the grouping only prunes pairs that cannot overlap).
        by_day: dict[int, list[tuple[int, int]]] = {}
        for l, level in enumerate(levels):
            for s, slot in enumerate(level["slots"]):
                for day in range(slot["start"] // 1440, (slot["end"] - 1) // 1440 + 1):
                    by_day.setdefault(day, []).append((l, s))
        pairs = set()
        for members in by_day.values():
            for i, (la, sa) in enumerate(members):
                for lb, sb in members[i + 1 :]:
                    if la != lb and conflicts(levels[la]["slots"][sa], levels[lb]["slots"][sb]):
                        pairs.add(((la, sa), (lb, sb)) if (la, sa) < (lb, sb) else ((lb, sb), (la, sa)))
        for (la, sa), (lb, sb) in sorted(pairs):
            model.add_bool_or([self.x[la][sa].Not(), self.x[lb][sb].Not()])
        self.conflict_pairs = len(pairs)

        # Continuity over the first three levels.
        participants = range(instance["participantCount"])
        attend = [[[] for _ in participants] for _ in levels]
        yes = [[[] for _ in participants] for _ in levels]
        for l, level in enumerate(levels):
            for s, slot in enumerate(level["slots"]):
                for p in slot["attend"]:
                    attend[l][p].append(self.x[l][s])
                for p in slot["yes"]:
                    yes[l][p].append(self.x[l][s])
        self.c = []
        for p in participants:
            c = model.new_bool_var(f"c_{p}")
            for l in range(3):
                model.add_bool_or([c.Not()] + attend[l][p])
            model.add(c >= sum(sum(attend[l][p]) for l in range(3)) - 2)
            self.c.append(c)
        continuity = sum(self.c)
        if instance["requiresSequenceQuorum"]:
            model.add(continuity >= instance["quorum"])

        first_three_halves = sum(
            halves(slot) * self.x[l][s] for l in range(3) for s, slot in enumerate(levels[l]["slots"])
        )
        halves_low = sum(min(halves(s) for s in levels[l]["slots"]) for l in range(3))
        halves_high = sum(max(halves(s) for s in levels[l]["slots"]) for l in range(3))

        # Regular rhythm: reg and a founding 1 of rhythm r imply a founding 2 of rhythm r.
        self.regular = model.new_bool_var("regular")
        rhythms = {s["rhythm"] for s in levels[1]["slots"]} | {s["rhythm"] for s in levels[2]["slots"]}
        for rhythm in sorted(rhythms):
            first = [self.x[1][s] for s, slot in enumerate(levels[1]["slots"]) if slot["rhythm"] == rhythm]
            second = [self.x[2][s] for s, slot in enumerate(levels[2]["slots"]) if slot["rhythm"] == rhythm]
            model.add(sum(second) >= self.regular + sum(first) - 1)

        info_rank, info_count = self.start_rank(0)
        continuity_high = min(max(len(s["attend"]) for s in levels[l]["slots"]) for l in range(3))

        tentative_first_three = sum(
            self.x[l][s] for l in range(3) for s, slot in enumerate(levels[l]["slots"]) if slot.get("tentative", False)
        )

        # Components as (expression, range size), each expression a goodness in [0, range).
        self.components = [
            (continuity, continuity_high + 1),
            (first_three_halves - halves_low, halves_high - halves_low + 1),
            (self.regular, 2),
            (3 - tentative_first_three, 4),
            (info_count - 1 - info_rank, info_count),
        ]
        if len(levels) == 4:
            review_continuity = []
            review_yes = []
            for p in participants:
                able = model.new_bool_var(f"rc_{p}")
                model.add_implication(able, self.c[p])
                model.add_bool_or([able.Not()] + attend[3][p])
                glad = model.new_bool_var(f"ry_{p}")
                model.add_implication(glad, self.c[p])
                model.add_bool_or([glad.Not()] + yes[3][p])
                review_continuity.append(able)
                review_yes.append(glad)
            review_rank, review_count = self.start_rank(3)
            review_high = min(continuity_high, max(len(s["attend"]) for s in levels[3]["slots"]))
            review_tentative = sum(
                self.x[3][s] for s, slot in enumerate(levels[3]["slots"]) if slot.get("tentative", False)
            )
            self.components += [
                (sum(review_continuity), review_high + 1),
                (sum(review_continuity) + sum(review_yes), 2 * review_high + 1),
                (1 - review_tentative, 2),
                (review_count - 1 - review_rank, review_count),
            ]
        self.weights = [1] * len(self.components)
        for i in range(len(self.components) - 2, -1, -1):
            self.weights[i] = self.weights[i + 1] * self.components[i + 1][1]
        self.objective_span = self.weights[0] * self.components[0][1]

    def start_rank(self, level: int):
        """The chosen slot's rank among the level's distinct starts (0 = earliest), and how many there are."""
        slots = self.instance["levels"][level]["slots"]
        starts = sorted({s["start"] for s in slots})
        rank = {start: index for index, start in enumerate(starts)}
        return sum(rank[slot["start"]] * self.x[level][s] for s, slot in enumerate(slots)), len(starts)

    def chosen_ids(self, solver: cp_model.CpSolver) -> list[str]:
        ids = []
        for l, level in enumerate(self.instance["levels"]):
            picked = [level["slots"][s]["id"] for s, var in enumerate(self.x[l]) if solver.boolean_value(var)]
            ids.append(picked[0])
        return ids

    def component_values(self, solver: cp_model.CpSolver) -> list[int]:
        return [solver.value(expression) for expression, _ in self.components]


def solve(instance: dict, mode: str, time_limit: float, log: bool = False) -> dict:
    levels = instance["levels"]
    started = time.perf_counter()
    if any(not level["slots"] for level in levels):
        built = None
    else:
        built = PlanModel(instance)
    build_ms = (time.perf_counter() - started) * 1000
    result = {"build_ms": build_ms, "solve_ms": 0.0, "stages": 0}
    if built is None:
        result.update(status="INFEASIBLE", proven=True, vector=[], slot_ids=[], mode="none")
        return result
    if mode == "weighted" and built.objective_span >= EXACT_FLOAT_LIMIT:
        mode = "staged"
    result["mode"] = mode
    result["objective_span"] = built.objective_span
    result["conflict_pairs"] = built.conflict_pairs

    def run(objective) -> tuple[cp_model.CpSolver, int]:
        built.model.maximize(objective)
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 2
        solver.parameters.random_seed = RANDOM_SEED
        solver.parameters.max_time_in_seconds = time_limit
        solver.parameters.log_search_progress = log
        status = solver.solve(built.model)
        result["solve_ms"] += solver.wall_time * 1000
        result["stages"] += 1
        return solver, status

    if mode == "weighted":
        solver, status = run(sum(w * e for w, (e, _) in zip(built.weights, built.components)))
    else:
        for index, (expression, _) in enumerate(built.components):
            solver, status = run(expression)
            if status != cp_model.OPTIMAL:
                break
            value = solver.value(expression)
            # Keep the stage's optimum and start the next stage from this solution.
            built.model.add(expression == value)
            built.model.clear_hints()
            for xs in built.x:
                for var in xs:
                    built.model.add_hint(var, solver.boolean_value(var))
    result["status"] = solver.status_name(status)
    result["proven"] = status in (cp_model.OPTIMAL, cp_model.INFEASIBLE)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        result.update(vector=[], slot_ids=[])
        return result
    ids = built.chosen_ids(solver)
    vector, problem = evaluate(instance, ids)
    result["slot_ids"] = ids
    result["vector"] = vector or []
    result["model_values"] = built.component_values(solver)
    if vector is None:
        result["model_error"] = f"CP-SAT's plan breaks a rule: {problem}"
    else:
        expected = expected_components(built, instance, vector)
        if expected != result["model_values"]:
            result["model_error"] = f"model components {result['model_values']} but the plan gives {expected}"
    return result


def expected_components(built: PlanModel, instance: dict, vector: list[int]) -> list[int]:
    """The goodness values the model should hold for a plan with this vector."""
    levels = instance["levels"]

    def rank(level: int, start: int) -> int:
        return sorted({s["start"] for s in levels[level]["slots"]}).index(start)

    halves_low = sum(min(halves(s) for s in levels[l]["slots"]) for l in range(3))
    values = [
        vector[0],
        vector[1] - halves_low,
        vector[2],
        3 + vector[3],
        built.components[4][1] - 1 - rank(0, -vector[4]),
    ]
    if len(levels) == 4:
        values += [vector[5], vector[6], 1 + vector[7], built.components[8][1] - 1 - rank(3, -vector[8])]
    return values


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=pathlib.Path, help="folder of instance JSON files from entraide-bench")
    parser.add_argument("--mode", choices=["weighted", "staged"], default="weighted")
    parser.add_argument("--time-limit", type=float, default=600.0, help="seconds per CP-SAT solve")
    parser.add_argument("--only", default="*", help="glob of instance names to solve, e.g. 'L-*'")
    parser.add_argument("--log", action="store_true", help="print CP-SAT's search log")
    args = parser.parse_args()

    files = sorted(args.folder.glob(f"{args.only}-seed*.json" if "seed" not in args.only else args.only))
    if not files:
        print(f"{args.folder}: no '*-seed*.json' instance files.", file=sys.stderr)
        return 2
    results = []
    for path in files:
        instance = json.loads(path.read_text())
        outcome = solve(instance, args.mode, args.time_limit, args.log)
        swift = instance["swift"]
        record = {
            "file": path.name,
            "size": instance["size"],
            "seed": instance["seed"],
            "candidates_per_session": instance["candidatesPerSession"],
            "participants": instance["participantCount"],
            "usable": [len(level["slots"]) for level in instance["levels"]],
            "swift_outcome": swift["outcome"],
            "swift_vector": swift["objectiveVector"],
            "swift_slot_ids": swift["slotIDs"],
            "swift_ms": swift["milliseconds"]["median"],
            "swift_cpu_ms": swift["milliseconds"].get("cpuMedian", swift["milliseconds"]["median"]),
            "swift_max_run_ms": swift["milliseconds"]["max"],
            "swift_nodes": swift["nodes"],
            "swift_proven": swift["isProvenOptimal"],
            "cpsat": outcome,
        }
        if swift["outcome"] == "planned":
            swift_vector, problem = evaluate(instance, swift["slotIDs"])
            if swift_vector is None:
                record["swift_error"] = f"Swift's plan breaks a rule: {problem}"
            elif swift_vector != swift["objectiveVector"]:
                record["swift_error"] = f"Swift reports {swift['objectiveVector']} but its plan gives {swift_vector}"
        if swift["outcome"] == "infeasible":
            record["equal"] = outcome["status"] == "INFEASIBLE"
        else:
            # A CP-SAT incumbent that was not proven optimal still counts when equal (cpsat.proven tells).
            record["equal"] = outcome["status"] in ("OPTIMAL", "FEASIBLE") and outcome["vector"] == swift["objectiveVector"]
        results.append(record)
        mark = "equal" if record["equal"] else "DIFFERENT"
        print(
            f"{instance['size']:>2} seed {instance['seed']}: CP-SAT {outcome['status']} "
            f"build {outcome['build_ms']:.1f} ms + solve {outcome['solve_ms']:.1f} ms ({outcome['mode']}), "
            f"Swift {swift['milliseconds']['median']:.2f} ms; objective {mark}"
            + ("" if record["equal"] else f": Swift {swift['objectiveVector']} CP-SAT {outcome['vector']}"),
            flush=True,
        )
        if "swift_error" in record:
            print(f"   {record['swift_error']}", flush=True)
        if "model_error" in outcome:
            print(f"   {outcome['model_error']}", flush=True)
    (args.folder / "cpsat-results.json").write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
