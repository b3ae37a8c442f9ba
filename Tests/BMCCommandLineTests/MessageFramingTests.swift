@testable import BMCCommandLine
import Testing

/// LSP's base protocol: `Content-Length` headers and bodies, from input that comes
/// in pieces of any size.
@Suite("Message framing")
struct MessageFramingTests {
    func items(_ input: String, pieces: Int = .max) -> [MessageReader.Item] {
        var reader = MessageReader()
        var found: [MessageReader.Item] = []
        let bytes = Array(input.utf8)
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + pieces)
            reader.append(bytes[offset..<end])
            offset = end
            while let item = reader.next() { found.append(item) }
        }
        return found
    }

    func body(_ text: String) -> MessageReader.Item { .body(Array(text.utf8)) }

    @Test func messagesComeWholeWhateverThePiecesTheInputArrivesIn() {
        let input = "Content-Length: 7\r\n\r\n{\"a\":1}Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[]"
        for pieces in [1, 2, 3, 7, 20, .max] {
            #expect(items(input, pieces: pieces) == [body("{\"a\":1}"), body("[]")], "pieces of \(pieces)")
        }
    }

    @Test func theLengthCountsBytesNotCharacters() {
        // "é" is two bytes, "🚚" four: with the quotes and the x, nine.
        #expect(items("Content-Length: 9\r\n\r\n\"é🚚x\"Content-Length: 2\r\n\r\n{}") == [body("\"é🚚x\""), body("{}")])
        #expect(items("content-length:9\r\n\r\n\"é🚚x\"") == [body("\"é🚚x\"")])
    }

    @Test func aHeaderWithoutAUsableLengthIsReportedAndTheNextMessageIsRead() {
        let found = items("Content-Type: x\r\n\r\nContent-Length: 2\r\n\r\n{}")
        #expect(found.count == 2 && found.last == body("{}"))
        guard case .badHeader(let reason) = found.first else { Issue.record("no bad header"); return }
        #expect(reason.hasPrefix("a header without a valid Content-Length"))
        for header in ["Content-Length: -1", "Content-Length: 1x", "Content-Length:", "Content-Length: 99999999999999999999",
                       "Content-Length: 1\r\nContent-Length: 1", "no colon"] {
            let found = items(header + "\r\n\r\nContent-Length: 2\r\n\r\n{}")
            #expect(found.last == body("{}") && found.count == 2, "\(header)")
        }
    }

    @Test func aBodyOverTheLimitIsSkippedWithoutBeingHeld() {
        var reader = MessageReader()
        reader.append(Array("Content-Length: \(MessageReader.maximumBodyLength + 1)\r\n\r\n".utf8))
        guard case .badHeader(let reason)? = reader.next() else { Issue.record("no refusal"); return }
        #expect(reason.contains("over the limit"))
        // The refused body goes by in pieces, and the message after it is read.
        let piece = [UInt8](repeating: 0x20, count: 1 << 20)
        for _ in 0..<64 {
            reader.append(piece)
            #expect(reader.next() == nil)
        }
        reader.append([0x20] + Array("Content-Length: 2\r\n\r\n{}".utf8))
        #expect(reader.next() == body("{}"))
    }

    @Test func inputThatIsNoHeaderAtAllIsDroppedOnceItIsTooLongToBeOne() {
        var reader = MessageReader()
        reader.append([UInt8](repeating: 0x61, count: MessageReader.maximumHeaderLength + 10))
        guard case .badHeader? = reader.next() else { Issue.record("no refusal"); return }
        reader.append(Array("Content-Length: 2\r\n\r\n{}".utf8))
        #expect(reader.next() == body("{}"))
    }

    @Test func theServerFramesWhatItWrites() {
        #expect(framedMessage(Array("{\"é\":1}".utf8)) == Array("Content-Length: 8\r\n\r\n{\"é\":1}".utf8))
    }
}
