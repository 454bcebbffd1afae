import CZlib

/// Deterministic gzip (RFC 1952) through the system zlib, for the `.gz`
/// copy servers send with `Content-Encoding: gzip`.
///
/// The header is fixed: no file name, no comment, MTIME 0 ("no time stamp
/// available", RFC 1952 section 2.3.1) and OS 3 (Unix) on every platform,
/// so the same bytes give the same `.gz` on Linux and macOS. Level 9,
/// window 2^15, memLevel 8, default strategy.
public enum Gzip {
  /// The gzip member holding `bytes`.
  public static func compress(_ bytes: [UInt8]) throws(OutputError) -> [UInt8] {
    var stream = z_stream()

    // windowBits 15 + 16 asks zlib for the gzip wrapper instead of zlib's.
    let initStatus = deflateInit2_(
      &stream, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
      zlibVersion(), Int32(MemoryLayout<z_stream>.size))
    guard initStatus == Z_OK else {
      throw .compression(reason: "deflateInit2 returned \(initStatus)")
    }
    defer { deflateEnd(&stream) }

    // Our own header: zero time, no name, OS Unix.
    var header = gz_header()
    header.time = 0
    header.os = 3
    guard deflateSetHeader(&stream, &header) == Z_OK else {
      throw .compression(reason: "deflateSetHeader failed")
    }

    // One deflate call with an output buffer zlib promises is big enough.
    let bound = Int(deflateBound(&stream, uLong(bytes.count))) + 64
    var output = [UInt8](repeating: 0, count: bound)
    var input = bytes
    let status: Int32 = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        stream.next_in = inBuffer.baseAddress
        stream.avail_in = uInt(inBuffer.count)
        stream.next_out = outBuffer.baseAddress
        stream.avail_out = uInt(outBuffer.count)
        return deflate(&stream, Z_FINISH)
      }
    }
    guard status == Z_STREAM_END else {
      throw .compression(reason: "deflate returned \(status)")
    }
    return Array(output.prefix(Int(stream.total_out)))
  }

  /// The bytes of a gzip member, for verifying our own output; nil when
  /// it is not valid gzip.
  public static func decompress(_ bytes: [UInt8]) -> [UInt8]? {
    var stream = z_stream()
    guard inflateInit2_(&stream, 15 + 16, zlibVersion(),
      Int32(MemoryLayout<z_stream>.size)) == Z_OK
    else { return nil }
    defer { inflateEnd(&stream) }

    var input = bytes
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    return input.withUnsafeMutableBufferPointer { inBuffer -> [UInt8]? in
      stream.next_in = inBuffer.baseAddress
      stream.avail_in = uInt(inBuffer.count)
      while true {
        let status: Int32 = chunk.withUnsafeMutableBufferPointer { out in
          stream.next_out = out.baseAddress
          stream.avail_out = uInt(out.count)
          return inflate(&stream, Z_NO_FLUSH)
        }
        let produced = chunk.count - Int(stream.avail_out)
        result += chunk.prefix(produced)
        if status == Z_STREAM_END { return stream.avail_in == 0 ? result : nil }
        if status != Z_OK { return nil }
      }
    }
  }
}
