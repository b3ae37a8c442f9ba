/// Receives JSON piece by piece as a model value is walked: the schema's fields
/// write each item into it. It writes text directly, with no tree in between (what
/// export needs, for speed), or builds a `JSONValue` (what the diff needs, since it
/// compares trees). Both come from the same walk, so they cannot disagree.
///
/// The text has two-space indentation, `": "` after keys, empty arrays and objects as
/// `[]` and `{}`; `JSONValue.serialized()` writes through this writer too.
struct JSONWriter: ~Copyable {
    enum Target { case text, value }

    private let target: Target

    // The text target: its text, including what parts written on other cores
    // left, unjoined.
    private var output: ByteWriter
    private var depth = 0
    /// Whether the innermost open container already has an element (a comma is due).
    private var hasElement = false
    /// Whether a key was just written, so the value follows on its line.
    private var afterKey = false
    /// For a writer of one part of a long list: which of `SchemaItem.fieldCopies`
    /// items are written with (as the decoder's parts do, so that no two cores
    /// retain the same closures). `nil` writes with `fields`.
    private(set) var fieldCopy: Int?

    // The value target.
    private var open: [OpenContainer] = []
    private var pendingKey: String?
    private var finished: JSONValue = .null

    /// A writer of large text (an export, a part of one) stages it in pieces of
    /// 64 KB; a small value's text needs a few KB.
    init(_ target: Target, forLargeText: Bool = false) {
        self.target = target
        output = ByteWriter(capacity: target == .value ? 0 : forLargeText ? 1 << 16 : 1 << 12)
    }

    /// The text written, with a newline at the end.
    consuming func finishText() -> String {
        finishChunks().string
    }

    /// The text written, with a newline at the end, in the pieces it was written in.
    consuming func finishChunks() -> ChunkedText {
        output.append(.lineFeed)
        return output.finish()
    }

    /// The value built.
    var value: JSONValue { finished }

    // MARK: Structure

    mutating func beginObject() { begin(isObject: true) }
    mutating func endObject() { end(closing: .closeBrace) }
    mutating func beginArray() { begin(isObject: false) }
    mutating func endArray() { end(closing: .closeBracket) }

    /// The key of the next value of the open object.
    mutating func key(_ key: String) {
        switch target {
        case .text:
            startElement()
            JSONValue.writeString(key, to: &output)
            output.append(literal: ": ")
            afterKey = true
        case .value:
            pendingKey = key
        }
    }

    /// A member whose value may be absent: nothing is written for `nil`.
    mutating func member(_ key: String, _ value: JSONValue?) {
        guard let value else { return }
        self.key(key)
        self.value(value)
    }

    /// A member holding a list, left out when the list is empty (an empty list means
    /// the same as none). Long lists of text are written in parts, one per core.
    /// Elements are handed over in place, as items are (see `SchemaItem.write`).
    mutating func member<Element: Sendable>(_ key: String, list elements: [Element],
                                            _ writeElement: @Sendable (inout JSONWriter, UnsafePointer<Element>) -> Void) {
        guard !elements.isEmpty else { return }
        self.key(key)
        beginArray()
        if target == .text, let parts = writeInParts(elements, writeElement) {
            for part in parts { output.append(part) }
            hasElement = true
        } else {
            elements.withUnsafeBufferPointer { elements in
                for index in elements.indices { writeElement(&self, elements.baseAddress! + index) }
            }
        }
        endArray()
    }

    /// The text of the elements of the open array written in consecutive parts,
    /// each by its own writer at the same depth, or `nil` for a list too short to
    /// share out (see `ListParts`). Elements are independent (the blocks' items), so
    /// the parts' text in order is the text written in one go. A part keeps every
    /// piece it wrote, since an element can hold a long list of its own.
    private func writeInParts<Element: Sendable>(_ elements: [Element],
                                                 _ writeElement: @Sendable (inout JSONWriter, UnsafePointer<Element>) -> Void)
        -> [ChunkedText]? {
        let (depth, fieldCopy) = (self.depth, self.fieldCopy)
        return ListParts.inParallel(elements.count) { part, number in
            var writer = JSONWriter(.text, forLargeText: true)
            writer.depth = depth
            writer.fieldCopy = fieldCopy ?? number
            // Every part but the first continues after an element.
            writer.hasElement = part.lowerBound > 0
            elements.withUnsafeBufferPointer { elements in
                for index in part { writeElement(&writer, elements.baseAddress! + index) }
            }
            return writer.output.finish()
        }
    }

    /// A whole value: a scalar, or an array or object with everything inside it.
    mutating func value(_ value: JSONValue) {
        switch (target, value) {
        case (.text, .array(let elements)):
            beginArray()
            for element in elements { self.value(element) }
            endArray()
        case (.text, .object(let members)):
            beginObject()
            for member in members { self.member(member.key, member.value) }
            endObject()
        case (.text, _):
            if !afterKey { startElement() }
            afterKey = false
            value.writeScalar(to: &output)
        case (.value, _):
            add(value)
        }
    }

    // MARK: Text

    private mutating func startElement() {
        guard depth > 0 else { return }
        if hasElement { output.append(.comma) }
        newline()
        hasElement = true
    }

    private mutating func newline() {
        let count = 1 + 2 * depth
        guard count <= lineStart.utf8CodeUnitCount else {
            output.append(.lineFeed)
            for _ in 0..<(2 * depth) { output.append(.space) }
            return
        }
        // One copy from a constant line start; appending spaces one by one cost as
        // much as writing every string of an export.
        output.append(UnsafeBufferPointer(start: lineStart.utf8Start, count: count))
    }

    // MARK: Both targets

    private mutating func begin(isObject: Bool) {
        switch target {
        case .text:
            if !afterKey { startElement() }
            afterKey = false
            output.append(isObject ? .openBrace : .openBracket)
            depth += 1
            hasElement = false
        case .value:
            open.append(OpenContainer(key: pendingKey, isObject: isObject))
            pendingKey = nil
        }
    }

    private mutating func end(closing: UInt8) {
        switch target {
        case .text:
            depth -= 1
            if hasElement { newline() }
            output.append(closing)
            hasElement = true
        case .value:
            let container = open.removeLast()
            pendingKey = container.key
            add(container.isObject ? .object(container.members) : .array(container.elements))
        }
    }

    private mutating func add(_ value: JSONValue) {
        guard !open.isEmpty else { return finished = value }
        if open[open.count - 1].isObject {
            open[open.count - 1].members.append(JSONMember(pendingKey ?? "", value))
        } else {
            open[open.count - 1].elements.append(value)
        }
        pendingKey = nil
    }

    /// An array or object being built, with the key it will have in its parent.
    private struct OpenContainer {
        var key: String?
        var isObject: Bool
        var members: [JSONMember] = []
        var elements: [JSONValue] = []
    }
}

/// A line feed and enough indentation for 63 levels.
/// (A static string, not an array: both cores write lines, and an array's
/// reference count, retained for every line, was a cache line they fought over.)
private let lineStart: StaticString = "\n                                                                                                                              "
