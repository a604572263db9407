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
    scores(of: metric, systems: [statistics]).first ?? []
  }

  /// Per system, the score of every resample, all systems resampled with the same draws (the
  /// paired bootstrap). Each system must have the same number of segments.
  ///
  /// The draws are made a block of rows at a time (never all `resamples × segments` at once:
  /// 800 MB for 100,000 segments), and each block's rows are summed on all cores. Every row is
  /// summed in draw order, so the result does not depend on the number of cores.
  public func scores<M: Metric>(of metric: M, systems: [[M.Statistics]]) -> [[Double]] {
    guard let count = systems.first?.count, count > 0, resamples > 0 else { return systems.map { _ in [] } }
    precondition(count <= 1 << 32, "at most 2^32 segments")
    var generator = NumpyGenerator(seed: seed)
    // About 1 M indices (4 MB) a block, summed while still in cache.
    let rowsPerBlock = max(1, min(resamples, (1 << 20) / count))
    var block = ChoiceBlock()
    var scores = systems.map { _ in [Double]() }
    let packedBLEU = systems.map { statistics in
      M.Statistics.self == BLEUStatistics.self
        ? PackedBLEUStatistics(unsafeBitCast(statistics, to: [BLEUStatistics].self)) : nil
    }
    var row = 0
    while row < resamples {
      let rows = min(rowsPerBlock, resamples - row)
      block.draw(rows * count, population: count, from: &generator)
      block.withDraws { draws in
        for (system, statistics) in systems.enumerated() {
          if let packed = packedBLEU[system] {
            scores[system] += packed.scores(rows: rows, count: count, draws: draws) { sum in
              // M.Statistics is BLEUStatistics here (checked when packing).
              metric.resampledScore(unsafeBitCast(sum, to: M.Statistics.self), in: .bootstrap)
            }
            continue
          }
          scores[system] += ParallelMap.map(count: rows, minimumChunk: 1) {
            { row in
              var sum = M.Statistics.zero
              draws.forEachSlice((row * count)..<((row + 1) * count)) { indices in
                for index in indices { sum = sum + statistics[Int(index)] }
              }
              return metric.resampledScore(sum, in: .bootstrap)
            }
          }
        }
      }
      row += rows
    }
    return scores
  }

  /// The confidence interval sacreBLEU's `--confidence` prints for one system.
  public func confidenceInterval<M: Metric>(of metric: M, _ statistics: [M.Statistics])
    -> ConfidenceInterval
  {
    ConfidenceInterval(scores: scores(of: metric, statistics), rule: .exact)
  }
}
