/// An id that can be renamed, and where it stands at the place asked about.
public struct RenameTarget: Sendable, Equatable {
    public var id: String
    /// The id (or, for a derived id, the name it comes from) or the reference.
    public var range: SourceRange
}

/// Why a rename cannot be done, in words for the editor to show.
public enum RenameRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// The place is not an id, nor a reference to an item that has it.
    case notAnID
    /// The new id is not one: ids are ASCII letters, digits, `-` and `_`.
    case invalidID(String)
    /// Another item already has the new id.
    case idTaken(String, by: ItemKind)

    public var description: String {
        switch self {
        case .notAnID: return "only an id, or a reference to one, can be renamed"
        case .invalidID(let id):
            return "'\(id)' is not an id: use ASCII letters, digits, '-' and '_', starting with a letter or digit"
        case .idTaken(let id, let kind): return "\(kind.nounWithArticle) already has the id '\(id)'"
        }
    }
}

extension CanvasAnalysis {
    /// The id at `offset`, if it can be renamed: a definition's id (or derived
    /// name) or a reference to a defined item. Everything else is refused.
    public func renameTarget(at offset: Int) -> RenameTarget? {
        if let use = use(at: offset) {
            return index[use.id] == nil ? nil : RenameTarget(id: use.id, range: use.range)
        }
        return definition(at: offset).map { RenameTarget(id: $0.id, range: $0.range) }
    }

    /// The edits that rename the id at `offset` to `newID`: the definition and
    /// every reference. A derived id is renamed by writing the new id as an
    /// explicit `id:` on its item, so its name stays as written and can change
    /// later without breaking a reference.
    public func renameEdits(at offset: Int, to newID: String) throws(RenameRefusal) -> [TextEdit] {
        guard let target = renameTarget(at: offset) else { throw .notAnID }
        guard Identifier.isValid(newID) else { throw .invalidID(newID) }
        guard newID != target.id else { return [] }
        if let taken = index[newID] { throw .idTaken(newID, by: taken.kind) }
        // A definition renamed is that one; a reference renames the item it resolves to.
        guard let definition = definition(at: offset) ?? index[target.id] else { throw .notAnID }
        var edits: [TextEdit] = []
        if definition.isDerived {
            guard let edit = document.explicitIDEdit(newID, forItemAt: definition.elementRange) else { throw .notAnID }
            edits.append(edit)
        } else {
            edits.append(TextEdit(definition.range, newID))
        }
        edits += uses(of: target.id).map { TextEdit($0.range, newID) }
        return edits.sorted { $0.range.start < $1.range.start }
    }
}
