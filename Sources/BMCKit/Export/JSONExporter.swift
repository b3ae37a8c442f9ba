/// `bmc export --format json`: the typed canvas with the file's own keys, in schema
/// order, derived ids written out, absent fields and empty lists left out. The same
/// canvas gives the same bytes on every run and machine.
public enum JSONExporter: CanvasExporter {
    public static let name = "json"
    public static let summary = "the typed canvas, derived ids written out, the same bytes on every run"

    public static func export(_ canvas: Canvas) -> String {
        canvas.json.serialized()
    }

    public static func export(_ canvas: Canvas, options: ExportOptions) -> String {
        export(canvas)
    }
}
