import MizanText

/// Labels the paragraphs of a document that are page furniture (links, captions, share
/// buttons, related-news blocks) so the aligner reports them instead of scoring them as
/// omissions or additions.
///
/// Two kinds of evidence, in order:
/// 1. **Rules** (`BoilerplateRules`, data): the first rule matching a line labels it; a rule
///    with scope `rest` labels every later line too (a "related news" header).
/// 2. **Structure**, for furniture no generic rule can recognize (a caption with no credit, a
///    section word such as "العالم" under a related-news teaser):
///    - a line with no blank line between it and boilerplate, in a document whose paragraphs
///      are otherwise separated by blank lines, belongs to the same page block (`same-block`);
///    - a short line (at most `shortLineWords` words) without sentence-final punctuation
///      directly above or below boilerplate is a label or link text (`short-line`).
///    Both spread from line to line until nothing changes.
///
/// Make one with `BoilerplateClassifier()` for the shipped rules, or pass your own.
public struct BoilerplateClassifier: Sendable {
  /// The rules, in priority order.
  public var rules: BoilerplateRules
  /// Whether the structural cues apply (the rules always do).
  public var usesStructure: Bool
  /// The most words a line may have to count as short for the `short-line` cue.
  public var shortLineWords: Int

  public init(rules: BoilerplateRules = .default, usesStructure: Bool = true, shortLineWords: Int = 4) {
    self.rules = rules
    self.usesStructure = usesStructure
    self.shortLineWords = shortLineWords
  }

  /// One entry per paragraph of `document`: its label if it is boilerplate, else `nil`.
  public func labels(for document: Document) -> [BoilerplateLabel?] {
    let paragraphs = document.paragraphs
    var labels = [BoilerplateLabel?](repeating: nil, count: paragraphs.count)
    var section: (rule: BoilerplateRule, line: Int)? = nil
    for (index, paragraph) in paragraphs.enumerated() {
      if let rule = rules.firstMatch(paragraph.text) {
        labels[index] = BoilerplateLabel(label: rule.label, reason: rule.reason, evidence: rule.source)
        if rule.scope == .rest, section == nil { section = (rule, paragraph.line) }
      } else if let section {
        labels[index] = BoilerplateLabel(
          label: section.rule.label,
          reason: "\(section.rule.reason) (section opened at line \(section.line))",
          evidence: section.rule.source)
      }
    }
    guard usesStructure else { return labels }
    spreadAlongStructure(paragraphs, &labels)
    return labels
  }

  private func spreadAlongStructure(_ paragraphs: [Paragraph], _ labels: inout [BoilerplateLabel?]) {
    guard paragraphs.count > 1 else { return }
    // Blank-line layout: most neighbouring paragraphs have a blank line between them.
    let adjacentPairs = (1..<paragraphs.count).filter { paragraphs[$0].line == paragraphs[$0 - 1].line + 1 }.count
    let blankLayout = adjacentPairs * 2 < paragraphs.count - 1
    var changed = true
    while changed {
      changed = false
      for index in paragraphs.indices where labels[index] == nil {
        for neighbour in [index - 1, index + 1] where paragraphs.indices.contains(neighbour) {
          guard let source = labels[neighbour],
            abs(paragraphs[neighbour].line - paragraphs[index].line) == 1
          else { continue }
          if blankLayout {
            labels[index] = BoilerplateLabel(
              label: source.label == "caption" || source.label == "placeholder" ? "caption" : source.label,
              reason: "in the same page block as boilerplate at line \(paragraphs[neighbour].line) (\(source.label))",
              evidence: "structure:same-block")
          } else if isShortLabelLine(paragraphs[index].text) {
            labels[index] = BoilerplateLabel(
              label: source.label,
              reason: "short line without sentence punctuation next to boilerplate at line \(paragraphs[neighbour].line)",
              evidence: "structure:short-line")
          } else {
            continue
          }
          changed = true
          break
        }
      }
    }
  }

  func isShortLabelLine(_ text: String) -> Bool {
    let words = Whitespace.split(text)
    guard words.count <= shortLineWords, let last = words.last?.unicodeScalars.last else { return false }
    return !SentenceSplitter.isTerminatorScalar(last)
  }
}
