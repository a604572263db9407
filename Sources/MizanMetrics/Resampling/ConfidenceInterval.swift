/// A bootstrap estimate around a score: what sacreBLEU prints as `(μ = 38.9 ± 0.4)`.
public struct ConfidenceInterval: Sendable, Hashable, Codable {
  /// The mean of the resampled scores (sacreBLEU's "true mean" estimate).
  public var mean: Double
  /// Half the width of the central 95% of the resampled scores (sacreBLEU's `ci`, printed
  /// after ±): half the distance between the ⌊n/40⌋-th smallest and largest resample.
  public var halfWidth: Double

  public init(mean: Double, halfWidth: Double) {
    self.mean = mean
    self.halfWidth = halfWidth
  }

  /// How the mean is averaged: sacreBLEU's single-system `--confidence` uses Python's exact
  /// `statistics.mean`, its paired tests use `np.mean`; the two can differ in the last bit.
  enum MeanRule { case exact, numpy }

  /// sacreBLEU's `estimate_ci` over resampled scores.
  init(scores: [Double], rule: MeanRule) {
    let sorted = scores.sorted()
    let lowerIndex = sorted.count / 40
    let upperIndex = sorted.count - lowerIndex - 1
    halfWidth = sorted.isEmpty ? 0 : 0.5 * (sorted[upperIndex] - sorted[lowerIndex])
    switch rule {
    case .exact: mean = NumpyArithmetic.exactMean(sorted)
    case .numpy: mean = NumpyArithmetic.numpyMean(sorted)
    }
  }
}
