#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Serves the files under one directory and nothing outside it.
///
/// A request path is refused before touching the file system when it
/// could name something outside the tree: `..` or `.` segments, encoded
/// separators (`%2F`, `%5C`), NUL, invalid escapes (all 400), and hidden
/// names such as `.git` (403). What remains is resolved with realpath(3)
/// and must still lie under the real root, so a symlink pointing out of
/// the tree answers 403 too.
///
///     /assets/sp-0f3a….js   ⇒ 200, cached a year, immutable
///     /                     ⇒ 200 index.html, no-cache
///     /docs                 ⇒ 301 to /docs/
///     /%2e%2e/etc/passwd    ⇒ 400
///     /link-to-etc/passwd   ⇒ 403
///
/// Files are read whole per request: this is a development server for
/// built sites, not for large media.
struct StaticFiles: Sendable {
  /// The real path of the root, without a trailing slash.
  let root: String

  init(directory: String) throws(ServerError) {
    guard let real = StaticFiles.realPath(directory) else {
      throw .directoryNotFound(directory)
    }
    guard StaticFiles.isDirectory(real) else { throw .notADirectory(directory) }
    root = real == "/" ? "" : real
  }

  /// The answer to a GET or HEAD of `request`.
  func response(to request: HTTPRequest) -> HTTPResponse {
    let segments: [String]
    switch safeSegments(of: request.path) {
    case .success(let value): segments = value
    case .failure(let refusal): return .text(refusal.status)
    }

    // Resolve, following symlinks, and stay under the root.
    var path = root + "/" + segments.joined(separator: "/")
    guard var real = Self.realPath(path) else { return .text(.notFound) }
    guard isInsideRoot(real) else { return .text(.forbidden) }
    if Self.isDirectory(real) {
      // `/docs` ⇒ `/docs/`, so that the page's relative links resolve.
      if !request.path.hasSuffix("/") {
        let query = request.query.map { "?" + $0 } ?? ""
        var response = HTTPResponse.text(.movedPermanently)
        response.headers.append(("Location", request.path + "/" + query))
        return response
      }
      path = real + "/index.html"
      guard let index = Self.realPath(path) else { return .text(.notFound) }
      guard isInsideRoot(index) else { return .text(.forbidden) }
      real = index
    }
    guard let body = Self.readRegularFile(real) else { return .text(.notFound) }

    // Type and caching by the name asked for.
    let name = String(real[real.index(after: real.lastIndex(of: "/")!)...])
    var headers: [(name: String, value: String)] = [
      ("Content-Type", MediaType.forFileName(name)),
      ("Cache-Control", Self.cacheControl(for: name)),
      ("X-Content-Type-Options", "nosniff"),
    ]

    // A precompressed sibling `name.gz`, when the client takes gzip.
    let gzipPath = real + ".gz"
    guard !name.hasSuffix(".gz"), let gzipReal = Self.realPath(gzipPath),
      isInsideRoot(gzipReal), let gzipped = Self.readRegularFile(gzipReal)
    else {
      return HTTPResponse(status: .ok, headers: headers, body: body)
    }
    headers.append(("Vary", "Accept-Encoding"))
    guard Self.acceptsGzip(request.header("Accept-Encoding")) else {
      return HTTPResponse(status: .ok, headers: headers, body: body)
    }
    headers.append(("Content-Encoding", "gzip"))
    return HTTPResponse(status: .ok, headers: headers, body: gzipped)
  }

  struct Refusal: Error {
    var status: HTTPStatus
  }

  /// The decoded path segments, or why the path is refused.
  func safeSegments(of encodedPath: Substring) -> Result<[String], Refusal> {
    guard encodedPath.hasPrefix("/") else { return .failure(Refusal(status: .badRequest)) }

    // Encoded separators and NUL would change the meaning once decoded.
    let lowered = encodedPath.lowercased()
    for escape in ["%2f", "%5c", "%00"] where lowered.contains(escape) {
      return .failure(Refusal(status: .badRequest))
    }
    guard let decoded = PercentEncoding.decodeText(encodedPath),
      !decoded.contains("\\"), !decoded.unicodeScalars.contains(where: { $0.value < 32 })
    else { return .failure(Refusal(status: .badRequest)) }

    var segments: [String] = []
    for segment in decoded.split(separator: "/") {
      if segment == "." || segment == ".." { return .failure(Refusal(status: .badRequest)) }
      if segment.hasPrefix(".") { return .failure(Refusal(status: .forbidden)) }
      segments.append(String(segment))
    }
    return .success(segments)
  }

  private func isInsideRoot(_ real: String) -> Bool {
    real == root || real.hasPrefix(root + "/")
  }

  /// A year and immutable for fingerprinted names; revalidate otherwise.
  static func cacheControl(for name: String) -> String {
    Fingerprint.isFingerprinted(name)
      ? "public, max-age=31536000, immutable"
      : "no-cache"
  }

  /// Whether Accept-Encoding admits gzip: `gzip, br` yes, `gzip;q=0` no,
  /// `*` yes (RFC 9110, 12.5.3).
  static func acceptsGzip(_ header: String?) -> Bool {
    guard let header else { return false }
    var starAccepted = false
    for item in header.split(separator: ",") {
      let parts = item.split(separator: ";").map { $0.trimmingWhitespace().lowercased() }
      guard let coding = parts.first else { continue }
      let quality = parts.dropFirst()
        .first { $0.hasPrefix("q=") }
        .flatMap { Double($0.dropFirst(2)) } ?? 1
      if coding == "gzip" || coding == "x-gzip" { return quality > 0 }
      if coding == "*" { starAccepted = quality > 0 }
    }
    return starAccepted
  }

  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// The bytes of a regular file, nil for anything else.
  static func readRegularFile(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
      return nil
    }

    var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
    var offset = 0
    while offset < bytes.count {
      let count = bytes.withUnsafeMutableBytes { buffer in
        read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return nil }
      offset += count
    }
    return bytes
  }
}
