import BMCKit
import Foundation
import Testing

/// `Identifier.derive(from:)` folds accents with a generated table
/// (`DiacriticFolding.swift`) instead of Foundation's NFD. These tests compare it
/// with the NFD algorithm it replaces, which they keep here with Foundation.
@Suite("Deriving ids without Foundation")
struct IdentifierFoldingTests {
    /// The algorithm as it was: decompose (NFD), then for each scalar an ASCII
    /// letter or digit is kept (lowercased), a nonspacing mark is dropped, a few
    /// letters are spelled out, anything else separates.
    static func nfdDerive(_ name: String) -> String {
        let spelledOut: [Unicode.Scalar: String] = [
            "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
            "đ": "d", "Đ": "d", "ı": "i",
        ]
        var output = ""
        var pendingDash = false
        func emit(_ character: Character) {
            if pendingDash && !output.isEmpty { output.append("-") }
            pendingDash = false
            output.append(character)
        }
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) {
                emit(Character(String(scalar).lowercased()))
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if let spelled = spelledOut[scalar] {
                spelled.forEach(emit)
            } else {
                pendingDash = true
            }
        }
        return output
    }

    /// Every scalar from U+0000 to U+2FFF, alone and between two letters (where a
    /// separator shows as `a-b`, a dropped mark as `ab`).
    @Test func everyScalarUpToU2FFFFoldsAsWithNFD() {
        var differences: [String] = []
        for value in UInt32(0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates
            for name in [String(scalar), "a\(scalar)b", "\(scalar)\(scalar)", "X\u{301}\(scalar)"] {
                let derived = Identifier.derive(from: name)
                let expected = Self.nfdDerive(name)
                if derived != expected {
                    differences.append("U+\(String(value, radix: 16, uppercase: true)) in '\(name)': \(derived) vs \(expected)")
                }
            }
        }
        #expect(differences.isEmpty, "\(differences.count) differences: \(differences.prefix(30))")
    }

    @Test(arguments: [
        // Spanish
        "María José Núñez", "Peñalolén", "Güemes", "Ibáñez y Cía.", "Cañón del Sumidero",
        // Portuguese
        "São João", "Conceição", "Ilhéu das Rolas", "Gonçalves & Irmãos", "Avó Lúcia",
        // French
        "Élodie Lefèvre", "Cœur de Lion", "Noël à Besançon", "Hôtel-Dieu", "Françoise d'Aubigné", "L'Haÿ-les-Roses",
        // German
        "Jürgen Groß", "Müller & Söhne", "Äpfel, Öl, Übermaß", "Straße 5",
        // Vietnamese
        "Nguyễn Thị Minh Khai", "Phở Hà Nội", "Đặng Thái Sơn", "Trần Hưng Đạo", "Hồ Chí Minh", "Bánh mì Huỳnh Hoa",
        // Polish
        "Łódź", "Wrocław", "Gdańsk", "Małgorzata Żółkiewska", "Źródło", "Zażółć gęślą jaźń",
        // Turkish
        "İstanbul", "Iğdır", "Şanlıurfa", "Çağlar Gökçe", "Ağrı Dağı", "Eskişehir",
        // Others and mixed
        "Ærø Øst", "Ǽsir", "Smørrebrød", "Ångström", "日本 Shop", "Zoë's café", "naïve résumé",
        // Written decomposed (NFD), as some editors and file systems do
        "Mari\u{301}a", "Sa\u{303}o Joa\u{303}o", "Nguye\u{302}\u{303}n", "I\u{307}stanbul",
    ])
    func realisticNamesFoldAsWithNFD(_ name: String) {
        #expect(Identifier.derive(from: name) == Self.nfdDerive(name))
    }

    @Test(arguments: [
        ("Nguyễn Thị Minh Khai", "nguyen-thi-minh-khai"), ("Đặng Thái Sơn", "dang-thai-son"),
        ("Łódź", "lodz"), ("Zażółć gęślą jaźń", "zazolc-gesla-jazn"), ("İstanbul", "istanbul"),
        ("Şanlıurfa", "sanliurfa"), ("Ǽsir", "aesir"), ("\u{212A}elvin", "kelvin"), ("Mari\u{301}a", "maria"),
        ("Cœur de Lion", "coeur-de-lion"),
    ])
    func derivedIDs(_ name: String, _ id: String) {
        #expect(Identifier.derive(from: name) == id)
    }
}
