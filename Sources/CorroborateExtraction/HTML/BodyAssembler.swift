import CorroborateCore

/// Sorts the blocks of a page into body paragraphs, removed pieces, captions and comments.
///
/// Stages, in order, for a block inside a selected container: flagged ancestor -> removed with its
/// reason; caption element -> `captions`; link density above `maximumLinkDensity` -> removed (related
/// when long, navigation when short); a short line that opens with a boilerplate phrase -> removed;
/// the page title repeated as a heading -> removed (metadata); a paragraph seen before -> removed
/// (duplicate); sentences of `minimumRepeatedSentence` characters or more seen before are cut from
/// later paragraphs; a short terminator line ("Comments", "Related stories", `body-terminators.tsv`)
/// after two thirds of the body text ends the article, and what follows is removed with its reason (so
/// does a copyright notice there, `CopyrightNotice`; a
/// comment-section line removed by its wording does so after `commentTerminatorProse` prose paragraphs,
/// however long the comments); so do
/// repeated reader-comment signatures ("Posted by Ann on 9 Jan 08", `commentStart`); the summaries of a
/// list of other stories that closes the body (title link, summary, repeated: `TeaserList`) are related. Blocks outside the containers are removed with their flag's reason, navigation
/// when link-dense, other otherwise; reader comments become one string per comment.
struct BodyAssembler {
    /// The named thresholds of the body stages.
    struct Thresholds: Sendable {
        var maximumLinkDensity = 0.5
        var relatedLinkLength = 30
        var maximumPhraseLine = 80
        var minimumRepeatedSentence = 30
        /// A terminator line is at most this long (bytes) ...
        var maximumTerminator = 40
        /// ... and comes after this share of the body text.
        var terminatorShare = 0.65
        /// Reader comments begin where this many comment signatures follow ("Posted by Ann on 9 Jan 08") ...
        var minimumSignatures = 2
        /// ... after this many prose paragraphs of the body; the cut moves back to a terminator line this
        /// many blocks before the first signature.
        var signatureProse = 2
        var signatureLookBack = 6
        /// A comment-section line already removed by its wording ("Comments are now closed", "Leave a reply")
        /// ends the article after this many prose paragraphs, however long the comments below it are.
        var commentTerminatorProse = 3
    }

    /// What the assembler produces.
    struct Output: Sendable {
        var body: [Paragraph] = []
        var removed: [Removed] = []
        var captions: [String] = []
        var comments: [String] = []
    }

    let document: HTMLDocument
    let selection: ContentSelection
    let vocabulary: HTMLVocabulary
    let splitter: any SentenceSplitting
    /// The chosen title, normalised (lower-cased, collapsed), to drop its repetition from the body.
    let normalizedTitle: String?
    var thresholds = Thresholds()

    func assemble(_ blocks: [ContentBlock]) -> Output {
        var output = Output()
        var seenParagraphs = Set<String>()
        var seenSentences = Set<String>()
        var commentTexts: [(key: Int, text: String)] = []
        var placements = blocks.map(placement(of:))
        for index in LinkedListItems().restored(in: zip(blocks, placements).map(listMark)) {
            placements[index] = textPlacement(of: blocks[index])
        }
        endArticle(at: commentStart(blocks, placements), in: &placements)
        endArticle(at: terminator(blocks, placements), in: &placements)
        for index in TeaserList().summaries(in: zip(blocks, placements).map(teaserMark)) {
            placements[index] = .removed(.related)
        }
        for (block, placement) in zip(blocks, placements) {
            switch placement {
            case .body:
                appendBody(block, to: &output, paragraphs: &seenParagraphs, sentences: &seenSentences)
            case .caption:
                output.captions.append(block.text)
            case .comment(let key):
                if let last = commentTexts.last, last.key == key {
                    commentTexts[commentTexts.count - 1].text += "\n" + block.text
                } else {
                    commentTexts.append((key, block.text))
                }
            case .removed(let reason):
                output.removed.append(Removed(text: block.text, reason: reason))
            }
        }
        output.comments = commentTexts.map(\.text)
        return output
    }

    /// The first body block that is a short terminator line ("Comments", "Related stories") after
    /// `terminatorShare` of the body text, with its reason.
    private func terminator(_ blocks: [ContentBlock], _ placements: [Placement]) -> (index: Int, reason: RemovalReason)? {
        let total = zip(blocks, placements).reduce(0) { sum, pair in
            if case .body = pair.1 { return sum + pair.0.characters }
            return sum
        }
        var seen = 0, prose = 0
        for index in blocks.indices {
            let block = blocks[index]
            if case .removed(.comments) = placements[index], prose >= thresholds.commentTerminatorProse,
               block.characters <= thresholds.maximumTerminator {
                return (index, .comments)
            }
            let late = Double(seen) >= thresholds.terminatorShare * Double(total)
            if prose >= thresholds.commentTerminatorProse, isClosingNotice(block, placements[index]) { return (index, .legal) }
            guard case .body = placements[index] else { continue }
            if block.characters <= thresholds.maximumTerminator, late, let reason = vocabulary.terminatorReason(block.text) {
                return (index, reason)
            }
            seen += block.characters
            if block.characters >= 80 { prose += 1 }
        }
        return nil
    }

    private func teaserMark(_ block: ContentBlock, _ placement: Placement) -> TeaserList.Mark {
        switch placement {
        case .body:
            let prose = block.characters >= 80
            return block.linkCharacters == 0 ? .text(prose: prose) : .body(prose: prose)
        case .removed(.related), .removed(.navigation):
            guard block.linkDensity > thresholds.maximumLinkDensity else { return .skip }
            return .link(title: TeaserList.isTitle(block.text))
        case .removed(.duplicate):
            return .body(prose: false)
        default:
            return .skip
        }
    }

    private func listMark(_ block: ContentBlock, _ placement: Placement) -> LinkedListItems.Mark {
        let item = block.kind == .listItem
        switch placement {
        case .body:
            let textList = item && LinkedListItems.isPlainItem(block.text, linkCharacters: block.linkCharacters)
                ? document.nodes[block.element].parent : nil
            return .body(prose: block.characters >= 80, textList: textList)
        case .removed(.related), .removed(.navigation):
            guard item, block.linkDensity > thresholds.maximumLinkDensity, isInsideRoot(block) else { return .other }
            return .linkedItem(list: document.nodes[block.element].parent)
        default:
            return .other
        }
    }

    /// Whether the block lies in a container and under no flagged element (so link density removed it).
    private func isInsideRoot(_ block: ContentBlock) -> Bool {
        guard let root = selection.roots.first(where: { document.isAncestor($0, of: block.element) }) else { return false }
        let flagged = selection.flaggedAncestor[block.element]
        return flagged < 0 || document.nodes[flagged].depth <= document.nodes[root].depth
    }

    /// A copyright notice in the body, or one already removed by its wording (`CopyrightNotice`).
    private func isClosingNotice(_ block: ContentBlock, _ placement: Placement) -> Bool {
        switch placement {
        case .body, .removed(.legal): return CopyrightNotice.isNotice(block.text)
        default: return false
        }
    }

    /// Where reader comments begin inside the body: the first of `minimumSignatures` signature lines
    /// ("Posted by: Ann, Glasgow on 9:35am Wed 9 Jan 08") after `signatureProse` prose paragraphs, or a
    /// terminator line ("Related Links", "Comments") up to `signatureLookBack` blocks before it.
    private func commentStart(_ blocks: [ContentBlock], _ placements: [Placement]) -> (index: Int, reason: RemovalReason)? {
        var prose = 0
        var signatures: [Int] = []
        for index in blocks.indices {
            guard case .body = placements[index] else { continue }
            if blocks[index].characters >= 80 { prose += 1 }
            if prose >= thresholds.signatureProse, Self.isCommentSignature(blocks[index].text) { signatures.append(index) }
        }
        guard signatures.count >= thresholds.minimumSignatures, let first = signatures.first else { return nil }
        for index in stride(from: first - 1, through: max(0, first - thresholds.signatureLookBack), by: -1) {
            guard case .body = placements[index], blocks[index].characters <= thresholds.maximumTerminator else { continue }
            if let reason = vocabulary.terminatorReason(blocks[index].text) { return (index, reason) }
        }
        return (first, .comments)
    }

    /// A short line that signs a reader comment: "Posted by NAME on DATE", "Posted by: NAME at 9:35am".
    static func isCommentSignature(_ text: String) -> Bool {
        guard text.utf8.count <= 120, let first = text.utf8.first,
              [UInt8(ascii: "p"), UInt8(ascii: "c"), UInt8(ascii: "s")].contains(Ascii.lower(first))
        else { return false }
        let lowered = text.lowercased()
        guard ["posted by", "comment by", "submitted by"].contains(where: { lowered.hasPrefix($0) }) else { return false }
        return lowered.contains { $0.isNumber } && (lowered.contains(" on ") || lowered.contains(" at "))
    }

    private func endArticle(at terminator: (index: Int, reason: RemovalReason)?, in placements: inout [Placement]) {
        guard let terminator else { return }
        for index in terminator.index..<placements.count {
            if case .body = placements[index] { placements[index] = .removed(terminator.reason) }
        }
    }

    private enum Placement {
        case body, caption, comment(Int), removed(RemovalReason)
    }

    private func placement(of block: ContentBlock) -> Placement {
        let root = selection.roots.first { document.isAncestor($0, of: block.element) }
        let flagged = selection.flaggedAncestor[block.element]
        if flagged >= 0, root == nil || document.nodes[flagged].depth > document.nodes[root ?? 0].depth {
            let reason = selection.flags[flagged] ?? .other
            if reason == .comments { return .comment(commentKey(block.element)) }
            if reason == .caption { return .caption }
            return .removed(reason)
        }
        if block.kind == .caption { return .caption }
        guard root != nil else { return .removed(block.linkDensity > thresholds.maximumLinkDensity ? .navigation : .other) }
        if block.linkDensity > thresholds.maximumLinkDensity {
            return .removed(block.characters > thresholds.relatedLinkLength ? .related : .navigation)
        }
        return textPlacement(of: block)
    }

    /// Where a block in a container goes by its words: a boilerplate phrase, the title repeated, or the body.
    private func textPlacement(of block: ContentBlock) -> Placement {
        if block.characters < thresholds.maximumPhraseLine, let reason = vocabulary.phraseReason(block.text) {
            return .removed(reason)
        }
        if block.isHeading, let normalizedTitle, Self.normalized(block.text) == normalizedTitle {
            return .removed(.metadata)
        }
        return .body
    }

    private func appendBody(
        _ block: ContentBlock, to output: inout Output, paragraphs: inout Set<String>, sentences: inout Set<String>
    ) {
        let key = Self.normalized(block.text)
        guard paragraphs.insert(key).inserted else {
            output.removed.append(Removed(text: block.text, reason: .duplicate))
            return
        }
        var kept: [String] = []
        var dropped = false
        for sentence in splitter.sentences(in: block.text) {
            if sentence.utf8.count >= thresholds.minimumRepeatedSentence,
               !sentences.insert(Self.normalized(sentence)).inserted {
                output.removed.append(Removed(text: sentence, reason: .duplicate))
                dropped = true
                continue
            }
            kept.append(sentence)
        }
        guard !kept.isEmpty else { return }
        output.body.append(Paragraph(text: dropped ? kept.joined(separator: " ") : block.text, sentences: kept))
    }

    /// Groups a comment's blocks: its innermost `li`/`article`, else its innermost element whose class
    /// a sibling shares, else its block element.
    private func commentKey(_ element: Int) -> Int {
        var node = element
        while node > 0 {
            let current = document.nodes[node]
            if current.name == "li" || current.name == "article" { return node }
            if let classes = current.attribute("class"), !classes.isEmpty, hasSibling(of: node, withClass: classes) {
                return node
            }
            node = current.parent
        }
        return element
    }

    private func hasSibling(of node: Int, withClass classes: String) -> Bool {
        let parent = document.nodes[node].parent
        guard parent >= 0 else { return false }
        var sibling = document.nodes[parent].firstChild
        while sibling >= 0 {
            if sibling != node, document.nodes[sibling].attribute("class") == classes { return true }
            sibling = document.nodes[sibling].nextSibling
        }
        return false
    }

    /// ASCII-lower-cased, ASCII white space collapsed and trimmed: the key for duplicate and title
    /// comparisons (a byte scan; other characters are kept as they are).
    static func normalized(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if Ascii.isSpace(byte) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(32)
                pendingSpace = false
            }
            bytes.append(Ascii.lower(byte))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
