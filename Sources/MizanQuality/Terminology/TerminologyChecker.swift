import MizanText

/// Checks the terminology of aligned hypothesis and reference text: glossary term accuracy,
/// forbidden renderings, consistency of renderings, and spelling variants of names.
///
/// ```swift
/// let glossary = try Glossary(tsvContentsOf: "Corpora/asean-2025-07/glossary.tsv")
/// let checker = TerminologyChecker(glossary: glossary)
/// let report = checker.check(pairs: pairs, unalignedHypothesis: leftovers)
/// print(report.batch.accuracy?.value ?? 0, report.batch.forbidden.count)
/// ```
///
/// Without a glossary (`TerminologyChecker(glossary: nil)`) only spelling variants and the
/// inconsistencies they show are reported.
public struct TerminologyChecker: Sendable {
  /// The glossary, if any.
  public let glossary: Glossary?
  /// How spelling variants are found.
  public let variantFinder: SpellingVariantFinder
  let matcher: TermMatcher?

  public init(
    glossary: Glossary?, profile: NormalizationProfile = .matching,
    variantFinder: SpellingVariantFinder = SpellingVariantFinder()
  ) {
    self.glossary = glossary
    self.variantFinder = variantFinder
    self.matcher = glossary.map { TermMatcher(glossary: $0, profile: profile) }
  }

  /// Figures per document and for the whole batch. `unalignedHypothesis` are hypothesis lines
  /// paired with nothing: they count for forbidden renderings, consistency and variants, not
  /// for accuracy, which needs a reference.
  public func check(pairs: [TextPair], unalignedHypothesis: [TextLine] = []) -> TerminologyReport {
    var documents: [String] = []
    for name in pairs.map(\.document) + unalignedHypothesis.map(\.document) where !documents.contains(name) {
      documents.append(name)
    }
    let perDocument = documents.map { name in
      DocumentTerminology(
        document: name,
        figures: figures(
          pairs: pairs.filter { $0.document == name },
          unalignedHypothesis: unalignedHypothesis.filter { $0.document == name }))
    }
    return TerminologyReport(
      documents: perDocument, batch: figures(pairs: pairs, unalignedHypothesis: unalignedHypothesis))
  }

  /// The figures over one set of lines, whatever documents they come from.
  public func figures(pairs: [TextPair], unalignedHypothesis: [TextLine] = []) -> TerminologyFigures {
    let hypothesisLines =
      (pairs.map { TextLine(document: $0.document, text: $0.hypothesis, line: $0.hypothesisLine) } + unalignedHypothesis)
      .sorted { ($0.document, $0.line) < ($1.document, $1.line) }
    let prepared = prepare(hypothesisLines.map(\.text) + pairs.map(\.reference))
    func words(_ text: String) -> ArabicWords {
      prepared[UTF8Key(text)]?.words ?? ArabicWords(NormalizationProfile.matching.normalizeTracingOrigins(text))
    }
    let variants = variantFinder.variants(
      hypothesis: hypothesisLines.map { SpellingVariantFinder.Line($0, words: words($0.text)) },
      reference: pairs.map { SpellingVariantFinder.Line(TextLine(document: "", text: $0.reference, line: 0), words: words($0.reference)) })
    guard let matcher, let glossary else {
      return TerminologyFigures(
        accuracy: nil, forbidden: [], consistency: nil, variants: variants,
        inconsistencies: Self.spellingInconsistencies(variants, excluding: []))
    }
    func matches(_ text: String) -> [TermMatch] { prepared[UTF8Key(text)]?.matches ?? matcher.matches(in: text) }
    let found = hypothesisLines.map { (line: $0, matches: matches($0.text)) }
    let forbidden = found.flatMap { line, matches in
      matches.filter { $0.status == .forbidden }.map {
        ForbiddenRendering(
          occurrence: Self.occurrence($0, in: line), source: $0.source, rendering: $0.rendering,
          approved: glossary.entries[$0.entry].approved)
      }
    }
    let consistency = Self.consistency(found, glossary: glossary)
    let glossaryInconsistencies = consistency.terms.filter { $0.renderings.count > 1 }.map {
      Inconsistency(term: $0.source, basis: .glossary, renderings: $0.renderings)
    }
    let covered = Set(glossaryInconsistencies.flatMap { $0.renderings.flatMap(\.occurrences) })
    return TerminologyFigures(
      accuracy: accuracy(pairs, matches: matches), forbidden: forbidden, consistency: consistency,
      variants: variants,
      inconsistencies: glossaryInconsistencies + Self.spellingInconsistencies(variants, excluding: covered))
  }

  /// Term accuracy: each (pair, entry) the reference renders approvedly is one expected term.
  func accuracy(_ pairs: [TextPair], matches: (String) -> [TermMatch]) -> TermAccuracy {
    var expected = 0
    var rendered = 0
    var misses: [TermMiss] = []
    for pair in pairs {
      let reference = matches(pair.reference).filter { $0.status == .approved }
      let hypothesis = matches(pair.hypothesis)
      var seen = Set<Int>()
      for match in reference where seen.insert(match.entry).inserted {
        expected += 1
        if hypothesis.contains(where: { $0.entry == match.entry && $0.status == .approved }) {
          rendered += 1
        } else {
          let wrong = hypothesis.first { $0.entry == match.entry && $0.status == .forbidden }
          misses.append(
            TermMiss(
              document: pair.document, hypothesisLine: pair.hypothesisLine, referenceLine: pair.referenceLine,
              source: match.source, referenceText: match.text, forbiddenText: wrong?.text))
        }
      }
    }
    return TermAccuracy(expected: expected, rendered: rendered, misses: misses)
  }

  /// Renderings per glossary entry, with short forms folded into the longer renderings they
  /// are part of (لافروف into سيرجي لافروف when both are used).
  static func consistency(_ found: [(line: TextLine, matches: [TermMatch])], glossary: Glossary) -> ConsistencyFigures {
    var terms: [TermConsistency] = []
    for (index, entry) in glossary.entries.enumerated() {
      var order: [String] = []
      var byRendering: [String: [Occurrence]] = [:]
      for (line, matches) in found {
        for match in matches where match.entry == index {
          if byRendering[match.rendering] == nil { order.append(match.rendering) }
          byRendering[match.rendering, default: []].append(occurrence(match, in: line))
        }
      }
      guard !order.isEmpty else { continue }
      var uses: [RenderingUse] = []
      for rendering in order {
        let occurrences = byRendering[rendering] ?? []
        // The longest form containing it, which is itself part of nothing longer.
        let containing = order.filter { isPart(rendering, of: $0) }
        if let longer = containing.max(by: { Whitespace.split($0).count < Whitespace.split($1).count }) {
          byRendering[longer, default: []] += occurrences
        } else {
          uses.append(RenderingUse(form: rendering, occurrences: occurrences))
        }
      }
      // Folded occurrences were added after their longer form was listed: rebuild from the map.
      uses = uses.map { use in
        let all = (byRendering[use.form] ?? []).sorted { ($0.document, $0.line, $0.start) < ($1.document, $1.line, $1.start) }
        return RenderingUse(form: use.form, occurrences: all)
      }
      terms.append(TermConsistency(source: entry.source, renderings: uses))
    }
    return ConsistencyFigures(terms: terms)
  }

  /// Whether the words of `short` are a run of the words of `long`.
  static func isPart(_ short: String, of long: String) -> Bool {
    let shortWords = Whitespace.split(short)
    let longWords = Whitespace.split(long)
    guard shortWords.count < longWords.count else { return false }
    return (0...(longWords.count - shortWords.count)).contains {
      longWords[$0..<$0 + shortWords.count].elementsEqual(shortWords)
    }
  }

  /// Spelling variants where the hypothesis uses two or more forms, unless a glossary
  /// inconsistency already reports one of their occurrences.
  static func spellingInconsistencies(_ variants: [SpellingVariant], excluding covered: Set<Occurrence>) -> [Inconsistency] {
    // By line, so each occurrence is checked against its own line's, not a whole batch's.
    let coveredByLine = Dictionary(grouping: covered) { LineKey(document: $0.document, line: $0.line) }
    return variants.filter { variant in
      variant.hypothesisForms.count > 1
        && !variant.hypothesisForms.flatMap(\.occurrences).contains { occurrence in
          (coveredByLine[LineKey(document: occurrence.document, line: occurrence.line)] ?? []).contains {
            $0.start < occurrence.end && occurrence.start < $0.end
          }
        }
    }.map { Inconsistency(term: $0.referenceForm, basis: .spelling, renderings: $0.hypothesisForms) }
  }

  /// A line of a document, for grouping occurrences.
  struct LineKey: Hashable {
    var document: String
    var line: Int
  }

  static func occurrence(_ match: TermMatch, in line: TextLine) -> Occurrence {
    Occurrence(document: line.document, line: line.line, start: match.start, end: match.end, text: match.text)
  }
}
