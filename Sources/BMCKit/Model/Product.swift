/// One of a value proposition's products and services: a text, or a mapping with
/// `text`, an optional `id` and the jobs it `addresses` (the job-to-product lines of
/// the Value Proposition Canvas).
public struct Product: TextOrItem, Equatable {
    /// A product has one role; the protocol asks for one because points and remedies
    /// have several.
    public enum Role: String, Sendable {
        case product
    }

    public var id: String?
    public var text = ""
    public var addresses: [Reference] = []
    public var role = Role.product
    public var span = SourceSpan()

    public init() {}

    public init(text: String, span: SourceSpan) {
        self.text = text
        self.span = span
    }

    public static let fields: [Field<Product>] = [
        .optionalIdentifier(\.id, "Id, so diff can follow this product."),
        .requiredText("text", \.text, "The product or service."),
        .references("addresses", \.addresses, to: [.job], "Ids of the jobs it helps get done."),
    ]
    public static let itemSchema = describe("Product", "A product or service: a text, or a mapping with text, id and the jobs it addresses.")

    public var isPlainText: Bool { id == nil && addresses.isEmpty }
    public var kind: ItemKind { .product }
}
