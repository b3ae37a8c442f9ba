/// "Did you mean" for keys, enum words, ids and command names.
public enum Suggestions {
    /// The candidate closest to `word`, if it is close enough to be a likely typo:
    /// a small edit distance, or the same words in another order or case
    /// (`Cost approach` for `cost-approach`, `approach-cost`).
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let sortedWords = words(of: word).sorted()
        let scalars = Array(word.lowercased().unicodeScalars)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let candidateScalars = Array(candidate.unicodeScalars)
            // Far longer or shorter words are neither typos nor reorderings.
            if abs(candidateScalars.count - scalars.count) > 3 { continue }
            if !sortedWords.isEmpty && words(of: candidate).sorted() == sortedWords {
                return candidate
            }
            let distance = editDistance(scalars, candidateScalars)
            // Allow about one typo per three characters, at least one, at most three.
            let limit = min(3, max(1, candidate.unicodeScalars.count / 3))
            if distance <= limit && distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// The lowercase words of a key or phrase, split at spaces, `-` and `_`.
    static func words(of text: String) -> [String] {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).map(String.init)
    }

    /// Levenshtein distance, with a transposition of two neighbours counting as one.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Very long inputs are never typos of short names; bail out cheaply.
        if abs(a.count - b.count) > 3 { return abs(a.count - b.count) }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
