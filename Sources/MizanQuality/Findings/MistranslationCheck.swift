/// Finds hypothesis words substituted for reference words they share no stem or spelling with,
/// and ranks them by evidence.
///
/// The words of each pair are aligned (`WordAlignment`); in the gaps the alignment leaves, a
/// hypothesis word facing a different reference word is a candidate. Most such substitutions
/// between a rough and a polished edition are paraphrases, so:
/// - a **false-friend hit** — the hypothesis word is a wrong-sense rendering in the lexicon and
///   the reference has a right-sense rendering in the same gap (or elsewhere unaligned in the
///   pair) — is **major**;
/// - any other one-word (or short-phrase) substitution is **minor** with low confidence, raised
///   when the reference never uses the hypothesis word and the hypothesis never uses the
///   reference word (evidence that the editor corrected rather than restyled).
public struct MistranslationCheck: ContextualFindingCheck {
  public var name: String { "mistranslation" }
  /// The false friends looked for.
  public let lexicon: FalseFriendLexicon
  /// Whether to report plain substitutions (minor, low confidence) besides lexicon hits.
  public var reportsSubstitutions: Bool
  let matcher: FalseFriendMatcher

  public init(lexicon: FalseFriendLexicon = .englishArabic, reportsSubstitutions: Bool = true) {
    self.lexicon = lexicon
    self.reportsSubstitutions = reportsSubstitutions
    self.matcher = lexicon == .englishArabic ? Self.builtinMatcher : FalseFriendMatcher(lexicon: lexicon)
  }

  /// The matcher of the shipped lexicon, built once per process rather than once per document.
  static let builtinMatcher = FalseFriendMatcher(lexicon: .englishArabic)

  func findings(in context: inout FindingContext) -> [Finding] {
    let document = context.document
    let hypothesisStems = Self.stemInventory(document.hypothesisLines.map(\.text), context: &context)
    let referenceStems = Self.stemInventory(document.referenceLines.map(\.text), context: &context)
    var found: [Finding] = []
    for (pairIndex, pair) in document.pairs.enumerated() {
      let hypothesis = context.words(pair.hypothesis)
      let reference = context.words(pair.reference)
      guard WordAlignment.isTractable(hypothesis: hypothesis, reference: reference) else { continue }
      let alignment = context.alignment(ofPair: pairIndex)
      let unalignedReference = reference.words.indices.filter { alignment.referenceToHypothesis[$0] == nil }
      // A wrong-sense word the alignment tied to a right-sense word of the same root
      // (ضربة "blow" for إضراب "strike") is a hit too, though it is not in a gap.
      var explained = Set<Int>()
      let anchored = alignment.anchors.map(\.hypothesis)
      for hit in matcher.wrongHits(in: hypothesis, at: anchored) {
        guard let aligned = alignment.hypothesisToReference[hit.words.lowerBound],
          let right = matcher.rightHits(of: hit.entry, in: reference, at: [aligned]).first
        else { continue }
        explained.formUnion(hit.words)
        found.append(lexiconFinding(hit, right, confidence: 0.9, pair: pair, hypothesis: hypothesis, reference: reference))
      }
      for gap in alignment.gaps where !gap.hypothesis.isEmpty {
        for hit in matcher.wrongHits(in: hypothesis, at: Array(gap.hypothesis)) where !explained.contains(hit.words.lowerBound) {
          let inGap = matcher.rightHits(of: hit.entry, in: reference, at: Array(gap.reference))
          let elsewhere = matcher.rightHits(of: hit.entry, in: reference, at: unalignedReference)
          guard let right = inGap.first ?? elsewhere.first else { continue }
          explained.formUnion(hit.words)
          found.append(
            lexiconFinding(
              hit, right, confidence: inGap.isEmpty ? 0.75 : 0.9, pair: pair, hypothesis: hypothesis, reference: reference))
        }
        guard reportsSubstitutions else { continue }
        let hypothesisContent = gap.hypothesis.filter { !explained.contains($0) && ArabicStems.isContent(hypothesis.words[$0]) }
        let referenceContent = gap.reference.filter { ArabicStems.isContent(reference.words[$0]) }
        guard !hypothesisContent.isEmpty, !referenceContent.isEmpty, !gap.hypothesis.contains(where: explained.contains)
        else { continue }
        func evidence(_ h: [Int], _ r: [Int]) -> (Double, [String]) {
          var score = 0.0
          var reasons: [String] = []
          if !h.contains(where: { Self.isUsed(hypothesis.words[$0].key, in: referenceStems, context: &context) }) {
            score += 1
            reasons.append("the reference never uses it")
          }
          if !r.contains(where: { Self.isUsed(reference.words[$0].key, in: hypothesisStems, context: &context) }) {
            score += 1
            reasons.append("the hypothesis never uses the reference's word")
          }
          return (score, reasons)
        }
        if hypothesisContent.count == referenceContent.count, hypothesisContent.count <= 2 {
          for (h, r) in zip(hypothesisContent, referenceContent)
          where context.relations.relation(hypothesis.words[h].key, reference.words[r].key) == 0 {
            let (score, reasons) = evidence([h], [r])
            found.append(
              substitution(
                hypothesis: h...h, reference: r...r, confidence: 0.15 + 0.15 * score, reasons: reasons, pair: pair,
                hypothesisWords: hypothesis, referenceWords: reference))
          }
        } else if hypothesisContent.count <= 3, referenceContent.count <= 3,
          let hFirst = hypothesisContent.first, let hLast = hypothesisContent.last,
          let rFirst = referenceContent.first, let rLast = referenceContent.last
        {
          let (score, reasons) = evidence(hypothesisContent, referenceContent)
          found.append(
            substitution(
              hypothesis: hFirst...hLast, reference: rFirst...rLast, confidence: 0.1 + 0.1 * score, reasons: reasons,
              pair: pair, hypothesisWords: hypothesis, referenceWords: reference))
        }
      }
    }
    return found
  }

  func lexiconFinding(
    _ hit: FalseFriendMatcher.Hit, _ right: FalseFriendMatcher.Hit, confidence: Double, pair: TextPair,
    hypothesis: TextWords, reference: TextWords
  ) -> Finding {
    let hSpan = Self.span(of: hit, in: hypothesis)
    let rSpan = Self.span(of: right, in: reference)
    let entry = lexicon.entries[hit.entry]
    let hText = hypothesis.original(hSpan)
    let rText = reference.original(rSpan)
    var explanation = "«\(hText)» renders the wrong sense of English \"\(entry.source)\"; the reference has «\(rText)»"
    if !entry.note.isEmpty { explanation += " (\(entry.note))" }
    return Finding.make(
      document: pair.document, category: .mistranslation, severity: .major, confidence: confidence,
      hypothesis: (Finding.Span(line: pair.hypothesisLine, start: hSpan.lowerBound, end: hSpan.upperBound), pair.hypothesis),
      reference: (Finding.Span(line: pair.referenceLine, start: rSpan.lowerBound, end: rSpan.upperBound), pair.reference),
      explanation: explanation)
  }

  func substitution(
    hypothesis h: ClosedRange<Int>, reference r: ClosedRange<Int>, confidence: Double, reasons: [String],
    pair: TextPair, hypothesisWords: TextWords, referenceWords: TextWords
  ) -> Finding {
    let hSpan = hypothesisWords.original(words: h.lowerBound, h.upperBound)
    let rSpan = referenceWords.original(words: r.lowerBound, r.upperBound)
    var explanation = "«\(hypothesisWords.original(hSpan))» where the reference has «\(referenceWords.original(rSpan))»"
    explanation += reasons.isEmpty ? ": likely a synonym the editor preferred" : ": " + reasons.joined(separator: ", ")
    return Finding.make(
      document: pair.document, category: .mistranslation, severity: .minor, confidence: confidence,
      hypothesis: (Finding.Span(line: pair.hypothesisLine, start: hSpan.lowerBound, end: hSpan.upperBound), pair.hypothesis),
      reference: (Finding.Span(line: pair.referenceLine, start: rSpan.lowerBound, end: rSpan.upperBound), pair.reference),
      explanation: explanation)
  }

  /// The original span of a hit, without the proclitics of its first word.
  static func span(of hit: FalseFriendMatcher.Hit, in words: TextWords) -> Range<Int> {
    let first = words.original(word: hit.words.lowerBound, skipping: hit.procliticLength)
    return first.lowerBound..<words.words[hit.words.upperBound - 1].original.upperBound
  }

  /// Every stem of three or more letters used in `lines`, by its number in `context.relations`.
  static func stemInventory(_ lines: [String], context: inout FindingContext) -> Set<Int> {
    var result = Set<Int>()
    for line in lines {
      for word in context.words(line).words {
        result.formUnion(context.relations.longStems(of: word.key))
      }
    }
    return result
  }

  /// Whether a stem of three or more letters of `word` is in `inventory`.
  static func isUsed(_ word: [Unicode.Scalar], in inventory: Set<Int>, context: inout FindingContext) -> Bool {
    context.relations.longStems(of: word).contains { inventory.contains($0) }
  }
}
