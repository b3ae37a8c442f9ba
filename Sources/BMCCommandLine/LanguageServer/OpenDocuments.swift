import BMCKit

/// A canvas open in the editor: its text as the client last sent it, and the
/// analysis of that text, made when first asked for.
final class OpenDocument {
    let uri: String
    private(set) var version: Int?
    private(set) var source: SourceFile
    private var cachedAnalysis: CanvasAnalysis?
    private var cachedChecked: CanvasAnalysis?
    /// The index of the last analysis that read the canvas's items: completion
    /// offers its ids while a half-written line keeps the canvas from being read.
    private(set) var lastIndex: IdentifierIndex?

    init(uri: String, version: Int?, text: [UInt8]) {
        self.uri = uri
        self.version = version
        self.source = SourceFile(name: OpenDocument.name(of: uri), bytes: text)
    }

    /// The analysis `bmc check` makes, without the free text the editing queries
    /// need: enough for the diagnostics published after each change, the one
    /// thing done for every keystroke.
    var checked: CanvasAnalysis {
        if let cachedAnalysis { return cachedAnalysis }
        if let cachedChecked { return cachedChecked }
        let checked = CanvasAnalysis.withoutText(source)
        cachedChecked = checked
        return checked
    }

    var analysis: CanvasAnalysis {
        if let cachedAnalysis { return cachedAnalysis }
        let analysis = CanvasAnalysis(source)
        cachedAnalysis = analysis
        // The full analysis answers for the checked one too: one copy of the document kept.
        cachedChecked = nil
        if analysis.canvas != nil { lastIndex = analysis.index }
        return analysis
    }

    /// Applies a `didChange`'s content changes in order: a change with a range
    /// replaces that range (in `encoding`), one without replaces the whole text.
    /// `false` when a change is not one, which leaves the text as it was before it.
    func apply(_ changes: [JSONValue], version: Int?, encoding: PositionEncoding) -> Bool {
        var bytes = source.bytes
        for change in changes {
            guard let text = change["text"]?.stringValue else { return false }
            if let rangeValue = change["range"] {
                let current = SourceFile(name: source.name, bytes: bytes)
                guard let range = LSPPositions(source: current, encoding: encoding).range(rangeValue) else { return false }
                bytes.replaceSubrange(range.start..<range.end, with: Array(text.utf8))
            } else {
                bytes = Array(text.utf8)
            }
        }
        self.version = version
        source = SourceFile(name: source.name, bytes: bytes)
        cachedAnalysis = nil
        cachedChecked = nil
        return true
    }

    /// The file name a `file:` URI stands for, for messages; other URIs as they are.
    static func name(of uri: String) -> String {
        guard uri.hasPrefix("file://") else { return uri }
        var bytes: [UInt8] = []
        var rest = Array(uri.utf8.dropFirst("file://".utf8.count))[...]
        while let byte = rest.popFirst() {
            if byte == UInt8(ascii: "%"), rest.count >= 2,
               let value = UInt8(String(decoding: rest.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                rest = rest.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
