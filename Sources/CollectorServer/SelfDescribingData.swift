/// One `{"schema": "iglu:…", "data": …}` pair out of a context or a
/// self-describing event, with its data re-serialized as compact JSON
/// (keys sorted) for display.
public struct SelfDescribingData: Sendable, Equatable {
  public var schema: String
  public var json: String

  /// `web_page/1-0-0` when the schema is valid, the raw URI otherwise.
  public var shortSchema: String {
    IgluSchemaURI(schema)?.shortName ?? schema
  }
}
