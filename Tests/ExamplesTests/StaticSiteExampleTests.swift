import Foundation
import Testing

/// examples/static-site: `make` runs snowpak and fills the page template
/// from the manifest; a browser then loads the page and its tracker.
@Suite(
  "The static-site example",
  .serialized,
  .enabled(if: Examples.tool("make") != nil, "make is not installed"),
  .enabled(if: Examples.tool("python3") != nil, "python3 is not installed"))
struct StaticSiteExampleTests {
  @Test("make writes the page with the fingerprinted name and integrity")
  func makeFillsThePage() throws {
    let scratch = try Examples.copy("static-site")
    let example = scratch.url.appending(path: "static-site")
    try make(in: example)

    // The page names the file the manifest names, with its integrity.
    let tracker = try TrackerEntry.snowpak(
      example.appending(path: "site/assets/snowpak-manifest.json"))
    let page = try scratch.text("static-site/site/index.html")
    #expect(page.contains(tracker.scriptTag(prefix: "/assets/")))
    #expect(!page.contains("@SP_"))

    // Both agree with the bytes, as hashlib computes them.
    let script = example.appending(path: "site/assets/\(tracker.file)")
    let digests = try Examples.digests(of: script)
    #expect(tracker.file == "sp-\(digests.sha256.prefix(16)).js")
    #expect(tracker.integrity == digests.sri)
    #expect(
      scratch.files(in: "static-site/site/assets")
        == [tracker.file, "snowpak-manifest.json"].sorted())
  }

  @Test("A second make changes nothing, and make clean removes the site")
  func makeIsRepeatable() throws {
    let scratch = try Examples.copy("static-site")
    let example = scratch.url.appending(path: "static-site")
    try make(in: example)
    let first = try scratch.text("static-site/site/index.html")

    let second = try make(in: example)
    #expect(second.output.contains("Nothing changed in site/assets/"))
    #expect(try scratch.text("static-site/site/index.html") == first)

    try Command.succeed("make", ["clean"], in: example)
    #expect(scratch.files(in: "static-site").contains("site") == false)
  }

  @Test("make stops with snowpak's error when the collector is invalid")
  func makeFailsOnABadCollector() throws {
    let scratch = try Examples.copy("static-site")
    let example = scratch.url.appending(path: "static-site")
    let result = try Command.run(
      "make", ["SNOWPAK=\(Examples.snowpak.path)", "COLLECTOR=sp..example"],
      in: example)
    #expect(result.status != 0)
    #expect(result.error.contains("snowpak: error: The collector 'sp..example'"))
    #expect(!scratch.files(in: "static-site/site").contains("index.html"))
  }

  @Test(
    "Chromium loads the built page and its page view reaches the collector",
    .enabled(if: SiteVisit.isPossible, "chromium is not installed"))
  func browserSendsThePageView() throws {
    let scratch = try Examples.copy("static-site")
    let example = scratch.url.appending(path: "static-site")
    let visit = try SiteVisit.visit(example.appending(path: "site")) { port in
      try make(in: example, collector: "127.0.0.1:\(port)")
    }

    // One page view, with the page's own settings, from the built script.
    let tracker = try TrackerEntry.snowpak(
      example.appending(path: "site/assets/snowpak-manifest.json"))
    #expect(visit.requests.contains("GET /assets/\(tracker.file)"))
    let pageViews = visit.events.filter { $0["e"] == "pv" }
    try #require(pageViews.count == 1, "events: \(visit.events)")
    let pageView = pageViews[0]
    #expect(pageView["aid"] == "static-site")
    #expect(pageView["tna"] == "sp")
    #expect(pageView["p"] == "web")
    #expect(pageView["page"] == "Static site example")
    #expect(pageView["url"]?.hasPrefix("http://127.0.0.1:") == true)
    #expect(pageView["tv"]?.hasPrefix("js-") == true)
  }

  @Test(
    "Chromium refuses the tracker once its bytes differ from the integrity",
    .enabled(if: SiteVisit.isPossible, "chromium is not installed"))
  func browserEnforcesIntegrity() throws {
    let scratch = try Examples.copy("static-site")
    let example = scratch.url.appending(path: "static-site")
    let site = example.appending(path: "site")
    let refused = try SiteVisit.visit(site, tamper: true) { port in
      try make(in: example, collector: "127.0.0.1:\(port)")
    }

    // The script was fetched, yet no event came: it never ran.
    #expect(refused.requests.contains { $0.hasPrefix("GET /assets/sp-") })
    #expect(refused.events.isEmpty)

    // The same changed bytes run once the page stops asking for integrity,
    // so it is the integrity check that refused them.
    let unchecked = try SiteVisit.visit(site, tamper: true) { port in
      try make(in: example, collector: "127.0.0.1:\(port)")
      let page = site.appending(path: "index.html")
      let html = try String(contentsOf: page, encoding: .utf8)
        .replacingOccurrences(
          of: #"integrity="[^"]*""#, with: "", options: .regularExpression)
      try html.write(to: page, atomically: true, encoding: .utf8)
    }
    #expect(unchecked.events.contains { $0["e"] == "pv" })
  }

  @discardableResult
  private func make(
    in example: URL, collector: String = "sp.example.com"
  ) throws -> Command.Result {
    try Command.succeed(
      "make", ["SNOWPAK=\(Examples.snowpak.path)", "COLLECTOR=\(collector)"],
      in: example)
  }
}
