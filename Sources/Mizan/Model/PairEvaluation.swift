import MizanMetrics

/// One aligned pair: hypothesis lines matched to reference lines by the aligner, with its
/// sentence-level scores.
public struct PairEvaluation: Sendable, Codable, Hashable {
  /// 1-based position of the pair in the document.
  public var index: Int
  /// 1-based lines of the hypothesis file the pair covers.
  public var hypothesisLines: [Int]
  /// 1-based lines of the reference file the pair covers.
  public var referenceLines: [Int]
  public var hypothesis: String
  public var reference: String
  /// The bead shape, e.g. "1-1", "2-1".
  public var bead: String
  /// The aligner's similarity of the two sides, 0–1.
  public var similarity: Double
  /// Sentence-level BLEU (effective order), chrF, chrF++ and TER of the pair.
  public var sentenceScores: SentenceScores
  /// The statistics behind the scores, raw text.
  public var statistics: PairStatistics
  /// The statistics under the Arabic normalization profile, when applied.
  public var normalizedStatistics: PairStatistics?

  public init(
    index: Int, hypothesisLines: [Int], referenceLines: [Int], hypothesis: String, reference: String,
    bead: String, similarity: Double, sentenceScores: SentenceScores, statistics: PairStatistics = .zero,
    normalizedStatistics: PairStatistics? = nil
  ) {
    self.statistics = statistics
    self.normalizedStatistics = normalizedStatistics
    self.index = index
    self.hypothesisLines = hypothesisLines
    self.referenceLines = referenceLines
    self.hypothesis = hypothesis
    self.reference = reference
    self.bead = bead
    self.similarity = similarity
    self.sentenceScores = sentenceScores
  }
}

/// The four sentence-level scores of a pair.
public struct SentenceScores: Sendable, Codable, Hashable {
  public var bleu: Double
  public var chrF: Double
  public var chrFPlusPlus: Double
  public var ter: Double

  public init(bleu: Double, chrF: Double, chrFPlusPlus: Double, ter: Double) {
    self.bleu = bleu
    self.chrF = chrF
    self.chrFPlusPlus = chrFPlusPlus
    self.ter = ter
  }
}
