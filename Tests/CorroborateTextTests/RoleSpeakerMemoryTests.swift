import CorroborateCore
import Testing
@testable import CorroborateText

/// Who "he said" is after a speaker named only by role, and the speaker phrases around roles.
@Suite struct RoleSpeakerMemoryTests {
    /// An indefinite role brings in a new person: a later "he" is that person, not a person named
    /// before it.
    @Test func heAfterAnIndefiniteRoleIsThatRole() throws {
        let text = """
            U.S. President Barack Obama has vowed to destroy the group. An Islamic State fighter denied that the wife had been arrested. \
            “I have checked with our leaders and they said it was false news,” he said from inside Syria.
            """
        let document = try attributed(text)
        let found = try #require(quote("I have checked with our leaders and they said it was false news", in: document))
        #expect(found.speakerName == "An Islamic State fighter")
    }

    /// A later sentence whose subject is a newly named person who speaks takes "he" from the
    /// speaker before it, though no quote of theirs was found there (FNC-1 s89); a later subject
    /// who does not speak does not.
    @Test(arguments: [
        ("Pentagon Spokesman Col. Steve Warren could not confirm the deaths and said ISIS leaders had not been targeted.", "Steve Warren"),
        ("Pentagon Spokesman Col. Steve Warren visited the base on Monday.", "Abu Bakr al-Baghdadi"),
    ])
    func heAfterANewSpeakingSubjectIsThatSubject(_ middle: String, _ speaker: String) throws {
        let text = """
            ISIS leader Abu Bakr al-Baghdadi said he was alive.

            The ISIS leader was reportedly killed during an air strike.

            \(middle) But he added that if ISIS leaders were embedded “inside troop formations they are likely to be killed.”
            """
        let document = try attributed(text)
        let found = try #require(document.quotes.first { document.string($0.content).hasSuffix("they are likely to be killed.”") })
        #expect(found.speakerName == speaker)
    }

    /// "close" before a noun is an adjective, not "close to": "A close friend of the senator" brings
    /// in a new person, and a later "he" is the friend.
    @Test func heAfterACloseFriendIsTheFriend() throws {
        let text = """
            Senator John Smith spoke in Ohio on Monday. A close friend of the senator said that the campaign was tiring. \
            “It has been a long year,” he said.
            """
        let document = try attributed(text)
        let found = try #require(quote("It has been a long year", in: document))
        #expect(found.speakerName == "A close friend of the senator")
    }

    /// A speaker phrase's head: the last word before a modifier; "of" after a quantifier and
    /// "close" not followed by "to" go on.
    @Test(arguments: [
        ("a senior official familiar with the talks", "official"),
        ("a spokesman for trump", "spokesman"),
        ("one of his close friends", "friends"),
        ("a close friend of the family", "friend"),
        ("a source close to the talks", "source"),
        ("officials in moscow", "officials"),
        ("some of the residents who fled", "residents"),
        ("the leader of the group", "leader"),
    ])
    func headOfASpeakerPhrase(phrase: String, head: String) {
        #expect(SourceNouns.head(ofWords: phrase.split(separator: " ").map(String.init)) == head)
    }

    /// A definite role refers back to a person already named; "he" stays that person.
    @Test func heAfterADefiniteRoleIsTheNamedPerson() throws {
        let text = """
            Bernie Sanders spoke in Vermont on Monday. The senator said that the plan was a disgrace. \
            “We will not accept it,” he said.
            """
        let document = try attributed(text)
        let found = try #require(quote("We will not accept it", in: document))
        #expect(found.speakerName == "Bernie Sanders")
    }

    /// A role in apposition to a name whose closing comma is missing speaks as the name.
    @Test func aRoleInAppositionWithoutItsClosingCommaIsTheName() throws {
        let text = """
            Some supporters rejected the report.

            Fawaz Gerges, a Middle East expert at the London School of Economics said the arrest indicated that the coalition has solid intelligence.
            """
        let document = try attributed(text)
        let found = try #require(document.quotes.first { document.string($0.content).contains("solid intelligence") })
        #expect(found.speakerName == "Fawaz Gerges")
    }

    /// "at least" is part of the speaker, not a preposition before it.
    @Test func atLeastOpensTheSpeaker() throws {
        let document = try attributed("Buzz swirled on Friday when at least one comic book website reported that one of the cars had disappeared.")
        let found = try #require(document.quotes.first { document.string($0.content).contains("had disappeared") })
        #expect(found.speaker.map { document.string($0) } == "at least one comic book website")
    }

    /// An aside in parentheses after an "according to" source is neither source nor content.
    @Test func anAsideAfterTheSourceIsSkipped() throws {
        let text = """
            According to Bleeding Cool (who are often pretty reliable on the rumour front), "The scuttlebutt from sources in Detroit is that one of the cars has gone missing."
            """
        let document = try attributed(text)
        let found = try #require(document.quotes.first { document.string($0.content).contains("scuttlebutt") })
        #expect(!document.string(found.content).contains("reliable"))
        #expect(found.speakerName == "Bleeding Cool")
    }
}
