import CorroborateStories
import Testing

@testable import CorroborateEvaluation

@Suite struct FNCSubmissionTests {
    @Test func writesHeaderAndRows() {
        let pairs = [FNCDataset.Pair(headline: "Putin called Trump", bodyID: "12", stance: nil)]
        #expect(FNCSubmission.csv(pairs: pairs, predictions: [.disagree]) == "Headline,Body ID,Stance\nPutin called Trump,12,disagree\n")
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("Yes, he called", "\"Yes, he called\""),
        ("The \"call\"", "\"The \"\"call\"\"\""),
        ("two\nlines", "\"two\nlines\""),
    ])
    func quotesFieldsThatNeedIt(value: String, field: String) {
        #expect(FNCSubmission.field(value) == field)
    }

    @Test func roundTripsThroughTheCSVReader() {
        let pairs = [FNCDataset.Pair(headline: "A \"quoted\", headline", bodyID: "7", stance: nil)]
        let table = CSVTable(parsing: FNCSubmission.csv(pairs: pairs, predictions: [.agree]))
        #expect(table.rows == [["A \"quoted\", headline", "7", "agree"]])
    }
}
