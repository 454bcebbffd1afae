// Propshaft (propshaft/manifest.rb, 1.x), `.manifest.json`:
//
//     {"sp.js": {"digested_path": "sp-3f2a….js", "integrity": "sha384-…"}}
//
// Propshaft before 1.0 read a flat `{"sp.js": "sp-3f2a….js"}`, and 1.x
// still reads such entries. When an existing manifest is all flat strings
// we write ours flat too, so an older Propshaft keeps working.
extension ManifestFormat {
  func mergedPropshaft(
    into existing: JSONValue?, context: ManifestContext
  ) throws(OutputError) -> JSONValue {
    var root = try context.rootObject(existing)
    let isFlat = !root.isEmpty && root.values.allSatisfy { $0.stringValue != nil }

    for served in context.servedFiles {
      root[served.logicalName] = isFlat
        ? .string(served.file)
        : .object([
          "digested_path": .string(served.file),
          "integrity": .string(served.integrity),
        ])
    }
    return .object(root)
  }
}
