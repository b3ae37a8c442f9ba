extension DiagramOptions {
    /// What is wrong with the options for `view` of `canvas`, in a sentence, or
    /// `nil`: `--for` must name value propositions, segments or personas, and
    /// `--focus` an id of the canvas; each applies to its own view only.
    public func problem(in canvas: Canvas, view: DiagramView) -> String? {
        if !subjects.isEmpty && view != .valueProposition {
            return "'--for' applies to '--view value-proposition' only"
        }
        if focus != nil && view != .map {
            return "'--focus' applies to '--view map' only"
        }
        var collector = KindCollector()
        CanvasWalker.walk(canvas, with: &collector)
        let kinds = collector.kinds
        for subject in subjects {
            guard let kind = kinds[subject] else {
                return "'--for \(subject)': the canvas has no value proposition, segment or persona with that id"
            }
            guard [.valueProposition, .segment, .persona].contains(kind) else {
                return "'--for \(subject)' names \(kind.nounWithArticle); it takes value propositions, segments or personas"
            }
        }
        if let focus, kinds[focus] == nil {
            return "'--focus \(focus)': the canvas has no item with that id"
        }
        return nil
    }
}

/// The kind of every id of a canvas.
private struct KindCollector: CanvasVisitor {
    var kinds: [String: ItemKind] = [:]
    static var visitsReferences: Bool { false }

    mutating func visitElement(_ element: CanvasElement) {
        if let id = element.id { kinds[id] = element.kind }
    }
}
