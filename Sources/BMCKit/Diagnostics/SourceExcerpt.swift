/// The source line a diagnostic quotes, with the caret under the problem, made
/// safe and short enough for any terminal.
///
/// Safe: every control character (and the Unicode line separators and the bidi
/// overrides, which would rearrange or break the line on screen) is shown as an
/// escape such as `\u{1B}`, so no canvas can set a terminal's title, clear its
/// screen or forge a diagnostic line; a tab is shown as one space. Short: at most
/// `maximumWidth` characters around the caret are shown, with `…` where the line
/// goes on, so the output of a run is bounded by the number of its diagnostics,
/// however long the lines are. Only those characters are looked at, so quoting a
/// 10 MB line costs as much as quoting a short one.
public struct SourceExcerpt: Sendable, Equatable {
    /// The line as shown (window, escapes and `…` included).
    public var text: String
    /// The 0-based column of the caret in `text`, in characters (Unicode scalars).
    public var caretColumn: Int
    /// How many characters the underline spans, at least one.
    public var underlineWidth: Int

    /// Characters shown before the caret at most.
    static let widthBeforeCaret = 40
    /// Characters shown in all at most, before escapes are expanded.
    public static let maximumWidth = 120

    /// The excerpt of `range` in `source`: its first line, around its start.
    public init(of range: SourceRange, in source: SourceFile) {
        let bytes = source.bytes
        let start = min(max(0, range.start), bytes.count)
        // Back to the start of the line, or `widthBeforeCaret` characters.
        var first = start
        var before = 0
        while first > 0 && bytes[first - 1] != .lineFeed && before < Self.widthBeforeCaret {
            first -= 1
            while first > 0 && bytes[first] & 0xC0 == 0x80 { first -= 1 }
            before += 1
        }
        let cutBefore = first > 0 && bytes[first - 1] != .lineFeed
        // On to the end of the line, or as many characters as fit.
        var last = start
        var shown = before
        while last < bytes.count && !bytes[last].isLineEnd && shown < Self.maximumWidth {
            last += 1
            while last < bytes.count && bytes[last] & 0xC0 == 0x80 { last += 1 }
            shown += 1
        }
        let cutAfter = last < bytes.count && !bytes[last].isLineEnd
        let lead = cutBefore ? "…" : ""
        let beforeCaret = Self.shown(bytes[first..<start])
        let underlined = Self.shown(bytes[start..<min(max(start, range.end), last)])
        text = lead + beforeCaret + underlined + Self.shown(bytes[min(max(start, range.end), last)..<last])
            + (cutAfter ? "…" : "")
        caretColumn = lead.unicodeScalars.count + beforeCaret.unicodeScalars.count
        underlineWidth = max(1, underlined.unicodeScalars.count)
    }

    /// Bytes of a line as they are shown: escapes for what a terminal would obey.
    private static func shown(_ bytes: ArraySlice<UInt8>) -> String {
        TerminalSafeText.escaped(String(decoding: bytes, as: UTF8.self), tabsAsSpaces: true)
    }
}

/// Text from a canvas or a file name made safe to print on a terminal: control
/// characters, the Unicode line and paragraph separators and the bidi controls
/// are written as escapes (`\u{1B}`), so they can neither act on the terminal nor
/// make one line look like two or run backwards.
public enum TerminalSafeText {
    /// `text` with every character `isUnsafe` names escaped. With `tabsAsSpaces`,
    /// a tab is shown as one space (in an excerpt, so the caret stays aligned).
    public static func escaped(_ text: String, tabsAsSpaces: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" && tabsAsSpaces {
                output.append(" ")
            } else if isUnsafe(scalar) {
                output.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// C0 and C1 controls (the tab included) and DEL, U+2028 and U+2029, and the
    /// bidi controls (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return true
        default:
            return false
        }
    }
}

/// A message or help of a diagnostic, bounded: canvas text quoted in it (an
/// unknown key, a value, an id) can be as long as a line, and a run's output must
/// be bounded by the number of its problems. A longer text keeps its beginning and
/// its end, joined by `…`.
enum BoundedText {
    static let maximumLength = 240

    static func bounded(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > maximumLength else { return text }
        let kept = (maximumLength - 1) / 2
        return String(String.UnicodeScalarView(scalars.prefix(kept))) + "…"
            + String(String.UnicodeScalarView(scalars.suffix(kept)))
    }
}
