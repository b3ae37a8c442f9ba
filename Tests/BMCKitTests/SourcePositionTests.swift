import BMCKit
import Testing

/// Positions convert both ways between byte offsets, line and column in Unicode
/// scalars (what `check` prints) and line and character in UTF-16 or UTF-8 (what
/// the Language Server Protocol speaks), around accents, emoji and CR LF.
@Suite struct SourcePositionTests {
    /// "é" is 2 bytes and 1 UTF-16 unit; "🚚" is 4 bytes and 2 UTF-16 units.
    let file = SourceFile(name: "t", text: "name: Café 🚚 x\r\nnotes: ok\n")
    /// The offset of "x" on the first line: `name: Caf` 9 bytes, é 2, space, 🚚 4, space.
    let offsetOfX = 9 + 2 + 1 + 4 + 1

    @Test func anOffsetGivesItsLineAndColumnInScalars() {
        #expect(file.location(of: offsetOfX) == BMCKit.SourceLocation(line: 1, column: 14))
        #expect(file.location(of: 0) == BMCKit.SourceLocation(line: 1, column: 1))
        #expect(file.location(of: offsetOfX + 3) == BMCKit.SourceLocation(line: 2, column: 1))
    }

    @Test func aLineAndColumnGivesItsOffset() {
        #expect(file.offset(of: BMCKit.SourceLocation(line: 1, column: 14)) == offsetOfX)
        #expect(file.offset(of: BMCKit.SourceLocation(line: 2, column: 8)) == offsetOfX + 3 + 7)
        // Past the end of a line: the end of its text, before the CR LF.
        #expect(file.offset(of: BMCKit.SourceLocation(line: 1, column: 99)) == offsetOfX + 1)
        // Past the last line: the end of the file.
        #expect(file.offset(of: BMCKit.SourceLocation(line: 9, column: 1)) == file.bytes.count)
    }

    @Test func anOffsetGivesItsUTF16AndUTF8Positions() {
        #expect(file.position(of: offsetOfX, in: .utf16) == LinePosition(line: 0, character: 14))
        #expect(file.position(of: offsetOfX, in: .utf8) == LinePosition(line: 0, character: 17))
        #expect(file.position(of: offsetOfX, in: .utf32) == LinePosition(line: 0, character: 13))
        // After "é": one UTF-16 unit, two bytes.
        #expect(file.position(of: 11, in: .utf16) == LinePosition(line: 0, character: 10))
        #expect(file.position(of: 11, in: .utf8) == LinePosition(line: 0, character: 11))
    }

    @Test func aUTF16OrUTF8PositionGivesItsOffset() {
        #expect(file.offset(of: LinePosition(line: 0, character: 14), in: .utf16) == offsetOfX)
        #expect(file.offset(of: LinePosition(line: 0, character: 17), in: .utf8) == offsetOfX)
        #expect(file.offset(of: LinePosition(line: 1, character: 2), in: .utf16) == offsetOfX + 3 + 2)
    }

    /// Half of a surrogate pair, or a byte inside a UTF-8 sequence, is the start of
    /// its character; a character past the end of the line is the end of its text.
    @Test func positionsInsideACharacterOrPastTheLineAreClamped() {
        let truckStart = 12
        #expect(file.offset(of: LinePosition(line: 0, character: 11), in: .utf16) == truckStart)
        #expect(file.offset(of: LinePosition(line: 0, character: 12), in: .utf16) == truckStart)
        #expect(file.offset(of: LinePosition(line: 0, character: 13), in: .utf16) == truckStart + 4)
        #expect(file.offset(of: LinePosition(line: 0, character: 10), in: .utf8) == 9)
        #expect(file.position(of: truckStart + 2, in: .utf16) == LinePosition(line: 0, character: 11))
        #expect(file.offset(of: LinePosition(line: 0, character: 200), in: .utf16) == offsetOfX + 1)
        #expect(file.offset(of: LinePosition(line: -1, character: 3), in: .utf16) == 0)
    }

    /// A long line with many problems: each column counted on from the last.
    @Test func countingOnFromAnEarlierLocationGivesTheSameLocation() {
        let line = SourceFile(name: "t", text: "a: " + String(repeating: "é", count: 1_000) + "\nb: c\n")
        var known: (offset: Int, location: BMCKit.SourceLocation)?
        for offset in stride(from: 0, through: line.bytes.count, by: 7) {
            let location = line.location(of: offset, after: known)
            #expect(location == line.location(of: offset))
            known = (offset, location)
        }
    }
}
