import Foundation
import Testing

// Checks every event of every page against the protocol (TRACKER.md), for
// each variant of the tracker.

private let required = [
  "e", "tv", "p", "eid", "dtm", "stm", "tz", "lang", "cs", "res", "cd",
  "cookie", "vp", "ds", "url", "refr",
]

/// Every parameter TRACKER.md names; nothing else may be sent.
private let protocolKeys: Set<String> = [
  "e", "tv", "tna", "aid", "p", "eid", "dtm", "ttm", "stm", "tz", "lang",
  "cs", "res", "cd", "cookie", "vp", "ds", "url", "refr", "page", "duid",
  "sid", "vid", "uid", "co", "cx", "pp_mix", "pp_max", "pp_miy", "pp_may",
  "se_ca", "se_ac", "se_la", "se_pr", "se_va", "ue_pr", "ue_px", "tr_id",
  "tr_af", "tr_tt", "tr_tx", "tr_sh", "tr_ci", "tr_st", "tr_co", "tr_cu",
  "ti_id", "ti_sk", "ti_nm", "ti_ca", "ti_pr", "ti_qu", "ti_cu",
]

/// Parameters and the pattern their values must match.
private let formats: [(String, String)] = [
  ("e", "^(pv|pp|se|ue|tr|ti)$"),
  ("tv", "^js-[0-9]+\\.[0-9]+\\.[0-9]+$"),
  ("p", "^web$"),
  ("dtm", "^[0-9]{13}$"), ("stm", "^[0-9]{13}$"),
  ("cd", "^[0-9]+$"), ("vid", "^[1-9][0-9]*$"), ("cookie", "^[01]$"),
  ("res", "^[0-9]+x[0-9]+$"), ("vp", "^[0-9]+x[0-9]+$"),
  ("ds", "^[0-9]+x[0-9]+$"),
  ("pp_mix", "^-?[0-9]+$"), ("pp_max", "^-?[0-9]+$"),
  ("pp_miy", "^-?[0-9]+$"), ("pp_may", "^-?[0-9]+$"),
  ("se_va", number), ("tr_tt", number), ("tr_tx", number),
  ("tr_sh", number), ("ti_pr", number), ("ti_qu", "^[0-9]+$"),
  ("eid", uuidV4), ("duid", uuidV4), ("sid", uuidV4),
  ("url", "^http://www\\.site\\.test/pages/[a-z]+\\.html[^#]*$"),
  // The harness opens pages from a search result; Chromium's default
  // referrer policy keeps only its origin.
  ("refr", "^http://search\\.example/$"),
]
private let number = "^-?[0-9]+(\\.[0-9]+)?$"
let uuidV4 =
  "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"

func matches(_ text: String, _ pattern: String) -> Bool {
  text.range(of: pattern, options: .regularExpression) != nil
}

/// The events of `variant`'s run, failing the test when there are none.
func collected(_ variant: TrackerVariant) throws -> [CollectedEvent] {
  let events = try BrowserRun.of(variant).events
  try #require(!events.isEmpty, "the collector received no event")
  return events
}

@Suite(
  "Every event the tracker sends follows the protocol",
  .serialized,
  .enabled(if: Environment.hasBrowserTools, "chromium or python3 is missing"))
struct TrackerProtocolTests {
  @Test("every page ran to its end", arguments: TrackerVariant.tested)
  func pagesFinished(variant: TrackerVariant) throws {
    let run = try BrowserRun.of(variant)
    for page in BrowserRun.pages {
      let name = String(page.split(separator: "#")[0])
      #expect(run.scenarios[name]?.finished == true, "\(name) did not finish")
    }
  }

  @Test("every event has the required parameters",
        arguments: TrackerVariant.tested)
  func requiredParameters(variant: TrackerVariant) throws {
    for event in try collected(variant) {
      for key in required {
        #expect(event[key] != nil, "\(event.scenario) \(event["e"] ?? "?") lacks \(key)")
      }
      #expect((event["cx"] != nil) != (event["co"] != nil),
              "exactly one of cx and co")
      #expect(event["dtm"] == nil || event["ttm"] == nil)
    }
  }

  @Test("no parameter outside the protocol", arguments: TrackerVariant.tested)
  func onlyProtocolKeys(variant: TrackerVariant) throws {
    for event in try collected(variant) {
      let extra = Set(event.params.keys).union(event.nonStrings)
        .subtracting(protocolKeys)
      #expect(extra.isEmpty, "\(event.scenario) sent \(extra.sorted())")
    }
  }

  @Test("every POSTed value is a string", arguments: TrackerVariant.tested)
  func stringsOnly(variant: TrackerVariant) throws {
    for event in try collected(variant) {
      #expect(event.nonStrings.isEmpty, "not strings: \(event.nonStrings)")
    }
  }

  @Test("values have their protocol types and formats",
        arguments: TrackerVariant.tested)
  func formatsOfValues(variant: TrackerVariant) throws {
    for event in try collected(variant) {
      for (key, pattern) in formats {
        guard let value = event[key] else { continue }
        #expect(matches(value, pattern), "\(key)=\(value) in \(event.scenario)")
      }
      #expect(event["tv"] == "js-0.2.0")
      #expect(Int(event["stm"] ?? "") ?? 0 >= Int(event["dtm"] ?? "") ?? 0,
              "sent before it was created")
    }
  }

  @Test("every event goes to the configured collector host",
        arguments: TrackerVariant.tested)
  func collectorHost(variant: TrackerVariant) throws {
    // cloudfront.html names its own collector.
    for event in try collected(variant) where event.scenario != "cloudfront" {
      #expect(event.host == variant.collectorHost)
    }
  }

  @Test("cx is unpadded base64url of a contexts envelope led by web_page",
        arguments: TrackerVariant.tested)
  func contextsDecode(variant: TrackerVariant) throws {
    for event in try collected(variant) {
      if let cx = event["cx"] {
        #expect(decodeBase64URL(cx) != nil, "cx is not base64url: \(cx)")
      }
      let envelope = try #require(event.contexts, "contexts do not decode")
      #expect(envelope["schema"] as? String ==
        "iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0")
      let first = try #require(event.entities.first)
      #expect(first["schema"] as? String ==
        "iglu:com.snowplowanalytics.snowplow/web_page/jsonschema/1-0-0")
      let id = (first["data"] as? [String: Any])?["id"] as? String ?? ""
      #expect(matches(id, uuidV4), "web_page id \(id)")
    }
  }

  @Test("ue_px is base64url of an unstruct_event envelope",
        arguments: TrackerVariant.tested)
  func selfDescribingDecodes(variant: TrackerVariant) throws {
    let events = try collected(variant).filter { $0["e"] == "ue" }
    #expect(!events.isEmpty)
    for event in events {
      let envelope = try #require(event.selfDescribing)
      #expect(envelope["schema"] as? String ==
        "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0")
      #expect(event.eventSchema.map { matches($0, igluURI) } == true)
    }
  }

  @Test("an event id sent twice is a retry of the same event",
        arguments: TrackerVariant.tested)
  func uniqueEventIDs(variant: TrackerVariant) throws {
    let byID = Dictionary(grouping: try collected(variant)) { $0["eid"] ?? "" }
    for (id, copies) in byID where copies.count > 1 {
      var first = copies[0].params, other = copies[1].params
      first["stm"] = nil
      other["stm"] = nil
      #expect(first == other, "eid \(id) reused by a different event")
    }
  }

  @Test("the events of one POST share their stm",
        arguments: TrackerVariant.tested)
  func batchesShareSendTime(variant: TrackerVariant) throws {
    let byRequest = Dictionary(grouping: try collected(variant)) { $0.request }
    for (_, batch) in byRequest {
      #expect(Set(batch.map { $0["stm"] ?? "" }).count == 1)
    }
  }
}

let igluURI = "^iglu:[a-zA-Z0-9-_.]+/[a-zA-Z0-9-_]+/[a-zA-Z0-9-_]+/[0-9]+-[0-9]+-[0-9]+$"
