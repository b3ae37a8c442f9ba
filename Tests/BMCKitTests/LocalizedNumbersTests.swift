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

/// Dates and durations written the local way get the format's spelling in the help.
@Suite struct LocalReadingTests {
    func help(_ line: String, _ language: CanvasLanguage) -> String? {
        onlyDiagnostic("name: A\ncustomer-relationships:\n  - name: Desk\n    \(line)\n")?.text(in: language).help
    }

    @Test func aDurationInWordsGetsItsSymbolAndAFix() throws {
        #expect(help("response-time: 2 horas", .es) == "escribe 2h: un número entero y m, h, d o w, sin espacio")
        #expect(help("response-time: 1 semana", .pt) == "escreva 1w: um número inteiro e m, h, d ou w, sem espaço")
        #expect(help("response-time: 30 min", .en) == "write 30m: a whole number and m, h, d or w, no space")
        #expect(help("response-time: soon", .en) == "write a whole number and one of m (minutes), h (hours), d (days), w (weeks)")
        let diagnostic = try #require(onlyDiagnostic("name: A\ncustomer-relationships:\n  - name: D\n    response-time: 3 días\n"))
        #expect(diagnostic.fixIts.first?.edits.first?.replacement == "3d")
    }

    @Test func aDateWrittenTheLocalWay() {
        func dateHelp(_ value: String, _ language: CanvasLanguage) -> String? {
            onlyDiagnostic("name: A\ndate: \(value)\n")?.text(in: language).help
        }
        #expect(dateHelp("28/11/2026", .es) == "escribe 2026-11-28: año, mes y día")
        #expect(dateHelp("03/12/2026", .pt) == "escreva 2026-12-03: ano, mês e dia")
        #expect(dateHelp("03/12/2026", .en) == "write 2026-03-12 if the month comes first, 2026-12-03 if the day does")
        #expect(dateHelp("11/28/2026", .en) == "write 2026-11-28: year, month and day")
        #expect(dateHelp("31/02/2026", .es) == "escribe una fecha como 2026-03-15", "no reading is a real date")
    }
}
