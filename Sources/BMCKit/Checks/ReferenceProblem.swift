/// What is wrong with the ids of a canvas: one written twice, or a reference to
/// an id that does not exist or names the wrong kind of item.
public enum ReferenceProblem: DiagnosticMessage, Equatable {
    /// `isDerived`: the second id was derived from a name; `eitherIsDerived`: one
    /// of the two was, so an explicit `id:` tells them apart.
    case duplicateID(id: String, isDerived: Bool, firstKind: ItemKind, eitherIsDerived: Bool)
    /// A reference to no id. `owner` is the kind of item holding the field;
    /// `candidates` are the ids of the kinds it accepts, when they are few.
    /// `renamed` is the name of the suggested item when its id is derived: the
    /// unknown id may be the one its old name gave (section 10.3).
    case unknownReference(id: String, field: String, owner: ItemKind, kinds: [ItemKind], suggestion: String?,
                          candidates: [String], renamed: RenamedItem? = nil)
    case wrongReferenceKind(id: String, found: ItemKind, field: String, owner: ItemKind, kinds: [ItemKind])

    /// An item whose id is derived from its name, which may have changed.
    public struct RenamedItem: Sendable, Equatable {
        public var kind: ItemKind
        public var name: String
    }

    public var code: DiagnosticCode {
        switch self {
        case .duplicateID: .duplicateID
        case .unknownReference: .unknownReference
        case .wrongReferenceKind: .wrongReferenceKind
        }
    }

    public func text(in language: CanvasLanguage) -> MessageText {
        MessageCatalogues.catalogue(for: language).text(self)
    }

    public static let codes: [DiagnosticCode] = [.duplicateID, .unknownReference, .wrongReferenceKind]
}

extension DiagnosticCode {
    public static let duplicateID = DiagnosticCode("duplicate-id", .error, "an id written or derived twice")
    public static let unknownReference = DiagnosticCode("unknown-reference", .error, "a reference to an id the canvas does not define")
    public static let wrongReferenceKind = DiagnosticCode(
        "wrong-reference-kind", .error, "a reference to an item of a kind its field does not accept")
}
