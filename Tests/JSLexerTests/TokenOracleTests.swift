import TestSupport
import Foundation
import JSLexer
import Testing

/// Our token stream against acorn's tokenizer on the Debian corpus.
@Suite("Tokens agree with acorn")
struct TokenOracleTests {
  struct Dump: Encodable {
    var path: String
    var goal: String
    var tokens: [[String]]
  }

  /// The dumps as JSON, written by hand: JSONEncoder takes most of this
  /// test's time on a million tokens.
  struct DumpJSON {
    var bytes: [UInt8] = []

    init(_ dumps: [Dump]) {
      bytes.append(UInt8(ascii: "["))
      for (index, dump) in dumps.enumerated() {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        bytes += Array("{\"path\":".utf8)
        string(dump.path)
        bytes += Array(",\"goal\":\"\(dump.goal)\",\"tokens\":[".utf8)
        for (tokenIndex, token) in dump.tokens.enumerated() {
          bytes.append(tokenIndex > 0 ? UInt8(ascii: ",") : UInt8(ascii: "["))
          if tokenIndex > 0 { bytes.append(UInt8(ascii: "[")) }
          for (fieldIndex, field) in token.enumerated() {
            if fieldIndex > 0 { bytes.append(UInt8(ascii: ",")) }
            string(field)
          }
          bytes.append(UInt8(ascii: "]"))
        }
        bytes += Array("]}".utf8)
      }
      bytes.append(UInt8(ascii: "]"))
    }

    mutating func string(_ text: String) {
      bytes.append(UInt8(ascii: "\""))
      for unit in text.utf8 {
        switch unit {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
          bytes += [UInt8(ascii: "\\"), unit]
        case 0..<0x20:
          let hex = Array("0123456789abcdef".utf8)
          bytes += Array("\\u00".utf8) + [hex[Int(unit >> 4)], hex[Int(unit & 15)]]
        default:
          bytes.append(unit)
        }
      }
      bytes.append(UInt8(ascii: "\""))
    }
  }

  struct Problem: Decodable {
    var path: String
    var problem: String?
  }

  /// A token as the oracle script cuts and names it.
  static func entry(_ token: Token, in source: SourceText) -> [String]? {
    let text = token.text(in: source)
    switch token.kind {
    case .identifier, .keyword: return ["word", text]
    case .punctuator: return ["punctuator", text]
    case .numeric: return ["number", text]
    case .string: return ["string", text, Lexer.stringValue(of: token, in: source)!]
    case .regularExpression: return ["regexp", text]
    case .privateName: return ["private", text]
    case .noSubstitutionTemplate, .templateHead, .templateMiddle, .templateTail:
      return ["template", text]
    default: return nil
    }
  }

  @Test(
    "Every corpus file lexes to acorn's tokens",
    .enabled(if: AcornOracle.isAvailable, "needs node and node-acorn"),
    .enabled(if: Corpus.isInstalled, "needs the libjs-* and node-* packages"))
  func tokensMatchAcorn() throws {
    var dumps: [Dump] = []
    for path in Corpus.files {
      let source = try SourceText(
        name: path, text: Array(Data(contentsOf: URL(fileURLWithPath: path))))
      var goal = Goal.script
      var tokens = try? Lexer.tokenize(source, goal: .script)
      if tokens == nil {
        goal = .module
        tokens = try? Lexer.tokenize(source, goal: .module)
      }
      guard let tokens else { continue }
      dumps.append(Dump(
        path: path, goal: goal == .script ? "script" : "module",
        tokens: tokens.compactMap { Self.entry($0, in: source) }))
    }
    let problems = try AcornOracle.run(
      "tokens", json: Data(DumpJSON(dumps).bytes), as: [Problem].self)
    for problem in problems.prefix(20) {
      Issue.record("\(problem.path): \(problem.problem ?? "")")
    }
    #expect(problems.isEmpty)
    #expect(dumps.count > 900)
  }
}
