/// A CSV table written as RFC 4180 says (fields with a comma, quote, CR or LF are quoted, quotes
/// doubled, CRLF between records) and safe to open in a spreadsheet: a text cell that begins
/// with `=`, `+`, `-`, `@`, a tab or a CR is prefixed with an apostrophe, as OWASP's
/// "CSV Injection" guidance recommends, so it is shown as text and never run as a formula.
public struct CSVTable: Sendable {
  /// One cell: text from users is neutralized, numbers are written as they are.
  public enum Cell: Sendable, Hashable, ExpressibleByStringLiteral {
    case text(String)
    case number(String)

    public init(stringLiteral value: String) { self = .text(value) }

    /// A number with a fixed count of decimals, so output is byte-identical across runs.
    public static func fixed(_ value: Double, decimals: Int = 4) -> Cell {
      .number(Fixed.format(value, decimals: decimals))
    }

    public static func integer(_ value: Int) -> Cell { .number(String(value)) }
  }

  public var header: [String]
  public var rows: [[Cell]] = []

  public init(header: [String]) { self.header = header }

  public mutating func append(_ row: [Cell]) { rows.append(row) }

  /// The table's bytes; `excel` adds the UTF-8 byte-order mark Excel needs to read Arabic.
  public func rendered(excel: Bool = false) -> String {
    var text = excel ? "\u{FEFF}" : ""
    for (index, name) in header.enumerated() {
      if index > 0 { text += "," }
      Self.appendQuoted(Self.neutralized(name), to: &text)
    }
    text += "\r\n"
    for row in rows {
      for (index, cell) in row.enumerated() {
        if index > 0 { text += "," }
        switch cell {
        case .text(let value): Self.appendQuoted(Self.neutralized(value), to: &text)
        case .number(let number): Self.appendQuoted(number, to: &text)
        }
      }
      text += "\r\n"
    }
    return text
  }

  /// The text with a leading apostrophe when a spreadsheet would read it as a formula.
  static func neutralized(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    switch first {
    case "=", "+", "-", "@", "\t", "\r": return "'" + text
    default: return text
    }
  }

  /// RFC 4180 quoting, only where needed: appends `field`, quoted with its quotes doubled when
  /// it holds a comma, quote, CR or LF. Works on UTF-8 bytes: the four are ASCII, and an ASCII
  /// byte never occurs inside a multi-byte sequence.
  static func appendQuoted(_ field: String, to text: inout String) {
    let utf8 = field.utf8
    let special = { (byte: UInt8) in byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D }
    guard utf8.withContiguousStorageIfAvailable({ $0.contains(where: special) }) ?? utf8.contains(where: special) else {
      text += field
      return
    }
    text += "\""
    var start = utf8.startIndex
    for index in utf8.indices where utf8[index] == UInt8(ascii: "\"") {
      text += Substring(field.unicodeScalars[start..<index])
      text += "\"\""
      start = utf8.index(after: index)
    }
    text += Substring(field.unicodeScalars[start...])
    text += "\""
  }
}
