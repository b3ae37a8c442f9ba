/// The words of a diff in each language: the kinds of change as the summary table's
/// columns and as the verbs of each line, and the sentences around them. Severity
/// words (`warning`) and codes stay English, as in every report.
public struct DiffWords: Sendable {
    /// "Block", the summary table's first column.
    public let block: String
    /// The kinds of change as column headings ("Added") and as verbs ("added").
    let headings: [CanvasChange.Kind: String]
    let verbs: [CanvasChange.Kind: String]
    /// "was", before the old id of a renamed item in Markdown; "renamed from" in text.
    let was: String
    let renamedFrom: String
    /// "reordered", for a list whose elements only changed places.
    let reordered: String
    /// "Changes to", before the canvas's name in the Markdown title.
    public let changesTo: String
    /// What `diff` says of two canvases that differ only in layout or comments.
    public let noChangeInMeaning: String
    /// What `diff` says when a canvas has errors.
    public let notCompared: String

    public static func forLanguage(_ language: CanvasLanguage) -> DiffWords {
        switch language {
        case .en: english
        case .es: spanish
        case .pt: portuguese
        }
    }

    func heading(_ kind: CanvasChange.Kind) -> String { headings[kind] ?? kind.rawValue }
    func verb(_ kind: CanvasChange.Kind) -> String { verbs[kind] ?? kind.rawValue }

    static let english = DiffWords(
        block: "Block",
        headings: [.added: "Added", .removed: "Removed", .renamed: "Renamed", .moved: "Moved", .changed: "Changed"],
        verbs: [.added: "added", .removed: "removed", .renamed: "renamed", .moved: "moved", .changed: "changed"],
        was: "was", renamedFrom: "renamed from", reordered: "reordered", changesTo: "Changes to",
        noChangeInMeaning: "no change in meaning (layout or comments only)",
        notCompared: "not compared: a canvas has errors (see 'bmc check')")

    static let spanish = DiffWords(
        block: "Bloque",
        headings: [.added: "Añadidos", .removed: "Eliminados", .renamed: "Renombrados", .moved: "Movidos",
                   .changed: "Modificados"],
        verbs: [.added: "añadido", .removed: "eliminado", .renamed: "renombrado", .moved: "movido", .changed: "modificado"],
        was: "antes", renamedFrom: "renombrado, antes", reordered: "reordenado", changesTo: "Cambios en",
        noChangeInMeaning: "sin cambios de contenido (solo de formato o de comentarios)",
        notCompared: "sin comparar: un lienzo tiene errores (consulta 'bmc check')")

    static let portuguese = DiffWords(
        block: "Bloco",
        headings: [.added: "Adicionados", .removed: "Removidos", .renamed: "Renomeados", .moved: "Movidos",
                   .changed: "Alterados"],
        verbs: [.added: "adicionado", .removed: "removido", .renamed: "renomeado", .moved: "movido", .changed: "alterado"],
        was: "antes", renamedFrom: "renomeado, antes", reordered: "reordenado", changesTo: "Alterações em",
        noChangeInMeaning: "nenhuma mudança de conteúdo (só de formatação ou de comentários)",
        notCompared: "não comparado: um quadro tem erros (veja 'bmc check')")
}
