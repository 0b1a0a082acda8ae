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
    ])
    func proseIsNotACaption(line: String) {
        #expect(!CaptionDetector().isCaption(line))
    }
}
