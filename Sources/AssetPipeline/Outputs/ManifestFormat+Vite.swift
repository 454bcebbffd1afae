// Vite's build manifest (`build.manifest: true`), `.vite/manifest.json`:
// keyed by the source path, each chunk with `file` (relative to the output
// directory), `src`, `name` and `isEntry`:
//
//     {"sp.js": {"file": "sp-3f2a….js", "integrity": "sha384-…",
//                "isEntry": true, "name": "sp", "src": "sp.js"}}
//
// `integrity` is not written by Vite itself; it is the field the SRI
// plugins for Vite add, and Vite's own readers ignore it. Source maps are
// not listed, as in Vite.
extension ManifestFormat {
  func mergedVite(
    into existing: JSONValue?, context: ManifestContext
  ) throws(OutputError) -> JSONValue {
    var root = try context.rootObject(existing)
    let script = context.script
    // Vite's chunk name: the file name without its extension.
    let name = script.logicalName
    let stem = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
    root[script.logicalName] = .object([
      "file": .string(script.file),
      "src": .string(script.logicalName),
      "name": .string(stem),
      "isEntry": .bool(true),
      "integrity": .string(script.integrity),
    ])
    return .object(root)
  }
}
