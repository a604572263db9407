/// TER's sufficient statistics: edits against the closest reference and the average
/// reference length (sacreBLEU's `[best_num_edits, avg_ref_len]`, typed).
///
/// Get them from `TER.statistics(hypothesis:references:)`; sum them with `+` or `summed()`.
public struct TERStatistics: SufficientStatistics {
  /// Shifts, insertions, deletions and substitutions against the reference needing fewest.
  public var edits: Int
  /// The mean word count of all references (not only the closest), as tercom divides by.
  public var referenceLength: Double

  public init(edits: Int, referenceLength: Double) {
    self.edits = edits
    self.referenceLength = referenceLength
  }

  public static var zero: TERStatistics { TERStatistics(edits: 0, referenceLength: 0) }

  public static func + (lhs: TERStatistics, rhs: TERStatistics) -> TERStatistics {
    TERStatistics(edits: lhs.edits + rhs.edits, referenceLength: lhs.referenceLength + rhs.referenceLength)
  }
}
