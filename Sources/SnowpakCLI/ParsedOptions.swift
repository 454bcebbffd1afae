/// The options and operands of one command, after parsing.
struct ParsedOptions: Sendable {
  /// Values by option name; a flag that was given has one value, "true".
  private(set) var values: [String: [String]] = [:]
  var operands: [String] = []

  mutating func add(_ value: String, for name: String) {
    values[name, default: []].append(value)
  }

  mutating func set(_ values: [String], for name: String) {
    self.values[name] = values
  }

  func has(_ name: String) -> Bool {
    values[name] != nil
  }

  func flag(_ name: String) -> Bool {
    values[name]?.last == "true"
  }

  /// The last value given for `name`: a later option overrides an earlier.
  func value(_ name: String) -> String? {
    values[name]?.last
  }

  func list(_ name: String) -> [String] {
    values[name] ?? []
  }

  /// These options, overridden option by option by `other`: what the
  /// command line says wins over what `snowpak.json` says.
  func overridden(by other: ParsedOptions) -> ParsedOptions {
    var merged = self
    for (name, values) in other.values {
      merged.values[name] = values
    }
    merged.operands = other.operands.isEmpty ? operands : other.operands
    return merged
  }
}
