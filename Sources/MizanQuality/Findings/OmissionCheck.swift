import MizanText

/// Finds content one edition has and the other lacks: whole body lines left unaligned, and long
/// runs of reference words inside a pair with nothing in the hypothesis facing them (a dropped
/// sentence or clause), or the other way round.
///
/// Unaligned lines are reported at `unalignedSeverity` (minor by default): either edition may
/// carry paragraphs the other lacks (a later revision, an editor's cut), so a whole line is a
/// fact to check rather than proof of a translation error. A run inside a pair is an omission
/// when the reference has at least `minimumRun` unaligned content words there and the
/// hypothesis at most a quarter as many; twice `minimumRun` makes it major.
public struct OmissionCheck: ContextualFindingCheck {
  public var name: String { "omission" }
  /// Content words a run needs to be reported.
  public var minimumRun: Int
  /// The severity of a whole unaligned line.
  public var unalignedSeverity: Finding.Severity

  public init(minimumRun: Int = 5, unalignedSeverity: Finding.Severity = .minor) {
    self.minimumRun = minimumRun
    self.unalignedSeverity = unalignedSeverity
  }

  func findings(in context: inout FindingContext) -> [Finding] {
    let document = context.document
    var found: [Finding] = []
    for line in document.unalignedHypothesis {
      guard let range = Self.trimmed(line.text) else { continue }
      found.append(
        Finding.make(
          document: line.document, category: .addition, severity: unalignedSeverity, confidence: 0.5,
          hypothesis: (Finding.Span(line: line.line, start: range.lowerBound, end: range.upperBound), line.text),
          reference: nil, explanation: "This hypothesis paragraph has no counterpart in the reference"))
    }
    for line in document.unalignedReference {
      guard let range = Self.trimmed(line.text) else { continue }
      found.append(
        Finding.make(
          document: line.document, category: .omission, severity: unalignedSeverity, confidence: 0.5,
          hypothesis: nil, reference: (Finding.Span(line: line.line, start: range.lowerBound, end: range.upperBound), line.text),
          explanation: "This reference paragraph has no counterpart in the hypothesis"))
    }
    for (pairIndex, pair) in document.pairs.enumerated() {
      let hypothesis = context.words(pair.hypothesis)
      let reference = context.words(pair.reference)
      guard WordAlignment.isTractable(hypothesis: hypothesis, reference: reference) else { continue }
      let alignment = context.alignment(ofPair: pairIndex)
      let referenceMissing = Self.missing(
        reference, from: hypothesis, aligned: alignment.referenceToHypothesis, cache: &context.relations)
      let hypothesisMissing = Self.missing(
        hypothesis, from: reference, aligned: alignment.hypothesisToReference, cache: &context.relations)
      for run in runs(reference, missing: referenceMissing, aligned: alignment.referenceToHypothesis, other: hypothesis, otherMissing: hypothesisMissing) {
        let range = reference.original(words: run.words.lowerBound, run.words.upperBound - 1)
        found.append(
          Finding.make(
            document: pair.document, category: .omission, severity: run.content >= 2 * minimumRun ? .major : .minor,
            confidence: 0.6, hypothesis: nil,
            reference: (Finding.Span(line: pair.referenceLine, start: range.lowerBound, end: range.upperBound), pair.reference),
            explanation: "«\(reference.original(range))» in the reference has no counterpart in the hypothesis (line \(pair.hypothesisLine))"))
      }
      for run in runs(hypothesis, missing: hypothesisMissing, aligned: alignment.hypothesisToReference, other: reference, otherMissing: referenceMissing) {
        let range = hypothesis.original(words: run.words.lowerBound, run.words.upperBound - 1)
        found.append(
          Finding.make(
            document: pair.document, category: .addition, severity: .minor, confidence: 0.5,
            hypothesis: (Finding.Span(line: pair.hypothesisLine, start: range.lowerBound, end: range.upperBound), pair.hypothesis),
            reference: nil,
            explanation: "«\(hypothesis.original(range))» has no counterpart in the reference (line \(pair.referenceLine))"))
      }
    }
    return found
  }

  /// For each word of `side`: whether it is content (or a number) the other line lacks: not
  /// aligned, and related to no word of the other line at all, so a moved clause (the
  /// alignment is monotone) is not taken for a dropped one.
  static func missing(_ side: TextWords, from other: TextWords, aligned: [Int?], cache: inout RelationCache) -> [Bool] {
    let otherIDs = other.words.map { cache.id($0.key) }
    return side.words.indices.map { index in
      let word = side.words[index]
      guard aligned[index] == nil, ArabicStems.isContent(word) || word.isNumeric else { return false }
      let id = cache.id(word.key)
      return !otherIDs.contains { cache.relation(id, $0) > 0 }
    }
  }

  /// Runs of `side`'s words that are mostly missing content (each content word present in the
  /// other line costs three missing ones), with at least `minimumRun` missing content words,
  /// where the other line has at most a quarter as many missing words between the same anchors.
  func runs(_ side: TextWords, missing: [Bool], aligned: [Int?], other: TextWords, otherMissing: [Bool]) -> [(words: Range<Int>, content: Int)] {
    var result: [(words: Range<Int>, content: Int)] = []
    var start = 0
    var score = 0
    var best: (range: Range<Int>, score: Int)? = nil
    func close() {
      if let run = best, run.score >= minimumRun {
        let content = run.range.filter { missing[$0] }.count
        let before = (0..<run.range.lowerBound).last { aligned[$0] != nil }.flatMap { aligned[$0] }
        let after = (run.range.upperBound..<side.words.count).first { aligned[$0] != nil }.flatMap { aligned[$0] }
        let facing = (before.map { $0 + 1 } ?? 0)..<max(before.map { $0 + 1 } ?? 0, after ?? other.words.count)
        let otherContent = facing.filter { otherMissing[$0] }.count
        if otherContent * 4 <= content { result.append((run.range, content)) }
      }
      best = nil
    }
    for index in side.words.indices {
      let word = side.words[index]
      let value = missing[index] ? 1 : (ArabicStems.isContent(word) || word.isNumeric ? -3 : 0)
      if score + value <= 0 {
        close()
        score = 0
        start = index + 1
        continue
      }
      if score == 0 { start = index }
      score += value
      if value > 0 && score > (best?.score ?? 0) { best = (start..<index + 1, score) }
    }
    close()
    return result
  }

  /// The line without surrounding whitespace, nil when nothing is left.
  static func trimmed(_ text: String) -> Range<Int>? {
    let scalars = Array(text.unicodeScalars)
    guard let first = scalars.firstIndex(where: { !Whitespace.contains($0) }),
      let last = scalars.lastIndex(where: { !Whitespace.contains($0) })
    else { return nil }
    return first..<last + 1
  }
}
