@testable import BMCKit
import Testing

/// One run reports every error in the file, across stages, without echoing one
/// mistake as several.
@Suite struct ErrorCollectionTests {
    static func codes(_ text: String) -> [String] {
        let source = SourceFile(name: "t", text: text)
        return CanvasAnalysis(source).diagnostics.map { "\(source.location(of: $0.range.start)) \($0.code.name)" }
    }

    @Test func valueErrorsAndReferenceErrorsComeTogether() {
        let text = """
            name: Acme
            customer-segments:
              - id: shops
                name: Shops
                growth: boom
            value-propositions:
              - name: Offer
                segments: [shop]
            """
        #expect(Self.codes(text) == ["5:13 bad-enum", "8:16 unknown-reference"])
    }

    @Test func aRefusedIdIsReportedWhereItIsWrittenNotAgainAsUnknown() {
        let text = """
            name: Acme
            customer-segments:
              - id: "big shops"
                name: Retail
            value-propositions:
              - name: Offer
                segments: ["big shops"]
            """
        #expect(Self.codes(text) == ["3:9 bad-id", "7:16 bad-id"])
    }

    @Test func referencesToAnItemThatCouldNotBeReadAreNotReported() {
        let text = """
            name: Acme
            customer-segments:
              - Retail shops
            value-propositions:
              - name: Offer
                segments: [retail-shops]
            """
        #expect(Self.codes(text) == ["3:5 expected-mapping"])
    }

    @Test func warningsWaitForAFileWithoutErrors() {
        #expect(Self.codes("name: Acme\nprority: 1\n") == ["2:1 unknown-key"])
    }
}
