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
    text += header.map { Self.quoted(Self.neutralized($0)) }.joined(separator: ",") + "\r\n"
    for row in rows {
      text += row.map(Self.field).joined(separator: ",") + "\r\n"
    }
    return text
  }

  static func field(_ cell: Cell) -> String {
    switch cell {
    case .text(let text): return quoted(neutralized(text))
    case .number(let number): return quoted(number)
    }
  }

  /// The text with a leading apostrophe when a spreadsheet would read it as a formula.
  static func neutralized(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    switch first {
    case "=", "+", "-", "@", "\t", "\r": return "'" + text
    default: return text
    }
  }

  /// RFC 4180 quoting, only where needed.
  static func quoted(_ text: String) -> String {
    let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
