/// The Python interpreters the examples run.
enum Python {
  /// A Python that can import Django: the one on PATH, or Debian's
  /// (python3-django) when PATH leads to another one first.
  static let withDjango: String? = ["python3", "/usr/bin/python3"].first {
    Examples.tool($0) != nil
      && (try? Command.run(
        $0, ["-c", "import django"], in: Examples.repository))?.status == 0
  }
}
