/// What each key of the schema means, in the document's language: the hover of a
/// key in an editor and the detail of its completion. English is the schema's own
/// `FieldSchema.summary`, which the JSON Schema export and the docs also use; the
/// Spanish and Portuguese tables, keyed by schema name and key ("Segment.fit"),
/// are beside the other texts of those languages. `EditorLanguageTests` checks
/// that every field of every schema has one in each.
public enum FieldSummaries {
    /// The summary of `field`, a field of `schema`, in `language`. A key a table
    /// does not know yet (a field added without its translations) falls back to
    /// the English summary rather than to nothing.
    public static func summary(of field: FieldSchema, in schema: ItemSchema, language: CanvasLanguage) -> String {
        translated(field.key, in: schema.name, language: language) ?? field.summary
    }

    /// The translated summary of `key` in the schema named `schemaName`, or `nil`
    /// for English and for a key the language's table lacks.
    static func translated(_ key: String, in schemaName: String, language: CanvasLanguage) -> String? {
        switch language {
        case .en: nil
        case .es: spanish[schemaName + "." + key]
        case .pt: portuguese[schemaName + "." + key]
        }
    }
}
