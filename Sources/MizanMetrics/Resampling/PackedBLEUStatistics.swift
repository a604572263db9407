/// BLEU's statistics per segment packed in 8 UInt16 lanes (16 bytes), so that a bootstrap
/// resample is a gather and one vector add per drawn segment. Summing 100 million drawn segments
/// is most of the cost of `--confidence`, and it waits on memory: the drawn segments are random,
/// so the smaller the table, the more of it the caches hold and the more loads are in flight
/// (16 bytes took half the time of 32 bytes, and a third of 64); the generic `+` on
/// `BLEUStatistics` through the `Metric` protocol costs several times more.
///
/// Ten statistics fit in eight lanes because BLEU's n-gram totals follow from the hypothesis
/// length h: max(0, h − n + 1). Summed over N segments, total n is H − (n − 1)·N plus a
/// correction from the segments shorter than n − 1 tokens, so it is enough to count the
/// hypotheses of 0, 1 and 2 tokens.
///
/// Exact: 16-bit partial sums of at most `runLength` segments cannot wrap (nor the byte-wide
/// counts of short hypotheses), and are widened into 32-bit sums that cannot overflow either;
/// integer sums do not depend on order. Nil (use the generic path) when a statistic is negative
/// or above 65535, when the totals do not follow from the length, or when a resample could
/// overflow Int32: segments × the largest value of any lane ≥ 2³¹.
struct PackedBLEUStatistics: Sendable {
  /// Lanes: hypothesis length, reference length, matches 1–4; lane 6 counts a hypothesis of 0
  /// tokens in its low byte and one of 1 token in its high byte, lane 7 one of 2 tokens.
  let segments: [SIMD8<UInt16>]
  /// Segments whose sum fits in the lanes: 255 (the byte-wide counts), or fewer for long
  /// segments, 65535 / the largest statistic.
  let runLength: Int

  init?(_ statistics: [BLEUStatistics]) {
    var largest = 0
    for item in statistics {
      let length = item.hypothesisLength
      guard length >= 0, item.referenceLength >= 0, item.matches.min() >= 0,
        item.totals == SIMD4(length, max(0, length - 1), max(0, length - 2), max(0, length - 3))
      else { return nil }
      largest = max(largest, length, item.referenceLength, item.matches.max())
    }
    let total = largest.multipliedReportingOverflow(by: max(1, statistics.count))
    guard largest <= Int(UInt16.max), !total.overflow, total.partialValue < Int(Int32.max) else { return nil }
    runLength = min(255, Int(UInt16.max) / max(1, largest))
    segments = statistics.map { item in
      let length = item.hypothesisLength
      return SIMD8(
        UInt16(length), UInt16(item.referenceLength),
        UInt16(item.matches[0]), UInt16(item.matches[1]), UInt16(item.matches[2]), UInt16(item.matches[3]),
        length == 0 ? 1 : length == 1 ? 1 << 8 : 0, length == 2 ? 1 : 0)
    }
  }

  /// The score of each of `rows` resamples of `count` segments drawn in `draws`, summed on all
  /// cores.
  func scores(
    rows: Int, count: Int, draws: ChoiceBlock.Draws,
    score: @escaping @Sendable (BLEUStatistics) -> Double
  ) -> [Double] {
    let segments = self.segments
    let runLength = self.runLength
    return ParallelMap.map(count: rows, minimumChunk: 1) {
      { row in
        var sum = SIMD8<Int32>.zero
        var empty = 0
        var oneToken = 0
        segments.withUnsafeBufferPointer { segments in
          // Bounds: draws are indices below `count` == segments.count; the row lies within the
          // block drawn.
          draws.forEachSlice((row * count)..<((row + 1) * count)) { indices in
            var start = indices.startIndex
            while start < indices.endIndex {
              let end = min(indices.endIndex, start + runLength)
              var partial = SIMD8<UInt16>.zero
              for index in indices[start..<end] { partial &+= segments[Int(index)] }
              sum &+= SIMD8<Int32>(truncatingIfNeeded: partial)
              empty += Int(partial[6] & 0xFF)
              oneToken += Int(partial[6] >> 8)
              start = end
            }
          }
        }
        let length = Int(sum[0])
        let twoTokens = Int(sum[7])
        return score(
          BLEUStatistics(
            hypothesisLength: length, referenceLength: Int(sum[1]),
            matches: SIMD4(Int(sum[2]), Int(sum[3]), Int(sum[4]), Int(sum[5])),
            totals: SIMD4(
              length, length - count + empty, length - 2 * count + 2 * empty + oneToken,
              length - 3 * count + 3 * empty + 2 * oneToken + twoTokens)))
      }
    }
  }
}
