import AssetPipeline
import EmbeddedTracker
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import JSLexer
import JSMinifier

/// `snowpak build`: the main job. Reads the tracker, bakes in the site's
/// collector, minifies, fingerprints and writes the assets.
enum BuildCommand: Command {
  static let name = "build"
  static let summary =
    "Build the tracker into a fingerprinted asset with its manifest."
  static let usage = "snowpak build --collector HOST [options]"
  static let discussion = """
    Reads the bundled tracker (or --source), removes its debug regions,
    rewrites its default collector to HOST, minifies it and writes
    sp-<hash>.js with its manifest into --out (public/assets). Options
    may also be given in snowpak.json in the working directory (or
    --config FILE), with the long option names as keys; options on the
    command line override the file.
    """

  static let options: [OptionSpec] = [
    .value("collector", "HOST", "The collector: HOST[:PORT][/PATH], "
      + "optionally with http:// or https://."),
    .value("cloudfront", "ID", "Shorthand for --collector "
      + "ID.cloudfront.net."),
    .value("source", "PATH", "A .js file, or a directory with an order "
      + "file (order.txt or dependencies.txt). Default: the bundled "
      + "tracker."),
    .value("out", "DIR", short: "o", "Where to write the assets. "
      + "Default: public/assets."),
    .value("config", "FILE", "Read options from FILE instead of "
      + "./snowpak.json."),
    .flag("keep-debug", "Keep the /*<DEBUG>*/ regions."),
    .flag("no-minify", "Write the readable combined file."),
    .flag(
      "no-mangle",
      "Drop only whitespace and comments: keep names, parentheses, braces."),
    .value("comments", "MODE", "Comments to keep: none, license "
      + "(default) or all."),
    .value("post-path", "PATH", "Rewrite the POST path (default "
      + TrackerDefaults.postPath + ")."),
    .value("global-name", "NAME", "Rewrite the global function name "
      + "(default '\(TrackerDefaults.globalName)')."),
    .value("default-collector", "TEXT", "The collector the source names "
      + "(default \(TrackerDefaults.collector))."),
    .value("default-post-path", "TEXT", "The POST path the source names."),
    .value("default-global-name", "TEXT", "The global name the source "
      + "names."),
    .value("name", "NAME", "The logical name of the script (sp.js)."),
    .value("pattern", "PATTERN", "The file name: [name], [hash], "
      + "[hash:N], [ext] (with its dot). Default: [name]-[hash][ext]."),
    .value("hash-length", "N", "Hex digits of the hash in the name (16)."),
    .flag("source-map", "Write a source map beside the script."),
    .flag("sources-content", "Embed the original sources in the map."),
    .flag("gzip", "Write a precompressed .gz copy."),
    .value("snippet", "FILE", "Write the HTML loader tag to FILE (in "
      + "--out)."),
    .value("public-path", "URL", "The URL of --out, for the snippet and "
      + "the webpack manifest (/assets/)."),
    .flag("pixel", "Also write the 1x1 tracking pixel 'i' for an S3 "
      + "collector bucket."),
    .repeated("manifest", "FORMAT[=PATH]", "Also write a manifest for "
      + "sprockets, propshaft, webpack, vite, phoenix or django."),
    .value("keep", "N", "Remove old versions, keeping N of them (and "
      + "any younger than an hour)."),
    .flag("quiet", short: "q", "Print nothing but errors."),
    .flag("verbose", short: "v", "Print each step."),
    .flag("json", "Print the result as JSON."),
  ]

  static func run(
    _ commandLine: ParsedOptions, context: CommandContext
  ) throws -> ExitCode {
    // The command line, over snowpak.json.
    let options = try ConfigFile.load(
      path: commandLine.value("config"), context: context, specs: options
    ).overridden(by: commandLine)
    let console = context.console
    if options.flag("quiet") { console.verbosity = .quiet }
    if options.flag("verbose") { console.verbosity = .verbose }
    guard options.operands.isEmpty else {
      throw UsageError(
        "Unexpected argument '\(options.operands[0])'.", command: name)
    }

    // The source stages.
    let source = try trackerSource(options, context: context).load()
    console.detail(
      "Read \(source.files.count) file(s), \(source.bytes.count) bytes: "
        + source.files.map(\.name).joined(separator: ", "))
    let compileOptions = try compileOptions(options)
    let script = try CompiledScript.compile(source, options: compileOptions)
    console.detail("Removed \(script.debugRegionCount) debug region(s).")
    for (purpose, count) in script.rewriteCounts.sorted(by: { $0.0 < $1.0 })
    {
      console.detail("Rewrote \(count) literal(s) naming the \(purpose).")
    }
    console.detail(
      (compileOptions.minify ? "Minified" : "Combined")
        + " \(source.bytes.count) bytes into \(script.code.count).")

    // The output stages.
    return try BuildOutput.write(
      script, options: options, context: context)
  }

  static func trackerSource(
    _ options: ParsedOptions, context: CommandContext
  ) -> TrackerSource {
    guard let path = options.value("source") else {
      return .files(EmbeddedTracker.files, label: "tracker-src")
    }
    return .path(resolve(path, context: context), shownAs: path)
  }

  static func compileOptions(
    _ options: ParsedOptions
  ) throws -> CompiledScript.Options {
    var compile = CompiledScript.Options()
    compile.keepDebug = options.flag("keep-debug")
    compile.minify = !options.flag("no-minify")
    compile.minifier.mangle = !options.flag("no-mangle")
    compile.minifier.comments = try MinifyCommand.commentPolicy(
      options.value("comments"))
    compile.minifier.sourceMap = options.flag("source-map")
    compile.rewrites = try rewrites(options)
    return compile
  }

  /// The literal rewrites: the collector always, the POST path and the
  /// global name when asked.
  static func rewrites(_ options: ParsedOptions) throws -> [LiteralRewrite] {
    let endpoint: CollectorEndpoint
    switch (options.value("collector"), options.value("cloudfront")) {
    case (let host?, nil):
      endpoint = try CollectorEndpoint(parsing: host)
    case (nil, let id?):
      endpoint = try CollectorEndpoint(cloudFrontDistribution: id)
    case (.some, .some):
      throw UsageError(
        "Give either --collector or --cloudfront, not both.", command: name)
    case (nil, nil):
      throw UsageError(
        "Missing --collector HOST (or --cloudfront ID): the tracker needs "
          + "a collector to send events to.", command: name)
    }

    var rewrites = [
      LiteralRewrite(
        purpose: "collector",
        original: options.value("default-collector")
          ?? TrackerDefaults.collector,
        replacement: endpoint.description, match: .substring)
    ]
    if let path = options.value("post-path") {
      rewrites.append(LiteralRewrite(
        purpose: "post-path",
        original: options.value("default-post-path")
          ?? TrackerDefaults.postPath,
        replacement: try validatedPostPath(path), match: .whole))
    }
    if let globalName = options.value("global-name") {
      rewrites.append(LiteralRewrite(
        purpose: "global-name",
        original: options.value("default-global-name")
          ?? TrackerDefaults.globalName,
        replacement: try validatedGlobalName(globalName), match: .whole))
    }
    return rewrites
  }

  /// A POST path: `/` followed by path characters, nothing that could end
  /// a string.
  static func validatedPostPath(_ path: String) throws -> String {
    if let bad = path.unicodeScalars.first(
      where: CollectorEndpoint.isDangerous)
    {
      throw UsageError(
        "Invalid --post-path '\(EndpointError.printable(path))': it "
          + "contains \(EndpointError.name(of: bad)), which could end the "
          + "tracker's string or script.", command: name)
    }
    // The collector's path grammar, on a stand-in host.
    let endpoint = try? CollectorEndpoint(parsing: "localhost" + path)
    guard path.hasPrefix("/"), endpoint?.path == path else {
      throw UsageError(
        "Invalid --post-path '\(EndpointError.printable(path))'; expected "
          + "a path such as '/com.acme/tp2'.", command: name)
    }
    return path
  }

  /// A global name: an ASCII JavaScript identifier.
  static func validatedGlobalName(_ name: String) throws -> String {
    let scalars = name.unicodeScalars
    let isIdentifier = !name.isEmpty && scalars.allSatisfy {
      $0.isASCII && ($0.properties.isAlphabetic
        || ("0"..."9").contains($0) || $0 == "_" || $0 == "$")
    } && !("0"..."9").contains(scalars.first!)
    // Names every object has: assigning the tracker there breaks the page.
    let inherited: Set = [
      "__proto__", "constructor", "hasOwnProperty", "isPrototypeOf",
      "propertyIsEnumerable", "toLocaleString", "toString", "valueOf",
      "__defineGetter__", "__defineSetter__", "__lookupGetter__",
      "__lookupSetter__",
    ]
    if inherited.contains(name) {
      throw UsageError(
        "Invalid --global-name '\(name)': every object already has it.",
        command: self.name)
    }
    guard isIdentifier else {
      throw UsageError(
        "Invalid --global-name '\(EndpointError.printable(name))'; "
          + "expected an identifier of ASCII letters, digits, _ and $.",
        command: self.name)
    }
    return name
  }

  static func resolve(_ path: String, context: CommandContext) -> URL {
    URL(
      fileURLWithPath: path,
      relativeTo: URL(fileURLWithPath: context.workingDirectory)
    ).standardizedFileURL
  }
}
