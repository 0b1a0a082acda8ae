import CorroborateServer
import Testing

@Test func serverModuleLinks() {
    #expect(Bool(true))
}
