@testable import BMCKit
import Foundation
import Testing

/// Canvas text can never become markup or structure in any export.
@Suite struct ExportEscapingTests {
    @Test(arguments: [
        ("# heading", "\\# heading"),
        ("- item", "\\- item"),
        ("1. item", "1\\. item"),
        ("2) item", "2\\) item"),
        ("> quote", "\\> quote"),
        ("<script>x</script>", "\\<script\\>x\\</script\\>"),
        ("a | b", "a \\| b"),
        ("**bold** _it_", "\\*\\*bold\\*\\* \\_it\\_"),
        ("[x](http://y)", "\\[x\\](http\\://y)"),
        ("&amp;", "\\&amp;"),
        ("two\nlines", "two lines"),
        ("www.example.com", "www\\.example.com"),
        ("10:30 and 1.5", "10:30 and 1.5"),
    ])
    func markdownInlineTextIsEscaped(_ input: String, _ expected: String) {
        #expect(MarkdownEscaping.inline(input) == expected)
    }

    @Test func mailAddressesCannotBecomeLinks() {
        #expect(MarkdownEscaping.inline("ana@example.com") == "ana\\@\u{2060}example.com")
    }

    @Test func textAfterALabelNeedsNoLineStartEscapes() {
        #expect(MarkdownEscaping.inline("1.10", atLineStart: false) == "1.10")
        #expect(MarkdownEscaping.inline("- x", atLineStart: false) == "- x")
    }

    @Test func paragraphsKeepLineBreaksAndNeverStartCodeBlocks() {
        #expect(MarkdownEscaping.paragraphs("one\n    two\n\n# three", indent: "  ") == ["  one\\", "  two", "", "  \\# three"])
    }

    @Test func dotQuotedStringsEscapeQuotesBackslashesAndEntities() {
        #expect(DOTEscaping.quoted("a \"b\" \\N & c\nd") == "\"a \\\"b\\\" \\\\N &amp; c\\nd\"")
    }

    @Test func dotHTMLLabelsEscapeMarkup() {
        #expect(DOTEscaping.html("<B>&\"x\"</B>\ny") == "&lt;B&gt;&amp;&quot;x&quot;&lt;/B&gt;<BR ALIGN=\"LEFT\"/>y")
        // Graphviz would draw `\N` in an HTML-like label as the node's name.
        #expect(DOTEscaping.html("\\N \\L") == "\\\\N \\\\L")
    }

    @Test func githubHeadingAnchorsAreSluggedAndNumbered() {
        var slugger = HeadingSlugger()
        #expect(slugger.slug(for: "Café Aurora!") == "café-aurora")
        #expect(slugger.slug(for: "Café Aurora") == "café-aurora-1")
        #expect(slugger.slug(for: "A -> B") == "a---b")
    }

    @Test func yamlScalarsAreQuotedOnlyWhenNeeded() {
        #expect(YAMLScalar.text("Café Aurora") == "Café Aurora")
        #expect(YAMLScalar.text("Café: Aurora") == "'Café: Aurora'")
        #expect(YAMLScalar.text("yes") == "'yes'")
        #expect(YAMLScalar.text("1.10") == "'1.10'")
        #expect(YAMLScalar.text("it's # here") == "\"it's # here\"")
        #expect(YAMLScalar.text("two\nlines") == "\"two\\nlines\"")
        #expect(YAMLScalar.text("") == "''")
        // Characters a canvas may hold only as escapes, in double quotes.
        #expect(YAMLScalar.text("a\u{85}b\u{2028}c") == "\"a\\x85b\\u2028c\"")
    }

    /// Every byte that needs an escape is escaped wherever it falls in a string
    /// (runs without one are copied whole), and the text reads back whole.
    @Test func everyByteThatNeedsAnEscapeIsEscapedAtEveryPosition() throws {
        let specials = Array(0x00...0x1F) + [0x22, 0x5C, 0x7F]
        for special in specials {
            for (length, position) in (1...20).flatMap({ length in (0..<length).map { (length, $0) } }) {
                var bytes = Array("abcdefghijklmnopqrst".utf8.prefix(length))
                bytes[position] = UInt8(special)
                let text = String(decoding: bytes, as: UTF8.self) + (length.isMultiple(of: 2) ? "ñ🚚" : "")
                let json = JSONValue.string(text).serialized()
                #expect(!json.utf8.dropFirst().dropLast(2).contains { $0 < 0x20 || $0 == 0x7F }, "byte \(special) at \(position) of \(length)")
                let decoded = try JSONSerialization.jsonObject(with: Data(("[" + json + "]").utf8)) as? [String]
                #expect(decoded == [text], "byte \(special) at \(position) of \(length)")
            }
        }
    }
}
