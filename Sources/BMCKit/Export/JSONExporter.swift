/// `bmc export --format json`: the typed canvas with the file's own keys, in schema
/// order, derived ids written out, absent fields and empty lists left out. The same
/// canvas gives the same bytes on every run and machine.
public enum JSONExporter {
    public static func export(_ canvas: Canvas) -> String {
        exportUTF8(canvas).string
    }

    /// `export(_:)` as UTF-8 in the pieces it was written in, for writing out a large
    /// canvas without joining them or checking every byte again for a `String`.
    public static func exportUTF8(_ canvas: Canvas) -> ChunkedText {
        // Written straight into text: a JSONValue tree of a large canvas cost more to
        // build and free than the whole export of the text.
        // The text is about one and a half times as long as a canvas file.
        let sourceLength = canvas.origin.node?.range.end ?? 0
        var writer = JSONWriter(.text, reservingCapacity: max(1 << 16, sourceLength * 3 / 2))
        canvas.write(to: &writer)
        return writer.finishChunks()
    }
}
