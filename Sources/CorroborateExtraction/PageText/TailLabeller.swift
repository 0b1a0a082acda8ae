import CorroborateCore

/// Labels the lines after the article, one at a time: a line with a boilerplate phrase takes its reason; a
/// line without one takes the reason of the block it is in (the last block-opening phrase seen) or, when no
/// block has opened yet, of the next phrase found ("other" at the end). Reader comments are collected by
/// `CommentCollector` from a comment marker on.
struct TailLabeller {
    private(set) var comments = CommentCollector()
    private var decisions: [LineDecision] = []
    private var blockReason: RemovalReason?
    private var pending: [Int] = []

    mutating func label(_ line: PageLine, match: BoilerplateVocabulary.Match?, isCaption: Bool) {
        if let match {
            labelPhrase(match)
        } else if isCaption {
            decisions.append(LineDecision(.removed(.caption), by: .caption))
        } else if comments.isOpen {
            comments.add(line.text)
            decisions.append(LineDecision(.removed(.comments), by: .comment))
        } else if let blockReason {
            decisions.append(LineDecision(.removed(blockReason), by: .tail))
        } else {
            pending.append(decisions.count)
            decisions.append(LineDecision(.removed(.other), by: .tail))
        }
    }

    private mutating func labelPhrase(_ match: BoilerplateVocabulary.Match) {
        if blockReason == .related, match.reason == .navigation, match.role == .plain {
            // A section label inside a list of related links ("Lifestyle") is one of its items.
            decisions.append(LineDecision(.removed(.related), by: .tail))
            return
        }
        switch match.role {
        case .comments: comments.open()
        case .vote: comments.endComment()
        case .commentsEnd: comments.close()
        case .plain, .end: comments.close()
        }
        decisions.append(LineDecision(.removed(match.reason), by: .vocabulary))
        guard PageLayout.blockReasons.contains(match.reason) else { return }
        blockReason = match.reason
        for index in pending { decisions[index] = LineDecision(.removed(match.reason), by: .tail) }
        pending = []
    }

    /// The decisions, in line order; closes an open comment section.
    mutating func finish() -> [LineDecision] {
        comments.close()
        return decisions
    }
}
