@testable import AssetPipeline
import Foundation
import Testing

@Suite("The tracking pixel is a valid 1×1 transparent image")
struct TrackingPixelTests {
  @Test("the GIF is 43 bytes: GIF89a, 1×1, transparent index 0, trailer")
  func gif() {
    let gif = TrackingPixel.gif
    #expect(gif.count == 43)
    #expect(Array(gif.prefix(10)) == Array("GIF89a".utf8) + [1, 0, 1, 0])
    #expect(Array(gif[19..<23]) == [0x21, 0xF9, 0x04, 0x01])
    #expect(gif.last == 0x3B)
  }

  @Test("CRC-32 and Adler-32 match their published check values")
  func checksums() {
    // The "123456789" check values of both algorithms.
    #expect(TrackingPixel.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(TrackingPixel.adler32(Array("123456789".utf8)) == 0x091E_01DE)
  }

  @Test(
    "Python's zlib confirms the PNG chunk CRCs and pixel data",
    .enabled(if: toolPath("python3") != nil, "python3 is not installed"))
  func pngChecked() throws {
    let script = """
      import sys, struct, zlib
      data = sys.stdin.buffer.read()
      assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
      pos, chunks = 8, []
      while pos < len(data):
          n, = struct.unpack('>I', data[pos:pos+4]); kind = data[pos+4:pos+8]
          body = data[pos+8:pos+8+n]; crc, = struct.unpack('>I', data[pos+8+n:pos+12+n])
          assert zlib.crc32(kind + body) == crc, kind
          chunks.append((kind, body)); pos += 12 + n
      assert [c[0] for c in chunks] == [b'IHDR', b'IDAT', b'IEND']
      w, h, depth, colour = struct.unpack('>IIBB', chunks[0][1][:10])
      assert (w, h, depth, colour) == (1, 1, 8, 4)
      assert zlib.decompress(chunks[1][1]) == b'\\x00\\x00\\x00'
      print('ok')
      """
    let result = try #require(runTool("python3", ["-c", script], input: TrackingPixel.png))
    #expect(String(decoding: result.output, as: UTF8.self) == "ok\n", "\(result.error)")
  }

  @Test(
    "file(1) recognises both images as 1 x 1",
    .enabled(if: toolPath("file") != nil, "file is not installed"))
  func fileCommand() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    for format in TrackingPixel.Format.allCases {
      try directory.write("i.\(format.rawValue)", format.bytes)
      let result = try #require(runTool("file", ["-b", directory.file("i.\(format.rawValue)")]))
      let text = String(decoding: result.output, as: UTF8.self)
      #expect(text.contains("1 x 1"), "\(text)")
    }
  }
}
