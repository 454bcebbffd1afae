import Foundation
import Testing

@testable import CollectorServer

/// base64url as trackers make it, via Foundation's base64 (not ours).
func base64url(_ json: String) -> String {
  Data(json.utf8).base64EncodedString()
    .replacingOccurrences(of: "+", with: "-")
    .replacingOccurrences(of: "/", with: "_")
    .replacingOccurrences(of: "=", with: "")
}

/// Decodes a pixel query and compares the readable lines in full.
func expectDescribed(
  _ query: String, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
  let events = EventDecoder.decode(query: query[...]).events
  #expect(events.count == 1, sourceLocation: sourceLocation)
  #expect(
    events.flatMap(EventFormatter.lines(for:)) == expected, sourceLocation: sourceLocation)
}

/// Decodes a POST body and compares the problems in full.
func expectBodyProblems(
  _ body: String, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
  let decoded = EventDecoder.decode(body: Array(body.utf8))
  let problems = decoded.problems + decoded.events.flatMap(\.problems)
  #expect(problems.map(\.description) == expected, sourceLocation: sourceLocation)
}

@Suite("Event decoding")
struct EventDecoderTests {
  static let webPage = #"{"schema":"iglu:com.snowplowanalytics.snowplow/web_page/jsonschema/1-0-0","data":{"id":"p1"}}"#
  static let contexts =
    #"{"schema":"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0","data":["#
    + webPage + "]}"
  static let linkClick = #"{"schema":"iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0","data":{"schema":"iglu:com.snowplowanalytics.snowplow/link_click/jsonschema/1-0-1","data":{"targetUrl":"http://a/"}}}"#
  static let payload = "iglu:com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-4"

  @Test("A page view shows its page, origin and decoded context")
  func pageView() {
    expectDescribed(
      "e=pv&tv=js-1.0&p=web&aid=shop&url=http%3A%2F%2Fa%2F&page=Home+%22A%22&cx="
        + base64url(Self.contexts),
      [
        #"page_view url="http://a/" page="Home \"A\"""#,
        "  tracker js-1.0, platform web, app shop",
        #"  context web_page/1-0-0 {"id":"p1"}"#,
      ])
  }

  @Test("A structured event shows category and action")
  func structured() {
    expectDescribed(
      "e=se&tv=js-1&p=web&se_ca=shop&se_ac=add&se_va=2.5",
      [
        #"struct category="shop" action="add" value="2.5""#,
        "  tracker js-1, platform web",
      ])
  }

  @Test("A self-describing event shows its decoded inner event")
  func selfDescribing() {
    expectDescribed(
      "e=ue&tv=js-1&p=web&ue_px=" + base64url(Self.linkClick),
      [
        "unstruct",
        "  tracker js-1, platform web",
        #"  event link_click/1-0-1 {"targetUrl":"http://a/"}"#,
      ])
  }

  @Test("Missing required fields are flagged")
  func missingFields() {
    expectDescribed(
      "url=http%3A%2F%2Fa%2F",
      [
        #"(no event type) url="http://a/""#,
        #"  error: Missing required field "e""#,
        #"  error: Missing required field "tv""#,
        #"  error: Missing required field "p""#,
      ])
    expectDescribed(
      "e=se&tv=js-1&p=web&se_ca=shop",
      [
        #"struct category="shop""#,
        "  tracker js-1, platform web",
        #"  error: Missing required field "se_ac""#,
      ])
    expectDescribed(
      "e=xx&tv=js-1&p=web",
      [
        "xx",
        "  tracker js-1, platform web",
        #"  error: Unknown event type "xx" (expected pv, pp, se, ue, tr or ti)"#,
      ])
  }

  @Test("Fields payload_data does not define are flagged")
  func unknownFields() {
    expectDescribed(
      "e=pv&tv=js-1&p=web&color=red",
      [
        "page_view", "  tracker js-1, platform web",
        #"  error: Unknown field "color" (payload_data allows no other fields)"#,
      ])
  }

  @Test("The known fields are payload_data 1-0-4's properties")
  func knownFieldsMatchSchema() throws {
    let path = "/work/shared/iglu/com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-4"
    guard let data = FileManager.default.contents(atPath: path) else { return }
    let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let items = try #require(schema["items"] as? [String: Any])
    let properties = try #require(items["properties"] as? [String: Any])
    #expect(Set(properties.keys) == PayloadDataFields.names)
    #expect(items["additionalProperties"] as? Bool == false)
  }

  @Test("Invalid schema URIs are flagged where they occur")
  func invalidSchemas() {
    let bad = #"{"schema":"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0","data":[{"schema":"iglu:com.acme/thing/jsonschema/1-0","data":{}}]}"#
    expectDescribed(
      "e=pv&tv=js-1&p=web&co=" + PercentEncoding.encodeComponent(bad),
      [
        "page_view",
        "  tracker js-1, platform web",
        "  context iglu:com.acme/thing/jsonschema/1-0 {}",
        #"  error: Invalid schema URI "iglu:com.acme/thing/jsonschema/1-0" in "co" "#
          + "(expected iglu:vendor/name/jsonschema/M-R-A)",
      ])
    let wrongEnvelope = #"{"schema":"iglu:com.acme/contexts/jsonschema/1-0-0","data":[]}"#
    expectDescribed(
      "e=pv&tv=js-1&p=web&cx=" + base64url(wrongEnvelope),
      [
        "page_view",
        "  tracker js-1, platform web",
        #"  error: Field "cx" has schema "iglu:com.acme/contexts/jsonschema/1-0-0", "#
          + #"expected "iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-*""#,
      ])
  }

  @Test("Bad base64url, bad JSON and bad escapes are flagged")
  func badEncodings() {
    expectDescribed(
      "e=pv&tv=js-1&p=web&cx=ab%2B%2Fcd",
      [
        "page_view", "  tracker js-1, platform web",
        #"  error: Field "cx" is not valid base64url"#,
      ])
    expectDescribed(
      "e=pv&tv=js-1&p=web&cx=" + base64url("{not json"),
      [
        "page_view", "  tracker js-1, platform web",
        #"  error: Field "cx" is not valid JSON"#,
      ])
    expectDescribed(
      "e=pv&tv=js-1&p=web&page=%E0%A4",
      [
        #"page_view page="%E0%A4""#, "  tracker js-1, platform web",
        #"  error: Parameter "page" is not valid percent-encoded UTF-8"#,
      ])
  }

  @Test("POST bodies that are not payload_data are flagged")
  func badBodies() {
    expectBodyProblems("hello", ["POST body is not JSON"])
    expectBodyProblems("[1]", ["POST body does not match payload_data: not a JSON object"])
    expectBodyProblems(
      #"{"schema":"iglu:com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-4"}"#,
      [#"POST body does not match payload_data: "data" is not an array"#])
    expectBodyProblems(
      #"{"schema":"iglu:com.acme/payload_data/jsonschema/1-0-4","data":[{"e":"pv","tv":"x","p":"web"}]}"#,
      [
        #"Field "schema" has schema "iglu:com.acme/payload_data/jsonschema/1-0-4", "#
          + #"expected "iglu:com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-*""#
      ])
    expectBodyProblems(
      #"{"schema":"\#(Self.payload)","data":[{"e":"pv","tv":"x","p":"web","stm":12}]}"#,
      [#"Field "stm" is not a string, as payload_data requires"#])
    expectBodyProblems(
      #"{"schema":"\#(Self.payload)","data":[{"e":"pv","p":"web"}, 3]}"#,
      [
        #"POST body does not match payload_data: an item of "data" is not an object"#,
        #"Missing required field "tv""#,
      ])
  }

  @Test("A valid POST body decodes to its events without problems")
  func goodBody() {
    let body = #"{"schema":"\#(Self.payload)","data":[{"e":"pv","tv":"js-1","p":"web"},{"e":"ue","tv":"js-1","p":"web","ue_pr":"\#(Self.linkClick.replacingOccurrences(of: "\"", with: "\\\""))"}]}"#
    let decoded = EventDecoder.decode(body: Array(body.utf8))
    #expect(decoded.problems.isEmpty)
    #expect(decoded.events.map(\.eventName) == ["page_view", "unstruct"])
    #expect(decoded.events.allSatisfy { $0.problems.isEmpty })
    #expect(decoded.events[1].selfDescribingEvent?.shortSchema == "link_click/1-0-1")
  }

  @Test("A pixel request without parameters is flagged")
  func emptyPixel() {
    let decoded = EventDecoder.decode(query: nil)
    #expect(decoded.events.isEmpty)
    #expect(decoded.problems == [.emptyPixelRequest])
  }
}

@Suite("Hit formatting")
struct HitFormatterTests {
  /// A hit as the server would report it.
  func hit(_ kind: Hit.Kind, _ method: String, _ target: String, events: [TrackerEvent] = [],
    problems: [ProtocolProblem] = [], status: HTTPStatus = .ok) -> Hit {
    Hit(kind: kind, method: method, target: target, status: status, bytesSent: 120,
      clientAddress: "127.0.0.1", events: events, problems: problems)
  }

  func event(_ query: String) -> TrackerEvent {
    EventDecoder.decode(query: query[...]).events[0]
  }

  @Test("Files, pixels, POSTs and rejections read as one block each")
  func blocks() {
    #expect(HitFormatter.lines(for: hit(.file, "GET", "/app.css")) == [
      "200 GET /app.css 120 bytes"
    ])
    #expect(HitFormatter.lines(for: hit(
      .pixel, "GET", "/i?e=pv&tv=js-1&p=web&page=Home",
      events: [event("e=pv&tv=js-1&p=web&page=Home")])) == [
      #"200 GET /i page_view page="Home""#,
      "  tracker js-1, platform web",
    ])
    #expect(HitFormatter.lines(for: hit(
      .post, "POST", "/com.snowplowanalytics.snowplow/tp2",
      events: [event("e=se&tv=js-1&p=web&se_ca=a&se_ac=b"), event("e=pv&p=web")])) == [
      "200 POST /com.snowplowanalytics.snowplow/tp2 2 events",
      #"  struct category="a" action="b""#,
      "    tracker js-1, platform web",
      "  page_view",
      "    platform web",
      #"    error: Missing required field "tv""#,
    ])
    #expect(HitFormatter.lines(for: hit(
      .post, "POST", "/tp2", problems: [.bodyNotJSON])) == [
      "200 POST /tp2 0 events",
      "  error: POST body is not JSON",
    ])
    #expect(HitFormatter.lines(for: hit(
      .rejected(reason: "request timed out"), "-", "-", status: .requestTimeout)) == [
      "408 from 127.0.0.1: request timed out"
    ])
  }
}
