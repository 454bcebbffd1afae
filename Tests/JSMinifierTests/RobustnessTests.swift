import Foundation
import JSLexer
import JSMinifier
import Testing

/// Broken input must give an error or output, never a crash: every
/// prefix of a real file (each one cuts a construct somewhere), and
/// single-byte changes all over it.
@Suite("Robustness on broken input")
struct RobustnessTests {
  static let sample: [UInt8] = {
    let path = "/usr/share/javascript/underscore/underscore.js"
    let fallback = Array("""
      var a = /re/g.test(`x${ {b: 'c\\n'} }`) ? 0x1F : .5e-3; // done
      class A { #x = 1; *g() { yield /y/ } } /* end */
      """.utf8)
    guard let data = FileManager.default.contents(atPath: path) else { return fallback }
    return Array(data.prefix(3000))
  }()

  /// Lexes and, when that works, minifies; errors are fine.
  func survive(_ bytes: [UInt8]) {
    let source = SourceText(name: "t.js", text: bytes)
    for goal in [Goal.script, .module] {
      var options = MinifyOptions()
      options.goal = goal
      options.sourceMap = true
      options.comments = .all
      if let output = try? Minifier.minify(source, options: options) {
        _ = output.sourceMap?.json(file: "t.js", includeSourcesContent: true)
      }
    }
  }

  @Test("Every prefix of a file lexes or fails cleanly")
  func prefixes() {
    for length in stride(from: 0, through: Self.sample.count, by: 3) {
      survive(Array(Self.sample.prefix(length)))
    }
  }

  @Test("Single-byte changes lex or fail cleanly")
  func mutations() {
    // A fixed linear congruential sequence: the same cases every run.
    var state: UInt64 = 0x5EED
    func next() -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int(state >> 33)
    }
    let replacements = Array("`'\"/\\*{}()[]$#<>-!?.\n\r0xe_n".utf8) + [0xE2, 0xFF, 0x00]
    for _ in 0..<1500 {
      var bytes = Self.sample
      bytes[next() % bytes.count] = replacements[next() % replacements.count]
      survive(bytes)
    }
  }
}
