import MizanText

/// A boilerplate pattern that is nothing but literal phrases, `(a|b|c)` or `a|b|c`, searched as
/// plain substrings instead of by ICU.
///
/// Unanchored, such a pattern sends ICU through every alternative at every position of every
/// line: the default teaser rule alone cost a third of all boilerplate matching. A line matches
/// it exactly when one phrase occurs in the line, provided case-insensitivity cannot matter:
/// every phrase is letters without case (Arabic), digits, marks and spaces, none of which ICU's
/// case folding maps to or from anything else, and none a metacharacter.
struct LiteralAlternation: Sendable {
  /// The phrases as UTF-8: a match of whole UTF-8 sequences always starts on a scalar boundary,
  /// so a byte search finds exactly the scalar sequences ICU would.
  let phrases: [[UInt8]]

  /// nil unless `pattern` is literal phrases only (see the type's comment).
  init?(pattern: String) {
    var body = Substring(pattern)
    if body.hasPrefix("(?:"), body.hasSuffix(")") {
      body = body.dropFirst(3).dropLast()
    } else if body.hasPrefix("("), body.hasSuffix(")") {
      body = body.dropFirst().dropLast()
    }
    let phrases = body.split(separator: "|", omittingEmptySubsequences: false)
    guard phrases.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy(Self.isCaselessLiteral) }) else { return nil }
    self.phrases = phrases.map { Array($0.utf8) }
  }

  /// Letters without case, digits, marks and the space: each matches only itself in a
  /// case-insensitive expression. Everything else (cased letters, punctuation, which includes
  /// every metacharacter) leaves the pattern to ICU.
  static func isCaselessLiteral(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == " " { return true }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .otherLetter, .nonspacingMark, .spacingMark, .decimalNumber:
      return !properties.isCased && !properties.changesWhenCaseFolded
    default: return false
    }
  }

  /// Whether one of the phrases occurs in `line`.
  func occurs(in line: String) -> Bool {
    var line = line
    return line.withUTF8 { text in
      phrases.contains { phrase in
        phrase.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: text) != nil }
      }
    }
  }
}
