/// One metric's statistics for every system, with the metric's type erased so that a report can
/// hold BLEU, chrF and TER together.
///
/// Create one per metric: `MetricRun(bleu, systems: [baselineStats, otherStats])`, where each
/// element holds one system's per-segment statistics, in segment order.
public struct MetricRun: Sendable {
  /// The metric's printed name ("BLEU", "chrF2").
  public let name: String
  /// The metric's signature.
  public let signature: Signature
  /// The signature on `--sentence-level` lines.
  public let sentenceLevelSignature: Signature
  /// Segments per system.
  public let segmentCounts: [Int]

  let corpusScore: @Sendable (_ system: Int) -> Score
  let sentenceScores: @Sendable (_ system: Int) -> [Score]
  let confidence: @Sendable (_ system: Int, _ bootstrap: BootstrapResampling) -> ConfidenceInterval
  let paired: @Sendable (_ test: PairedSignificance) -> [PairedSignificance.Result]

  public init<M: Metric>(_ metric: M, systems: [[M.Statistics]]) {
    name = metric.name
    signature = metric.signature
    sentenceLevelSignature = metric.sentenceLevelSignature
    segmentCounts = systems.map(\.count)
    corpusScore = { metric.corpusScore(systems[$0].summed()) }
    sentenceScores = { systems[$0].map(metric.sentenceScore) }
    confidence = { $1.confidenceInterval(of: metric, systems[$0]) }
    paired = { $0.compare(metric, systems: systems) }
  }
}
