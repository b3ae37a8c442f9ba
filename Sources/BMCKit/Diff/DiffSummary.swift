/// How many block items each block gained, lost, renamed, moved and changed; for
/// the canvas's own fields, how many changed. An item counts as changed once,
/// however many of its fields (or of its nested personas, points and remedies)
/// changed.
public struct DiffSummary: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        /// The block's key; `nil` for the canvas's own fields.
        public var block: String?
        public var added = 0
        public var removed = 0
        public var renamed = 0
        public var moved = 0
        public var changed = 0
    }

    /// One row per block with changes, the canvas's own fields first, blocks in the
    /// order of the changes (canonical order).
    public var rows: [Row] = []

    public init(_ changes: [CanvasChange]) {
        var changedItems = Set<String>()
        for change in changes {
            if rows.last.map({ $0.block != change.block }) ?? true {
                rows.append(Row(block: change.block))
                changedItems = []
            }
            let isWholeItem = change.block != nil && change.nested.isEmpty
            switch change.kind {
            case .added where isWholeItem: rows[rows.count - 1].added += 1
            case .removed where isWholeItem: rows[rows.count - 1].removed += 1
            case .renamed where isWholeItem: rows[rows.count - 1].renamed += 1
            case .moved where isWholeItem: rows[rows.count - 1].moved += 1
            default:
                if let id = change.id {
                    if changedItems.insert(id).inserted { rows[rows.count - 1].changed += 1 }
                } else {
                    rows[rows.count - 1].changed += 1
                }
            }
        }
    }
}
