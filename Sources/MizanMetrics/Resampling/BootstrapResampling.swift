/// Bootstrap resampling of a corpus's segments, with sacreBLEU's random draws: confidence
/// intervals for one system (`--confidence`), and the resamples of the paired bootstrap test.
///
/// Works on any `Metric`'s statistics: a resample is a sum of segment statistics drawn with
/// replacement. The draws are numpy's `default_rng(seed).choice(n, size=(resamples, n))`, so
/// the numbers equal sacreBLEU's for the same seed (sacreBLEU reads it from `SACREBLEU_SEED`,
/// default 12345; here it is an explicit option, printed in the signature).
public struct BootstrapResampling: Sendable, Hashable {
  /// How many resampled corpora; sacreBLEU's `--confidence-n` (default 1000).
  public var resamples: Int
  /// The seed of numpy's generator; sacreBLEU's `SACREBLEU_SEED` (default 12345).
  public var seed: UInt64

  public init(resamples: Int = 1000, seed: UInt64 = 12345) {
    self.resamples = resamples
    self.seed = seed
  }

  /// Segment indices of every resample, row after row (`resamples` × `segmentCount`).
  public func indices(segmentCount: Int) -> [Int] {
    guard segmentCount > 0, resamples > 0 else { return [] }
    var generator = NumpyGenerator(seed: seed)
    return generator.choice(segmentCount, size: resamples * segmentCount)
  }

  /// The score of every resample, in draw order.
  public func scores<M: Metric>(of metric: M, _ statistics: [M.Statistics]) -> [Double] {
    scores(of: metric, statistics, indices: indices(segmentCount: statistics.count))
  }

  func scores<M: Metric>(of metric: M, _ statistics: [M.Statistics], indices: [Int]) -> [Double] {
    let count = statistics.count
    guard count > 0 else { return [] }
    return (0..<(indices.count / count)).map { row in
      var sum = M.Statistics.zero
      for index in indices[(row * count)..<((row + 1) * count)] { sum = sum + statistics[index] }
      return metric.resampledScore(sum, in: .bootstrap)
    }
  }

  /// The confidence interval sacreBLEU's `--confidence` prints for one system.
  public func confidenceInterval<M: Metric>(of metric: M, _ statistics: [M.Statistics])
    -> ConfidenceInterval
  {
    ConfidenceInterval(scores: scores(of: metric, statistics), rule: .exact)
  }
}
