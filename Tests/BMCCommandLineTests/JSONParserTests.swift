@testable import BMCCommandLine
import BMCKit
import Testing

/// The JSON a language client sends, read into `JSONValue`: the first piece of
/// `bmc lsp`'s JSON-RPC layer.
@Suite("JSON parser")
struct JSONParserTests {
    func parse(_ text: String) throws -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    func failure(_ text: String) -> JSONParser.Failure? {
        do {
            _ = try JSONParser.parse(Array(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test func aRequestKeepsItsMembersInOrderAndItsNumbersAsWritten() throws {
        let value = try parse(#" {"jsonrpc": "2.0", "id": 12, "method": "x", "params": {"a": [true, false, null, -0.5e3, 0]}} "#)
        #expect(value == .object([
            JSONMember("jsonrpc", .string("2.0")), JSONMember("id", .number("12")), JSONMember("method", .string("x")),
            JSONMember("params", .object([JSONMember("a", .array([.bool(true), .bool(false), .null, .number("-0.5e3"),
                                                                 .number("0")]))])),
        ]))
    }

    @Test func escapesBecomeTheirCharacters() throws {
        #expect(try parse(#""a\"b\\c\/d\n\t\r\b\f""#) == .string("a\"b\\c/d\n\t\r\u{8}\u{C}"))
        #expect(try parse(#""caf\u00e9 \u00C9""#) == .string("café É"))
        // A surrogate pair is one character; the emoji is four bytes of UTF-8.
        #expect(try parse(#""\ud83d\ude00!""#) == .string("😀!"))
        #expect(try parse("\"Conceição 🚚\"") == .string("Conceição 🚚"))
    }

    @Test func loneSurrogatesAndInvalidUTF8ArriveAsReplacementCharacters() throws {
        #expect(try parse(#""a\ud83db""#) == .string("a\u{FFFD}b"))
        #expect(try parse(#""\ude00""#) == .string("\u{FFFD}"))
        #expect(try parse(#""\ud83d\u0041""#) == .string("\u{FFFD}A"))
        #expect(try JSONParser.parse([0x22, 0x61, 0xFF, 0x62, 0x22]) == .string("a\u{FFFD}b"))
    }

    @Test(arguments: [
        ("[1,]", 3, "unexpected character"),
        ("{\"a\" 1}", 5, "expected ':' after a key"),
        ("{a: 1}", 1, "expected a key in quotes"),
        ("01", 1, "text after the JSON value"),
        ("1.", 2, "a number without digits after '.'"),
        ("-", 1, "a number without digits"),
        ("1e+", 3, "a number without digits in its exponent"),
        ("\"a\\x\"", 2, "an unknown escape"),
        ("\"\\u12\"", 3, "'\\u' without four hex digits"),
        ("\"abc", 4, "a string without its closing quote"),
        ("\"a\nb\"", 2, "a control character inside a string"),
        ("{} {}", 3, "text after the JSON value"),
        ("", 0, "the text ends where a value is due"),
        ("tru", 0, "unexpected character"),
        ("[1 2]", 3, "expected ',' or ']' in an array"),
    ])
    func textOutsideTheGrammarIsRefusedWithItsOffset(text: String, offset: Int, reason: String) {
        #expect(failure(text) == JSONParser.Failure(offset: offset, reason: reason))
    }

    @Test func nestingIsBoundedSoNoMessageOverflowsTheStack() throws {
        let deepest = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
        #expect(throws: Never.self) { try parse(deepest) }
        let deeper = "[" + deepest + "]"
        #expect(failure(deeper)?.reason == "nesting deeper than 128 levels")
        #expect(failure(String(repeating: "{\"a\":[", count: 100_000))?.reason == "nesting deeper than 128 levels")
    }
}
