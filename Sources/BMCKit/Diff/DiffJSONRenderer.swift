/// `bmc diff --format json`: an array with one object per change, in the order of
/// the text output:
///
/// ```
/// {"block": "customer-segments", "id": "offices", "change": "changed", "field": "priority", "old": 2, "new": 3}
/// ```
///
/// `block` and `id` are `null` for the canvas's own fields. `field` is the path of
/// `CanvasChange.fieldPath`: always there for `changed`, and for the other kinds
/// when they concern a nested persona, point or remedy (`personas[laura]`). `old`
/// and `new` are the values as the JSON export types them (`null` when absent) for
/// `changed`, the ids for `renamed`, the positions from 1 for `moved`; `added` and
/// `removed` have neither.
public enum DiffJSONRenderer {
    public static func render(_ changes: [CanvasChange]) -> String {
        JSONValue.array(changes.map(object(for:))).serialized()
    }

    public static func object(for change: CanvasChange) -> JSONValue {
        var members = [
            JSONMember("block", change.block.map(JSONValue.string) ?? .null),
            JSONMember("id", change.id.map(JSONValue.string) ?? .null),
            JSONMember("change", .string(change.kind.rawValue)),
        ]
        if let path = change.fieldPath {
            members.append(JSONMember("field", .string(path)))
        }
        if change.kind == .changed || change.kind == .renamed || change.kind == .moved {
            members.append(JSONMember("old", change.old ?? .null))
            members.append(JSONMember("new", change.new ?? .null))
        }
        return .object(members)
    }
}
