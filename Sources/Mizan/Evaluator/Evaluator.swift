/// Evaluates documents end to end: segment both editions, classify boilerplate, align, score
/// the aligned pairs, check terminology, and collect what stayed unaligned. The one entry point
/// behind `mizan evaluate`; writers and the gate read the `Evaluation` it returns.
///
///     let evaluation = try Evaluator().evaluate([try DocumentInput(corpusFolder: "Corpora/asean-2025-07")])
public struct Evaluator: Sendable {
  /// What the evaluation computes beyond the default.
  public struct Options: Sendable {
    /// Boilerplate rules: the defaults plus any the user adds.
    public var boilerplate: BoilerplateRules = .default
    public var aligner = Aligner.Options()
    /// Also score under this normalization (reported beside the raw scores); nil for raw only.
    public var normalization: NormalizationProfile? = .arabic
    /// Bootstrap resamples for 95% confidence intervals; nil for none.
    public var confidenceResamples: Int? = nil
    public init() {}
  }

  public var options: Options
  public var metrics = MetricSuite()

  public init(options: Options = Options()) { self.options = options }

  /// Evaluates every document, then the batch totals from their summed statistics.
  public func evaluate(_ inputs: [DocumentInput]) throws(EvaluationError) -> Evaluation {
    var documents: [DocumentEvaluation] = []
    for input in inputs { documents.append(try evaluate(input)) }
    // Batch consistency needs one glossary for all documents; with several, only spelling
    // variants (which need none) are counted across the batch.
    let glossaries = Set(inputs.map { $0.glossary?.lines ?? [] })
    let shared = glossaries.count == 1 ? try inputs.first.flatMap(glossary(of:)) : nil
    let pairs = zip(documents, inputs).flatMap { document, input in textPairs(document.pairs, document: input.id) }
    let batch = TerminologyChecker(glossary: shared).figures(pairs: pairs)
    return assemble(documents, terminology: batch)
  }

  /// The batch value for already evaluated documents: totals from summed pair statistics,
  /// never from averaged scores, so any split of the documents gives the same totals.
  public func assemble(_ documents: [DocumentEvaluation], terminology: TerminologyFigures?) -> Evaluation {
    let pairs = documents.flatMap(\.pairs)
    let bootstrap = options.confidenceResamples.map { BootstrapResampling(resamples: $0) }
    let normalizedTotals = options.normalization.map { profile in
      metrics.scores(pairs.compactMap(\.normalizedStatistics), bootstrap: bootstrap, normalization: profile)
    }
    return Evaluation(
      mizanVersion: MizanVersion.string, documents: documents,
      totals: metrics.scores(pairs.map(\.statistics), bootstrap: bootstrap),
      normalizedTotals: normalizedTotals,
      terminology: terminology)
  }

  /// Evaluates one document.
  public func evaluate(_ input: DocumentInput) throws(EvaluationError) -> DocumentEvaluation {
    let glossary = try glossary(of: input)
    do {
      _ = try input.hypothesis.requiringText()
      _ = try input.reference.requiringText()
    } catch {
      throw .text(error)
    }
    let hypothesis = Document(file: input.hypothesis)
    let reference = Document(file: input.reference)
    let alignment =
      input.lineAligned
      ? Self.lineAlignment(hypothesis: hypothesis, reference: reference)
      : Aligner(options: options.aligner).align(
        hypothesis: hypothesis, reference: reference,
        boilerplate: BoilerplateClassifier(rules: options.boilerplate))
    let bootstrap = options.confidenceResamples.map { BootstrapResampling(resamples: $0) }

    var pairs: [PairEvaluation] = []
    var workers = metrics.makeWorkers()
    for (offset, bead) in alignment.paragraphBeads.enumerated() {
      let hypothesisText = bead.hypothesis.map { hypothesis.paragraphs[$0].text }.joined(separator: " ")
      let referenceText = bead.reference.map { reference.paragraphs[$0].text }.joined(separator: " ")
      let statistics = workers.statistics(hypothesis: hypothesisText, reference: referenceText)
      let normalized = options.normalization.map { profile in
        workers.statistics(hypothesis: profile.normalize(hypothesisText), reference: profile.normalize(referenceText))
      }
      pairs.append(
        PairEvaluation(
          index: offset + 1, hypothesisLines: bead.hypothesisLines, referenceLines: bead.referenceLines,
          hypothesis: hypothesisText, reference: referenceText, bead: bead.label,
          similarity: bead.similarity, sentenceScores: metrics.sentenceScores(statistics),
          statistics: statistics, normalizedStatistics: normalized))
    }
    let unaligned = unalignedLines(alignment, hypothesis: hypothesis, reference: reference)
    // Boilerplate is reported, never checked as content.
    func content(_ side: UnalignedLine.Side) -> [TextLine] {
      unaligned.filter { $0.side == side && $0.kind != .boilerplate }
        .map { TextLine(document: input.id, text: $0.text, line: $0.line) }
    }
    let pairsAsText = textPairs(pairs, document: input.id)
    let terminology = TerminologyChecker(glossary: glossary).figures(
      pairs: pairsAsText, unalignedHypothesis: content(.hypothesis))
    let findings = FindingEngine.standard(glossary: glossary).findings(
      in: FindingDocument(
        name: input.id, pairs: pairsAsText, unalignedHypothesis: content(.hypothesis),
        unalignedReference: content(.reference), terminology: terminology))
    let words = hypothesis.paragraphs.reduce(0) { $0 + Whitespace.split($1.text).count }
    return DocumentEvaluation(
      id: input.id, hypothesisPath: input.hypothesis.path, referencePath: input.reference.path,
      scores: metrics.scores(pairs.map(\.statistics), bootstrap: bootstrap),
      normalizedScores: options.normalization.map { profile in
        metrics.scores(pairs.compactMap(\.normalizedStatistics), bootstrap: bootstrap, normalization: profile)
      },
      pairs: pairs, unaligned: unaligned, findings: findings, hypothesisWords: words, terminology: terminology)
  }

  /// The glossary a document names, parsed.
  func glossary(of input: DocumentInput) throws(EvaluationError) -> Glossary? {
    guard let file = input.glossary else { return nil }
    do { return try Glossary(tsvLines: file.lines, path: file.path) } catch { throw .glossary(error) }
  }

  /// Pairs as the terminology checker reads them.
  func textPairs(_ pairs: [PairEvaluation], document: String) -> [TextPair] {
    pairs.map { pair in
      TextPair(
        document: document, hypothesis: pair.hypothesis, hypothesisLine: pair.hypothesisLines.first ?? 0,
        reference: pair.reference, referenceLine: pair.referenceLines.first ?? 0)
    }
  }

  /// The aligner's unaligned paragraphs as report lines, boilerplate with its rule's reason.
  func unalignedLines(_ alignment: Alignment, hypothesis: Document, reference: Document) -> [UnalignedLine] {
    alignment.unaligned.filter { $0.level == .paragraph }.map { item in
      let document = item.side == .hypothesis ? hypothesis : reference
      let text = document.paragraphs.indices.contains(item.index) ? document.paragraphs[item.index].text : ""
      let kind: UnalignedLine.Kind
      let reason: String
      switch item.kind {
      case .boilerplate:
        kind = .boilerplate
        reason = item.boilerplate.map { "\($0.label): \($0.reason)" } ?? "boilerplate"
      case .omission:
        kind = .omission
        reason = "reference content with no counterpart in the hypothesis"
      case .addition:
        kind = .addition
        reason = "hypothesis content with no counterpart in the reference"
      }
      return UnalignedLine(
        side: item.side == .hypothesis ? .hypothesis : .reference, line: item.line, text: text, kind: kind,
        reason: reason)
    }
  }
}

/// Why a document could not be evaluated.
public enum EvaluationError: Error, Sendable, CustomStringConvertible {
  case text(TextError)
  case glossary(GlossaryError)

  public var description: String {
    switch self {
    case .text(let error): return error.description
    case .glossary(let error): return error.description
    }
  }
}
