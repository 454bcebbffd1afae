import Foundation
import Testing

// The tracker's own SHA-1, base64url and UUIDs, reached through the DEBUG
// test hook (`window.snowpakDebug`) of the unminified tracker run in node,
// checked against published vectors: FIPS 180 examples for SHA-1, RFC 4648
// section 10 for base64 (made URL-safe and unpadded as the protocol says).

/// Runs the raw tracker in node with a minimal browser around it, then
/// `expression` (which may use `hook`); returns what it prints.
private func evaluate(_ expression: String) throws -> String {
  let directory = try Environment.temporaryDirectory("helpers")
  defer { try? FileManager.default.removeItem(at: directory) }
  let tracker = try TrackerVariant.raw.write(into: directory)
  let script = """
    const noop = () => {};
    global.window = { addEventListener: noop, console: { log: noop } };
    global.document = { addEventListener: noop, cookie: '' };
    global.navigator = {};
    global.location = { href: 'http://www.site.test/', hostname: 'www.site.test',
      protocol: 'http:' };
    require('vm').runInThisContext(
      require('fs').readFileSync(process.argv[1], 'utf8'));
    const hook = window.snowpakDebug;
    console.log(\(expression));
    """
  let result = try Environment.run("node", ["-e", script, tracker.path])
  try #require(result.status == 0, "node failed")
  return String(decoding: result.output, as: UTF8.self)
    .trimmingCharacters(in: .newlines)
}

private func expectSHA1(_ input: String, _ digest: String) throws {
  #expect(try evaluate("hook.sha1(\(input))") == digest, "SHA-1 of \(input)")
}

private func expectBase64URL(_ input: String, _ encoded: String) throws {
  #expect(try evaluate("hook.base64url(\(input))") == encoded,
          "base64url of \(input)")
}

@Suite(
  "The tracker's helpers match published vectors",
  .enabled(if: Environment.toolPath("node") != nil, "node is missing"))
struct TrackerHelperTests {
  @Test("SHA-1 of the FIPS 180 examples and a few more")
  func sha1() throws {
    try expectSHA1("''", "da39a3ee5e6b4b0d3255bfef95601890afd80709")
    try expectSHA1("'abc'", "a9993e364706816aba3e25717850c26c9cd0d89d")
    try expectSHA1(
      "'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'",
      "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
    try expectSHA1(
      "'a'.repeat(1000000)", "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    try expectSHA1(
      "'The quick brown fox jumps over the lazy dog'",
      "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12")
  }

  @Test("base64url of the RFC 4648 vectors, URL-safe and unpadded")
  func base64url() throws {
    try expectBase64URL("''", "")
    try expectBase64URL("'f'", "Zg")
    try expectBase64URL("'fo'", "Zm8")
    try expectBase64URL("'foo'", "Zm9v")
    try expectBase64URL("'foob'", "Zm9vYg")
    try expectBase64URL("'fooba'", "Zm9vYmE")
    try expectBase64URL("'foobar'", "Zm9vYmFy")
    try expectBase64URL("'subjects?_d'", "c3ViamVjdHM_X2Q")
    try expectBase64URL("'~~~'", "fn5-")
    try expectBase64URL("'ü€𝄞'", "w7zigqzwnYSe")
  }

  @Test("UUIDs are version 4, variant 1, and differ")
  func uuids() throws {
    let lines = try evaluate(
      "Array.from({length: 200}, () => hook.uuid()).join('\\n')")
      .split(separator: "\n").map(String.init)
    #expect(lines.count == 200)
    #expect(lines.allSatisfy { matches($0, uuidV4) })
    #expect(Set(lines).count == 200)
  }
}
