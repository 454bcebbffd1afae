// Circular right shift ROTR^n(x), FIPS 180-4 section 3.2.
extension FixedWidthInteger where Self: UnsignedInteger {
  @inline(__always)
  func rotatedRight(_ count: Self) -> Self {
    (self >> count) | (self << (Self(Self.bitWidth) - count))
  }
}
