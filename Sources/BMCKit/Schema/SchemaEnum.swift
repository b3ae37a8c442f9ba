/// An enumeration of the contract whose raw values are exactly the contract's words.
public protocol SchemaEnum: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {
    /// What one value is called in messages, in English: "relationship type".
    static var noun: String { get }
}

extension SchemaEnum {
    /// The case at a position of `allCases`, the order of `schema.words`.
    static func caseAt(_ position: Int) -> Self {
        let cases = allCases
        return cases[cases.index(cases.startIndex, offsetBy: position)]
    }

    /// The enumeration as schema data.
    public static var schema: EnumSchema {
        EnumSchema(noun: noun, words: allCases.map(\.rawValue))
    }
}
