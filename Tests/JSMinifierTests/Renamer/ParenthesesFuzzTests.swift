import TestSupport
import Foundation
import JSLexer
import Testing

@testable import JSMinifier

/// Random expressions with every operand in parentheses, sometimes two
/// pairs, minified; acorn must read the same tree from both. Every
/// parenthesis the minifier drops is thereby checked against the grammar
/// of a parser we did not write.
@Suite("Random fully parenthesized expressions keep their syntax trees")
struct ParenthesesFuzzTests {

  @Test(
    "Dropped parentheses never change the tree acorn reads",
    .enabled(if: AcornOracle.isAvailable, "needs node and node-acorn"),
    arguments: 1...8 as ClosedRange<UInt64>)
  func randomExpressions(seed: UInt64) throws {
    var generator = ExpressionGenerator(seed: seed)
    let program = generator.program(statements: 300)
    let output = try minifiedAndMangled(program)

    // The minifier dropped many parentheses (it is not a no-op)...
    let before = program.utf8.filter { $0 == UInt8(ascii: "(") }.count
    let after = output.utf8.filter { $0 == UInt8(ascii: "(") }.count
    #expect(after < before * 3 / 4, "\(before) ( before, \(after) after")

    // ...and acorn reads the same tree.
    let problems = try AcornOracle.check(
      "compare", [(program, output, "script")])
    for problem in problems {
      let near = Self.excerpt(output, problem.problem)
      Issue.record("seed \(seed): \(problem.problem)\n\(near)")
    }
  }}

extension ParenthesesFuzzTests {
  /// The minified text around the column of a "(1:column)" problem.
  static func excerpt(_ output: String, _ text: String) -> String {
    guard let match = text.range(of: #"\(1:(\d+)\)"#, options: .regularExpression),
      let column = Int(text[match].dropFirst(3).dropLast())
    else { return "" }
    let bytes = Array(output.utf8)
    let start = max(0, column - 100)
    let end = min(bytes.count, column + 40)
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}

/// Writes random JavaScript expressions, every operand parenthesized.
/// Only global names are used, so renaming changes nothing but the
/// parentheses.
struct ExpressionGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

  /// A 64-bit linear congruential step (Knuth's MMIX constants).
  mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }

  mutating func program(statements count: Int) -> String {
    var lines: [String] = []
    for _ in 0..<count {
      lines.append(statement(depth: 4))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  mutating func statement(depth: Int) -> String {
    let e = grouped(expression(depth: depth))
    switch next(9) {
    case 0: return "\(e);"
    case 1: return "if (\(e)) \(grouped(expression(depth: 1)));"
    case 2: return "while (\(e)) break;"
    case 3: return "for (var v = \(e); v;) break;"
    case 4: return "for (\(target()) of \(e));"
    case 5: return "(function () { return \(e); });"
    case 6: return "(function* () { yield \(e); });"
    case 7: return "(async function () { await \(e); });"
    default: return "x = \(e);"
    }
  }

  /// Parentheses around `text`, sometimes two pairs.
  mutating func grouped(_ text: String) -> String {
    next(6) == 0 ? "((\(text)))" : "(\(text))"
  }

  mutating func operand(_ depth: Int) -> String {
    grouped(expression(depth: depth - 1))
  }

  static let leaves = [
    "a", "b", "c", "d", "async", "of", "0", "1.5", "\"s\"", "/r/g",
    "true", "null", "this", "`t`", "{}", "[]", "{k: 1}",
  ]
  static let binary = [
    "+", "-", "*", "/", "%", "**", "<<", ">>", ">>>", "<", ">", "<=", ">=",
    "==", "!=", "===", "!==", "&", "|", "^", "&&", "||", "??", "in",
    "instanceof",
  ]
  static let assignment = ["=", "+=", "**=", "??=", "||=", "&&=", "-="]
  static let prefix = ["!", "~", "-", "+", "typeof ", "void "]

  mutating func target() -> String {
    switch next(4) {
    case 0: return "a"
    case 1: return "(b)"
    case 2: return "(c.d)"
    default: return "c[\(grouped(expression(depth: 0)))]"
    }
  }

  mutating func expression(depth: Int) -> String {
    if depth <= 0 { return Self.leaves[next(Self.leaves.count)] }
    switch next(20) {
    case 0, 1, 2, 3:
      let op = Self.binary[next(Self.binary.count)]
      return "\(operand(depth)) \(op) \(operand(depth))"
    case 4:
      return "\(operand(depth)) ? \(operand(depth)) : \(operand(depth))"
    case 5:
      let op = Self.assignment[next(Self.assignment.count)]
      return "\(target()) \(op) \(operand(depth))"
    case 6:
      return Self.prefix[next(Self.prefix.count)] + operand(depth)
    case 7:
      switch next(3) {
      case 0: return "++\(target())"
      case 1: return "\(target())--"
      default: return "delete \(operand(depth)).p"  // strict code too
      }
    case 8:
      return "\(operand(depth))(\(operand(depth)), ...\(operand(depth)))"
    case 9:
      return "\(operand(depth)).p"
    case 10:
      return "\(operand(depth))?.p"
    case 11:
      return "\(operand(depth))[\(operand(depth))]"
    case 12:
      return next(2) == 0
        ? "new \(operand(depth))" : "new \(operand(depth))(\(operand(depth)))"
    case 13:
      return "\(operand(depth)), \(operand(depth))"
    case 14:
      return "() => \(operand(depth))"
    case 15:
      return "[\(operand(depth)), ...\(operand(depth))]"
    case 16:
      return "{k: \(operand(depth)), [\(operand(depth))]: 1}"
    case 17:
      return "`a${\(operand(depth))}b` + \(operand(depth))`c`"
    case 18:
      return "function () { return \(operand(depth)); }"
    default:
      return "class extends \(operand(depth)) {}"
    }
  }
}
