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

/// One client connection, driven by Dispatch sources on a serial queue of
/// its own: a read source feeds the parser, a write source drains what
/// did not fit in the socket buffer, a timer enforces the timeouts.
/// Requests are answered in order (pipelining works); everything below
/// runs on `queue`, which is what makes the mutable state safe.
///
/// Lifecycle: read ⇒ parse ⇒ answer ⇒ write, repeated while the client
/// keeps the connection alive; a request that is malformed or too large
/// gets its 4xx and the connection is closed after it is written.
final class Connection: @unchecked Sendable {
  let clientAddress: String
  let clientPort: UInt16
  private let descriptor: Int32
  private let queue: DispatchQueue
  private let server: Server
  private let parser: RequestParser
  private let limits: ServerLimits

  private var readSource: DispatchSourceRead?
  private var writeSource: DispatchSourceWrite?
  private var timer: DispatchSourceTimer?
  private var isReadSuspended = false
  private var isWriteSuspended = true
  private var pendingCancellations = 0

  private var input: [UInt8] = []
  /// Reused for every read(2): allocating per read would cost as much as
  /// answering a pixel.
  private var chunk = [UInt8](repeating: 0, count: 64 * 1024)
  private var output: [UInt8] = []
  private var outputOffset = 0
  private var hasSentContinue = false
  private var closesAfterWrite = false
  private var isClosed = false

  /// When the request being received began; nil between requests.
  private var requestStarted: DispatchTime?
  private var lastActivity = DispatchTime.now()

  /// Output held before reading stops: a client that pipelines requests
  /// without reading answers cannot make the server buffer without end.
  private static let outputHighWater = 4 * 1024 * 1024

  init(
    descriptor: Int32, clientAddress: String, clientPort: UInt16,
    server: Server, limits: ServerLimits, target: DispatchQueue
  ) {
    self.descriptor = descriptor
    self.clientAddress = clientAddress
    self.clientPort = clientPort
    self.server = server
    self.limits = limits
    self.parser = RequestParser(limits: limits)
    self.queue = DispatchQueue(label: "snowpak.serve.connection", target: target)
  }

  /// Starts reading, writing on demand, and the timeout checks.
  func start() {
    queue.async { [self] in
      let read = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue)
      read.setEventHandler { [unowned self] in readAvailable() }
      read.setCancelHandler { [self] in sourceCancelled() }
      let write = DispatchSource.makeWriteSource(fileDescriptor: descriptor, queue: queue)
      write.setEventHandler { [unowned self] in flush() }
      write.setCancelHandler { [self] in sourceCancelled() }
      readSource = read
      writeSource = write
      pendingCancellations = 2

      let tick = min(1.0, max(0.05, min(limits.requestTimeout, limits.idleTimeout) / 4))
      let timer = DispatchSource.makeTimerSource(queue: queue)
      timer.schedule(deadline: .now() + tick, repeating: tick)
      timer.setEventHandler { [unowned self] in checkTimeouts() }
      self.timer = timer

      read.resume()
      timer.resume()
    }
  }

  /// Ends the connection once the answer being written is out; pending
  /// partial requests are dropped. Used when the server stops.
  func shutDown() {
    queue.async { [self] in
      guard !isClosed else { return }
      if outputOffset >= output.count { close() } else { closesAfterWrite = true }
    }
  }

  /// Closes at once, whatever is pending.
  func forceClose() {
    queue.async { [self] in close() }
  }

  // MARK: Reading

  private func readAvailable() {
    let count = chunk.withUnsafeMutableBytes { buffer in
      systemRead(descriptor, buffer.baseAddress!, buffer.count)
    }
    if count < 0 {
      if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return }
      close()
      return
    }
    if count == 0 {
      // The client is done sending; finish writing what it asked for.
      if outputOffset >= output.count {
        close()
      } else {
        closesAfterWrite = true
        suspendReading()
      }
      return
    }

    lastActivity = .now()
    if requestStarted == nil { requestStarted = lastActivity }
    input += chunk[0..<count]
    process()
  }

  /// Answers every complete request in the input, in order.
  private func process() {
    while !isClosed, !closesAfterWrite, output.count - outputOffset < Self.outputHighWater {
      guard !input.isEmpty else {
        requestStarted = nil
        break
      }
      switch parser.parse(input[...]) {
      case .incomplete(let expectsContinue):
        if expectsContinue, !hasSentContinue {
          hasSentContinue = true
          output += Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)
        }
        flush()
        return

      case .complete(let request, let consumed):
        input.removeFirst(consumed)
        hasSentContinue = false
        let started = requestStarted ?? .now()
        requestStarted = input.isEmpty ? nil : .now()
        let answer = server.answer(request, on: self, startedAt: started)
        output += answer.bytes
        if answer.closesConnection { closesAfterWrite = true }

      case .invalid(let status, let reason):
        input.removeAll()
        output += server.reject(status, reason: reason, on: self)
        closesAfterWrite = true
      }
    }
    if output.count - outputOffset >= Self.outputHighWater { suspendReading() }
    flush()
  }

  // MARK: Writing

  /// Writes as much output as the socket takes; waits for the write
  /// source when it is full.
  private func flush() {
    guard !isClosed else { return }
    while outputOffset < output.count {
      let count = output.withUnsafeBytes { buffer in
        systemSend(descriptor, buffer.baseAddress! + outputOffset, buffer.count - outputOffset)
      }
      if count > 0 {
        outputOffset += count
        lastActivity = .now()
        continue
      }
      if count < 0, errno == EINTR { continue }
      if count < 0, errno == EAGAIN || errno == EWOULDBLOCK {
        resumeWriting()
        return
      }
      close()
      return
    }

    // Everything is out.
    output.removeAll(keepingCapacity: true)
    outputOffset = 0
    suspendWriting()
    if closesAfterWrite {
      close()
    } else if isReadSuspended {
      resumeReading()
      process()
    }
  }

  // MARK: Timeouts

  private func checkTimeouts() {
    guard !isClosed else { return }
    let now = DispatchTime.now()

    // A request that takes too long to arrive: 408, then close.
    if let started = requestStarted, !closesAfterWrite,
      seconds(from: started, to: now) > limits.requestTimeout
    {
      input.removeAll()
      requestStarted = nil
      output += server.reject(.requestTimeout, reason: "request timed out", on: self)
      closesAfterWrite = true
      flush()
      return
    }

    // A client that reads nothing, or an idle keep-alive connection.
    let idle = seconds(from: lastActivity, to: now)
    if outputOffset < output.count, idle > limits.requestTimeout {
      close()
    } else if requestStarted == nil, outputOffset >= output.count,
      idle > limits.idleTimeout
    {
      close()
    }
  }

  private func seconds(from start: DispatchTime, to end: DispatchTime) -> Double {
    Double(end.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
  }

  // MARK: Sources

  /// Suspended sources never run their cancel handler: nothing is
  /// suspended once the connection is closing.
  private func suspendReading() {
    guard !isClosed, !isReadSuspended, let readSource else { return }
    isReadSuspended = true
    readSource.suspend()
  }

  private func resumeReading() {
    guard isReadSuspended, let readSource else { return }
    isReadSuspended = false
    readSource.resume()
  }

  private func suspendWriting() {
    guard !isClosed, !isWriteSuspended, let writeSource else { return }
    isWriteSuspended = true
    writeSource.suspend()
  }

  private func resumeWriting() {
    guard isWriteSuspended, let writeSource else { return }
    isWriteSuspended = false
    writeSource.resume()
  }

  /// Cancels the sources; the descriptor is closed once both are done
  /// with it (closing earlier could hand its number to another socket
  /// while a source still watches it).
  private func close() {
    guard !isClosed else { return }
    isClosed = true
    timer?.cancel()
    resumeReading()
    resumeWriting()
    readSource?.cancel()
    writeSource?.cancel()
    if readSource == nil {
      _ = systemClose(descriptor)
      server.connectionClosed(self)
    }
  }

  private func sourceCancelled() {
    pendingCancellations -= 1
    guard pendingCancellations == 0 else { return }
    _ = systemClose(descriptor)
    readSource = nil
    writeSource = nil
    timer = nil
    server.connectionClosed(self)
  }
}
