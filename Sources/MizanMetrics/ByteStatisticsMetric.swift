/// A metric whose workers compute a segment's statistics straight from UTF-8 bytes, with
/// scratch space reused across segments; `mizan score` feeds them the streamed input without
/// building a `String` a line. Each must give exactly `statistics(hypothesis:references:)`.
public protocol ByteStatisticsMetric: Metric {
  associatedtype Worker: ByteSegmentWorker where Worker.Statistics == Statistics
  func makeWorker() -> Worker
}

/// One thread's reusable state for a `ByteStatisticsMetric`.
public protocol ByteSegmentWorker {
  associatedtype Statistics
  /// The statistics of one segment: the hypothesis bytes, and the bytes of reference `r` for
  /// `r` in `0..<referenceCount`.
  mutating func statistics(
    hypothesis: UnsafeBufferPointer<UInt8>, referenceCount: Int, reference: (Int) -> UnsafeBufferPointer<UInt8>
  ) -> Statistics
}

extension BLEU: ByteStatisticsMetric {}
extension BLEU.Worker: ByteSegmentWorker {}
extension CHRF: ByteStatisticsMetric {}
extension CHRF.Worker: ByteSegmentWorker {}
extension TER: ByteStatisticsMetric {}
extension TER.Worker: ByteSegmentWorker {}

extension LineAlignedStatistics where M: ByteStatisticsMetric {
  /// A collector whose workers read each line's bytes straight from the batch.
  public init(readingBytes metric: M) {
    self.init(metric) {
      var worker = metric.makeWorker()
      return { batch, system, line in
        worker.statistics(
          hypothesis: batch.hypothesis(system: system, line: line), referenceCount: batch.referenceCount
        ) { batch.reference($0, line: line) }
      }
    }
  }
}
