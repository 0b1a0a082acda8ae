import CorroborateCore
import CorroborateText
import Foundation

extension QuoteCredibility {
    /// Whether reported words can open what somebody stated, after `cue`. A preposition opens the
    /// verb's adjunct or object, not a statement: "reported" + "in the Middle East for five years",
    /// "writing" + "for GlobalPost", "referring" + "to the militant group"; "to" before a verb is the
    /// infinitive of a stance ("declined" + "to comment", "urged" + "people not to share"). A fronted
    /// adjunct before a clause still opens one ("On Friday, he gave an interview"), as does the
    /// object of "called on" (to resign). A finite verb with no subject opens the rest of a relative
    /// clause read as content: "a statement posted" + "was created to rally support". An aspect
    /// cue with a gerund reports an action: "continued" + "firing the fatal shots", and questioning
    /// a person is an interview: "questioned" + "a man who says ...".
    func opensAStatement(_ content: String, cue: String? = nil) -> Bool {
        let words = content.lowercased().split(whereSeparator: { $0.isWhitespace }).map { word in
            (String(word.filter { $0.isLetter || $0 == "'" || $0 == "’" }), word.last == "," || word.last == "”")
        }
        guard let first = words.first?.0 else { return true }
        if Self.finiteOpenings.contains(first) { return false }
        let verb = cue?.lowercased().split(separator: " ").last.map(String.init) ?? ""
        if first.hasSuffix("ing") || first == "to", Self.aspectVerbs.contains(verb) { return false }
        if PersonObject.questioning.contains(Substring(verb)), PersonObject.opens(words.map { Substring($0.0) }) { return false }
        if Self.postingVerbs.contains(verb), Self.sharesMedia(words.map(\.0)) { return false }
        if first == "to" {
            guard words.count > 1 else { return false }
            return !Self.determiners.contains(words[1].0)
        }
        guard Self.adjunctOpenings.contains(first) else { return true }
        if first == "on" || first == "upon", Self.callingOn.contains(verb) { return true }
        // A fronted adjunct: a comma (or a partial quote's end) within the next few words, then a
        // clause with its own subject.
        guard let comma = words.prefix(Self.frontedAdjunctWords).firstIndex(where: \.1), comma + 1 < words.count else { return false }
        return !Self.finiteOpenings.contains(words[comma + 1].0)
    }

    /// A reported content (indirect or partial) as the attribution scan accepted it: when the sentence has the cue, one
    /// of `QuoteDetector.cuePrepositions` and then the content, the preposition (which the scan
    /// leaves to the cue once every stage has run: "complained [about] the tax") opens it again, so
    /// `opensAStatement` judges what the scan judged ("People found [with] small amounts of ...").
    static func contentAsFound(_ quote: Quote) -> String {
        guard quote.kind != .direct, let cue = quote.cue, !cue.isEmpty, !quote.text.isEmpty else { return quote.text }
        let sentence = quote.sentence
        var search = sentence.startIndex..<sentence.endIndex
        while let range = sentence.range(of: cue, options: .caseInsensitive, range: search) {
            search = range.upperBound..<sentence.endIndex
            let rest = sentence[range.upperBound...]
            guard rest.first?.isWhitespace == true else { continue }
            let spaced = rest.drop(while: { $0.isWhitespace })
            let word = spaced.prefix(while: { $0.isLetter })
            let after = spaced.dropFirst(word.count)
            guard after.first?.isWhitespace == true, QuoteDetector.cuePrepositions.contains(word.lowercased()),
                after.drop(while: { $0.isWhitespace }).hasPrefix(quote.text)
            else { continue }
            return word.lowercased() + " " + quote.text
        }
        return quote.text
    }

    /// Whether posted words are a picture or a link, not words: "tweeted" + "an
    /// official photo", "shared" + "a video of the arrest" (a determiner, then a media noun within
    /// the next three words).
    static func sharesMedia(_ words: [String]) -> Bool {
        guard let first = words.first, determiners.contains(first) else { return false }
        return words.dropFirst().prefix(3).contains(where: mediaNouns.contains)
    }

    /// Cue verbs of posting, whose object can be a picture rather than words.
    static let postingVerbs: Set<String> = [
        "tweeted", "tweets", "tweet", "posted", "posts", "post", "shared", "shares", "share", "uploaded", "released",
        "published", "retweeted",
    ]

    /// Nouns of posted pictures and links.
    static let mediaNouns: Set<String> = [
        "photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images", "video", "videos",
        "clip", "clips", "link", "selfie", "footage", "screenshot", "gif", "meme",
    ]

    /// The most words a fronted adjunct runs before its comma ("In one attack,").
    static let frontedAdjunctWords = 8

    /// Verbs of aspect that also serve as cues ("he continued: ..."); with a gerund or an
    /// infinitive they report an action ("continued firing the fatal shots", "continued to test
    /// other remains"), not a statement.
    static let aspectVerbs: Set<String> = ["continued", "continues", "continue", "continuing", "kept", "keeps", "began", "begins", "started", "starts"]

    /// Cue verbs whose "on" starts the addressee of an appeal: "called on Reyhl to resign".
    static let callingOn: Set<String> = ["call", "calls", "called", "calling"]

    /// Prepositions that open an adjunct or a prepositional object, never a reported statement.
    static let adjunctOpenings: Set<String> = [
        "in", "from", "for", "at", "on", "upon", "with", "by", "as", "into", "during", "of", "after", "before",
        "since", "until", "inside", "across", "through", "toward", "towards", "among",
    ]

    /// Finite verbs that cannot open a reported clause, which has its own subject.
    static let finiteOpenings: Set<String> = [
        "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "should", "can", "may",
        "might", "must", "did", "does",
    ]

    /// Words after "to" that make it a preposition, not an infinitive.
    static let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "our", "my", "your",
    ]
}
