/// Finds Latin-script words left in an Arabic hypothesis that the reference does not keep
/// (RIA, where the polished edition drops or transliterates the agency's name).
///
/// Runs of Latin words are one finding. Acronyms (all capitals, five letters or fewer) are often
/// kept in Arabic news (RSF, NATO in captions), so they are minor; other words are major. Lines
/// that are mostly Latin (a caption in English) are not Arabic text and are skipped.
public struct UntranslatedCheck: ContextualFindingCheck {
  public var name: String { "untranslated" }

  public init() {}

  func findings(in context: inout FindingContext) -> [Finding] {
    let document = context.document
    var found: [Finding] = []
    for pair in document.pairs {
      let kept = Set(context.words(pair.reference).words.filter(\.isLatin).map { Self.folded($0.key) })
      found += findings(
        line: pair.hypothesis, words: context.words(pair.hypothesis), number: pair.hypothesisLine,
        document: pair.document, kept: kept, reference: (pair.reference, pair.referenceLine), confidence: 0.8)
    }
    var everywhere = Set<String>()
    for line in document.referenceLines {
      everywhere.formUnion(context.words(line.text).words.filter(\.isLatin).map { Self.folded($0.key) })
    }
    for line in document.unalignedHypothesis {
      found += findings(
        line: line.text, words: context.words(line.text), number: line.line, document: line.document, kept: everywhere,
        reference: nil, confidence: 0.5)
    }
    return found
  }

  func findings(
    line: String, words: TextWords, number: Int, document: String, kept: Set<String>,
    reference: (text: String, line: Int)?, confidence: Double
  ) -> [Finding] {
    guard words.isArabic else { return [] }
    var runs: [ClosedRange<Int>] = []
    for (index, word) in words.words.enumerated() where word.isLatin && word.key.count >= 2 && !kept.contains(Self.folded(word.key)) {
      if let last = runs.last, last.upperBound == index - 1 {
        runs[runs.count - 1] = last.lowerBound...index
      } else {
        runs.append(index...index)
      }
    }
    return runs.map { run in
      let range = words.original(words: run.lowerBound, run.upperBound)
      let text = words.original(range)
      let isAcronym = run.count == 1 && words.words[run.lowerBound].key.count <= 5
        && words.words[run.lowerBound].key.allSatisfy { $0.properties.isUppercase }
      let explanation =
        reference == nil
        ? "«\(text)» is left in Latin script in a line the reference does not have"
        : "«\(text)» is left in Latin script; the reference does not keep it"
      return Finding.make(
        document: document, category: .untranslated, severity: isAcronym ? .minor : .major,
        confidence: isAcronym ? confidence - 0.2 : confidence,
        hypothesis: (Finding.Span(line: number, start: range.lowerBound, end: range.upperBound), line),
        reference: nil, explanation: explanation)
    }
  }

  static func folded(_ key: [Unicode.Scalar]) -> String {
    String(String.UnicodeScalarView(key)).lowercased()
  }
}
