import Foundation
import Testing

@testable import CollectorServer

/// The collector side, exercised with curl as a browser would use it.
@Suite("Collector", .enabled(if: tool("curl") != nil, "curl is not installed"))
struct CollectorTests {
  let server: TestServer
  static let tp2 = "/com.snowplowanalytics.snowplow/tp2"
  static let origin = "http://shop.example"

  init() throws {
    server = try TestServer { $0.postPaths.append("/custom/collect") }
  }

  @Test("GET /i and /ice.png answer a 1x1 GIF that is never cached")
  func pixel() throws {
    for path in ["/i?e=pv&tv=js-1&p=web", "/ice.png?e=pv&tv=js-1&p=web"] {
      let response = try CurlResponse([server.base + path])
      #expect(response.status == 200)
      #expect(response.header("Content-Type") == "image/gif")
      #expect(response.header("Cache-Control") == "no-cache, no-store, must-revalidate")
      #expect(response.header("Pragma") == "no-cache")
      #expect(Array(response.body) == TrackingPixel.bytes)
    }
  }

  @Test("The pixel is a 1x1 GIF according to file(1)")
  func pixelIsAGIF() throws {
    guard let file = tool("file") else { return }
    let response = try CurlResponse([server.base + "/i?e=pv"])
    let path = server.directory.appendingPathComponent("pixel.gif")
    try response.body.write(to: path)
    let described = try run(file, ["--brief", path.path]).text
    #expect(described.hasPrefix("GIF image data, version 89a, 1 x 1"))
  }

  @Test("HEAD /i answers the pixel's headers")
  func headPixel() throws {
    let response = try CurlResponse(["--head", server.base + "/i?e=pv"])
    #expect(response.status == 200)
    #expect(response.header("Content-Length") == "43")
    #expect(response.body.isEmpty)
  }

  @Test("A CORS preflight allows the credentialed POST from the page's origin")
  func preflight() throws {
    let response = try CurlResponse([
      "-X", "OPTIONS", "-H", "Origin: \(Self.origin)",
      "-H", "Access-Control-Request-Method: POST",
      "-H", "Access-Control-Request-Headers: content-type",
      server.base + Self.tp2,
    ])
    #expect(response.status == 200)
    #expect(response.header("Access-Control-Allow-Origin") == Self.origin)
    #expect(response.header("Access-Control-Allow-Credentials") == "true")
    #expect(response.header("Access-Control-Allow-Methods")?.contains("POST") == true)
    #expect(response.header("Access-Control-Allow-Headers") == "Content-Type")
  }

  @Test("POST to tp2 or the custom path answers ok with CORS headers")
  func post() throws {
    let body = #"{"schema":"iglu:com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-4","data":[{"e":"pv","tv":"js-1","p":"web"}]}"#
    for path in [Self.tp2, "/custom/collect"] {
      let response = try CurlResponse([
        "-H", "Origin: \(Self.origin)",
        "-H", "Content-Type: application/json; charset=UTF-8",
        "--data-binary", body, server.base + path,
      ])
      #expect(response.status == 200)
      #expect(String(decoding: response.body, as: UTF8.self) == "ok")
      #expect(response.header("Access-Control-Allow-Origin") == Self.origin)
      #expect(response.header("Access-Control-Allow-Credentials") == "true")
    }
  }

  @Test("A large POST through Expect: 100-continue is answered")
  func expectContinue() throws {
    let events = (0..<200).map { #"{"e":"pv","tv":"js-1","p":"web","url":"http://a/\#($0)"}"# }
    let body = #"{"schema":"iglu:com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-4","data":["#
      + events.joined(separator: ",") + "]}"
    let response = try CurlResponse([
      "-H", "Expect: 100-continue", "-H", "Content-Type: application/json",
      "--data-binary", body, server.base + Self.tp2,
    ])
    #expect(response.status == 200)
    #expect(server.settledHits(count: 1).first?.events.count == 200)
  }

  @Test("Wrong methods on collector paths answer 405")
  func collectorMethods() throws {
    let post = try CurlResponse(["--data", "x", server.base + "/i"])
    #expect(post.status == 405)
    #expect(post.header("Allow") == "GET, HEAD, OPTIONS")
    let get = try CurlResponse([server.base + Self.tp2])
    #expect(get.status == 405)
    #expect(get.header("Allow") == "POST, OPTIONS")
  }

  @Test("A body over the limit answers 413")
  func tooLarge() throws {
    let big = server.directory.appendingPathComponent("big.json")
    try Data(count: ServerLimits().bodyBytes + 1).write(to: big)
    let response = try CurlResponse(["--data-binary", "@" + big.path, server.base + Self.tp2])
    #expect(response.status == 413)
  }
}
