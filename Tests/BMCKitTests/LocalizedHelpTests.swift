@testable import BMCKit
import Testing

/// The two helps a Spanish or Portuguese writer needs most, in the three languages:
/// an amount written with a decimal comma or thousands separators gets the amount
/// as it must be written; an id with accents or spaces gets the id it would be.
/// The expected texts are written out by hand.
@Suite("Localized helps")
struct LocalizedHelpTests {
    private func amountHelp(_ amount: String, _ language: CanvasLanguage) -> String? {
        let diagnostic = onlyDiagnostic(withRevenueField("amount: \(amount)\ncurrency: EUR\nper: month"))
        #expect(diagnostic?.code == .badDecimal)
        return diagnostic?.text(in: language).help
    }

    @Test("an amount with a sure reading", arguments: [
        ("22,50", "22.50"), ("1.500,50", "1500.50"), ("1,500.50", "1500.50"), ("0,5", "0.5"), ("1,500,000.25", "1500000.25"),
    ])
    func sureAmount(written: String, amount: String) {
        #expect(amountHelp(written, .en) == "write \(amount): a dot before the decimals, no thousands separator")
        #expect(amountHelp(written, .es) == "escribe \(amount): punto antes de los decimales y sin separador de miles")
        #expect(amountHelp(written, .pt) == "escreva \(amount): ponto antes das casas decimais e sem separador de milhar")
    }

    @Test func wholeAmountWithThousandsSeparators() {
        #expect(amountHelp("1.500.000", .en) == "write 1500000, with no thousands separator")
        #expect(amountHelp("1,500,000", .es) == "escribe 1500000, sin separador de miles")
        #expect(amountHelp("1.500.000", .pt) == "escreva 1500000, sem separador de milhar")
    }

    @Test func ambiguousAmountGetsBothReadings() {
        #expect(amountHelp("1,500", .en) == "if the comma separates thousands, write 1500; if it marks the decimals, "
            + "write 1.500 (a dot before the decimals, no thousands separator)")
        #expect(amountHelp("1,500", .es) == "si la coma separa los miles, escribe 1500; si marca los decimales, "
            + "escribe 1.500 (punto antes de los decimales y sin separador de miles)")
        #expect(amountHelp("12,500", .pt) == "se a vírgula separa os milhares, escreva 12500; se marca as casas decimais, "
            + "escreva 12.500 (ponto antes das casas decimais e sem separador de milhar)")
    }

    @Test func otherAmountsGetTheShapeOfADecimal() {
        #expect(amountHelp("12 EUR", .en) == "write digits with an optional '.' and fraction, such as 29.90; no exponent, no '_'")
        #expect(amountHelp("1,5000", .es) == "escribe solo cifras, con un punto antes de los decimales si los hay, "
            + "por ejemplo 29.90; sin exponente ni '_'")
        #expect(amountHelp("1e3", .pt) == "escreva só algarismos, com um ponto antes das casas decimais, se houver, "
            + "por exemplo 29.90; sem expoente nem '_'")
    }

    @Test func theMessageQuotesTheAmount() {
        let diagnostic = onlyDiagnostic(withRevenueField("amount: 22,50\ncurrency: EUR\nper: month"))
        #expect(diagnostic?.text(in: .en).message == "'amount' takes a decimal number, found '22,50'")
        #expect(diagnostic?.text(in: .es).message == "'amount' debe ser un número decimal, no '22,50'")
        #expect(diagnostic?.text(in: .pt).message == "'amount' deve ser um número decimal, não '22,50'")
    }

    private func idDiagnostic(_ id: String) -> Diagnostic? {
        let diagnostic = onlyDiagnostic(edited(validCanvas, ("  - id: platform\n", "  - id: \(id)\n"), ("[platform]", "[dev]")))
        #expect(diagnostic?.code == .badID)
        return diagnostic
    }

    @Test("an id with accents or spaces", arguments: [
        ("ferreterías-aliadas", "ferreterias-aliadas"), ("mi tienda", "mi-tienda"), ("Açaí Bowls", "acai-bowls"),
        ("niño", "nino"),
    ])
    func idHelp(written: String, id: String) {
        let diagnostic = idDiagnostic(written)
        #expect(diagnostic?.text(in: .en).message == "'\(written)' is not a valid id")
        #expect(diagnostic?.text(in: .en).help == "an id uses only letters a-z without accents, digits, '-' and '_', "
            + "no spaces, and starts with a letter or digit; write '\(id)'")
        #expect(diagnostic?.text(in: .es).message == "'\(written)' no es un identificador válido")
        #expect(diagnostic?.text(in: .es).help == "un identificador solo admite letras de la a a la z sin tildes ni eñes, "
            + "cifras, '-' y '_', sin espacios, y empieza por letra o cifra; escribe '\(id)'")
        #expect(diagnostic?.text(in: .pt).message == "'\(written)' não é um identificador válido")
        #expect(diagnostic?.text(in: .pt).help == "um identificador aceita só letras de a a z sem acento nem cedilha, "
            + "algarismos, '-' e '_', sem espaços, e começa com letra ou algarismo; escreva '\(id)'")
    }

    @Test func anIDWithNothingToKeepGetsNoExample() {
        let help = idDiagnostic("東京")?.text(in: .es).help
        #expect(help == "un identificador solo admite letras de la a a la z sin tildes ni eñes, "
            + "cifras, '-' y '_', sin espacios, y empieza por letra o cifra")
    }
}
