// Circular right shift ROTR^n(x), FIPS 180-4 section 3.2.
extension FixedWidthInteger where Self: UnsignedInteger {
  @inline(__always)
  func rotatedRight(_ count: Self) -> Self {
    (self >> count) | (self << (Self(Self.bitWidth) - count))
  }
}

// Circular left shift, as MD5 (RFC 1321 section 2) uses it.
extension FixedWidthInteger where Self: UnsignedInteger {
  @inline(__always)
  func rotatedLeft(_ count: Self) -> Self {
    (self << count) | (self >> (Self(Self.bitWidth) - count))
  }
}
