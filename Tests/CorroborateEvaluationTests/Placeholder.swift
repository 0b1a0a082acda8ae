import Testing
@testable import CorroborateEvaluation
