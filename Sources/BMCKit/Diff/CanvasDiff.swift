/// `bmc diff`: what changed between two canvases, compared as typed models, never as
/// text, so layout and comments are not changes.
///
/// The comparison is driven by the schema: it walks the fields of each kind in
/// canonical order and compares their values as the JSON export writes them, so a
/// new field needs no code here. Lists of items, personas, points and remedies are
/// matched by id (derived ids included); every other list is compared as a list of
/// values. The canvas's own fields come first, then the nine blocks in canonical
/// order; within each list of items: added, removed, renamed, moved, then the
/// changed fields of each item in new order, nested lists the same way in turn.
public enum CanvasDiff {
    /// The changes from `old` to `new`. `nil` stands for no canvas at all (a file
    /// that git reports as added or deleted): every item of the other one is then
    /// added or removed.
    public static func changes(from old: Canvas?, to new: Canvas?) -> [CanvasChange] {
        // Equal models (`==` ignores where things were written) have nothing to
        // report; checking that first is cheaper than encoding both.
        if let old, let new, old == new { return [] }
        var walk = DiffWalk()
        walk.compareRecords(old?.json ?? .object([]), new?.json ?? .object([]), schema: Canvas.itemSchema, at: .canvas)
        return walk.changes
    }
}

/// Where a record being compared sits: the canvas, a block item, or an element
/// nested in one.
struct DiffPlace {
    var block: String?
    var id: String?
    var nested: [CanvasChange.Step]

    static let canvas = DiffPlace(block: nil, id: nil, nested: [])

    /// The place of an element of the list `list` of this record.
    func element(_ list: String, _ elementID: String) -> DiffPlace {
        guard block != nil else { return DiffPlace(block: list, id: elementID, nested: []) }
        return DiffPlace(block: block, id: id, nested: nested + [CanvasChange.Step(list, elementID)])
    }
}

/// One comparison in progress: the changes found so far and the renames they imply.
struct DiffWalk {
    private(set) var changes: [CanvasChange] = []

    /// Old id to new id of every item or element found renamed so far. A reference
    /// of the old canvas to a renamed id is compared as a reference to its new id:
    /// it names the same item, so renaming an item does not also change every item
    /// that refers to it. References point only to earlier blocks (remedies to the
    /// points of segments, partnerships to resources and activities, ...), so
    /// walking the blocks in canonical order finds every rename before the
    /// references to it; a test keeps the schema that way.
    private var renames: [String: String] = [:]

    mutating func compareRecords(_ old: JSONValue, _ new: JSONValue, schema: ItemSchema, at place: DiffPlace) {
        // The id is what matched the two records; it is not one of their fields here.
        var fields = schema.fields.filter { $0.key != "id" }
        if place.block == nil {
            // The canvas's own fields come before its blocks.
            fields = fields.filter { $0.type.elementSchema == nil } + fields.filter { $0.type.elementSchema != nil }
        }
        for field in fields {
            let oldValue = old.member(field.key)
            let newValue = new.member(field.key)
            switch field.type {
            case .list(let elementType) where field.type.elementSchema != nil:
                compareElements(oldValue, newValue, key: field.key, type: elementType, at: place)
            case .list(let elementType):
                compareValues(oldValue, newValue, key: field.key, type: elementType, at: place)
            default:
                if oldValue.map({ comparable($0, as: field.type) }) != newValue {
                    record(.changed, at: place, field: field.key, old: oldValue, new: newValue)
                }
            }
        }
    }

    /// A list of plain values (texts, enum words, references): compared as a list.
    private mutating func compareValues(_ old: JSONValue?, _ new: JSONValue?, key: String, type: ValueType,
                                        at place: DiffPlace) {
        let oldElements = old?.arrayElements ?? []
        let newElements = new?.arrayElements ?? []
        let comparableOld = oldElements.map { comparable($0, as: type) }
        guard comparableOld != newElements else { return }
        record(.changed, at: place, field: key, old: old, new: new,
               listEdit: ListEdit(old: oldElements, comparableOld: comparableOld, new: newElements))
    }

    /// A list of items, personas, points or remedies: those with an id matched by
    /// id, those without compared as values of the list.
    private mutating func compareElements(_ old: JSONValue?, _ new: JSONValue?, key: String, type: ValueType,
                                          at place: DiffPlace) {
        let oldElements = old?.arrayElements ?? []
        let newElements = new?.arrayElements ?? []
        let matching = ElementMatching(old: oldElements, new: newElements, renameKey: { element, isOld in
            let withoutID = element.removingMember("id")
            return (isOld ? comparable(withoutID, as: type) : withoutID).compactText
        }, nameChangeKey: { element, isOld in
            // Only an id that is the one the name derives: an explicit id kept
            // apart from the name says the item is another one. An item that is
            // only a name has nothing else to tell that it is the same one: a
            // channel removed and another added are not a rename.
            guard let id = element.elementID, case .string(let name)? = element.member("name"),
                  Identifier.derive(from: name) == id else { return nil }
            let rest = element.removingMember("id").removingMember("name")
            guard !rest.members.isEmpty else { return nil }
            return (isOld ? comparable(rest, as: type) : rest).compactText
        })
        for pair in matching.pairs where pair.isRenamed {
            renames[pair.oldID] = pair.newID
        }

        let oldLoose = oldElements.filter { $0.elementID == nil }
        let newLoose = newElements.filter { $0.elementID == nil }
        let comparableOldLoose = oldLoose.map { comparable($0, as: type) }
        if comparableOldLoose != newLoose {
            record(.changed, at: place, field: key, old: old, new: new,
                   listEdit: ListEdit(old: oldLoose, comparableOld: comparableOldLoose, new: newLoose))
        }

        for index in matching.added {
            record(.added, at: place.element(key, newElements[index].elementID!), new: newElements[index])
        }
        for index in matching.removed {
            record(.removed, at: place.element(key, oldElements[index].elementID!), old: oldElements[index])
        }
        for pair in matching.pairs where pair.isRenamed {
            record(.renamed, at: place.element(key, pair.newID), old: .string(pair.oldID), new: .string(pair.newID))
        }
        for pair in matching.moved {
            record(.moved, at: place.element(key, pair.newID),
                   old: .integer(pair.oldIndex + 1), new: .integer(pair.newIndex + 1))
        }
        guard let schema = type.itemSchema else { return }
        for pair in matching.pairs {
            compareRecords(oldElements[pair.oldIndex], newElements[pair.newIndex], schema: schema,
                           at: place.element(key, pair.newID))
        }
    }

    /// A value of the old canvas as it compares with the new one: references to
    /// renamed ids renamed.
    private func comparable(_ value: JSONValue, as type: ValueType) -> JSONValue {
        guard !renames.isEmpty else { return value }
        switch (type, value) {
        case (.reference, .string(let id)):
            return renames[id].map(JSONValue.string) ?? value
        case (.list(let elementType), .array(let elements)):
            return .array(elements.map { comparable($0, as: elementType) })
        case (.item(let schema), .object(let members)), (.textOrItem(let schema), .object(let members)):
            return .object(members.map { member in
                guard let field = schema.field(member.key) else { return member }
                return JSONMember(member.key, comparable(member.value, as: field.type))
            })
        default:
            return value
        }
    }

    private mutating func record(_ kind: CanvasChange.Kind, at place: DiffPlace, field: String? = nil,
                                 old: JSONValue? = nil, new: JSONValue? = nil, listEdit: ListEdit? = nil) {
        changes.append(CanvasChange(block: place.block, id: place.id, kind: kind, nested: place.nested,
                                    field: field, old: old, new: new, listEdit: listEdit))
    }
}

extension ValueType {
    /// The schema of a nested item, point or remedy.
    var itemSchema: ItemSchema? {
        switch self {
        case .item(let schema), .textOrItem(let schema): return schema
        default: return nil
        }
    }
}
