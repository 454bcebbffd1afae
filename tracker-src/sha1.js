  // SHA-1 (FIPS 180-4 section 6.1) of the UTF-8 bytes of `text`, as 40 hex
  // digits. Only the cookie names need it: `_sp_id.` + the first four.
  function sha1(text) {
    var bytes = utf8(text), length = bytes.length, words = [], w = [],
      h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0],
      a, b, c, d, e, f, i, j, out = '';

    // Big-endian words, the 0x80 terminator, the bit length in the last word
    // of the last 64-byte block (messages here are far below 2^32 bits).
    for (i = 0; i < length; i++) {
      words[i >> 2] |= bytes.charCodeAt(i) << 24 - i % 4 * 8;
    }
    words[length >> 2] |= 0x80 << 24 - length % 4 * 8;
    words[((length + 8 >> 6) + 1) * 16 - 1] = length * 8;

    for (i = 0; i < words.length; i += 16) {
      a = h[0]; b = h[1]; c = h[2]; d = h[3]; e = h[4];
      for (j = 0; j < 80; j++) {
        f = j < 16 ? words[i + j] | 0 :
          rotate(w[j - 3] ^ w[j - 8] ^ w[j - 14] ^ w[j - 16], 1);
        w[j] = f;
        f += rotate(a, 5) + e + (
          j < 20 ? (b & c | ~b & d) + 0x5a827999 :
          j < 40 ? (b ^ c ^ d) + 0x6ed9eba1 :
          j < 60 ? (b & c | b & d | c & d) + 0x8f1bbcdc :
          (b ^ c ^ d) + 0xca62c1d6);
        e = d; d = c; c = rotate(b, 30); b = a; a = f | 0;
      }
      h = [h[0] + a | 0, h[1] + b | 0, h[2] + c | 0, h[3] + d | 0, h[4] + e | 0];
    }

    for (i = 0; i < 5; i++) {
      out += ((h[i] >>> 0) + 0x100000000).toString(16).slice(1);
    }
    return out;
  }

  function rotate(x, n) {
    return x << n | x >>> 32 - n;
  }
