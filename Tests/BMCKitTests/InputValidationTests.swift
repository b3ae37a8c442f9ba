@testable import BMCKit
import Testing

/// The first pass judges printable ASCII eight bytes at a time. Every byte value,
/// at every position of those words and next to line feeds and tabs, must be
/// judged as a byte-by-byte pass judges it.
@Suite("Input validation")
struct InputValidationTests {
    /// What a byte-by-byte pass says of a lone byte in ASCII text: refused if it is
    /// a control character, DEL, a CR without a LF after it, or a byte that cannot
    /// stand alone in UTF-8.
    static func refused(_ byte: UInt8, before next: UInt8?) -> Bool {
        if byte == 0x0D { return next != 0x0A }
        return !(byte == 0x09 || byte == 0x0A || (0x20...0x7E).contains(byte))
    }

    @Test func everyByteAtEveryPositionIsJudgedAlone() {
        let neighbours: [[UInt8]] = [Array("abcdefghijklmnopqrstuvwx".utf8), Array("a\nb\tc\n\nd\te\nfghij\n\tklmnop".utf8)]
        for base in neighbours {
            for byte in 0...255 {
                for position in 0..<base.count {
                    var bytes = base
                    bytes[position] = UInt8(byte)
                    let problem = bytes.withUnsafeBufferPointer { InputValidation.firstProblem(in: $0, from: 0) }
                    if Self.refused(UInt8(byte), before: position + 1 < bytes.count ? bytes[position + 1] : nil) {
                        #expect(problem?.range.start == position, "byte \(byte) at \(position)")
                    } else {
                        #expect(problem == nil, "byte \(byte) at \(position)")
                    }
                }
            }
        }
    }

    @Test func carriageReturnsAreAllowedOnlyBeforeALineFeed() {
        let crlf = Array("name: a\r\nnotes: b\r\n".utf8)
        #expect(crlf.withUnsafeBufferPointer { InputValidation.firstProblem(in: $0, from: 0) } == nil)
        let lone = Array("name: abcdefgh\rnotes: b\n".utf8)
        #expect(lone.withUnsafeBufferPointer { InputValidation.firstProblem(in: $0, from: 0) }?.range.start == 14)
    }
}
