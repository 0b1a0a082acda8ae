import CorroborateCore
import Foundation

/// Reads every input (files, directories, globs, `-` for standard input) and yields raw documents
/// and problems as it goes, one file open at a time, so thousands of files stream in bounded memory.
///
/// Each file's format is detected from its content (`InputFormat`); gzip is undone on the fly.
/// An unreadable input yields a `Problem` naming it and why (empty, binary, truncated, not a known
/// format, too large) and the batch continues.
///
/// ```swift
/// for await result in DocumentReader(inputs: ["crawl.warc.gz", "pages/"]) { ... }
/// ```
public struct DocumentReader: AsyncSequence, Sequence, Sendable {
    /// Each item: a document or a problem.
    public typealias Element = ReadResult

    /// Paths, directories, globs or `-`, as given on the command line.
    public var inputs: [String]
    /// Size limits.
    public var configuration: ReaderConfiguration

    /// A reader of `inputs`, in order.
    public init(inputs: [String], configuration: ReaderConfiguration = ReaderConfiguration()) {
        self.inputs = inputs
        self.configuration = configuration
    }

    /// A synchronous iteration over the inputs.
    public func makeIterator() -> DocumentIterator {
        DocumentIterator(paths: InputPaths(inputs), configuration: configuration)
    }

    /// An async iteration over the inputs.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: makeIterator())
    }

    /// Async access to the same iteration (reading itself is synchronous file I/O).
    public struct AsyncIterator: AsyncIteratorProtocol {
        var base: DocumentIterator

        /// The next document or problem; nil when every input has been read.
        public mutating func next() async -> ReadResult? { base.next() }
    }
}

/// The iteration behind `DocumentReader`: one input open at a time.
public struct DocumentIterator: IteratorProtocol {
    private var paths: InputPaths
    private let configuration: ReaderConfiguration
    private var current: OpenInput?

    init(paths: InputPaths, configuration: ReaderConfiguration) {
        self.paths = paths
        self.configuration = configuration
    }

    /// The next document or problem; nil when every input has been read.
    public mutating func next() -> ReadResult? {
        while true {
            if let result = current?.next() { return result }
            current = nil
            guard let input = paths.next() else { return nil }
            current = open(input)
        }
    }

    private func open(_ input: InputPaths.Input) -> OpenInput {
        switch input {
        case .missing(let problem):
            return .queue([.problem(problem)])
        case .standardInput:
            let stream = FileByteStream(handle: FileHandle.standardInput, source: "-")
            return OpenInput.open(stream, source: "-", configuration: configuration)
        case .file(let path):
            do {
                let stream = InputPaths.specialFileKind(path) == InputPaths.fifoKind
                    ? try FileByteStream(namedPipe: path, writerWait: configuration.namedPipeWriterWait)
                    : try FileByteStream(path: path)
                return OpenInput.open(stream, source: path, configuration: configuration)
            } catch {
                return .queue([.problem(error.problem)])
            }
        }
    }
}
