@testable import BMCCommandLine
import BMCKit
import Testing

/// JSON-RPC 2.0 messages: what each body is, the error answer a bad one gets, and
/// what the server writes.
@Suite("JSON-RPC messages")
struct JSONRPCMessageTests {
    func parse(_ text: String) -> Result<JSONRPCMessage, JSONRPCMessageFailure> {
        JSONRPCMessage.parse(Array(text.utf8))
    }

    @Test func requestsNotificationsAndResponses() {
        #expect(parse(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"a":1}}"#)
            == .success(.request(id: .number("1"), method: "initialize", params: .object([JSONMember("a", .number("1"))]))))
        #expect(parse(#"{"jsonrpc":"2.0","id":"x-1","method":"shutdown"}"#)
            == .success(.request(id: .string("x-1"), method: "shutdown", params: nil)))
        #expect(parse(#"{"jsonrpc":"2.0","method":"exit"}"#) == .success(.notification(method: "exit", params: nil)))
        #expect(parse(#"{"jsonrpc":"2.0","id":7,"result":null}"#) == .success(.response(id: .number("7"), result: .null)))
        #expect(parse(#"{"jsonrpc":"2.0","id":7,"error":{"code":-32601,"message":"no"}}"#)
            == .success(.errorResponse(id: .number("7"), error: JSONRPCError(.methodNotFound, "no"))))
    }

    @Test func aBodyThatIsNotJSONGetsAParseErrorWithANullID() {
        guard case .failure(let failure) = parse(#"{"jsonrpc":"2.0","id":1,"method":"#) else { Issue.record("parsed"); return }
        #expect(failure.id == .null && failure.error.code == -32700)
    }

    @Test(arguments: [
        (#"[1]"#, JSONValue.null, "a message must be a JSON object"),
        (#"{"id":3,"method":"x"}"#, .number("3"), "'jsonrpc' must be \"2.0\""),
        (#"{"jsonrpc":"1.0","id":3,"method":"x"}"#, .number("3"), "'jsonrpc' must be \"2.0\""),
        (#"{"jsonrpc":"2.0","id":3,"method":7}"#, .number("3"), "'method' must be a string"),
        (#"{"jsonrpc":"2.0","id":3,"method":"x","params":"p"}"#, .number("3"), "'params' must be an object or an array"),
        (#"{"jsonrpc":"2.0","id":{"a":1},"method":"x"}"#, .null, "'id' must be a number or a string"),
        (#"{"jsonrpc":"2.0"}"#, .null, "a message needs a 'method', or an 'id' to answer"),
    ])
    func invalidRequestsAreAnsweredWithTheirIDWhenItCanBeRead(text: String, id: JSONValue, reason: String) {
        #expect(parse(text) == .failure(JSONRPCMessageFailure(id: id, error: JSONRPCError(.invalidRequest, reason))))
    }

    @Test func theServerWritesCompactJSONThatReadsBackTheSame() throws {
        let messages: [JSONRPCMessage] = [
            .response(id: .number("12"), result: .object([JSONMember("contents", .string("a \"quoted\" é 🚚\n"))])),
            .errorResponse(id: .null, error: JSONRPCError(.parseError, "bad")),
            .notification(method: "textDocument/publishDiagnostics", params: .object([JSONMember("diagnostics", .array([]))])),
            .request(id: .string("a"), method: "x", params: nil),
        ]
        for message in messages {
            #expect(try JSONRPCMessage.parse(message.body).get() == message)
        }
        #expect(String(decoding: messages[1].body, as: UTF8.self)
            == #"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"bad"}}"#)
    }
}
