import Testing
@testable import JSLexer
