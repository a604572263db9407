#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// BLEU from summed statistics, as sacreBLEU's `BLEU.compute_bleu` does it, down to the
/// floating-point type of each step, because sacreBLEU's number type differs by code path.
struct BLEUComputation {
  /// The number type sacreBLEU's statistics have on a code path.
  enum Arithmetic {
    /// Python integers, promoted to float64: corpus and sentence scores.
    case exact
    /// float32 numpy sums: bootstrap resampling (`np.array(stats, dtype='float32')`). Under
    /// numpy 2's promotion rules (NEP 50) `100. * correct / total` stays float32.
    case float32
    /// int64 numpy sums: approximate randomization (`pos_sel @ stats`), where add-k's in-place
    /// `correct += k` truncates a fractional k.
    case int64
  }

  /// The score and what its verbose string prints.
  struct Result {
    var score: Double
    var precisions: [Double]
    var brevityPenalty: Double
  }

  var smoothing: BLEU.Smoothing
  var effectiveOrder: Bool

  /// sacreBLEU's `my_log`: log, with log(0) floored to −9 999 999 999 so that the score becomes 0.
  @inline(__always)
  static func flooredLog(_ value: Double) -> Double { value == 0 ? -9_999_999_999 : log(value) }

  func compute(_ statistics: BLEUStatistics, arithmetic: Arithmetic = .exact) -> Result {
    let order = BLEUStatistics.maxOrder
    let hypothesisLength = statistics.hypothesisLength
    let referenceLength = statistics.referenceLength
    var brevityPenalty = 1.0
    if hypothesisLength < referenceLength {
      brevityPenalty =
        hypothesisLength > 0 ? exp(1 - Double(referenceLength) / Double(hypothesisLength)) : 0
    }
    var precisions = [Double](repeating: 0, count: order)
    // sacreBLEU returns 0 early when nothing matches (its issue #141).
    if statistics.matches == .zero {
      return Result(score: 0, precisions: precisions, brevityPenalty: brevityPenalty)
    }
    var smoothingFactor = 1.0
    var usedOrder = order
    for n in 1...order {
      var correct = Double(statistics.matches[n - 1])
      var total = Double(statistics.totals[n - 1])
      if case .addK(let k) = smoothing, n > 1 {
        switch arithmetic {
        case .exact: correct += k; total += k
        case .float32: correct = Double(Float(correct) + Float(k)); total = Double(Float(total) + Float(k))
        case .int64: correct = (correct + k).rounded(.towardZero); total = (total + k).rounded(.towardZero)
        }
      }
      if total == 0 { break }
      if effectiveOrder { usedOrder = n }
      if correct == 0 {
        switch smoothing {
        case .exponential:
          smoothingFactor *= 2
          precisions[n - 1] =
            arithmetic == .float32
            ? Double(Float(100) / (Float(smoothingFactor) * Float(total)))
            : 100 / (smoothingFactor * total)
        case .floor(let value):
          precisions[n - 1] =
            arithmetic == .float32
            ? Double(Float(100 * value) / Float(total)) : 100 * value / total
        case .addK, .none:
          break
        }
      } else {
        precisions[n - 1] =
          arithmetic == .float32
          ? Double(Float(100) * Float(correct) / Float(total)) : 100 * correct / total
      }
    }
    // Python's built-in sum (3.11: plain left-to-right addition).
    var logSum = 0.0
    for precision in precisions[0..<usedOrder] { logSum += Self.flooredLog(precision) }
    let score = brevityPenalty * exp(logSum / Double(usedOrder))
    return Result(score: score, precisions: precisions, brevityPenalty: brevityPenalty)
  }

  /// sacreBLEU's verbose string:
  /// `61.9/41.6/29.9/21.3 (BP = 0.934 ratio = 0.936 hyp_len = 603 ref_len = 644)`.
  static func verbose(_ result: Result, _ statistics: BLEUStatistics) -> String {
    let precisions = result.precisions.map { PythonFormat.fixed($0, 1) }.joined(separator: "/")
    let ratio =
      statistics.referenceLength == 0
      ? 0 : Double(statistics.hypothesisLength) / Double(statistics.referenceLength)
    return "\(precisions) (BP = \(PythonFormat.fixed(result.brevityPenalty, 3)) "
      + "ratio = \(PythonFormat.fixed(ratio, 3)) hyp_len = \(statistics.hypothesisLength) "
      + "ref_len = \(statistics.referenceLength))"
  }
}
