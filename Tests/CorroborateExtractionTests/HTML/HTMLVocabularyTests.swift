import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct HTMLVocabularyTests {
    @Test(arguments: [
        ("Related", RemovalReason?.some(.related)),
        ("RELATED", .related),
        ("Related:", .related),
        ("Latest headlines", .related),
        ("Read on:", .related),
        ("Related to the case, the police said nothing.", nil),
        ("Latest headlines from the region were grim", nil),
        ("Related articles", .related),
        ("No comments have so far been submitted.", .comments),
        ("Reader views (0)", .comments),
        ("No comment was made by the ministry on Monday.", nil),
    ])
    func phrasesMatchALineStartOrAWholeLine(line: String, expected: RemovalReason?) {
        #expect(HTMLVocabulary.standard.phraseReason(line) == expected)
    }

    @Test(arguments: [
        ("Read This Next", RemovalReason?.some(.related)),
        ("Recommended Reading", .related),
        ("Recommended Books for Managers", nil),
        ("Recent Articles", .related),
        ("Watch Next", .related),
        ("Other Posts You May Enjoy", .related),
        ("Explore more related content", .related),
        ("Explore more articles on …", .related),
        ("Latest articles", .related),
        ("More Articles You Might Enjoy", .related),
        ("Latest posts by Autumn Adams (see all)", .metadata),
        ("Share", .social),
        ("Share:", .social),
        ("Share it!", .social),
        ("Shareholders voted", nil),
        ("Share prices fell", nil),
        ("Topics", .metadata),
        ("Topics covered in the course", nil),
    ])
    func closingSectionLabelsEndTheArticle(line: String, expected: RemovalReason?) {
        #expect(HTMLVocabulary.standard.terminatorReason(line) == expected)
    }

    @Test(arguments: [
        ("blog-cta-wrap", RemovalReason?.some(.advertisement)),
        ("partner-cta-list__box", .advertisement),
        ("ctabuttons", nil),
        ("twitter-tweet", .social),
        ("tweets", nil),
        ("authors-wrapper", .metadata),
        ("author-posts", nil),
        ("post-date", .metadata),
        ("updated", nil),
        ("wp-block-button", .navigation),
        ("buttons", nil),
        ("tooltip-content", .other),
        ("article-feedback", .other),
    ])
    func furnitureClassTokensFlagTheirElement(name: String, expected: RemovalReason?) {
        #expect(HTMLVocabulary.standard.reason(name: name) == expected)
    }

    @Test(arguments: [
        ("  RELATED: ", "related"),
        ("Read on:", "read on"),
        ("::", ""),
        ("Related stories: Kosovo", "related stories: kosovo"),
    ])
    func wholeLineKeysDropSpaceAndColonsAtTheEnds(line: String, expected: String) {
        #expect(HTMLVocabulary.wholeLineKey(line) == expected)
    }
}
