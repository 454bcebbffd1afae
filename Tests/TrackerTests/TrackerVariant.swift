import EmbeddedTracker
import Foundation

/// The two forms of the tracker every browser test runs against.
enum TrackerVariant: String, CaseIterable, Sendable, CustomStringConvertible {
  /// The files of order.txt concatenated as they are: DEBUG regions kept,
  /// the default collector in place.
  case raw
  /// What `snowpak build --collector sp.snowpak.test` writes: DEBUG
  /// stripped, minified, the collector rewritten.
  case built

  /// The variants the suite runs.
  static let tested: [TrackerVariant] = [.raw, .built]

  var description: String { rawValue }

  /// The collector host requests must reach.
  var collectorHost: String {
    switch self {
    case .raw: "collector.snowpak.invalid"
    case .built: "sp.snowpak.test"
    }
  }

  /// Writes this variant of the tracker into `directory`; returns its file.
  func write(into directory: URL) throws -> URL {
    switch self {
    case .raw:
      let file = directory.appending(path: "sp.js")
      try Data(Self.concatenated().utf8).write(to: file)
      return file

    case .built:
      let out = directory.appending(path: "assets")
      let snowpak = Environment.products.appending(path: "snowpak").path
      let result = try Environment.run(
        snowpak, ["build", "--collector", collectorHost, "--out", out.path])
      guard result.status == 0 else {
        throw TrackerTestError.buildFailed(result.status, result.errors)
      }
      let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
      guard let name = names.first(where: {
        $0.hasPrefix("sp-") && $0.hasSuffix(".js")
      }) else {
        throw TrackerTestError.noBuiltTracker(names)
      }
      return out.appending(path: name)
    }
  }

  /// The embedded tracker-src files, in the order order.txt gives.
  static func concatenated() throws -> String {
    guard let order = EmbeddedTracker.contents(of: "order.txt") else {
      throw TrackerTestError.missingSource("order.txt")
    }
    return try order.split(separator: "\n")
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
      .map { name in
        guard let text = EmbeddedTracker.contents(of: name) else {
          throw TrackerTestError.missingSource(name)
        }
        return text
      }
      .joined()
  }
}
