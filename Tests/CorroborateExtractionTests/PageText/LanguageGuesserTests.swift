import CorroborateExtraction
import Testing

struct LanguageGuesserTests {
    @Test(arguments: [
        ("The bridge over the river collapsed on Tuesday, and the mayor said that no one was on it at the time.", "en"),
        ("Die Brücke über den Fluss ist am Dienstag eingestürzt, sagte der Bürgermeister. Es wurde niemand verletzt, und die Stadt ist nicht mehr verbunden.", "de"),
        ("Le pont sur le fleuve s'est effondré mardi, selon le maire. Il n'y avait personne sur le pont et les secours sont sur place avec les pompiers.", "fr"),
        ("El puente sobre el río se derrumbó el martes, según el alcalde. No había nadie en el puente y los bomberos están en el lugar para ayudar.", "es"),
    ])
    func languageIsGuessedFromFunctionWords(text: String, code: String) {
        #expect(LanguageGuesser.bundled.language(of: text) == code)
    }

    @Test(arguments: ["", "Vellmar Aldersgate Karow Reyhl", "12 34 56"])
    func shortOrWordlessTextHasNoGuess(text: String) {
        #expect(LanguageGuesser.bundled.language(of: text) == nil)
    }
}
