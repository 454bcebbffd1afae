import Foundation
import Testing

/// `snowpak verify` after a build, and `snowpak pixel`.
@Suite("snowpak verify and pixel")
struct VerifyAndPixelTests {
  @Test("verifies a fresh build and catches one changed byte")
  func verifyCatchesChangedByte() throws {
    let directory = try TemporaryDirectory()
    try Snowpak.run(
      ["build", "--collector", "sp.example.com", "-o", "out", "--gzip"],
      in: directory.url)
    let clean = try Snowpak.run(["verify", "out"], in: directory.url)
    #expect(clean.status == 0, "\(clean.error)")
    #expect(clean.output == "Verified out: every entry matches.\n")

    let name = try #require(directory.files(in: "out").first {
      $0.hasSuffix(".js")
    })
    var bytes = try directory.read("out/\(name)")
    bytes[bytes.count / 2] ^= 0x01
    try bytes.write(to: directory.url.appending(path: "out/\(name)"))
    let tampered = try Snowpak.run(["verify", "out"], in: directory.url)
    #expect(tampered.status == 1)
    #expect(tampered.error.contains("out/snowpak-manifest.json"))
    #expect(tampered.error.contains(name))
  }

  @Test("says when there is nothing to verify")
  func verifyMissingDirectory() throws {
    let directory = try TemporaryDirectory()
    let result = try Snowpak.run(["verify", "nowhere"], in: directory.url)
    #expect(result.status == 66)
  }

  @Test("writes a GIF that file(1) recognizes as 1 x 1")
  func writesPixel() throws {
    let directory = try TemporaryDirectory()
    let result = try Snowpak.run(["pixel"], in: directory.url)
    #expect(result.status == 0)
    let gif = try directory.read("i")
    #expect(gif.count == 43)
    #expect(gif.prefix(6) == Data("GIF89a".utf8))
    guard let file = Command.find("file") else {
      print("skipped: file(1) is not installed")
      return
    }
    let described = try Command.run(file, ["-b", "i"], in: directory.url)
    #expect(described.output.contains("1 x 1"), "\(described.output)")
  }
}
