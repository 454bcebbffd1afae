/// A mistake in how a command was called. Exits with status 64.
struct UsageError: Error, Equatable, Sendable {
  var message: String
  /// The command whose `--help` the message points to, if any.
  var command: String?

  init(_ message: String, command: String? = nil) {
    self.message = message
    self.command = command
  }

  static func unknownOption(
    _ option: String, among specs: [OptionSpec], command: String
  ) -> UsageError {
    var message = "Unknown option '\(option)'."
    let name = option.drop { $0 == "-" }.prefix { $0 != "=" }
    if let guess = closestName(to: String(name), in: specs.map(\.name)) {
      message += " Did you mean '--\(guess)'?"
    }
    return UsageError(message, command: command)
  }

  /// The candidate within two edits of `name`, if exactly one is closest.
  static func closestName(
    to name: String, in candidates: [String]
  ) -> String? {
    let ranked = candidates
      .map { (name: $0, distance: editDistance(name, $0)) }
      .filter { $0.distance <= 2 }
      .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
    return ranked.first?.name
  }

  /// Levenshtein distance between two short strings.
  private static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...max(b.count, 1) where !b.isEmpty {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      previous = current
    }
    return a.isEmpty ? b.count : previous[b.count]
  }
}
