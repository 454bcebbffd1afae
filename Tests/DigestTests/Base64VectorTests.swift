import Foundation
import Digest
import Testing

/// `Base64.encode` of `input`'s UTF-8 is `expected`, and decodes back.
private func expectBase64(_ input: String, _ expected: String) {
  #expect(Base64.encode(Array(input.utf8)) == expected, "\(input)")
  #expect(Base64.decode(expected) == Array(input.utf8), "\(expected)")
}

@Suite("Base64 and hex match RFC 4648 section 10")
struct Base64VectorTests {
  @Test("the base64 test vectors")
  func base64() {
    expectBase64("", "")
    expectBase64("f", "Zg==")
    expectBase64("fo", "Zm8=")
    expectBase64("foo", "Zm9v")
    expectBase64("foob", "Zm9vYg==")
    expectBase64("fooba", "Zm9vYmE=")
    expectBase64("foobar", "Zm9vYmFy")
  }

  @Test("the base16 test vectors, in lowercase")
  func base16() {
    let cases = [("", ""), ("f", "66"), ("fo", "666f"), ("foo", "666f6f"),
      ("foob", "666f6f62"), ("fooba", "666f6f6261"),
      ("foobar", "666f6f626172")]
    for (input, expected) in cases {
      #expect(Hex.lowercase(Array(input.utf8)) == expected)
      #expect(Hex.decode(expected.uppercased()) == Array(input.utf8))
    }
  }

  @Test("base64url uses - and _ and drops the padding")
  func urlSafe() {
    #expect(Base64.urlEncode([0xfb, 0xff]) == "-_8")
    #expect(Base64.encode([0xfb, 0xff]) == "+/8=")
    #expect(Base64.urlEncode(Array("foob".utf8)) == "Zm9vYg")
    #expect(Base64.decode("-_8") == [0xfb, 0xff])
    #expect(Base64.decode("Zm9vYg") == Array("foob".utf8))
  }

  @Test("malformed base64 is refused")
  func malformed() {
    for text in ["Z", "Zm9vY", "Zm9v=", "Zg===", "Zh==", "Zm9=", "Zm 9v",
      "Z=g=", "Zm9v\n"] {
      #expect(Base64.decode(text) == nil, "\(text)")
    }
  }

  @Test("base64url decodes what Foundation's base64 encodes, any length")
  func urlDecodeRoundTrip() {
    for length in 0..<70 {
      let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 37 + 11) }
      let encoded = Data(bytes).base64EncodedString()
        .replacingOccurrences(of: "+", with: "-")
        .replacingOccurrences(of: "/", with: "_")
      #expect(Base64.urlDecode(encoded) == bytes)
      #expect(
        Base64.urlDecode(encoded.replacingOccurrences(of: "=", with: ""))
          == bytes)
    }
    #expect(Base64.urlDecode("ab+/") == nil)
    #expect(Base64.urlDecode("abcde") == nil)
    #expect(Base64.urlDecode("ab cd") == nil)
  }
}
