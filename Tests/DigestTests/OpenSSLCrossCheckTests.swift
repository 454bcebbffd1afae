import Digest
import Foundation
import Testing

// Lengths around every block and padding boundary of both engines, plus a
// few larger ones: 0…130, 183, 239…241, 1000, 4095, 65_537.
private let lengths = Array(0...130) + [183, 239, 240, 241, 1000, 4095, 65_537]

/// Random inputs of each length, written to a temporary directory.
private func writeSamples() throws -> (URL, [(URL, [UInt8])]) {
  let directory = FileManager.default.temporaryDirectory
    .appendingPathComponent("snowpak-digest-\(UUID().uuidString)")
  try FileManager.default.createDirectory(
    at: directory, withIntermediateDirectories: true)
  var random = SeededBytes(seed: 2026)
  let samples = try lengths.map { length in
    let bytes = random.next(length)
    let file = directory.appendingPathComponent("sample-\(length)")
    try Data(bytes).write(to: file)
    return (file, bytes)
  }
  return (directory, samples)
}

@Suite("Digest agrees with openssl and coreutils on random inputs")
struct OpenSSLCrossCheckTests {
  @Test(
    "SHA-256, SHA-384, SHA-512 and MD5 equal openssl dgst",
    .enabled(if: toolPath("openssl") != nil, "openssl is not installed"))
  func digests() throws {
    let (directory, samples) = try writeSamples()
    defer { try? FileManager.default.removeItem(at: directory) }

    // One openssl run per algorithm, `-r` prints "<hex> *<file>" lines.
    let algorithms: [(String, ([UInt8]) -> [UInt8])] = [
      ("-sha256", { SHA256.hash($0) }),
      ("-sha384", { SHA384.hash($0) }),
      ("-sha512", { SHA512.hash($0) }),
      ("-md5", { MD5.hash($0) }),
    ]
    for (flag, ours) in algorithms {
      let output = try #require(
        runTool("openssl", ["dgst", flag, "-r"] + samples.map(\.0.path)))
      let lines = String(decoding: output, as: UTF8.self)
        .split(separator: "\n")
      try #require(lines.count == samples.count)
      for (line, (file, bytes)) in zip(lines, samples) {
        let theirs = line.split(separator: " ").first.map(String.init)
        #expect(theirs == Hex.lowercase(ours(bytes)),
          "\(flag) of \(file.lastPathComponent)")
      }
    }
  }

  @Test(
    "base64 equals coreutils base64 and decodes back",
    .enabled(if: toolPath("base64") != nil, "base64 is not installed"))
  func base64() throws {
    let (directory, samples) = try writeSamples()
    defer { try? FileManager.default.removeItem(at: directory) }

    for (file, bytes) in samples.prefix(40) + samples.suffix(3) {
      let output = try #require(runTool("base64", ["-w0", file.path]))
      let theirs = String(decoding: output, as: UTF8.self)
      #expect(Base64.encode(bytes) == theirs, "\(file.lastPathComponent)")
      #expect(Base64.decode(theirs) == bytes, "\(file.lastPathComponent)")

      // base64url is the same text with two letters swapped, unpadded.
      let url = theirs.replacingOccurrences(of: "+", with: "-")
        .replacingOccurrences(of: "/", with: "_")
        .replacingOccurrences(of: "=", with: "")
      #expect(Base64.urlEncode(bytes) == url, "\(file.lastPathComponent)")
      #expect(Base64.decode(url) == bytes, "\(file.lastPathComponent)")
    }
  }
}
