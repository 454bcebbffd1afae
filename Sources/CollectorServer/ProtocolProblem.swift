/// Something a hit does wrong against the tracker protocol. The wording
/// of every problem lives here, in `description`.
public enum ProtocolProblem: Sendable, Equatable, CustomStringConvertible {
  /// A required parameter is absent: `e`, `tv`, `p`; `se_ca`/`se_ac` for
  /// structured events; `ue_pr` or `ue_px` for self-describing ones.
  case missingField(String)
  case unknownEventType(String)
  /// A parameter payload_data does not define.
  case unknownField(String)
  /// A parameter's value is not valid percent-encoded UTF-8.
  case invalidEncoding(parameter: String)
  case invalidBase64URL(field: String)
  case invalidJSON(field: String)
  case invalidSchemaURI(String, field: String)
  /// A self-describing envelope names the wrong schema, e.g. `cx` not
  /// holding `contexts`.
  case unexpectedSchema(String, field: String, expected: String)
  /// The JSON decodes but is not `{"schema": …, "data": …}` as expected.
  case notSelfDescribing(field: String, detail: String)
  case emptyPixelRequest
  case bodyNotJSON
  case bodyNotPayloadData(String)
  /// Every value of a payload_data event must be a string.
  case nonStringValue(field: String)

  public var description: String {
    switch self {
    case .missingField(let name):
      "Missing required field \"\(name)\""
    case .unknownEventType(let type):
      "Unknown event type \"\(type)\" (expected pv, pp, se, ue, tr or ti)"
    case .unknownField(let name):
      "Unknown field \"\(name)\" (payload_data allows no other fields)"
    case .invalidEncoding(let parameter):
      "Parameter \"\(parameter)\" is not valid percent-encoded UTF-8"
    case .invalidBase64URL(let field):
      "Field \"\(field)\" is not valid base64url"
    case .invalidJSON(let field):
      "Field \"\(field)\" is not valid JSON"
    case .invalidSchemaURI(let uri, let field):
      "Invalid schema URI \"\(uri)\" in \"\(field)\" "
        + "(expected iglu:vendor/name/jsonschema/M-R-A)"
    case .unexpectedSchema(let uri, let field, let expected):
      "Field \"\(field)\" has schema \"\(uri)\", expected \"\(expected)\""
    case .notSelfDescribing(let field, let detail):
      "Field \"\(field)\" is not self-describing JSON: \(detail)"
    case .emptyPixelRequest:
      "Pixel request carries no event parameters"
    case .bodyNotJSON:
      "POST body is not JSON"
    case .bodyNotPayloadData(let detail):
      "POST body does not match payload_data: \(detail)"
    case .nonStringValue(let field):
      "Field \"\(field)\" is not a string, as payload_data requires"
    }
  }
}
