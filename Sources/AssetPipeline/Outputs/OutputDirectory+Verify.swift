import Digest

// `snowpak verify DIR`: every entry of snowpak's manifest, and of any other
// format's manifest at its default place, names a file that exists and
// whose content matches the digests recorded for it.
//
// snowpak entries get the full check: `sha256`, `integrity`, `size`, the
// hash in the file name (over the code before the `sourceMappingURL`
// line, see `SourceMapLink`), the map link, and that the `.gz` inflates to
// the script. Other formats get what their fields allow: Sprockets
// `digest` and `integrity`, Propshaft and Vite `integrity`, Phoenix
// `sha512`; webpack and Django entries only exist-checked. Phoenix's
// `digest` is not checked: Phoenix computes it before rewriting map URLs.
extension OutputDirectory {
  /// Every problem found; empty when all is well.
  public func verify(
    snowpakManifest: String = ManifestFormat.snowpak.defaultPath
  ) -> [VerificationProblem] {
    var problems: [VerificationProblem] = []

    // snowpak's own manifest must be there.
    switch load(snowpakManifest, into: &problems) {
    case nil:
      if !fileExists(snowpakManifest) {
        problems.append(VerificationProblem(manifest: join(snowpakManifest),
          file: "", kind: .noManifest))
      }
    case let manifest?:
      verifySnowpak(manifest, at: snowpakManifest, into: &problems)
    }

    // The other formats, where present.
    for format in ManifestFormat.allCases where format != .snowpak {
      guard let path = try? defaultManifestPath(format), fileExists(path),
        let manifest = load(path, into: &problems)
      else { continue }
      verifyForeign(format, manifest, at: path, into: &problems)
    }
    return problems
  }

  private func load(
    _ path: String, into problems: inout [VerificationProblem]
  ) -> JSONValue? {
    do {
      return try readManifest(path)
    } catch {
      let reason = switch error {
      case .invalidManifestJSON(_, let line, let column, let reason):
        "\(line):\(column): not valid JSON: \(reason)"
      default:
        " " + error.message
      }
      problems.append(VerificationProblem(manifest: join(path), file: "",
        kind: .unreadableManifest(reason: reason)))
      return nil
    }
  }

  private func verifySnowpak(
    _ manifest: JSONValue, at path: String,
    into problems: inout [VerificationProblem]
  ) {
    let name = join(path)
    for (_, entry) in manifest["assets"]?.objectValue ?? [:] {
      guard let file = entry["file"]?.stringValue else { continue }
      guard let bytes = safeRead(file) else {
        problems.append(VerificationProblem(manifest: name, file: file, kind: .missing))
        continue
      }
      func report(_ kind: VerificationProblem.Kind, _ subject: String = file) {
        problems.append(VerificationProblem(manifest: name, file: subject, kind: kind))
      }

      // Digests and size of the served bytes.
      if entry["sha256"]?.stringValue != Hex.lowercase(SHA256.hash(bytes)) {
        report(.digestMismatch(field: "sha256"))
      }
      if let integrity = entry["integrity"]?.stringValue,
        !Integrity.matches(integrity, bytes: bytes)
      {
        report(.digestMismatch(field: "integrity"))
      }
      if let size = entry["size"]?.integerValue, size != bytes.count {
        report(.sizeMismatch(expected: size, actual: bytes.count))
      }

      // The fingerprint, over the code without the map line.
      var code = bytes
      if let map = entry["map"]?.stringValue {
        if let unlinked = SourceMapLink.unlinked(bytes, mapName: map) {
          code = unlinked
        } else {
          report(.sourceMapLinkMissing)
        }
        if safeRead(map) == nil { report(.missing, map) }
      }
      if !Self.nameCarriesHash(file, of: code) { report(.fingerprintMismatch) }

      // The gzip copy inflates to the script.
      if let gzip = entry["gzip"]?.stringValue {
        switch safeRead(gzip) {
        case nil: report(.missing, gzip)
        case let compressed?:
          if Gzip.decompress(compressed) != bytes { report(.gzipMismatch, gzip) }
        }
      }
    }
  }

  private func verifyForeign(
    _ format: ManifestFormat, _ manifest: JSONValue, at path: String,
    into problems: inout [VerificationProblem]
  ) {
    let name = join(path)
    func check(_ file: String, _ fields: [(String, String?)]) {
      guard let bytes = safeRead(file) else {
        problems.append(VerificationProblem(manifest: name, file: file, kind: .missing))
        return
      }
      for (field, value) in fields {
        guard let value else { continue }
        let matches = switch field {
        case "digest": value == Hex.lowercase(SHA256.hash(bytes))
        case "sha512": value == Base64.encode(SHA512.hash(bytes))
        default: Integrity.matches(value, bytes: bytes)
        }
        if !matches {
          problems.append(VerificationProblem(manifest: name, file: file,
            kind: .digestMismatch(field: field)))
        }
      }
    }

    switch format {
    case .snowpak:
      break
    case .sprockets:
      for (file, entry) in manifest["files"]?.objectValue ?? [:] {
        check(file, [("digest", entry["digest"]?.stringValue),
          ("integrity", entry["integrity"]?.stringValue)])
      }
    case .propshaft:
      for (_, entry) in manifest.objectValue ?? [:] {
        if let file = entry.stringValue ?? entry["digested_path"]?.stringValue {
          check(file, [("integrity", entry["integrity"]?.stringValue)])
        }
      }
    case .webpack:
      for (_, url) in manifest.objectValue ?? [:] {
        if let url = url.stringValue { check(localFile(forURL: url), []) }
      }
    case .vite:
      for (_, entry) in manifest.objectValue ?? [:] {
        if let file = entry["file"]?.stringValue {
          check(file, [("integrity", entry["integrity"]?.stringValue)])
        }
      }
    case .phoenix:
      for (file, entry) in manifest["digests"]?.objectValue ?? [:] {
        check(file, [("sha512", entry["sha512"]?.stringValue)])
      }
    case .django:
      for (_, file) in manifest["paths"]?.objectValue ?? [:] {
        if let file = file.stringValue { check(file, []) }
      }
    }
  }

  /// Whether the longest run of hex digits in `name` (at least 8) starts
  /// the SHA-256 of `code`.
  static func nameCarriesHash(_ name: String, of code: [UInt8]) -> Bool {
    let digest = Hex.lowercase(SHA256.hash(code))
    let runs = name.split { !("0"..."9").contains($0) && !("a"..."f").contains($0) }
    guard let run = runs.max(by: { $0.count < $1.count }), run.count >= 8 else {
      return false
    }
    return digest.hasPrefix(run)
  }

  /// The bytes of a file named in a manifest, nil when missing or unsafe.
  private func safeRead(_ relative: String) -> [UInt8]? {
    (try? read(relative)) ?? nil
  }

  /// A URL's file in this directory: the longest path suffix that exists.
  private func localFile(forURL url: String) -> String {
    var parts = url.split(separator: "/").map(String.init)
    while parts.count > 1, !fileExists(parts.joined(separator: "/")) {
      parts.removeFirst()
    }
    return parts.joined(separator: "/")
  }
}
