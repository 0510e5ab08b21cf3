#!/usr/bin/env python3
"""CP-SAT model of the coordinator's calendar (issue 10), solved as an independent reference.

    cpsat_calendar.py solve INSTANCE.json --limit SECONDS [--hint] --out RESULT.json

reads an instance written by `entraide-bench calendar --out DIR` (see README-calendar.md for its fields), builds
an exact CP-SAT model of the same problem from the raw data (every rule is applied here, nothing is pre-filtered
by Swift), solves it lexicographically, and writes the best calendar found with its objective vector, the bound
and the peak memory of this process. `--hint` starts from the Swift optimiser's calendar (the instance's
`swift.plan`).

The model. Per group g: placed[g], and one variable z per chain of the group (one usable candidate per planned
session, each within its gap of the previous one; chains below the whole-sequence quorum are left out), with
sum z = placed[g]; each chain carries its own continuity, attendance, rhythm, starts and review values, which
keeps the relaxation tight on the groups' objectives; x[g,s] = the sum of the chains through candidate s.
Per workshop w: y[w,s] a run at candidate s, chosen as one pattern (a set of at most `runs` candidates whose
runs can all reach the minimum), the enrolments capped by the pattern's maximum matching;
a[w,s,f] its facilitators (exactly `need` of those qualified and not away); e[w,s,i] the enrolment of interest
i (only in a run they can attend, at most one run per workshop, between the minimum and the capacity of a held
run); people are not enrolled in two overlapping runs. Shared: no room holds two overlapping sessions; no
facilitator leads two sessions that overlap or, in different rooms, lie closer than the travel buffer; weekly
and monthly limits. Usable candidates are those that pass the single-session rules: closures (centre's and
the group's), away days, busy and booked candidates, bookings, opening hours, qualification, capacity,
step-free access, and for the three first sessions the initiator and the quorum.

The objective is the vector of the 15 named terms in their fixed order (ObjectiveTerm in Swift). Exact
lexicographic weights would not fit in 64 bits, so the terms are solved in stages: maximise (or minimise) one
term, fix it at its optimum, hint the next stage with the solution (with `--hint`, with the Swift calendar
again as long as it is optimal on every finished stage), go on; the first two terms (published sessions kept,
groups placed) form one weighted stage. Every stage shares the one time limit; when it runs out
in the middle of a stage, the result is that stage's incumbent, and the bound is the optimum of the finished
stages followed by CP-SAT's bound on the unfinished one. `num_workers=2`, a fixed `random_seed`.

The reported vector is not read from the model: `evaluate` recomputes it from the chosen calendar, written from
the term definitions, and `entraide-bench calendar-check` checks the calendar again with the Swift checker.
"""

from __future__ import annotations

import argparse
import datetime
import json
import pathlib
import resource
import sys
import time

from ortools.sat.python import cp_model

RANDOM_SEED = 20270111
TERMS = [
    "published-kept", "groups-placed", "continuity", "attendance", "rhythm", "information-start",
    "review-continuity", "review-attendance", "review-start", "enrolled", "enrolment-priority",
    "workshop-spread", "peak-load", "peak-weeks", "travel",
]
MINIMISED = {"information-start", "review-start", "peak-load", "peak-weeks", "travel"}
FOUNDING = ("information", "founding1", "founding2")
EPOCH_ORDINAL = datetime.date(1970, 1, 1).toordinal()


def week_of(day: int) -> int:
    """Monday-based week number: equal for two days of the same ISO week."""
    return (day + 3) // 7


def month_of(day: int) -> int:
    date = datetime.date.fromordinal(day + EPOCH_ORDINAL)
    return date.year * 12 + date.month - 1


def in_spans(day: int, spans) -> bool:
    return any(low <= day <= high for low, high in spans)


class Region:
    """The instance with the single-session rules applied."""

    def __init__(self, data: dict):
        self.data = data
        self.buffer = data["buffer"]
        self.reference = data["reference"]
        self.facilitators = {f["id"]: f for f in data["facilitators"]}
        self.venues = {v["id"]: v for v in data["venues"]}
        self.bookings = {}
        for booking in data["bookings"]:
            self.bookings.setdefault(booking["venue"], []).append((booking["start"], booking["end"]))

    def is_open(self, venue: str, weekday: int, minute: int, length: int) -> bool:
        hours = self.venues[venue]["open"]
        return not hours or any(w == weekday and a <= minute and minute + length <= b for w, a, b in hours)

    def is_booked(self, venue: str, start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in self.bookings.get(venue, []))

    def shared_ok(self, slot: dict) -> bool:
        """Closure of the centre, opening hours and bookings: rules every session shares."""
        return (
            not in_spans(slot["day"], self.data["closures"])
            and self.is_open(slot["venue"], slot["weekday"], slot["minuteOfDay"], slot["end"] - slot["start"])
            and not self.is_booked(slot["venue"], slot["start"], slot["end"])
        )

    def group_slot_ok(self, group: dict, kind: str, slot: dict) -> bool:
        if not self.shared_ok(slot) or in_spans(slot["day"], group["closures"]):
            return False
        facilitator = self.facilitators[slot["facilitator"]]
        own = group["facilitators"].get(slot["facilitator"], {"away": [], "busy": []})
        if slot["day"] in facilitator["away"] or slot["day"] in own["away"] or slot["id"] in own["busy"]:
            return False
        if kind not in facilitator["kinds"]:
            return False
        room = group["venues"].get(slot["venue"])
        if room is not None and slot["id"] in room["booked"]:
            return False
        room = room or self.venues[slot["venue"]]
        attend = set(slot["attend"])
        if room["capacity"] < len(attend) + 1:
            return False
        if not room["stepFree"] and attend & set(group["stepFree"]):
            return False
        if kind in FOUNDING:
            if group["initiatorMustAttend"] and group.get("initiator") is not None and group.get("initiator") not in attend:
                return False
            if len(attend) < group["quorum"]:
                return False
        return True

    def workshop_slot_capacity(self, workshop: dict, slot: dict) -> int:
        """Places of a run at this candidate, or 0 when a single-session rule rules the candidate out."""
        room = self.venues[slot["venue"]]
        if not self.shared_ok(slot) or (workshop["stepFree"] and not room["stepFree"]):
            return 0
        if workshop.get("roomCapacity") is not None and room["capacity"] < workshop.get("roomCapacity"):
            return 0
        capacity = min(workshop["maximum"], room["capacity"] - workshop["need"])
        return capacity if capacity >= workshop["minimum"] else 0

    def leaders(self, workshop: dict, slot: dict) -> list[str]:
        return [
            f["id"] for f in self.data["facilitators"]
            if workshop["id"] in f["workshops"] and slot["day"] not in f["away"]
        ]


class CalendarModel:
    """The CP-SAT model; `items` are every possible session with its facilitator and room, for shared rules."""

    def __init__(self, region: Region):
        self.region = region
        data = region.data
        model = cp_model.CpModel()
        self.model = model
        self.items = []  # (var, start, end, day, venue, facilitator or None, books the room)
        self.enrolment_of = {}  # person -> [(slot, enrolment var)] over every workshop
        self.by_slot = {}  # (group, candidate) -> the chain variables that use it
        self.chains = 0
        self.terms = {name: 0 for name in TERMS}
        self.x = {}
        self.placed = {}
        self.y = {}
        self.a = {}
        self.e = {}
        for group in data["groups"]:
            self.add_group(group)
        for workshop in data["workshops"]:
            self.add_workshop(workshop)
        self.add_shared()

    # -- groups -----------------------------------------------------------------------------------------

    def add_group(self, group: dict):
        """The group as a choice among its chains: one usable candidate per level, each within its gap of the
        previous one. A chain carries its own objective values, which keeps the model tight on them."""
        model = self.model
        gid = group["id"]
        placed = model.new_bool_var(f"placed_{gid}")
        self.placed[gid] = placed
        levels = [
            [s for s in level["slots"] if self.region.group_slot_ok(group, level["kind"], s)]
            for level in group["levels"]
        ]
        chains = []

        def extend(chain):
            if len(chain) == len(levels):
                chains.append(list(chain))
                return
            l = len(chain)
            for slot in levels[l]:
                if l > 0:
                    low, high = group["levels"][l]["gap"]
                    if not low <= slot["day"] - chain[-1]["day"] <= high:
                        continue
                chain.append(slot)
                extend(chain)
                chain.pop()

        extend([])
        z_of = {}
        values = dict.fromkeys(TERMS[2:9], 0)
        for chain in chains:
            continuity = set(chain[0]["attend"]) & set(chain[1]["attend"]) & set(chain[2]["attend"])
            if group["wholeSequence"] and len(continuity) < group["quorum"]:
                continue
            z = model.new_bool_var(f"z_{gid}_{len(z_of)}")
            z_of[z.index] = z
            for slot in chain:
                self.by_slot.setdefault((gid, slot["id"]), []).append(z)
            rhythm = (chain[1]["weekday"], chain[1]["minuteOfDay"]) == (chain[2]["weekday"], chain[2]["minuteOfDay"])
            values["continuity"] += len(continuity) * z
            values["attendance"] += sum(len(s["attend"]) + len(s["yes"]) for s in chain[:3]) * z
            values["rhythm"] += int(rhythm) * z
            values["information-start"] += (chain[0]["start"] - self.region.reference) * z
            if len(chain) == 4:
                able = continuity & set(chain[3]["attend"])
                values["review-continuity"] += len(able) * z
                values["review-attendance"] += (len(able) + len(continuity & set(chain[3]["yes"]))) * z
                values["review-start"] += (chain[3]["start"] - self.region.reference) * z
        model.add(sum(z_of.values()) == placed)
        for name, value in values.items():
            self.terms[name] += value
        self.terms["groups-placed"] += placed
        for l, level in enumerate(group["levels"]):
            for slot in levels[l]:
                zs = self.by_slot.get((gid, slot["id"]))
                if not zs:
                    continue
                var = model.new_bool_var(f"x_{slot['id']}")
                model.add(var == sum(zs))
                self.x[(gid, slot["id"])] = var
                self.items.append((var, slot["start"], slot["end"], slot["day"], slot["venue"], slot["facilitator"], True))
                if level.get("published") == slot["id"]:
                    self.terms["published-kept"] += var
        self.chains += len(z_of)

    # -- workshops --------------------------------------------------------------------------------------

    def add_workshop(self, workshop: dict):
        model = self.model
        wid = workshop["id"]
        runs = []
        enrolment = {}  # interest index -> [(slot, var)]
        months = {}
        capacity_of = {}
        able_of = {}
        for s, slot in enumerate(workshop["slots"]):
            capacity = self.region.workshop_slot_capacity(workshop, slot)
            leaders = self.region.leaders(workshop, slot)
            room = self.region.venues[slot["venue"]]
            able = [
                i for i, interest in enumerate(workshop["interests"])
                if s in interest["attend"] and (room["stepFree"] or not interest["stepFree"])
            ]
            if capacity == 0 or len(leaders) < workshop["need"] or len(able) < workshop["minimum"]:
                continue
            y = model.new_bool_var(f"y_{slot['id']}")
            self.y[(wid, slot["id"])] = y
            capacity_of[slot["id"]] = capacity
            able_of[slot["id"]] = able
            runs.append(y)
            if slot["id"] in workshop["published"]:
                self.terms["published-kept"] += y
            self.items.append((y, slot["start"], slot["end"], slot["day"], slot["venue"], None, True))
            chosen = []
            for f in leaders:
                a = model.new_bool_var(f"a_{slot['id']}_{f}")
                self.a[(wid, slot["id"], f)] = a
                chosen.append(a)
                self.items.append((a, slot["start"], slot["end"], slot["day"], slot["venue"], f, False))
            model.add(sum(chosen) == workshop["need"] * y)
            people = []
            for i in able:
                e = model.new_bool_var(f"e_{slot['id']}_{i}")
                self.e[(wid, slot["id"], i)] = e
                model.add_implication(e, y)
                people.append(e)
                enrolment.setdefault(i, []).append((slot, e))
            model.add(sum(people) <= capacity * y)
            model.add(sum(people) >= workshop["minimum"] * y)
            months.setdefault(month_of(slot["day"]), []).append(y)
        # The runs as a choice among patterns (sets of at most `runs` candidates, no two in one room at once),
        # each bounding the enrolments by its own maximum matching: the relaxation then knows how many people a
        # set of runs can really take.
        usable = [(slot, self.y[(wid, slot["id"])], capacity_of[slot["id"]], set(able_of[slot["id"]]))
                  for slot in workshop["slots"] if (wid, slot["id"]) in self.y]
        patterns = [[]]

        def grow(start, chosen):
            for k in range(start, len(usable)):
                slot = usable[k][0]
                if any(o[0]["venue"] == slot["venue"] and o[0]["start"] < slot["end"] and slot["start"] < o[0]["end"] for o in chosen):
                    continue
                chosen.append(usable[k])
                patterns.append(list(chosen))
                if len(chosen) < workshop["runs"]:
                    grow(k + 1, chosen)
                chosen.pop()

        grow(0, [])
        pattern_vars = []
        pattern_most = {}
        ceiling = 0
        for number, pattern in enumerate(patterns):
            most = max_matching([(capacity, people) for _, _, capacity, people in pattern], workshop["minimum"])
            if most is None:
                continue  # its runs cannot all reach the minimum
            p = model.new_bool_var(f"p_{wid}_{number}")
            pattern_vars.append((p, pattern))
            pattern_most[p.index] = most
            ceiling += most * p
        model.add_exactly_one(p for p, _ in pattern_vars)
        for slot, y, _, _ in usable:
            model.add(y == sum(p for p, pattern in pattern_vars if any(o[0] is slot for o in pattern)))
        # Its enrolments as one bounded variable: the best pattern's matching caps it outright.
        best = max((pattern_most[p.index] for p, _ in pattern_vars), default=0)
        count = model.new_int_var(0, best, f"n_{wid}")
        model.add(count == sum(e for options in enrolment.values() for _, e in options))
        model.add(count <= ceiling)
        self.terms["enrolled"] += count
        # Priority points likewise: at most the best points of as many people as the best pattern takes.
        reach = sorted((workshop["interests"][i]["points"] for i in enrolment), reverse=True)
        points = model.new_int_var(0, sum(reach[:best]), f"pts_{wid}")
        model.add(points == sum(workshop["interests"][i]["points"] * e for i, options in enrolment.items() for _, e in options))
        self.terms["enrolment-priority"] += points
        for options in enrolment.values():
            model.add_at_most_one(e for _, e in options)
        for month, ys in sorted(months.items()):
            m = model.new_bool_var(f"m_{wid}_{month}")
            model.add(m <= sum(ys))
            self.terms["workshop-spread"] += m
        for i, options in enrolment.items():
            person = workshop["interests"][i]["person"]
            self.enrolment_of.setdefault(person, []).extend(options)

    # -- shared resources -------------------------------------------------------------------------------

    def add_shared(self):
        model = self.model
        buffer = self.region.buffer
        by_venue = {}
        by_facilitator = {}
        for item in self.items:
            var, start, end, day, venue, facilitator, books_room = item
            if books_room:
                by_venue.setdefault((venue, day), []).append(item)
            if facilitator is not None:
                by_facilitator.setdefault(facilitator, []).append(item)
        for items in by_venue.values():
            for i, first in enumerate(items):
                for second in items[i + 1:]:
                    if first[1] < second[2] and second[1] < first[2]:
                        model.add_bool_or([first[0].Not(), second[0].Not()])
        self.loads = {}
        travel = {}
        for facilitator, items in sorted(by_facilitator.items()):
            items.sort(key=lambda item: item[1])
            for i, first in enumerate(items):
                for second in items[i + 1:]:
                    if second[1] >= first[2] + buffer:
                        break
                    overlap = first[1] < second[2] and second[1] < first[2]
                    if overlap or first[4] != second[4]:
                        model.add_bool_or([first[0].Not(), second[0].Not()])
            record = self.region.facilitators[facilitator]
            weeks = {}
            months = {}
            days = {}
            for item in items:
                weeks.setdefault(week_of(item[3]), []).append(item[0])
                months.setdefault(month_of(item[3]), []).append(item[0])
                days.setdefault(item[3], {}).setdefault(item[4], []).append(item[0])
            for week, vars_ in weeks.items():
                if record.get("weekly") is not None:
                    model.add(sum(vars_) <= record.get("weekly"))
                self.loads[(facilitator, week)] = vars_
            if record.get("monthly") is not None:
                for vars_ in months.values():
                    model.add(sum(vars_) <= record.get("monthly"))
            for day, rooms in days.items():
                if len(rooms) < 2:
                    continue
                used = []
                for room, vars_ in sorted(rooms.items()):
                    u = model.new_bool_var(f"u_{facilitator}_{day}_{room}")
                    for var in vars_:
                        model.add_implication(var, u)
                    used.append(u)
                t = model.new_int_var(0, len(used) - 1, f"t_{facilitator}_{day}")
                model.add(t >= sum(used) - 1)
                travel[(facilitator, day)] = t
        for person, options in self.enrolment_of.items():
            options.sort(key=lambda option: option[0]["start"])
            for i, (first, e1) in enumerate(options):
                for second, e2 in options[i + 1:]:
                    if second["start"] >= first["end"]:
                        break
                    model.add_bool_or([e1.Not(), e2.Not()])
        most = max((len(v) for v in self.loads.values()), default=0)
        self.peak = model.new_int_var(0, most, "peak")
        for vars_ in self.loads.values():
            model.add(sum(vars_) <= self.peak)
        self.terms["peak-load"] = self.peak
        self.terms["travel"] = sum(travel.values())

    def peak_weeks(self, peak: int):
        """The weeks at a fixed peak: b >= load - peak + 1 counts each (facilitator, week) that reaches it."""
        total = 0
        for key, vars_ in self.loads.items():
            if len(vars_) < peak or peak == 0:
                continue
            b = self.model.new_bool_var(f"b_{key[0]}_{key[1]}")
            self.model.add(b >= sum(vars_) - peak + 1)
            total += b
        return total

    def hint(self, plan: dict):
        """Hints the decision variables with a calendar given as ids."""
        chosen = {(g, s) for g, slots in plan["groups"].items() for s in slots}
        for (gid, sid), var in self.x.items():
            self.model.add_hint(var, (gid, sid) in chosen)
        for gid, var in self.placed.items():
            self.model.add_hint(var, gid in plan["groups"])
        runs = {(r["workshop"], r["slot"]): r for r in plan["runs"]}
        for (wid, sid), var in self.y.items():
            self.model.add_hint(var, (wid, sid) in runs)
        for (wid, sid, f), var in self.a.items():
            run = runs.get((wid, sid))
            self.model.add_hint(var, run is not None and f in run["facilitators"])
        interests = {w["id"]: w["interests"] for w in self.region.data["workshops"]}
        for (wid, sid, i), var in self.e.items():
            run = runs.get((wid, sid))
            self.model.add_hint(var, run is not None and interests[wid][i]["person"] in run["enrolled"])

    def solution(self, solver: cp_model.CpSolver) -> dict:
        groups = {}
        for group in self.region.data["groups"]:
            if not solver.boolean_value(self.placed[group["id"]]):
                continue
            groups[group["id"]] = [
                next(s["id"] for s in level["slots"]
                     if (group["id"], s["id"]) in self.x and solver.boolean_value(self.x[(group["id"], s["id"])]))
                for level in group["levels"]
            ]
        runs = []
        for workshop in self.region.data["workshops"]:
            for slot in workshop["slots"]:
                key = (workshop["id"], slot["id"])
                if key not in self.y or not solver.boolean_value(self.y[key]):
                    continue
                runs.append({
                    "workshop": workshop["id"],
                    "slot": slot["id"],
                    "facilitators": sorted(f for (w, s, f), v in self.a.items() if (w, s) == key and solver.boolean_value(v)),
                    "enrolled": sorted(
                        workshop["interests"][i]["person"]
                        for (w, s, i), v in self.e.items() if (w, s) == key and solver.boolean_value(v)
                    ),
                })
        return {"groups": groups, "runs": runs}


def max_matching(runs, minimum: int) -> int | None:
    """The most people placed in runs of the given capacities with every run at `minimum` or more, each person in
    one run they can attend; `None` when the minimums cannot all be met.

    Augmenting paths on a small bipartite graph: first up to `minimum` per run, then up to each capacity. An
    augmenting path never lowers a run's load, so the second phase keeps the minimums of the first."""
    load = [0] * len(runs)
    members = [[] for _ in runs]

    def place(person, seen, limits) -> bool:
        for r, (_, people) in enumerate(runs):
            if person not in people or r in seen:
                continue
            seen.add(r)
            if load[r] < limits[r]:
                load[r] += 1
                members[r].append(person)
                return True
            for other in list(members[r]):
                members[r].remove(other)
                if place(other, seen, limits):
                    members[r].append(person)
                    return True
                members[r].append(other)
        return False

    everyone = sorted(set().union(*(people for _, people in runs))) if runs else []
    placed = set()
    firsts = [min(minimum, capacity) for capacity, _ in runs]
    for person in everyone:
        if place(person, set(), firsts):
            placed.add(person)
    if any(count < minimum for count in load):
        return None
    capacities = [capacity for capacity, _ in runs]
    for person in everyone:
        if person not in placed and place(person, set(), capacities):
            placed.add(person)
    return len(placed)


def evaluate(data: dict, plan: dict) -> list[int]:
    """The 15 terms of a calendar, recomputed from the chosen ids and the term definitions."""
    value = dict.fromkeys(TERMS, 0)
    sessions = []  # (facilitator, day, venue)
    reference = data["reference"]
    for group in data["groups"]:
        ids = plan["groups"].get(group["id"])
        if ids is None:
            continue
        value["groups-placed"] += 1
        slots = [next(s for s in level["slots"] if s["id"] == sid) for level, sid in zip(group["levels"], ids)]
        for level, slot in zip(group["levels"], slots):
            if level.get("published") == slot["id"]:
                value["published-kept"] += 1
            sessions.append((slot["facilitator"], slot["day"], slot["venue"]))
        continuity = set(slots[0]["attend"]) & set(slots[1]["attend"]) & set(slots[2]["attend"])
        value["continuity"] += len(continuity)
        value["attendance"] += sum(len(s["attend"]) + len(s["yes"]) for s in slots[:3])
        if (slots[1]["weekday"], slots[1]["minuteOfDay"]) == (slots[2]["weekday"], slots[2]["minuteOfDay"]):
            value["rhythm"] += 1
        value["information-start"] += slots[0]["start"] - reference
        if len(slots) == 4:
            value["review-continuity"] += len(continuity & set(slots[3]["attend"]))
            value["review-attendance"] += len(continuity & set(slots[3]["attend"])) + len(continuity & set(slots[3]["yes"]))
            value["review-start"] += slots[3]["start"] - reference
    workshops = {w["id"]: w for w in data["workshops"]}
    spread = {}
    for run in plan["runs"]:
        workshop = workshops[run["workshop"]]
        slot = next(s for s in workshop["slots"] if s["id"] == run["slot"])
        if run["slot"] in workshop["published"]:
            value["published-kept"] += 1
        points = {i["person"]: i["points"] for i in workshop["interests"]}
        value["enrolled"] += len(run["enrolled"])
        value["enrolment-priority"] += sum(points[p] for p in run["enrolled"])
        spread.setdefault(run["workshop"], set()).add(month_of(slot["day"]))
        for f in run["facilitators"]:
            sessions.append((f, slot["day"], slot["venue"]))
    value["workshop-spread"] = sum(len(months) for months in spread.values())
    weekly = {}
    daily = {}
    for f, day, venue in sessions:
        weekly[(f, week_of(day))] = weekly.get((f, week_of(day)), 0) + 1
        daily.setdefault((f, day), set()).add(venue)
    peak = max(weekly.values(), default=0)
    value["peak-load"] = peak
    value["peak-weeks"] = sum(1 for load in weekly.values() if load == peak) if peak else 0
    value["travel"] = sum(len(rooms) - 1 for rooms in daily.values())
    return [value[name] for name in TERMS]


def solve(data: dict, limit: float, hint: bool) -> dict:
    began = time.perf_counter()
    region = Region(data)
    built = CalendarModel(region)
    build_seconds = time.perf_counter() - began
    # The limit counts solving only, like CP-SAT's own max_time_in_seconds; building is reported apart.
    started = time.perf_counter()
    if hint and data.get("swift"):
        built.hint(data["swift"]["plan"])
    stages = [
        ("published-kept+groups-placed", lambda: built.terms["published-kept"] * (len(data["groups"]) + 1) + built.terms["groups-placed"], False),
    ] + [(name, (lambda name=name: built.terms[name]), name in MINIMISED) for name in TERMS[2:]]
    result = {"stages": [], "build_seconds": build_seconds, "chains": built.chains, "provenOptimal": False, "plan": None, "vector": None}
    bound = []
    fixed = []
    solver = None
    ours = evaluate(data, data["swift"]["plan"]) if hint and data.get("swift") else None
    # Our vector as the stages see it: the first two terms form one weighted stage.
    ours_stages = None if ours is None else [ours[0] * (len(data["groups"]) + 1) + ours[1]] + ours[2:]
    for name, expression_of, minimise in stages:
        remaining = limit - (time.perf_counter() - started)
        if remaining <= 0:
            break
        expression = built.peak_weeks(fixed_peak) if name == "peak-weeks" else expression_of()
        if isinstance(expression, int):  # no variable: the term is a constant
            bound.append(expression)
            fixed.append(expression)
            result["stages"].append({"term": name, "status": "CONSTANT", "value": expression})
            continue
        if minimise:
            built.model.minimize(expression)
        else:
            built.model.maximize(expression)
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 2
        solver.parameters.random_seed = RANDOM_SEED
        solver.parameters.max_time_in_seconds = remaining
        status = solver.solve(built.model)
        stage = {"term": name, "status": solver.status_name(status), "seconds": solver.wall_time}
        result["stages"].append(stage)
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE, cp_model.UNKNOWN):
            stage["bound"] = round(solver.best_objective_bound)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            if status == cp_model.UNKNOWN:
                bound.append(stage["bound"])
            break
        value = round(solver.objective_value)
        stage["value"] = value
        result["plan"] = built.solution(solver)
        if status != cp_model.OPTIMAL:
            bound.append(stage["bound"])
            break
        bound.append(value)
        fixed.append(value)
        built.model.add(expression == value)
        if name == "peak-load":
            fixed_peak = value
        # The next stage starts from this solution, every variable hinted; with --hint, from the Swift calendar
        # again as long as it is optimal on every stage so far.
        built.model.clear_hints()
        if ours is not None and ours_stages[: len(fixed)] == fixed:
            built.hint(data["swift"]["plan"])
        else:
            for index in range(len(built.model.proto.variables)):
                var = built.model.get_int_var_from_proto_index(index)
                built.model.add_hint(var, solver.value(var))
    else:
        result["provenOptimal"] = True
    if result["plan"] is not None:
        result["vector"] = evaluate(data, result["plan"])
    # The first stage combines two terms: split its bound back into them (only the first when it is unfinished).
    if bound:
        weight = len(data["groups"]) + 1
        if fixed:
            bound = [bound[0] // weight, bound[0] % weight] + bound[1:]
        else:
            bound = [bound[0] // weight]
    result["bound"] = bound
    result["seconds"] = time.perf_counter() - started
    result["solve_seconds"] = sum(stage.get("seconds", 0) for stage in result["stages"])
    result["peakMegabytes"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("solve", help="solve one instance")
    run.add_argument("instance", type=pathlib.Path)
    run.add_argument("--limit", type=float, default=10.0, help="seconds for all stages together")
    run.add_argument("--hint", action="store_true", help="start from the Swift optimiser's calendar")
    run.add_argument("--out", type=pathlib.Path, required=True)
    args = parser.parse_args()
    data = json.loads(args.instance.read_text())
    result = solve(data, args.limit, args.hint)
    result.update(size=data["size"], limit=args.limit, hint=args.hint)
    args.out.write_text(json.dumps(result))
    stages = ", ".join(f"{s['term']} {s['status']}" for s in result["stages"])
    print(f"{data['size']} limit {args.limit:g} s{' hint' if args.hint else ''}: {stages}; vector {result['vector']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
