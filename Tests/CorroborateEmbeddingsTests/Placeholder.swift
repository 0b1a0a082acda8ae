import Testing
@testable import CorroborateEmbeddings
