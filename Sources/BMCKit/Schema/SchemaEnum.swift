/// An enumeration of the contract whose raw values are exactly the contract's words.
public protocol SchemaEnum: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {
    /// What one value is called in messages, in English: "relationship type".
    static var noun: String { get }
}

extension SchemaEnum {
    /// The enumeration as schema data.
    public static var schema: EnumSchema {
        EnumSchema(noun: noun, words: allCases.map(\.rawValue))
    }
}
