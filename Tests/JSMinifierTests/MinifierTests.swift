import TestSupport
import Foundation
import JSLexer
import JSMinifier
import Testing

/// Minifies `input` and expects exactly `output`.
func expectMinified(
  _ input: String, _ output: String, goal: Goal = .script,
  comments: CommentPolicy = .license,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  var options = MinifyOptions()
  options.goal = goal
  options.comments = comments
  options.mangle = false  // renaming is tested in Renamer/
  do {
    let result = try Minifier.minify(
      SourceText(name: "test.js", contents: input), options: options)
    #expect(result.text == output, "input: \(input)", sourceLocation: sourceLocation)
  } catch {
    Issue.record("\(input) threw \(error)", sourceLocation: sourceLocation)
  }
}

@Suite("Minifying by tokens")
struct MinifierTests {
  @Test("Whitespace and comments go, HTML comments and hashbangs too")
  func whitespaceAndComments() {
    for (input, output) in MinifierCases.whitespaceAndComments {
      expectMinified(input, output)
    }
  }

  @Test("A slash is a regular expression or a division after every token")
  func regularExpressionVersusDivision() {
    for (input, output) in MinifierCases.regularExpressionVersusDivision {
      expectMinified(input, output)
    }
  }

  @Test("Line breaks stay exactly where a semicolon may have been inserted")
  func automaticSemicolons() {
    for (input, output) in MinifierCases.automaticSemicolons {
      expectMinified(input, output)
    }
  }

  @Test("A semicolon before a closing brace goes unless it is a statement")
  func redundantSemicolons() {
    for (input, output) in MinifierCases.redundantSemicolons {
      expectMinified(input, output)
    }
  }

  @Test("Class members separated by line breaks stay separate")
  func classBodies() {
    for (input, output) in MinifierCases.classBodies {
      expectMinified(input, output)
    }
  }

  @Test("Adjacent tokens never fuse or spell HTML comments")
  func tokenFusion() {
    for (input, output) in MinifierCases.tokenFusion {
      expectMinified(input, output)
    }
  }

  @Test("Numbers take their shortest form with the same value")
  func numbers() {
    for (input, output) in MinifierCases.numbers {
      expectMinified(input, output)
    }
  }

  @Test("Strings take the quote needing fewer escapes")
  func strings() {
    for (input, output) in MinifierCases.strings {
      expectMinified(input, output)
    }
  }

  @Test("Templates keep their raw text, nested to any depth")
  func templates() {
    for (input, output) in MinifierCases.templates {
      expectMinified(input, output)
    }
  }

  @Test("Cases beyond acorn's own tokenizer")
  func beyondAcorn() {
    for (input, output) in MinifierCases.beyondAcorn {
      expectMinified(input, output)
    }
  }

  @Test(
    "Cases beyond acorn compile under V8 before and after",
    .enabled(if: AcornOracle.isAvailable, "needs node"))
  func beyondAcornCompilesUnderV8() throws {
    let problems = try AcornOracle.check(
      "v8", MinifierCases.beyondAcorn.map { ($0.input, $0.output, "script") })
    let described = problems.map { "\($0.index).in.js: \($0.problem)" }
    #expect(problems.isEmpty, "\(described)")
  }

  @Test("Modules have no HTML comments and reserve await")
  func modules() {
    for (input, output) in MinifierCases.modules {
      expectMinified(input, output, goal: .module)
    }
  }

  @Test("License comments are kept by default, all or none on request")
  func commentPolicies() {
    expectMinified("/*! keep */\na()", "/*! keep */\na()")
    expectMinified("/*! keep */ a()", "/*! keep */a()")
    expectMinified("a() /* @license MIT */ /* x */", "a()/* @license MIT */")
    expectMinified("/** @preserve */\nb", "/** @preserve */\nb")
    expectMinified("//! keep\nb", "//! keep\nb")
    expectMinified("/* drop */ a()", "a()")
    expectMinified("/*! drop */ a()", "a()", comments: .none)
    expectMinified("// a\nb /* c */ c", "// a\nb/* c */c", comments: .all)
    expectMinified("x = a /* c */ / b", "x=a/* c *//b", comments: .all)
    expectMinified("<!-- old\na()", "// old\na()", comments: .all)
    expectMinified(
      "function f() { return // c\n x }", "function f(){return// c\nx}",
      comments: .all)
  }

  struct Classified: Decodable {
    var path: String
    var goal: String
  }

  @Test(
    "Programs acorn rejects are rejected too",
    .enabled(if: AcornOracle.isAvailable, "needs node and node-acorn"))
  func invalidProgramsAreRejected() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("snowpak-invalid-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var paths: [String] = []
    for (index, input) in MinifierCases.invalid.enumerated() {
      let file = directory.appendingPathComponent("\(index).js")
      try Data(input.utf8).write(to: file)
      paths.append(file.path)
    }
    let verdicts = try AcornOracle.run("classify", paths, as: [Classified].self)
    for (input, verdict) in zip(MinifierCases.invalid, verdicts) {
      #expect(verdict.goal == "rejected", "acorn accepts \(input)")
      for goal in [Goal.script, .module] {
        var options = MinifyOptions()
        options.goal = goal
        #expect(throws: LexerError.self, "\(input)") {
          _ = try Minifier.minify(SourceText(name: "t.js", contents: input), options: options)
        }
      }
    }
  }


  @Test(
    "Every case keeps its syntax tree under acorn",
    .enabled(if: AcornOracle.isAvailable, "needs node and node-acorn"))
  func casesKeepTheirSyntaxTrees() throws {
    let tables = MinifierCases.allScripts.map { ($0, "script") }
      + MinifierCases.modules.map { ($0, "module") }
    let problems = try AcornOracle.check(
      "compare", tables.map { ($0.0.input, $0.0.output, $0.1) })
    for problem in problems {
      Issue.record("\(tables[problem.index].0.input): \(problem.problem)")
    }
    #expect(problems.isEmpty)
  }
}
