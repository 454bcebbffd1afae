#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What every manifest format needs to record one build.
struct ManifestContext {
  /// The manifest's path (output directory joined), for errors.
  let path: String
  let script: ServedFile
  let map: ServedFile?
  /// The `.gz` file name, when written.
  let gzipFile: String?
  /// Older files of this asset that cleanup removes now: entries naming
  /// them are dropped so manifests never point at missing files.
  let retiredFiles: Set<String>
  /// The time recorded for new entries in formats that keep one; an
  /// existing entry for the same file keeps its time, so a rebuild with
  /// nothing changed gives the same manifest bytes.
  let buildTime: Date
  /// URL prefix for formats that store URLs (webpack).
  let publicPath: String
  /// snowpak's history of this asset's versions, oldest first.
  let history: [HistoryVersion]

  /// The script, then the map if any.
  var servedFiles: [ServedFile] { [script] + (map.map { [$0] } ?? []) }

  /// The members of an existing top-level object, or an error naming the
  /// file when the JSON is some other value.
  func rootObject(_ existing: JSONValue?) throws(OutputError) -> [String: JSONValue] {
    guard let existing else { return [:] }
    guard let members = existing.objectValue else {
      throw .unexpectedManifest(path: path, reason: "the top level is not an object")
    }
    return members
  }

  /// The member `key` of `object` as an object; absent is empty.
  func objectMember(
    _ key: String, of object: [String: JSONValue]
  ) throws(OutputError) -> [String: JSONValue] {
    guard let value = object[key] else { return [:] }
    guard let members = value.objectValue else {
      throw .unexpectedManifest(path: path, reason: "\"\(key)\" is not an object")
    }
    return members
  }
}
