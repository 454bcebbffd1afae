/// One request the server answered, handed to the `onHit` callback in
/// the order requests completed: what was asked, what was answered, and
/// for collector paths the decoded events and their problems.
public struct Hit: Sendable {
  public enum Kind: Sendable, Equatable {
    case file
    case pixel
    case post
    case preflight
    /// The request could not be parsed (400, 408, 413, 414, 431, …).
    case rejected(reason: String)
  }

  public var kind: Kind
  public var method: String
  public var target: String
  public var status: HTTPStatus
  /// Bytes sent, headers included.
  public var bytesSent: Int
  public var clientAddress: String
  public var events: [TrackerEvent]
  /// Problems with the request as a whole (e.g. a body that is not
  /// payload_data); per-event problems are in each event.
  public var problems: [ProtocolProblem]
}
