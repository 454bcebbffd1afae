#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The output directory (`--out`): reads what is there, and commits a plan
/// all or nothing.
///
/// Commit writes every changed file to a temporary name in its own
/// directory (`.<name>.snowpak-<pid>-<n>.tmp`, created exclusively, synced),
/// and only when all are written renames them into place: scripts, maps,
/// `.gz`, snippet and pixel first, manifests last, then cleanup removals.
/// rename(2) within one directory is atomic, so a reader sees the old file
/// or the new, and a manifest never names a file not yet in place. A file
/// whose bytes are already identical is left alone (its mtime kept).
///
/// On any failure before the renames, temporaries and directories the
/// commit created are removed: the directory is as it was. A rename that
/// fails (in practice only a failing disk) can leave earlier-renamed new
/// fingerprinted files behind, but never a manifest pointing at them.
///
/// Every path is checked by `OutputPath`, and symbolic links on the way
/// (or at the end) that resolve outside the directory are refused.
public struct OutputDirectory: Sendable {
  /// The directory, as given.
  public let path: String

  public init(path: String) {
    self.path = path
  }

  /// Carries out `plan`.
  ///
  /// - Throws: `OutputError.cannotCreate` (73) when the directory or a file
  ///   cannot be created, `.inputOutput` (74) when writing or renaming
  ///   fails, `.unsafePath` (64) for a path leaving the directory.
  public func commit(_ plan: OutputPlan) throws(OutputError) -> OutputReport {
    var transaction = Transaction(directory: self)
    do {
      try transaction.createDirectory(path)
      var report = OutputReport()

      // Stage every changed file; note the unchanged ones.
      for file in plan.files + plan.manifests {
        let target = try resolve(file.path)
        if let current = readIfRegular(target), current == file.bytes {
          report.entries.append(entry(file, .unchanged))
          continue
        }
        try transaction.stage(file.bytes, for: target, relative: file.path)
        report.entries.append(entry(file, .written))
      }

      // Rename in plan order: files first, manifests last.
      try transaction.renameAll()

      // Cleanup after the manifests stopped naming the old files.
      for removal in plan.removals {
        let target = try resolve(removal)
        if unlink(target) == 0 {
          report.entries.append(
            OutputReport.Entry(path: removal, status: .removed, size: 0, gzipSize: nil))
        } else if errno != ENOENT {
          report.warnings.append(
            "Could not remove \"\(removal)\": \(String(cString: strerror(errno)))")
        }
      }
      return report
    } catch {
      transaction.rollBack()
      throw error
    }
  }

  // MARK: Reading

  /// The bytes of `relative`, nil when absent; errors for unsafe paths
  /// and unreadable files.
  func read(_ relative: String) throws(OutputError) -> [UInt8]? {
    let target = try resolve(relative)
    guard FileManager.default.fileExists(atPath: target) else { return nil }
    guard let data = FileManager.default.contents(atPath: target) else {
      throw .inputOutput(path: join(relative), reason: "it cannot be read")
    }
    return Array(data)
  }

  /// The parsed manifest at `relative`, nil when absent.
  func readManifest(_ relative: String) throws(OutputError) -> JSONValue? {
    guard let bytes = try read(relative) else { return nil }
    do {
      return try JSONParser.parse(bytes)
    } catch {
      throw .invalidManifestJSON(path: join(relative), line: error.line,
        column: error.column, reason: error.message)
    }
  }

  /// Where a format's manifest goes by default; for Sprockets, an existing
  /// `.sprockets-manifest-*.json` if there is one.
  func defaultManifestPath(_ format: ManifestFormat) throws(OutputError) -> String {
    guard format == .sprockets else { return format.defaultPath }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.sorted().first(where: ManifestFormat.isSprocketsManifestName)
      ?? format.defaultPath
  }

  func fileExists(_ relative: String) -> Bool {
    guard let target = try? resolve(relative) else { return false }
    return FileManager.default.fileExists(atPath: target)
  }

  func modificationDate(_ relative: String) -> Date? {
    guard let target = try? resolve(relative),
      let attributes = try? FileManager.default.attributesOfItem(atPath: target)
    else { return nil }
    return attributes[.modificationDate] as? Date
  }

  /// `relative` under the directory, for messages.
  func join(_ relative: String) -> String {
    path.hasSuffix("/") ? path + relative : path + "/" + relative
  }

  // MARK: Paths

  /// The absolute-or-relative file system path of a checked relative path.
  /// Existing components that are symbolic links must resolve inside the
  /// directory.
  func resolve(_ relative: String) throws(OutputError) -> String {
    let parts = try OutputPath.components(relative)
    let root = realPath(path)
    var current = path
    var exists = true
    for part in parts {
      current = current.hasSuffix("/") ? current + part : current + "/" + part
      var info = stat()
      exists = exists && lstat(current, &info) == 0
      if exists, info.st_mode & S_IFMT == S_IFLNK {
        guard let root, let target = realPath(current),
          target == root || target.hasPrefix(root.hasSuffix("/") ? root : root + "/")
        else {
          throw .unsafePath(path: relative,
            reason: "\"\(current)\" is a symbolic link leading out of the output directory")
        }
      }
    }
    return current
  }

  private func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// The bytes of a regular file (following a checked link), else nil.
  private func readIfRegular(_ target: String) -> [UInt8]? {
    var info = stat()
    guard stat(target, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      return nil
    }
    return FileManager.default.contents(atPath: target).map(Array.init)
  }

  private func entry(
    _ file: PlannedFile, _ status: OutputReport.Status
  ) -> OutputReport.Entry {
    let gzipSize = file.path.hasSuffix(".gz")
      ? nil : (try? Gzip.compress(file.bytes))?.count
    return OutputReport.Entry(path: file.path, status: status,
      size: file.bytes.count, gzipSize: gzipSize)
  }
}
