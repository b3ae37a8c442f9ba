/// The items of a focused map (`--focus ID`): the story of one item along the flow
/// of value. From the item, the walk goes upstream through items further left
/// (what makes it possible) and downstream through items further right (whom it
/// reaches, what they pay), never turning back, so a segment's map shows its value
/// propositions and what they need, its channels, relationships and revenue, but
/// not the other segments those propositions serve. The costs of the items found
/// come with them. A persona, point, product or remedy focuses on its item.
struct MapFocus {
    let graph: MapGraph

    func connected(to id: String) -> Set<String> {
        let start = graph.owner(of: id)
        var neighbours: [String: Set<String>] = [:]
        var costEdges: [(cost: String, driver: String)] = []
        for edge in graph.edges {
            neighbours[edge.fromItem, default: []].insert(edge.toItem)
            neighbours[edge.toItem, default: []].insert(edge.fromItem)
            if edge.field == "drivers" { costEdges.append((edge.fromItem, edge.toItem)) }
        }
        func rank(_ item: String) -> Int { graph.block(of: item)?.flowRank ?? 0 }
        var found: Set<String> = [start]
        for upstream in [true, false] {
            var queue = [start]
            while let item = queue.popLast() {
                for next in neighbours[item] ?? [] where !found.contains(next) && graph.block(of: next) != .costStructure {
                    if upstream ? rank(next) < rank(item) : rank(next) > rank(item) {
                        found.insert(next)
                        queue.append(next)
                    }
                }
            }
        }
        // Costs: those driven by what was found; for a focused cost, its drivers.
        for (cost, driver) in costEdges {
            if cost == start { found.insert(driver) } else if found.contains(driver) { found.insert(cost) }
        }
        return found
    }
}
