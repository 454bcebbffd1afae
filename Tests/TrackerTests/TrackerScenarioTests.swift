import Foundation
import Testing

// What each test page (examples/tracker-pages) does, seen from the
// collector and the browser's cookie jar.

/// The events of one tracker namespace on one page ("" for the classic one).
private func events(
  _ variant: TrackerVariant, _ scenario: String, tracker: String
) throws -> [CollectedEvent] {
  try BrowserRun.of(variant).events(in: scenario)
    .filter { ($0["tna"] ?? "") == tracker }
}

private func first(
  _ events: [CollectedEvent], _ type: String, schema: String? = nil
) throws -> CollectedEvent {
  try #require(events.first {
    $0["e"] == type && (schema == nil || $0.eventSchema == schema)
  }, "no \(type) event")
}

/// The cookie-name hash: four hex digits of SHA-1 of domain + "/".
private func cookieHash(_ run: BrowserRun, _ domain: String) throws -> String {
  String(try #require(run.sha1[domain + "/"]).prefix(4))
}

private let signup = "iglu:com.example/signup/jsonschema/1-0-0"
private let linkClickSchema =
  "iglu:com.snowplowanalytics.snowplow/link_click/jsonschema/1-0-1"

@Suite(
  "Each test page produces the events and cookies it should",
  .serialized,
  .enabled(if: Environment.hasBrowserTools, "chromium or python3 is missing"))
struct TrackerScenarioTests {
  // MARK: modern.html: two trackers, POST and GET, queued before load

  @Test("the modern queue sends each command to the trackers it names",
        arguments: TrackerVariant.tested)
  func modernTrackers(variant: TrackerVariant) throws {
    let post = try events(variant, "modern", tracker: "sp")
    let get = try events(variant, "modern", tracker: "sp2")
    // The link click may also leave by sendBeacon as the page unloads.
    #expect(post.allSatisfy { $0.transport != .get && $0["aid"] == "shop" })
    #expect(get.allSatisfy { $0.transport == .get && $0["aid"] == "shop-get" })
    #expect(Set(post.compactMap { $0["e"] }) == ["pv", "pp", "se", "ue", "tr", "ti"])
    #expect(Set(get.compactMap { $0["e"] }) == ["pv", "pp", "se", "ue"])
    #expect((post + get).allSatisfy { $0["uid"] == "alice@example.com" })
    #expect(post.filter { $0["e"] == "se" }.map { $0["se_ac"] } == ["add-to-basket"])
    #expect(get.filter { $0["e"] == "se" }.map { $0["se_ac"] } == ["checkout"])
    #expect(get.allSatisfy { $0["co"] != nil && $0["cx"] == nil })
    #expect(get.filter { $0["e"] == "ue" }.allSatisfy { $0["ue_pr"] != nil })
  }

  @Test("POSTs are JSON to the tp2 path, preflighted with credentials",
        arguments: TrackerVariant.tested)
  func modernPosts(variant: TrackerVariant) throws {
    let run = try BrowserRun.of(variant)
    let posts = run.records(in: "modern", kind: "post")
      .filter { $0.contentType?.hasPrefix("text/plain") != true }
    #expect(!posts.isEmpty)
    for post in posts {
      #expect(post.contentType == "application/json; charset=UTF-8")
      #expect(post.origin == "http://www.site.test")
      let body = parseJSON(post.body ?? "") as? [String: Any]
      #expect(body?["schema"] as? String ==
        "iglu:com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-4")
    }
    let preflights = run.records(in: "modern", kind: "preflight")
    #expect(preflights.contains { $0.requestHeaders == "content-type" })
  }

  @Test("the page view carries the custom context, Unicode intact",
        arguments: TrackerVariant.tested)
  func customContext(variant: TrackerVariant) throws {
    let view = try first(events(variant, "modern", tracker: "sp"), "pv")
    #expect(view["page"] == "Modern page")
    let entity = try #require(view.entities.dropFirst().first)
    #expect(entity["schema"] as? String ==
      "iglu:com.example/page_type/jsonschema/1-0-0")
    let data = entity["data"] as? [String: String]
    #expect(data == ["type": "product", "é": "ü€𝄞"])
  }

  @Test("pings report the scroll range of each active heartbeat",
        arguments: TrackerVariant.tested)
  func pagePings(variant: TrackerVariant) throws {
    for tracker in ["sp", "sp2"] {
      let pings = try events(variant, "modern", tracker: tracker)
        .filter { $0["e"] == "pp" }
      let ranges = pings.map { [$0["pp_miy"], $0["pp_may"]] }
      #expect(ranges.contains(["0", "600"]), "\(tracker): \(ranges)")
      #expect(ranges.contains(["600", "1500"]), "\(tracker): \(ranges)")
      #expect(pings.allSatisfy { $0["pp_mix"] == "0" && $0["pp_max"] == "0" })
      #expect(pings.allSatisfy { $0["page"] == "Modern page" })
    }
  }

  @Test("a structured event carries its five fields",
        arguments: TrackerVariant.tested)
  func structuredEvent(variant: TrackerVariant) throws {
    let event = try first(events(variant, "modern", tracker: "sp"), "se")
    #expect(event["se_ca"] == "shop")
    #expect(event["se_ac"] == "add-to-basket")
    #expect(event["se_la"] == "mug")
    #expect(event["se_pr"] == "blue")
    #expect(event["se_va"] == "3.5")
  }

  @Test("a self-describing event carries its data and its own context",
        arguments: TrackerVariant.tested)
  func selfDescribingEvent(variant: TrackerVariant) throws {
    for tracker in ["sp", "sp2"] {
      let event = try first(
        events(variant, "modern", tracker: tracker), "ue", schema: signup)
      #expect(event.eventData?["plan"] as? String == "pro")
      #expect(event.eventData?["seats"] as? Int == 3)
      #expect(event.entities.count == 2)
      #expect(event.entities.last?["schema"] as? String ==
        "iglu:com.example/user/jsonschema/1-0-0")
    }
  }

  @Test("a transaction sends tr then one ti per item",
        arguments: TrackerVariant.tested)
  func transaction(variant: TrackerVariant) throws {
    let sent = try events(variant, "modern", tracker: "sp")
    let order = try first(sent, "tr")
    #expect(order.params.filter { $0.key.hasPrefix("tr_") } == [
      "tr_id": "order-7", "tr_af": "web", "tr_tt": "42.5", "tr_tx": "4.25",
      "tr_sh": "5", "tr_ci": "Lyon", "tr_st": "ARA", "tr_co": "France",
      "tr_cu": "EUR",
    ])
    let items = sent.filter { $0["e"] == "ti" }
    #expect(items.map { $0["ti_sk"] } == ["mug-1", "pot-2"])
    #expect(items.first?.params.filter { $0.key.hasPrefix("ti_") } == [
      "ti_id": "order-7", "ti_sk": "mug-1", "ti_nm": "Mug",
      "ti_ca": "kitchen", "ti_pr": "12.5", "ti_qu": "2", "ti_cu": "EUR",
    ])
  }

  @Test("a link click is a link_click event describing the link",
        arguments: TrackerVariant.tested)
  func linkClick(variant: TrackerVariant) throws {
    let sent = try events(variant, "modern", tracker: "sp")
    let click = try first(sent, "ue", schema: linkClickSchema)
    let data = try #require(click.eventData)
    #expect(data["targetUrl"] as? String ==
      "http://www.site.test/pages/landing.html?from=modern")
    #expect(data["elementId"] as? String == "next")
    #expect(data["elementClasses"] as? [String] == ["nav", "primary"])
    #expect(data["elementTarget"] as? String == "_self")
    #expect(data["elementContent"] == nil)
    // Only `sp` tracks links.
    let other = try events(variant, "modern", tracker: "sp2")
    #expect(!other.contains { $0.eventSchema == linkClickSchema })
  }

  @Test("one page view id is shared by every event of the page",
        arguments: TrackerVariant.tested)
  func pageViewID(variant: TrackerVariant) throws {
    let sent = try events(variant, "modern", tracker: "sp")
    let ids = Set(sent.map {
      ($0.entities.first?["data"] as? [String: Any])?["id"] as? String
    })
    #expect(ids.count == 1)
  }

  @Test("first-party cookies are named and filled as the protocol says",
        arguments: TrackerVariant.tested)
  func modernCookies(variant: TrackerVariant) throws {
    let run = try BrowserRun.of(variant)
    let hash = try cookieHash(run, "www.site.test")
    let cookies = run.cookies(in: "modern")
    let sent = try events(variant, "modern", tracker: "sp")
    let id = try #require(cookies.first { $0.name == "_sp_id.\(hash)" })
    let session = try #require(cookies.first { $0.name == "_sp_ses.\(hash)" })
    #expect(cookies.contains { $0.name == "_sp2_id.\(hash)" })

    let fields = id.value.split(separator: ".", omittingEmptySubsequences: false)
      .map(String.init)
    try #require(fields.count == 10, "id cookie \(id.value)")
    #expect(fields[0] == sent[0]["duid"])
    #expect(fields[2] == "1")
    #expect(fields[4] == "" && fields[6] == "", "no previous visit")
    #expect(fields[5] == sent[0]["sid"])
    #expect(matches(fields[7], uuidV4))
    #expect(matches(fields[8], "^[0-9]{13}$"))
    #expect(fields[9] == String(Set(sent.map { $0["eid"] }).count))
    #expect(matches(fields[1], "^[0-9]{10}$") && matches(fields[3], "^[0-9]{10}$"))

    #expect(session.value == "*")
    for cookie in [id, session] {
      #expect(cookie.path == "/" && cookie.sameSite == "Lax")
      #expect(cookie.domain == "www.site.test")
    }
    // Two years asked; Chromium caps every cookie at 400 days.
    #expect(abs(run.lifetime(of: id, in: "modern") - 34_560_000) < 600)
    #expect(abs(run.lifetime(of: session, in: "modern") - 1800) < 60)
  }

  // MARK: classic.html: _snaq, GET

  @Test("the classic queue runs commands before and after load, by GET",
        arguments: TrackerVariant.tested)
  func classicQueue(variant: TrackerVariant) throws {
    let run = try BrowserRun.of(variant)
    let sent = try events(variant, "classic", tracker: "")
    #expect(sent.count == run.events(in: "classic").count, "no tna")
    #expect(sent.allSatisfy {
      $0.transport == .get && $0["aid"] == "classic-site" && $0["uid"] == "bob"
    })
    #expect(run.marker(of: "classic")["queue"] == "live")

    let view = try first(sent, "pv")
    #expect(view["page"] == "Classic title")
    #expect(view["url"] == "http://www.site.test/pages/classic.html",
            "discardHashTag drops #top")
    let late = try #require(sent.first { $0["se_ca"] == "after" })
    #expect(late["se_ac"] == "load")
    #expect(late.entities.last?["schema"] as? String ==
      "iglu:com.example/late/jsonschema/1-0-0")
    let played = try #require(sent.first { $0["se_ca"] == "video" })
    #expect(played["se_va"] == "12" && played["se_la"] == "intro")
    #expect(try first(sent, "ue", schema:
      "iglu:com.example/viewed/jsonschema/1-0-0").eventData?["n"] as? Int == 1)
    #expect(try first(sent, "tr")["tr_tt"] == "21.50")
    #expect(try first(sent, "ti")["ti_qu"] == "2")
    let click = try first(sent, "ue", schema: linkClickSchema)
    #expect(click.eventData?["targetUrl"] as? String ==
      "http://www.site.test/pages/classic.html#bottom")

    let hash = try cookieHash(run, "www.site.test")
    #expect(run.cookies(in: "classic").map(\.name).sorted() ==
      ["_cl_id.\(hash)", "_cl_ses.\(hash)"])
  }

  @Test("activity tracking enabled after the page view pings at once",
        arguments: TrackerVariant.tested)
  func lateActivityTracking(variant: TrackerVariant) throws {
    let pings = try events(variant, "classic", tracker: "")
      .filter { $0["e"] == "pp" }
    #expect(pings.map { [$0["pp_miy"], $0["pp_may"]] } == [["0", "300"]])
    #expect(pings.first?["page"] == "Classic title")
  }

  // MARK: session.html: a one-second session

  @Test("a new session starts after the session timeout",
        arguments: TrackerVariant.tested)
  func sessionTimeout(variant: TrackerVariant) throws {
    let run = try BrowserRun.of(variant)
    let sent = try events(variant, "session", tracker: "ses")
    try #require(sent.count == 4)
    #expect(sent.map { $0["vid"] } == ["1", "1", "2", "2"])
    #expect(Set(sent.map { $0["duid"] }).count == 1)
    #expect(sent[0]["sid"] == sent[1]["sid"])
    #expect(sent[2]["sid"] == sent[3]["sid"])
    #expect(sent[0]["sid"] != sent[2]["sid"])

    // Cookie domain site.test: another hash, the id cookie on .site.test.
    let hash = try cookieHash(run, "site.test")
    let id = try #require(run.cookies(in: "session")
      .first { $0.name == "_sp_id.\(hash)" })
    #expect(id.domain == ".site.test")
    let fields = id.value.split(separator: ".", omittingEmptySubsequences: false)
      .map(String.init)
    try #require(fields.count == 10)
    #expect(fields[2] == "2")
    #expect(fields[5] == sent[2]["sid"])
    #expect(fields[6] == sent[0]["sid"])
    #expect(fields[7] == sent[2]["eid"])
    #expect(fields[8] == sent[2]["dtm"])
    #expect(fields[9] == "2")
    #expect(Int(fields[4]).map { $0 >= Int(fields[1])! } == true)
  }

  // MARK: cloudfront.html: classic setters

  @Test("setCollectorCf, setCookieDomain and setSessionCookieTimeout apply",
        arguments: TrackerVariant.tested)
  func classicSetters(variant: TrackerVariant) throws {
    let run = try BrowserRun.of(variant)
    let sent = run.events(in: "cloudfront")
    #expect(sent.map(\.host) == ["d111abcdef8.cloudfront.net"])
    let hash = try cookieHash(run, "site.test")
    let session = try #require(run.cookies(in: "cloudfront")
      .first { $0.name == "_sp_ses.\(hash)" })
    #expect(session.domain == ".site.test")
    #expect(abs(run.lifetime(of: session, in: "cloudfront") - 60) < 10)
  }

  // MARK: privacy.html: Global Privacy Control, anonymous tracking

  @Test("respectDoNotTrack silences a tracker under Global Privacy Control",
        arguments: TrackerVariant.tested)
  func doNotTrack(variant: TrackerVariant) throws {
    let run = try BrowserRun.of(variant)
    #expect(try events(variant, "privacy", tracker: "polite").isEmpty)
    #expect(run.cookies(in: "privacy").isEmpty, "no cookie at all")
  }

  @Test("anonymous tracking sends no user, domain or session id",
        arguments: TrackerVariant.tested)
  func anonymousTracking(variant: TrackerVariant) throws {
    let sent = try events(variant, "privacy", tracker: "anon")
    #expect(sent.compactMap { $0["e"] } == ["pv", "se"])
    for event in sent {
      for key in ["duid", "sid", "vid", "uid"] { #expect(event[key] == nil) }
    }
  }

  // MARK: retry.html and beacon.html: delivery

  @Test("a failed POST is kept in localStorage and sent again",
        arguments: TrackerVariant.tested)
  func retry(variant: TrackerVariant) throws {
    let run = try BrowserRun.of(variant)
    let sent = try events(variant, "retry", tracker: "flaky")
    try #require(sent.count == 2)
    #expect(sent.map(\.status) == [503, 200])
    #expect(sent[0]["eid"] == sent[1]["eid"])
    #expect(Int(sent[1]["stm"]!)! - Int(sent[0]["stm"]!)! >= 900)
    #expect(run.marker(of: "retry") ==
      ["page": "retry", "early": "1", "late": "0"])
  }

  @Test("events still queued when the page hides leave by sendBeacon",
        arguments: TrackerVariant.tested)
  func beacon(variant: TrackerVariant) throws {
    let sent = try events(variant, "beacon", tracker: "slow")
    let beaconed = sent.filter { $0.transport == .beacon }
    #expect(beaconed.map { $0["e"] } == ["pv"])
  }
}
