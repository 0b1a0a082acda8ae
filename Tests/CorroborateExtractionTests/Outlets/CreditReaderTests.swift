import CorroborateExtraction
import Testing

struct CreditReaderTests {
    let reader = CreditReader()

    @Test(arguments: [
        ("(With inputs from agencies)", ["agencies"]),
        ("SOURCE:TRTWorld and agencies", ["agencies"]),
        ("© Copyright 2024 The Associated Press. All rights reserved.", ["AP"]),
        ("(With inputs from PTI, Reuters)", ["PTI", "Reuters"]),
        ("Reuters contributed to this report.", ["Reuters"]),
        ("The Associated Press contributed.", ["AP"]),
        ("(AP)", ["AP"]),
        ("Source: AFP", ["AFP"]),
        ("©2024 GPlusMedia Inc.", []),
        ("Support The Moscow Times!", []),
    ])
    func agenciesAreReadFromCreditLines(line: String, agencies: [String]) {
        #expect(reader.agencies(inCreditLine: line) == agencies)
    }

    @Test(arguments: [
        ("Support The Moscow Times!", "The Moscow Times"),
        ("A Message from The Moscow Times:", "The Moscow Times"),
        ("SOURCE:TRTWorld and agencies", "TRT World"),
        ("©2024 GPlusMedia Inc.", "Japan Today"),
        ("Login with your JapanToday account", "Japan Today"),
        ("Support the Vellmar Post!", "Vellmar Post"),
        ("© Copyright 2024 The Associated Press. All rights reserved.", nil),
        ("Support us monthly", nil),
        ("(With inputs from agencies)", nil),
    ] as [(String, String?)])
    func outletIsReadFromDonationSourceCopyrightAndAccountLines(line: String, outlet: String?) {
        #expect(reader.outlet(inLine: line) == outlet)
    }
}
