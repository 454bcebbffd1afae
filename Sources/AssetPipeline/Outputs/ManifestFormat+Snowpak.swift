// snowpak's own manifest, `snowpak-manifest.json`:
//
//     {
//       "assets": {
//         "sp.js": {
//           "file": "sp-3f2a….js", "gzip": "sp-3f2a….js.gz",
//           "gzipSize": 2211, "integrity": "sha384-…",
//           "map": "sp-3f2a….js.map", "sha256": "3f2a…", "size": 5120
//         }
//       },
//       "history": {
//         "sp.js": [{"file": "sp-older….js", "outputs": ["sp-older….js"]}, …]
//       },
//       "version": 1
//     }
//
// `gzip` and `map` appear only when written. `history` lists, oldest first,
// every version snowpak wrote and still has on disk, with all its files:
// cleanup deletes only what is listed there. Other assets' entries and
// unknown top-level keys survive a merge.
extension ManifestFormat {
  static let snowpakVersion = 1

  func mergedSnowpak(
    into existing: JSONValue?, context: ManifestContext
  ) throws(OutputError) -> JSONValue {
    var root = try context.rootObject(existing)
    if let version = root["version"], version != .integer(Self.snowpakVersion) {
      throw .unexpectedManifest(path: context.path,
        reason: "\"version\" is not \(Self.snowpakVersion)")
    }

    // The current entry.
    let script = context.script
    var entry: [String: JSONValue] = [
      "file": .string(script.file),
      "sha256": .string(script.sha256),
      "integrity": .string(script.integrity),
      "size": .integer(script.size),
      "gzipSize": .integer(script.gzipSize),
    ]
    if let map = context.map { entry["map"] = .string(map.file) }
    if let gzip = context.gzipFile { entry["gzip"] = .string(gzip) }
    var assets = try context.objectMember("assets", of: root)
    assets[script.logicalName] = .object(entry)

    // The history, replaced as a whole for this asset.
    var history = try context.objectMember("history", of: root)
    history[script.logicalName] = .array(context.history.map { version in
      .object([
        "file": .string(version.file),
        "outputs": .array(version.outputs.map { .string($0) }),
      ])
    })

    root["assets"] = .object(assets)
    root["history"] = .object(history)
    root["version"] = .integer(Self.snowpakVersion)
    return .object(root)
  }

  /// The history of `logicalName` recorded in a snowpak manifest.
  static func snowpakHistory(
    in manifest: JSONValue?, logicalName: String, path: String
  ) throws(OutputError) -> [HistoryVersion] {
    guard let versions = manifest?["history"]?[logicalName] else { return [] }
    guard let list = versions.arrayValue else {
      throw .unexpectedManifest(path: path,
        reason: "the history of \"\(logicalName)\" is not an array")
    }
    var result: [HistoryVersion] = []
    for version in list {
      guard let file = version["file"]?.stringValue,
        let outputs = version["outputs"]?.arrayValue?.compactMap(\.stringValue)
      else {
        throw .unexpectedManifest(path: path,
          reason: "a history entry of \"\(logicalName)\" lacks \"file\" or \"outputs\"")
      }
      // Cleanup deletes these names: only plain file names are trusted.
      for name in [file] + outputs {
        do {
          try FingerprintedName.validate(name: name)
        } catch {
          throw .unexpectedManifest(path: path,
            reason: "the history names \"\(name)\", which is not a plain file name")
        }
      }
      result.append(HistoryVersion(file: file, outputs: outputs))
    }
    return result
  }
}
