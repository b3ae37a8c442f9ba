import BMCKit
import Testing

/// Section 1.1, "Refused": each construct outside the subset gets its own error,
/// with its code and the line and column of the offending character.
@Suite("Reader: refused constructs")
struct ReaderRefusedTests {
    // MARK: Tabs

    @Test func tabInIndentation() {
        #expect(readingProblems("a:\n\tb: x\n") == ["2:1 tab-indentation"])
    }

    @Test func tabAfterSpacesInIndentation() {
        #expect(readingProblems("a:\n  \tb: x\n") == ["2:3 tab-indentation"])
    }

    @Test func tabAsSeparatorAfterAKey() {
        let found = diagnostics("a:\tx\n")
        #expect(locations(found, in: source("a:\tx\n")) == ["1:3 syntax"])
        #expect(found.first?.message.contains("tab") == true)
    }

    @Test func tabAsSeparatorAfterADash() {
        #expect(readingProblems("a:\n  -\tx\n") == ["2:4 syntax"])
    }

    @Test func tabsInsideQuotesCommentsAndBlockScalarsAreText() {
        #expect(tree("a: \"x\ty\"\nb: 'p\tq'\nc: x # a\tcomment\nd: |\n  x\ty\n")
            == #"{"a": "x\ty", "b": "p\tq", "c": "x", "d": "x\ty\n"}"#)
    }

    // MARK: Anchors, aliases, tags

    @Test func anchor() {
        #expect(readingProblems("a: &x y\n") == ["1:4 anchor"])
    }

    @Test func anchorOnASequenceItem() {
        #expect(readingProblems("a:\n  - &x y\n") == ["2:5 anchor"])
    }

    @Test func alias() {
        #expect(readingProblems("a: x\nb: *a\n") == ["2:4 alias"])
    }

    @Test func aliasInAFlowSequence() {
        // The column counts characters: "é" is one column, though two bytes.
        #expect(readingProblems("authors: [José, *x]\n") == ["1:17 alias"])
    }

    @Test func tags() {
        #expect(readingProblems("a: !str x\n") == ["1:4 tag"])
        #expect(readingProblems("a: !!str x\n") == ["1:4 tag"])
    }

    @Test func anchorRendering() {
        #expect(renderedReading("name: Acme\na: &x y\n") == """
            t.canvas.yaml:2:4: error: anchors ('&name') are not supported [anchor]
                2 | a: &x y
                  |    ^~
            help: write the value out in full where it is needed

            """)
    }

    @Test func renderingOfACRLFFileShowsTheLineWithoutItsCarriageReturn() {
        #expect(renderedReading("name: Acme\r\na: &x y\r\n") == """
            t.canvas.yaml:2:4: error: anchors ('&name') are not supported [anchor]
                2 | a: &x y
                  |    ^~
            help: write the value out in full where it is needed

            """)
    }

    @Test func columnsAndCaretsCountCharactersNotBytes() {
        // "🎉" is four bytes and "é" two, but each one column.
        #expect(readingProblems("authors: [🎉, *x]\n") == ["1:14 alias"])
        #expect(renderedReading("name: Café\nnotes: \"José \\q\"\n") == #"""
            t.canvas.yaml:2:14: error: unknown escape '\q' in double-quoted text [bad-escape]
                2 | notes: "José \q"
                  |              ^~
            help: write '\\' for a backslash, or use single quotes, where '\' has no special meaning

            """#)
    }

    @Test func underlineOfAnAliasInAFlowSequence() {
        #expect(renderedReading("authors: [José, *x]\n").contains("\n      |                 ^~\n"))
    }

    // MARK: Flow collections

    @Test func flowMapping() {
        #expect(readingProblems("a: {b: c}\n") == ["1:4 flow-mapping"])
        #expect(readingProblems("{a: b}\n") == ["1:1 flow-mapping"])
        #expect(readingProblems("a: [{b: c}]\n") == ["1:5 flow-mapping"])
    }

    @Test func flowSequenceSpanningLines() {
        #expect(readingProblems("a: [x,\n  y]\n").first == "1:4 multiline-flow-sequence")
        #expect(readingProblems("a: [x, y\nb: z\n") == ["1:4 multiline-flow-sequence"])
    }

    @Test func nestedFlowSequence() {
        #expect(readingProblems("a: [x, [y]]\n") == ["1:8 nested-flow-sequence"])
    }

    // MARK: Keys

    @Test func complexKey() {
        #expect(readingProblems("name: x\n? a\n") == ["2:1 complex-key"])
    }

    @Test func quotedKeys() {
        #expect(readingProblems("\"name\": x\n") == ["1:1 quoted-key"])
        #expect(readingProblems("'name': x\n") == ["1:1 quoted-key"])
        #expect(readingProblems("a:\n  'id': x\n") == ["2:3 quoted-key"])
    }

    @Test func multiLineKey() {
        #expect(readingProblems("name: x\ncustomer\n  segments: y\n") == ["2:1 multiline-key"])
    }

    @Test func keyLongerThanTheTreeKeeps() {
        // 65,535 bytes is the longest key; one more is refused at the key, and
        // reading goes on after it.
        let longest = String(repeating: "k", count: Reader.maximumKeyLength)
        #expect(readingProblems("\(longest): x\n") == [])
        #expect(readingProblems("\(longest)k: x\nname: y\n\tb: z\n") == ["1:1 syntax", "3:1 tab-indentation"])
        #expect(Reader.read(source("\(longest)k: x\n")).diagnostics.first?.message == "a key longer than 65535 bytes")
    }

    @Test func duplicateKeyWithANoteAtTheFirst() {
        let text = "name: a\nnotes: x\nname: b\n"
        let file = source(text)
        let found = Reader.read(file).diagnostics
        #expect(locations(found, in: file) == ["3:1 duplicate-key"])
        #expect(found.first?.notes.map { "\(file.location(of: $0.range.start)) \($0.message)" }
            == ["1:1 'name' first defined here"])
    }

    @Test func duplicateKeyRendering() {
        #expect(renderedReading("a:\n  b: \"x\"\n  b: y\n") == """
            t.canvas.yaml:3:3: error: duplicate key 'b' [duplicate-key]
                3 |   b: y
                  |   ^
            help: remove one of them, or merge their values
            t.canvas.yaml:2:3: note: 'b' first defined here
                2 |   b: "x"
                  |   ^

            """)
    }

    // MARK: Directives and documents

    @Test func directives() {
        #expect(readingProblems("%YAML 1.2\n---\na: b\n") == ["1:1 directive"])
        #expect(readingProblems("%TAG ! tag:x\nname: x\n") == ["1:1 directive"])
    }

    @Test func secondDocument() {
        #expect(readingProblems("a: b\n---\nc: d\n") == ["2:1 multiple-documents"])
    }

    /// YAML's document markers on an empty document: `---` twice is two
    /// documents, and what follows `...` is another document.
    @Test func documentMarkersOfAnEmptyOrEndedDocument() {
        #expect(readingProblems("---\n---\n") == ["2:1 multiple-documents"])
        #expect(readingProblems("---\n--- a\n") == ["2:1 multiple-documents"])
        #expect(readingProblems("---\n---\nname: x\n") == ["2:1 multiple-documents"])
        #expect(readingProblems("a: b\n...\nc: d\n") == ["3:1 multiple-documents"])
        #expect(readingProblems("...\nname: x\n") == ["2:1 multiple-documents"])
        #expect(readingProblems("a: b\n...\n---\nc: d\n") == ["3:1 multiple-documents"])
        #expect(readingProblems("a: b\n... x\n") == ["2:5 syntax"])
    }

    @Test func aLoneDashIsNoFlowElement() {
        #expect(readingProblems("a: [-]\n") == ["1:5 syntax"])
        #expect(readingProblems("a: [a, -]\n") == ["1:8 syntax"])
        #expect(readingProblems("a: [- a]\n") == ["1:5 syntax"])
        #expect(tree("a: [-a, a-]\n") == #"{"a": ["-a", "a-"]}"#)
    }

    // MARK: Scalars going on over the next line

    @Test func plainScalarOverTheNextLine() {
        let text = "name: Acme\ndescription: one\n  two\n"
        #expect(readingProblems(text) == ["3:3 multiline-scalar"])
        let help = Reader.read(source(text)).diagnostics.first?.help ?? ""
        #expect(help.contains("'>'") && help.contains("'|'"))
    }

    @Test func quotedScalarOverTheNextLine() {
        let text = "a: x\nb: \"unclosed\nc: y\n"
        #expect(readingProblems(text) == ["2:4 multiline-scalar"])
        let help = Reader.read(source(text)).diagnostics.first?.help ?? ""
        #expect(help.contains("'>'") && help.contains("'|'"))
        #expect(readingProblems("a: 'one\n  two'\n").first == "1:4 multiline-scalar")
    }

    @Test func plainScalarOverTheNextLineRendering() {
        #expect(renderedReading("name: Acme\ndescription: one\n  two\n") == """
            t.canvas.yaml:3:3: error: text goes on over the next line [multiline-scalar]
                3 |   two
                  |   ^~~
            help: use '>' to fold long text into one paragraph, or '|' to keep its line breaks

            """)
    }

    // MARK: Encoding and characters

    @Test func invalidUTF8() {
        #expect(readingProblems(bytes: Array("a: x\nb: ".utf8) + [0xFF, 0x0A]) == ["2:4 invalid-utf8"])
    }

    @Test("malformed UTF-8 sequences", arguments: [
        [0xC3] as [UInt8],  // truncated at the end of the file
        [0xC3, 0x28],  // a lead byte followed by ASCII
        [0xC0, 0x80],  // overlong NUL
        [0xED, 0xA0, 0x80],  // UTF-16 surrogate
        [0xF4, 0x90, 0x80, 0x80],  // past U+10FFFF
        [0x80],  // a lone continuation byte
    ])
    func malformedUTF8(sequence: [UInt8]) {
        #expect(readingProblems(bytes: Array("a: ".utf8) + sequence + [0x0A]) == ["1:4 invalid-utf8"])
    }

    @Test("control characters", arguments: [0x00, 0x01, 0x07, 0x1B, 0x7F] as [UInt8])
    func controlCharacter(byte: UInt8) {
        #expect(readingProblems(bytes: Array("a: x".utf8) + [byte] + Array("y\n".utf8)) == ["1:5 invalid-character"])
    }

    @Test func nulByteRendering() {
        let file = source(bytes: Array("name: x\0y\n".utf8))
        let found = Reader.read(file).diagnostics
        #expect(locations(found, in: file) == ["1:8 invalid-character"])
        #expect(found.first?.message == "control character U+0000 is not allowed")
    }

    @Test func loneCarriageReturn() {
        #expect(readingProblems("a: x\rb: y\n") == ["1:5 invalid-character"])
    }

    @Test func byteOrderMarkInTheMiddle() {
        #expect(readingProblems("a: x\u{FEFF}y\n") == ["1:5 invalid-character"])
        #expect(readingProblems("a: x\n\u{FEFF}b: y\n") == ["2:1 invalid-character"])
    }

    @Test func unicodeLineSeparatorsAndC1Controls() {
        #expect(readingProblems("a: x\u{2028}y\n") == ["1:5 invalid-character"])
        #expect(readingProblems("a: x\u{2029}y\n") == ["1:5 invalid-character"])
        #expect(readingProblems("a: x\u{85}y\n") == ["1:5 invalid-character"])
    }

    // MARK: Depth

    @Test func nestingDeeperThan32LevelsOfMappings() {
        var text = ""
        for level in 0..<32 {
            text += String(repeating: "  ", count: level) + "k\(level):\n"
        }
        text += String(repeating: "  ", count: 32) + "k: v\n"
        #expect(readingProblems(text) == ["33:65 too-deep"])
    }

    /// A flow sequence is a level of nesting too: 31 mappings may hold one, 32 may not.
    @Test func aFlowSequenceCountsInTheNestingDepth() {
        func nested(_ levels: Int, _ last: String) -> String {
            var text = ""
            for level in 0..<levels { text += String(repeating: "  ", count: level) + "k\(level):\n" }
            return text + String(repeating: "  ", count: levels) + last + "\n"
        }
        #expect(readingProblems(nested(30, "k: [v]")) == [])
        #expect(readingProblems(nested(31, "k: [v]")) == ["32:66 too-deep"])
        #expect(readingProblems(nested(31, "- [v]")) == ["32:65 too-deep"])
    }

    @Test func nestingDeeperThan32LevelsOfSequences() {
        var text = ""
        for level in 0..<33 {
            text += String(repeating: "  ", count: level) + "-\n"
        }
        text += String(repeating: "  ", count: 33) + "x\n"
        #expect(readingProblems(text) == ["33:65 too-deep"])
    }

    // MARK: Escapes

    @Test("bad escapes in double quotes", arguments: [
        (#"a: "x\qy""#, "1:6 bad-escape"),
        (#"a: "\xZZ""#, "1:5 bad-escape"),
        (#"a: "\u12""#, "1:5 bad-escape"),
        (#"a: "\uD800""#, "1:5 bad-escape"),
        (#"a: "\U00110000""#, "1:5 bad-escape"),
        (#"a: "\/""#, "1:5 bad-escape"),
        (#"a: "\e""#, "1:5 bad-escape"),
        (#"a: "ü\N""#, "1:6 bad-escape"),
    ])
    func badEscape(line: String, expected: String) {
        #expect(readingProblems(line + "\n") == [expected])
    }

    @Test func badEscapeRendering() {
        #expect(renderedReading(#"name: "x\qy""# + "\n") == #"""
            t.canvas.yaml:1:9: error: unknown escape '\q' in double-quoted text [bad-escape]
                1 | name: "x\qy"
                  |         ^~
            help: write '\\' for a backslash, or use single quotes, where '\' has no special meaning

            """#)
    }

    // MARK: Other syntax

    @Test func otherSyntaxErrors() {
        #expect(readingProblems("a: b: c\n") == ["1:5 syntax"])
        #expect(readingProblems("a: \"x\" y\n") == ["1:8 syntax"])
        #expect(readingProblems("a: - x\n") == ["1:4 syntax"])
        #expect(readingProblems("a: [x,,y]\n") == ["1:7 syntax"])
        #expect(readingProblems("a: @x\n") == ["1:4 syntax"])
        #expect(readingProblems("--- a: b\n") == ["1:5 syntax"])
        #expect(readingProblems("a: 1\n- x\nb: 2\n") == ["2:1 syntax"])
    }

    // MARK: Several errors in one file

    @Test func everyRecoverableErrorIsReported() {
        let text = """
            name: x
            a: &anchor y
            b: c
            d: e
            f: !tag g

            """
        #expect(readingProblems(text) == ["2:4 anchor", "5:4 tag"])
    }

    @Test func errorsOfDifferentKindsInOneFile() {
        let text = """
            name: x
            a:
            \tb: x
            c: &d e
            notes: "x\\qy"
            notes: again
            authors: [a, [b]]

            """
        #expect(readingProblems(text)
            == ["3:1 tab-indentation", "4:4 anchor", "5:10 bad-escape", "6:1 duplicate-key", "7:14 nested-flow-sequence"])
    }

    @Test func errorsAfterANestedBlockAreReported() {
        let text = """
            customer-segments:
              - id: a
                name: "A"
                name: B
              - id: *b

            """
        #expect(readingProblems(text) == ["4:5 duplicate-key", "5:9 alias"])
    }

    // MARK: Bugs

    @Test func oneDiagnosticPerProblem() {
        #expect(readingProblems("a: [x,\n  y]\n") == ["1:4 multiline-flow-sequence"])
        #expect(readingProblems("a: \"one\n  two\"\n") == ["1:4 multiline-scalar"])
        #expect(readingProblems("a: &x\n  b: c\n") == ["1:4 anchor"])
    }

    @Test func lineStartingWithAColonIsRefused() {
        #expect(readingProblems("name: x\n: b\n").first?.hasPrefix("2:1 ") == true)
    }

    @Test func flowElementsThatYAMLReadsDifferentlyAreRefused() {
        #expect(!readingProblems("a: [?z]\n").isEmpty)
        #expect(!readingProblems("a: [:y]\n").isEmpty)
    }
}
