import Foundation
import Testing

/// examples/django: collectstatic, then snowpak adds sp.js to Django's
/// staticfiles.json; `{% static %}` and `{% snowpak_script %}` render it.
@Suite(
  "The Django example",
  .enabled(if: Python.withDjango != nil, "Django is not installed"))
struct DjangoExampleTests {
  @Test("The rendered page has the fingerprinted URL and the integrity")
  func pageNamesTheTracker() throws {
    let scratch = try Examples.copy("django")
    let example = scratch.url.appending(path: "django")
    try build(example)
    let page = try render(example)

    // The tracker, through Django's storage and our tag.
    let staticRoot = example.appending(path: "staticroot")
    let tracker = try TrackerEntry.snowpak(
      staticRoot.appending(path: "snowpak-manifest.json"))
    #expect(page.contains(tracker.scriptTag(prefix: "/static/")))
    let digests = try Examples.digests(
      of: staticRoot.appending(path: tracker.file))
    #expect(tracker.file == "sp-\(digests.sha256.prefix(16)).js")
    #expect(tracker.integrity == digests.sri)

    // Django's own entry survived the merge, and still resolves.
    let manifest = try JSONSerialization.jsonObject(
      with: Data(contentsOf: staticRoot.appending(path: "staticfiles.json")))
    let paths = (manifest as? [String: Any])?["paths"] as? [String: String]
    let css = try #require(paths?["site.css"])
    #expect(css.hasPrefix("site.") && css != "site.css")
    #expect(paths?["sp.js"] == tracker.file)
    #expect(page.contains("href=\"/static/\(css)\""))
  }

  /// The README's two build commands, in their order.
  private func build(_ example: URL) throws {
    let python = try #require(Python.withDjango)
    try Command.succeed(
      python, ["manage.py", "collectstatic", "--noinput"], in: example)
    try Command.succeed(
      Examples.snowpak.path,
      ["build", "--collector", "sp.example.com", "--out", "staticroot",
       "--public-path", "/static/", "--manifest", "django"],
      in: example)
  }

  /// The home page, as Django's test client gets it.
  private func render(_ example: URL) throws -> String {
    let python = try #require(Python.withDjango)
    let script = """
      from django.test import Client
      response = Client().get('/')
      assert response.status_code == 200, response.status_code
      print(response.content.decode())
      """
    return try Command.succeed(
      python, ["manage.py", "shell", "-c", script], in: example
    ).output
  }
}
