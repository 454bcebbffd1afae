import Digest
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Sprockets (sprockets/manifest.rb, 3.x and 4.x):
//
//     {
//       "files": {
//         "sp-3f2a….js": {
//           "logical_path": "sp.js", "mtime": "2026-12-04T15:47:56Z",
//           "size": 5120, "digest": "<64 hex SHA-256>",
//           "integrity": "sha256-<base64>"
//         }
//       },
//       "assets": {"sp.js": "sp-3f2a….js"}
//     }
//
// Sprockets finds the manifest as the first `.sprockets-manifest-<32 hex>
// .json` in the directory and names a new one with 16 random bytes. We
// reuse an existing one; a new one gets a fixed name (the first 32 hex of
// SHA-256 of "snowpak") so builds stay deterministic. That name is public
// knowledge: give `--manifest sprockets=PATH` to keep it unguessable.
// Entries of older versions stay in `files` (Sprockets keeps them too)
// until cleanup removes their files.
extension ManifestFormat {
  static let sprocketsDefaultName = ".sprockets-manifest-"
    + String(Hex.lowercase(SHA256.hash(Array("snowpak".utf8))).prefix(32)) + ".json"

  /// Whether `name` is a manifest Sprockets would find in a directory.
  static func isSprocketsManifestName(_ name: String) -> Bool {
    let prefix = ".sprockets-manifest-"
    guard name.hasPrefix(prefix), name.hasSuffix(".json") else { return false }
    let hex = name.dropFirst(prefix.count).dropLast(".json".count)
    return hex.count == 32 && hex.allSatisfy { $0.isHexDigit && !$0.isUppercase }
  }

  func mergedSprockets(
    into existing: JSONValue?, context: ManifestContext
  ) throws(OutputError) -> JSONValue {
    var root = try context.rootObject(existing)
    var files = try context.objectMember("files", of: root)
    var assets = try context.objectMember("assets", of: root)

    // Retired versions go.
    for name in context.retiredFiles { files[name] = nil }

    // The current script and map, keeping an existing entry's mtime.
    for served in context.servedFiles {
      let mtime = files[served.file]?["mtime"]
        ?? .string(Self.iso8601(context.buildTime))
      files[served.file] = .object([
        "logical_path": .string(served.logicalName),
        "mtime": mtime,
        "size": .integer(served.size),
        "digest": .string(served.sha256),
        "integrity": .string(Integrity.sha256(of: served.bytes)),
      ])
      assets[served.logicalName] = .string(served.file)
    }

    root["files"] = .object(files)
    root["assets"] = .object(assets)
    return .object(root)
  }

  /// `2026-12-04T15:47:56Z`, as Ruby's `Time#iso8601` writes UTC times.
  /// Broken down by gmtime_r: Foundation's Calendar and TimeZone need the
  /// full Foundation and its ICU data, which snowpak does not load.
  static func iso8601(_ date: Date) -> String {
    var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
    var parts = tm()
    gmtime_r(&seconds, &parts)
    func two(_ value: Int32) -> String {
      value < 10 ? "0\(value)" : "\(value)"
    }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-"
      + "\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):"
      + "\(two(parts.tm_sec))Z"
  }
}
