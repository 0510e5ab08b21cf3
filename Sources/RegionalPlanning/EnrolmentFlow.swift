/// The best enrolment of one workshop's chosen runs, as a min-cost flow.
///
/// Source → each interested person (1 place) → each run they can attend → sink. A run's arc to the sink is split:
/// its first `minimum` places carry a bonus so large that the flow fills every run to its minimum whenever that
/// is possible, then each enrolment is worth `M` plus the person's priority points, with `M` above any sum of
/// points. Successive shortest paths (Bellman–Ford on the residual graph, which never has a negative cycle)
/// stop when no path gains anything, which gives the minimum cost over all flow values: the most enrolments,
/// then the most priority points, every run at its minimum if any enrolment allows it.
enum EnrolmentFlow {
    /// One run: its places and who can attend it (interest indices).
    struct Run {
        let capacity: Int
        let attendees: [Int]
    }

    /// Who is enrolled in each run (sorted), the enrolments and the points; `nil` when some run cannot reach
    /// `minimum`.
    static func solve(runs: [Run], minimum: Int, points: [Int]) -> (enrolled: [[Int]], count: Int, points: Int)? {
        var people: [Int] = []
        var local: [Int: Int] = [:]
        for run in runs {
            for person in run.attendees where local[person] == nil {
                local[person] = people.count
                people.append(person)
            }
        }
        let personCount = people.count
        let source = 0
        let sink = 1 + personCount + runs.count
        let maximumPoints = people.reduce(0) { $0 + points[$1] }
        let worth = maximumPoints + 1
        let bonus = (worth + 2) * (personCount + 1)

        var graph = Graph(nodes: sink + 1)
        for offset in people.indices { graph.add(from: source, to: 1 + offset, capacity: 1, cost: 0) }
        var runArcs: [[(person: Int, arc: Int)]] = []
        for (r, run) in runs.enumerated() {
            let node = 1 + personCount + r
            var arcs: [(person: Int, arc: Int)] = []
            for person in run.attendees {
                guard let offset = local[person] else { continue }
                let arc = graph.add(from: 1 + offset, to: node, capacity: 1, cost: -(worth + points[person]))
                arcs.append((person, arc))
            }
            runArcs.append(arcs)
            let firstPlaces = min(minimum, run.capacity)
            graph.add(from: node, to: sink, capacity: firstPlaces, cost: -bonus)
            if run.capacity > firstPlaces {
                graph.add(from: node, to: sink, capacity: run.capacity - firstPlaces, cost: 0)
            }
        }
        graph.minimumCostFlow(from: source, to: sink)

        var enrolled: [[Int]] = []
        var count = 0
        var total = 0
        for arcs in runArcs {
            let members = arcs.filter { graph.flow(on: $0.arc) > 0 }.map(\.person).sorted()
            guard members.count >= minimum else { return nil }
            enrolled.append(members)
            count += members.count
            total += members.reduce(0) { $0 + points[$1] }
        }
        return (enrolled, count, total)
    }

    /// A small residual graph with paired arcs.
    private struct Graph {
        private var heads: [Int]
        private var next: [Int] = []
        private var to: [Int] = []
        private var capacity: [Int] = []
        private var cost: [Int] = []

        init(nodes: Int) { heads = Array(repeating: -1, count: nodes) }

        @discardableResult
        mutating func add(from: Int, to target: Int, capacity amount: Int, cost price: Int) -> Int {
            let arc = to.count
            to.append(target)
            capacity.append(amount)
            cost.append(price)
            next.append(heads[from])
            heads[from] = arc
            to.append(from)
            capacity.append(0)
            cost.append(-price)
            next.append(heads[target])
            heads[target] = arc + 1
            return arc
        }

        func flow(on arc: Int) -> Int { capacity[arc ^ 1] }

        mutating func minimumCostFlow(from source: Int, to sink: Int) {
            let nodes = heads.count
            let unreached = Int.max / 4
            while true {
                var distance = [Int](repeating: unreached, count: nodes)
                var through = [Int](repeating: -1, count: nodes)
                var queued = [Bool](repeating: false, count: nodes)
                var queue = [source]
                var head = 0
                distance[source] = 0
                queued[source] = true
                while head < queue.count {
                    let node = queue[head]
                    head += 1
                    queued[node] = false
                    var arc = heads[node]
                    while arc >= 0 {
                        let target = to[arc]
                        if capacity[arc] > 0 && distance[node] + cost[arc] < distance[target] {
                            distance[target] = distance[node] + cost[arc]
                            through[target] = arc
                            if !queued[target] {
                                queued[target] = true
                                queue.append(target)
                            }
                        }
                        arc = next[arc]
                    }
                }
                guard distance[sink] < 0 else { return }
                var amount = Int.max
                var node = sink
                while node != source {
                    let arc = through[node]
                    amount = min(amount, capacity[arc])
                    node = to[arc ^ 1]
                }
                node = sink
                while node != source {
                    let arc = through[node]
                    capacity[arc] -= amount
                    capacity[arc ^ 1] += amount
                    node = to[arc ^ 1]
                }
            }
        }
    }
}
