/// Which binding each scope declares under each name: one open-addressing
/// table for the whole program, keyed by (scope, name id).
///
/// Resolution asks it once per scope on the way up from every use, so it
/// is the renamer's most frequent lookup. One table with a multiplicative
/// hash costs far less than a `Dictionary` per scope: no hashing with a
/// random seed, no allocation per scope, no copy-on-write checks.
struct DeclaredNames {
  private var keys: [UInt64]
  private var values: [Int32]
  private var shift: UInt64
  private(set) var count = 0

  init() {
    let size = 1024
    keys = Array(repeating: DeclaredNames.empty, count: size)
    values = Array(repeating: -1, count: size)
    shift = UInt64(64 - size.trailingZeroBitCount)
  }

  /// No scope is -1: the key of an empty slot.
  private static let empty = UInt64.max

  @inline(__always)
  private static func key(_ scope: Int32, _ name: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: scope)) << 32 | UInt64(UInt32(bitPattern: name))
  }

  @inline(__always)
  private func slot(of key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The binding `scope` declares as `name`, if any.
  subscript(scope: Int32, name: Int32) -> Int32? {
    let key = DeclaredNames.key(scope, name)
    let mask = keys.count - 1
    var index = slot(of: key)
    while true {
      let stored = keys[index]
      if stored == key { return values[index] }
      if stored == DeclaredNames.empty { return nil }
      index = (index + 1) & mask
    }
  }

  /// Records that `scope` declares `name` as `binding` (the name must not
  /// be declared there yet).
  mutating func insert(scope: Int32, name: Int32, binding: Int32) {
    if (count + 1) * 2 > keys.count { grow() }
    place(DeclaredNames.key(scope, name), binding)
    count += 1
  }

  private mutating func place(_ key: UInt64, _ value: Int32) {
    let mask = keys.count - 1
    var index = slot(of: key)
    while keys[index] != DeclaredNames.empty { index = (index + 1) & mask }
    keys[index] = key
    values[index] = value
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    let size = keys.count * 2
    keys = Array(repeating: DeclaredNames.empty, count: size)
    values = Array(repeating: -1, count: size)
    shift -= 1
    for (index, key) in oldKeys.enumerated() where key != DeclaredNames.empty {
      place(key, oldValues[index])
    }
  }
}
