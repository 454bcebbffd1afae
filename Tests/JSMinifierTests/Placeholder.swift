import Testing
@testable import JSMinifier
