import Foundation
import Testing

// Every POST body, every GET query, and every context and self-describing
// payload inside them, validated by python3-jsonschema against the Iglu
// schemas in ../shared/iglu.

private let vendor = "iglu:com.snowplowanalytics.snowplow/"
private let payloadData = vendor + "payload_data/jsonschema/1-0-4"

/// Schemas we have a copy of; others (the pages' own) are checked only by
/// their envelope.
private func known(_ schema: String?) -> Bool {
  guard let schema, schema.hasPrefix("iglu:") else { return false }
  let path = schema.dropFirst("iglu:".count)
  return FileManager.default.fileExists(
    atPath: Environment.iglu.appending(path: String(path)).path)
}

/// [schema URI, instance] pairs for one run, with a label for each.
private func cases(_ run: BrowserRun) -> [(String, String, Any)] {
  var cases: [(String, String, Any)] = []
  for record in run.records {
    if record.kind == "post", let body = parseJSON(record.body ?? "") {
      let data = (body as? [String: Any])?["data"] ?? NSNull()
      cases.append(("POST body in \(record.scenario ?? "")", payloadData, data))
    }
    if record.kind == "get", let query = record.query {
      cases.append(("GET query in \(record.scenario ?? "")", payloadData, [query]))
    }
  }
  for event in run.events {
    let label = "\(event.scenario) \(event["e"] ?? "") \(event["eid"] ?? "")"
    if let envelope = event.contexts {
      cases.append((label + " contexts",
                    vendor + "contexts/jsonschema/1-0-0",
                    envelope["data"] ?? NSNull()))
      for entity in event.entities {
        if let schema = entity["schema"] as? String, known(schema) {
          cases.append((label + " " + schema, schema, entity["data"] ?? NSNull()))
        }
      }
    }
    if let envelope = event.selfDescribing {
      let inner = envelope["data"] ?? NSNull()
      cases.append((label + " unstruct_event",
                    vendor + "unstruct_event/jsonschema/1-0-0", inner))
      if let schema = event.eventSchema, known(schema) {
        cases.append((label + " " + schema, schema,
                      (inner as? [String: Any])?["data"] ?? NSNull()))
      }
    }
  }
  return cases
}

@Suite(
  "Every payload validates against its Iglu schema",
  .serialized,
  .enabled(if: Environment.hasBrowserTools, "chromium or python3 is missing"),
  .enabled(if: Environment.hasSchemas, "../shared/iglu is missing"))
struct TrackerSchemaTests {
  @Test("bodies, queries, contexts and events validate",
        arguments: TrackerVariant.tested)
  func validate(variant: TrackerVariant) throws {
    let run = try BrowserRun.of(variant)
    let all = cases(run)
    #expect(all.contains { $0.1.hasSuffix("link_click/jsonschema/1-0-1") })
    #expect(all.contains { $0.1.hasSuffix("web_page/jsonschema/1-0-0") })

    let input = try JSONSerialization.data(
      withJSONObject: all.map { [$0.1, $0.2] })
    let result = try Environment.run(
      "python3",
      [Environment.support.appending(path: "validate.py").path,
       Environment.iglu.path],
      input: input)
    if result.status == 3 {
      withKnownIssue("python3-jsonschema is not installed") {
        Issue.record("cannot validate")
      }
      return
    }
    try #require(result.status == 0, "validate.py failed")
    let verdicts = try #require(
      try JSONSerialization.jsonObject(with: result.output) as? [Any])
    try #require(verdicts.count == all.count)
    for (verdict, (label, schema, _)) in zip(verdicts, all) {
      #expect(verdict is NSNull, "\(label) against \(schema): \(verdict)")
    }
  }
}
