import Digest
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

// Phoenix (`Phoenix.Digester`, `mix phx.digest`), `cache_manifest.json`:
//
//     {
//       "digests": {
//         "sp-3f2a….js": {
//           "digest": "<32 hex MD5>", "logical_path": "sp.js",
//           "mtime": 63_930_001_676, "sha512": "<base64 SHA-512>",
//           "size": 5120
//         }
//       },
//       "latest": {"sp.js": "sp-3f2a….js"},
//       "version": 1
//     }
//
// `mtime` is in Gregorian seconds (Erlang's calendar, from year 0), and
// `digest` is the MD5 Phoenix itself would compute; `sha512` is what
// `static_integrity/2` turns into `sha512-…`.
extension ManifestFormat {
  /// Seconds from 0000-01-01 to 1970-01-01 in the proleptic Gregorian
  /// calendar (`:calendar.datetime_to_gregorian_seconds` of the epoch).
  static let gregorianSecondsAtUnixEpoch = 62_167_219_200

  func mergedPhoenix(
    into existing: JSONValue?, context: ManifestContext
  ) throws(OutputError) -> JSONValue {
    var root = try context.rootObject(existing)
    if let version = root["version"], version != .integer(1) {
      throw .unexpectedManifest(path: context.path, reason: "\"version\" is not 1")
    }
    var latest = try context.objectMember("latest", of: root)
    var digests = try context.objectMember("digests", of: root)

    // Retired versions go; the current ones keep an existing mtime.
    for name in context.retiredFiles { digests[name] = nil }
    let now = Int(context.buildTime.timeIntervalSince1970.rounded(.down))
      + Self.gregorianSecondsAtUnixEpoch
    for served in context.servedFiles {
      let mtime = digests[served.file]?["mtime"] ?? .integer(now)
      digests[served.file] = .object([
        "logical_path": .string(served.logicalName),
        "mtime": mtime,
        "size": .integer(served.size),
        "digest": .string(Hex.lowercase(MD5.hash(served.bytes))),
        "sha512": .string(Base64.encode(SHA512.hash(served.bytes))),
      ])
      latest[served.logicalName] = .string(served.file)
    }

    root["latest"] = .object(latest)
    root["digests"] = .object(digests)
    root["version"] = .integer(1)
    return .object(root)
  }
}
