  // Small helpers shared by every file.
  function now() {
    return new Date().getTime();
  }

  function isObject(value) {
    return value && typeof value == 'object' && !(value instanceof Array);
  }

  function listen(target, type, handler) {
    if (target.addEventListener) {
      target.addEventListener(type, handler, true);
    } else if (target.attachEvent) {
      target.attachEvent('on' + type, handler);
    }
  }

  // Bytes of the UTF-8 encoding of `text`, one per char code (0 to 255).
  function utf8(text) {
    return unescape(encodeURIComponent(text));
  }

  // A random UUID, version 4 (RFC 4122 section 4.4): 122 random bits from
  // crypto.getRandomValues when the browser has it, Math.random otherwise.
  function uuid() {
    var crypto = win.crypto || win.msCrypto, bytes = [], out = '', i;
    if (crypto && crypto.getRandomValues && win.Uint8Array) {
      bytes = crypto.getRandomValues(new Uint8Array(16));
    } else {
      for (i = 0; i < 16; i++) bytes[i] = Math.random() * 256 | 0;
    }
    bytes[6] = bytes[6] & 15 | 64;
    bytes[8] = bytes[8] & 63 | 128;
    for (i = 0; i < 16; i++) {
      out += (i == 4 || i == 6 || i == 8 || i == 10 ? '-' : '') +
        (bytes[i] + 256).toString(16).slice(1);
    }
    return out;
  }

  // base64url without padding (RFC 4648 section 5) of the UTF-8 bytes of
  // `text`: "hi?" => "aGk_". Written out, because IE9 has no btoa.
  var BASE64 =
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  function base64url(text) {
    var bytes = utf8(text), out = '', i, n;
    for (i = 0; i < bytes.length; i += 3) {
      // Past the end charCodeAt gives NaN, and NaN << 8 is 0.
      n = bytes.charCodeAt(i) << 16 | bytes.charCodeAt(i + 1) << 8 |
        bytes.charCodeAt(i + 2);
      for (var shift = 18; shift >= 0; shift -= 6) {
        out += BASE64.charAt(n >> shift & 63);
      }
    }
    return out.slice(0, out.length - (3 - bytes.length % 3) % 3);
  }
