extension SpanishMessages {
    // YAML's own terms are said in plain words: a sequence is a list, a flow
    // sequence a list in brackets, a block scalar a block of text ('|' or '>').
    func text(_ problem: SyntaxProblem) -> MessageText {
        let escapeHelp = "quítalo, o escríbelo como secuencia de escape entre comillas dobles"
        switch problem {
        case .invalidUTF8(let byte):
            let digits = String(byte, radix: 16, uppercase: true)
            return MessageText("byte 0x" + (digits.count < 2 ? "0" : "") + digits + " no válido en UTF-8",
                               help: "guarda el archivo como UTF-8")
        case .controlCharacter(let value):
            return MessageText("el carácter de control \(codePointName(value)) no está permitido", help: escapeHelp)
        case .carriageReturnWithoutLineFeed:
            return MessageText("retorno de carro sin salto de línea", help: "termina las líneas con LF o CR LF")
        case .lineSeparator(let value):
            return MessageText("el separador de línea Unicode \(codePointName(value)) no está permitido",
                               help: "las herramientas YAML no se ponen de acuerdo en si termina una línea; "
                                   + "usa un salto de línea normal")
        case .byteOrderMarkInside:
            return MessageText("marca de orden de bytes (BOM) en mitad del archivo",
                               help: "quítala; esa marca solo puede ir al principio del archivo")
        case .noncharacter(let value):
            return MessageText("el no carácter \(codePointName(value)) no está permitido", help: escapeHelp)
        case .tabInIndentation:
            return MessageText("tabulador en la sangría", help: "sangra solo con espacios")
        case .tabOutsideQuotes:
            return MessageText("tabulador fuera de comillas",
                               help: "usa espacios; los tabuladores solo pueden ir entre comillas, en comentarios "
                                   + "y en bloques de texto ('|' o '>')")
        case .textAfterValue:
            return MessageText("texto inesperado después del valor",
                               help: "pon todo el valor entre comillas, o empieza un comentario con ' #'")
        case .unexpectedContent:
            return MessageText("contenido inesperado; revisa la sangría de esta línea")
        case .indentedMoreThanKeys:
            return MessageText("esta línea tiene más sangría que las claves que la rodean",
                               help: "alinéala con las claves de su nivel, o ponla bajo una clave que admita un valor anidado")
        case .indentedMoreThanItems:
            return MessageText("esta línea tiene más sangría que los elementos que la rodean",
                               help: "alinéala con el elemento al que pertenece")
        case .indentedMoreThanItsKey:
            return MessageText("esta línea tiene más sangría que la clave a la que sigue",
                               help: "alinéala con la clave a la que pertenece")
        case .blankLineMoreIndented:
            return MessageText("una línea en blanco al principio de este bloque de texto tiene más espacios "
                                   + "que su primera línea de texto",
                               help: "quita los espacios de las líneas en blanco de arriba")
        case .tooDeep(let maximum):
            return MessageText("anidamiento de más de \(maximum) niveles",
                               help: "un lienzo nunca necesita tanta profundidad; simplifica la estructura")
        case .directive:
            return MessageText("no se admiten directivas como '%YAML'", help: "quita la línea")
        case .contentOnMarkerLine(let marker):
            return MessageText("no se admite contenido en la línea '\(marker)'",
                               help: marker == "---" ? "empieza el lienzo en la línea siguiente" : "quítalo, o ponlo en un comentario")
        case .secondDocument(let afterEndMarker):
            return MessageText("no se admite un segundo documento",
                               help: afterEndMarker ? "deja un solo lienzo por archivo; la línea '...' de arriba termina el documento"
                                   : "deja un solo lienzo por archivo")
        case .duplicateKey(let key):
            return MessageText("clave repetida \(quoted(key))", help: "quita una de las dos, o junta sus valores")
        case .complexKey:
            return MessageText("no se admiten claves complejas ('? ')", help: "escribe la clave como 'clave: valor'")
        case .quotedKey:
            return MessageText("no se admiten claves entre comillas", help: "escribe la clave sin comillas")
        case .keyStartsWith(let character):
            return MessageText("una clave no puede empezar por '\(character)'",
                               help: "las claves son palabras en minúsculas unidas por '-'")
        case .multilineKey:
            return MessageText("una clave no puede continuar en la línea siguiente",
                               help: "escribe toda la clave y su ':' en una sola línea")
        case .keyTooLong(let maximum):
            return MessageText("una clave de más de \(maximum) bytes",
                               help: "las claves son palabras cortas en minúsculas unidas por '-'")
        case .expectedKeyValue:
            return MessageText("aquí debería haber 'clave: valor'",
                               help: "añade ': ' después de la clave, o sangra esta línea bajo la clave que continúa")
        case .colonWithoutKey:
            return MessageText("un ':' sin clave delante",
                               help: "escribe la clave antes del ':', o pon el valor entre comillas si el ':' forma parte de él")
        case .sequenceItemWhereKeyExpected:
            return MessageText("un elemento de lista donde debería haber una clave",
                               help: "sangra el elemento bajo la clave a la que pertenece")
        case .anchor:
            return MessageText("no se admiten anclas ('&nombre')", help: "escribe el valor completo donde haga falta")
        case .alias:
            return MessageText("no se admiten alias ('*nombre')",
                               help: "escribe el valor completo; para señalar un elemento, usa su identificador")
        case .tag:
            return MessageText("no se admiten etiquetas ('!etiqueta')",
                               help: "quita la etiqueta: el tipo de cada valor lo decide el formato del lienzo")
        case .flowMapping:
            return MessageText("no se admiten bloques entre llaves ('{...}')",
                               help: "escribe cada campo en su línea, como 'clave: valor' con sangría")
        case .sequenceOnKeyLine:
            return MessageText("una lista no puede empezar en la misma línea que su clave",
                               help: "pon cada '- elemento' en su propia línea, bajo la clave")
        case .valueStartsWithColon:
            return MessageText("un valor no puede empezar por ': '", help: "pon el valor entre comillas")
        case .plainValueStartsWith(let character):
            return MessageText("un valor sin comillas no puede empezar por '\(character)'", help: "pon el valor entre comillas")
        case .colonInPlainValue:
            return MessageText("':' seguido de un espacio dentro de un valor sin comillas",
                               help: "pon todo el valor entre comillas")
        case .plainTextOverNextLine:
            return MessageText("el texto continúa en la línea siguiente",
                               help: "usa '>' para unir un texto largo en un solo párrafo, o '|' para conservar sus saltos de línea")
        case .unclosedQuote:
            return MessageText("el texto entre comillas no se cierra en su línea",
                               help: "cierra las comillas en la misma línea, o usa '>' o '|' para textos largos")
        case .unknownEscape(let escape):
            return MessageText("secuencia de escape desconocida \(quoted(escape)) en un texto entre comillas dobles",
                               help: "escribe '\\\\' para una barra invertida, o usa comillas simples, "
                                   + "entre las que '\\' no tiene un significado especial")
        case .invalidEscape(let escape):
            return MessageText("secuencia de escape no válida \(quoted(escape)) en un texto entre comillas dobles",
                               help: "'\\x' lleva 2 cifras hexadecimales, '\\u' 4 y '\\U' 8, que indican un carácter Unicode")
        case .blockScalarHeader(let character):
            return MessageText("'\(character)' inesperado en la cabecera de un bloque de texto",
                               help: "la cabecera es '|' o '>', seguida o no de '-' o '+' (y de una cifra de sangría del 1 al 9)")
        case .unclosedFlowSequence:
            return MessageText("el '[' no se cierra en su línea",
                               help: "una lista entre corchetes debe caber en una línea; si no, escribe un '- elemento' por línea")
        case .emptyFlowElement:
            return MessageText("elemento vacío en una lista entre corchetes", help: "quita la ',' que sobra")
        case .nestedFlowSequence:
            return MessageText("no se admiten listas entre corchetes dentro de otras",
                               help: "las listas de un lienzo solo contienen valores simples")
        case .missingFlowComma:
            return MessageText("falta una ',' entre los elementos de una lista entre corchetes",
                               help: "separa los elementos con ', '")
        case .flowElementStartsWith(let character):
            return MessageText("un elemento de una lista entre corchetes no puede empezar por '\(character)'",
                               help: "pon el elemento entre comillas")
        case .characterInFlowElement(let character):
            return MessageText("'\(character)' dentro de un elemento de una lista entre corchetes",
                               help: "pon el elemento entre comillas")
        }
    }
}
