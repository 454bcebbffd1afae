import Foundation

/// A fresh, empty directory for one test, removed when it ends.
final class ScratchDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appending(path: "snowpak-example-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  func text(_ name: String) throws -> String {
    try String(contentsOf: url.appending(path: name), encoding: .utf8)
  }

  func files(in name: String) -> [String] {
    let directory = url.appending(path: name)
    return ((try? FileManager.default.contentsOfDirectory(
      atPath: directory.path)) ?? []).sorted()
  }
}
