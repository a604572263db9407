/// Runs the finding checks over documents and settles their output: one finding per error,
/// most severe first, stable ids, the same bytes on every run.
///
/// ```swift
/// let engine = FindingEngine.standard(glossary: glossary)
/// let document = FindingDocument(
///   name: "asean-2025-07", pairs: pairs, unalignedHypothesis: extraLines,
///   terminology: report.documents.first?.figures)
/// let findings = engine.findings(in: document)
/// let score = MQMPenalty().score(findings, wordCount: document.hypothesisWordCount)
/// ```
public struct FindingEngine: Sendable {
  /// The checks, run in order.
  public var checks: [any FindingCheck]
  /// Findings less sure than this are dropped (0 keeps everything).
  public var minimumConfidence: Double

  public init(checks: [any FindingCheck], minimumConfidence: Double = 0) {
    self.checks = checks
    self.minimumConfidence = minimumConfidence
  }

  /// Every check with its defaults: mistranslation (with `lexicon`), numbers, untranslated words,
  /// repetition, omission and addition, terminology (with `glossary` for entry kinds and
  /// reference spans), punctuation.
  public static func standard(
    lexicon: FalseFriendLexicon = .englishArabic, glossary: Glossary? = nil, minimumConfidence: Double = 0
  ) -> FindingEngine {
    FindingEngine(
      checks: [
        MistranslationCheck(lexicon: lexicon), NumberCheck(), UntranslatedCheck(), RepetitionCheck(),
        OmissionCheck(), TerminologyFindingCheck(glossary: glossary), PunctuationCheck(),
      ], minimumConfidence: minimumConfidence)
  }

  /// The findings of one document, sorted most severe first, then by line and offset.
  public func findings(in document: FindingDocument) -> [Finding] {
    var context = FindingContext(document)
    var all: [Finding] = []
    RelationCache.withThreadCache { relations in
      swap(&relations, &context.relations)
      defer { swap(&relations, &context.relations) }
      for check in checks {
        let found = (check as? any ContextualFindingCheck)?.findings(in: &context) ?? check.findings(in: document)
        all += found.filter { $0.confidence >= minimumConfidence }
      }
    }
    return Self.merged(all).sorted(by: Self.order)
  }

  /// The findings of a batch, document by document in the order documents first appear;
  /// each document's terminology figures are taken from `terminology` when given.
  public func findings(
    pairs: [TextPair], unalignedHypothesis: [TextLine] = [], unalignedReference: [TextLine] = [],
    terminology: TerminologyReport? = nil
  ) -> [Finding] {
    var names: [String] = []
    for name in pairs.map(\.document) + unalignedHypothesis.map(\.document) + unalignedReference.map(\.document)
    where !names.contains(name) {
      names.append(name)
    }
    return names.flatMap { name in
      findings(
        in: FindingDocument(
          name: name, pairs: pairs.filter { $0.document == name },
          unalignedHypothesis: unalignedHypothesis.filter { $0.document == name },
          unalignedReference: unalignedReference.filter { $0.document == name },
          terminology: terminology?.documents.first { $0.document == name }?.figures))
    }
  }

  /// One finding per error: findings of one category whose spans overlap on the same line
  /// (the false-friend lexicon and a glossary both flagging فرنكًا) are merged, keeping the
  /// most severe, then the one that points into the reference too, then the surest.
  static func merged(_ findings: [Finding]) -> [Finding] {
    let ranked = findings.sorted { a, b in
      if a.severity != b.severity { return a.severity < b.severity }
      if (a.referenceSpan != nil) != (b.referenceSpan != nil) { return a.referenceSpan != nil }
      if a.confidence != b.confidence { return a.confidence > b.confidence }
      return a.id < b.id
    }
    // Kept findings are tested by index: `contains(where:)` over the findings copies each one
    // it passes (six strings retained and released) for each of the n² tests.
    var kept: [Finding] = []
    for finding in ranked where !kept.indices.contains(where: { overlaps(kept[$0], finding) }) {
      kept.append(finding)
    }
    // A minor substitution candidate on words another check already calls a major error (a
    // forbidden spelling, a wrong number) is the same error seen less clearly.
    return kept.filter { finding in
      !(finding.category == .mistranslation && finding.severity == .minor
        && kept.indices.contains {
          kept[$0].severity < .minor && kept[$0].category != .inconsistency
            && spansMeet(kept[$0].hypothesisSpan, finding.hypothesisSpan)
        })
    }
  }

  static func spansMeet(_ x: Finding.Span?, _ y: Finding.Span?) -> Bool {
    guard let x, let y else { return false }
    return x.line == y.line && x.start < y.end && y.start < x.end
  }

  static func overlaps(_ a: Finding, _ b: Finding) -> Bool {
    guard a.document == b.document, a.category == b.category else { return false }
    if a.id == b.id { return true }
    if a.hypothesisSpan != nil || b.hypothesisSpan != nil { return spansMeet(a.hypothesisSpan, b.hypothesisSpan) }
    return spansMeet(a.referenceSpan, b.referenceSpan)
  }

  /// Most severe first; then document, line (hypothesis line, or reference line for findings
  /// only in the reference), offset, category and id, so the order is total.
  static func order(_ a: Finding, _ b: Finding) -> Bool {
    if a.severity != b.severity { return a.severity < b.severity }
    if a.document != b.document { return a.document < b.document }
    let la = a.hypothesisSpan ?? a.referenceSpan
    let lb = b.hypothesisSpan ?? b.referenceSpan
    let keyA = (a.hypothesisSpan == nil ? 1 : 0, la?.line ?? 0, la?.start ?? 0)
    let keyB = (b.hypothesisSpan == nil ? 1 : 0, lb?.line ?? 0, lb?.start ?? 0)
    if keyA != keyB { return keyA < keyB }
    if a.category != b.category { return a.category.rawValue < b.category.rawValue }
    return a.id < b.id
  }
}
