/// Enumerates short identifiers, shortest first, in an order that follows
/// how often each character already appears in the output, so renamed
/// code compresses well: `e`, `t`, `n`, ... then `ee`, `te`, ...
///
/// Skips reserved words and names the program must keep (globals, names
/// visible to `eval`), so a new name never captures or is captured.
struct NameGenerator {
  /// Characters that may start an identifier, most frequent first.
  let leading: [UInt8]
  /// Characters that may continue one, most frequent first.
  let trailing: [UInt8]
  private var index = 0
  private let isTaken: (String) -> Bool

  static let letters = Array(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$".utf8)
  static let digits = Array("0123456789".utf8)

  /// - Parameters:
  ///   - frequency: occurrences of each byte in the text that stays.
  ///   - isTaken: names that must not be produced.
  init(frequency: [Int], isTaken: @escaping (String) -> Bool) {
    // Stable sort by count, most frequent first; ties keep the order
    // above, so the result is deterministic.
    func ordered(_ characters: [UInt8]) -> [UInt8] {
      characters.enumerated().sorted { left, right in
        let a = frequency[Int(left.element)]
        let b = frequency[Int(right.element)]
        return a != b ? a > b : left.offset < right.offset
      }.map(\.element)
    }
    leading = ordered(NameGenerator.letters)
    trailing = ordered(NameGenerator.letters + NameGenerator.digits)
    self.isTaken = isTaken
  }

  /// The next free name.
  mutating func next() -> String {
    while true {
      let name = NameGenerator.name(
        number: index, leading: leading, trailing: trailing)
      index += 1
      if !ReservedWords.contains(name), !isTaken(name) { return name }
    }
  }

  /// The `number`th identifier: one leading character, then trailing
  /// characters as digits of a bijective base-64 number.
  static func name(number: Int, leading: [UInt8], trailing: [UInt8])
    -> String
  {
    var bytes = [leading[number % leading.count]]
    var rest = number / leading.count
    while rest > 0 {
      rest -= 1
      bytes.append(trailing[rest % trailing.count])
      rest /= trailing.count
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
