/// The sufficient statistics of BLEU for one segment or, summed, for a corpus: lengths and, per
/// n-gram order 1…4, the clipped matches and the hypothesis n-gram count.
///
/// Get one from `BLEU.statistics(hypothesis:references:)`; add them with `+` or `summed()`.
/// sacreBLEU keeps the same ten numbers as an untyped list `[hyp_len, ref_len, *matches, *totals]`.
public struct BLEUStatistics: SufficientStatistics {
  /// BLEU's maximum n-gram order, fixed at 4 as on sacreBLEU's command line.
  public static let maxOrder = 4

  /// Tokens in the hypothesis.
  public var hypothesisLength: Int
  /// Tokens in the reference whose length is closest to the hypothesis's (the shorter on a tie).
  public var referenceLength: Int
  /// Element n-1: hypothesis n-grams also in a reference, each clipped to its largest count
  /// in any one reference.
  public var matches: SIMD4<Int>
  /// Element n-1: hypothesis n-grams, max(0, length − n + 1).
  public var totals: SIMD4<Int>

  public init(hypothesisLength: Int, referenceLength: Int, matches: SIMD4<Int>, totals: SIMD4<Int>) {
    self.hypothesisLength = hypothesisLength
    self.referenceLength = referenceLength
    self.matches = matches
    self.totals = totals
  }

  public static var zero: BLEUStatistics {
    BLEUStatistics(hypothesisLength: 0, referenceLength: 0, matches: .zero, totals: .zero)
  }

  public static func + (lhs: BLEUStatistics, rhs: BLEUStatistics) -> BLEUStatistics {
    BLEUStatistics(
      hypothesisLength: lhs.hypothesisLength + rhs.hypothesisLength,
      referenceLength: lhs.referenceLength + rhs.referenceLength,
      matches: lhs.matches &+ rhs.matches, totals: lhs.totals &+ rhs.totals)
  }
}
