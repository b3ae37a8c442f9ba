import BMCKit

/// Text synchronisation and diagnostics: the documents the client has open, their
/// changes, and the diagnostics published after each.
extension LanguageServer {
    func didOpen(_ params: JSONValue?) {
        guard let item = params?["textDocument"], let uri = item["uri"]?.stringValue,
              let text = item["text"]?.stringValue else { return }
        documents[uri] = OpenDocument(uri: uri, version: item["version"]?.integerValue, text: Array(text.utf8))
        publishDiagnostics(uri)
    }

    func didChange(_ params: JSONValue?) {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue, let document = documents[uri],
              let changes = params?["contentChanges"]?.arrayValue else { return }
        guard document.apply(changes, version: params?["textDocument"]?["version"]?.integerValue, encoding: encoding) else {
            send(.notification(method: "window/logMessage", params: .object([
                "type": .integer(1), "message": .string("bmc lsp: a change to \(uri) could not be applied"),
            ])))
            return
        }
        publishDiagnostics(uri)
    }

    func didClose(_ params: JSONValue?) {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue, documents.removeValue(forKey: uri) != nil else { return }
        // A closed document's problems leave the editor's list with it.
        send(.notification(method: "textDocument/publishDiagnostics",
                           params: .object(["uri": .string(uri), "diagnostics": .array([])])))
    }

    /// Analyses the document and publishes its diagnostics, unless a newer change
    /// waits: then that change's analysis is the one worth sending, and this one
    /// is skipped before it starts or dropped when it ends.
    private func publishDiagnostics(_ uri: String) {
        guard let document = documents[uri], !hasNewerChange(uri) else { return }
        let analysis = document.checked
        guard !hasNewerChange(uri) else { return }
        let conversion = LSPDiagnostics(uri: uri, positions: positions(document), language: language(of: analysis))
        send(.notification(method: "textDocument/publishDiagnostics",
                           params: conversion.publication(analysis.diagnostics, version: document.version)))
    }
}
