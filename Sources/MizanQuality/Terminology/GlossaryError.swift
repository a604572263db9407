import MizanText

/// Why a glossary could not be loaded, with the file and line a user needs to fix it.
public struct GlossaryError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong.
  public enum Code: Sendable, Hashable {
    /// The file could not be read as UTF-8 text.
    case unreadable(TextError)
    /// No header line (`source target forbidden kind`) before the first entry.
    case missingHeader
    /// The header does not name the columns `source`, `target`, optionally `forbidden`, `kind`.
    case badHeader(String)
    /// A row with a different number of tab-separated columns than the header.
    case wrongColumnCount(expected: Int, found: Int)
    /// An entry without a source term.
    case emptySource
    /// An entry without an approved rendering.
    case emptyTarget
    /// A kind that is not one of `TermKind`'s raw values.
    case unknownKind(String)
    /// XML that does not parse; the message is the parser's.
    case xml(String)
    /// XML whose root element is not TBX's `martif` (or TBX v3 `tbx`).
    case notTBX(root: String)
  }

  /// The file, as the user named it.
  public var path: String
  public var code: Code
  /// The 1-based line, where one applies.
  public var line: Int?

  public init(path: String, code: Code, line: Int? = nil) {
    self.path = path
    self.code = code
    self.line = line
  }

  public var description: String {
    if case .unreadable(let error) = code { return error.description }
    var place = path
    if let line { place += ":\(line)" }
    switch code {
    case .unreadable(let error): return error.description
    case .missingHeader: return "\(place): no header line (source, target, forbidden, kind)"
    case .badHeader(let header): return "\(place): header \"\(header)\" is not source, target, forbidden, kind"
    case .wrongColumnCount(let expected, let found):
      return "\(place): \(found) tab-separated columns, expected \(expected)"
    case .emptySource: return "\(place): entry without a source term"
    case .emptyTarget: return "\(place): entry without an approved target rendering"
    case .unknownKind(let kind):
      let known = TermKind.allCases.map(\.rawValue).joined(separator: ", ")
      return "\(place): unknown kind \"\(kind)\" (expected one of \(known))"
    case .xml(let message): return "\(place): XML error: \(message)"
    case .notTBX(let root): return "\(place): root element <\(root)> is not TBX <martif>"
    }
  }
}
