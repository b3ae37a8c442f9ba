/// The stable name of every diagnostic, shown in brackets after its message and in
/// the `code` field of JSON output. Scripts and docs rely on these words: never
/// rename one.
public enum DiagnosticCode: String, Sendable, CaseIterable {
    // MARK: Reading (section 1.1 of the contract)
    case invalidUTF8 = "invalid-utf8"
    case invalidCharacter = "invalid-character"
    case tabIndentation = "tab-indentation"
    case anchor
    case alias
    case tag
    case flowMapping = "flow-mapping"
    case multilineFlowSequence = "multiline-flow-sequence"
    case nestedFlowSequence = "nested-flow-sequence"
    case complexKey = "complex-key"
    case directive
    case multipleDocuments = "multiple-documents"
    case duplicateKey = "duplicate-key"
    case quotedKey = "quoted-key"
    case multilineKey = "multiline-key"
    case multilineScalar = "multiline-scalar"
    case tooDeep = "too-deep"
    case badIndentation = "bad-indentation"
    case badEscape = "bad-escape"
    case syntax

    // MARK: Typing and schema (sections 1.2 and 2)
    case notACanvas = "not-a-canvas"
    case unknownKey = "unknown-key"
    case missingKey = "missing-key"
    case expectedScalar = "expected-scalar"
    case expectedMapping = "expected-mapping"
    case expectedList = "expected-list"
    case badInteger = "bad-integer"
    case badDecimal = "bad-decimal"
    case badBoolean = "bad-boolean"
    case badDate = "bad-date"
    case badEnum = "bad-enum"
    case badID = "bad-id"
    case badDuration = "bad-duration"
    case badCurrency = "bad-currency"
    case outOfRange = "out-of-range"
    case duplicateID = "duplicate-id"
    case underivableID = "underivable-id"
    case unknownReference = "unknown-reference"
    case wrongReferenceKind = "wrong-reference-kind"
    case amountWithoutCurrency = "amount-without-currency"

    // MARK: Warnings (section 3): the canvas is valid but incoherent
    case emptyBlock = "empty-block"
    case untargetedProposition = "untargeted-proposition"
    case untypedRelationship = "untyped-relationship"
    case unservedSegment = "unserved-segment"
    case unreachedSegment = "unreached-segment"
    case noRelationship = "no-relationship"
    case noRevenue = "no-revenue"
    case orphanPartner = "orphan-partner"
    case unaddressedPain = "unaddressed-pain"
    case unaddressedGain = "unaddressed-gain"
    case outOfScopeRemedy = "out-of-scope-remedy"
    case unmetPreference = "unmet-preference"
    case clientWithoutPersonalCare = "client-without-personal-care"
    case duplicatePriority = "duplicate-priority"

    /// Warnings are the business-model checks of section 3; everything else means
    /// the file is not a valid canvas.
    public var severity: Diagnostic.Severity {
        switch self {
        case .emptyBlock, .untargetedProposition, .untypedRelationship, .unservedSegment,
             .unreachedSegment, .noRelationship, .noRevenue, .orphanPartner, .unaddressedPain,
             .unaddressedGain, .outOfScopeRemedy, .unmetPreference, .clientWithoutPersonalCare,
             .duplicatePriority:
            return .warning
        default:
            return .error
        }
    }
}
