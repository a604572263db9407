/// sacreBLEU's paired significance tests (`--paired-bs`, `--paired-ar`): each system is compared
/// with the first, the baseline, on the same segments, by any `Metric`.
///
/// ```swift
/// let test = PairedSignificance(.bootstrap(resamples: 1000))
/// let results = test.compare(bleu, systems: [baselineStats, systemStats])
/// // results[0]: the baseline (score, CI); results[1]: score, p-value, CI
/// ```
public struct PairedSignificance: Sendable, Hashable {
  /// Which test, with how many samples.
  public enum Test: Sendable, Hashable {
    /// Paired bootstrap resampling (Koehn 2004; Moses' bootstrap-hypothesis-difference-
    /// significance.pl): resamples of segments; also gives each system's confidence interval.
    case bootstrap(resamples: Int)
    /// Paired approximate randomization (Riezler and Maxwell 2005; MultEval): trials that swap
    /// each segment's two outputs with probability ½.
    case approximateRandomization(trials: Int)

    /// sacreBLEU's defaults: 1000 resamples, 10000 trials.
    public static let defaultBootstrap = Test.bootstrap(resamples: 1000)
    public static let defaultApproximateRandomization = Test.approximateRandomization(trials: 10000)

    /// Samples or trials.
    public var samples: Int {
      switch self {
      case .bootstrap(let n), .approximateRandomization(let n): return n
      }
    }
  }

  /// One system's outcome: sacreBLEU's `Result`.
  public struct Result: Sendable, Hashable, Codable {
    /// The system's corpus score.
    public var score: Double
    /// Probability of a difference at least this large by chance; nil for the baseline.
    public var pValue: Double?
    /// Bootstrap mean and 95% half-width (paired bootstrap only).
    public var confidence: ConfidenceInterval?

    public init(score: Double, pValue: Double? = nil, confidence: ConfidenceInterval? = nil) {
      self.score = score
      self.pValue = pValue
      self.confidence = confidence
    }
  }

  /// The test and its sample count.
  public var test: Test
  /// The seed of numpy's generator (sacreBLEU's `SACREBLEU_SEED`, default 12345).
  public var seed: UInt64

  public init(_ test: Test, seed: UInt64 = 12345) {
    self.test = test
    self.seed = seed
  }

  /// Results for every system, the baseline (`systems[0]`) first. Each element of `systems`
  /// holds one system's per-segment statistics; all must have the same segment count.
  public func compare<M: Metric>(_ metric: M, systems: [[M.Statistics]]) -> [Result] {
    guard let baseline = systems.first else { return [] }
    let baselineScore = metric.corpusScore(baseline.summed()).score
    switch test {
    case .bootstrap(let resamples):
      // sacreBLEU re-seeds for the baseline and for each system, so all see the same draws.
      let bootstrap = BootstrapResampling(resamples: resamples, seed: seed)
      let allScores = bootstrap.scores(of: metric, systems: systems)
      let baselineScores = allScores[0]
      var results = [
        Result(score: baselineScore, confidence: ConfidenceInterval(scores: baselineScores, rule: .numpy))
      ]
      for (system, systemScores) in zip(systems, allScores).dropFirst() {
        let score = metric.corpusScore(system.summed()).score
        let differences = zip(systemScores, baselineScores).map { abs($0 - $1) }
        let meanDifference = NumpyArithmetic.numpyMean(differences)
        let centered = differences.map { $0 - meanDifference }
        results.append(
          Result(
            score: score, pValue: Self.pValue(centered, observed: abs(baselineScore - score)),
            confidence: ConfidenceInterval(scores: systemScores, rule: .numpy)))
      }
      return results
    case .approximateRandomization(let trials):
      var generator = NumpyGenerator(seed: seed)
      let flips = generator.coinFlips(trials * baseline.count)
      var results = [Result(score: baselineScore)]
      for system in systems.dropFirst() {
        let score = metric.corpusScore(system.summed()).score
        var differences: [Double] = []
        differences.reserveCapacity(trials)
        for trial in 0..<trials {
          var first = M.Statistics.zero
          var second = M.Statistics.zero
          for segment in 0..<baseline.count {
            if flips[trial * baseline.count + segment] {
              first = first + baseline[segment]
              second = second + system[segment]
            } else {
              first = first + system[segment]
              second = second + baseline[segment]
            }
          }
          differences.append(
            abs(metric.resampledScore(first, in: .approximateRandomization)
              - metric.resampledScore(second, in: .approximateRandomization)))
        }
        results.append(
          Result(score: score, pValue: Self.pValue(differences, observed: abs(baselineScore - score))))
      }
      return results
    }
  }

  /// MultEval's p-value: (samples strictly above the observed statistic + 1) / (samples + 1).
  static func pValue(_ samples: [Double], observed: Double) -> Double {
    Double(samples.filter { $0 > observed }.count + 1) / Double(samples.count + 1)
  }
}
