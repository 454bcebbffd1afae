/// One long option a command accepts, with the text `--help` shows for it.
///
/// Options are declared as tables, one per command, so that parsing, the
/// help text and the keys of `snowpak.json` all come from one place.
struct OptionSpec: Sendable {
  enum Kind: Sendable {
    /// `--gzip`: present or not.
    case flag
    /// `--out DIR`: one value; given twice, the last one wins.
    case value(placeholder: String)
    /// `--manifest FORMAT`: may be given several times.
    case repeated(placeholder: String)
  }

  /// The name without its dashes: `collector` for `--collector`.
  var name: String
  var short: Character?
  var kind: Kind
  var help: String

  static func flag(
    _ name: String, short: Character? = nil, _ help: String
  ) -> OptionSpec {
    OptionSpec(name: name, short: short, kind: .flag, help: help)
  }

  static func value(
    _ name: String, _ placeholder: String, short: Character? = nil,
    _ help: String
  ) -> OptionSpec {
    OptionSpec(
      name: name, short: short, kind: .value(placeholder: placeholder),
      help: help)
  }

  static func repeated(
    _ name: String, _ placeholder: String, _ help: String
  ) -> OptionSpec {
    OptionSpec(
      name: name, kind: .repeated(placeholder: placeholder), help: help)
  }

  /// `--out DIR` or `-o, --out DIR`, as the help text shows it.
  var synopsis: String {
    var text = short.map { "-\($0), " } ?? ""
    text += "--" + name
    switch kind {
    case .flag: break
    case .value(let placeholder), .repeated(let placeholder):
      text += " " + placeholder
    }
    return text
  }

  var takesValue: Bool {
    if case .flag = kind { return false }
    return true
  }
}
