/// How a score was computed, printed in sacreBLEU's form
/// (`nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:0.1.0`) so that scores from
/// different tools and runs can be compared. A pure function of a metric's configuration.
public struct Signature: Sendable, Hashable, Codable, CustomStringConvertible {
  /// One `key:value` pair.
  public struct Field: Sendable, Hashable, Codable {
    public var key: String
    public var value: String
    public init(_ key: String, _ value: String) {
      self.key = key
      self.value = value
    }
  }

  /// The fields in the order sacreBLEU prints them.
  public var fields: [Field]

  public init(_ fields: [Field]) { self.fields = fields }

  public var description: String {
    fields.map { "\($0.key):\($0.value)" }.joined(separator: "|")
  }

  /// The value of a field, if present.
  public subscript(key: String) -> String? {
    fields.first { $0.key == key }?.value
  }
}
