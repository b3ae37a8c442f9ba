import BMCKit

/// `bmc schema`: the JSON Schema of canvas files, for editors.
enum SchemaCommand: CommandImplementation {
    static let spec = CommandSpec(
        name: "schema",
        summary: "Print a JSON Schema (draft 2020-12) of canvas files, for editor completion.",
        argumentsUsage: "",
        minimumArguments: 0,
        maximumArguments: 0,
        options: [.value("--output", short: "-o", placeholder: "FILE", help: "Write to FILE instead of standard output.")],
        discussion: """
        With the YAML language server (VS Code's YAML extension and others), put this \
        first line in a canvas file to get completion, hover help and checking:
          # yaml-language-server: $schema=./canvas.schema.json
        after writing the schema once with 'bmc schema -o canvas.schema.json'.
        """)

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        CanvasLoading.emit(JSONSchemaExporter.export(), to: arguments.value("--output"), console: console)
    }
}
