@testable import AssetPipeline
import Digest
import Testing

// SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
private let abc = SHA256.hash(Array("abc".utf8))

/// The name `pattern` gives `logicalName` for the content "abc".
private func expectName(
  _ logicalName: String, _ pattern: String, _ expected: String,
  hashLength: Int = 16, sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(
    (try? FingerprintedName.make(logicalName: logicalName, pattern: pattern,
      digest: abc, hashLength: hashLength)) == expected,
    sourceLocation: sourceLocation)
}

/// The full error message `pattern` (or the logical name) is refused with.
private func expectRefused(
  _ logicalName: String, _ pattern: String, _ message: String,
  hashLength: Int = 16, sourceLocation: SourceLocation = #_sourceLocation
) {
  let error = outputError {
    _ = try FingerprintedName.make(logicalName: logicalName, pattern: pattern,
      digest: abc, hashLength: hashLength)
  }
  #expect(error?.message == message, sourceLocation: sourceLocation)
  #expect(error?.exitCode == 64, sourceLocation: sourceLocation)
}

@Suite("Fingerprinted names follow webpack-style patterns")
struct FingerprintedNameTests {
  @Test("the default is sp-<16 hex of SHA-256>.js")
  func defaultName() {
    expectName("sp.js", FingerprintedName.defaultPattern, "sp-ba7816bf8f01cfea.js")
  }

  @Test("placeholders [name], [hash], [hash:N], [contenthash] and [ext]")
  func placeholders() {
    expectName("sp.js", "[name]-[hash].js", "sp-ba7816bf8f01cfea.js")
    expectName("sp.js", "[name].[hash:8][ext]", "sp.ba7816bf.js")
    expectName("sp.js", "[name].[hash:8].[ext]", "sp.ba7816bf.js")
    expectName("tracker.min.js", "[name]-[hash][ext]",
      "tracker.min-ba7816bf8f01cfea.js")
    expectName("sp.js", "t-[contenthash:10].js", "t-ba7816bf8f.js")
    expectName("sp.js", "[hash]", "ba7816bf8f01cfea")
    expectName("sp", "[name]-[hash][ext]", "sp-ba7816bf8f01cfea")
    expectName("sp.js", "[name]-[hash][ext]",
      "sp-ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad.js",
      hashLength: 64)
    expectName("sp.js", "[name]-[hash][ext]", "sp-ba7816bf.js", hashLength: 8)
  }

  @Test("bad patterns are refused with a message quoting them")
  func badPatterns() {
    expectRefused("sp.js", "[name].js",
      "Invalid file name pattern \"[name].js\": it has no [hash], "
        + "so the name would not change with the content")
    expectRefused("sp.js", "[name]-[hash",
      "Invalid file name pattern \"[name]-[hash\": \"[\" is never closed")
    expectRefused("sp.js", "[name]-[chunkhash].js",
      "Invalid file name pattern \"[name]-[chunkhash].js\": unknown placeholder "
        + "[chunkhash]; use [name], [hash], [hash:N] or [ext]")
    expectRefused("sp.js", "[hash:4].js",
      "Invalid file name pattern \"[hash:4].js\": [hash:4] needs a length "
        + "from 8 to 64")
    expectRefused("sp.js", "js/[name]-[hash].js",
      "Invalid file name pattern \"js/[name]-[hash].js\": it gives "
        + "\"js/sp-ba7816bf8f01cfea.js\", which contains \"/\"; give a file "
        + "name, not a path")
    expectRefused("sp.js", "../[hash].js",
      "Invalid file name pattern \"../[hash].js\": it gives "
        + "\"../ba7816bf8f01cfea.js\", which contains \"/\"; give a file "
        + "name, not a path")
    expectRefused("sp.js", "[hash]].js",
      "Invalid file name pattern \"[hash]].js\": \"]\" without \"[\"")
  }

  @Test("bad logical names and hash lengths are refused")
  func badNames() {
    expectRefused("", "[hash]", "Invalid file name \"\": it is empty")
    expectRefused("..", "[hash]", "Invalid file name \"..\": it names a directory")
    expectRefused("/etc/sp.js", "[hash]",
      "Invalid file name \"/etc/sp.js\": it contains \"/\"; give a file name, "
        + "not a path")
    expectRefused("sp\n.js", "[hash]",
      "Invalid file name \"sp\n.js\": it contains control character U+A; use "
        + "letters, digits and ._-~+@,=")
    expectRefused("s p.js", "[hash]",
      "Invalid file name \"s p.js\": it contains \" \"; use letters, digits "
        + "and ._-~+@,=")
    expectRefused("sp.js", "[hash]",
      "Invalid hash length 7: it must be between 8 and 64", hashLength: 7)
  }
}
