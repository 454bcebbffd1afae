/// The tracker of tracker-src/, compiled into the binary by the
/// EmbedTrackerPlugin build tool.
///
/// The order file (`order.txt`) lists the JavaScript files in the order they
/// are concatenated; the other files are the sources it names.
public enum EmbeddedTracker {
  /// Every file of tracker-src/, by name, sorted by name.
  public static var files: [(name: String, contents: String)] {
    storedFiles
  }

  /// The contents of the file called `name`, if tracker-src/ has one.
  public static func contents(of name: String) -> String? {
    storedFiles.first { $0.name == name }?.contents
  }
}
