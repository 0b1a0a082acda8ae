import CorroborateCore

extension PageLayout {
    /// Labels the paragraphs of clean text (a JSON record's or a feed item's `text`) with the stages of the page
    /// cascade that hold without a page around the text, leaving prose alone unless a stage names it:
    ///
    /// 1. every paragraph as in the article run: a boilerplate phrase, a caption, a short byline or a date line is
    ///    removed with its reason; other paragraphs are body (no title, standfirst or header stages: the text has
    ///    no page header, so a heading or a first short line stays). A prose paragraph is not taken for a caption
    ///    ("... he's really a nice old man on Shutterstock, who ..." names a credit marker in passing);
    /// 2. a trailing link list, when the text has a prose paragraph: the short non-sentence paragraphs after the
    ///    last prose one, as `related` (`markTrailingList`); a short last sentence ("We can only hope.") stays, and
    ///    so do short lines between prose paragraphs (a list of bullet points in the article reads like a link
    ///    list);
    /// 3. after the first phrase that ends an article (a related list, newsletter box, copyright line, comment
    ///    section), paragraphs are labelled by `TailLabeller`, except that a prose paragraph it removed only for
    ///    the block it is in stays body: clean text can carry a "Sign up now" or "Related:" line in the middle of
    ///    the article, and the article goes on after it.
    ///
    /// Embedded social-media posts (`EmbeddedPost`) are removed as `social` at stage 1.
    /// Without a prose paragraph only stage 1 applies. A clean news text with none of these comes through as
    /// body, paragraph for paragraph.
    func cleanTextLayout(_ lines: [PageLine]) -> Result {
        let matches = lines.map { vocabulary.match($0.text) }
        // A labelled tabloid caption runs to prose length, the other caption shapes never do.
        let isCaption = lines.map {
            matches[$0.index] == nil && (LabelledCaption.matches($0.text) || !$0.isProse && captions.isCaption($0.text))
        }
        let context = Context(lines: lines, matches: matches, isCaption: isCaption, titleKey: nil, title: nil, start: 0)
        var decisions = lines.map { runDecision($0, context) }
        EmbeddedPost.mark(&decisions, lines)
        MarkupLine.mark(&decisions, lines)
        guard let firstProse = lines.first(where: { decisions[$0.index].label == .body && $0.isProse })?.index else {
            return Result(decisions: decisions, comments: [], title: nil, standfirst: nil, bodyStart: nil)
        }
        let end = articleEnd(from: firstProse, matches: matches)
        markTrailingList(&decisions, lines, in: 0..<end, listItemsOnly: true)
        var tail = TailLabeller()
        for line in lines[end...] { tail.label(line, match: matches[line.index], isCaption: isCaption[line.index]) }
        let tailDecisions = tail.finish()
        for (line, decision) in zip(lines[end...], tailDecisions) {
            let byBlock = decision.stage == .tail || decision.stage == .comment
            decisions[line.index] = byBlock && line.isProse ? LineDecision(.body, by: .articleRun) : decision
        }
        let comments = lines[end...].filter { decisions[$0.index].stage == .comment }.map(\.text)
        return Result(decisions: decisions, comments: comments, title: nil, standfirst: nil, bodyStart: firstProse)
    }
}
