import Foundation

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
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: data)
    } catch {
      throw InputError(
        description: "The configuration file '\(name)' is not valid JSON"
          + Self.position(of: error, in: data) + ".",
        exitCode: .dataError)
    }
    guard let table = object as? [String: Any] else {
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
    of value: Any, for spec: OptionSpec, in name: String
  ) throws -> [String] {
    let wrong = UsageError(
      "The key '\(spec.name)' in '\(name)' must be "
        + expectation(for: spec) + ".")
    switch spec.kind {
    case .flag:
      guard let flag = value as? Bool, isBoolean(value) else { throw wrong }
      return flag ? ["true"] : []
    case .value:
      guard let scalar = scalarText(value) else { throw wrong }
      return [scalar]
    case .repeated:
      if let scalar = scalarText(value) { return [scalar] }
      guard let array = value as? [Any] else { throw wrong }
      return try array.map {
        guard let text = $0 as? String else { throw wrong }
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

  private static func scalarText(_ value: Any) -> String? {
    if let text = value as? String { return text }
    if isBoolean(value) { return nil }
    if let number = value as? NSNumber { return number.stringValue }
    return nil
  }

  /// JSONSerialization gives NSNumber for booleans and numbers alike;
  /// a boolean's Objective-C type is "c" on Linux and macOS.
  private static func isBoolean(_ value: Any) -> Bool {
    guard let number = value as? NSNumber else { return false }
    return String(cString: number.objCType) == "c"
  }

  /// ` (at line 3, column 7)`, from the character offset the parser
  /// names in its message ("… around character 11."), if it names one.
  private static func position(of error: Error, in data: Data) -> String {
    let info = (error as NSError).userInfo
    let text = info["NSDebugDescription"] as? String ?? ""
    guard let range = text.range(of: "character "),
      let index = Int(text[range.upperBound...].prefix(while: \.isNumber)),
      index <= data.count
    else { return "" }
    let prefix = data.prefix(index)
    let line = prefix.filter { $0 == 0x0A }.count + 1
    let column = index - (prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
    return " (at line \(line), column \(column))"
  }
}
