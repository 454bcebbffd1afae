/// MD5 (RFC 1321), for compatibility only: Django's `staticfiles.json`
/// carries a `hash` and Phoenix's `cache_manifest.json` a `digest` that
/// their own tools compute with MD5. Never use it for integrity.
public struct MD5: HashFunction, Sendable {
  public static let digestByteCount = 16

  // Initial buffer A, B, C, D (RFC 1321 section 3.3), as little-endian words.
  private var state: [UInt32] = [
    0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476,
  ]
  private var buffer: [UInt8] = []
  private var byteCount: UInt64 = 0

  public init() {
    buffer.reserveCapacity(64)
  }

  public mutating func update(_ bytes: some Collection<UInt8>) {
    // One non-generic path over contiguous bytes: generic code is not
    // specialized across modules or files without whole-module builds.
    let done: Void? = bytes.withContiguousStorageIfAvailable { absorb($0) }
    if done == nil {
      Array(bytes).withUnsafeBufferPointer { absorb($0) }
    }
  }

  private mutating func absorb(_ input: UnsafeBufferPointer<UInt8>) {
    byteCount &+= UInt64(input.count)
    var offset = 0

    // Top up a partly filled block first.
    if !buffer.isEmpty {
      let take = min(64 - buffer.count, input.count)
      buffer.append(contentsOf: input[0..<take])
      offset = take
      if buffer.count == 64 {
        let full = buffer
        buffer.removeAll(keepingCapacity: true)
        full.withUnsafeBufferPointer { compress($0.baseAddress!) }
      }
    }

    // Whole blocks straight from the input, the rest kept for later.
    guard let base = input.baseAddress else { return }
    while input.count - offset >= 64 {
      compress(base + offset)
      offset += 64
    }
    buffer.append(contentsOf: input[offset...])
  }

  public mutating func finalize() -> [UInt8] {
    // Padding (sections 3.1, 3.2): 0x80, zeros to 56 mod 64, then the bit
    // length as a 64-bit little-endian integer.
    let bitLength = byteCount &* 8
    var tail: [UInt8] = [0x80]
    let used = (buffer.count + 1) % 64
    tail += [UInt8](repeating: 0, count: (56 - used + 64) % 64)
    for shift in stride(from: 0, through: 56, by: 8) {
      tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    update(tail)

    var digest: [UInt8] = []
    for word in state {
      for shift in stride(from: 0, through: 24, by: 8) {
        digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift)))
      }
    }
    return digest
  }

  private mutating func compress(_ block: UnsafePointer<UInt8>) {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16) { x in
      compress(block, words: x)
    }
  }

  private mutating func compress(
    _ block: UnsafePointer<UInt8>, words x: UnsafeMutableBufferPointer<UInt32>
  ) {
    // The block as sixteen little-endian words X[0..15] (section 3.4).
    for i in 0..<16 {
      x[i] = UInt32(block[i * 4]) | UInt32(block[i * 4 + 1]) << 8
        | UInt32(block[i * 4 + 2]) << 16 | UInt32(block[i * 4 + 3]) << 24
    }

    // Four rounds of sixteen operations with functions F, G, H, I.
    var a = state[0], b = state[1], c = state[2], d = state[3]
    for i in 0..<64 {
      var f: UInt32
      var g: Int
      switch i / 16 {
      case 0: f = (b & c) | (~b & d); g = i
      case 1: f = (d & b) | (~d & c); g = (5 * i + 1) % 16
      case 2: f = b ^ c ^ d; g = (3 * i + 5) % 16
      default: f = c ^ (b | ~d); g = (7 * i) % 16
      }
      f = f &+ a &+ MD5.t[i] &+ x[g]
      a = d; d = c; c = b
      b = b &+ rotl(f, MD5.shifts[i])
    }
    state[0] &+= a; state[1] &+= b; state[2] &+= c; state[3] &+= d
  }

  // Per-operation left rotations (section 3.4).
  private static let shifts: [UInt32] = [
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
    5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
    6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
  ]

  // T[i] = floor(2^32 × |sin(i + 1)|), section 3.4, precomputed.
  private static let t: [UInt32] = [
    0xd76a_a478, 0xe8c7_b756, 0x2420_70db, 0xc1bd_ceee,
    0xf57c_0faf, 0x4787_c62a, 0xa830_4613, 0xfd46_9501,
    0x6980_98d8, 0x8b44_f7af, 0xffff_5bb1, 0x895c_d7be,
    0x6b90_1122, 0xfd98_7193, 0xa679_438e, 0x49b4_0821,
    0xf61e_2562, 0xc040_b340, 0x265e_5a51, 0xe9b6_c7aa,
    0xd62f_105d, 0x0244_1453, 0xd8a1_e681, 0xe7d3_fbc8,
    0x21e1_cde6, 0xc337_07d6, 0xf4d5_0d87, 0x455a_14ed,
    0xa9e3_e905, 0xfcef_a3f8, 0x676f_02d9, 0x8d2a_4c8a,
    0xfffa_3942, 0x8771_f681, 0x6d9d_6122, 0xfde5_380c,
    0xa4be_ea44, 0x4bde_cfa9, 0xf6bb_4b60, 0xbebf_bc70,
    0x289b_7ec6, 0xeaa1_27fa, 0xd4ef_3085, 0x0488_1d05,
    0xd9d4_d039, 0xe6db_99e5, 0x1fa2_7cf8, 0xc4ac_5665,
    0xf429_2244, 0x432a_ff97, 0xab94_23a7, 0xfc93_a039,
    0x655b_59c3, 0x8f0c_cc92, 0xffef_f47d, 0x8584_5dd1,
    0x6fa8_7e4f, 0xfe2c_e6e0, 0xa301_4314, 0x4e08_11a1,
    0xf753_7e82, 0xbd3a_f235, 0x2ad7_d2bb, 0xeb86_d391,
  ]
}

// Circular left shift (RFC 1321 section 2), kept in this file so it
// inlines even in builds without whole-module optimization.
@inline(__always)
private func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 {
  (x << n) | (x >> (32 &- n))
}
