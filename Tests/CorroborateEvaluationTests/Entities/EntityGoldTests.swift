import Testing
@testable import CorroborateEvaluation

@Suite struct EntityGoldTests {
    @Test func readsAliasesAndRoles() throws {
        let entity = try EntityGold.entity("doc\tperson\tDmitry Peskov\tDmitry Peskov|Peskov\tKremlin spokesman", at: "t:1")
        #expect(entity.kind == .person)
        #expect(entity.aliases == ["Dmitry Peskov", "Peskov"])
        #expect(entity.roles == ["Kremlin spokesman"])
    }

    @Test func rejectsAnUnknownKind() {
        #expect(throws: (any Error).self) { try EntityGold.entity("doc\tthing\tX\tX", at: "t:1") }
    }

    @Test(arguments: [("the Russian president", true), ("al-Qaeda", false), ("Washington Post", false), ("bin Laden", false)])
    func tellsRoleReferencesFromNames(form: String, isReference: Bool) {
        #expect(EntityForm.isReference(form) == isReference)
    }
}

@Suite struct GoldFormPresenceTests {
    @Test(arguments: [("Russian leaders met.", "Russia", false), ("In Russia, leaders met.", "Russia", true), ("Russia", "Russia", true)])
    func formsMustStandAsWords(text: String, form: String, present: Bool) {
        #expect(Side.containsWord(text, form) == present)
    }
}
