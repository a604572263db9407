/// BLEU's ten statistics per segment packed in 16 Int32 lanes (one 64-byte cache line), so that
/// a bootstrap resample is a gather and one vector add per drawn segment. Summing 100 million
/// drawn segments is the whole cost of `--confidence`; the generic `+` on `BLEUStatistics`
/// through the `Metric` protocol costs several times more.
///
/// Exact: integer sums do not depend on order. Nil (use the generic path) when a resample
/// could overflow Int32: segments × the largest value of any lane ≥ 2³¹.
struct PackedBLEUStatistics: Sendable {
  /// Lanes: hypothesis length, reference length, matches 1–4, totals 1–4, then zeros.
  let segments: [SIMD16<Int32>]

  init?(_ statistics: [BLEUStatistics]) {
    var largest = 0
    for item in statistics {
      largest = max(largest, item.hypothesisLength, abs(item.referenceLength), item.matches.max(), item.totals.max())
    }
    guard largest.multipliedReportingOverflow(by: max(1, statistics.count)).partialValue < Int(Int32.max),
      !largest.multipliedReportingOverflow(by: max(1, statistics.count)).overflow
    else { return nil }
    segments = statistics.map { item in
      var lanes = SIMD16<Int32>.zero
      lanes[0] = Int32(item.hypothesisLength)
      lanes[1] = Int32(item.referenceLength)
      for n in 0..<4 {
        lanes[2 + n] = Int32(item.matches[n])
        lanes[6 + n] = Int32(item.totals[n])
      }
      return lanes
    }
  }

  /// The score of each of `rows` resamples of `count` segments drawn in `draws`, summed on all
  /// cores.
  func scores(
    rows: Int, count: Int, draws: BootstrapResampling.Draws,
    score: @escaping @Sendable (BLEUStatistics) -> Double
  ) -> [Double] {
    let segments = self.segments
    return ParallelMap.map(count: rows, minimumChunk: 1) {
      { row in
        var sum = SIMD16<Int32>.zero
        segments.withUnsafeBufferPointer { segments in
          // Bounds: draws are indices below `count` == segments.count; the row lies within the
          // block drawn.
          for index in draws.indices[(row * count)..<((row + 1) * count)] {
            sum &+= segments[Int(index)]
          }
        }
        return score(
          BLEUStatistics(
            hypothesisLength: Int(sum[0]), referenceLength: Int(sum[1]),
            matches: SIMD4(Int(sum[2]), Int(sum[3]), Int(sum[4]), Int(sum[5])),
            totals: SIMD4(Int(sum[6]), Int(sum[7]), Int(sum[8]), Int(sum[9]))))
      }
    }
  }
}
