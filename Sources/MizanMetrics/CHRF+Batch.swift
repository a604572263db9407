extension CHRF {
  /// The statistics of every segment, `references[i]` holding the references of
  /// `hypotheses[i]` (a hypothesis without an entry has no references). Computed in parallel
  /// with a worker per chunk; equal to calling `statistics(hypothesis:references:)` segment by
  /// segment.
  public func statistics(hypotheses: [String], references: [[String]]) -> [CHRFStatistics] {
    SegmentParallelism.map(count: hypotheses.count) { range in
      var worker = makeWorker()
      return range.map { index in
        worker.statistics(
          hypothesis: hypotheses[index], references: index < references.count ? references[index] : [])
      }
    }
  }
}
