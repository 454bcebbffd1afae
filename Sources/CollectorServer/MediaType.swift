/// Content types by file extension, for the files a site's build writes.
/// Text types carry `charset=utf-8`; anything unknown is served as
/// `application/octet-stream`.
enum MediaType {
  static let byExtension: [String: String] = [
    "html": "text/html; charset=utf-8",
    "htm": "text/html; charset=utf-8",
    "css": "text/css; charset=utf-8",
    "js": "text/javascript; charset=utf-8",
    "mjs": "text/javascript; charset=utf-8",
    "json": "application/json",
    "map": "application/json",
    "webmanifest": "application/manifest+json",
    "txt": "text/plain; charset=utf-8",
    "xml": "application/xml",
    "svg": "image/svg+xml",
    "png": "image/png",
    "gif": "image/gif",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "webp": "image/webp",
    "avif": "image/avif",
    "ico": "image/x-icon",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "ttf": "font/ttf",
    "otf": "font/otf",
    "wasm": "application/wasm",
    "pdf": "application/pdf",
    "gz": "application/gzip",
  ]

  /// The type for a file name: `sp-0f3a.js` ⇒ `text/javascript; charset=utf-8`.
  static func forFileName(_ name: String) -> String {
    guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
    let ext = name[name.index(after: dot)...].lowercased()
    return byExtension[ext] ?? "application/octet-stream"
  }
}
