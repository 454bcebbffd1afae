/// Parses `--name value`, `--name=value`, `-x value`, flags and operands
/// against a command's option table.
///
///     build --collector sp.example.com --gzip -o dist
///     ⇒ collector: [sp.example.com], gzip: [true], out: [dist]
///
/// `--` ends the options; a lone `-` is an operand (standard input).
enum OptionParser {
  static func parse(
    _ arguments: [String], specs: [OptionSpec], command: String
  ) throws -> ParsedOptions {
    var parsed = ParsedOptions()
    var index = arguments.startIndex

    while index < arguments.endIndex {
      let argument = arguments[index]
      index += 1

      // Operands: anything not starting with a dash, `-`, and all after `--`.
      if argument == "--" {
        parsed.operands += arguments[index...]
        break
      }
      if !argument.hasPrefix("-") || argument == "-" {
        parsed.operands.append(argument)
        continue
      }

      // The option's name and, for `--name=value`, its attached value.
      let (spec, attached) = try lookUp(
        argument, specs: specs, command: command)

      // Its value: attached, or the next argument.
      guard spec.takesValue else {
        if attached != nil {
          throw UsageError(
            "Option '--\(spec.name)' takes no value.", command: command)
        }
        parsed.add("true", for: spec.name)
        continue
      }
      if let attached {
        parsed.add(attached, for: spec.name)
      } else if index < arguments.endIndex {
        parsed.add(arguments[index], for: spec.name)
        index += 1
      } else {
        throw UsageError(
          "Option '\(spec.synopsis)' needs a value.", command: command)
      }
    }
    return parsed
  }

  private static func lookUp(
    _ argument: String, specs: [OptionSpec], command: String
  ) throws -> (OptionSpec, String?) {
    if argument.hasPrefix("--") {
      let body = argument.dropFirst(2)
      let name = String(body.prefix { $0 != "=" })
      let attached = body.firstIndex(of: "=").map {
        String(body[body.index(after: $0)...])
      }
      if let spec = specs.first(where: { $0.name == name }) {
        return (spec, attached)
      }
    } else if argument.count == 2, let letter = argument.last,
      let spec = specs.first(where: { $0.short == letter })
    {
      return (spec, nil)
    }
    throw UsageError.unknownOption(argument, among: specs, command: command)
  }
}
