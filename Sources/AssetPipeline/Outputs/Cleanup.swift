#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Which older versions of an asset `--keep N` deletes.
///
/// Kept: the current version, the N most recent older ones, and any
/// version whose main file is younger than `keepAge` (an hour by default:
/// pages rendered just before a deploy may still ask for it). This is the
/// rule of Sprockets' `clean(2, 3600)`, Propshaft and `mix phx.digest.clean`.
/// Deleted: every file of the other versions, as listed in snowpak's own
/// manifest history, unless a kept version lists it too. A file snowpak did
/// not write is never in the history, so never deleted. Versions whose main
/// file is already gone are dropped from the history.
struct Cleanup {
  /// The history to record, oldest first, ending with the current version.
  let history: [HistoryVersion]
  /// Files whose manifest entries must go.
  let retiredFiles: Set<String>
  /// Files to delete (the retired ones that exist).
  let removals: [String]

  static func plan(
    history existing: [HistoryVersion],
    current: HistoryVersion,
    options: OutputOptions,
    directory: OutputDirectory
  ) throws(OutputError) -> Cleanup {
    // Older versions still on disk, oldest first, then the current one.
    var older = existing.filter { version in
      version.file != current.file && directory.fileExists(version.file)
    }

    // Without --keep nothing is retired.
    guard let keep = options.keep else {
      return Cleanup(history: older + [current], retiredFiles: [], removals: [])
    }

    // Newest first: the first `keep` stay, then only the young ones.
    var retired: [HistoryVersion] = []
    let youngest = options.buildTime.addingTimeInterval(-options.keepAge)
    for (index, version) in older.reversed().enumerated() where index >= keep {
      let modified = directory.modificationDate(version.file) ?? .distantPast
      if modified < youngest { retired.append(version) }
    }
    older.removeAll { retired.contains($0) }

    // Never delete a file a kept version still lists.
    let kept = Set((older + [current]).flatMap(\.outputs))
    let retiredFiles = Set(retired.flatMap(\.outputs)).subtracting(kept)
    let removals = retiredFiles.sorted().filter { directory.fileExists($0) }
    return Cleanup(history: older + [current], retiredFiles: retiredFiles,
      removals: removals)
  }
}
