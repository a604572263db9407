import MizanQuality

/// The evaluation of one document: a rough hypothesis edition against its polished reference.
public struct DocumentEvaluation: Sendable, Codable, Hashable {
  /// A name for the document (the corpus folder's name, or the hypothesis file's).
  public var id: String
  public var hypothesisPath: String
  public var referencePath: String
  /// Corpus scores over this document's aligned pairs.
  public var scores: ScoreSet
  /// The same under the Arabic normalization profile, when applied.
  public var normalizedScores: ScoreSet?
  /// Aligned pairs in document order.
  public var pairs: [PairEvaluation]
  /// Lines of either edition left without a counterpart, with the reason.
  public var unaligned: [UnalignedLine]
  /// Errors found, most severe first.
  public var findings: [Finding]
  /// Words in the hypothesis, the denominator of the MQM penalty.
  public var hypothesisWords: Int
  /// Term accuracy, forbidden renderings and consistency; spelling variants even without a glossary.
  public var terminology: TerminologyFigures?

  public init(
    id: String, hypothesisPath: String, referencePath: String, scores: ScoreSet,
    normalizedScores: ScoreSet?, pairs: [PairEvaluation], unaligned: [UnalignedLine],
    findings: [Finding], hypothesisWords: Int, terminology: TerminologyFigures? = nil
  ) {
    self.terminology = terminology
    self.id = id
    self.hypothesisPath = hypothesisPath
    self.referencePath = referencePath
    self.scores = scores
    self.normalizedScores = normalizedScores
    self.pairs = pairs
    self.unaligned = unaligned
    self.findings = findings
    self.hypothesisWords = hypothesisWords
  }
}
