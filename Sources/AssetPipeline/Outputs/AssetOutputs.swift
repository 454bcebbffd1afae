import Digest
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

// Outputs: from the finished script to files a site's asset pipeline reads.
//
// Design note
// - Two steps. `AssetOutputs.plan` is pure decision: it names the script
//   by its SHA-256, links the source map, computes SRI, gzips, reads the
//   existing manifests, decides what cleanup removes, and merges every
//   manifest, all in memory; any error here leaves the disk untouched.
//   `OutputDirectory.commit` then writes: temporaries in the target
//   directory, renamed into place, manifests last, removals after that.
// - Determinism: the same script, map and options give the same bytes and
//   names. Manifests are sorted (see `JSONValue+Serialization.swift`); the
//   only time stamps (Sprockets, Phoenix) are the caller's `buildTime`,
//   kept from the existing entry when the file is unchanged, so a rebuild
//   with nothing changed rewrites nothing.
// - Trust: paths come from options and from manifests on disk; every one
//   is checked to stay inside the output directory (`OutputPath`), and
//   cleanup deletes only files listed in snowpak's own manifest history.
// - The hash and the `sourceMappingURL` line: see `SourceMapLink.swift`.
//
//     var options = OutputOptions()
//     options.gzip = true
//     options.manifests = [ManifestRequest(.django)]
//     let directory = OutputDirectory(path: "public/assets")
//     let plan = try AssetOutputs.plan(
//       script: minified, sourceMap: map, options: options, in: directory)
//     let report = try directory.commit(plan)
public enum AssetOutputs {
  /// Decides every file a build writes into `directory`.
  ///
  /// - Parameters:
  ///   - script: the finished JavaScript, without a `sourceMappingURL`.
  ///   - sourceMap: its version 3 source map, if one is wanted.
  /// - Throws: `OutputError` for a bad name, pattern or path (64), an
  ///   existing manifest that is not valid JSON or not of its format (65),
  ///   or a directory that cannot be read (74).
  public static func plan(
    script code: [UInt8],
    sourceMap: [UInt8]? = nil,
    options: OutputOptions,
    in directory: OutputDirectory
  ) throws(OutputError) -> OutputPlan {
    try plan(
      script: code, sourceMapNamed: sourceMap.map { map in { _ in map } },
      options: options, in: directory)
  }

  /// Decides every file a build writes, with a source map that names the
  /// fingerprinted script in its `file` field: `sourceMapNamed` is given
  /// the script's file name once it is known.
  public static func plan(
    script code: [UInt8],
    sourceMapNamed: ((String) -> [UInt8])?,
    options: OutputOptions,
    in directory: OutputDirectory
  ) throws(OutputError) -> OutputPlan {
    // Name the script by the SHA-256 of its code and link the map.
    let hashed = sourceMapNamed == nil
      ? code : SourceMapLink.terminated(code)
    let fileName = try FingerprintedName.make(
      logicalName: options.logicalName, pattern: options.pattern,
      digest: SHA256.hash(hashed), hashLength: options.hashLength)
    let mapName = SourceMapLink.mapName(forScript: fileName)
    let served = sourceMapNamed == nil
      ? code : SourceMapLink.linked(code, mapName: mapName)
    let script = try ServedFile(
      logicalName: options.logicalName, file: fileName, bytes: served)
    var map: ServedFile?
    if let sourceMapNamed {
      map = try ServedFile(logicalName: options.logicalName + ".map",
        file: mapName, bytes: sourceMapNamed(fileName))
    }

    // The versioned files, then the unversioned extras.
    var files = [PlannedFile(path: script.file, bytes: script.bytes)]
    if let map { files.append(PlannedFile(path: map.file, bytes: map.bytes)) }
    let gzipFile = options.gzip ? script.file + ".gz" : nil
    if let gzipFile {
      files.append(PlannedFile(path: gzipFile, bytes: try Gzip.compress(served)))
    }
    let version = HistoryVersion(file: script.file, outputs: files.map(\.path))
    let snippet = LoaderSnippet.html(publicPath: options.publicPath,
      fileName: script.file, integrity: script.integrity)
    if let path = options.snippetPath {
      files.append(PlannedFile(path: path, bytes: Array(snippet.utf8)))
    }
    if let pixel = options.pixel {
      files.append(PlannedFile(path: options.pixelPath, bytes: pixel.bytes))
    }

    // History and cleanup, from snowpak's own manifest.
    let snowpakPath = options.snowpakManifestPath
    let existingSnowpak = try directory.readManifest(snowpakPath)
    let cleanup = try Cleanup.plan(
      history: ManifestFormat.snowpakHistory(in: existingSnowpak,
        logicalName: options.logicalName, path: directory.join(snowpakPath)),
      current: version, options: options, directory: directory)

    // Every manifest merged; snowpak's first, then the requested ones.
    var requests = [ManifestRequest(.snowpak, path: snowpakPath)]
    for request in options.manifests where request.format != .snowpak {
      requests.append(request)
    }
    var manifests: [PlannedFile] = []
    for request in requests {
      var path = try directory.defaultManifestPath(request.format)
      if let given = request.path { path = given }
      let context = ManifestContext(
        path: directory.join(path), script: script, map: map, gzipFile: gzipFile,
        retiredFiles: cleanup.retiredFiles, buildTime: options.buildTime,
        publicPath: options.publicPath, history: cleanup.history)
      var existing = existingSnowpak
      if request.format != .snowpak { existing = try directory.readManifest(path) }
      let merged = try request.format.merged(into: existing, context: context)
      manifests.append(PlannedFile(path: path, bytes: merged.serialized()))
    }

    // No two outputs may share a path, nor one be another's directory.
    var seen = Set<String>()
    for file in files + manifests {
      guard seen.insert(try OutputPath.normalized(file.path)).inserted else {
        throw .duplicateOutput(path: file.path)
      }
    }
    for path in seen {
      let parts = path.split(separator: "/")
      for end in parts.indices.dropLast()
      where seen.contains(parts[...end].joined(separator: "/")) {
        throw .duplicateOutput(path: path)
      }
    }
    return OutputPlan(script: script, map: map, snippet: snippet,
      files: files, manifests: manifests,
      removals: cleanup.removals.filter { !seen.contains($0) })
  }
}
