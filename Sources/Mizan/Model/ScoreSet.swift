import MizanMetrics

/// Corpus BLEU, chrF, chrF++ and TER of a set of pairs, each with its signature.
public struct ScoreSet: Sendable, Codable, Hashable {
  public var bleu: MetricResult
  public var chrF: MetricResult
  public var chrFPlusPlus: MetricResult
  public var ter: MetricResult

  public init(bleu: MetricResult, chrF: MetricResult, chrFPlusPlus: MetricResult, ter: MetricResult) {
    self.bleu = bleu
    self.chrF = chrF
    self.chrFPlusPlus = chrFPlusPlus
    self.ter = ter
  }

  /// The four results in reading order.
  public var all: [MetricResult] { [bleu, chrF, chrFPlusPlus, ter] }
}

/// One metric's corpus score as reports print it.
public struct MetricResult: Sendable, Codable, Hashable {
  /// sacreBLEU's name: "BLEU", "chrF2", "chrF2++", "TER".
  public var name: String
  public var score: Double
  /// What sacreBLEU prints after the score (precisions, brevity penalty, …).
  public var verbose: String
  public var signature: String
  /// The 95% bootstrap confidence interval, when computed.
  public var confidence: ConfidenceInterval?

  public init(name: String, score: Double, verbose: String, signature: String, confidence: ConfidenceInterval?) {
    self.name = name
    self.score = score
    self.verbose = verbose
    self.signature = signature
    self.confidence = confidence
  }
}
