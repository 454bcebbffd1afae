/// SHA-512 (FIPS 180-4 section 6.4).
public struct SHA512: HashFunction, Sendable {
  public static let digestByteCount = 64

  // Initial hash value H(0), FIPS 180-4 section 5.3.5.
  private var engine = SHA512Engine(initialHash: [
    0x6a09_e667_f3bc_c908, 0xbb67_ae85_84ca_a73b,
    0x3c6e_f372_fe94_f82b, 0xa54f_f53a_5f1d_36f1,
    0x510e_527f_ade6_82d1, 0x9b05_688c_2b3e_6c1f,
    0x1f83_d9ab_fb41_bd6b, 0x5be0_cd19_137e_2179,
  ])

  public init() {}

  public mutating func update(_ bytes: some Collection<UInt8>) {
    engine.update(bytes)
  }

  public mutating func finalize() -> [UInt8] {
    engine.finalize(outputBytes: Self.digestByteCount)
  }
}
