/// Lower-case nouns that head a speaker phrase without a name ("officials said", "a source told"),
/// from `Resources/attribution-source-nouns.txt`.
public enum SourceNouns {
    /// The nouns shipped in the module's resources.
    public static func bundled() throws -> Set<String> {
        Set(try ResourceText.lines("attribution-source-nouns", "txt"))
    }
}
