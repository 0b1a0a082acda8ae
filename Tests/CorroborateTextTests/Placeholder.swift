import Testing
@testable import CorroborateText
