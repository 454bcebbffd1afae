import AssetPipeline
import Digest

/// Turns what a tracker sent into `TrackerEvent`s and finds the protocol
/// problems in them (the tracker protocol, see TRACKER.md):
///
///     GET  /i?e=pv&tv=js-1&p=web&url=…        ⇒ one event
///     POST {"schema":"iglu:…/payload_data/jsonschema/1-0-4",
///           "data":[{"e":"pv",…},{"e":"se",…}]} ⇒ two events
///
/// A POSTed event's parameters come out sorted by name: the JSON parser
/// does not keep key order, and sorted output is at least stable.
public enum EventDecoder {
  static let payloadDataName = "payload_data"
  static let contextsName = "contexts"
  static let unstructEventName = "unstruct_event"
  static let snowplowVendor = "com.snowplowanalytics.snowplow"

  /// The event of a pixel request's query string.
  public static func decode(
    query: Substring?
  ) -> (events: [TrackerEvent], problems: [ProtocolProblem]) {
    guard let query, !query.isEmpty else { return ([], [.emptyPixelRequest]) }

    var event = TrackerEvent(parameters: [], contexts: [], problems: [])
    for pair in query.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let rawName = parts[0]
      let rawValue = parts.count > 1 ? parts[1] : ""
      let name = PercentEncoding.decodeText(rawName, plusIsSpace: true) ?? String(rawName)
      guard let value = PercentEncoding.decodeText(rawValue, plusIsSpace: true) else {
        event.problems.append(.invalidEncoding(parameter: name))
        event.parameters.append((name, String(rawValue)))
        continue
      }
      event.parameters.append((name, value))
    }
    inspect(&event)
    return ([event], [])
  }

  /// The events of a POST body, which must be a payload_data envelope.
  public static func decode(
    body: [UInt8]
  ) -> (events: [TrackerEvent], problems: [ProtocolProblem]) {
    guard let json = parse(body) else {
      return ([], [.bodyNotJSON])
    }
    guard let envelope = json.objectValue else {
      return ([], [.bodyNotPayloadData("not a JSON object")])
    }

    // The envelope names payload_data and holds a non-empty array.
    var problems: [ProtocolProblem] = []
    if let schema = envelope["schema"]?.stringValue {
      problems += check(schema, field: "schema", isSnowplow: payloadDataName)
    } else {
      problems.append(.bodyNotPayloadData("no \"schema\" string"))
    }
    guard let items = envelope["data"]?.arrayValue else {
      return ([], problems + [.bodyNotPayloadData("\"data\" is not an array")])
    }
    if items.isEmpty {
      problems.append(.bodyNotPayloadData("\"data\" is empty"))
    }

    // Each item is an object of string values.
    var events: [TrackerEvent] = []
    for item in items {
      guard let object = item.objectValue else {
        problems.append(.bodyNotPayloadData("an item of \"data\" is not an object"))
        continue
      }
      var event = TrackerEvent(parameters: [], contexts: [], problems: [])
      for name in object.keys.sorted() {
        let value = object[name]!
        if let text = value.stringValue {
          event.parameters.append((name, text))
        } else {
          event.problems.append(.nonStringValue(field: name))
          event.parameters.append((name, value.compactText()))
        }
      }
      inspect(&event)
      events.append(event)
    }
    return (events, problems)
  }

  /// Required fields, the event type, and the encoded JSON fields.
  static func inspect(_ event: inout TrackerEvent) {
    for name in ["e", "tv", "p"] where event[name] == nil {
      event.problems.append(.missingField(name))
    }
    for (name, _) in event.parameters where !PayloadDataFields.names.contains(name) {
      event.problems.append(.unknownField(name))
    }
    switch event["e"] {
    case "se"?:
      for name in ["se_ca", "se_ac"] where event[name] == nil {
        event.problems.append(.missingField(name))
      }
    case "ue"?:
      if event["ue_px"] == nil, event["ue_pr"] == nil {
        event.problems.append(.missingField("ue_px"))
      }
    case let type? where TrackerEvent.eventNames[type] == nil:
      event.problems.append(.unknownEventType(type))
    default:
      break
    }

    // Contexts: base64url in cx, plain JSON in co.
    for field in ["cx", "co"] {
      guard let json = jsonField(field, of: event, problems: &event.problems) else {
        continue
      }
      guard let envelope = selfDescribing(json, field: field, problems: &event.problems)
      else { continue }
      event.problems += check(envelope.schema, field: field, isSnowplow: contextsName)
      guard let entities = envelope.data.arrayValue else {
        event.problems.append(
          .notSelfDescribing(field: field, detail: "\"data\" is not an array"))
        continue
      }
      for entity in entities {
        if let inner = selfDescribing(entity, field: field, problems: &event.problems) {
          event.problems += check(inner.schema, field: field)
          event.contexts.append(
            SelfDescribingData(schema: inner.schema, json: inner.data.compactText()))
        }
      }
    }

    // Self-describing event: base64url in ue_px, plain JSON in ue_pr.
    for field in ["ue_px", "ue_pr"] {
      guard let json = jsonField(field, of: event, problems: &event.problems),
        let envelope = selfDescribing(json, field: field, problems: &event.problems)
      else { continue }
      event.problems += check(envelope.schema, field: field, isSnowplow: unstructEventName)
      if let inner = selfDescribing(envelope.data, field: field, problems: &event.problems) {
        event.problems += check(inner.schema, field: field)
        event.selfDescribingEvent =
          SelfDescribingData(schema: inner.schema, json: inner.data.compactText())
      }
    }
  }

  /// The parsed JSON of `cx`/`ue_px` (base64url) or `co`/`ue_pr` (plain).
  private static func jsonField(
    _ field: String, of event: TrackerEvent, problems: inout [ProtocolProblem]
  ) -> JSONValue? {
    guard let value = event[field] else { return nil }
    let bytes: [UInt8]
    if field.hasSuffix("x") {
      guard let decoded = Base64.urlDecode(value) else {
        problems.append(.invalidBase64URL(field: field))
        return nil
      }
      bytes = decoded
    } else {
      bytes = Array(value.utf8)
    }
    guard let json = parse(bytes) else {
      problems.append(.invalidJSON(field: field))
      return nil
    }
    return json
  }

  /// A JSON object or array; a bare string, number or literal is refused.
  private static func parse(_ bytes: [UInt8]) -> JSONValue? {
    guard let json = try? JSONParser.parse(bytes) else { return nil }
    switch json {
    case .object, .array: return json
    default: return nil
    }
  }

  /// `{"schema": String, "data": Any}` or a problem.
  private static func selfDescribing(
    _ json: JSONValue, field: String, problems: inout [ProtocolProblem]
  ) -> (schema: String, data: JSONValue)? {
    guard let object = json.objectValue else {
      problems.append(.notSelfDescribing(field: field, detail: "not an object"))
      return nil
    }
    guard let schema = object["schema"]?.stringValue else {
      problems.append(.notSelfDescribing(field: field, detail: "no \"schema\" string"))
      return nil
    }
    guard let data = object["data"] else {
      problems.append(.notSelfDescribing(field: field, detail: "no \"data\""))
      return nil
    }
    return (schema, data)
  }

  /// A schema URI is valid and, for envelopes, names the Snowplow schema.
  private static func check(
    _ schema: String, field: String, isSnowplow expectedName: String? = nil
  ) -> [ProtocolProblem] {
    guard let uri = IgluSchemaURI(schema) else {
      return [.invalidSchemaURI(schema, field: field)]
    }
    if let expectedName, uri.vendor != snowplowVendor || uri.name != expectedName
      || uri.model != 1
    {
      let expected = "iglu:\(snowplowVendor)/\(expectedName)/jsonschema/1-0-*"
      return [.unexpectedSchema(schema, field: field, expected: expected)]
    }
    return []
  }
}
