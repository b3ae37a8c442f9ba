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
        var writer = JSONWriter(.text, forLargeText: true)
        canvas.write(to: &writer)
        return writer.finishChunks()
    }
}
