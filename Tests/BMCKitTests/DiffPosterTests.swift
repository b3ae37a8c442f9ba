import BMCKit
import Foundation
import Testing

/// `diff --format dot` (section 10.5): the new canvas's poster with what changed
/// marked, added, changed and removed apart, and a legend in the canvas's language.
@Suite struct DiffPosterTests {
    static let old = """
        name: Ferretería
        customer-segments:
          - name: Contratistas
            type: niche-market
        channels:
          - name: Mostrador
            type: direct
          - name: Catálogo impreso
            type: direct
        """
    static let new = """
        name: Ferretería
        customer-segments:
          - name: Contratistas
            type: segmented
        channels:
          - name: Mostrador
            type: direct
          - name: WhatsApp <b>&</b> "web"
            type: indirect
        """

    static func poster(language: CanvasLanguage = .es) throws -> String {
        let old = try #require(CanvasAnalysis(source(Self.old)).canvas)
        let new = try #require(CanvasAnalysis(source(Self.new)).canvas)
        return DiffPoster(language: language).dot(old: old, new: new, changes: CanvasDiff.changes(from: old, to: new))
    }

    @Test func eachNoteIsMarkedByWhatHappenedToIt() throws {
        let dot = try Self.poster()
        #expect(dot.contains("<FONT COLOR=\"#B35806\"><B>~</B></FONT> <FONT COLOR=\"#B35806\">Contratistas</FONT>"))
        #expect(dot.contains("• Mostrador<BR ALIGN=\"LEFT\"/>"))
        #expect(dot.contains("<FONT COLOR=\"#1B7837\"><B>+</B></FONT> <FONT COLOR=\"#1B7837\">WhatsApp &lt;b&gt;&amp;&lt;/b&gt; &quot;web&quot;</FONT>"))
        #expect(dot.contains("<FONT COLOR=\"#B2182B\"><S>Catálogo impreso</S></FONT>"))
    }

    @Test func theLegendSpeaksTheLanguage() throws {
        #expect(try Self.poster(language: .es).contains(" añadido    "))
        #expect(try Self.poster(language: .pt).contains(" alterado    "))
        #expect(try Self.poster(language: .en).contains(" removed</TD></TR>"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")))
    func graphvizRendersItWithoutAWarning() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        (process.standardInput, process.standardOutput, process.standardError) = (input, output, errors)
        try process.run()
        input.fileHandleForWriting.write(Data(try Self.poster().utf8))
        try input.fileHandleForWriting.close()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        let warnings = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(warnings.isEmpty)
        #expect(String(decoding: svg, as: UTF8.self).contains("Catálogo impreso"))
    }
}
