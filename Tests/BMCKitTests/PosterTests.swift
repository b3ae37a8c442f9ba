import BMCKit
import Foundation
import Testing

/// The poster (`--view canvas`) as a workshop prints it: every note's whole text,
/// wrapped; segment colours told apart and named in the legend; details, guiding
/// questions and footer in the export language; the page in the paper's
/// proportions with text large enough to read. (CI renders the posters with `dot`
/// and checks the page size of the SVG, `.ci/export_crosscheck.py`.)
@Suite struct PosterTests {
    static func load(_ path: String) throws -> (Canvas, CanvasAnalysis) {
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent(path))
        let analysis = CanvasAnalysis(SourceFile(name: path, bytes: Array(data)))
        return (try #require(analysis.canvas), analysis)
    }

    static func poster(_ canvas: Canvas, _ language: CanvasLanguage = .en, paper: Paper = .a3, warnings: Int = 0) -> String {
        DOTExporter(language: language, view: .canvas, options: DiagramOptions(paper: paper), openWarnings: warnings)
            .export(canvas)
    }

    /// The text a reader sees: tags (line breaks, cells) as spaces, entities decoded.
    static func visibleText(_ dot: String) -> String {
        var text = dot.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    /// Every item of every block, as the poster shows it.
    static func items(of canvas: Canvas) -> [any BlockItem] { Block.allCases.flatMap { $0.items(of: canvas) } }

    @Test(arguments: ["Canvases/stockwise.canvas.yaml", "Tests/Fixtures/poster/stress.canvas.yaml"])
    func everyItemsWholeTextReachesThePosterWrapped(_ path: String) throws {
        let (canvas, _) = try Self.load(path)
        let dot = Self.poster(canvas)
        let shown = Self.visibleText(dot)
        for item in Self.items(of: canvas) {
            #expect(shown.contains(Self.words(item.name)), "'\(item.name)' is not on the poster")
        }
        // A long name wraps inside its note instead of widening the block: it is
        // nowhere in the DOT on one line.
        for item in Self.items(of: canvas) where item.name.count >= 100 {
            #expect(!dot.contains(Self.escaped(item.name)), "'\(item.name)' is on one line")
        }
    }

    static func escaped(_ text: String) -> String {
        [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&#39;")]
            .reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    @Test func notesOfDifferentSegmentsHaveDifferentColoursAndTheLegendNamesEachSegment() throws {
        let (canvas, _) = try Self.load("Canvases/stockwise.canvas.yaml")
        let dot = Self.poster(canvas)
        let lines = dot.split(separator: "\n")
        var fills: [String] = []
        for segment in canvas.customerSegments {
            // The segment's own note, in its block: the first line that holds its name.
            let note = try #require(lines.first { $0.contains(segment.name.prefix(15)) && $0.contains("BGCOLOR") })
            let fill = try #require(note.firstMatch(of: /BGCOLOR="(#[0-9A-F]{6})"/)?.1)
            fills.append(String(fill))
        }
        #expect(Set(fills).count == canvas.customerSegments.count)
        let legend = Self.visibleText(String(dot[dot.range(of: "Customer segments</B>")!.lowerBound...]))
        for (number, segment) in canvas.customerSegments.enumerated() {
            #expect(legend.contains("\(number + 1) " + Self.words(segment.name).prefix(20)), "the legend lacks \(segment.name)")
        }
    }

    /// A canvas that may have warnings.
    static func canvas(_ text: String) throws -> Canvas { try #require(CanvasAnalysis(source(text)).validCanvas) }

    @Test func anItemServingSeveralSegmentsShowsEachAndOneServingNoneIsNeutral() throws {
        let dot = Self.poster(try Self.canvas(twoSegmentCanvas))
        let lines = dot.split(separator: "\n")
        // The value proposition and the channel are for both segments.
        for name in ["Stock control", "Website"] {
            let note = try #require(lines.first { $0.contains(">\(name)<") })
            #expect(note.contains("#0072B2") && note.contains("#E69F00"), "\(name): \(note)")
        }
        // Development makes no value proposition possible.
        let development = try #require(lines.first { $0.contains(">Development<") })
        #expect(development.contains("BGCOLOR=\"#FFFFFF\"") && !development.contains("#0072B2"))
        #expect(Self.visibleText(dot).contains("no segment"))
    }

    @Test func theNotesCarryTheirDetails() throws {
        let (canvas, _) = try Self.load("Canvases/cafe-aurora.canvas.yaml")
        let english = Self.visibleText(Self.poster(canvas))
        #expect(english.contains("Remote workers Priority 1 · customer (transactional)"))
        #expect(english.contains("Regulars' group chat communities · weekly"))
        #expect(english.contains("Day passes 12.50 EUR / day pass"))
        #expect(english.contains("Rent 2,400 EUR / month"))
        let spanish = Self.visibleText(Self.poster(canvas, .es))
        #expect(spanish.contains("Rent 2.400 EUR / mes"))
        #expect(spanish.contains("Prioridad 1"))
    }

    @Test(arguments: CanvasLanguage.allCases)
    func anEmptyBlockShowsItsGuidingQuestionInTheExportLanguage(_ language: CanvasLanguage) throws {
        let canvas = try Self.canvas("name: First hour\ncustomer-segments:\n  - name: Shops\n")
        let shown = Self.visibleText(Self.poster(canvas, language))
        let questions = Labels.forLanguage(language).diagram
        for block in Block.allCases where block != .customerSegments {
            #expect(shown.contains(Self.words(questions.question(block))), "\(block) in \(language)")
        }
        #expect(!shown.contains(Self.words(questions.question(.customerSegments))))
    }

    @Test(arguments: CanvasLanguage.allCases)
    func everyDiagramWordIsWrittenInEveryLanguage(_ language: CanvasLanguage) {
        let words = Labels.forLanguage(language).diagram
        for phrase in DiagramPhrase.allCases {
            #expect(words.phrases[phrase]?.isEmpty == false, "\(phrase) in \(language)")
            if language != .en { #expect(words.phrases[phrase] != DiagramLabels.english.phrases[phrase], "\(phrase)") }
        }
        for block in Block.allCases {
            #expect(words.question(block).hasSuffix("?"), "\(block) in \(language)")
        }
    }

    @Test func theFooterGivesVersionDateAuthorsAndOpenWarnings() throws {
        let (canvas, _) = try Self.load("Canvases/cafe-aurora.canvas.yaml")
        #expect(Self.visibleText(Self.poster(canvas, warnings: 3))
            .contains("Version 1.10 · Date 2026-03-14 · Authors: Ana Souza, Tomás Pérez · 3 open warnings"))
        #expect(Self.visibleText(Self.poster(canvas, .pt, warnings: 1)).contains("1 aviso pendente"))
        #expect(Self.visibleText(Self.poster(canvas, .es)).contains("ninguna advertencia pendiente"))
    }

    /// The body size a poster is drawn at (the node's `fontsize`, which `dot` keeps
    /// at its size on the page: the table is laid out at the sheet's size).
    static func bodySize(_ dot: String) throws -> Double {
        let size = try #require(dot.firstMatch(of: /fontsize=([0-9.]+)/)?.1)
        return try #require(Double(size))
    }

    @Test(arguments: ExampleCanvasTests.canvasNames)
    func everyExampleIsReadableOnA4(_ name: String) throws {
        let (canvas, _) = try Self.load("Canvases/" + name)
        let dot = Self.poster(canvas, paper: .a4)
        #expect(try Self.bodySize(dot) >= 7)
        #expect(dot.contains("size=\"11.69,8.27!\""))
    }

    @Test func fifteenNotesOf120CharactersInEveryBlockFitA3() throws {
        let (canvas, _) = try Self.load("Tests/Fixtures/poster/stress.canvas.yaml")
        #expect(Self.items(of: canvas).allSatisfy { $0.name.count == 120 })
        #expect(Self.items(of: canvas).count == 15 * 9)
        #expect(try Self.bodySize(Self.poster(canvas, paper: .a3)) >= 5)
        // A larger sheet gives larger text.
        #expect(try Self.bodySize(Self.poster(canvas, paper: .a1)) > Self.bodySize(Self.poster(canvas, paper: .a3)))
    }

    @Test(arguments: Paper.allCases)
    func thePageIsTheSheetLandscape(_ paper: Paper) throws {
        let (canvas, _) = try Self.load("Canvases/cafe-aurora.canvas.yaml")
        let (width, height) = paper.inches
        #expect(abs(width / height - 2.0.squareRoot()) < 0.01)
        #expect(Self.poster(canvas, paper: paper).contains("size=\"\(width.twoDecimals),\(height.twoDecimals)!\""))
    }
}

extension Double {
    var twoDecimals: String { String(format: "%.2f", self).replacingOccurrences(of: #"\.?0+$"#, with: "", options: .regularExpression) }
}
