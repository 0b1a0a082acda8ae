/// Puts the segments of a streamed server-rendered page (React's `renderToPipeableStream`, Next.js) where
/// the page's script would put them.
///
/// Such a page sends a placeholder where content was not ready (`<template id="B:10"></template>` for a
/// suspense boundary, `<template id="P:10">` for a part of one) and the content later, at the end of the
/// document, in a hidden element (`<div hidden id="S:10">...</div>`); a script moves each segment into its
/// placeholder. The script says which boundary takes which segment; pages whose scripts were removed
/// (archived copies) no longer tell, and the segment of the same number is taken, as React numbers them. Without scripts the article body sits in hidden
/// divs after the footer, outside the container that holds the placeholders. `spliced` copies the tree
/// with every segment's children in place of its placeholder (and not at the end); a page without a
/// matching pair is returned as it is, after one pass over its element names (`HTMLTreeBuilder` calls this
/// only for a page holding a `<template>`).
enum StreamedSegments {
    static func spliced(_ document: HTMLDocument) -> HTMLDocument {
        var segments: [Substring: Int] = [:]
        var placeholders: [Int: Substring] = [:]
        for index in document.nodes.indices {
            let name = document.nodes[index].name
            if name == "div", document.nodes[index].attribute("hidden") != nil,
               let id = document.nodes[index].attribute("id"), id.hasPrefix("S:") {
                segments[id.dropFirst(2)] = index
            } else if name == "template", let id = document.nodes[index].attribute("id"), id.hasPrefix("B:") || id.hasPrefix("P:") {
                placeholders[index] = id.dropFirst(2)
            }
        }
        let used = placeholders.filter { segments[$0.value] != nil }
        guard !used.isEmpty else { return document }
        let moved = Set(used.values.compactMap { segments[$0] })
        var result = HTMLDocument()
        var pending = Set(moved)
        // (node in `document`, its new parent in `result`), the next node to copy last.
        var stack: [(node: Int, parent: Int)] = document.children(of: 0).reversed().map { ($0, 0) }
        while let (node, parent) = stack.popLast() {
            if moved.contains(node) { continue }
            if let id = used[node], let segment = segments[id], pending.remove(segment) != nil {
                stack.append(contentsOf: document.children(of: segment).reversed().map { ($0, parent) })
                continue
            }
            let old = document.nodes[node]
            let index = result.append(name: old.name, attributes: old.attributes, text: old.text, under: parent, traits: old.traits)
            stack.append(contentsOf: document.children(of: node).reversed().map { ($0, index) })
        }
        return result
    }
}
