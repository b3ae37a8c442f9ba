extension Document {
    /// The language the canvas names in its top-level `language:`, if it is one of
    /// the three. Read from the document, so a file with errors elsewhere (even
    /// syntax errors) is still spoken about in its own language.
    public var writtenLanguage: CanvasLanguage? {
        root?.mapping?.first(key: "language")?.value.scalar.flatMap { CanvasLanguage(rawValue: $0.value) }
    }
}
