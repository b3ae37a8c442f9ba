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
/// `changed`, the ids for `renamed`, the positions from 1 for `moved`; `added`
/// has the item (or nested element) in `new`, `removed` in `old`, as the JSON
/// export writes it. After the changes come the warnings the changes introduced
/// and resolved, `change` `warning-introduced` or `warning-resolved` (see
/// `object(for: WarningChange)`).
public enum DiffJSONRenderer {
    public static func render(_ changes: [CanvasChange], warnings: [WarningChange] = []) -> String {
        JSONValue.array(changes.map(object(for:)) + warnings.map(object(for:))).serialized()
    }

    /// `{"block": null, "id": null, "change": "warning-introduced", "code": ..., "message": ...,
    /// "file": ..., "line": ..., "column": ...}`: the place in the new file when introduced,
    /// in the old when resolved.
    public static func object(for warning: WarningChange) -> JSONValue {
        .object([
            JSONMember("block", .null),
            JSONMember("id", .null),
            JSONMember("change", .string("warning-" + warning.kind.rawValue)),
            JSONMember("code", .string(warning.code.name)),
            JSONMember("message", .string(warning.message)),
            JSONMember("file", .string(warning.file)),
            JSONMember("line", .integer(warning.location.line)),
            JSONMember("column", .integer(warning.location.column)),
        ])
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
        switch change.kind {
        case .changed, .renamed, .moved:
            members.append(JSONMember("old", change.old ?? .null))
            members.append(JSONMember("new", change.new ?? .null))
        case .added:
            members.append(JSONMember("new", change.new ?? .null))
        case .removed:
            members.append(JSONMember("old", change.old ?? .null))
        }
        return .object(members)
    }
}
