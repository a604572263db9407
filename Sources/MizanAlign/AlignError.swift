/// Why alignment input (a boilerplate rules file, a gold alignment file) could not be used,
/// with the file and line a user needs to fix it.
public struct AlignError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong.
  public enum Code: Sendable, Hashable {
    /// A row with the wrong number of tab-separated columns.
    case columnCount(expected: String, found: Int)
    /// A `match` or `scope` value the format does not know.
    case unknownKeyword(String)
    /// A regular expression that does not compile.
    case invalidPattern(String)
    /// An empty pattern, which would match every line.
    case emptyPattern
    /// A line number that is not a positive integer.
    case invalidLineNumber(String)
    /// The file could not be read; the text says why.
    case unreadable(String)
  }

  /// The file, as the user named it.
  public var path: String
  /// The 1-based line of the file.
  public var line: Int
  public var code: Code

  public init(path: String, line: Int, code: Code) {
    self.path = path
    self.line = line
    self.code = code
  }

  public var description: String {
    let place = "\(path):\(line)"
    switch code {
    case .columnCount(let expected, let found):
      return "\(place): expected \(expected) tab-separated columns, found \(found)"
    case .unknownKeyword(let word): return "\(place): unknown keyword '\(word)'"
    case .invalidPattern(let pattern): return "\(place): invalid regular expression '\(pattern)'"
    case .emptyPattern: return "\(place): empty pattern"
    case .invalidLineNumber(let text): return "\(place): '\(text)' is not a line number"
    case .unreadable(let why): return why
    }
  }
}
