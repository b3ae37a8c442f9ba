/// What a diagnostic says, as data: a case of its producer's message type (the
/// reader's `SyntaxProblem`, the decoder's `SchemaProblem`, each rule's
/// `Warning`) with the words of the canvas it quotes. The text comes from a
/// language's catalogue (`MessageCatalogue`, in `Localization/`), which must have a
/// text for every case of every message type: a language with a missing message
/// does not compile.
public protocol DiagnosticMessage: Sendable {
    /// The code this message is reported under.
    var code: DiagnosticCode { get }
    /// The message and its help in `language`.
    func text(in language: CanvasLanguage) -> MessageText
}

/// A diagnostic's message and its help (how to fix it), in one language.
public struct MessageText: Sendable, Equatable {
    public var message: String
    public var help: String?

    public init(_ message: String, help: String? = nil) {
        self.message = message
        self.help = help
    }
}

/// What a diagnostic's note says about the place it points at.
public enum NoteMessage: Sendable, Equatable, CustomStringConvertible {
    /// Where a duplicate key or id was first written.
    case firstDefinedHere(String)
    /// Where the item a reference names is defined.
    case definedHere(String)
    /// Where another segment has the same priority.
    case hasPriorityHere(id: String, priority: Int)

    public func text(in language: CanvasLanguage) -> String {
        MessageCatalogues.catalogue(for: language).text(self)
    }

    /// The note in English.
    public var description: String { text(in: .en) }
}
