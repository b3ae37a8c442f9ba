/// Where a model value was written: the range of its whole mapping (or of its
/// text, for a point written as one), and of its written id and its name, the two
/// places diagnostics and editors point at most. Plain ranges, so a canvas stands
/// alone once its document is gone; the ranges of its other keys are in the
/// document (`Document.entry(_:inMappingAt:)`). `==` ignores it: two canvases that
/// mean the same compare equal however they are laid out.
public struct SourceSpan: Sendable, Equatable {
    /// The range of the whole item (`.point(0)` for items made in code).
    public var range: SourceRange
    /// The range of the value of `id`, when the item's id is written (and valid).
    public var idRange: SourceRange? {
        get { storedIDRange.start < 0 ? nil : storedIDRange }
        set { storedIDRange = newValue ?? SourceSpan.absent }
    }
    /// The range of the value of `name`, or of a point's or remedy's `text`.
    public var nameRange: SourceRange? {
        get { storedNameRange.start < 0 ? nil : storedNameRange }
        set { storedNameRange = newValue ?? SourceSpan.absent }
    }

    // Stored without optionals, an absent range as `absent`: a span then takes 24
    // bytes rather than 32, and a large canvas has one per item, point and remedy.
    private var storedIDRange = SourceSpan.absent
    private var storedNameRange = SourceSpan.absent
    private static let absent = SourceRange(start: -1, end: -1)

    public init(range: SourceRange = .point(0)) {
        self.range = range
    }

    /// Where to point at the item: its written id, or else its name.
    public var label: SourceRange { idRange ?? nameRange ?? range }

    public static func == (lhs: SourceSpan, rhs: SourceSpan) -> Bool { true }
}
