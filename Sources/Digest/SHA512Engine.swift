/// The SHA-512 compression and padding shared by SHA-512 and SHA-384
/// (FIPS 180-4 sections 6.4 and 6.5): 64-bit words, 128-byte blocks, 80
/// rounds. Only the initial hash value and the output length differ.
struct SHA512Engine: Sendable {
  private var state: [UInt64]
  private var buffer: [UInt8] = []
  private var byteCount: UInt64 = 0

  init(initialHash: [UInt64]) {
    state = initialHash
    buffer.reserveCapacity(128)
  }

  mutating func update(_ bytes: some Collection<UInt8>) {
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
      let take = min(128 - buffer.count, input.count)
      buffer.append(contentsOf: input[0..<take])
      offset = take
      if buffer.count == 128 {
        let full = buffer
        buffer.removeAll(keepingCapacity: true)
        full.withUnsafeBufferPointer { compress($0.baseAddress!) }
      }
    }

    // Whole blocks straight from the input, the rest kept for later.
    guard let base = input.baseAddress else { return }
    while input.count - offset >= 128 {
      compress(base + offset)
      offset += 128
    }
    buffer.append(contentsOf: input[offset...])
  }

  /// Pads and returns the first `byteCount` bytes of the final hash value.
  mutating func finalize(outputBytes: Int) -> [UInt8] {
    // Padding, FIPS 180-4 section 5.1.2: 0x80, zeros to 112 mod 128, then
    // the 128-bit length whose high half is zero (see Digest.swift).
    let bitLength = byteCount &* 8
    var tail: [UInt8] = [0x80]
    let used = (buffer.count + 1) % 128
    tail += [UInt8](repeating: 0, count: (112 - used + 128) % 128 + 8)
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    update(tail)

    var digest: [UInt8] = []
    digest.reserveCapacity(64)
    for word in state {
      for shift in stride(from: 56, through: 0, by: -8) {
        digest.append(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
      }
    }
    return Array(digest.prefix(outputBytes))
  }

  private mutating func compress(_ block: UnsafePointer<UInt8>) {
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 80) { w in
      compress(block, schedule: w)
    }
  }

  private mutating func compress(
    _ block: UnsafePointer<UInt8>,
    schedule w: UnsafeMutableBufferPointer<UInt64>
  ) {
    // Message schedule, big-endian words (FIPS 180-4 step 1 of 6.2.2/6.4.2).
    for t in 0..<16 {
      var word: UInt64 = 0
      for byte in 0..<8 {
        word = word << 8 | UInt64(block[t * 8 + byte])
      }
      w[t] = word
    }
    for t in 16..<80 {
      let s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8)
        ^ (w[t - 15] >> 7)
      let s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61)
        ^ (w[t - 2] >> 6)
      w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
    }

    // The 80 rounds (step 3).
    var a = state[0], b = state[1], c = state[2], d = state[3]
    var e = state[4], f = state[5], g = state[6], h = state[7]
    for t in 0..<80 {
      let sum1 = rotr(e, 14) ^ rotr(e, 18)
        ^ rotr(e, 41)
      let choose = (e & f) ^ (~e & g)
      let t1 = h &+ sum1 &+ choose &+ SHA512Engine.k[t] &+ w[t]
      let sum0 = rotr(a, 28) ^ rotr(a, 34)
        ^ rotr(a, 39)
      let majority = (a & b) ^ (a & c) ^ (b & c)
      let t2 = sum0 &+ majority
      h = g; g = f; f = e; e = d &+ t1
      d = c; c = b; b = a; a = t1 &+ t2
    }

    // Intermediate hash value (step 4).
    state[0] &+= a; state[1] &+= b; state[2] &+= c; state[3] &+= d
    state[4] &+= e; state[5] &+= f; state[6] &+= g; state[7] &+= h
  }

  // Constants K(0..79), FIPS 180-4 section 4.2.3: the first 64 bits of the
  // fractional parts of the cube roots of the first 80 primes.
  private static let k: [UInt64] = [
    0x428a_2f98_d728_ae22, 0x7137_4491_23ef_65cd,
    0xb5c0_fbcf_ec4d_3b2f, 0xe9b5_dba5_8189_dbbc,
    0x3956_c25b_f348_b538, 0x59f1_11f1_b605_d019,
    0x923f_82a4_af19_4f9b, 0xab1c_5ed5_da6d_8118,
    0xd807_aa98_a303_0242, 0x1283_5b01_4570_6fbe,
    0x2431_85be_4ee4_b28c, 0x550c_7dc3_d5ff_b4e2,
    0x72be_5d74_f27b_896f, 0x80de_b1fe_3b16_96b1,
    0x9bdc_06a7_25c7_1235, 0xc19b_f174_cf69_2694,
    0xe49b_69c1_9ef1_4ad2, 0xefbe_4786_384f_25e3,
    0x0fc1_9dc6_8b8c_d5b5, 0x240c_a1cc_77ac_9c65,
    0x2de9_2c6f_592b_0275, 0x4a74_84aa_6ea6_e483,
    0x5cb0_a9dc_bd41_fbd4, 0x76f9_88da_8311_53b5,
    0x983e_5152_ee66_dfab, 0xa831_c66d_2db4_3210,
    0xb003_27c8_98fb_213f, 0xbf59_7fc7_beef_0ee4,
    0xc6e0_0bf3_3da8_8fc2, 0xd5a7_9147_930a_a725,
    0x06ca_6351_e003_826f, 0x1429_2967_0a0e_6e70,
    0x27b7_0a85_46d2_2ffc, 0x2e1b_2138_5c26_c926,
    0x4d2c_6dfc_5ac4_2aed, 0x5338_0d13_9d95_b3df,
    0x650a_7354_8baf_63de, 0x766a_0abb_3c77_b2a8,
    0x81c2_c92e_47ed_aee6, 0x9272_2c85_1482_353b,
    0xa2bf_e8a1_4cf1_0364, 0xa81a_664b_bc42_3001,
    0xc24b_8b70_d0f8_9791, 0xc76c_51a3_0654_be30,
    0xd192_e819_d6ef_5218, 0xd699_0624_5565_a910,
    0xf40e_3585_5771_202a, 0x106a_a070_32bb_d1b8,
    0x19a4_c116_b8d2_d0c8, 0x1e37_6c08_5141_ab53,
    0x2748_774c_df8e_eb99, 0x34b0_bcb5_e19b_48a8,
    0x391c_0cb3_c5c9_5a63, 0x4ed8_aa4a_e341_8acb,
    0x5b9c_ca4f_7763_e373, 0x682e_6ff3_d6b2_b8a3,
    0x748f_82ee_5def_b2fc, 0x78a5_636f_4317_2f60,
    0x84c8_7814_a1f0_ab72, 0x8cc7_0208_1a64_39ec,
    0x90be_fffa_2363_1e28, 0xa450_6ceb_de82_bde9,
    0xbef9_a3f7_b2c6_7915, 0xc671_78f2_e372_532b,
    0xca27_3ece_ea26_619c, 0xd186_b8c7_21c0_c207,
    0xeada_7dd6_cde0_eb1e, 0xf57d_4f7f_ee6e_d178,
    0x06f0_67aa_7217_6fba, 0x0a63_7dc5_a2c8_98a6,
    0x113f_9804_bef9_0dae, 0x1b71_0b35_131c_471b,
    0x28db_77f5_2304_7d84, 0x32ca_ab7b_40c7_2493,
    0x3c9e_be0a_15c9_bebc, 0x431d_67c4_9c10_0d4c,
    0x4cc5_d4be_cb3e_42b6, 0x597f_299c_fc65_7e2a,
    0x5fcb_6fab_3ad6_faec, 0x6c44_198c_4a47_5817,
  ]
}

// ROTR^n(x) for 64-bit words, FIPS 180-4 section 3.2, kept in this file so
// it inlines even in builds without whole-module optimization.
@inline(__always)
private func rotr(_ x: UInt64, _ n: UInt64) -> UInt64 {
  (x >> n) | (x << (64 &- n))
}
