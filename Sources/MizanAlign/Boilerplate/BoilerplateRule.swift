import Foundation

/// One line of a boilerplate rules file: how to recognize a kind of page furniture, and the
/// reason reported for every line it labels. See docs/boilerplate.md for the file format.
public struct BoilerplateRule: Sendable {
  /// How `pattern` is compared with a line.
  public enum Match: String, Sendable, Codable, CaseIterable {
    case exact, prefix, suffix, contains, regex
  }

  /// Which lines a match labels.
  public enum Scope: String, Sendable, Codable, CaseIterable {
    /// The matching line only.
    case line
    /// The matching line and every later line: a section header such as "أخبار ذات صلة"
    /// after which a page only lists other articles.
    case rest
  }

  /// The kind of furniture, e.g. `see-also`; reported with each labelled line.
  public var label: String
  public var match: Match
  /// The pattern as written in the file.
  public var pattern: String
  /// Why such a line is not translation; reported with each labelled line.
  public var reason: String
  public var scope: Scope
  /// Where the rule was defined, `file:line`, so a surprising label can be traced.
  public var source: String

  /// The pattern folded as lines are (a regular expression keeps its case).
  let folded: String
  private let expression: CompiledExpression?
  /// The pattern's phrases when it is literal phrases only: searched without ICU.
  private let literals: LiteralAlternation?

  /// A rule; throws `AlignError` (placed at `source`) for an empty or invalid pattern.
  public init(
    label: String, match: Match, pattern: String, reason: String, scope: Scope = .line,
    path: String = "<rules>", line: Int = 0
  ) throws(AlignError) {
    self.label = label
    self.match = match
    self.pattern = pattern
    self.reason = reason
    self.scope = scope
    self.source = "\(path):\(line)"
    guard !pattern.isEmpty else { throw AlignError(path: path, line: line, code: .emptyPattern) }
    if match == .regex {
      self.folded = Folding.fold(pattern, lowercase: false)
      guard let compiled = try? NSRegularExpression(pattern: folded, options: [.caseInsensitive])
      else { throw AlignError(path: path, line: line, code: .invalidPattern(pattern)) }
      self.expression = CompiledExpression(regex: compiled)
      self.literals = LiteralAlternation(pattern: folded)
    } else {
      self.folded = Folding.fold(pattern)
      self.expression = nil
      self.literals = nil
    }
  }

  /// Whether the rule matches `line`, already folded and trimmed (`Folding.fold`).
  func matches(folded line: String) -> Bool {
    switch match {
    case .exact: return line == folded
    case .prefix: return line.hasPrefix(folded)
    case .suffix: return line.hasSuffix(folded)
    case .contains: return line.contains(folded)
    case .regex:
      if let literals { return literals.occurs(in: line) }
      guard let expression else { return false }
      let range = NSRange(line.startIndex..<line.endIndex, in: line)
      return expression.regex.firstMatch(in: line, options: [], range: range) != nil
    }
  }
}

/// `NSRegularExpression` is immutable once built and documented as safe to share across
/// threads; the wrapper states that to the compiler.
final class CompiledExpression: @unchecked Sendable {
  let regex: NSRegularExpression
  init(regex: NSRegularExpression) { self.regex = regex }
}
