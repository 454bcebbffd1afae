import AssetPipeline
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `snowpak.json`: the options of `snowpak build`, keyed by their long
/// names, so a site can keep its build settings in its repository:
///
///     { "collector": "sp.example.com", "gzip": true,
///       "manifest": ["sprockets", "django"], "keep": 2 }
///
/// A flag takes true or false, an option with a value a string or a
/// number, a repeatable option a string or an array of strings. The file
/// is optional in the working directory; `--config FILE` must exist.
enum ConfigFile {
  static let defaultName = "snowpak.json"

  static func load(
    path: String?, context: CommandContext, specs: [OptionSpec]
  ) throws -> ParsedOptions {
    let directory = URL(fileURLWithPath: context.workingDirectory)
    let url = URL(
      fileURLWithPath: path ?? defaultName, relativeTo: directory)
    let shownName = path ?? defaultName
    guard let data = FileManager.default.contents(atPath: url.path) else {
      if path == nil { return ParsedOptions() }
      throw InputError(
        description: "Cannot read the configuration file '\(shownName)'.")
    }
    return try parse(data, name: shownName, specs: specs)
  }

  static func parse(
    _ data: Data, name: String, specs: [OptionSpec]
  ) throws -> ParsedOptions {
    let object: JSONValue
    do {
      object = try JSONParser.parse(Array(data))
    } catch {
      throw InputError(
        description: "The configuration file '\(name)' is not valid JSON"
          + " (at line \(error.line), column \(error.column)).",
        exitCode: .dataError)
    }
    guard let table = object.objectValue else {
      throw InputError(
        description: "The configuration file '\(name)' must hold a JSON "
          + "object of options.", exitCode: .dataError)
    }

    var options = ParsedOptions()
    for key in table.keys.sorted() {
      guard let spec = specs.first(where: { $0.name == key }),
        key != "config"
      else {
        var message = "Unknown key '\(key)' in '\(name)'."
        if let guess = UsageError.closestName(
          to: key, in: specs.map(\.name))
        {
          message += " Did you mean '\(guess)'?"
        }
        throw UsageError(message)
      }
      options.set(try values(of: table[key]!, for: spec, in: name),
        for: key)
    }
    return options
  }

  private static func values(
    of value: JSONValue, for spec: OptionSpec, in name: String
  ) throws -> [String] {
    let wrong = UsageError(
      "The key '\(spec.name)' in '\(name)' must be "
        + expectation(for: spec) + ".")
    switch spec.kind {
    case .flag:
      guard case .bool(let flag) = value else { throw wrong }
      return flag ? ["true"] : []
    case .value:
      guard let scalar = scalarText(value) else { throw wrong }
      return [scalar]
    case .repeated:
      if let scalar = scalarText(value) { return [scalar] }
      guard let array = value.arrayValue else { throw wrong }
      return try array.map {
        guard let text = $0.stringValue else { throw wrong }
        return text
      }
    }
  }

  private static func expectation(for spec: OptionSpec) -> String {
    switch spec.kind {
    case .flag: "true or false"
    case .value: "a string or a number"
    case .repeated: "a string or an array of strings"
    }
  }

  /// A string's text, or a number's as written in the file.
  private static func scalarText(_ value: JSONValue) -> String? {
    switch value {
    case .string(let text), .number(let text): text
    default: nil
    }
  }
}
