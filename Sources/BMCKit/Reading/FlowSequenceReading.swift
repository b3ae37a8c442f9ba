/// One-line flow sequences of scalars: `[a, 'b c', "d"]`.
extension Reader {
    /// Reads a one-line flow sequence of scalars: `[a, 'b c', "d"]`; returns `nil`
    /// after reporting a problem.
    mutating func readFlowSequence() -> ReadNode? {
        let start = position
        let base = storage.open.count
        // A refused element leaves the open elements of this sequence behind.
        defer { if storage.open.count > base { storage.dropChildren(from: base) } }
        var index = start + 1
        var expectsItem = true
        while true {
            while index < bytes.count && bytes[index] == .space { index += 1 }
            if isAtLineEnd(index) || (bytes[index] == .hash && bytes[index - 1] == .space) {
                report(.unclosedFlowSequence, at: SourceRange(start: start, end: start + 1))
                return nil
            }
            let current = bytes[index]
            switch current {
            case .closeBracket:
                position = index + 1
                return containerNode(.sequence, start: start, end: index + 1, childrenFrom: base, isFlow: true)
            case .comma:
                if expectsItem {
                    report(.emptyFlowElement, at: SourceRange(start: index, end: index + 1))
                    return nil
                }
                expectsItem = true
                index += 1
                continue
            case .openBracket:
                report(.nestedFlowSequence, at: SourceRange(start: index, end: index + 1))
                return nil
            case .openBrace:
                reportFlowMapping(at: index)
                return nil
            case .ampersand, .asterisk, .exclamation:
                reportNodeProperty(at: index)
                return nil
            case .tab:
                reportTab(at: index)
                return nil
            default:
                break
            }
            if !expectsItem {
                report(.missingFlowComma, at: .point(index))
                return nil
            }
            position = index
            let isQuoted = current == .quote || current == .apostrophe
            guard var element = isQuoted ? readQuotedScalar() : readFlowPlainScalar(at: index) else { return nil }
            element.record.keyStart = element.record.start
            element.record.keyEnd = element.record.start
            addChild(element)
            index = element.range.end
            expectsItem = false
        }
    }

    /// A plain element of a flow sequence ends at `,`, `]`, a comment or the line
    /// end; `[`, `{`, `}` and a `: ` inside it are refused.
    private mutating func readFlowPlainScalar(at start: Int) -> ReadNode? {
        let first = bytes[start]
        let startsWithIndicator: Bool
        switch first {
        // A lone `-` (`[-]`, `[a, -]`) is refused by YAML 1.2 as well.
        case .dash: startsWithIndicator = isBlankOrEnd(start + 1) || byte(at: start + 1) == .comma
            || byte(at: start + 1) == .closeBracket
        // YAML tools read `[?z]` as a mapping and refuse `[:y]`.
        case .questionMark, .colon: startsWithIndicator = true
        case .pipe, .greaterThan, .percent, .at, .backtick, .closeBrace, .hash: startsWithIndicator = true
        default: startsWithIndicator = false
        }
        if startsWithIndicator {
            report(.flowElementStartsWith(Character(Unicode.Scalar(first))), at: SourceRange(start: start, end: start + 1))
            return nil
        }
        var index = start
        var end = start
        scan: while index < bytes.count && !bytes[index].isLineEnd {
            let current = bytes[index]
            switch current {
            case .comma, .closeBracket:
                break scan
            case .hash where bytes[index - 1] == .space:
                break scan
            case .colon where isBlankOrEnd(index + 1) || byte(at: index + 1) == .comma || byte(at: index + 1) == .closeBracket:
                reportFlowMapping(at: start)
                return nil
            case .openBracket, .openBrace, .closeBrace:
                report(.characterInFlowElement(Character(Unicode.Scalar(current))), at: SourceRange(start: index, end: index + 1))
                return nil
            case .tab:
                reportTab(at: index)
                return nil
            case .space:
                break
            default:
                end = index + 1
            }
            index += 1
        }
        return ReadNode(record: .scalar(SourceRange(start: start, end: end), style: .plain))
    }
}
