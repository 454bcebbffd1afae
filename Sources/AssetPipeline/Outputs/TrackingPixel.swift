/// The 1×1 transparent image a Snowplow collector bucket serves as `/i`.
/// Built byte by byte from the format specifications, so every byte is
/// accounted for.
public enum TrackingPixel {
  public enum Format: String, Sendable, CaseIterable {
    case gif, png

    /// The Content-Type to serve it with.
    public var mediaType: String {
      switch self {
      case .gif: "image/gif"
      case .png: "image/png"
      }
    }

    /// The image bytes.
    public var bytes: [UInt8] {
      switch self {
      case .gif: TrackingPixel.gif
      case .png: TrackingPixel.png
      }
    }
  }

  /// GIF89a, 43 bytes: one transparent pixel.
  public static let gif: [UInt8] =
    // Header and logical screen descriptor: 1×1, global colour table of
    // two entries (flags 0x80), background 0, aspect 0.
    Array("GIF89a".utf8) + [0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00]
    // Global colour table: black, white.
    + [0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF]
    // Graphic control extension: transparent colour index 0.
    + [0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00]
    // Image descriptor: at 0,0, 1×1, no local colour table.
    + [0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]
    // Image data: LZW minimum code size 2, one 2-byte sub-block holding
    // clear code, index 0, end code; block terminator.
    + [0x02, 0x02, 0x44, 0x01, 0x00]
    // Trailer.
    + [0x3B]

  /// PNG (ISO/IEC 15948): 1×1, 8-bit greyscale with alpha, fully
  /// transparent; chunk CRCs and the zlib stream computed, not pasted.
  public static let png: [UInt8] = {
    // IHDR: width 1, height 1, bit depth 8, colour type 4 (grey + alpha),
    // deflate, adaptive filtering, no interlace.
    let ihdr: [UInt8] = [0, 0, 0, 1, 0, 0, 0, 1, 8, 4, 0, 0, 0]

    // IDAT: one scanline, filter type 0, grey 0, alpha 0, as a zlib stream
    // with one stored (uncompressed) deflate block.
    let scanline: [UInt8] = [0, 0, 0]
    let length = UInt16(scanline.count)
    let idat: [UInt8] = [0x78, 0x01, 0x01]
      + [UInt8(length & 0xFF), UInt8(length >> 8)]
      + [UInt8(~length & 0xFF), UInt8(~length >> 8)]
      + scanline + bigEndian(adler32(scanline))

    return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
      + chunk("IHDR", ihdr) + chunk("IDAT", idat) + chunk("IEND", [])
  }()

  // A PNG chunk: length, type, data, CRC-32 of type and data.
  private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
    let typeBytes = Array(type.utf8)
    return bigEndian(UInt32(data.count)) + typeBytes + data
      + bigEndian(crc32(typeBytes + data))
  }

  /// CRC-32 as PNG and gzip define it (polynomial 0xEDB88320, reflected).
  static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 {
        crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1
      }
    }
    return ~crc
  }

  /// Adler-32 (RFC 1950 section 8), the zlib stream checksum.
  static func adler32(_ bytes: [UInt8]) -> UInt32 {
    var a: UInt32 = 1
    var b: UInt32 = 0
    for byte in bytes {
      a = (a + UInt32(byte)) % 65_521
      b = (b + a) % 65_521
    }
    return b << 16 | a
  }

  private static func bigEndian(_ value: UInt32) -> [UInt8] {
    [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF),
      UInt8(value & 0xFF)]
  }
}
