import BMCKit
import Testing

/// Section 1.1, "Accepted": every construct of the subset reads without a problem
/// and gives the same tree as PyYAML's BaseLoader (expected values below are
/// `json.dumps(yaml.load(text, Loader=yaml.BaseLoader), ensure_ascii=False)`).
@Suite("Reader: accepted constructs")
struct ReaderAcceptedTests {
    // MARK: Mappings and sequences

    @Test func blockMapping() {
        #expect(tree("name: Acme\nversion: 2\n") == #"{"name": "Acme", "version": "2"}"#)
    }

    @Test func nestedBlockMappings() {
        let text = """
            a:
              b:
                c: d
              e: f
            g: h

            """
        #expect(tree(text) == #"{"a": {"b": {"c": "d"}, "e": "f"}, "g": "h"}"#)
    }

    @Test func sequenceIndentedUnderItsKey() {
        let text = """
            needs:
              - fast
              - cheap
            name: x

            """
        #expect(tree(text) == #"{"needs": ["fast", "cheap"], "name": "x"}"#)
    }

    @Test func sequenceAtItsKeysOwnColumn() {
        let text = """
            needs:
            - fast
            - cheap
            name: x

            """
        #expect(tree(text) == #"{"needs": ["fast", "cheap"], "name": "x"}"#)
    }

    @Test func sequenceOfMappingsIndentedOrAtKeyColumnGiveTheSameTree() {
        let indented = """
            segments:
              - id: a
                needs:
                  - x
                name: A
              - id: b

            """
        let atKeyColumn = """
            segments:
            - id: a
              needs:
              - x
              name: A
            - id: b

            """
        let expected = #"{"segments": [{"id": "a", "needs": ["x"], "name": "A"}, {"id": "b"}]}"#
        #expect(tree(indented) == expected)
        #expect(tree(atKeyColumn) == expected)
    }

    @Test func sequenceOfSequences() {
        let text = """
            a:
              - - x
                - y
              - - z

            """
        #expect(tree(text) == #"{"a": [["x", "y"], ["z"]]}"#)
    }

    @Test("any consistent indentation width", arguments: [1, 2, 3, 4, 8])
    func indentationWidth(width: Int) {
        let pad = String(repeating: " ", count: width)
        let text = "a:\n\(pad)b:\n\(pad)\(pad)- x\n\(pad)c: d\n"
        #expect(tree(text) == #"{"a": {"b": ["x"], "c": "d"}}"#)
    }

    @Test func thirtyTwoLevelsOfNestingAreAccepted() {
        // 31 keys each opening a mapping, and a 32nd mapping holding `k: v`.
        var text = ""
        for level in 0..<31 {
            text += String(repeating: "  ", count: level) + "k\(level):\n"
        }
        text += String(repeating: "  ", count: 31) + "k: v\n"
        let result = tree(text)
        #expect(result.hasPrefix(#"{"k0": {"k1": {"#))
        #expect(result.hasSuffix(#"{"k30": {"k": "v"}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}"#))
    }

    // MARK: Plain, single- and double-quoted scalars

    @Test func plainScalarsRunToTheEndOfTheLine() {
        let text = """
            a: plain text, with commas
            b: Shop#1
            c: a:b
            d: say "hi" 'there'
            f: C# and F#
            g: x [y] {z} | > & * ! ?

            """
        #expect(tree(text) == #"{"a": "plain text, with commas", "b": "Shop#1", "c": "a:b", "d": "say \"hi\" 'there'", "f": "C# and F#", "g": "x [y] {z} | > & * ! ?"}"#)
    }

    @Test func trailingSpacesAreNotPartOfAPlainScalar() {
        #expect(tree("a: trailing spaces   \nb: x\n") == #"{"a": "trailing spaces", "b": "x"}"#)
    }

    @Test func singleQuotedScalars() {
        let text = """
            a: 'it''s # not a comment: really'
            b: ''
            c: '  spaced  '
            d: '\\n stays'

            """
        #expect(tree(text) == #"{"a": "it's # not a comment: really", "b": "", "c": "  spaced  ", "d": "\\n stays"}"#)
    }

    @Test func doubleQuotedScalars() {
        #expect(tree(#"a: "say \"hi\" # not a comment""# + "\n") == #"{"a": "say \"hi\" # not a comment"}"#)
        #expect(tree(#"a: """# + "\n") == #"{"a": ""}"#)
        #expect(tree(#"a: "x\\""# + "\n") == #"{"a": "x\\"}"#)
    }

    @Test("every double-quote escape of the contract", arguments: [
        (#"\\"#, "\\"),
        (#"\""#, "\""),
        (#"\n"#, "\n"),
        (#"\t"#, "\t"),
        (#"\r"#, "\r"),
        (#"\0"#, "\0"),
        (#"\x41"#, "A"),
        (#"\xe9"#, "é"),
        (#"\u00e9"#, "é"),
        (#"\u00E9"#, "é"),
        (#"\u65e5"#, "日"),
        (#"\U0001F600"#, "😀"),
    ])
    func doubleQuoteEscape(escape: String, value: String) {
        let file = source("a: \"<\(escape)>\"\n")
        let (document, diagnostics) = Reader.read(file)
        #expect(diagnostics.isEmpty)
        #expect(document.untypedJSON == .object([JSONMember("a", .string("<\(value)>"))]))
    }

    @Test func allEscapesInOneScalar() {
        let text = #"e: "\\ \" \n \t \r \0 \x41 \u00e9 \U0001F600""# + "\n"
        #expect(tree(text) == #"{"e": "\\ \" \n \t \r \u0000 A é 😀"}"#)
    }

    // MARK: Block scalars

    @Test func literalKeepsLineBreaksAndMoreIndentation() {
        let text = "a: |\n  one\n    two\n\n  three\nb: x\n"
        #expect(tree(text) == #"{"a": "one\n  two\n\nthree\n", "b": "x"}"#)
    }

    @Test func literalStripRemovesEveryFinalLineBreak() {
        #expect(tree("a: |-\n  one\n  two\n\n\nb: x\n") == #"{"a": "one\ntwo", "b": "x"}"#)
    }

    @Test func literalKeepKeepsTrailingBlankLines() {
        #expect(tree("a: |+\n  one\n  two\n\n\nb: x\n") == #"{"a": "one\ntwo\n\n\n", "b": "x"}"#)
    }

    @Test func literalKeepAtTheEndOfTheFile() {
        #expect(tree("a: |+\n  one\n\n\n") == #"{"a": "one\n\n\n"}"#)
    }

    @Test func clipWithoutAFinalLineBreakInTheFile() {
        #expect(tree("a: |\n  one") == #"{"a": "one"}"#)
    }

    @Test func foldedJoinsLinesButKeepsMoreIndentedLinesAndParagraphs() {
        let text = """
            a: >
              one
              two

              three
                indented
                more
              four
              five

            """
        #expect(tree(text) == #"{"a": "one two\nthree\n  indented\n  more\nfour five\n"}"#)
    }

    @Test func foldedBlankLinesSeparateParagraphs() {
        #expect(tree("a: >\n  p1\n\n\n  p2\n") == #"{"a": "p1\n\np2\n"}"#)
    }

    @Test func foldedStripAndKeep() {
        #expect(tree("a: >-\n  one\n  two\n") == #"{"a": "one two"}"#)
        #expect(tree("a: >+\n  one\n  two\n\n\nb: x\n") == #"{"a": "one two\n\n\n", "b": "x"}"#)
    }

    @Test func blockScalarsAsSequenceItems() {
        let text = """
            a:
              - |
                one
                two
              - >-
                three
                four

            """
        #expect(tree(text) == #"{"a": ["one\ntwo\n", "three four"]}"#)
    }

    @Test func hashLinesInsideABlockScalarAreText() {
        #expect(tree("a: |\n  # not a comment\n  x\nb: y\n") == ##"{"a": "# not a comment\nx\n", "b": "y"}"##)
    }

    @Test func explicitIndentationIndicator() {
        #expect(tree("a: |2\n    x\n   y\n") == #"{"a": "  x\n y\n"}"#)
    }

    /// Leading blank lines count as line breaks whether the indentation is stated
    /// or detected; spaces past a stated indentation are text.
    @Test func explicitIndentationIndicatorThenBlankLines() {
        #expect(tree("notes: |2\n\n  # c\n") == ##"{"notes": "\n# c\n"}"##)
        #expect(tree("notes: |2+\n\n") == #"{"notes": "\n"}"#)
        #expect(tree("notes: |1\n\n  a\n") == #"{"notes": "\n a\n"}"#)
        #expect(tree("notes: |2\n   \n  a\n") == #"{"notes": " \na\n"}"#)
        #expect(tree("notes: >2-\n\n\n  a\n  b\n") == #"{"notes": "\n\na b"}"#)
        #expect(tree("- |1\n\n  a\n- b\n") == #"["\n a\n", "b"]"#)
    }

    @Test func leadingBlankLineInABlockScalar() {
        #expect(tree("a: |\n\n  x\n") == #"{"a": "\nx\n"}"#)
    }

    // MARK: Flow sequences

    @Test func flowSequences() {
        let text = """
            a: [x, 'y, z', "w]"]
            b: []
            c: [p, q,]
            d: [ spaced , out ]
            e: [ ]

            """
        #expect(tree(text) == #"{"a": ["x", "y, z", "w]"], "b": [], "c": ["p", "q"], "d": ["spaced", "out"], "e": []}"#)
    }

    // MARK: Empty values, markers, encodings

    @Test func emptyValuesAreEmptyText() {
        #expect(tree("notes:\nname: x\nlast:\n") == #"{"notes": "", "name": "x", "last": ""}"#)
    }

    @Test func emptySequenceItem() {
        #expect(tree("a:\n  -\nb: x\n") == #"{"a": [""], "b": "x"}"#)
    }

    @Test func emptySequenceItemFollowedByAnother() {
        #expect(tree("a:\n  -\n  - x\n") == #"{"a": ["", "x"]}"#)
        #expect(tree("a:\n  -\n  -\n") == #"{"a": ["", ""]}"#)
        #expect(problems("name: x\nauthors:\n  -\n  - Ana\n").contains("3:3 expected-scalar"))
    }

    @Test func documentStartMarkerOnTheFirstContentLine() {
        #expect(tree("# c\n---\nname: x\n") == #"{"name": "x"}"#)
        #expect(tree("--- # c\nname: x\n") == #"{"name": "x"}"#)
    }

    /// `...` ends the document; comments may follow it. A file of markers alone
    /// holds no document.
    @Test func documentEndMarker() {
        #expect(tree("a: b\n...\n") == #"{"a": "b"}"#)
        #expect(tree("---\na: b\n... # end\n# after\n") == #"{"a": "b"}"#)
        #expect(tree("...\n") == "null")
        #expect(tree("---\n...\n") == "null")
    }

    @Test func byteOrderMarkAtTheStart() {
        #expect(tree(bytes: [0xEF, 0xBB, 0xBF] + Array("name: x\n".utf8)) == #"{"name": "x"}"#)
        #expect(tree(bytes: [0xEF, 0xBB, 0xBF] + Array("---\r\nname: x\r\n".utf8)) == #"{"name": "x"}"#)
    }

    @Test func crlfLineEndsGiveTheSameTreeAsLF() {
        let text = """
            # comment
            name: x
            needs:
              - y  # why
            literal: |
              l1
              l2

            folded: >-
              f1
              f2
            keep: |+
              k

            flow: [a, 'b']

            """
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(crlf.contains("\r\n"))
        #expect(tree(crlf) == tree(text))
        #expect(tree(crlf) == #"{"name": "x", "needs": ["y"], "literal": "l1\nl2\n", "folded": "f1 f2", "keep": "k\n\n", "flow": ["a", "b"]}"#)
    }

    @Test func emptyFileAndCommentsOnlyHaveNoRoot() {
        for text in ["", "\n\n", "# only\n# comments\n"] {
            let (document, diagnostics) = Reader.read(source(text))
            #expect(diagnostics.isEmpty)
            #expect(document.untypedJSON == .null)
        }
    }

    // MARK: Values are text, whatever they look like

    @Test func valuesThatLookTypedStayText() {
        let text = """
            a: no
            b: 1.10
            c: yes
            d: ~
            e: null
            f: 0x1F
            g: 2026-01-01
            h: true
            i: 1e3
            j: .inf
            k: -0

            """
        #expect(tree(text) == #"{"a": "no", "b": "1.10", "c": "yes", "d": "~", "e": "null", "f": "0x1F", "g": "2026-01-01", "h": "true", "i": "1e3", "j": ".inf", "k": "-0"}"#)
    }

    @Test func colonsWithoutASpaceStayInTheValue() {
        let text = "url: https://example.com:8080/a?b=c#frag\nt: 10:30\n"
        #expect(tree(text) == #"{"url": "https://example.com:8080/a?b=c#frag", "t": "10:30"}"#)
    }

    @Test func spacesBeforeTheColonAreNotPartOfTheKey() {
        #expect(tree("name   : x\nother :  y\nmy key: v\n") == #"{"name": "x", "other": "y", "my key": "v"}"#)
    }

    @Test func unicodeText() {
        #expect(tree("name: María, café owner 日本 🎉\n") == #"{"name": "María, café owner 日本 🎉"}"#)
    }

    @Test func serializedTreeIsIndentedJSON() {
        let (document, _) = Reader.read(source("a: x\nb: [1, 'two']\nc:\n"))
        #expect(document.untypedJSON.serialized() == """
            {
              "a": "x",
              "b": [
                "1",
                "two"
              ],
              "c": ""
            }

            """)
    }
}
