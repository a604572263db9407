/// Means as sacreBLEU computes them, which differ in the last bit between its two code paths.
enum NumpyArithmetic {
  /// `np.sum` of a contiguous float64 array: numpy's pairwise summation
  /// (numpy/_core/src/umath/loops_utils.h.src, `pairwise_sum`): blocks of at most 128 summed
  /// in eight interleaved accumulators, larger arrays split in two at a multiple of 8.
  static func pairwiseSum(_ values: ArraySlice<Double>) -> Double {
    let count = values.count
    let start = values.startIndex
    if count < 8 {
      var sum = 0.0
      for value in values { sum += value }
      return sum
    }
    if count <= 128 {
      var r = (0..<8).map { values[start + $0] }
      var index = 8
      while index < count - count % 8 {
        for lane in 0..<8 { r[lane] += values[start + index + lane] }
        index += 8
      }
      var sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
      while index < count {
        sum += values[start + index]
        index += 1
      }
      return sum
    }
    var half = count / 2
    half -= half % 8
    return pairwiseSum(values[start..<(start + half)])
      + pairwiseSum(values[(start + half)..<values.endIndex])
  }

  /// `np.mean` of a float64 array: the pairwise sum divided by the count.
  static func numpyMean(_ values: [Double]) -> Double {
    pairwiseSum(values[...]) / Double(values.count)
  }

  /// Python's `statistics.mean`: the exact mean, rounded once. Computed in double-double
  /// arithmetic (error-free sums, one corrected division), which rounds as the exact rational
  /// does except when the exact mean lies within about 2⁻¹⁰⁰ of a rounding midpoint.
  static func exactMean(_ values: [Double]) -> Double {
    var high = 0.0
    var low = 0.0
    for value in values {
      let sum = high + value
      let virtual = sum - high
      low += (high - (sum - virtual)) + (value - virtual)
      high = sum
    }
    let total = high + low
    let totalLow = low - (total - high)
    let count = Double(values.count)
    let quotient = total / count
    // total + totalLow − quotient × count, exactly: fma gives the product's rounding error.
    let residual = total.addingProduct(-quotient, count) + totalLow
    return quotient + residual / count
  }
}
