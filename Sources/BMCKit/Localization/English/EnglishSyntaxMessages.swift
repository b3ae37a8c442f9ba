extension EnglishMessages {
    func text(_ problem: SyntaxProblem) -> MessageText {
        let escapeHelp = "remove it, or write it as an escape inside double quotes"
        switch problem {
        case .invalidUTF8(let byte):
            let digits = String(byte, radix: 16, uppercase: true)
            return MessageText("invalid UTF-8 byte 0x" + (digits.count < 2 ? "0" : "") + digits, help: "save the file as UTF-8")
        case .controlCharacter(let value):
            return MessageText("control character \(codePointName(value)) is not allowed", help: escapeHelp)
        case .carriageReturnWithoutLineFeed:
            return MessageText("carriage return without a line feed", help: "end lines with LF or CR LF")
        case .lineSeparator(let value):
            return MessageText("Unicode line separator \(codePointName(value)) is not allowed",
                               help: "YAML tools disagree on whether it ends a line; use a plain line end")
        case .byteOrderMarkInside:
            return MessageText("byte order mark in the middle of the file",
                               help: "remove it; a byte order mark may only start the file")
        case .noncharacter(let value):
            return MessageText("non-character \(codePointName(value)) is not allowed", help: escapeHelp)
        case .tabInIndentation:
            return MessageText("tab in indentation", help: "indent with spaces only")
        case .tabOutsideQuotes:
            return MessageText("tab character outside quotes",
                               help: "use spaces; tabs may appear only inside quotes, comments and block scalars")
        case .textAfterValue:
            return MessageText("unexpected text after the value", help: "quote the whole value, or start a comment with ' #'")
        case .unexpectedContent:
            return MessageText("unexpected content; check the indentation of this line")
        case .indentedMoreThanKeys:
            return MessageText("this line is indented more than the keys around it",
                               help: "align it with the keys of its mapping, or put it under a key that takes a nested value")
        case .indentedMoreThanItems:
            return MessageText("this line is indented more than the items around it", help: "align it with the item it belongs to")
        case .indentedMoreThanItsKey:
            return MessageText("this line is indented more than the key it follows", help: "align it with the key it belongs to")
        case .blankLineMoreIndented:
            return MessageText("a blank line at the start of this block scalar has more spaces than its first line of text",
                               help: "remove the spaces from the blank lines above")
        case .tooDeep(let maximum):
            return MessageText("nesting deeper than \(maximum) levels", help: "a canvas never needs this depth; flatten the structure")
        case .directive:
            return MessageText("directives such as '%YAML' are not supported", help: "remove the line")
        case .contentOnMarkerLine(let marker):
            return MessageText("content on the '\(marker)' line is not supported",
                               help: marker == "---" ? "start the canvas on the next line" : "remove it, or put it in a comment")
        case .secondDocument(let afterEndMarker):
            return MessageText("a second document is not supported",
                               help: afterEndMarker ? "keep one canvas per file; the '...' line above ends the document"
                                   : "keep one canvas per file")
        case .duplicateKey(let key):
            return MessageText("duplicate key \(quoted(key))", help: "remove one of them, or merge their values")
        case .complexKey:
            return MessageText("complex keys ('? ') are not supported", help: "write the key as 'key: value'")
        case .quotedKey:
            return MessageText("quoted keys are not supported", help: "write the key without quotes")
        case .keyStartsWith(let character):
            return MessageText("a key cannot start with '\(character)'", help: "keys are lowercase words joined by '-'")
        case .multilineKey:
            return MessageText("a key cannot go on over the next line", help: "write the whole key and its ':' on one line")
        case .keyTooLong(let maximum):
            return MessageText("a key longer than \(maximum) bytes", help: "keys are short lowercase words joined by '-'")
        case .expectedKeyValue:
            return MessageText("expected 'key: value'", help: "add ': ' after the key, or indent this line under the key it continues")
        case .colonWithoutKey:
            return MessageText("a ':' without a key before it",
                               help: "write the key before the ':', or quote the value if the ':' is part of it")
        case .sequenceItemWhereKeyExpected:
            return MessageText("a sequence item where a key was expected", help: "indent the item under the key it belongs to")
        case .anchor:
            return MessageText("anchors ('&name') are not supported", help: "write the value out in full where it is needed")
        case .alias:
            return MessageText("aliases ('*name') are not supported",
                               help: "write the value out in full; to point at an item, use its id")
        case .tag:
            return MessageText("tags ('!tag') are not supported", help: "remove the tag: the schema alone decides every value's type")
        case .flowMapping:
            return MessageText("flow mappings ('{...}') are not supported", help: "write the mapping as indented 'key: value' lines")
        case .sequenceOnKeyLine:
            return MessageText("a sequence cannot start on the same line as its key",
                               help: "put each '- item' on a line of its own, under the key")
        case .valueStartsWithColon:
            return MessageText("a value cannot start with ': '", help: "put the value in quotes")
        case .plainValueStartsWith(let character):
            return MessageText("a plain value cannot start with '\(character)'", help: "put the value in quotes")
        case .colonInPlainValue:
            return MessageText("unquoted ':' followed by a space inside a value", help: "put the whole value in quotes")
        case .plainTextOverNextLine:
            return MessageText("text goes on over the next line",
                               help: "use '>' to fold long text into one paragraph, or '|' to keep its line breaks")
        case .unclosedQuote:
            return MessageText("quoted text is not closed on its line",
                               help: "close the quote on the same line, or use '>' or '|' for long text")
        case .unknownEscape(let escape):
            return MessageText("unknown escape \(quoted(escape)) in double-quoted text",
                               help: "write '\\\\' for a backslash, or use single quotes, where '\\' has no special meaning")
        case .invalidEscape(let escape):
            return MessageText("invalid escape \(quoted(escape)) in double-quoted text",
                               help: "'\\x' takes 2 hex digits, '\\u' 4 and '\\U' 8, naming a Unicode scalar")
        case .blockScalarHeader(let character):
            return MessageText("unexpected '\(character)' in a block scalar header",
                               help: "a header is '|' or '>', optionally followed by '-' or '+' (and an indentation digit 1-9)")
        case .unclosedFlowSequence:
            return MessageText("'[' is not closed on its line",
                               help: "flow sequences must fit on one line; otherwise write one '- item' per line")
        case .emptyFlowElement:
            return MessageText("empty element in a flow sequence", help: "remove the extra ','")
        case .nestedFlowSequence:
            return MessageText("nested flow sequences are not supported", help: "a canvas list holds scalars only")
        case .missingFlowComma:
            return MessageText("missing ',' between flow sequence elements", help: "separate the elements with ', '")
        case .flowElementStartsWith(let character):
            return MessageText("a flow sequence element cannot start with '\(character)'", help: "put the element in quotes")
        case .characterInFlowElement(let character):
            return MessageText("'\(character)' inside a flow sequence element", help: "put the element in quotes")
        }
    }
}
