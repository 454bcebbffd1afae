/// Interns identifier names: equal spellings get equal small integer ids,
/// so scopes compare names as integers and no `String` is built per token.
///
/// Open addressing over FNV-1a hashes of the UTF-8 bytes; the table doubles
/// when half full, so interning is amortized constant time.
struct NameTable {
  private(set) var spellings: [[UInt8]] = []
  private var hashes: [UInt64] = []
  private var buckets: [Int32]
  private var mask: Int

  init(expectedCount: Int = 256) {
    var size = 64
    while size < expectedCount * 2 { size *= 2 }
    buckets = Array(repeating: -1, count: size)
    mask = size - 1
  }

  var count: Int { spellings.count }

  /// The id of the name spelled by `bytes`, adding it when new.
  mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    let hash = NameTable.hash(bytes)
    var index = Int(truncatingIfNeeded: hash) & mask
    while true {
      let slot = buckets[index]
      if slot < 0 { break }
      if hashes[Int(slot)] == hash,
        NameTable.equal(spellings[Int(slot)], bytes)
      {
        return slot
      }
      index = (index + 1) & mask
    }

    // A new name: store it, then grow when half full.
    let id = Int32(spellings.count)
    spellings.append(Array(bytes))
    hashes.append(hash)
    buckets[index] = id
    if spellings.count * 2 > buckets.count { grow() }
    return id
  }

  /// The id of `name` if some token spells it.
  func lookup(_ name: String) -> Int32? {
    var utf8 = Array(name.utf8)
    return utf8.withUnsafeMutableBufferPointer { buffer in
      let bytes = UnsafeBufferPointer(buffer)
      let hash = NameTable.hash(bytes)
      var index = Int(truncatingIfNeeded: hash) & mask
      while buckets[index] >= 0 {
        let slot = buckets[index]
        if hashes[Int(slot)] == hash,
          NameTable.equal(spellings[Int(slot)], bytes)
        {
          return slot
        }
        index = (index + 1) & mask
      }
      return nil
    }
  }

  /// The spelling of a name id.
  func name(_ id: Int32) -> String {
    String(decoding: spellings[Int(id)], as: UTF8.self)
  }

  private mutating func grow() {
    let size = buckets.count * 2
    buckets = Array(repeating: -1, count: size)
    mask = size - 1
    for (id, hash) in hashes.enumerated() {
      var index = Int(truncatingIfNeeded: hash) & mask
      while buckets[index] >= 0 { index = (index + 1) & mask }
      buckets[index] = Int32(id)
    }
  }

  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return hash
  }

  private static func equal(
    _ stored: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard stored.count == bytes.count else { return false }
    for index in 0..<stored.count where stored[index] != bytes[index] {
      return false
    }
    return true
  }
}
