import Foundation

/// One search that tells whether any of a rule list's anchored regular expressions matches a
/// line, so that a line of body text (most lines) is handed to ICU once for all of them, not
/// once per rule.
///
/// `(?:p1)|(?:p2)|…` matches somewhere in a line exactly when one of `p1`, `p2`, … does, so a
/// line the combined expression rejects is rejected by every covered rule; a line it accepts
/// is then tried rule by rule in priority order, as before, so the first matching rule still
/// wins. Only patterns that start with `^` and have no top-level `|` are combined: they can
/// match only at the start of the line, so the combination is searched with `.anchored` (tried
/// at the start only, where `^` holds). Searched unanchored, ICU would try every alternative at
/// every position, which costs more than the separate searches it replaces; other patterns are
/// tried on their own. Before this, ICU converted each line to UTF-16 and searched it once per
/// rule: 33M of a document's 347M instructions, 17M after.
///
/// A pattern is covered only when putting it inside `(?:…)` next to others cannot change its
/// meaning: no backreferences or octal escapes (`\1`, `\0`: group numbers shift), no named
/// groups or named backreferences, no inline flags or other `(?` constructs besides `(?:`,
/// lookaround and atomic groups (a flag such as `(?x)` would reach the patterns after it), and
/// no `\Q` quoting (an unclosed `\Q` would swallow them).
struct BoilerplatePrefilter: Sendable {
  /// For each rule, whether the combined search stands in for it when it rejects a line.
  private let covered: [Bool]
  private let expression: CompiledExpression?

  init(_ rules: [BoilerplateRule]) {
    var covered = [Bool](repeating: false, count: rules.count)
    var parts: [String] = []
    for (index, rule) in rules.enumerated() where rule.match == .regex && Self.isAnchoredAndCombinable(rule.folded) {
      covered[index] = true
      parts.append("(?:\(rule.folded))")
    }
    // One pattern gains nothing from a second search; a combination ICU refuses (it compiled
    // each part alone) leaves every rule to be tried on its own.
    guard parts.count > 1,
      let regex = try? NSRegularExpression(pattern: parts.joined(separator: "|"), options: [.caseInsensitive])
    else {
      self.covered = [Bool](repeating: false, count: rules.count)
      self.expression = nil
      return
    }
    self.covered = covered
    self.expression = CompiledExpression(regex: regex)
  }

  /// Whether rule `index` may be skipped on a line that `couldMatch(folded:)` rejects.
  @inline(__always)
  func covers(_ index: Int) -> Bool { covered[index] }

  /// False only when no covered rule matches `line` (folded and trimmed, as rules see it).
  func couldMatch(folded line: String) -> Bool {
    guard let expression else { return true }
    let range = NSRange(line.startIndex..<line.endIndex, in: line)
    return expression.regex.firstMatch(in: line, options: [.anchored], range: range) != nil
  }

  /// Whether `pattern` starts with `^`, has no top-level `|`, and keeps its meaning inside
  /// `(?:…)|(?:…)` (see the type's comment).
  static func isAnchoredAndCombinable(_ pattern: String) -> Bool {
    let scalars = Array(pattern.unicodeScalars)
    guard scalars.first == "^" else { return false }
    var index = 0
    var depth = 0
    var classDepth = 0
    while index < scalars.count {
      let scalar = scalars[index]
      let next = index + 1 < scalars.count ? scalars[index + 1] : nil
      if scalar == "\\" {
        guard let next else { return false }
        if next == "Q" || next == "k" || ("0"..."9").contains(next) { return false }
        index += 2
        continue
      }
      if classDepth > 0 {
        // Inside a set only its own brackets count.
        if scalar == "[" { classDepth += 1 }
        if scalar == "]" { classDepth -= 1 }
        index += 1
        continue
      }
      switch scalar {
      case "[":
        classDepth = 1
        // `]` first in a set may be a literal: not analysed.
        var first = index + 1
        if first < scalars.count, scalars[first] == "^" { first += 1 }
        if first < scalars.count, scalars[first] == "]" { return false }
      case "(":
        depth += 1
        if next == "?" {
          let third = index + 2 < scalars.count ? scalars[index + 2] : nil
          let fourth = index + 3 < scalars.count ? scalars[index + 3] : nil
          switch third {
          case ":", "=", "!", ">": break
          case "<" where fourth == "=" || fourth == "!": break
          default: return false
          }
        }
      case ")": depth -= 1
      case "|" where depth == 0: return false
      default: break
      }
      index += 1
    }
    return true
  }
}
