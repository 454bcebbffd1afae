// Design note: `snowpak serve`
//
// A development server for a self-hosted tracker: the site's built files
// and a Snowplow-style collector on one loopback port, so the whole loop
// (page loads the fingerprinted script, the script sends events, the
// events are logged as CloudFront would log them) runs before deploying.
//
// Shape. One listening socket, accepted from a Dispatch read source; each
// connection is a `Connection` on its own serial queue with non-blocking
// I/O (see there). `Router` decides the answer and is pure; this class
// ties it to the log and to the `onHit` callback. Nothing here prints.
//
// Order of effects for one request: parse ⇒ route ⇒ log line written
// (one write(2), no buffer) ⇒ response sent ⇒ `onHit` called on a serial
// queue. A client holding its answer therefore finds its line in the log,
// and a load test can count lines as soon as its requests return.
//
// Logging choices. A pixel hit is one line with its query as received.
// A POST of n events is n lines, each carrying its event re-encoded as
// the query string of the equivalent GET (parameters sorted by name),
// because CloudFront-format tooling reads events from cs-uri-query and a
// POST body has no field of its own there; a body that is not
// payload_data gives one line with query `-`. Requests that cannot be
// parsed (400, 408, 413, 414, 431) are not logged, as CloudFront does not
// log them either; `onHit` still reports them.
//
// Bounds: see `ServerLimits`. Paths: see `StaticFiles`.

import AssetPipeline
import Dispatch
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

/// The static file server and collector. `start()` binds and returns;
/// `stop()` (or a signal given to `stopOnSignals`) ends it cleanly;
/// `waitUntilStopped()` blocks a command's main thread until then.
public final class Server: @unchecked Sendable {
  public let configuration: ServerConfiguration
  private let router: Router
  private let log: AccessLog?
  private let onHit: @Sendable (Hit) -> Void

  private let acceptQueue = DispatchQueue(label: "snowpak.serve.accept")
  private let connectionQueue = DispatchQueue(
    label: "snowpak.serve.connections", attributes: .concurrent)
  private let hitQueue = DispatchQueue(label: "snowpak.serve.hits")
  private let signalQueue = DispatchQueue(label: "snowpak.serve.signals")

  private let lock = Lock()
  private var listener: Int32 = -1
  private var acceptSource: DispatchSourceRead?
  private var signalSources: [DispatchSourceSignal] = []
  private var connections: [ObjectIdentifier: Connection] = [:]
  private var isStopping = false
  private let allClosed = DispatchGroup()
  private let stopped = DispatchSemaphore(value: 0)
  private let listenerClosed = DispatchSemaphore(value: 0)

  /// Checks the directory and opens the log; binds nothing yet.
  /// - Parameter onHit: called once per answered request, in order.
  /// - Throws: `ServerError` for a missing directory, a bad host or POST
  ///   path, or a log that cannot be opened.
  public init(
    configuration: ServerConfiguration,
    onHit: @escaping @Sendable (Hit) -> Void = { _ in }
  ) throws(ServerError) {
    for path in configuration.postPaths
    where !path.hasPrefix("/") || path.contains("?") || path.contains(" ") {
      throw .invalidPostPath(path)
    }
    self.configuration = configuration
    self.onHit = onHit
    self.router = Router(
      files: try StaticFiles(directory: configuration.directory),
      pixelPaths: Set(configuration.pixelPaths),
      postPaths: Set(configuration.postPaths))
    self.log = try configuration.logPath.map { path throws(ServerError) in
      try AccessLog(path: path)
    }
  }

  /// Binds and starts accepting.
  /// - Returns: the port bound, the one picked when the configuration
  ///   asked for port 0.
  @discardableResult
  public func start() throws(ServerError) -> UInt16 {
    let (descriptor, port) = try Socket.listen(
      host: configuration.host, port: configuration.port)
    listener = descriptor

    let source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: acceptQueue)
    source.setEventHandler { [unowned self] in acceptPending() }
    source.setCancelHandler { [listenerClosed] in
      _ = systemClose(descriptor)
      listenerClosed.signal()
    }
    lock.withLock { acceptSource = source }
    source.resume()
    return port
  }

  /// Stops when one of `signals` arrives (SIGINT for Ctrl-C). Their
  /// default action is replaced, so the process is not killed first.
  public func stopOnSignals(_ signals: [Int32]) {
    for number in signals {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: signalQueue)
      source.setEventHandler { [unowned self] in stop() }
      source.resume()
      lock.withLock { signalSources.append(source) }
    }
  }

  /// Stops accepting, lets answers being written finish (at most two
  /// seconds), closes every connection and the log. Idempotent.
  public func stop() {
    let open: [Connection]? = lock.withLock {
      guard !isStopping else { return nil }
      isStopping = true
      return Array(connections.values)
    }
    guard let open else { return }
    // No new connection once stop() is under way.
    if let source = lock.withLock({ acceptSource }) {
      source.cancel()
      listenerClosed.wait()
    }

    for connection in open { connection.shutDown() }
    if allClosed.wait(timeout: .now() + 2) == .timedOut {
      let remaining = lock.withLock { Array(connections.values) }
      for connection in remaining { connection.forceClose() }
      _ = allClosed.wait(timeout: .now() + 1)
    }
    log?.close()
    hitQueue.sync {}
    stopped.signal()
  }

  /// Blocks until `stop()` has finished.
  public func waitUntilStopped() {
    stopped.wait()
    stopped.signal()
  }

  // MARK: Connections

  private func acceptPending() {
    while true {
      guard let (descriptor, address, port) = Socket.accept(from: listener) else {
        // Out of descriptors: the pending connection stays queued and the
        // source would fire again at once. Pause accepting for 100 ms
        // instead of spinning; connections closing free descriptors.
        if errno == EMFILE || errno == ENFILE {
          lock.withLock { acceptSource }?.suspend()
          acceptQueue.asyncAfter(deadline: .now() + 0.1) { [weak self] in
            guard let self else { return }
            lock.withLock { acceptSource }?.resume()
          }
        }
        return
      }
      let connection = Connection(
        descriptor: descriptor, clientAddress: address, clientPort: port,
        server: self, limits: configuration.limits, target: connectionQueue)
      let admitted = lock.withLock {
        guard !isStopping, connections.count < configuration.limits.connections else {
          return false
        }
        connections[ObjectIdentifier(connection)] = connection
        allClosed.enter()
        return true
      }
      guard admitted else {
        _ = systemClose(descriptor)
        continue
      }
      connection.start()
    }
  }

  func connectionClosed(_ connection: Connection) {
    let removed = lock.withLock {
      connections.removeValue(forKey: ObjectIdentifier(connection)) != nil
    }
    if removed { allClosed.leave() }
  }

  // MARK: Answers

  /// The bytes answering a parsed request, logged and reported first.
  func answer(
    _ request: HTTPRequest, on connection: Connection, startedAt started: DispatchTime
  ) -> (bytes: [UInt8], closesConnection: Bool) {
    let exchange = router.exchange(for: request)
    let closes = !request.keepsConnectionAlive || lock.withLock { isStopping }
    let now = Date()
    let bytes = exchange.response.serialized(
      includingBody: request.method != "HEAD", closing: closes, date: now)

    // The log, before the client can see its answer.
    if let log {
      let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds)
      let record = AccessLogRecord(
        date: now, request: request, response: exchange.response,
        bytesSent: bytes.count, clientAddress: connection.clientAddress,
        clientPort: Int(connection.clientPort), requestID: Self.requestID(),
        secondsTaken: elapsed / 1e9)
      log.append(exchange.logQueries.map(record.line(query:)))
    }

    report(
      Hit(
        kind: exchange.kind, method: request.method, target: request.target,
        status: exchange.response.status, bytesSent: bytes.count,
        clientAddress: connection.clientAddress, events: exchange.events,
        problems: exchange.problems))
    return (bytes, closes)
  }

  /// The bytes refusing a request that could not be parsed or completed.
  func reject(_ status: HTTPStatus, reason: String, on connection: Connection) -> [UInt8] {
    let bytes = HTTPResponse.text(status).serialized(
      includingBody: true, closing: true, date: Date())
    report(
      Hit(
        kind: .rejected(reason: reason), method: "-", target: "-", status: status,
        bytesSent: bytes.count, clientAddress: connection.clientAddress,
        events: [], problems: []))
    return bytes
  }

  private func report(_ hit: Hit) {
    let onHit = self.onHit
    hitQueue.async { onHit(hit) }
  }

  /// A unique id per hit, like CloudFront's x-edge-request-id: 128
  /// random bits in 32 hex digits.
  private static func requestID() -> String {
    var generator = SystemRandomNumberGenerator()
    let high = String(generator.next() as UInt64, radix: 16)
    let low = String(generator.next() as UInt64, radix: 16)
    return String(repeating: "0", count: 16 - high.count) + high
      + String(repeating: "0", count: 16 - low.count) + low
  }
}
