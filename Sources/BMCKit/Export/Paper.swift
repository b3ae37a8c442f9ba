/// A sheet of the ISO A series, for the poster. The poster is laid out at the
/// sheet's real size in points (1/72 inch), landscape, so a font size in the DOT
/// file is the size it prints at.
public enum Paper: String, Sendable, CaseIterable {
    case a4, a3, a2, a1, a0

    /// The long side (the width, landscape) and the short side, in millimetres.
    public var millimetres: (width: Int, height: Int) {
        switch self {
        case .a4: (297, 210)
        case .a3: (420, 297)
        case .a2: (594, 420)
        case .a1: (841, 594)
        case .a0: (1189, 841)
        }
    }

    /// Width and height in points, landscape.
    public var points: (width: Double, height: Double) {
        let (width, height) = millimetres
        return (Double(width) * 72 / 25.4, Double(height) * 72 / 25.4)
    }

    /// Width and height in inches, as Graphviz's `size` takes them.
    public var inches: (width: Double, height: Double) {
        let (width, height) = millimetres
        return (Double(width) / 25.4, Double(height) / 25.4)
    }

    /// The body text size the poster aims for: read at arm's length on A4 and A3,
    /// from a step or two back on the wall-sized sheets; each size up is √2 larger.
    var bodyFontSize: Double {
        switch self {
        case .a4: 8
        case .a3: 10
        case .a2: 14
        case .a1: 20
        case .a0: 28
        }
    }
}
