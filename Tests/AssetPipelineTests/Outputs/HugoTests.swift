@testable import AssetPipeline
import Foundation
import Testing

/// Decodes the numeric character references Go's html/template writes in
/// attribute values (`&#43;` for `+`), so the tag compares as text.
private func decodeNumericReferences(_ html: String) -> String {
  var result = ""
  var rest = Substring(html)
  while let start = rest.range(of: "&#") {
    result += rest[..<start.lowerBound]
    let after = rest[start.upperBound...]
    if let end = after.firstIndex(of: ";"), let code = UInt32(after[..<end]),
      let scalar = Unicode.Scalar(code)
    {
      result.unicodeScalars.append(scalar)
      rest = after[after.index(after: end)...]
    } else {
      result += "&#"
      rest = after
    }
  }
  return result + rest
}

@Suite("Static site generators read snowpak's manifest")
struct HugoTests {
  @Test(
    "a Hugo template takes the file name and integrity from snowpak-manifest.json",
    .enabled(if: toolPath("hugo") != nil, "hugo is not installed"))
  func hugo() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }

    // Build into the site's assets/snowpak, where Hugo resources live.
    let (plan, _) = try build("var t=1;", into: TemporaryDirectory.nested(
      directory, "site/assets/snowpak"))
    try directory.write("site/config.toml", "disableKinds = ['taxonomy', 'term', "
      + "'RSS', 'sitemap', '404', 'section', 'page']\n")
    try directory.write("site/layouts/index.html", """
      {{ $m := resources.Get "snowpak/snowpak-manifest.json" | transform.Unmarshal -}}
      {{ $sp := index $m.assets "sp.js" -}}
      <script async src="/assets/{{ $sp.file }}" integrity="{{ $sp.integrity }}" \
      crossorigin="anonymous"></script>

      """)

    let result = try #require(runTool("hugo", ["--quiet", "-s", directory.file("site"),
      "-d", directory.file("public")]))
    #expect(result.status == 0, "\(result.error)")
    let page = try #require(directory.text("public/index.html"))
    #expect(decodeNumericReferences(page) == plan.snippet)
  }
}

extension TemporaryDirectory {
  /// A directory inside `parent`, created, removed with it.
  static func nested(_ parent: TemporaryDirectory, _ relative: String) throws
    -> TemporaryDirectory
  {
    try FileManager.default.createDirectory(atPath: parent.file(relative),
      withIntermediateDirectories: true)
    return TemporaryDirectory(existing: parent.file(relative))
  }

  private init(existing path: String) {
    self.path = path
  }
}
