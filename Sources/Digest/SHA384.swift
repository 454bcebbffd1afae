/// SHA-384 (FIPS 180-4 section 6.5): SHA-512 with its own initial hash
/// value, truncated to 48 bytes. The digest Subresource Integrity uses.
public struct SHA384: HashFunction, Sendable {
  public static let digestByteCount = 48

  // Initial hash value H(0), FIPS 180-4 section 5.3.4.
  private var engine = SHA512Engine(initialHash: [
    0xcbbb_9d5d_c105_9ed8, 0x629a_292a_367c_d507,
    0x9159_015a_3070_dd17, 0x152f_ecd8_f70e_5939,
    0x6733_2667_ffc0_0b31, 0x8eb4_4a87_6858_1511,
    0xdb0c_2e0d_64f9_8fa7, 0x47b5_481d_befa_4fa4,
  ])

  public init() {}

  public mutating func update(_ bytes: some Collection<UInt8>) {
    engine.update(bytes)
  }

  public mutating func finalize() -> [UInt8] {
    engine.finalize(outputBytes: Self.digestByteCount)
  }
}
