/// A warning a change introduced or resolved (section 10.2 of the contract): a
/// reviewer learns from the diff that a new pain is addressed by nothing, or that
/// the canvas now has revenue, without running `check` on both versions.
public struct WarningChange: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case introduced, resolved
    }

    public var kind: Kind
    public var code: DiagnosticCode
    /// The message in the language asked for.
    public var message: String
    /// Where the warning is: in the new canvas when introduced, in the old when resolved.
    public var file: String
    public var location: SourceLocation

    public init(kind: Kind, code: DiagnosticCode, message: String, file: String, location: SourceLocation) {
        self.kind = kind
        self.code = code
        self.message = message
        self.file = file
        self.location = location
    }

    /// The warnings of `new` that `old` did not have, then those of `old` that `new`
    /// no longer has, each in the order of its file. `nil` stands for no canvas: an
    /// added file introduces all its warnings, a deleted one resolves none (a
    /// canvas that is gone is no business model that became coherent).
    ///
    /// Two warnings are the same when their code and message are: the message
    /// names the items it is about, positions move with every edit. Counted as a
    /// multiset, so a second warning of the same text is still news.
    public static func between(_ old: CanvasAnalysis?, _ new: CanvasAnalysis?,
                               language: CanvasLanguage) -> [WarningChange] {
        guard new != nil else { return [] }
        let oldWarnings = old?.warnings ?? [], newWarnings = new?.warnings ?? []
        func key(_ warning: Diagnostic) -> String { warning.code.name + "\u{0}" + warning.message }
        func unmatched(_ warnings: [Diagnostic], against others: [Diagnostic]) -> [Diagnostic] {
            var counts: [String: Int] = [:]
            for other in others { counts[key(other), default: 0] += 1 }
            return warnings.filter { warning in
                guard let count = counts[key(warning)], count > 0 else { return true }
                counts[key(warning)] = count - 1
                return false
            }
        }
        func changes(_ warnings: [Diagnostic], _ kind: Kind, in analysis: CanvasAnalysis?) -> [WarningChange] {
            guard let analysis else { return [] }
            return warnings.map { warning in
                WarningChange(kind: kind, code: warning.code, message: warning.text(in: language).message,
                              file: analysis.source.name, location: analysis.source.location(of: warning.range.start))
            }
        }
        return changes(unmatched(newWarnings, against: oldWarnings), .introduced, in: new)
            + changes(unmatched(oldWarnings, against: newWarnings), .resolved, in: old)
    }
}
