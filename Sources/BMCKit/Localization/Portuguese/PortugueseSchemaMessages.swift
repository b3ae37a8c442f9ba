extension PortugueseMessages {
    // "Found X" reads as "deve ser Y, não X": how a person, not a parser, says a
    // value is of the wrong kind.
    func text(_ problem: SchemaProblem) -> MessageText {
        let starter = "comece com 'name: ...'; 'bmc new' mostra um quadro inicial"
        switch problem {
        case .notACanvas(let isEmpty):
            return MessageText(isEmpty ? "o arquivo não contém nenhum quadro"
                                       : "um arquivo de quadro precisa ser uma série de chaves como 'name:'",
                               help: starter)
        case .expectedMapping(let kind, let found):
            return MessageText("aqui deveria haver \(indefinite(schemaNoun(kind))) com os campos em linhas 'chave: valor', "
                                   + "não \(shape(found))",
                               help: "escreva os campos em linhas 'chave: valor' com recuo")
        case .emptyValue(let key, let kind):
            return MessageText("\(quoted(key)) está sem valor", help: "cada \(schemaNoun(kind).word) precisa de um valor em '\(key)'")
        case .missingKey(let key, let kind):
            return MessageText("falta a chave obrigatória \(quoted(key)) \(inDefinite(schemaNoun(kind)))",
                               help: "adicione '\(key): ...'")
        case .unknownKey(let key, let kind, let suggestion, let known):
            return MessageText("chave desconhecida \(quoted(key)) \(inDefinite(schemaNoun(kind)))",
                               help: suggestion.map { "você quis dizer '\($0)'?" } ?? "chaves possíveis: " + known.joined(separator: ", "))
        case .emptyElement(let key):
            return MessageText("item vazio na lista \(quoted(key))", help: "remova o '-' vazio ou dê um valor a ele")
        case .expectedList(let key, let value?):
            return MessageText("\(quoted(key)) deve ser uma lista, não um só valor",
                               help: "escreva '\(key): [\(value)]' ou um '- item' por linha")
        case .expectedList(let key, nil):
            return MessageText("\(quoted(key)) deve ser uma lista, não um conjunto de chaves", help: "escreva um '- item' por linha")
        case .expectedScalar(let key, let found):
            return MessageText("\(quoted(key)) deve ser um só valor, não \(shape(found))",
                               help: "escreva o valor na linha da chave, ou use '|' ou '>' para textos longos")
        case .quotedValue(let key, let type, let value):
            let typeName = type == .integer ? "um número inteiro" : type == .decimal ? "um número" : "true ou false"
            return MessageText("\(quoted(key)) é \(typeName) e nunca vai entre aspas", help: "remova as aspas: \(key): \(value)")
        case .badInteger(let key, let value, let minimum):
            return MessageText("\(quoted(key)) deve ser um número inteiro, não \(quoted(value))",
                               help: "escreva só algarismos, por exemplo '\(key): \(minimum)'")
        case .tooLarge(let key, let value):
            return MessageText("\(quoted(value)) é grande demais para \(quoted(key))")
        case .belowMinimum(let key, let minimum, let value):
            return MessageText("\(quoted(key)) deve ser no mínimo \(minimum), não \(value)")
        case .badDecimal(let key, let value, let reading):
            return MessageText("\(quoted(key)) deve ser um número decimal, não \(quoted(value))", help: decimalHelp(reading))
        case .badBoolean(let key, let value):
            // A Portuguese writer's "sim" and "não" get the word they mean.
            let lowered = value.lowercased()
            let hint = ["yes", "y", "on", "true", "sim", "s", "verdadeiro"].contains(lowered) ? "escreva 'true'"
                : ["no", "n", "off", "false", "não", "nao", "falso"].contains(lowered) ? "escreva 'false'"
                : "escreva 'true' ou 'false'"
            return MessageText("\(quoted(key)) deve ser true ou false, não \(quoted(value))",
                               help: "\(hint): só valem true e false, que todas as ferramentas YAML leem da mesma forma")
        case .badDate(let key, let value, let readings):
            let shapeIsRight = value.utf8.count == 10 && value.utf8.enumerated().allSatisfy {
                $0.offset == 4 || $0.offset == 7 ? $0.element == .dash : $0.element.isDigit
            }
            return MessageText(shapeIsRight ? "\(quoted(value)) não é uma data real do calendário"
                                            : "\(quoted(key)) deve ser uma data no formato AAAA-MM-DD, não \(quoted(value))",
                               help: (readings?.dayFirst ?? readings?.monthFirst).map { "escreva \($0): ano, mês e dia" }
                                   ?? "escreva uma data como 2026-03-15")
        case .badDuration(let key, let value, let reading):
            return MessageText("\(quoted(key)) deve ser uma duração como 4h ou 2d, não \(quoted(value))",
                               help: reading.map { "escreva \($0): um número inteiro e m, h, d ou w, sem espaço" }
                                   ?? "escreva um número inteiro e uma destas letras: m (minutos), h (horas), d (dias), w (semanas)")
        case .badVolume(let key, let value, let expectsRate):
            let periods = SalesVolume.ratePeriods.joined(separator: ", ")
            switch expectsRate {
            case true?:
                return MessageText("\(quoted(key)) deve ser um ritmo de vendas quando o preço é por unidade ou de pagamento único, não \(quoted(value))",
                                   help: "escreva quantas unidades são vendidas em um período, como 600/month (\(periods))")
            case false?:
                return MessageText("\(quoted(key)) deve ser o número de pagantes quando o preço é por período, não \(quoted(value))",
                                   help: "escreva quantos pagam em cada período, como 1200; para um ritmo de vendas, escreva 'per: unit'")
            case nil:
                return MessageText("\(quoted(key)) deve ser uma quantidade como 1200 ou um ritmo como 600/month, não \(quoted(value))",
                                   help: "escreva um número inteiro e, para um ritmo, '/' e uma destas palavras: \(periods)")
            }
        case .badCurrency(let key, let value):
            let upper = value.uppercased()
            let isCode = upper.utf8.count == 3 && upper.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
            return MessageText("\(quoted(key)) deve ter três letras maiúsculas, não \(quoted(value))",
                               help: isCode ? "escreva '\(upper)'" : "escreva um código ISO 4217 de três letras, como BRL ou USD")
        case .badEnum(let noun, let value, let suggestion, let words):
            let enumeration = enumNoun(noun)
            return MessageText("\(enumeration.word) desconhecid\(enumeration.ending): \(quoted(value))",
                               help: suggestion.map { "você quis dizer '\($0)'?" }
                                   ?? "escreva uma destas palavras: " + words.joined(separator: ", "))
        case .badID(let value, let derived):
            // "Letras" alone is not true to a Portuguese writer, for whom "ã" and
            // "ç" are letters: say which ones.
            return MessageText("\(quoted(value)) não é um identificador válido",
                               help: "um identificador aceita só letras de a a z sem acento nem cedilha, algarismos, '-' e '_', "
                                   + "sem espaços, e começa com letra ou algarismo" + (derived.isEmpty ? "" : "; escreva '\(derived)'"))
        case .underivableID(let name):
            return MessageText("não é possível gerar um identificador a partir do nome \(quoted(name))",
                               help: "adicione um 'id:' próprio, com letras de a a z, algarismos e '-'")
        case .amountWithout(let missing, let currency, let per):
            let added = missing.map { $0 == "currency" ? "'currency: \(currency)'" : "'per: \(per)'" }
            return MessageText("'amount' sem " + missing.map { "'\($0)'" }.joined(separator: " nem "),
                               help: "adicione " + added.joined(separator: " e ")
                                   + (added.count > 1 ? " (ou os valores adequados)" : " (ou o valor adequado)"))
        }
    }

    /// The help of `bad-decimal`: the amount as it must be written when it was
    /// written the Brazilian way (`22,50`, `1.500,50`), else the shape of a decimal.
    private func decimalHelp(_ reading: SchemaProblem.DecimalReading?) -> String {
        let rule = "ponto antes das casas decimais e sem separador de milhar"
        switch reading {
        case .sure(let amount) where amount.contains("."): return "escreva \(amount): \(rule)"
        case .sure(let amount): return "escreva \(amount), sem separador de milhar"
        case .ambiguous(let thousands, let decimals):
            return "se a vírgula separa os milhares, escreva \(thousands); se marca as casas decimais, escreva \(decimals) (\(rule))"
        case nil: return "escreva só algarismos, com um ponto antes das casas decimais, se houver, por exemplo 29.90; "
            + "sem expoente nem '_'"
        }
    }
}
