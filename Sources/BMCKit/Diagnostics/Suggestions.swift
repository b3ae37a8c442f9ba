/// "Did you mean" for keys, enum words, ids and command names.
public enum Suggestions {
    /// The candidate closest to `word`, if it is close enough to be a likely typo:
    /// a small edit distance, or the same words in another order or case
    /// (`Cost approach` for `cost-approach`, `approach-cost`).
    public static func closest(to word: String, among candidates: [String]) -> String? {
        SuggestionIndex(candidates).closest(to: word)
    }

    /// The lowercase words of a key or phrase, split at spaces, `-` and `_`.
    static func words(of text: String) -> [String] {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).map(String.init)
    }

    /// Levenshtein distance, with a transposition of two neighbours counting as one.
    /// Stops early once every path is past `limit` (the result is then above it).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int = .max) -> Int {
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
            if current.min()! > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}

/// Candidates prepared once for many "did you mean" questions: a file with a
/// hundred thousand unknown keys asks the same list every time.
struct SuggestionIndex: Sendable {
    private struct Candidate: Sendable {
        var text: String
        var scalars: [Unicode.Scalar]
        /// Its words, lowercased and sorted, joined: equal for reorderings.
        var wordKey: String
    }

    private let candidates: [Candidate]

    init(_ candidates: [String]) {
        self.candidates = candidates.map {
            Candidate(text: $0, scalars: Array($0.unicodeScalars), wordKey: Suggestions.words(of: $0).sorted().joined(separator: " "))
        }
    }

    func closest(to word: String) -> String? {
        let scalars = Array(word.lowercased().unicodeScalars)
        var wordKey: String?
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            // Far longer or shorter words are neither typos nor reorderings.
            guard abs(candidate.scalars.count - scalars.count) <= 3 else { continue }
            if wordKey == nil { wordKey = Suggestions.words(of: word).sorted().joined(separator: " ") }
            if let wordKey, !wordKey.isEmpty && wordKey == candidate.wordKey { return candidate.text }
            // Allow about one typo per three characters, at least one, at most three.
            let limit = min(3, max(1, candidate.scalars.count / 3))
            let distance = Suggestions.editDistance(scalars, candidate.scalars, limit: limit)
            if distance <= limit && distance < (best?.distance ?? .max) {
                best = (candidate.text, distance)
            }
        }
        return best?.candidate
    }
}
