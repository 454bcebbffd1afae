/// One tracker event as the collector received it: its parameters in the
/// order they came, what the base64url and JSON fields decode to, and the
/// protocol problems found in it.
public struct TrackerEvent: Sendable {
  public var parameters: [(name: String, value: String)]
  /// Decoded `cx` or `co` entities.
  public var contexts: [SelfDescribingData]
  /// The inner event of `ue_px` or `ue_pr`.
  public var selfDescribingEvent: SelfDescribingData?
  public var problems: [ProtocolProblem]

  /// The value of a parameter, nil when absent.
  public subscript(name: String) -> String? {
    parameters.first { $0.name == name }?.value
  }

  /// `page_view`, `struct`, … from `e`; nil when `e` is absent.
  public var eventName: String? {
    guard let type = self["e"] else { return nil }
    return Self.eventNames[type] ?? type
  }

  static let eventNames = [
    "pv": "page_view", "pp": "page_ping", "se": "struct",
    "ue": "unstruct", "tr": "transaction", "ti": "transaction_item",
  ]
}
