/// Everything the reader refuses (section 1.1 of the contract): the file's bytes
/// are not text, or its text is not the YAML subset. Each problem's words, in every
/// language, are in the message catalogues.
public enum SyntaxProblem: DiagnosticMessage, Equatable {
    // Bytes that are not text
    case invalidUTF8(byte: UInt8)
    case controlCharacter(UInt32)
    case carriageReturnWithoutLineFeed
    case lineSeparator(UInt32)
    case byteOrderMarkInside
    case noncharacter(UInt32)

    // Lines and indentation
    case tabInIndentation
    case tabOutsideQuotes
    case textAfterValue
    case unexpectedContent
    case indentedMoreThanKeys
    case indentedMoreThanItems
    case indentedMoreThanItsKey
    case blankLineMoreIndented
    case tooDeep(maximum: Int)

    // Documents
    case directive
    case contentOnMarkerLine(marker: String)
    case secondDocument(afterEndMarker: Bool)

    // Keys
    case duplicateKey(String)
    case complexKey
    case quotedKey
    case keyStartsWith(Character)
    case multilineKey
    case keyTooLong(maximum: Int)
    case expectedKeyValue
    case colonWithoutKey
    case sequenceItemWhereKeyExpected

    // Values
    case anchor
    case alias
    case tag
    case flowMapping
    case sequenceOnKeyLine
    case valueStartsWithColon
    case plainValueStartsWith(Character)
    case colonInPlainValue
    case plainTextOverNextLine
    case unclosedQuote
    case unknownEscape(String)
    case invalidEscape(String)
    case blockScalarHeader(Character)

    // Flow sequences
    case unclosedFlowSequence
    case emptyFlowElement
    case nestedFlowSequence
    case missingFlowComma
    case flowElementStartsWith(Character)
    case characterInFlowElement(Character)

    public var code: DiagnosticCode {
        switch self {
        case .invalidUTF8: .invalidUTF8
        case .controlCharacter, .carriageReturnWithoutLineFeed, .lineSeparator, .byteOrderMarkInside, .noncharacter:
            .invalidCharacter
        case .tabInIndentation: .tabIndentation
        case .unexpectedContent, .indentedMoreThanKeys, .indentedMoreThanItems, .indentedMoreThanItsKey,
             .blankLineMoreIndented:
            .badIndentation
        case .tooDeep: .tooDeep
        case .directive: .directive
        case .secondDocument: .multipleDocuments
        case .duplicateKey: .duplicateKey
        case .complexKey: .complexKey
        case .quotedKey: .quotedKey
        case .multilineKey: .multilineKey
        case .anchor: .anchor
        case .alias: .alias
        case .tag: .tag
        case .flowMapping: .flowMapping
        case .plainTextOverNextLine, .unclosedQuote: .multilineScalar
        case .unknownEscape, .invalidEscape: .badEscape
        case .unclosedFlowSequence: .multilineFlowSequence
        case .nestedFlowSequence: .nestedFlowSequence
        case .tabOutsideQuotes, .textAfterValue, .contentOnMarkerLine, .keyStartsWith, .expectedKeyValue,
             .colonWithoutKey, .sequenceItemWhereKeyExpected, .sequenceOnKeyLine, .valueStartsWithColon,
             .plainValueStartsWith, .colonInPlainValue, .blockScalarHeader, .emptyFlowElement, .missingFlowComma,
             .flowElementStartsWith, .characterInFlowElement, .keyTooLong:
            .syntax
        }
    }

    public func text(in language: CanvasLanguage) -> MessageText {
        MessageCatalogues.catalogue(for: language).text(self)
    }

    /// The codes the reader reports under.
    public static let codes: [DiagnosticCode] = [
        .invalidUTF8, .invalidCharacter, .tabIndentation, .anchor, .alias, .tag, .flowMapping,
        .multilineFlowSequence, .nestedFlowSequence, .complexKey, .directive, .multipleDocuments, .duplicateKey,
        .quotedKey, .multilineKey, .multilineScalar, .tooDeep, .badIndentation, .badEscape, .syntax,
    ]
}

extension DiagnosticCode {
    public static let invalidUTF8 = DiagnosticCode("invalid-utf8", .error, "the file is not UTF-8")
    public static let invalidCharacter = DiagnosticCode(
        "invalid-character", .error, "a control character, a lone carriage return, a line separator or a misplaced byte order mark")
    public static let tabIndentation = DiagnosticCode("tab-indentation", .error, "a tab in the indentation")
    public static let anchor = DiagnosticCode("anchor", .error, "an anchor (`&name`)")
    public static let alias = DiagnosticCode("alias", .error, "an alias (`*name`)")
    public static let tag = DiagnosticCode("tag", .error, "a tag (`!tag`)")
    public static let flowMapping = DiagnosticCode("flow-mapping", .error, "a flow mapping (`{...}`)")
    public static let multilineFlowSequence = DiagnosticCode(
        "multiline-flow-sequence", .error, "a flow sequence (`[...]`) not closed on its line")
    public static let nestedFlowSequence = DiagnosticCode("nested-flow-sequence", .error, "a flow sequence inside another")
    public static let complexKey = DiagnosticCode("complex-key", .error, "a complex key (`? `)")
    public static let directive = DiagnosticCode("directive", .error, "a directive such as `%YAML`")
    public static let multipleDocuments = DiagnosticCode("multiple-documents", .error, "a second document in the file")
    public static let duplicateKey = DiagnosticCode("duplicate-key", .error, "a key written twice in one mapping")
    public static let quotedKey = DiagnosticCode("quoted-key", .error, "a key in quotes")
    public static let multilineKey = DiagnosticCode("multiline-key", .error, "a key that goes on over the next line")
    public static let multilineScalar = DiagnosticCode(
        "multiline-scalar", .error, "plain or quoted text that goes on over the next line")
    public static let tooDeep = DiagnosticCode("too-deep", .error, "nesting deeper than 32 levels")
    public static let badIndentation = DiagnosticCode("bad-indentation", .error, "a line indented where nothing can stand")
    public static let badEscape = DiagnosticCode("bad-escape", .error, "an unknown or invalid escape in double quotes")
    public static let syntax = DiagnosticCode("syntax", .error, "any other text outside the YAML subset")
}
