@testable import JSMinifier
import Testing

@Suite("Separator rules")
struct SeparatorRulesTests {
  @Test("Word bytes are ASCII letters and digits, $, _ and non-ASCII bytes")
  func wordBytes() {
    for byte in UInt8.min...UInt8.max {
      let character = Character(Unicode.Scalar(byte))
      let expected = byte >= 0x80 || ("a"..."z").contains(character)
        || ("A"..."Z").contains(character) || ("0"..."9").contains(character)
        || character == "$" || character == "_"
      #expect(SeparatorRules.isWordByte(byte) == expected, "byte \(byte)")
    }
  }
}
