/// Turns the terminology checker's figures into findings: forbidden renderings (terminology,
/// major; a false-friend glossary entry's forbidden rendering is a mistranslation, major) and
/// terms or names written more than one way (inconsistency, minor).
///
/// The check reads `FindingDocument.terminology`; without figures it finds nothing. With the
/// glossary it also knows each entry's kind and points at the approved rendering in the aligned
/// reference line.
public struct TerminologyFindingCheck: FindingCheck {
  public var name: String { "terminology" }
  /// The glossary the figures were computed with, if known.
  public let glossary: Glossary?
  let matcher: TermMatcher?

  public init(glossary: Glossary? = nil) {
    self.glossary = glossary
    self.matcher = glossary.map { TermMatcher(glossary: $0) }
  }

  public func findings(in document: FindingDocument) -> [Finding] {
    guard let figures = document.terminology else { return [] }
    var pairsByLine: [Int: TextPair] = [:]
    for pair in document.pairs where pairsByLine[pair.hypothesisLine] == nil { pairsByLine[pair.hypothesisLine] = pair }
    var linesByNumber: [Int: String] = [:]
    for line in document.hypothesisLines { linesByNumber[line.line] = line.text }
    var found: [Finding] = []
    for forbidden in figures.forbidden where forbidden.occurrence.document == document.name {
      let occurrence = forbidden.occurrence
      let index = glossary?.entries.firstIndex { $0.source == forbidden.source }
      let isFalseFriend = index.map { glossary?.entries[$0].kind == .falseFriend } ?? false
      let pair = pairsByLine[occurrence.line]
      var reference: (span: Finding.Span, text: String)? = nil
      if let pair, let index, let matcher {
        let approved = matcher.matches(in: pair.reference).first { $0.entry == index && $0.status == .approved }
        reference = approved.map { (Finding.Span(line: pair.referenceLine, start: $0.start, end: $0.end), pair.reference) }
      }
      let approved = forbidden.approved.joined(separator: " or ")
      found.append(
        Finding.make(
          document: document.name, category: isFalseFriend ? .mistranslation : .terminology, severity: .major,
          confidence: 0.85,
          hypothesis: (Self.span(occurrence), linesByNumber[occurrence.line] ?? pair?.hypothesis ?? occurrence.text),
          reference: reference,
          explanation: isFalseFriend
            ? "«\(occurrence.text)» renders the wrong sense of \"\(forbidden.source)\" (glossary): write \(approved)"
            : "«\(occurrence.text)» is a forbidden rendering of \"\(forbidden.source)\" (glossary): write \(approved)"))
    }
    let forbiddenForms = Set(figures.forbidden.map { Self.key($0.rendering) })
    for inconsistency in figures.inconsistencies {
      found += findings(
        for: inconsistency, document: document, forbidden: forbiddenForms, pairsByLine: pairsByLine,
        linesByNumber: linesByNumber)
    }
    return found
  }

  /// One finding per occurrence of each rendering but the main one: the reference's own form for
  /// a spelling variant; otherwise the most used rendering the glossary does not forbid (the
  /// first listed on a tie), so the finding lands on the odd one out.
  func findings(
    for inconsistency: Inconsistency, document: FindingDocument, forbidden: Set<[Unicode.Scalar]>,
    pairsByLine: [Int: TextPair], linesByNumber: [Int: String]
  ) -> [Finding] {
    let renderings = inconsistency.renderings
    guard renderings.count > 1 else { return [] }
    let referenceKey = Self.key(inconsistency.term)
    let ranked = renderings.indices.sorted { a, b in
      let keyA = (forbidden.contains(Self.key(renderings[a].form)) ? 1 : 0, -renderings[a].occurrences.count, a)
      let keyB = (forbidden.contains(Self.key(renderings[b].form)) ? 1 : 0, -renderings[b].occurrences.count, b)
      return keyA < keyB
    }
    let main = renderings.firstIndex { Self.key($0.form) == referenceKey } ?? ranked.first ?? 0
    let mainUse = renderings[main]
    let elsewhere = mainUse.occurrences.prefix(3).map { "line \($0.line)" }.joined(separator: ", ")
    var found: [Finding] = []
    for (index, use) in renderings.enumerated() where index != main {
      for occurrence in use.occurrences where occurrence.document == document.name {
        let pair = pairsByLine[occurrence.line]
        var reference: (span: Finding.Span, text: String)? = nil
        if inconsistency.basis == .spelling, let pair {
          let words = TextWords(pair.reference)
          if let word = words.words.firstIndex(where: { $0.key == referenceKey }) {
            let range = words.words[word].original
            reference = (Finding.Span(line: pair.referenceLine, start: range.lowerBound, end: range.upperBound), pair.reference)
          }
        }
        found.append(
          Finding.make(
            document: document.name, category: .inconsistency, severity: .minor,
            confidence: inconsistency.basis == .spelling ? 0.7 : 0.6,
            hypothesis: (Self.span(occurrence), linesByNumber[occurrence.line] ?? occurrence.text), reference: reference,
            explanation: "«\(occurrence.text)» here, «\(mainUse.form)» on \(elsewhere): \(inconsistency.basis == .spelling ? "the reference writes \(inconsistency.term)" : "one rendering of \"\(inconsistency.term)\" throughout")"))
      }
    }
    return found
  }

  static func span(_ occurrence: Occurrence) -> Finding.Span {
    Finding.Span(line: occurrence.line, start: occurrence.start, end: occurrence.end)
  }

  static func key(_ form: String) -> [Unicode.Scalar] {
    TextWords(form).words.flatMap(\.key)
  }
}
