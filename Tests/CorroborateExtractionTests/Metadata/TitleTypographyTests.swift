import Testing
@testable import CorroborateExtraction

@Suite struct TitleTypographyTests {
    @Test(arguments: [
        // Two meta titles write the heading's words with a straight apostrophe: theirs is taken.
        ("America’s Best Restaurants", ["America's Best Restaurants", "America's Best Restaurants"], "America's Best Restaurants"),
        // An em dash against a double hyphen.
        ("Problems—Simple Cells Can Do It", ["Problems--Simple Cells Can Do It", "Problems--Simple Cells Can Do It"], "Problems--Simple Cells Can Do It"),
        // Curly quotes against straight double quotes, and an ellipsis against three dots.
        ("“New Ways” to fail…", ["\"New Ways\" to fail...", "\"New Ways\" to fail..."], "\"New Ways\" to fail..."),
        // A tie keeps the heading's own form.
        ("Budget Traveler’s Guide", ["Budget Traveler's Guide", "Budget Traveler’s Guide"], "Budget Traveler’s Guide"),
        // One meta title against the heading is a tie too.
        ("Here’s how", ["Here's how"], "Here’s how"),
        // Other punctuation or other words do not vote: a colon against a dash, a trailing period, asterisks.
        ("Mobile UX Design - The Ultimate Guide", ["Mobile UX Design: The Ultimate Guide", "Mobile UX Design: The Ultimate Guide"], "Mobile UX Design - The Ultimate Guide"),
        ("Things to Know", ["Things to Know.", "Things to Know."], "Things to Know"),
        ("A Treatise (1792)", ["*A Treatise* (1792)", "*A Treatise* (1792)"], "A Treatise (1792)"),
        // Case alone is no typography to change.
        ("Why Cheap SEO Works", ["why cheap seo works", "WHY CHEAP SEO WORKS"], "Why Cheap SEO Works"),
        ("", ["Anything"], ""),
    ])
    func takesTheFormMostSourcesUse(title: String, sources: [String], expected: String) {
        #expect(TitleTypography.majorityForm(of: title, among: sources) == expected)
    }

    @Test(arguments: [
        ("Here’s how — now", "here's how - now"),
        ("Here's how -- now", "here's how - now"),
        ("A  guide to…", "a guide to..."),
        ("„Quoted“ ‚word‘", "\"quoted\" 'word'"),
    ])
    func foldsQuotesDashesAndEllipses(text: String, expected: String) {
        #expect(TitleTypography.typographyKey(text) == expected)
    }
}
