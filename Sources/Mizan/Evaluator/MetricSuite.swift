/// The four metrics `mizan evaluate` reports, with sacreBLEU's default options: BLEU (13a,
/// exp smoothing), chrF2, chrF2++ and TER (tercom defaults). One place decides them, so the
/// pair scores, corpus scores, bootstrap intervals and shard merges all agree.
public struct MetricSuite: Sendable {
  public var bleu = BLEU()
  /// Sentence BLEU uses effective order, as sacreBLEU's `--sentence-level` does.
  public var sentenceBLEU = BLEU(effectiveOrder: true)
  public var chrF = CHRF()
  public var chrFPlusPlus = CHRF(wordOrder: 2)
  public var ter = TER()

  public init() {}

  /// The pair's statistics for every metric. For many pairs, reuse `makeWorkers()`.
  public func statistics(hypothesis: String, reference: String) -> PairStatistics {
    var workers = makeWorkers()
    return workers.statistics(hypothesis: hypothesis, reference: reference)
  }

  /// The pair's sentence-level scores.
  public func sentenceScores(_ statistics: PairStatistics) -> SentenceScores {
    SentenceScores(
      bleu: sentenceBLEU.sentenceScore(statistics.bleu).score,
      chrF: chrF.sentenceScore(statistics.chrF).score,
      chrFPlusPlus: chrFPlusPlus.sentenceScore(statistics.chrFPlusPlus).score,
      ter: ter.sentenceScore(statistics.ter).score)
  }

  /// Corpus scores from the pairs' summed statistics; with `bootstrap`, 95% intervals too.
  /// `normalization` names a profile applied to the text before scoring: its `orth:` field goes
  /// into every signature, so normalized scores never pass for sacreBLEU-comparable ones.
  public func scores(
    _ pairs: [PairStatistics], bootstrap: BootstrapResampling?, normalization: NormalizationProfile? = nil
  ) -> ScoreSet {
    func result<M: Metric>(_ metric: M, _ statistics: [M.Statistics]) -> MetricResult {
      let score = metric.corpusScore(statistics.summed())
      let signature = (normalization.map { NormalizedMetric(metric, profile: $0).signature } ?? metric.signature)
        .description
      let confidence = bootstrap.map { $0.confidenceInterval(of: metric, statistics) }
      return MetricResult(
        name: metric.name, score: score.score, verbose: score.verbose, signature: signature,
        confidence: confidence)
    }
    return ScoreSet(
      bleu: result(bleu, pairs.map(\.bleu)), chrF: result(chrF, pairs.map(\.chrF)),
      chrFPlusPlus: result(chrFPlusPlus, pairs.map(\.chrFPlusPlus)), ter: result(ter, pairs.map(\.ter)))
  }
}
