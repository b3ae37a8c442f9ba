@testable import BMCKit
import Foundation
import Testing

/// `bmc fmt`: the canonical layout, with every comment kept and the meaning unchanged.
@Suite struct FormatterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func format(_ text: String) -> String {
        let (document, diagnostics) = Reader.read(SourceFile(name: "t.canvas.yaml", text: text))
        precondition(!diagnostics.containsErrors, "\(diagnostics)")
        return CanonicalFormatter.format(document)
    }

    @Test func messyInputBecomesCanonical() throws {
        let messy = try String(contentsOf: Self.root.appendingPathComponent("Tests/Fixtures/fmt/messy.canvas.yaml"), encoding: .utf8)
        let expected = try String(contentsOf: Self.root.appendingPathComponent("Tests/Fixtures/fmt/messy.expected.yaml"), encoding: .utf8)
        #expect(messy.contains("\r\n"))
        #expect(Self.format(messy) == expected)
    }

    @Test func keysFollowTheSchemaAndUnknownKeysKeepTheirOrderAfterThem() {
        let text = "zeta: 1\ncost-structure: []\nname: A\nalpha: 2\n"
        #expect(Self.format(text) == "name: A\n\ncost-structure: []\nzeta: 1\nalpha: 2\n")
    }

    @Test func wordListsGoOnOneLineWhenTheyFitAndTextListsNever() {
        let text = """
            value-propositions:
              - name: X
                elements:
                  - price
                  - design
                products: [a, b]
            """
        #expect(Self.format(text) == """
            value-propositions:
              - name: X
                elements: [price, design]
                products:
                  - a
                  - b

            """)
    }

    @Test func aWordListTooWideForEightyColumnsStaysABlockSequence() {
        let ids = (1...9).map { "segment-number-\($0)" }
        let text = "value-propositions:\n  - name: X\n    segments: [\(ids.joined(separator: ", "))]\n"
        let formatted = Self.format(text)
        #expect(formatted.contains("    segments:\n      - segment-number-1\n"))
        #expect(formatted.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    /// A quote followed by a combining mark (`'\u{301}`, `'\u{200D}`) is one
    /// character to Swift, but YAML reads quotes byte by byte: every one is doubled
    /// in single quotes, or the output would end the scalar early.
    @Test(arguments: ["\u{301}", "\u{200D}", "\u{903}", "\u{FE0F}"])
    func everyQuoteIsDoubledInSingleQuotes(_ follower: String) {
        let text = "name: \"\\\"a\\\" \\\"b\\\" it'\(follower)s\"\n"
        let formatted = Self.format(text)
        #expect(formatted == "name: '\"a\" \"b\" it''\(follower)s'\n")
        #expect(Self.tree(formatted) == Self.tree(text))
    }

    @Test func quotesOnlyWhenYAMLNeedsThemWithTheFewestEscapes() {
        let text = """
            name: "Plain enough"
            description: 'Say: it''s'
            notes: "Say: \\"hi\\""
            version: "1.10"
            authors:
              - 'Ana: lead'
              - "it's plain"

            """
        #expect(Self.format(text) == """
            name: Plain enough
            description: "Say: it's"
            notes: 'Say: "hi"'
            version: "1.10"
            authors:
              - "Ana: lead"
              - it's plain

            """)
    }

    /// Words and numbers other YAML tools read as booleans, null or numbers keep
    /// their quotes, whatever their case; words that only look close lose them.
    @Test func valuesOtherToolsWouldTypeStayQuoted() {
        let typed = ["true", "False", "YES", "no", "On", "OFF", "y", "N", "null", "~", ".inf", "-.Inf", "+.inf", ".NaN",
                     "0x1F", "1:30", "2026-01-01", "+1", "-2.5e3", "1_000"]
        let plain = ["yess", "nope", "o", "inf", "nan", "nulls", "Yes please", "x1F", "abc", "1a-z"]
        for word in typed + plain {
            let expected = typed.contains(word) ? "\"\(word)\"" : word
            #expect(Self.format("name: \"\(word)\"\n") == "name: \(expected)\n", "\(word)")
        }
    }

    /// Characters whose UTF-8 starts like a line separator's or a C1 control's
    /// (U+0080 to U+00BF, U+2000 to U+2FFF, U+FE00 to U+FFFF) need no quotes;
    /// only the separators, C1 controls and U+FEFF, U+FFFE, U+FFFF themselves do.
    @Test func plainTextWithSymbolsAndDashesStaysPlain() {
        for text in ["Price in €", "Fast — and cheap", "“Quoted” words", "It’s 20 °C", "© 2026", "Ñandú ﬁne ￼"] {
            #expect(Self.format("name: \(text)\n") == "name: \(text)\n", "\(text)")
            #expect(Self.format("name: \"\(text)\"\n") == "name: \(text)\n", "\(text)")
        }
        #expect(Self.format("name: \"a\\u0085b\"\n") == "name: \"a\\x85b\"\n")
        #expect(Self.format("name: \"a\\u2028b\"\n") == "name: \"a\\u2028b\"\n")
        #expect(Self.format("name: \"a\\uFEFFb\"\n") == "name: \"a\\uFEFFb\"\n")
    }

    /// Text only double quotes can hold is written with the subset's escapes, and
    /// every other character, however long its UTF-8, as it is.
    @Test func doubleQuotesEscapeWhatNoOtherStyleCanHold() {
        let text = #"name: "tab\tcr\rlf\n \x01 \x7F \\ \" \u0085 \u009F \u2028 \u2029 \uFEFF \uFFFE \uFFFF é € 🚚 \u00A0 \u2027 \uFEFE""#
        let formatted = Self.format(text + "\n")
        #expect(formatted == #"name: "tab\tcr\rlf\n \x01 \x7F \\ \" \x85 \x9F \u2028 \u2029 \uFEFF \uFFFE \uFFFF é € 🚚 \#u{A0} \#u{2027} \#u{FEFE}""# + "\n")
        #expect(Self.tree(formatted) == Self.tree(text + "\n"))
    }

    @Test func blankLinesOnlyBetweenBlocksAndWhereTheAuthorSeparatedItems() {
        let text = "name: A\n\n\ndescription: B\ncustomer-segments:\n  - name: X\n\n  - name: Y\n  - name: Z\nchannels: []\n"
        #expect(Self.format(text) == "name: A\ndescription: B\n\ncustomer-segments:\n  - name: X\n\n  - name: Y\n  - name: Z\n\nchannels: []\n")
    }

    @Test func aCommentBeforeAMovedKeyMovesWithIt() {
        let text = "customer-segments:\n  - name: X\n    # why this priority\n    priority: 1\n    id: x\n"
        #expect(Self.format(text) == "customer-segments:\n  - id: x\n    name: X\n    # why this priority\n    priority: 1\n")
    }

    /// The README tells users to start a canvas with the YAML language server's
    /// modeline: comments above the first key stay above everything, with the
    /// blank lines between them, whichever key `fmt` puts first.
    @Test func theHeaderCommentsStayAtTheTop() {
        let text = "# yaml-language-server: $schema=./canvas.schema.json\n\n# About the cafe\nversion: \"1\"\nname: A\n"
        #expect(Self.format(text) == "# yaml-language-server: $schema=./canvas.schema.json\n\n# About the cafe\nname: A\nversion: \"1\"\n")
        #expect(Self.format("# h\n\n\ncustomer-segments: []\nname: A\n") == "# h\n\nname: A\n\ncustomer-segments: []\n")
        #expect(Self.format("# h\nname: A\n") == "# h\nname: A\n")
    }

    @Test func aCommentBeforeAKeyThatBecomesFirstGoesBeforeItsDash() {
        let text = "customer-segments:\n  - name: X\n    # the id\n    id: x\n"
        #expect(Self.format(text) == "customer-segments:\n  # the id\n  - id: x\n    name: X\n")
    }

    @Test func keepChompedBlockScalarsKeepTheirFinalLines() {
        let text = "notes: |+\n    kept\n\n\nname: A\n"
        let formatted = Self.format(text)
        #expect(formatted == "name: A\nnotes: |+\n  kept\n\n\n")
        #expect(Self.tree(formatted) == Self.tree(text))
    }

    /// Keep-chomped (and the other) block scalars whose content is blank lines,
    /// with or without spaces on them and after the header, literal and folded,
    /// with a stated indentation or not, at the top or in an item, followed by the
    /// end of the file, a key, a block (before which `fmt` adds a blank line) or a
    /// comment: `fmt` keeps every value and is a fixed point.
    @Test(arguments: Self.blankBlockScalarInputs())
    func blockScalarsOfBlankLinesKeepTheirValue(_ input: PropertyInput) {
        let once = Self.format(input.text)
        #expect(Self.tree(once) == Self.tree(input.text), "\(input.name): the document changed: \(once)")
        #expect(Self.format(once) == once, "\(input.name): not a fixed point")
    }

    static func blankBlockScalarInputs() -> [PropertyInput] {
        var inputs: [PropertyInput] = []
        for indicator in ["|", ">"] {
            for chomping in ["+", "", "-"] {
                for indentation in ["", "1", "2"] {
                    for headerEnd in ["", " "] {
                        for blanks in [[String](), [""], ["   "], ["", ""], [" ", "  "]] {
                            for text in [nil, "t", " t"] {
                                for after in ["", "version: z\n", "key-partnerships: []\n", "# c\n"] {
                                    for inItem in [false, true] {
                                        let header = indicator + indentation + chomping + headerEnd
                                        let indent = inItem ? "      " : "  "
                                        let opening = inItem ? "name: A\ncustomer-segments:\n  - name: x\n    notes: " : "name: A\nnotes: "
                                        let body = (text.map { [indent + $0] } ?? []) + blanks
                                        let input = opening + header + "\n" + body.map { $0 + "\n" }.joined() + after
                                        guard !Reader.read(SourceFile(name: "t", text: input)).diagnostics.containsErrors else {
                                            continue
                                        }
                                        inputs.append(PropertyInput(name: "\(inputs.count): \(input.debugDescription)", text: input))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return inputs
    }

    @Test func aBlockBeforeWhichFmtAddsABlankLineDoesNotJoinAKeptBlockScalar() {
        let text = "name: A\nnotes: |+\n  text\ncustomer-segments: []\n"
        #expect(Self.format(text) == "name: A\nnotes: |+\n  text\ncustomer-segments: []\n")
        #expect(Self.format("name: Keep\nnotes: |+\n   \n") == "name: Keep\nnotes: |+\n\n")
    }

    @Test func canonicalTextIsUnchanged() throws {
        let canonical = try String(contentsOf: Self.root.appendingPathComponent("Tests/Fixtures/fmt/messy.expected.yaml"), encoding: .utf8)
        #expect(Self.format(canonical) == canonical)
    }

    // MARK: Properties

    /// Every example canvas and a few hundred generated ones: formatting twice
    /// changes nothing, the document means the same, every comment is kept once.
    @Test(arguments: Self.propertyInputs())
    func formattingKeepsMeaningAndCommentsAndIsAFixedPoint(_ input: PropertyInput) {
        let once = Self.format(input.text)
        #expect(Self.format(once) == once, "\(input.name): not a fixed point")
        #expect(Self.tree(once) == Self.tree(input.text), "\(input.name): the document changed")
        #expect(Self.comments(once) == Self.comments(input.text), "\(input.name): comments changed")
        #expect(!once.contains(" \n") && !once.contains("\r") && once.hasSuffix("\n"), "\(input.name): layout")
    }

    struct PropertyInput: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var testDescription: String { name }
    }

    static func propertyInputs() -> [PropertyInput] {
        let examples = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Canvases").path)) ?? []
        var inputs = examples.sorted().filter { $0.hasSuffix(".canvas.yaml") }.compactMap { name -> PropertyInput? in
            let url = root.appendingPathComponent("Canvases").appendingPathComponent(name)
            return (try? String(contentsOf: url, encoding: .utf8)).map { PropertyInput(name: name, text: $0) }
        }
        inputs += (0..<300).map { seed in
            var generator = CanvasTextGenerator(seed: UInt64(seed))
            return PropertyInput(name: "generated-\(seed)", text: generator.canvas())
        }
        return inputs
    }

    /// The document as untyped JSON with object keys sorted: what it means,
    /// whatever the layout.
    static func tree(_ text: String) -> String {
        let (document, _) = Reader.read(SourceFile(name: "t", text: text))
        func sorted(_ value: JSONValue) -> JSONValue {
            switch value {
            case .object(let members):
                return .object(members.map { JSONMember($0.key, sorted($0.value)) }.sorted { $0.key < $1.key })
            case .array(let elements):
                return .array(elements.map(sorted))
            default:
                return value
            }
        }
        return sorted(document.untypedJSON).serialized()
    }

    /// Every comment's text, sorted: each must survive exactly once.
    static func comments(_ text: String) -> [String] {
        var found: [String] = []
        let (document, _) = Reader.read(SourceFile(name: "t", text: text))
        func walk(_ node: Node) {
            found += node.endComments.map(\.text)
            if let comment = node.lineComment { found.append(comment.text) }
            switch node.kind {
            case .scalar: break
            case .mapping(let entries):
                for entry in entries {
                    found += entry.leadingComments.map(\.text)
                    if let comment = entry.trailingComment { found.append(comment.text) }
                    walk(entry.value)
                }
            case .sequence(let items):
                for item in items {
                    found += item.leadingComments.map(\.text)
                    if let comment = item.trailingComment { found.append(comment.text) }
                    walk(item.value)
                }
            }
        }
        found += document.leadingComments.map(\.text) + document.trailingComments.map(\.text)
        document.root.map(walk)
        return found.sorted()
    }
}

/// A small seeded generator of valid canvases written the many ways people write
/// them: indentation of 2 or 4, keys in any order, flow or block lists, quoted or
/// plain text, block scalars, and comments in random places.
struct CanvasTextGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed &* 6364136223846793005 &+ 1442695040888963407
    }

    private mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }

    private mutating func chance(_ percent: Int) -> Bool { next(100) < percent }

    private mutating func comment(_ indent: String) -> [String] {
        chance(20) ? ["\(indent)# note \(next(1000))"] : []
    }

    private mutating func trailing() -> String {
        chance(15) ? "   # aside \(next(1000))" : ""
    }

    private mutating func text(_ base: String) -> String {
        let words = ["plain", "with: colon", "it's", "say \"hi\"", "1.10", "yes", "café ñandú", "a # hash"]
        let value = base + " " + words[next(words.count)]
        if value.contains(": ") || value.contains(" #") || value.hasSuffix("yes") || value.hasSuffix("1.10") {
            return value.contains("'") ? "\"" + value.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : "'" + value + "'"
        }
        return chance(30) ? "\"" + value.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : value
    }

    mutating func canvas() -> String {
        let unit = chance(50) ? "  " : "    "
        var lines: [String] = comment("")
        var topLevel: [[String]] = [["name: \(text("Canvas"))\(trailing())"]]
        if chance(50) {
            topLevel.append(["description: >", "\(unit)First line", "\(unit)second line"])
        }
        let segmentCount = 1 + next(3)
        var segments: [String] = ["customer-segments:"]
        for index in 0..<segmentCount {
            segments += comment(unit)
            var fields = [["id: s\(index)"], ["name: \(text("Segment"))\(trailing())"], ["priority: \(index + 1)"]]
            if chance(50) { fields.append(["needs:", "\(unit)- \(text("need"))", "\(unit)- \(text("other"))"]) }
            if chance(40) {
                fields.append(["pains:", "\(unit)- id: p\(index)", "\(unit)  text: \(text("pain"))"])
            }
            if chance(30) { fields.append(["notes: |", "\(unit)line one", "\(unit)\(unit)indented", "", "\(unit)last"]) }
            fields.shuffle(using: &self)
            let body = fields.flatMap { $0 }
            segments.append("\(unit)- " + body[0])
            segments += body.dropFirst().map { "\(unit)  " + $0 }
            if chance(20) { segments.append("") }
        }
        segments += comment(unit)
        topLevel.append(segments)
        var propositions = ["value-propositions:"]
        let targets = (0..<segmentCount).map { "s\($0)" }
        if chance(50) {
            propositions += ["\(unit)- name: \(text("Offer"))", "\(unit)  segments: [\(targets.joined(separator: ", "))]\(trailing())"]
        } else {
            propositions += ["\(unit)- name: \(text("Offer"))", "\(unit)  segments:"] + targets.map { "\(unit)  \(unit)- \($0)" }
        }
        propositions += ["\(unit)  elements: [price, design]"]
        topLevel.append(propositions)
        if chance(50) { topLevel.append(["channels: []\(trailing())"]) }
        topLevel.shuffle(using: &self)
        for block in topLevel {
            lines += comment("")
            lines += block
            if chance(30) { lines.append("") }
        }
        lines += comment("")
        return lines.joined(separator: "\n") + "\n"
    }
}

extension CanvasTextGenerator: RandomNumberGenerator {
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state
    }
}
