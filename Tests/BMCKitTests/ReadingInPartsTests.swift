@testable import BMCKit
import Foundation
import Testing

/// A large file is read in two halves on two cores and the trees joined. The
/// joined tree must be the one a single reader builds, node for node, comment for
/// comment, wherever the split falls; so every possible split of each input is
/// tried here, not only the middle one a large file gets.
@Suite("Reading in parts")
struct ReadingInPartsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var exampleTexts: [String] {
        let folders = ["Canvases", "Tests/Fixtures/valid", "Tests/Fixtures/fmt"]
        return folders.flatMap { folder -> [String] in
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".yaml") }.sorted().compactMap {
                try? String(contentsOf: url.appendingPathComponent($0), encoding: .utf8)
            }
        }
    }

    static let edgeCases = [
        // A keep-chomped block scalar owns the blank lines above the next key.
        "name: A\nnotes: |+\n  kept\n\n\ncustomer-segments:\n  - name: B\n",
        // A clipped one does not: they are a blank line before the key.
        "name: A\nnotes: |\n  clipped\n\ncustomer-segments:\n  - name: B\n",
        // Comments at every level, at the end of blocks and of the file.
        "# top\nname: A  # on the name\n\nchannels:\n  - name: Web\n    # end of web\n  # end of channels\n\nkey-partnerships:\n  - name: P\n# closing\n",
        // CR LF line ends and a document marker.
        "---\r\nname: A\r\n\r\nchannels:\r\n  - name: Web\r\ncost-structure:\r\n  - name: Rent\r\n",
        // Escaped values in both halves, stored apart from the source.
        "name: \"A\\tB\"\nchannels:\n  - name: \"W\\u00e9b\"\nnotes: \"x\\ny\"\n",
        // Splits inside a root entry's sequence: blank lines, comments on the
        // entry, at the end of the block and of the file, nested sequences, a
        // keep-chomped block scalar ending an item, an indentless sequence.
        "name: A\ncustomer-segments:  # the segments\n  # first\n  - name: B\n\n  - name: C\n    needs:\n      - x\n"
            + "      - y\n  - name: D\n    notes: |+\n      kept\n\n  - name: E\n  # end of segments\n# before channels\n"
            + "channels:\n  - name: W\n  - name: V\n# closing\n",
        "name: A\nchannels:\n  - name: W\n  - name: V\n\n  - name: U\n  # end of channels\n",
        "name: A\nchannels:\n- name: W\n- name: V\ncost-structure:\n  - name: Rent\n  - name: Wages\n",
        // Keys too long or too far from their values to pack, in both halves.
        "name: A\nchannels:\n" + String(repeating: "  # thirty bytes of a comment.\n", count: 20)
            + "  - name: Web\n" + String(repeating: "k", count: 300) + ": v\nnotes:\n"
            + String(repeating: "  # thirty bytes of a comment.\n", count: 20) + "  - x\n",
    ]

    @Test(arguments: edgeCases + exampleTexts)
    func everySplitGivesTheTreeOfOneReader(_ text: String) {
        let file = source(text)
        let whole = Reader.readInOneGo(file)
        let expected = Self.fingerprint(whole.document)
        var splits = 0
        for offset in Self.lineStarts(of: text) {
            guard let (document, diagnostics) = Reader.readInParts(file, minimumSize: 0, splitSearchStart: offset) else {
                continue
            }
            splits += 1
            #expect(diagnostics.isEmpty && whole.diagnostics.isEmpty)
            #expect(Self.fingerprint(document) == expected, "split searched from offset \(offset)")
            #expect(CanonicalFormatter.format(document) == CanonicalFormatter.format(whole.document))
        }
        // Every input above has a key at column 0 after its first line.
        #expect(splits > 0 || ProcessorCount.online < 2)
    }

    /// A file past the size that is read in parts, split where `Reader.read` splits
    /// it: at the top-level key or item of a top-level sequence nearest its middle.
    @Test func aLargeFileIsSplitNearItsMiddle() throws {
        var text = "name: Large\n\ncustomer-segments:\n"
        for number in 1...10_000 { text += "  - id: seg-\(number)\n    name: Segment number \(number)\n" }
        text += "\nchannels:\n"
        for number in 1...12_000 { text += "  - name: Channel \(number)\n    segments: [seg-\(number % 10_000 + 1)]\n" }
        text += "\nkey-partnerships:\n"
        for number in 1...6_000 { text += "  - name: Partner \(number)\n" }
        let file = source(text)
        let document = try Self.readInPartsAsOneReaderWould(file)
        #expect(Self.fingerprint(Reader.read(file).document) == Self.fingerprint(document))
    }

    /// A canvas that is one long block is still read in two parts, split at an
    /// item of that block.
    @Test func aFileThatIsOneLongSequenceIsSplitInsideIt() throws {
        var text = "name: Long\ncustomer-segments:\n"
        for number in 1...30_000 { text += "  - id: seg-\(number)\n    needs: [a, b]\n" }
        let file = source(text)
        let document = try Self.readInPartsAsOneReaderWould(file)
        #expect(document.root?.mapping?.first(key: "customer-segments")?.value.sequence?.count == 30_000)
        let split = try #require(file.bytes.withUnsafeBufferPointer { Reader.split(nearMiddleOf: $0) })
        #expect(split.sequenceColumn == 2)
        #expect(abs(split.offset - file.bytes.count / 2) < 100)
    }

    /// A file large enough to be read in parts, read so, and the tree compared with
    /// one reader's.
    static func readInPartsAsOneReaderWould(_ file: SourceFile,
                                            sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Document {
        #expect(file.bytes.count > Reader.sizeReadInParts, sourceLocation: sourceLocation)
        let (document, diagnostics) = try #require(Reader.readInParts(file), sourceLocation: sourceLocation)
        #expect(diagnostics.isEmpty, sourceLocation: sourceLocation)
        #expect(fingerprint(document) == fingerprint(Reader.readInOneGo(file).document), sourceLocation: sourceLocation)
        return document
    }

    /// The split search finds the key of the block around the middle eight bytes
    /// at a time; it must find the line feed a byte-by-byte search finds.
    @Test func theLastLineFeedIsFoundAtEveryPosition() {
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 64, 100] {
            for _ in 0..<50 {
                // Bytes that differ from a line feed in one bit, and line feeds.
                let bytes = (0..<length).map { _ in
                    [UInt8(0x0A), 0x0B, 0x8A, 0x0E, 0x2A, 0x00, 0xFF].randomElement(using: &generator)!
                }
                bytes.withUnsafeBufferPointer { buffer in
                    for end in 0...length {
                        let expected = bytes[..<end].lastIndex(of: 0x0A)
                        #expect(Reader.lastLineFeed(before: end, in: buffer) == expected, "\(bytes) before \(end)")
                    }
                }
            }
        }
    }

    @Test func aKeyInBothHalvesIsReportedByOneReader() {
        let file = source("name: A\nchannels: []\nname: B\n")
        #expect(Reader.readInParts(file, minimumSize: 0, splitSearchStart: 10) == nil)
        #expect(Reader.read(file).diagnostics.map(\.code) == [.duplicateKey])
    }

    @Test func aCommentAboveTheKeyKeepsTheFileInOnePiece() {
        // The comment's owner depends on what is above it: no split there.
        let text = "name: A\n# about channels\nchannels: []\n"
        #expect(Reader.readInParts(source(text), minimumSize: 0, splitSearchStart: 8) == nil)
    }

    /// The starts of lines with a letter or digit at column 0, or a dash: the only
    /// places a split can fall (a root key, or an item of a root entry's
    /// sequence), so searching from each of them tries every split there is.
    static func lineStarts(of text: String) -> [Int] {
        let bytes = Array(text.utf8)
        return bytes.indices.filter { offset in
            guard offset == 0 || bytes[offset - 1] == UInt8(ascii: "\n") else { return false }
            var content = offset
            while content < bytes.count && bytes[content] == UInt8(ascii: " ") { content += 1 }
            return content == offset ? bytes[offset].isASCIILetterOrDigit
                : content < bytes.count && bytes[content] == UInt8(ascii: "-")
        }
    }

    /// Everything a node holds, and its children's, in order: records without
    /// their child indices (a joined tree stores runs elsewhere), values, comments.
    static func fingerprint(_ document: Document) -> [String] {
        var lines = ["leading \(document.leadingComments)", "trailing \(document.trailingComments)"]
        func visit(_ index: NodeID, depth: Int) {
            let storage = document.storage
            let record = storage.record(index)
            var line = "\(depth) \(record.shape) \(record.style) \(record.start)-\(record.end) key \(record.keyStart)-\(record.keyEnd)"
            line += " flags \(record.flags.rawValue) header \(record.header) count \(record.count)"
            if record.shape == .scalar { line += " value \(storage.value(of: record).debugDescription)" }
            line += " trivia \(String(describing: storage.trivia(of: index)))"
            lines.append(line)
            if record.shape != .scalar {
                for child in record.first..<record.first + record.count { visit(child, depth: depth + 1) }
            }
        }
        if let root = document.rootIndex { visit(root, depth: 0) }
        return lines
    }
}
