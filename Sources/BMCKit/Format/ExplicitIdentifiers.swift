/// `bmc fmt --explicit-ids` (section 10.7 of the contract): every id derived from a
/// name written out as an explicit `id:`, so the names can be edited freely
/// afterwards without breaking a reference. Only lines are inserted, each the id
/// the item already has: nothing written is changed, no comment moves, and the
/// canvas means exactly what it meant.
public enum ExplicitIdentifiers {
    /// The text of a valid canvas with its derived ids written out, in its own
    /// layout (the formatter then gives the canonical one); `nil` when the
    /// analysis has errors, where a derived id may not be the one meant.
    public static func written(in analysis: CanvasAnalysis) -> [UInt8]? {
        guard !analysis.hasErrors else { return nil }
        let edits = analysis.index.definitions.filter(\.isDerived).compactMap { definition in
            analysis.index.explicitID(definition.id, for: definition, in: analysis.document)?.edits
        }.flatMap { $0 }
        return TextEdit.applying(edits, to: analysis.source.bytes)
    }
}
