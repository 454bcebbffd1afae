import Digest

// Django's ManifestStaticFilesStorage, `staticfiles.json`:
//
//     {"hash": "<12 hex>", "paths": {"sp.js": "sp-3f2a….js"}, "version": "1.0"}
//
// Django 4.2 and later write version "1.1" and read "1.0" and "1.1";
// Django 3.2 (still in Debian 12) reads only "1.0". We keep an existing
// manifest's version and write "1.0" for a new one, with `hash` in both:
// older Django ignores it, newer Django reads it as `manifest_hash`.
// `hash` is computed as Django computes it: the first 12 hex digits of the
// MD5 of Python's `json.dumps(sorted(paths.items()))`.
extension ManifestFormat {
  func mergedDjango(
    into existing: JSONValue?, context: ManifestContext
  ) throws(OutputError) -> JSONValue {
    var root = try context.rootObject(existing)
    let version = root["version"] ?? .string("1.0")
    guard version == .string("1.0") || version == .string("1.1") else {
      throw .unexpectedManifest(path: context.path,
        reason: "\"version\" is not \"1.0\" or \"1.1\"")
    }

    var paths = try context.objectMember("paths", of: root)
    for served in context.servedFiles {
      paths[served.logicalName] = .string(served.file)
    }

    // The hash covers every path, the site's included.
    var pairs: [(String, String)] = []
    for (key, value) in paths {
      guard let text = value.stringValue else {
        throw .unexpectedManifest(path: context.path,
          reason: "the path of \"\(key)\" is not a string")
      }
      pairs.append((key, text))
    }
    pairs.sort { $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars) }

    root["paths"] = .object(paths)
    root["version"] = version
    root["hash"] = .string(Self.djangoManifestHash(pairs))
    return .object(root)
  }

  /// MD5 of `json.dumps(pairs)` with Python's defaults, 12 hex digits.
  static func djangoManifestHash(_ pairs: [(String, String)]) -> String {
    let text = "[" + pairs.map { key, value in
      "[" + pythonJSONString(key) + ", " + pythonJSONString(value) + "]"
    }.joined(separator: ", ") + "]"
    return String(Hex.lowercase(MD5.hash(Array(text.utf8))).prefix(12))
  }

  /// A string as Python's `json.dumps` writes it with `ensure_ascii=True`:
  /// everything outside space…tilde escaped, astral characters as
  /// surrogate pairs, hex digits in lowercase.
  static func pythonJSONString(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{08}": result += "\\b"
      case "\u{0C}": result += "\\f"
      case " "..."~": result.unicodeScalars.append(scalar)
      default:
        if scalar.value > 0xFFFF {
          let value = scalar.value - 0x10000
          result += JSONValue.unicodeEscape(0xD800 + (value >> 10))
          result += JSONValue.unicodeEscape(0xDC00 + (value & 0x3FF))
        } else {
          result += JSONValue.unicodeEscape(scalar.value)
        }
      }
    }
    return result + "\""
  }
}
