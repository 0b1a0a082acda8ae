import Testing
@testable import CorroborateExtraction
