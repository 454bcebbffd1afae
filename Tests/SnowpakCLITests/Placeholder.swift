import Testing
@testable import SnowpakCLI
