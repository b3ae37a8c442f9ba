/// `bmc export --format json`: the typed canvas with the file's own keys, in schema
/// order, derived ids written out, absent fields and empty lists left out. The same
/// canvas gives the same bytes on every run and machine.
public enum JSONExporter {
    public static func export(_ canvas: Canvas) -> String {
        String(decoding: exportUTF8(canvas), as: UTF8.self)
    }

    /// `export(_:)` as UTF-8 bytes, for writing out a large canvas without checking
    /// every byte of it again on the way to a `String`.
    public static func exportUTF8(_ canvas: Canvas) -> [UInt8] {
        // Written straight into text: a JSONValue tree of a large canvas cost more to
        // build and free than the whole export of the text.
        // The text is about one and a half times as long as a canvas file.
        let sourceLength = canvas.origin.node?.range.end ?? 0
        var writer = JSONWriter(.text, reservingCapacity: max(1 << 16, sourceLength * 3 / 2))
        canvas.write(to: &writer)
        return writer.finishUTF8()
    }
}
