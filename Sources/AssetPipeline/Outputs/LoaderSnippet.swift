/// The HTML that loads the tracker: an async script tag with Subresource
/// Integrity. `crossorigin="anonymous"` is required for SRI on a script
/// from another origin (a CDN) and harmless on the same origin.
///
///     <script async src="/assets/sp-3f2a….js"
///       integrity="sha384-…" crossorigin="anonymous"></script>
public enum LoaderSnippet {
  /// The tag for `fileName` under `publicPath`, followed by a newline.
  public static func html(
    publicPath: String, fileName: String, integrity: String
  ) -> String {
    let src = joinURL(publicPath, fileName)
    return "<script async src=\"\(escapeAttribute(src))\" "
      + "integrity=\"\(escapeAttribute(integrity))\" "
      + "crossorigin=\"anonymous\"></script>\n"
  }

  /// `publicPath` and `name` joined with exactly one `/` between them, or
  /// `name` alone when the public path is empty.
  public static func joinURL(_ publicPath: String, _ name: String) -> String {
    guard !publicPath.isEmpty else { return name }
    return publicPath.hasSuffix("/") ? publicPath + name : publicPath + "/" + name
  }

  /// Escapes text for a double-quoted HTML attribute value: `&`, `"`, `<`,
  /// `>` and `'` become character references (HTML, "Attribute value
  /// (double-quoted) state": only `&` and `"` are special, the rest is
  /// belt and braces for templates that copy the value elsewhere).
  public static func escapeAttribute(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      default: result.append(character)
      }
    }
    return result
  }
}
