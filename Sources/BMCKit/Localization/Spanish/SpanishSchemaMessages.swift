extension SpanishMessages {
    // "Found X" reads as "debe ser Y, no X": how a person, not a parser, says a
    // value is of the wrong kind.
    func text(_ problem: SchemaProblem) -> MessageText {
        let starter = "empieza por 'name: ...'; 'bmc new' muestra un lienzo inicial"
        switch problem {
        case .notACanvas(let isEmpty):
            return MessageText(isEmpty ? "el archivo no contiene ningún lienzo"
                                       : "un archivo de lienzo debe ser una serie de claves como 'name:'",
                               help: starter)
        case .expectedMapping(let kind, let found):
            return MessageText("aquí debería haber \(indefinite(schemaNoun(kind))) con sus campos en líneas 'clave: valor', "
                                   + "no \(shape(found))",
                               help: "escribe sus campos en líneas 'clave: valor' con sangría")
        case .emptyValue(let key, let kind):
            return MessageText("\(quoted(key)) no tiene valor", help: "cada \(schemaNoun(kind).word) necesita un valor en '\(key)'")
        case .missingKey(let key, let kind):
            return MessageText("falta la clave obligatoria \(quoted(key)) en \(definite(schemaNoun(kind)))",
                               help: "añade '\(key): ...'")
        case .unknownKey(let key, let kind, let suggestion, let known):
            return MessageText("clave desconocida \(quoted(key)) en \(definite(schemaNoun(kind)))",
                               help: suggestion.map { "¿querías decir '\($0)'?" } ?? "claves posibles: " + known.joined(separator: ", "))
        case .emptyElement(let key):
            return MessageText("elemento vacío en la lista \(quoted(key))", help: "quita el '-' vacío o dale un valor")
        case .expectedList(let key, let value?):
            return MessageText("\(quoted(key)) debe ser una lista, no un solo valor",
                               help: "escribe '\(key): [\(value)]' o un '- elemento' por línea")
        case .expectedList(let key, nil):
            return MessageText("\(quoted(key)) debe ser una lista, no un conjunto de claves",
                               help: "escribe un '- elemento' por línea")
        case .expectedScalar(let key, let found):
            return MessageText("\(quoted(key)) debe ser un solo valor, no \(shape(found))",
                               help: "escribe el valor en la línea de la clave, o usa '|' o '>' para textos largos")
        case .quotedValue(let key, let type, let value):
            let typeName = type == .integer ? "un número entero" : type == .decimal ? "un número" : "true o false"
            return MessageText("\(quoted(key)) es \(typeName) y nunca va entre comillas",
                               help: "quita las comillas: \(key): \(value)")
        case .badInteger(let key, let value, let minimum):
            return MessageText("\(quoted(key)) debe ser un número entero, no \(quoted(value))",
                               help: "escribe solo cifras, por ejemplo '\(key): \(minimum)'")
        case .tooLarge(let key, let value):
            return MessageText("\(quoted(value)) es demasiado grande para \(quoted(key))")
        case .belowMinimum(let key, let minimum, let value):
            return MessageText("\(quoted(key)) debe ser como mínimo \(minimum), no \(value)")
        case .badDecimal(let key, let value, let reading):
            return MessageText("\(quoted(key)) debe ser un número decimal, no \(quoted(value))", help: decimalHelp(reading))
        case .badBoolean(let key, let value):
            // A Spanish writer's "sí" and "no" get the word they mean.
            let lowered = value.lowercased()
            let hint = ["yes", "y", "on", "true", "sí", "si", "s", "verdadero", "cierto"].contains(lowered) ? "escribe 'true'"
                : ["no", "n", "off", "false", "falso"].contains(lowered) ? "escribe 'false'" : "escribe 'true' o 'false'"
            return MessageText("\(quoted(key)) debe ser true o false, no \(quoted(value))",
                               help: "\(hint): solo valen true y false, que todas las herramientas YAML leen igual")
        case .badDate(let key, let value, let readings):
            let shapeIsRight = value.utf8.count == 10 && value.utf8.enumerated().allSatisfy {
                $0.offset == 4 || $0.offset == 7 ? $0.element == .dash : $0.element.isDigit
            }
            return MessageText(shapeIsRight ? "\(quoted(value)) no es una fecha real del calendario"
                                            : "\(quoted(key)) debe ser una fecha con el formato AAAA-MM-DD, no \(quoted(value))",
                               help: (readings?.dayFirst ?? readings?.monthFirst).map { "escribe \($0): año, mes y día" }
                                   ?? "escribe una fecha como 2026-03-15")
        case .badDuration(let key, let value, let reading):
            return MessageText("\(quoted(key)) debe ser una duración como 4h o 2d, no \(quoted(value))",
                               help: reading.map { "escribe \($0): un número entero y m, h, d o w, sin espacio" }
                                   ?? "escribe un número entero y una de estas letras: m (minutos), h (horas), d (días), w (semanas)")
        case .badVolume(let key, let value, let expectsRate):
            let periods = SalesVolume.ratePeriods.joined(separator: ", ")
            switch expectsRate {
            case true?:
                return MessageText("\(quoted(key)) debe ser un ritmo de ventas cuando el precio es por unidad o de pago único, no \(quoted(value))",
                                   help: "escribe cuántas unidades se venden en un periodo, como 600/month (\(periods))")
            case false?:
                return MessageText("\(quoted(key)) debe ser el número de pagadores cuando el precio es por periodo, no \(quoted(value))",
                                   help: "escribe cuántos pagan en cada periodo, como 1200; para un ritmo de ventas, escribe 'per: unit'")
            case nil:
                return MessageText("\(quoted(key)) debe ser una cantidad como 1200 o un ritmo como 600/month, no \(quoted(value))",
                                   help: "escribe un número entero y, para un ritmo, '/' y una de estas palabras: \(periods)")
            }
        case .badCurrency(let key, let value):
            let upper = value.uppercased()
            let isCode = upper.utf8.count == 3 && upper.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
            return MessageText("\(quoted(key)) debe tener tres letras mayúsculas, no \(quoted(value))",
                               help: isCode ? "escribe '\(upper)'" : "escribe un código ISO 4217 de tres letras, como EUR o USD")
        case .badEnum(let noun, let value, let suggestion, let words):
            let enumeration = enumNoun(noun)
            return MessageText("\(enumeration.word) desconocid\(enumeration.ending): \(quoted(value))",
                               help: suggestion.map { "¿querías decir '\($0)'?" }
                                   ?? "escribe una de estas palabras: " + words.joined(separator: ", "))
        case .badID(let value, let derived):
            // "Letras" alone is not true to a Spanish writer, for whom "í" and "ñ"
            // are letters: say which ones.
            return MessageText("\(quoted(value)) no es un identificador válido",
                               help: "un identificador solo admite letras de la a a la z sin tildes ni eñes, cifras, '-' y '_', "
                                   + "sin espacios, y empieza por letra o cifra" + (derived.isEmpty ? "" : "; escribe '\(derived)'"))
        case .underivableID(let name):
            return MessageText("no se puede obtener un identificador a partir del nombre \(quoted(name))",
                               help: "añade un 'id:' propio, con letras de la a a la z, cifras y '-'")
        case .amountWithout(let missing, let currency, let per):
            let added = missing.map { $0 == "currency" ? "'currency: \(currency)'" : "'per: \(per)'" }
            return MessageText("'amount' sin " + missing.map { "'\($0)'" }.joined(separator: " ni "),
                               help: "añade " + added.joined(separator: " y ")
                                   + (added.count > 1 ? " (o los valores que correspondan)" : " (o el valor que corresponda)"))
        }
    }

    /// The help of `bad-decimal`: the amount as it must be written when it was
    /// written the Spanish way (`22,50`, `1.500,50`), else the shape of a decimal.
    private func decimalHelp(_ reading: SchemaProblem.DecimalReading?) -> String {
        let rule = "punto antes de los decimales y sin separador de miles"
        switch reading {
        case .sure(let amount) where amount.contains("."): return "escribe \(amount): \(rule)"
        case .sure(let amount): return "escribe \(amount), sin separador de miles"
        case .ambiguous(let thousands, let decimals):
            return "si la coma separa los miles, escribe \(thousands); si marca los decimales, escribe \(decimals) (\(rule))"
        case nil: return "escribe solo cifras, con un punto antes de los decimales si los hay, por ejemplo 29.90; "
            + "sin exponente ni '_'"
        }
    }
}
