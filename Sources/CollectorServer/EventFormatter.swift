/// Readable lines for one event, the feedback `snowpak serve` prints:
///
///     page_view url="https://shop.example/" page="Home"
///       tracker js-1.0.0, platform web, app shop
///       context web_page/1-0-0 {"id":"0c3…"}
///       error: Missing required field "tv"
///
/// Returns text; printing is the command's business.
public enum EventFormatter {
  /// Parameters shown on the first line, by event type.
  static let headlineFields: [String: [String]] = [
    "pv": ["url", "page", "refr"],
    "pp": ["url", "pp_mix", "pp_max", "pp_miy", "pp_may"],
    "se": ["se_ca", "se_ac", "se_la", "se_pr", "se_va"],
    "ue": ["url"],
    "tr": ["tr_id", "tr_af", "tr_tt", "tr_tx", "tr_sh", "tr_cu"],
    "ti": ["ti_id", "ti_sk", "ti_nm", "ti_ca", "ti_pr", "ti_qu", "ti_cu"],
  ]

  /// Readable names for the parameters on the first line.
  static let labels = [
    "se_ca": "category", "se_ac": "action", "se_la": "label",
    "se_pr": "property", "se_va": "value", "refr": "referrer",
  ]

  public static func lines(for event: TrackerEvent) -> [String] {
    var lines: [String] = []

    // What happened, and on which page.
    var headline = event.eventName ?? "(no event type)"
    for name in headlineFields[event["e"] ?? ""] ?? ["url"] {
      if let value = event[name] {
        headline += " \(labels[name] ?? name)=\(quoted(value))"
      }
    }
    lines.append(headline)

    // Who sent it.
    let origin = [("tracker", "tv"), ("platform", "p"), ("app", "aid")]
      .compactMap { label, name in event[name].map { "\(label) \($0)" } }
    if !origin.isEmpty {
      lines.append("  " + origin.joined(separator: ", "))
    }

    // The decoded self-describing JSON.
    if let inner = event.selfDescribingEvent {
      lines.append("  event \(inner.shortSchema) \(inner.json)")
    }
    for context in event.contexts {
      lines.append("  context \(context.shortSchema) \(context.json)")
    }
    for problem in event.problems {
      lines.append("  error: \(problem)")
    }
    return lines
  }

  /// A value in double quotes with quotes, backslashes and controls escaped.
  static func quoted(_ value: String) -> String {
    var text = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\t": text += "\\t"
      case _ where scalar.value < 32 || scalar.value == 127:
        text += "\\u{\(String(scalar.value, radix: 16))}"
      default: text.unicodeScalars.append(scalar)
      }
    }
    return text + "\""
  }
}
