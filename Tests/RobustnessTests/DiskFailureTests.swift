import Foundation
import Testing

/// The disk says no: a read-only or full file system, a path through a
/// regular file, a broken manifest, builds racing each other. Each time a
/// clear error with the sysexits status, and `--out` as it was or fully
/// updated, never half. Tests that mount a tmpfs need root (and a kernel
/// that lets this container mount); without it they say so and pass.
@Suite("Failure on disk")
struct DiskFailureTests {
  /// A tmpfs of `kilobytes` mounted on `directory/name`, unmounted when
  /// the value goes away; nil (with a message) where mounting is refused.
  final class Mount {
    let path: String

    init?(_ name: String, in scratch: Scratch, kilobytes: Int) throws {
      path = scratch.path(name)
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true)
      guard let mount = Program.find("mount"),
        let result = try? Program.run(
          mount, ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", path],
          in: scratch.url),
        result.status == 0
      else {
        print("Skipped: cannot mount a tmpfs here (needs root).")
        return nil
      }
    }

    /// Remounts the file system read-only.
    func makeReadOnly() throws {
      let result = try Program.run(
        Program.find("mount")!, ["-o", "remount,ro", path],
        in: URL(fileURLWithPath: "/"))
      #expect(result.status == 0, "\(result.error)")
    }

    deinit {
      if let umount = Program.find("umount") {
        _ = try? Program.run(umount, [path], in: URL(fileURLWithPath: "/"))
      }
    }
  }

  static let build = ["build", "--collector", "sp.example.com"]

  @Test("a read-only --out is 73, the directory as it was")
  func readOnlyOut() throws {
    let scratch = try Scratch()
    guard let mount = try Mount("disk", in: scratch, kilobytes: 256) else {
      return
    }
    let first = try Snowpak.run(Self.build + ["-o", "disk/out"], in: scratch.url)
    #expect(first.status == 0, "\(first.error)")
    try mount.makeReadOnly()
    let before = scratch.snapshot()

    let result = try Snowpak.run(
      ["build", "--collector", "other.example.com", "-o", "disk/out",
       "--source-map", "--gzip"],
      in: scratch.url)
    #expect(result.status == 73, "\(result.error)")
    #expect(result.error.contains("Read-only file system"), "\(result.error)")
    #expect(scratch.snapshot() == before)
  }

  @Test("a full disk is 74, the directory as it was, no temporaries left")
  func fullDisk() throws {
    let scratch = try Scratch()
    guard let mount = try Mount("disk", in: scratch, kilobytes: 20) else {
      return
    }
    defer { withExtendedLifetime(mount) {} }
    try scratch.write(Data("keep".utf8), to: "disk/out/keep.txt")
    let before = scratch.snapshot()

    let result = try Snowpak.run(
      Self.build + ["-o", "disk/out", "--source-map", "--gzip"],
      in: scratch.url)
    #expect(result.status == 74, "\(result.error)")
    #expect(result.error.contains("No space left on device"), "\(result.error)")
    #expect(scratch.snapshot() == before)
  }

  @Test("an --out through a regular file is 73, nothing written")
  func outThroughAFile() throws {
    let scratch = try Scratch()
    try scratch.write(Data("not a directory".utf8), to: "file")
    let before = scratch.snapshot()
    let result = try Snowpak.run(Self.build + ["-o", "file/out"], in: scratch.url)
    #expect(result.status == 73, "\(result.error)")
    #expect(result.error.contains("it exists and is not a directory"))
    #expect(scratch.snapshot() == before)
  }

  @Test("an immutable --out (chattr +i) is 73, nothing written")
  func immutableOut() throws {
    let scratch = try Scratch()
    try scratch.write(Data("old".utf8), to: "out/existing.txt")
    guard let chattr = Program.find("chattr"),
      try Program.run(chattr, ["+i", "out"], in: scratch.url).status == 0
    else {
      print("Skipped: chattr +i is not available here.")
      return
    }
    defer { _ = try? Program.run(chattr, ["-i", "out"], in: scratch.url) }
    let before = scratch.snapshot()

    let result = try Snowpak.run(Self.build + ["-o", "out"], in: scratch.url)
    #expect(result.status == 73, "\(result.error)")
    #expect(result.error.contains("Operation not permitted"))
    #expect(scratch.snapshot() == before)
  }

  @Test(
    "an existing manifest that is not valid JSON is 65, nothing written",
    arguments: [
      ("snowpak-manifest.json", "{not json", [String]()),
      ("snowpak-manifest.json", "{\"assets\": 5}", []),
      ("snowpak-manifest.json", "\u{FEFF}[]", []),
      ("manifest.json", "[1, 2", ["--manifest", "sprockets=manifest.json"]),
      (".vite/manifest.json", "{\"sp.js\": ", ["--manifest", "vite"]),
      ("staticfiles.json", "nul", ["--manifest", "django"]),
    ])
  func invalidManifest(
    _ name: String, _ contents: String, _ options: [String]
  ) throws {
    let scratch = try Scratch()
    try scratch.write(Data(contents.utf8), to: "out/\(name)")
    let before = scratch.snapshot()

    let result = try Snowpak.run(
      Self.build + ["-o", "out"] + options, in: scratch.url)
    #expect(result.status == 65, "\(name): \(result.error)")
    #expect(result.error.contains(name), "\(result.error)")
    #expect(result.error.contains("nothing was written"), "\(result.error)")
    #expect(scratch.snapshot() == before)
  }

  @Test("ten builds at once leave a directory that verifies")
  func concurrentBuilds() throws {
    let scratch = try Scratch()
    let collectors = (1...10).map { "sp\($0).example.com" }

    // Ten processes, started together, each with its own collector.
    let group = DispatchGroup()
    nonisolated(unsafe) var statuses = [Int32](repeating: -1, count: 10)
    let lock = NSLock()
    for (index, collector) in collectors.enumerated() {
      DispatchQueue.global().async(group: group) {
        let result = try? Snowpak.run(
          ["build", "--collector", collector, "-o", "out", "--gzip",
           "--source-map", "--manifest", "sprockets", "--manifest", "vite"],
          in: scratch.url)
        lock.withLock { statuses[index] = result?.status ?? -1 }
      }
    }
    group.wait()
    #expect(statuses == [Int32](repeating: 0, count: 10))

    // The directory verifies, and the manifest names one whole build.
    let verify = try Snowpak.run(["verify", "out"], in: scratch.url)
    #expect(verify.status == 0, "\(verify.output)\(verify.error)")
    let named = try script(
      in: scratch, "out/snowpak-manifest.json", at: ["assets", "sp.js"])
    #expect(named.map { scratch.files(in: "out").contains($0) } == true)
    #expect(scratch.files(in: "out").filter { $0.hasSuffix(".tmp") }.isEmpty)

    // Every manifest names the same build: builds into one directory take
    // a lock around read-merge-write, so they cannot interleave. The
    // history has seen every build.
    let vite = try script(
      in: scratch, "out/.vite/manifest.json", at: ["sp.js"])
    #expect(vite == named)
    let manifest = try JSONSerialization.jsonObject(
      with: Data(contentsOf: scratch.url.appending(
        path: "out/snowpak-manifest.json"))) as? [String: Any]
    let history = (manifest?["history"] as? [String: Any])?["sp.js"]
    #expect((history as? [Any])?.count == 10)
  }

  /// The `file` of the entry at `keys` in a JSON manifest.
  func script(in scratch: Scratch, _ manifest: String, at keys: [String])
    throws -> String?
  {
    var value = try JSONSerialization.jsonObject(
      with: Data(contentsOf: scratch.url.appending(path: manifest)))
    for key in keys + ["file"] {
      guard let next = (value as? [String: Any])?[key] else { return nil }
      value = next
    }
    return value as? String
  }
}
