import Foundation
import Testing

@testable import CollectorServer

/// The log file: CloudFront's header and one line per hit, fields in order.
@Suite("Access log", .enabled(if: tool("curl") != nil, "curl is not installed"))
struct AccessLogTests {
  let server: TestServer

  init() throws { server = try TestServer() }

  /// CloudFront's 33 field names, in the order of its documentation.
  static let cloudFrontFields = """
    date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem \
    sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) \
    x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes \
    time-taken x-forwarded-for ssl-protocol ssl-cipher \
    x-edge-response-result-type cs-protocol-version fle-status \
    fle-encrypted-fields c-port time-to-first-byte x-edge-detailed-result-type \
    sc-content-type sc-content-len sc-range-start sc-range-end
    """

  @Test("The log opens with #Version and CloudFront's #Fields line")
  func header() throws {
    let text = try String(contentsOfFile: server.logPath, encoding: .utf8)
    let lines = text.split(separator: "\n").map(String.init)
    let fields = "#Fields: " + Self.cloudFrontFields
    #expect(Array(lines.prefix(2)) == ["#Version: 1.0", fields])
  }

  @Test("A pixel hit is one line with the fields in order")
  func pixelLine() throws {
    let query = "e=pv&tv=js-1&p=web&url=http%3A%2F%2Fshop.example%2F"
    _ = try curl([
      "-o", "/dev/null", "-A", "Mozilla/5.0 (X11; Linux) Test", "-e", "http://shop.example/",
      "-b", "sp=abc", server.base + "/i?" + query,
    ])
    let lines = try server.logLines()
    try #require(lines.count == 1)
    let fields = lines[0]
    let names = Self.cloudFrontFields.split(separator: " ").map(String.init)
    #expect(fields.count == names.count)
    let value = { (name: String) in fields[names.firstIndex(of: name)!] }

    #expect(value("date").count == 10 && value("time").count == 8)
    #expect(value("c-ip") == "127.0.0.1")
    #expect(value("cs-method") == "GET")
    #expect(value("cs(Host)") == "127.0.0.1:\(server.port)")
    #expect(value("cs-uri-stem") == "/i")
    #expect(value("sc-status") == "200")
    #expect(value("cs(Referer)") == "http://shop.example/")
    #expect(value("cs(User-Agent)") == "Mozilla/5.0%20(X11;%20Linux)%20Test")
    #expect(value("cs-uri-query") == query)
    #expect(value("cs(Cookie)") == "sp=abc")
    #expect(value("x-edge-result-type") == "Miss")
    #expect(value("cs-protocol") == "http")
    #expect(value("cs-protocol-version") == "HTTP/1.1")
    #expect(value("sc-content-type") == "image/gif")
    #expect(value("sc-content-len") == "43")
    #expect(Int(value("sc-bytes"))! > 43)
    #expect(Int(value("cs-bytes"))! > query.count)
    #expect(Double(value("time-taken")) != nil)
    #expect(value("x-edge-request-id").count == 32)
  }

  @Test("A POST of n events is n lines, each event as a query string")
  func postLines() throws {
    let body = """
      {"schema":"iglu:com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-4",\
      "data":[{"e":"pv","tv":"js-1","p":"web","page":"Home page"},\
      {"e":"se","tv":"js-1","p":"web","se_ca":"shop","se_ac":"add"}]}
      """
    _ = try curl([
      "-o", "/dev/null", "--data-binary", body,
      server.base + "/com.snowplowanalytics.snowplow/tp2",
    ])
    let lines = try server.logLines()
    #expect(lines.map { $0[5] } == ["POST", "POST"])
    #expect(lines.map { $0[11] } == [
      "e=pv&p=web&page=Home%20page&tv=js-1",
      "e=se&p=web&se_ac=add&se_ca=shop&tv=js-1",
    ])
  }

  @Test("Every answered request is logged, errors included")
  func everyHit() throws {
    for path in ["/", "/missing", "/i?e=pv", "/app.css"] {
      _ = try curl(["-o", "/dev/null", server.base + path])
    }
    let lines = try server.logLines()
    #expect(lines.map { $0[7] } == ["/", "/missing", "/i", "/app.css"])
    #expect(lines.map { $0[8] } == ["200", "404", "200", "200"])
    #expect(lines.map { $0[13] } == ["Miss", "Error", "Miss", "Miss"])
  }

  @Test("An existing log is appended to without a second header")
  func appends() throws {
    _ = try curl(["-o", "/dev/null", server.base + "/"])
    let again = try Server(configuration: server.server.configuration)
    _ = again
    let text = try String(contentsOfFile: server.logPath, encoding: .utf8)
    #expect(text.components(separatedBy: "#Version").count == 2)
  }
}
