@testable import BMCKit
import Foundation
import Testing

/// Numbers for readers in each language: the Markdown export's amounts and durations.
@Suite struct LocalizedNumbersTests {
    @Test func thousandsAndDecimalsTheLanguagesWay() {
        #expect(LocalizedNumbers.grouped("1500.50", in: .en) == "1,500.50")
        #expect(LocalizedNumbers.grouped("1500.50", in: .es) == "1.500,50")
        #expect(LocalizedNumbers.grouped("1500.50", in: .pt) == "1.500,50")
        #expect(LocalizedNumbers.grouped("-6000000", in: .es) == "-6.000.000")
        #expect(LocalizedNumbers.grouped("999", in: .pt) == "999")
        #expect(LocalizedNumbers.grouped("29.9", in: .es) == "29,9")
        #expect(LocalizedNumbers.grouped("n/a", in: .es) == "n/a")
    }

    @Test func moneyIsRoundedToCentsThenGrouped() {
        #expect(LocalizedNumbers.money(Decimal(string: "1234.5")!, in: .pt) == "1.234,50")
        #expect(LocalizedNumbers.money(Decimal(string: "1200")!, in: .en) == "1,200")
    }

    @Test func durationsInWords() {
        #expect(LocalizedNumbers.duration(Duration("4h")!, in: .es) == "4 horas")
        #expect(LocalizedNumbers.duration(Duration("1d")!, in: .es) == "1 día")
        #expect(LocalizedNumbers.duration(Duration("2d")!, in: .pt) == "2 dias")
        #expect(LocalizedNumbers.duration(Duration("1w")!, in: .en) == "1 week")
        #expect(LocalizedNumbers.duration(Duration("30m")!, in: .pt) == "30 minutos")
    }
}
