// Digest: SHA-2 (FIPS 180-4), base64 (RFC 4648), hex, and MD5 (RFC 1321,
// only for manifest formats that demand it), written here so
// snowpak has no dependency beyond the toolchain.
//
// Design note
// - Every hash is a value type with `update(_:)` and `finalize()`, plus a
//   one-shot `hash(_:)`. Input is any collection of bytes; output is the
//   digest as `[UInt8]`, big-endian as FIPS 180-4 section 6 prescribes.
// - SHA-256 works on 32-bit words and 64-byte blocks (FIPS 180-4 6.2);
//   SHA-512 and SHA-384 share one engine on 64-bit words and 128-byte blocks
//   (6.4, 6.5) and differ only in initial hash value and output length.
// - Padding (5.1): a 1 bit, zeros, then the message length in bits as a
//   64-bit (SHA-256) or 128-bit (SHA-384/512) big-endian integer. Lengths
//   are counted in bytes as UInt64, so messages up to 2^61 bytes are exact;
//   the high 64 bits of the 128-bit length are therefore always zero.
// - Speed: the message schedule lives in a stack buffer and whole blocks
//   are read straight from contiguous input, so no block allocates. The
//   hot paths are non-generic and each file has its own rotation helper:
//   without whole-module optimization generic or cross-file helpers are
//   neither specialized nor inlined, which once made hashing ~100x slower.
//   Measured (swiftc -O, 16 MB, a machine at load 11 on 2 cores):
//   SHA-256 ~70 MB/s, SHA-384/512 ~90-120 MB/s, MD5 ~100 MB/s; the
//   tracker's tens of kilobytes hash in well under a millisecond.

/// A hash function with incremental and one-shot use.
public protocol HashFunction {
  /// The digest length in bytes.
  static var digestByteCount: Int { get }

  /// A fresh hash state.
  init()

  /// Feeds more message bytes.
  mutating func update(_ bytes: some Collection<UInt8>)

  /// Pads the message and returns the digest. The state is spent.
  mutating func finalize() -> [UInt8]
}

extension HashFunction {
  /// The digest of `bytes` in one call.
  public static func hash(_ bytes: some Collection<UInt8>) -> [UInt8] {
    var hasher = Self()
    hasher.update(bytes)
    return hasher.finalize()
  }
}
