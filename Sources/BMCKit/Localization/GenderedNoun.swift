/// A noun of a language with grammatical gender (Spanish, Portuguese). The articles
/// and adjectives around a noun agree with it ("un segmento desconocido", "una
/// frecuencia desconocida"), so a message that names a kind needs its gender too.
struct GenderedNoun: Sendable {
    let word: String
    let isFeminine: Bool

    static func masculine(_ word: String) -> GenderedNoun { GenderedNoun(word: word, isFeminine: false) }
    static func feminine(_ word: String) -> GenderedNoun { GenderedNoun(word: word, isFeminine: true) }

    /// The ending of an adjective that agrees with the noun in both languages:
    /// "desconocido"/"desconocida", "desconhecido"/"desconhecida".
    var ending: String { isFeminine ? "a" : "o" }
}
