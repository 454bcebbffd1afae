#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few POSIX socket calls the server makes, with the platform
/// differences (Glibc's SOCK_STREAM is an enum, Darwin has SO_NOSIGPIPE
/// where Linux has MSG_NOSIGNAL) kept here.
enum Socket {
  #if canImport(Glibc)
    static let streamType = Int32(SOCK_STREAM.rawValue)
    static let sendFlags = Int32(MSG_NOSIGNAL)
  #else
    static let streamType = SOCK_STREAM
    static let sendFlags: Int32 = 0
  #endif

  /// A non-blocking socket listening on host:port, and the port bound
  /// (the one the kernel picked when `port` is 0).
  static func listen(host: String, port: UInt16) throws(ServerError) -> (Int32, UInt16) {
    var address = sockaddr_storage()
    var length: socklen_t
    let family: Int32
    let numericHost = host == "localhost" ? "127.0.0.1" : host

    // The address: IPv4 first, then IPv6; names are not resolved.
    var ipv4 = sockaddr_in()
    var ipv6 = sockaddr_in6()
    if inet_pton(AF_INET, numericHost, &ipv4.sin_addr) == 1 {
      family = AF_INET
      ipv4.sin_family = sa_family_t(AF_INET)
      ipv4.sin_port = port.bigEndian
      length = socklen_t(MemoryLayout<sockaddr_in>.size)
      withUnsafeMutableBytes(of: &address) { target in
        withUnsafeBytes(of: ipv4) { target.copyMemory(from: $0) }
      }
    } else if inet_pton(AF_INET6, numericHost, &ipv6.sin6_addr) == 1 {
      family = AF_INET6
      ipv6.sin6_family = sa_family_t(AF_INET6)
      ipv6.sin6_port = port.bigEndian
      length = socklen_t(MemoryLayout<sockaddr_in6>.size)
      withUnsafeMutableBytes(of: &address) { target in
        withUnsafeBytes(of: ipv6) { target.copyMemory(from: $0) }
      }
    } else {
      throw .invalidHost(host)
    }

    // socket, SO_REUSEADDR, bind, listen.
    let descriptor = socket(family, streamType, 0)
    guard descriptor >= 0 else { throw failure(host, port) }
    var yes: Int32 = 1
    setsockopt(
      descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    let bound = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, length)
      }
    }
    guard bound == 0, systemListen(descriptor, 1024) == 0 else {
      let error = failure(host, port)
      _ = systemClose(descriptor)
      throw error
    }
    setNonBlocking(descriptor)

    // The port actually bound.
    var boundAddress = sockaddr_storage()
    length = socklen_t(MemoryLayout<sockaddr_storage>.size)
    _ = withUnsafeMutablePointer(to: &boundAddress) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        getsockname(descriptor, $0, &length)
      }
    }
    return (descriptor, endpoint(of: boundAddress).port)
  }

  /// Accepts one pending connection: its descriptor (non-blocking) and the
  /// client's address and port; nil when none is pending or accept(2)
  /// failed (errno says why).
  static func accept(from listener: Int32) -> (Int32, String, UInt16)? {
    var address = sockaddr_storage()
    var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
    let descriptor = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        systemAccept(listener, $0, &length)
      }
    }
    guard descriptor >= 0 else { return nil }
    setNonBlocking(descriptor)
    #if canImport(Darwin)
      var yes: Int32 = 1
      setsockopt(
        descriptor, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
    #endif
    let (host, port) = endpoint(of: address)
    return (descriptor, host, port)
  }

  static func setNonBlocking(_ descriptor: Int32) {
    let flags = fcntl(descriptor, F_GETFL, 0)
    _ = fcntl(descriptor, F_SETFL, flags | O_NONBLOCK)
  }

  /// The numeric host and the port of a socket address.
  static func endpoint(of address: sockaddr_storage) -> (host: String, port: UInt16) {
    var copy = address
    if Int32(copy.ss_family) == AF_INET6 {
      return withUnsafePointer(to: &copy) { pointer in
        pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { ipv6 in
          var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
          var raw = ipv6.pointee.sin6_addr
          inet_ntop(AF_INET6, &raw, &text, socklen_t(text.count))
          return (cString(text), UInt16(bigEndian: ipv6.pointee.sin6_port))
        }
      }
    }
    return withUnsafePointer(to: &copy) { pointer in
      pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { ipv4 in
        var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
        var raw = ipv4.pointee.sin_addr
        inet_ntop(AF_INET, &raw, &text, socklen_t(text.count))
        return (cString(text), UInt16(bigEndian: ipv4.pointee.sin_port))
      }
    }
  }

  private static func cString(_ text: [CChar]) -> String {
    String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  private static func failure(_ host: String, _ port: UInt16) -> ServerError {
    .cannotListen(host: host, port: port, reason: String(cString: strerror(errno)))
  }
}
