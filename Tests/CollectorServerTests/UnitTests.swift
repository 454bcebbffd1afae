import Foundation
import Testing

@testable import CollectorServer

@Suite("Encodings and names")
struct UnitTests {
  @Test("Schema URIs follow iglu:vendor/name/jsonschema/M-R-A")
  func schemaURIs() {
    let valid = [
      "iglu:com.snowplowanalytics.snowplow/web_page/jsonschema/1-0-0",
      "iglu:com.acme-corp/my_event/jsonschema/12-3-45",
    ]
    let invalid = [
      "iglu:com.acme/event/jsonschema/1-0", "com.acme/event/jsonschema/1-0-0",
      "iglu:com.acme/event/avro/1-0-0", "iglu:com.acme/event/jsonschema/0-1-0",
      "iglu:com.acme/event/jsonschema/01-0-0", "iglu:/event/jsonschema/1-0-0",
      "iglu:com.acme/ev.ent/jsonschema/1-0-0", "iglu:com.acme/event/jsonschema/1-0-0/x",
      "iglu:com.acme/event/jsonschema/1-a-0",
    ]
    for text in valid { #expect(IgluSchemaURI(text) != nil, "\(text)") }
    for text in invalid { #expect(IgluSchemaURI(text) == nil, "\(text)") }
    #expect(IgluSchemaURI(valid[1])?.shortName == "my_event/12-3-45")
  }

  @Test("Fingerprinted names are recognised")
  func fingerprints() {
    for name in ["sp-0123456789abcdef.js", "app.3f2a1b9c.css", "sp-0123456789abcdef.js.gz",
      "logo-ABCDEF0123.png"]
    {
      #expect(Fingerprint.isFingerprinted(name), "\(name)")
    }
    for name in ["index.html", "sp.js", "v-2024.js", "jquery-3.7.1.js", "sp-0123456789abcdef"] {
      #expect(!Fingerprint.isFingerprinted(name), "\(name)")
    }
  }

  @Test("HTTP dates match Foundation's formatter")
  func httpDates() {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
    for seconds in stride(from: -2_000_000_000.0, to: 4_000_000_000, by: 7_777_777.7) {
      let date = Date(timeIntervalSince1970: seconds)
      #expect(HTTPDate.string(from: date) == formatter.string(from: date))
    }
    #expect(HTTPDate.string(from: Date(timeIntervalSince1970: 784_111_777))
      == "Sun, 06 Nov 1994 08:49:37 GMT")
  }

  @Test("Percent-decoding refuses bad escapes and keeps plus in paths")
  func percentDecoding() {
    #expect(PercentEncoding.decodeText("a%20b+c") == "a b+c")
    #expect(PercentEncoding.decodeText("a%20b+c", plusIsSpace: true) == "a b c")
    #expect(PercentEncoding.decodeText("%zz") == nil)
    #expect(PercentEncoding.decodeText("%4") == nil)
    #expect(PercentEncoding.encodeComponent("a b/é!") == "a%20b%2F%C3%A9!")
  }

  @Test("Accept-Encoding is read with its q-values")
  func acceptEncoding() {
    #expect(StaticFiles.acceptsGzip("gzip, deflate, br"))
    #expect(StaticFiles.acceptsGzip("br;q=1.0, gzip;q=0.8"))
    #expect(StaticFiles.acceptsGzip("*"))
    #expect(!StaticFiles.acceptsGzip("gzip;q=0"))
    #expect(!StaticFiles.acceptsGzip("*, gzip;q=0"))
    #expect(!StaticFiles.acceptsGzip("br"))
    #expect(!StaticFiles.acceptsGzip(nil))
  }
}

@Suite("Log fields")
struct LogFieldTests {
  @Test("time-taken has three decimals")
  func timeTaken() {
    #expect(AccessLogRecord.milliseconds(0) == "0.000")
    #expect(AccessLogRecord.milliseconds(0.0424) == "0.042")
    #expect(AccessLogRecord.milliseconds(0.0005) == "0.001")
    #expect(AccessLogRecord.milliseconds(12.3456) == "12.346")
  }

  @Test("Header values are escaped for a tab-separated field")
  func escaping() {
    #expect(PercentEncoding.encodeLogField("Mozilla/5.0 (X11)\tx") == "Mozilla/5.0%20(X11)%09x")
    #expect(PercentEncoding.encodeLogField("100% \"é\"") == "100%25%20%22%C3%A9%22")
    #expect(PercentEncoding.encodeLogTarget("a%20b c") == "a%20b%20c")
  }
}
