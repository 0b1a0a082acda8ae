extension Array where Element: Sendable {
    /// `transform` over the elements with at most `workers` running at once; results in element order.
    func concurrentMap<Result: Sendable>(
        workers: Int, _ transform: @escaping @Sendable (Element) -> Result
    ) async -> [Result] {
        guard workers > 1, count > 1 else { return map(transform) }
        return await withTaskGroup(of: (Int, Result).self) { group in
            var results = [Result?](repeating: nil, count: count)
            var next = 0
            for _ in 0..<Swift.min(workers, count) {
                let index = next, element = self[index]
                group.addTask { (index, transform(element)) }
                next += 1
            }
            while let (index, result) = await group.next() {
                results[index] = result
                if next < count {
                    let index = next, element = self[index]
                    group.addTask { (index, transform(element)) }
                    next += 1
                }
            }
            return results.compactMap { $0 }
        }
    }
}
