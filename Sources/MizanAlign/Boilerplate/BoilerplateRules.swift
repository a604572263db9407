import Foundation
import MizanText

/// An ordered list of boilerplate rules read from TSV text; the first rule that matches a line
/// labels it. Start from `BoilerplateRules.default` and append a user's file with
/// `appending(_:)` (user rules come after, so defaults win ties; put a rule first to override).
public struct BoilerplateRules: Sendable {
  /// The rules in priority order.
  public var rules: [BoilerplateRule] {
    didSet { prefilter = BoilerplatePrefilter(rules) }
  }
  /// One search over all combinable regular expressions, kept in step with `rules`.
  private var prefilter: BoilerplatePrefilter

  public init(rules: [BoilerplateRule]) {
    self.rules = rules
    self.prefilter = BoilerplatePrefilter(rules)
  }

  /// Parses a rules file (docs/boilerplate.md): `label TAB match TAB pattern TAB reason`
  /// with an optional fifth `scope` column; `#` lines and blank lines are comments.
  public init(tsv text: String, path: String) throws(AlignError) {
    var rules: [BoilerplateRule] = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (offset, raw) in lines.enumerated() {
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      let number = offset + 1
      guard columns.count == 4 || columns.count == 5 else {
        throw AlignError(path: path, line: number, code: .columnCount(expected: "4 or 5", found: columns.count))
      }
      guard let match = BoilerplateRule.Match(rawValue: columns[1]) else {
        throw AlignError(path: path, line: number, code: .unknownKeyword(columns[1]))
      }
      var scope = BoilerplateRule.Scope.line
      if columns.count == 5, !columns[4].isEmpty {
        guard let parsed = BoilerplateRule.Scope(rawValue: columns[4]) else {
          throw AlignError(path: path, line: number, code: .unknownKeyword(columns[4]))
        }
        scope = parsed
      }
      rules.append(
        try BoilerplateRule(
          label: columns[0], match: match, pattern: columns[2], reason: columns[3], scope: scope,
          path: path, line: number))
    }
    self.rules = rules
    self.prefilter = BoilerplatePrefilter(rules)
  }

  /// Reads a rules file from disk.
  public init(contentsOf path: String) throws(AlignError) {
    let file: TextFile
    do { file = try TextFile(contentsOf: path) } catch {
      throw AlignError(path: path, line: 0, code: .unreadable(error.description))
    }
    try self.init(tsv: file.lines.joined(separator: "\n"), path: path)
  }

  /// The rules shipped with Mizan (`Corpora/boilerplate/default.tsv`, embedded).
  public static var `default`: BoilerplateRules { parsedDefault }

  /// Parsed and compiled once per process: every document's classifier starts from it.
  private static let parsedDefault: BoilerplateRules =
    // The embedded text is checked by a test; a parse failure would be a build defect.
    (try? BoilerplateRules(tsv: DefaultBoilerplateRules.tsv, path: "default.tsv")) ?? BoilerplateRules(rules: [])

  /// These rules followed by `other`'s.
  public func appending(_ other: BoilerplateRules) -> BoilerplateRules {
    BoilerplateRules(rules: rules + other.rules)
  }

  /// The first rule matching `text`, compared folded and trimmed.
  func firstMatch(_ text: String) -> BoilerplateRule? {
    let folded = Folding.trimmingWhitespace(Folding.fold(text))
    // The combined search runs at most once a line, when the first rule it covers is reached.
    var couldMatch: Bool? = nil
    for (index, rule) in rules.enumerated() {
      if prefilter.covers(index) {
        if couldMatch == nil { couldMatch = prefilter.couldMatch(folded: folded) }
        if couldMatch == false { continue }
      }
      if rule.matches(folded: folded) { return rule }
    }
    return nil
  }
}
