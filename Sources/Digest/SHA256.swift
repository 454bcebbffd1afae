/// SHA-256 (FIPS 180-4 section 6.2).
///
///     SHA256.hash(Array("abc".utf8))  // ba7816bf…f20015ad
public struct SHA256: HashFunction, Sendable {
  public static let digestByteCount = 32

  // Initial hash value H(0), FIPS 180-4 section 5.3.3.
  private var state: [UInt32] = [
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a,
    0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
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
    // Padding, FIPS 180-4 section 5.1.1: 0x80, zeros to 56 mod 64, length.
    let bitLength = byteCount &* 8
    var tail: [UInt8] = [0x80]
    let used = (buffer.count + 1) % 64
    tail += [UInt8](repeating: 0, count: (56 - used + 64) % 64)
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    update(tail)

    var digest: [UInt8] = []
    digest.reserveCapacity(32)
    for word in state {
      for shift in stride(from: 24, through: 0, by: -8) {
        digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift)))
      }
    }
    return digest
  }

  private mutating func compress(_ block: UnsafePointer<UInt8>) {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
      compress(block, schedule: w)
    }
  }

  private mutating func compress(
    _ block: UnsafePointer<UInt8>,
    schedule w: UnsafeMutableBufferPointer<UInt32>
  ) {
    // Message schedule, big-endian words (FIPS 180-4 step 1 of 6.2.2/6.4.2).
    for t in 0..<16 {
      var word: UInt32 = 0
      for byte in 0..<4 {
        word = word << 8 | UInt32(block[t * 4 + byte])
      }
      w[t] = word
    }
    for t in 16..<64 {
      let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18)
        ^ (w[t - 15] >> 3)
      let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19)
        ^ (w[t - 2] >> 10)
      w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
    }

    // The 64 rounds (step 3).
    var a = state[0], b = state[1], c = state[2], d = state[3]
    var e = state[4], f = state[5], g = state[6], h = state[7]
    for t in 0..<64 {
      let sum1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
      let choose = (e & f) ^ (~e & g)
      let t1 = h &+ sum1 &+ choose &+ SHA256.k[t] &+ w[t]
      let sum0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
      let majority = (a & b) ^ (a & c) ^ (b & c)
      let t2 = sum0 &+ majority
      h = g; g = f; f = e; e = d &+ t1
      d = c; c = b; b = a; a = t1 &+ t2
    }

    // Intermediate hash value (step 4).
    state[0] &+= a; state[1] &+= b; state[2] &+= c; state[3] &+= d
    state[4] &+= e; state[5] &+= f; state[6] &+= g; state[7] &+= h
  }

  // Constants K(0..63), FIPS 180-4 section 4.2.2: the first 32 bits of the
  // fractional parts of the cube roots of the first 64 primes.
  private static let k: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5,
    0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3,
    0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc,
    0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13,
    0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3,
    0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5,
    0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208,
    0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]
}

// ROTR^n(x) for 32-bit words, FIPS 180-4 section 3.2. Kept in this file so
// it inlines even in builds without whole-module optimization.
@inline(__always)
private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
  (x >> n) | (x << (32 &- n))
}
