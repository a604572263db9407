/// Finds numbers and dates one side of a pair has and the other lacks or writes differently, and
/// numbers the hypothesis repeats where the reference says them once.
///
/// Numbers are compared by value (Arabic-Indic digits, cardinal words and day ordinals read as
/// digits), so ٣ يوليو, 3 يوليو and الثالث من يوليو agree. A wrong or missing number changes
/// what the text says: major. A repeated one (the same date twice in a sentence) is a fluency
/// slip: minor, under `repetition`.
public struct NumberCheck: ContextualFindingCheck {
  public var name: String { "numbers" }

  public init() {}

  func findings(in context: inout FindingContext) -> [Finding] {
    var found: [Finding] = []
    for pair in context.document.pairs {
      found += findings(in: pair, hypothesis: context.words(pair.hypothesis), reference: context.words(pair.reference))
    }
    return found
  }

  func findings(in pair: TextPair, hypothesis hText: TextWords, reference rText: TextWords) -> [Finding] {
    let hypothesis = NumberMention.mentions(in: hText)
    var reference = NumberMention.mentions(in: rText)
    var unmatchedHypothesis: [NumberMention] = []
    var repeated: [NumberMention] = []
    var matchedReference: [NumberMention] = []
    for mention in hypothesis {
      if let index = reference.firstIndex(where: { $0.matches(mention) }) {
        matchedReference.append(reference.remove(at: index))
      } else if matchedReference.contains(where: { $0.matches(mention) }) {
        repeated.append(mention)
      } else {
        unmatchedHypothesis.append(mention)
      }
    }
    func span(_ mention: NumberMention, line: Int) -> Finding.Span {
      Finding.Span(line: line, start: mention.original.lowerBound, end: mention.original.upperBound)
    }
    var found: [Finding] = []
    // Unmatched numbers on both sides, in order: the hypothesis wrote one where the reference has another.
    for (index, mention) in unmatchedHypothesis.enumerated() {
      let counterpart = index < reference.count ? reference[index] : nil
      let written = hText.original(mention.original)
      let explanation = counterpart.map { "«\(written)» where the reference has «\(rText.original($0.original))»" }
        ?? "«\(written)» is not in the reference"
      found.append(
        Finding.make(
          document: pair.document, category: .number, severity: .major, confidence: counterpart == nil ? 0.7 : 0.85,
          hypothesis: (span(mention, line: pair.hypothesisLine), pair.hypothesis),
          reference: counterpart.map { (span($0, line: pair.referenceLine), pair.reference) }, explanation: explanation))
    }
    for mention in reference.dropFirst(unmatchedHypothesis.count) {
      found.append(
        Finding.make(
          document: pair.document, category: .number, severity: .major, confidence: 0.7,
          hypothesis: nil, reference: (span(mention, line: pair.referenceLine), pair.reference),
          explanation: "«\(rText.original(mention.original))» in the reference is missing from the hypothesis"))
    }
    for mention in repeated {
      let count = hypothesis.filter { $0.matches(mention) }.count
      let once = matchedReference.filter { $0.matches(mention) }.count
      found.append(
        Finding.make(
          document: pair.document, category: .repetition, severity: .minor, confidence: 0.8,
          hypothesis: (span(mention, line: pair.hypothesisLine), pair.hypothesis),
          reference: matchedReference.first { $0.matches(mention) }.map { (span($0, line: pair.referenceLine), pair.reference) },
          explanation: "«\(hText.original(mention.original))» is given \(count) times; the reference gives it \(once == 1 ? "once" : "\(once) times")"))
    }
    return found
  }
}
