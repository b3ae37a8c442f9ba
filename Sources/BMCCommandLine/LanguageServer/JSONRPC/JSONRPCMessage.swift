import BMCKit

/// One JSON-RPC 2.0 message as LSP uses it: a request (with an id, answered by a
/// response), a notification (no id, no answer), or a response.
enum JSONRPCMessage: Equatable {
    case request(id: JSONValue, method: String, params: JSONValue?)
    case notification(method: String, params: JSONValue?)
    case response(id: JSONValue, result: JSONValue)
    /// An error answer; its id is `null` when the request's could not be read.
    case errorResponse(id: JSONValue, error: JSONRPCError)

    /// The message a body holds, or the error response it deserves: a body that
    /// is not JSON gets a parse error, JSON that is not a request a
    /// invalid-request error, both with the request's id when it could be read.
    static func parse(_ body: [UInt8]) -> Result<JSONRPCMessage, JSONRPCMessageFailure> {
        let value: JSONValue
        do {
            value = try JSONParser.parse(body)
        } catch {
            return .failure(JSONRPCMessageFailure(id: .null, error: JSONRPCError(.parseError, "\(error)")))
        }
        guard case .object = value else {
            return .failure(JSONRPCMessageFailure(id: .null, error: JSONRPCError(.invalidRequest, "a message must be a JSON object")))
        }
        let id = value["id"]
        let answerID = id.flatMap { $0.isValidID ? $0 : nil } ?? .null
        func invalid(_ reason: String) -> Result<JSONRPCMessage, JSONRPCMessageFailure> {
            .failure(JSONRPCMessageFailure(id: answerID, error: JSONRPCError(.invalidRequest, reason)))
        }
        guard value["jsonrpc"] == .string("2.0") else { return invalid("'jsonrpc' must be \"2.0\"") }
        if let method = value["method"] {
            guard case .string(let name) = method else { return invalid("'method' must be a string") }
            let params = value["params"]
            if let params {
                switch params {
                case .object, .array: break
                default: return invalid("'params' must be an object or an array")
                }
            }
            guard let id else { return .success(.notification(method: name, params: params)) }
            guard id.isValidID else { return invalid("'id' must be a number or a string") }
            return .success(.request(id: id, method: name, params: params))
        }
        guard let id, id.isValidID || id == .null else { return invalid("a message needs a 'method', or an 'id' to answer") }
        if let error = value["error"] {
            let code = error["code"].flatMap(\.integerValue) ?? JSONRPCError.Code.internalError.rawValue
            let message = error["message"].flatMap(\.stringValue) ?? ""
            return .success(.errorResponse(id: id, error: JSONRPCError(code: code, message: message)))
        }
        return .success(.response(id: id, result: value["result"] ?? .null))
    }

    /// The message as the body of a frame.
    var body: [UInt8] {
        var members = [JSONMember("jsonrpc", .string("2.0"))]
        switch self {
        case .request(let id, let method, let params):
            members += [JSONMember("id", id), JSONMember("method", .string(method))] + (params.map { [JSONMember("params", $0)] } ?? [])
        case .notification(let method, let params):
            members += [JSONMember("method", .string(method))] + (params.map { [JSONMember("params", $0)] } ?? [])
        case .response(let id, let result):
            members += [JSONMember("id", id), JSONMember("result", result)]
        case .errorResponse(let id, let error):
            members += [JSONMember("id", id), JSONMember("error", .object([
                JSONMember("code", .integer(error.code)), JSONMember("message", .string(error.message)),
            ]))]
        }
        return JSONValue.object(members).compactBytes()
    }
}

/// A message that could not be taken as one, with the answer it gets.
struct JSONRPCMessageFailure: Error, Equatable {
    var id: JSONValue
    var error: JSONRPCError

    var response: JSONRPCMessage { .errorResponse(id: id, error: error) }
}

/// A JSON-RPC error: its code and a message for the client's log.
struct JSONRPCError: Error, Equatable {
    /// The codes of JSON-RPC and LSP that `bmc lsp` answers with.
    enum Code: Int {
        case parseError = -32700
        case invalidRequest = -32600
        case methodNotFound = -32601
        case invalidParams = -32602
        case internalError = -32603
        case serverNotInitialized = -32002
        case requestCancelled = -32800
        case contentModified = -32801
        case requestFailed = -32803
    }

    var code: Int
    var message: String

    init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    init(_ code: Code, _ message: String) {
        self.init(code: code.rawValue, message: message)
    }
}
