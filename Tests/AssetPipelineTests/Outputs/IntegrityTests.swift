@testable import AssetPipeline
import Digest
import Foundation
import Testing

@Suite("Subresource Integrity is computed over the exact bytes")
struct IntegrityTests {
  @Test("the example of the SRI specification")
  func specificationExample() {
    #expect(Integrity.sha384(of: Array("alert('Hello, world.');".utf8))
      == "sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO")
  }

  @Test("matching accepts any listed known algorithm and ignores options")
  func matching() {
    let bytes = Array("alert('Hello, world.');".utf8)
    let good = Integrity.sha384(of: bytes)
    #expect(Integrity.matches(good, bytes: bytes))
    #expect(Integrity.matches("md5-xyz " + good + "?opt", bytes: bytes))
    #expect(Integrity.matches(Integrity.sha256(of: bytes), bytes: bytes))
    #expect(Integrity.matches(Integrity.sha512(of: bytes), bytes: bytes))
    #expect(!Integrity.matches(good, bytes: bytes + [0x20]))
    #expect(!Integrity.matches("md5-xyz", bytes: bytes))
  }

  @Test(
    "equals openssl dgst -sha384 -binary | base64",
    .enabled(if: toolPath("openssl") != nil, "openssl is not installed"))
  func openssl() throws {
    for length in [0, 1, 47, 48, 111, 112, 113, 128, 1000, 20_000] {
      let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
      let digest = try #require(runTool("openssl", ["dgst", "-sha384", "-binary"],
        input: bytes))
      #expect(Integrity.sha384(of: bytes) == "sha384-" + Base64.encode(digest.output))
    }
  }
}
