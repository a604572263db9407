import MizanText

/// Collects one metric's per-segment statistics for every system of a line-aligned input, a
/// `LineAlignedBatch` at a time, on all cores; the text of a batch can be dropped as soon as it
/// is added. The statistics (a few numbers a segment) are what corpus scores, confidence
/// intervals, paired tests and sentence scores need.
///
/// ```swift
/// var bleu = LineAlignedStatistics(try BLEU(tokenizer: "13a"))
/// while let batch = try stream.next() { bleu.add(batch) }
/// let run = bleu.run   // a MetricRun for SacreBLEUReport
/// ```
public struct LineAlignedStatistics<M: Metric>: LineAlignedStatisticsCollector {
  /// Computes one line of a batch for one system.
  public typealias SegmentStatistics = (_ batch: LineAlignedBatch.View, _ system: Int, _ line: Int) -> M.Statistics

  public let metric: M
  /// Per system, the statistics of every line added so far.
  public private(set) var systems: [[M.Statistics]] = []
  /// Makes a worker's line function; called once per chunk of lines, so that a worker can
  /// reuse scratch space across lines.
  private let makeWorker: @Sendable () -> SegmentStatistics

  /// A collector that computes lines with `metric.statistics(hypothesis:references:)`.
  public init(_ metric: M) {
    self.init(metric) {
      { batch, system, line in
        metric.statistics(
          hypothesis: batch.hypothesisString(system: system, line: line), references: batch.referenceStrings(line: line))
      }
    }
  }

  /// A collector whose workers compute lines with `makeWorker()`'s function, which must equal
  /// `metric.statistics(hypothesis:references:)` on the batch's text.
  public init(_ metric: M, makeWorker: @escaping @Sendable () -> SegmentStatistics) {
    self.metric = metric
    self.makeWorker = makeWorker
  }

  /// Computes and keeps the statistics of every line of `batch`, for every system.
  public mutating func add(_ batch: LineAlignedBatch) {
    while systems.count < batch.systemCount { systems.append([]) }
    let makeWorker = self.makeWorker
    batch.withView { view in
      for system in 0..<batch.systemCount {
        systems[system] += ParallelMap.map(count: batch.count) {
          let worker = makeWorker()
          return { line in worker(view, system, line) }
        }
      }
    }
  }

  /// The statistics as a `MetricRun`, which `SacreBLEUReport` prints.
  public var run: MetricRun { MetricRun(metric, systems: systems) }
}

/// Any metric's `LineAlignedStatistics`, so that one pass over the input feeds several metrics.
public protocol LineAlignedStatisticsCollector {
  mutating func add(_ batch: LineAlignedBatch)
  var run: MetricRun { get }
}
