extension CHRF {
  /// The statistics of one hypothesis against its best reference: the reference whose
  /// statistics give the highest F-score alone (the first one on a tie), as sacreBLEU's
  /// `_compute_segment_statistics` chooses. For many segments, reuse a `makeWorker()`.
  public func statistics(hypothesis: String, references: [String]) -> CHRFStatistics {
    var worker = makeWorker()
    return worker.statistics(hypothesis: hypothesis, references: references)
  }
}
