extension PortugueseMessages {
    // YAML's own terms are said in plain words: a sequence is a list, a flow
    // sequence a list in brackets, a block scalar a block of text ('|' or '>').
    func text(_ problem: SyntaxProblem) -> MessageText {
        let escapeHelp = "remova-o, ou escreva-o como sequência de escape entre aspas duplas"
        switch problem {
        case .invalidUTF8(let byte):
            let digits = String(byte, radix: 16, uppercase: true)
            return MessageText("byte 0x" + (digits.count < 2 ? "0" : "") + digits + " inválido em UTF-8",
                               help: "salve o arquivo como UTF-8")
        case .controlCharacter(let value):
            return MessageText("o caractere de controle \(codePointName(value)) não é permitido", help: escapeHelp)
        case .carriageReturnWithoutLineFeed:
            return MessageText("retorno de carro sem quebra de linha", help: "termine as linhas com LF ou CR LF")
        case .lineSeparator(let value):
            return MessageText("o separador de linha Unicode \(codePointName(value)) não é permitido",
                               help: "as ferramentas YAML divergem sobre se ele encerra uma linha; use uma quebra de linha comum")
        case .byteOrderMarkInside:
            return MessageText("marca de ordem de bytes (BOM) no meio do arquivo",
                               help: "remova-a; essa marca só pode vir no início do arquivo")
        case .noncharacter(let value):
            return MessageText("o não caractere \(codePointName(value)) não é permitido", help: escapeHelp)
        case .tabInIndentation:
            return MessageText("tabulação no recuo", help: "faça o recuo só com espaços")
        case .tabOutsideQuotes:
            return MessageText("tabulação fora de aspas",
                               help: "use espaços; tabulações só podem aparecer entre aspas, em comentários "
                                   + "e em blocos de texto ('|' ou '>')")
        case .textAfterValue:
            return MessageText("texto inesperado depois do valor",
                               help: "coloque o valor inteiro entre aspas, ou comece um comentário com ' #'")
        case .unexpectedContent:
            return MessageText("conteúdo inesperado; confira o recuo desta linha")
        case .indentedMoreThanKeys:
            return MessageText("esta linha tem mais recuo que as chaves ao redor",
                               help: "alinhe-a com as chaves do mesmo nível, ou coloque-a sob uma chave que aceite um valor aninhado")
        case .indentedMoreThanItems:
            return MessageText("esta linha tem mais recuo que os itens ao redor", help: "alinhe-a com o item a que pertence")
        case .indentedMoreThanItsKey:
            return MessageText("esta linha tem mais recuo que a chave que ela segue", help: "alinhe-a com a chave a que pertence")
        case .blankLineMoreIndented:
            return MessageText("uma linha em branco no início deste bloco de texto tem mais espaços que a primeira linha de texto",
                               help: "remova os espaços das linhas em branco acima")
        case .tooDeep(let maximum):
            return MessageText("aninhamento com mais de \(maximum) níveis",
                               help: "um quadro nunca precisa de tanta profundidade; simplifique a estrutura")
        case .directive:
            return MessageText("diretivas como '%YAML' não são aceitas", help: "remova a linha")
        case .contentOnMarkerLine(let marker):
            return MessageText("conteúdo na linha '\(marker)' não é aceito",
                               help: marker == "---" ? "comece o quadro na linha seguinte" : "remova-o, ou coloque-o em um comentário")
        case .secondDocument(let afterEndMarker):
            return MessageText("um segundo documento não é aceito",
                               help: afterEndMarker ? "mantenha um só quadro por arquivo; a linha '...' acima encerra o documento"
                                   : "mantenha um só quadro por arquivo")
        case .duplicateKey(let key):
            return MessageText("chave repetida \(quoted(key))", help: "remova uma delas, ou junte os valores")
        case .complexKey:
            return MessageText("chaves complexas ('? ') não são aceitas", help: "escreva a chave como 'chave: valor'")
        case .quotedKey:
            return MessageText("chaves entre aspas não são aceitas", help: "escreva a chave sem aspas")
        case .keyStartsWith(let character):
            return MessageText("uma chave não pode começar com '\(character)'",
                               help: "as chaves são palavras em minúsculas unidas por '-'")
        case .multilineKey:
            return MessageText("uma chave não pode continuar na linha seguinte",
                               help: "escreva a chave inteira e o ':' em uma só linha")
        case .keyTooLong(let maximum):
            return MessageText("uma chave com mais de \(maximum) bytes",
                               help: "as chaves são palavras curtas em minúsculas unidas por '-'")
        case .expectedKeyValue:
            return MessageText("aqui deveria haver 'chave: valor'",
                               help: "adicione ': ' depois da chave, ou recue esta linha sob a chave que ela continua")
        case .colonWithoutKey:
            return MessageText("um ':' sem chave antes",
                               help: "escreva a chave antes do ':', ou coloque o valor entre aspas se o ':' fizer parte dele")
        case .sequenceItemWhereKeyExpected:
            return MessageText("um item de lista onde deveria haver uma chave", help: "recue o item sob a chave a que pertence")
        case .anchor:
            return MessageText("âncoras ('&nome') não são aceitas", help: "escreva o valor completo onde for necessário")
        case .alias:
            return MessageText("o uso de alias ('*nome') não é aceito",
                               help: "escreva o valor completo; para apontar para um item, use o identificador dele")
        case .tag:
            return MessageText("etiquetas ('!etiqueta') não são aceitas",
                               help: "remova a etiqueta: o formato do quadro decide o tipo de cada valor")
        case .flowMapping:
            return MessageText("blocos entre chaves ('{...}') não são aceitos",
                               help: "escreva cada campo em uma linha, como 'chave: valor' com recuo")
        case .sequenceOnKeyLine:
            return MessageText("uma lista não pode começar na mesma linha da chave",
                               help: "coloque cada '- item' em uma linha própria, sob a chave")
        case .valueStartsWithColon:
            return MessageText("um valor não pode começar com ': '", help: "coloque o valor entre aspas")
        case .plainValueStartsWith(let character):
            return MessageText("um valor sem aspas não pode começar com '\(character)'", help: "coloque o valor entre aspas")
        case .colonInPlainValue:
            return MessageText("':' seguido de espaço dentro de um valor sem aspas", help: "coloque o valor inteiro entre aspas")
        case .plainTextOverNextLine:
            return MessageText("o texto continua na linha seguinte",
                               help: "use '>' para juntar um texto longo em um só parágrafo, ou '|' para manter as quebras de linha")
        case .unclosedQuote:
            return MessageText("o texto entre aspas não é fechado na mesma linha",
                               help: "feche as aspas na mesma linha, ou use '>' ou '|' para textos longos")
        case .unknownEscape(let escape):
            return MessageText("sequência de escape desconhecida \(quoted(escape)) em um texto entre aspas duplas",
                               help: "escreva '\\\\' para uma barra invertida, ou use aspas simples, nas quais '\\' não tem significado especial")
        case .invalidEscape(let escape):
            return MessageText("sequência de escape inválida \(quoted(escape)) em um texto entre aspas duplas",
                               help: "'\\x' leva 2 dígitos hexadecimais, '\\u' 4 e '\\U' 8, que indicam um caractere Unicode")
        case .blockScalarHeader(let character):
            return MessageText("'\(character)' inesperado no cabeçalho de um bloco de texto",
                               help: "o cabeçalho é '|' ou '>', seguido ou não de '-' ou '+' (e de um dígito de recuo de 1 a 9)")
        case .unclosedFlowSequence:
            return MessageText("o '[' não é fechado na mesma linha",
                               help: "uma lista entre colchetes precisa caber em uma linha; se não couber, escreva um '- item' por linha")
        case .emptyFlowElement:
            return MessageText("item vazio em uma lista entre colchetes", help: "remova a ',' que sobra")
        case .nestedFlowSequence:
            return MessageText("listas entre colchetes dentro de outras não são aceitas",
                               help: "as listas de um quadro só contêm valores simples")
        case .missingFlowComma:
            return MessageText("falta uma ',' entre os itens de uma lista entre colchetes", help: "separe os itens com ', '")
        case .flowElementStartsWith(let character):
            return MessageText("um item de lista entre colchetes não pode começar com '\(character)'",
                               help: "coloque o item entre aspas")
        case .characterInFlowElement(let character):
            return MessageText("'\(character)' dentro de um item de lista entre colchetes", help: "coloque o item entre aspas")
        }
    }
}
