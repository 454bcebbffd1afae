import Foundation

/// The entry for `sp.js` in a manifest snowpak wrote: its fingerprinted
/// file and integrity, read as a template would read them.
struct TrackerEntry: Equatable {
  var file: String
  var integrity: String

  /// From `snowpak-manifest.json`.
  static func snowpak(_ manifest: URL) throws -> TrackerEntry {
    let object = try JSONSerialization.jsonObject(
      with: Data(contentsOf: manifest))
    guard let assets = (object as? [String: Any])?["assets"],
      let entry = (assets as? [String: Any])?["sp.js"] as? [String: Any],
      let file = entry["file"] as? String,
      let integrity = entry["integrity"] as? String
    else { throw ExampleFailure.collector("no sp.js in \(manifest.path)") }
    return TrackerEntry(file: file, integrity: integrity)
  }

  /// The tag a page must contain for this entry under `prefix`.
  func scriptTag(prefix: String) -> String {
    "src=\"\(prefix)\(file)\" integrity=\"\(integrity)\""
  }
}
