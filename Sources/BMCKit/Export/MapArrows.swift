/// How the map draws the references of each field, and what its legend says of
/// them: one style per reference field, told apart by colour (Okabe and Ito's
/// hues) and by line style or head, so the legend still reads in grey.
struct MapArrow {
    let style: String
    let color: String
    let head: String
    let legend: String

    /// The arrow of references held by `fieldKey`; a field added to the schema gets
    /// a plain grey arrow and its field label in the legend.
    static func of(_ fieldKey: String, labels: Labels) -> MapArrow {
        let words = labels.diagram
        switch fieldKey {
        case "segments": return MapArrow(style: "solid", color: "#0072B2", head: "normal", legend: words.phrase(.arrowServes))
        case "value-propositions":
            return MapArrow(style: "bold", color: "#009E73", head: "normal", legend: words.phrase(.arrowDelivers))
        case "provides": return MapArrow(style: "dashed", color: "#E69F00", head: "normal", legend: words.phrase(.arrowProvides))
        case "drivers": return MapArrow(style: "dotted", color: "#D55E00", head: "normal", legend: words.phrase(.arrowDrives))
        case "channels": return MapArrow(style: "dashed", color: "#CC79A7", head: "diamond", legend: words.phrase(.arrowHappensIn))
        case "addresses": return MapArrow(style: "solid", color: "#555555", head: "empty", legend: words.phrase(.arrowAddresses))
        default: return MapArrow(style: "solid", color: "#999999", head: "normal", legend: labels.field(fieldKey))
        }
    }

    /// The edge's attributes, without brackets.
    var attributes: String { "color=\"\(color)\", style=\"\(style)\", arrowhead=\"\(head)\"" }
}
