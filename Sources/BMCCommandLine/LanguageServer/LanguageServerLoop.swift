import BMCKit

/// Runs a `LanguageServer` over two file descriptors until `exit` or the end of
/// the input. The input is read on a thread of its own into an `IncomingQueue`;
/// this loop takes what waits in batches, so that it answers a request the client
/// cancelled while it waited with `RequestCancelled`, and analyses only the last
/// of a burst of changes.
enum LanguageServerLoop {
    /// The process's exit status: 0 after `shutdown` and `exit`, 1 otherwise.
    static func run(input: Int32, output: Int32, environment: [String: String]) -> Int32 {
        let queue = IncomingQueue()
        StandardStreams.startReading(input, into: queue)
        let server = LanguageServer { message in
            StandardStreams.write(framedMessage(message.body), to: output)
        }
        server.environment = environment
        while true {
            if let status = handle(queue.takeAll(), by: server, waiting: queue) { return status }
        }
    }

    /// Handles a batch of items taken from `waiting`; the exit status once the
    /// server is to end.
    static func handle(_ batch: [Incoming], by server: LanguageServer, waiting: IncomingQueue) -> Int32? {
        let cancelled = batch.compactMap(\.cancelledID)
        for (position, item) in batch.enumerated() {
            switch item {
            case .endOfInput:
                return server.state == .shutDown ? 0 : 1
            case .unreadable(let failure):
                server.send(failure.response)
            case .message(.request(let id, _, _)) where cancelled.contains(id):
                server.send(.errorResponse(id: id, error: JSONRPCError(.requestCancelled, "the request was cancelled")))
            case .message(let message):
                let later = batch[(position + 1)...]
                server.hasNewerChange = { uri in
                    later.contains { $0.changes(uri) } || waiting.contains { $0.changes(uri) }
                }
                server.handle(message)
                if let status = server.exitStatus { return status }
            }
        }
        return nil
    }
}

extension Incoming {
    /// The id a `$/cancelRequest` names.
    fileprivate var cancelledID: JSONValue? {
        guard case .message(.notification("$/cancelRequest", let params)) = self else { return nil }
        return params?["id"]
    }

    /// Whether the item changes or closes the document with this URI.
    fileprivate func changes(_ uri: String) -> Bool {
        guard case .message(.notification(let method, let params)) = self,
              method == "textDocument/didChange" || method == "textDocument/didClose" else { return false }
        return params?["textDocument"]?["uri"]?.stringValue == uri
    }
}
