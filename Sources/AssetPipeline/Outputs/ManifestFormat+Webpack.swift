// webpack-manifest-plugin, `manifest.json`: each logical name maps to the
// URL of its file, the public path prefixed:
//
//     {"sp.js": "/assets/sp-3f2a….js", "sp.js.map": "/assets/sp-3f2a….js.map"}
extension ManifestFormat {
  func mergedWebpack(
    into existing: JSONValue?, context: ManifestContext
  ) throws(OutputError) -> JSONValue {
    var root = try context.rootObject(existing)
    for served in context.servedFiles {
      root[served.logicalName] = .string(
        LoaderSnippet.joinURL(context.publicPath, served.file))
    }
    return .object(root)
  }
}
