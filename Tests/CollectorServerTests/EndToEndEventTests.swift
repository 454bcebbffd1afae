import Foundation
import Testing

@testable import CollectorServer

/// What curl sends is what the `onHit` callback hands the command.
@Suite("Events over HTTP", .enabled(if: tool("curl") != nil, "curl is not installed"))
struct EndToEndEventTests {
  @Test("The decoded GET event matches the parameters sent")
  func pixelEvent() throws {
    let server = try TestServer()
    let cx = base64url(EventDecoderTests.contexts)
    _ = try curl([
      "-o", "/dev/null", "-G", server.base + "/i",
      "--data-urlencode", "e=pv", "--data-urlencode", "tv=js-1",
      "--data-urlencode", "p=web", "--data-urlencode", "url=http://shop.example/a b",
      "--data-urlencode", "page=Café & co", "--data-urlencode", "cx=\(cx)",
    ])
    let hits = server.settledHits(count: 1)
    try #require(hits.count == 1)
    #expect(hits[0].kind == .pixel)
    #expect(hits[0].status == .ok)
    let event = try #require(hits[0].events.first)
    #expect(event["url"] == "http://shop.example/a b")
    #expect(event["page"] == "Café & co")
    #expect(event.contexts.map(\.json) == [#"{"id":"p1"}"#])
    #expect(event.problems.isEmpty)
  }

  @Test("The decoded POST events match the payload sent, with problems")
  func postEvents() throws {
    let server = try TestServer()
    let body = """
      {"schema":"\(EventDecoderTests.payload)","data":[\
      {"e":"se","tv":"js-1","p":"web","se_ca":"shop","se_ac":"add"},\
      {"e":"pv","p":"web","url":"http://shop.example/"}]}
      """
    _ = try curl([
      "-o", "/dev/null", "--data-binary", body,
      server.base + "/com.snowplowanalytics.snowplow/tp2",
    ])
    let hits = server.settledHits(count: 1)
    try #require(hits.count == 1)
    #expect(hits[0].kind == .post)
    #expect(hits[0].events.flatMap(EventFormatter.lines(for:)) == [
      #"struct category="shop" action="add""#,
      "  tracker js-1, platform web",
      #"page_view url="http://shop.example/""#,
      "  platform web",
      #"  error: Missing required field "tv""#,
    ])
  }
}
