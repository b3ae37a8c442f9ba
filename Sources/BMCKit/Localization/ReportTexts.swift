/// The sentences the command line writes around diagnostics, in each language:
/// a check's summary, the note on problems not shown, a file `fmt` leaves alone.
/// Severity words inside diagnostics stay English (`error:`, `warning:`, as editors
/// parse them); these sentences are for people.
public enum ReportTexts {
    /// "2 errors and 1 warning in 3 files, 2 warnings silenced".
    public static func checkSummary(errors: Int, warnings: Int, silenced: Int = 0, files: Int,
                                    in language: CanvasLanguage) -> String {
        let (error, warning, file, and, inWord): (Noun, Noun, Noun, String, String) = switch language {
        case .en: (Noun("error", "errors"), Noun("warning", "warnings"), Noun("file", "files"), "and", "in")
        case .es: (Noun("error", "errores"), Noun("advertencia", "advertencias"), Noun("archivo", "archivos"), "y", "en")
        case .pt: (Noun("erro", "erros"), Noun("aviso", "avisos"), Noun("arquivo", "arquivos"), "e", "em")
        }
        let silencedWord: Noun = switch language {
        case .en: Noun("silenced", "silenced")
        case .es: Noun("silenciada", "silenciadas")
        case .pt: Noun("silenciado", "silenciados")
        }
        let silencedPart = silenced > 0 ? warning.counted(silenced) + " " + silencedWord.word(for: silenced) : nil
        let counts = [(errors, error), (warnings, warning)].filter { $0.0 > 0 }.map { $1.counted($0) }
        guard !counts.isEmpty else { return (silencedPart ?? "") + " \(inWord) " + file.counted(files) }
        return counts.joined(separator: " \(and) ") + " \(inWord) " + file.counted(files) + (silencedPart.map { ", " + $0 } ?? "")
    }

    /// "acme.canvas.yaml: 12 more problems not shown" (the name comes escaped).
    public static func notShown(_ count: Int, file: String, in language: CanvasLanguage) -> String {
        switch language {
        case .en: return "\(file): \(count) more problem\(count == 1 ? "" : "s") not shown"
        case .es: return "\(file): \(count == 1 ? "1 problema más sin mostrar" : "\(count) problemas más sin mostrar")"
        case .pt: return "\(file): \(count == 1 ? "mais 1 problema não mostrado" : "mais \(count) problemas não mostrados")"
        }
    }

    /// "acme.canvas.yaml: not formatted: the file has syntax errors".
    public static func notFormatted(file: String, in language: CanvasLanguage) -> String {
        switch language {
        case .en: return "\(file): not formatted: the file has syntax errors"
        case .es: return "\(file): sin formatear: el archivo tiene errores de sintaxis"
        case .pt: return "\(file): não formatado: o arquivo tem erros de sintaxe"
        }
    }

    /// "acme.canvas.yaml: the canvas has 2 errors", after a refused export or diff.
    public static func canvasHasErrors(_ count: Int, file: String, in language: CanvasLanguage) -> String {
        switch language {
        case .en: return "\(file): the canvas has \(count) error\(count == 1 ? "" : "s")"
        case .es: return "\(file): el lienzo tiene \(count) \(count == 1 ? "error" : "errores")"
        case .pt: return "\(file): o quadro tem \(count) \(count == 1 ? "erro" : "erros")"
        }
    }

    /// "acme.canvas.yaml: ids not written: the canvas has errors", from `fmt --explicit-ids`.
    public static func idsNotWritten(file: String, in language: CanvasLanguage) -> String {
        switch language {
        case .en: return "\(file): ids not written: the canvas has errors"
        case .es: return "\(file): identificadores sin escribir: el lienzo tiene errores"
        case .pt: return "\(file): identificadores não escritos: o quadro tem erros"
        }
    }

    private struct Noun {
        let singular: String
        let plural: String
        init(_ singular: String, _ plural: String) {
            self.singular = singular
            self.plural = plural
        }
        func word(for count: Int) -> String { count == 1 ? singular : plural }
        func counted(_ count: Int) -> String { "\(count) " + word(for: count) }
    }
}
