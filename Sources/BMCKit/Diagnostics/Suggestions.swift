/// "Did you mean" for keys, enum words, ids and command names.
public enum Suggestions {
    /// The candidate closest to `word`, if it is close enough to be a likely typo:
    /// a small edit distance, or the same words in another order or case
    /// (`Cost approach` for `cost-approach`, `approach-cost`).
    public static func closest(to word: String, among candidates: [String]) -> String? {
        var unlimited = Int.max
        return SuggestionIndex(candidates).closest(to: word, budget: &unlimited)
    }

    /// The lowercase words of a key or phrase, split at spaces, `-` and `_`.
    static func words(of text: String) -> [String] {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).map(String.init)
    }

    /// The edit distance of `a` and `b` (Levenshtein, with a transposition of two
    /// neighbours counting as one) if it is at most `limit`, else `limit + 1`.
    /// Only the cells within `limit` of the diagonal are computed (no path outside
    /// that band can stay within the limit), so two long texts cost their length
    /// times the band, never the product of their lengths.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let outside = limit + 1
        var previousPrevious = [Int](repeating: outside, count: b.count + 1)
        var previous = (0...b.count).map { min($0, outside) }
        var current = [Int](repeating: outside, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - limit)
            let high = min(b.count, i + limit)
            current[low - 1] = low == 1 ? min(i, outside) : outside
            var rowMinimum = current[low - 1]
            for j in low...high {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var cell = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    cell = min(cell, previousPrevious[j - 2] + 1)
                }
                current[j] = min(cell, outside)
                rowMinimum = min(rowMinimum, current[j])
            }
            if high < b.count { current[high + 1] = outside }
            if rowMinimum > limit { return outside }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}

/// Candidates prepared once for many "did you mean" questions: a file with a
/// hundred thousand unknown keys asks the same list every time.
///
/// What a question costs is bounded: one unit per candidate looked at and one per
/// cell of edit distance computed. Keys and enum words are lists of the schema (a
/// few dozen words at most), so each question costs a bounded amount; ids are as
/// many as the canvas has, so their questions share a budget (`ReferenceResolution`)
/// and the total stays in proportion to the input, however many unknown ids there are.
struct SuggestionIndex: Sendable {
    private struct Candidate: Sendable {
        var text: String
        var scalars: [Unicode.Scalar]
    }

    private let candidates: [Candidate]
    /// The first candidate for each set of words, lowercased and sorted: the same
    /// words in another order or case.
    private let byWords: [String: String]

    init(_ candidates: [String]) {
        self.candidates = candidates.map { Candidate(text: $0, scalars: Array($0.lowercased().unicodeScalars)) }
        var byWords: [String: String] = [:]
        for candidate in candidates {
            let key = Suggestions.words(of: candidate).sorted().joined(separator: " ")
            if !key.isEmpty && byWords[key] == nil { byWords[key] = candidate }
        }
        self.byWords = byWords
    }

    /// The closest candidate to `word`, spending at most `budget` units (see the
    /// type's description) and taking them from it; `nil` when none is close, or
    /// when the budget ran out before one was found.
    func closest(to word: String, budget: inout Int) -> String? {
        if let reordered = byWords[Suggestions.words(of: word).sorted().joined(separator: " ")] { return reordered }
        let scalars = Array(word.lowercased().unicodeScalars)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            guard budget > 0 else { return best?.candidate }
            budget -= 1
            // Allow about one typo per three characters, at least one, at most three.
            let limit = min(3, max(1, candidate.scalars.count / 3))
            // Far longer or shorter words are neither typos nor reorderings.
            guard abs(candidate.scalars.count - scalars.count) <= limit else { continue }
            budget -= min(scalars.count, candidate.scalars.count) * (2 * limit + 1)
            let distance = Suggestions.editDistance(scalars, candidate.scalars, limit: limit)
            if distance <= limit && distance < (best?.distance ?? .max) {
                best = (candidate.text, distance)
            }
        }
        return best?.candidate
    }
}
