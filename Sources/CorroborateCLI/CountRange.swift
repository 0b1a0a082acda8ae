import ArgumentParser

/// A range of counts given on the command line as `A-B` (or `A` for `A-A`), e.g. `--groups 1-4`.
struct CountRange: ExpressibleByArgument, Sendable {
    var range: ClosedRange<Int>

    init(_ range: ClosedRange<Int>) {
        self.range = range
    }

    init?(argument: String) {
        let parts = argument.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard let low = parts.first ?? nil, let high = parts.count == 2 ? parts[1] : (parts.count == 1 ? low : nil),
              low >= 1, low <= high
        else { return nil }
        range = low...high
    }

    var defaultValueDescription: String { "\(range.lowerBound)-\(range.upperBound)" }
}
