/// Block 2: a bundle of products and services that creates value for segments.
public struct ValueProposition: BlockItem, Equatable {
    public static let kind = ItemKind.valueProposition
    public var id = ""
    public var hasExplicitID = false
    public var name = ""
    /// Who it is for.
    public var segments: [Reference] = []
    public var elements: [ValueElement] = []
    /// Products and services.
    public var products: [Product] = []
    public var painRelievers: [Remedy] = []
    public var gainCreators: [Remedy] = []
    public var notes: String?
    public var span = SourceSpan()

    public init() {}

    public static let fields: [Field<ValueProposition>] = [
        .identifier("Unique id; derived from the name when absent."),
        .requiredText("name", \.name, "The value proposition's name."),
        .references("segments", \.segments, to: [.segment], "The customer segments it is for."),
        .words("elements", \.elements, "How it creates value: newness, performance, price, convenience-usability, ..."),
        .textsOrItems("products", \.products, role: .product, "Products and services, and the jobs they address."),
        .textsOrItems("pain-relievers", \.painRelievers, role: .painReliever, "How it relieves pains."),
        .textsOrItems("gain-creators", \.gainCreators, role: .gainCreator, "How it creates gains."),
        .text("notes", \.notes, "Free text."),
    ]
    public static let itemSchema = describe("ValueProposition", "A bundle of products and services that creates value for segments.")

    /// Every remedy, pain relievers first.
    public var remedies: [Remedy] { painRelievers + gainCreators }
}

/// A pain reliever or gain creator: a text, or a mapping with `text`, an optional
/// `id` and the pains or gains it `addresses`.
public struct Remedy: TextOrItem, Equatable {
    public enum Role: String, Sendable {
        case painReliever = "pain-reliever"
        case gainCreator = "gain-creator"

        public var kind: ItemKind { self == .painReliever ? .painReliever : .gainCreator }
        /// The only kind of point this remedy may address.
        public var addressedRole: Point.Role { self == .painReliever ? .pain : .gain }
    }

    public var id: String?
    public var text = ""
    public var addresses: [Reference] = []
    public var role = Role.painReliever
    public var span = SourceSpan()

    public init() {}

    public init(text: String, span: SourceSpan) {
        self.text = text
        self.span = span
    }

    public static let fields: [Field<Remedy>] = [
        .optionalIdentifier(\.id, "Id, so diff can follow this remedy."),
        .requiredText("text", \.text, "What the remedy does."),
        .references("addresses", \.addresses, to: [.pain, .gain], "Ids of the pains or gains it addresses."),
    ]
    public static let itemSchema = describe("Remedy", "A pain reliever or gain creator: a text, or a mapping with text, id and addresses.")

    public var isPlainText: Bool { id == nil && addresses.isEmpty }

    /// A pain reliever may address pains only, a gain creator gains only.
    public func acceptedKinds(in field: FieldSchema, declared: [ItemKind]) -> [ItemKind] {
        field.key == "addresses" ? [role.addressedRole.kind] : declared
    }
    public var kind: ItemKind { role.kind }
}
