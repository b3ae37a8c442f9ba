/// The first pass over a file: the bytes must be UTF-8 and free of characters that
/// YAML tools refuse or read differently, so the reader after it only ever meets
/// LF, CR LF, tabs and printable text.
enum InputValidation {
    /// Returns the first problem in `bytes[start...]`, or `nil` when the input is clean.
    static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Diagnostic? {
        var index = start
        let count = bytes.count
        while index < count {
            // Sixteen bytes at a time while they are printable ASCII, tabs and line
            // feeds, the bulk of any canvas; then eight at a time up to a line end.
            while index + 16 <= count,
                  isPlainText(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: SIMD16<UInt8>.self)) {
                index += 16
            }
            // Eight bytes at a time while they are printable ASCII:
            // no byte with the high bit set, none below 0x20, none 0x7F.
            while index + 8 <= count {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                let belowSpace = (word &- 0x2020_2020_2020_2020) & ~word & high
                let isDelete = ((word ^ 0x7F7F_7F7F_7F7F_7F7F) &- 0x0101_0101_0101_0101) & ~(word ^ 0x7F7F_7F7F_7F7F_7F7F) & high
                guard (word & high) | belowSpace | isDelete == 0 else { break }
                index += 8
            }
            guard index < count else { break }
            let byte = bytes[index]
            if byte < 0x80 {
                // The common case: printable ASCII, tab and line feed.
                if byte >= 0x20 && byte != 0x7F || byte == .lineFeed || byte == .tab {
                    index += 1
                    continue
                }
                if byte == .carriageReturn {
                    if index + 1 < count && bytes[index + 1] == .lineFeed {
                        index += 2
                        continue
                    }
                    return Diagnostic(SyntaxProblem.carriageReturnWithoutLineFeed, at: .point(index))
                }
                return Diagnostic(SyntaxProblem.controlCharacter(UInt32(byte)), at: SourceRange(start: index, end: index + 1))
            }
            guard let (scalar, length) = decodeScalar(bytes, at: index) else {
                return Diagnostic(SyntaxProblem.invalidUTF8(byte: byte), at: .point(index))
            }
            switch scalar {
            case 0x80...0x9F:
                return Diagnostic(SyntaxProblem.controlCharacter(scalar), at: SourceRange(start: index, end: index + length))
            case 0x2028, 0x2029:
                return Diagnostic(SyntaxProblem.lineSeparator(scalar), at: SourceRange(start: index, end: index + length))
            case 0xFEFF:
                return Diagnostic(SyntaxProblem.byteOrderMarkInside, at: SourceRange(start: index, end: index + length))
            case 0xFFFE, 0xFFFF:
                return Diagnostic(SyntaxProblem.noncharacter(scalar), at: SourceRange(start: index, end: index + length))
            default:
                index += length
            }
        }
        return nil
    }

    /// Whether sixteen bytes are all printable ASCII, tabs or line feeds.
    @inline(__always)
    private static func isPlainText(_ bytes: SIMD16<UInt8>) -> Bool {
        let space = SIMD16<UInt8>(repeating: 0x20), delete = SIMD16<UInt8>(repeating: 0x7F)
        let lineFeed = SIMD16<UInt8>(repeating: 0x0A), tab = SIMD16<UInt8>(repeating: 0x09)
        let printable = (bytes .>= space) .& (bytes .< delete)
        return all(printable .| (bytes .== lineFeed) .| (bytes .== tab))
    }

    /// Decodes one multi-byte UTF-8 sequence, refusing overlong forms, surrogates and
    /// values past U+10FFFF.
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        switch length {
        case 3 where value < 0x800 || (0xD800...0xDFFF).contains(value): return nil
        case 4 where value < 0x10000 || value > 0x10FFFF: return nil
        default: return (value, length)
        }
    }
}
