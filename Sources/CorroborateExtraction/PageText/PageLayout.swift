import CorroborateCore

/// Labels every line of copied-out page text as title, standfirst, body or removed (with a reason), as a cascade
/// of named stages (`LineStage`):
///
/// 1. vocabulary and captions: boilerplate phrases and photo credits, line by line;
/// 2. title: the first headline-like line before any prose; standfirst: a sentence-like line right after it;
/// 3. the article run: from the first prose line after them to the first line whose phrase ends an article
///    (a related list, newsletter box, copyright line, comment section) - inside it, unmatched lines are body;
///    non-prose lines after its last prose line are a link list (related);
/// 4. header lines before the run: bylines, the dateline right before the body, date lines, navigation;
/// 5. tail lines after the run: each takes the reason of its own phrase, else of the block it is in (the last
///    block-opening phrase, or the next one when none came before); reader comments are collected between
///    comment markers and vote lines.
struct PageLayout: Sendable {
    var vocabulary: BoilerplateVocabulary
    var captions: CaptionDetector
    var dates: VisibleDateParser
    var directory: OutletDirectory

    /// The labelled page.
    struct Result: Sendable {
        var decisions: [LineDecision]
        var comments: [String]
        var title: Int?
        var standfirst: Int?
        /// The first body line, when there is one.
        var bodyStart: Int?
    }

    /// Reasons whose lines open a block that unmatched lines after them belong to.
    static let blockReasons: Set<RemovalReason> = [
        .advertisement, .navigation, .related, .subscription, .donation, .newsletter, .comments, .social,
    ]

    func layout(_ lines: [PageLine]) -> Result {
        let matches = lines.map { vocabulary.match($0.text) }
        let isCaption = lines.map { matches[$0.index] == nil && captions.isCaption($0.text) }
        let free = lines.map { matches[$0.index] == nil && !isCaption[$0.index] }
        let title = titleIndex(lines, free: free)
        let titleKey = title.map { BoilerplateVocabulary.key(of: lines[$0].text) }
        let standfirst = title.flatMap { standfirstIndex(after: $0, lines, free: free) }
        let start = bodyStart(after: standfirst ?? title ?? -1, lines, free: free, titleKey: titleKey)
        let end = start.map { articleEnd(from: $0, matches: matches) } ?? lines.count

        var decisions: [LineDecision] = []
        let context = Context(lines: lines, matches: matches, isCaption: isCaption, titleKey: titleKey,
                              title: title, start: start)
        for line in lines[..<min(start ?? lines.count, lines.count)] {
            decisions.append(line.index == title ? LineDecision(.title, by: .title)
                : line.index == standfirst ? LineDecision(.standfirst, by: .standfirst)
                : headerDecision(line, context))
        }
        if let start {
            for line in lines[start..<end] { decisions.append(runDecision(line, context)) }
            markLinkLists(&decisions, lines, in: start..<end)
        }
        var tail = TailLabeller()
        for line in lines[end...] where start != nil { tail.label(line, match: matches[line.index],
                                                                 isCaption: isCaption[line.index]) }
        decisions += tail.finish()
        EmbeddedPost.mark(&decisions, lines)
        MarkupLine.mark(&decisions, lines)
        return Result(decisions: decisions, comments: tail.comments.comments, title: title, standfirst: standfirst,
                      bodyStart: start)
    }

    struct Context {
        var lines: [PageLine]
        var matches: [BoilerplateVocabulary.Match?]
        var isCaption: [Bool]
        var titleKey: String?
        var title: Int?
        var start: Int?

        func repeatsTitle(_ line: PageLine) -> Bool { titleKey == BoilerplateVocabulary.key(of: line.text) }
    }

    // MARK: title, standfirst, run

    private func titleIndex(_ lines: [PageLine], free: [Bool]) -> Int? {
        for line in lines where free[line.index] {
            if line.isTitleLike, !line.endsSentence, !line.isBreadcrumb, dates.date(in: line.text) == nil,
               Byline.parse(line.text, directory: directory) == nil
            {
                return line.index
            }
            if line.isProse { return nil }
        }
        return nil
    }

    private func standfirstIndex(after title: Int, _ lines: [PageLine], free: [Bool]) -> Int? {
        let next = title + 1
        guard next < lines.count, free[next] else { return nil }
        let line = lines[next]
        guard line.wordCount >= 6, line.text.count <= 320, line.endsSentence || line.wordCount >= 8,
              line.upperCaseShare < 0.6, dates.date(in: line.text) == nil, Dateline.prefix(of: line.text) == nil,
              BoilerplateVocabulary.key(of: line.text) != BoilerplateVocabulary.key(of: lines[title].text)
        else { return nil }
        let proseFollows = lines[(next + 1)...].contains { free[$0.index] && $0.isProse }
        return proseFollows ? next : nil
    }

    private func bodyStart(after index: Int, _ lines: [PageLine], free: [Bool], titleKey: String?) -> Int? {
        lines[(index + 1)...].first { line in
            free[line.index] && line.isProse && BoilerplateVocabulary.key(of: line.text) != titleKey
                && !dates.isDateLine(line.text)
        }?.index
    }

    func articleEnd(from start: Int, matches: [BoilerplateVocabulary.Match?]) -> Int {
        matches[start...].firstIndex { match in
            guard let role = match?.role else { return false }
            return role == .end || role == .comments || role == .commentsEnd
        } ?? matches.count
    }

    // MARK: per-region decisions

    private func headerDecision(_ line: PageLine, _ context: Context) -> LineDecision {
        if let match = context.matches[line.index] { return LineDecision(.removed(match.reason), by: .vocabulary) }
        if context.isCaption[line.index] { return LineDecision(.removed(.caption), by: .caption) }
        if context.repeatsTitle(line) { return LineDecision(.removed(.duplicate), by: .repeatedTitle) }
        if Byline.parse(line.text, directory: directory) != nil { return LineDecision(.removed(.metadata), by: .byline) }
        if let start = context.start, line.index == start - 1, Dateline.line(line.text) != nil {
            return LineDecision(.removed(.metadata), by: .dateline)
        }
        if dates.date(in: line.text) != nil { return LineDecision(.removed(.metadata), by: .date) }
        if line.isBreadcrumb { return LineDecision(.removed(.navigation), by: .header) }
        let beforeTitle = context.title.map { line.index < $0 } ?? true
        let reason: RemovalReason = beforeTitle && line.wordCount <= 4 ? .navigation : .other
        return LineDecision(.removed(reason), by: .header)
    }

    func runDecision(_ line: PageLine, _ context: Context) -> LineDecision {
        if let match = context.matches[line.index] { return LineDecision(.removed(match.reason), by: .vocabulary) }
        if context.isCaption[line.index] { return LineDecision(.removed(.caption), by: .caption) }
        if context.repeatsTitle(line) { return LineDecision(.removed(.duplicate), by: .repeatedTitle) }
        if line.wordCount <= 8, Byline.parse(line.text, directory: directory) != nil {
            return LineDecision(.removed(.metadata), by: .byline)
        }
        if dates.isDateLine(line.text) { return LineDecision(.removed(.metadata), by: .date) }
        return LineDecision(.body, by: .articleRun)
    }

    /// Lines of link lists are not article text: non-prose body lines after the run's last prose line, and runs
    /// of at least `minimumListRun` consecutive short non-sentence body lines anywhere in the run.
    private func markLinkLists(_ decisions: inout [LineDecision], _ lines: [PageLine], in run: Range<Int>) {
        markTrailingList(&decisions, lines, in: run, listItemsOnly: false)
        var index = run.lowerBound
        while index < run.upperBound {
            var end = index
            while end < run.upperBound, decisions[end].label == .body, !lines[end].isProse, lines[end].isListItemLike {
                end += 1
            }
            if end - index >= Self.minimumListRun {
                for item in index..<end { decisions[item] = LineDecision(.removed(.related), by: .linkList) }
            }
            index = max(end, index + 1)
        }
    }

    /// Removes the non-prose body lines after the run's last prose line: a list-item-like line (short, not a
    /// sentence) as `related`, another as `other`, or, with `listItemsOnly`, only the list-item-like ones.
    func markTrailingList(_ decisions: inout [LineDecision], _ lines: [PageLine], in run: Range<Int>, listItemsOnly: Bool) {
        let lastProse = run.last { decisions[$0].label == .body && lines[$0].isProse } ?? run.lowerBound
        for index in (lastProse + 1)..<max(lastProse + 1, run.upperBound) where decisions[index].label == .body {
            guard lines[index].isListItemLike || !listItemsOnly else { continue }
            let reason: RemovalReason = lines[index].isListItemLike ? .related : .other
            decisions[index] = LineDecision(.removed(reason), by: .trailingList)
        }
    }

    /// Consecutive short non-sentence lines that make a link list inside the article run.
    static let minimumListRun = 3
}
