import Foundation

/// examples/swift-package, copied to .build/examples/swift-package with its
/// dependency pointed at this checkout. The copy is kept between runs so
/// that its build of snowpak is incremental after the first one.
enum ExamplePackage {
  /// Building the package compiles snowpak a second time (minutes), so
  /// it runs in CI, where `CI` is set, or when SNOWPAK_TEST_PLUGIN=1.
  static var isWanted: Bool {
    let environment = ProcessInfo.processInfo.environment
    return environment["SNOWPAK_TEST_PLUGIN"] == "1"
      || (environment["CI"] ?? "").isEmpty == false
  }

  /// The example's copy, its `../..` pointed at this checkout.
  static let directory: URL = {
    let copy = Examples.repository.appending(
      path: ".build/examples/swift-package")
    let source = Examples.repository.appending(path: "examples/swift-package")
    let files = ["Package.swift", "snowpak.json", "Sources/site/main.swift"]
    for file in files {
      let target = copy.appending(path: file)
      try? FileManager.default.createDirectory(
        at: target.deletingLastPathComponent(),
        withIntermediateDirectories: true)
      var text = (try? String(
        contentsOf: source.appending(path: file), encoding: .utf8)) ?? ""
      if file == "Package.swift" {
        text = text.replacingOccurrences(
          of: #".package(path: "../..")"#,
          with: ".package(path: \"\(Examples.repository.path)\")")
      }
      try? Data(text.utf8).write(to: target)
    }
    return copy
  }()
}
