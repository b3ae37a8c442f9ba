/// Everything typing refuses (sections 1.2 and 2 of the contract): the document is
/// YAML of the subset, but not a canvas of the schema. Each problem carries the
/// words of the canvas it is about; the catalogues give its message and help.
public enum SchemaProblem: DiagnosticMessage, Equatable {
    /// What was found where something else was due.
    public enum Shape: Sendable, Equatable {
        case scalar, sequence, mapping
    }

    /// How an amount written the way a language writes numbers (`22,50`,
    /// `1.500,50`, `1,500.50`) must be written in a canvas, so the help can show it.
    public enum DecimalReading: Sendable, Equatable {
        /// Only one reading: `22,50` is `22.50`, `1,500.50` is `1500.50`.
        case sure(String)
        /// `1,500` (or `12,500`) may be thousands or decimals: `1500` or `1.500`.
        case ambiguous(thousands: String, decimals: String)
    }

    /// The two readings of a date written `DD/MM/YYYY` or `MM/DD/YYYY`, each the
    /// `YYYY-MM-DD` it gives when it is a real date.
    public struct DateReadings: Sendable, Equatable {
        public var dayFirst: String?
        public var monthFirst: String?
    }

    /// The types that are never quoted.
    public enum UnquotedType: Sendable, Equatable {
        case integer, decimal, boolean
    }

    /// The file holds no content, or content that is not a mapping.
    case notACanvas(isEmpty: Bool)
    /// `kind` is an item schema's name (`Segment`).
    case expectedMapping(kind: String, found: Shape)
    case emptyValue(key: String, kind: String)
    case missingKey(key: String, kind: String)
    case unknownKey(key: String, kind: String, suggestion: String?, known: [String])
    case emptyElement(key: String)
    /// `value` is the single value found, `nil` for a mapping.
    case expectedList(key: String, value: String?)
    case expectedScalar(key: String, found: Shape)
    case quotedValue(key: String, type: UnquotedType, value: String)
    case badInteger(key: String, value: String, minimum: Int)
    case tooLarge(key: String, value: String)
    case belowMinimum(key: String, minimum: Int, value: String)
    /// `reading` is the amount as it must be written, when `value` is one written
    /// with a decimal comma or thousands separators.
    case badDecimal(key: String, value: String, reading: DecimalReading?)
    case badBoolean(key: String, value: String)
    /// A date not written `YYYY-MM-DD`, with its readings if it is a date
    /// written the local way (`28/11/2026`).
    case badDate(key: String, value: String, readings: DateReadings?)
    /// A duration not written `4h`, with the duration it is if it is one in words
    /// (`4 horas`).
    case badDuration(key: String, value: String, reading: String?)
    case badCurrency(key: String, value: String)
    /// A `volume` of the wrong shape; `expectsRate` says which shape the item's
    /// `per` asks for, `nil` when the value has neither.
    case badVolume(key: String, value: String, expectsRate: Bool?)
    /// `noun` is the enumeration's English noun (`relationship type`).
    case badEnum(noun: String, value: String, suggestion: String?, words: [String])
    case badID(value: String, derived: String)
    case underivableID(name: String)
    /// `missing` holds `currency`, `per` or both; `currency` and `per` are the
    /// values the fix adds.
    case amountWithout(missing: [String], currency: String, per: String)

    public var code: DiagnosticCode {
        switch self {
        case .notACanvas: .notACanvas
        case .expectedMapping: .expectedMapping
        case .emptyValue, .missingKey: .missingKey
        case .unknownKey: .unknownKey
        case .emptyElement, .expectedScalar: .expectedScalar
        case .expectedList: .expectedList
        case .quotedValue(_, .integer, _), .badInteger: .badInteger
        case .quotedValue(_, .decimal, _), .badDecimal: .badDecimal
        case .quotedValue(_, .boolean, _), .badBoolean: .badBoolean
        case .tooLarge, .belowMinimum: .outOfRange
        case .badDate: .badDate
        case .badDuration: .badDuration
        case .badCurrency: .badCurrency
        case .badVolume: .badVolume
        case .badEnum: .badEnum
        case .badID: .badID
        case .underivableID: .underivableID
        case .amountWithout: .amountWithoutCurrency
        }
    }

    public func text(in language: CanvasLanguage) -> MessageText {
        MessageCatalogues.catalogue(for: language).text(self)
    }

    /// The codes typing reports under.
    public static let codes: [DiagnosticCode] = [
        .notACanvas, .unknownKey, .missingKey, .expectedScalar, .expectedMapping, .expectedList, .badInteger,
        .badDecimal, .badBoolean, .badDate, .badEnum, .badID, .badDuration, .badCurrency, .badVolume, .outOfRange,
        .underivableID, .amountWithoutCurrency,
    ]
}

extension DiagnosticCode {
    public static let notACanvas = DiagnosticCode("not-a-canvas", .error, "the file holds no canvas, or not a mapping of keys")
    public static let unknownKey = DiagnosticCode("unknown-key", .error, "a key the schema does not know")
    public static let missingKey = DiagnosticCode("missing-key", .error, "a required key absent or empty")
    public static let expectedScalar = DiagnosticCode("expected-scalar", .error, "a list or mapping where one value is due")
    public static let expectedMapping = DiagnosticCode("expected-mapping", .error, "a value where an item's mapping is due")
    public static let expectedList = DiagnosticCode("expected-list", .error, "a single value or a mapping where a list is due")
    public static let badInteger = DiagnosticCode("bad-integer", .error, "not a whole number, or quoted")
    public static let badDecimal = DiagnosticCode("bad-decimal", .error, "not a plain decimal number, or quoted")
    public static let badBoolean = DiagnosticCode("bad-boolean", .error, "not `true` or `false`, or quoted")
    public static let badDate = DiagnosticCode("bad-date", .error, "not a real date written YYYY-MM-DD")
    public static let badEnum = DiagnosticCode("bad-enum", .error, "a word the field does not list")
    public static let badID = DiagnosticCode("bad-id", .error, "an id with characters other than letters, digits, `-` and `_`")
    public static let badDuration = DiagnosticCode("bad-duration", .error, "not a whole number and m, h, d or w")
    public static let badCurrency = DiagnosticCode("bad-currency", .error, "not three capital letters")
    public static let badVolume = DiagnosticCode(
        "bad-volume", .error, "not a count such as 1200, or a rate such as 600/month, as `per` asks")
    public static let outOfRange = DiagnosticCode("out-of-range", .error, "a number too large or below the field's minimum")
    public static let underivableID = DiagnosticCode("underivable-id", .error, "a name no id can be derived from")
    public static let amountWithoutCurrency = DiagnosticCode(
        "amount-without-currency", .error, "an `amount` without its `currency` or `per`")
}
