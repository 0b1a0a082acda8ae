import CorroborateCore
import CorroborateExtraction
import CorroborateText
import Foundation

/// The `--raw` inputs of `corroborate annotate`: every file named (directories walked, globs
/// expanded, `-` for standard input) read as UTF-8 article text, kept byte for byte.
struct RawArticles {
    var inputs: [String]
    var published: PublicationDate?

    func all() -> [AnnotationInput] {
        var result: [AnnotationInput] = []
        for input in InputPaths(inputs) {
            switch input {
            case .file(let path): result.append(read(FileManager.default.contents(atPath: path), source: path))
            case .standardInput: result.append(read(FileHandle.standardInput.readDataToEndOfFile(), source: "-"))
            case .missing(let problem): result.append(.problem(problem))
            }
        }
        return result
    }

    func read(_ data: Data?, source: String) -> AnnotationInput {
        guard let data else { return .problem(Problem(source: source, message: "cannot read the file")) }
        // Validating decode keeps every byte, a byte-order mark included, so offsets index the file exactly.
        guard let text = String(validating: data, as: UTF8.self) else {
            return .problem(Problem(source: source, message: "not UTF-8 text"))
        }
        return .article(AnnotationPipeline.rawArticle(text: text, source: source, published: published), text: text)
    }
}
