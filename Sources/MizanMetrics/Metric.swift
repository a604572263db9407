/// A metric in sacreBLEU's design: each segment becomes additive sufficient statistics, and
/// every score (corpus, sentence, bootstrap resample, shard merge) is computed from sums of them.
///
/// Get one by creating `BLEU`, `CHRF` or `TER` with its options; feed it
/// `statistics(hypothesis:references:)` per segment and score the sum.
public protocol Metric: Sendable {
  /// The statistics of one segment; sums of them score a corpus.
  associatedtype Statistics: SufficientStatistics

  /// The name sacreBLEU prints: "BLEU", "chrF2", "chrF2++", "TER".
  var name: String { get }
  /// How the score was computed, in sacreBLEU's order of fields.
  var signature: Signature { get }
  /// False for error rates such as TER, where a drop is an improvement.
  var higherIsBetter: Bool { get }

  /// The statistics of one hypothesis segment against its references.
  func statistics(hypothesis: String, references: [String]) -> Statistics
  /// The corpus score of summed statistics.
  func corpusScore(_ statistics: Statistics) -> Score
  /// The score of one segment, as sacreBLEU's `--sentence-level` computes it.
  func sentenceScore(_ statistics: Statistics) -> Score

  /// The signature sacreBLEU prints on `--sentence-level` lines, where its CLI may change an
  /// option (BLEU switches effective order on). Defaults to `signature`.
  var sentenceLevelSignature: Signature { get }
  /// The score of summed statistics inside a resampling test. sacreBLEU sums statistics as
  /// float32 numpy arrays when bootstrapping and as int64 in approximate randomization, which
  /// changes the last bits of some scores; a metric reproduces that here. Defaults to
  /// `corpusScore(statistics).score`.
  func resampledScore(_ statistics: Statistics, in test: ResamplingTest) -> Double
}

/// The resampling test a score is computed in; see `Metric.resampledScore(_:in:)`.
public enum ResamplingTest: Sendable, Hashable {
  /// Bootstrap resampling: confidence intervals and the paired bootstrap test.
  case bootstrap
  /// The paired approximate randomization test.
  case approximateRandomization
}

extension Metric {
  public var sentenceLevelSignature: Signature { signature }

  public func resampledScore(_ statistics: Statistics, in test: ResamplingTest) -> Double {
    corpusScore(statistics).score
  }
}

/// Statistics that add: the sum of two segments' statistics is the statistics of both.
public protocol SufficientStatistics: Sendable, Hashable, Codable {
  /// The statistics of nothing, the identity of `+`.
  static var zero: Self { get }
  static func + (lhs: Self, rhs: Self) -> Self
}

extension Sequence where Element: SufficientStatistics {
  /// The sum of all statistics, `zero` for an empty sequence.
  public func summed() -> Element { reduce(.zero, +) }
}
