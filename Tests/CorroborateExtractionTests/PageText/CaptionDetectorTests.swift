@testable import CorroborateExtraction
import Testing

struct CaptionDetectorTests {
    @Test(arguments: [
        "Kremlin spokesman Dmitry Peskov. Arthur Novosiltsev / Moskva News Agency",
        "Putin listens to a question in Sochi, Russia, Friday, Nov. 8, 2024. (Maxim Shipenkov/Pool Photo via AP)",
        "There are no concrete plans yet, the Kremlin says. / Photo: Reuters",
        "Photo: AFP",
        "Rescuers at the bridge on Tuesday. (AP Photo/Jane Roe)",
        "The minister leaves the building. Credit: Getty Images",
        // Tabloid captions opening with the agency's credit and a label, or glued to it.
        "Getty Tasty: The mayor is a fan of deep-fried haggis",
        "PA Pooch passing through: Rex was found tied to a railing at the station",
        "GETTY Ready: The lifeboat crew on the slipway",
        "GettyMaria Vell",
        "ReutersThe bridge seen from the east bank",
        // The agencies' formula: a picture taken or released, and what it shows.
        "This photo taken near the bridge at around 10am local time, on January 1, 1996, shows a dark morning.",
        "A handout picture released by the Vell council on Monday shows the damaged pier.",
    ])
    func captionIsRecognised(line: String) {
        #expect(CaptionDetector().isCaption(line))
    }

    @Test(arguments: [
        "The Kremlin on Monday denied reports that Putin and Trump spoke (a claim the Post stood by).",
        "Trump, speaking from his Florida resort, advised Putin against escalating the conflict.",
        "Kremlin Denies Reports of Putin-Trump Phone Call Over Ukraine",
        "Reports that the Ukrainian side was informed in advance are false.",
        // A bracketed link is a source, not a credit.
        "The service will start in March, the paper reported. (bit.ly/3xYz9Q)",
        // An agency named first in prose, or an agency's executive quoted.
        "Reuters reported: the bridge will reopen in March",
        "AP Chief Executive Jane Roe said: \"We stand by the story.\"",
        "AP quoted the mayor as saying the bridge was safe.",
        "Rex Tillerson: the bridge was never a priority.",
        "APIs for the archive are down.",
        // A picture in prose, without the formula's "shows".
        "This photo taken by a resident was shared thousands of times before the council removed it.",
        "The footage shows the bridge swaying in the wind.",
        // A related headline of a page with a label: a caption in clean text only (`LabelledCaption`).
        "No love lost: The mayor says he will take a look at the bridge",
    ])
    func proseIsNotACaption(line: String) {
        #expect(!CaptionDetector().isCaption(line))
    }

    /// Clean text's label and caption without the agency: no full stop, no quotation, no verb of saying in the label.
    @Test(arguments: [
        ("Cared for: Station staff looked after the dog until the inspectors arrived", true),
        ("Ringing in the ears: The engineer suffered some ringing in the ears but was otherwise fine", true),
        // A label and prose with a full stop, a transcript's speaker in capitals, a quotation, a short label line.
        ("Hunter: They are going to close the bridge before the winter.", false),
        ("KAROW: Well, we never wanted the bridge to close", false),
        ("Karow added: 'We never wanted the bridge to close", false),
        ("Reuters reported: the bridge will reopen in March", false),
        ("Update: Bridge reopens", false),
    ])
    func labelledCaption(line: String, isCaption: Bool) {
        #expect(LabelledCaption.matches(line) == isCaption)
    }
}
