/// What the `sacrebleu` command line prints, byte for byte, for any list of metrics: one system
/// (text or JSON, `--score-only`, `--width`, `--confidence`), `--sentence-level` lines, and
/// multi-system tables with or without `--paired-bs`/`--paired-ar` (text or JSON).
///
/// Build it from options, system names and one `MetricRun` per metric, then print `rendered()`:
///
/// ```swift
/// let bleu = try BLEU(tokenizer: "13a", referenceCount: refs.count)
/// let stats = hypotheses.indices.map { i in
///   bleu.statistics(hypothesis: hypotheses[i], references: refs.map { $0[i] })
/// }
/// let report = try SacreBLEUReport(
///   options: SacreBLEUOptions(format: .text, width: 2, confidenceResamples: 1000),
///   systemNames: ["hyp.txt"], metrics: [MetricRun(bleu, systems: [stats])])
/// print(report.rendered(), terminator: "")
/// ```
///
/// The scores, confidence intervals and p-values are computed when the report is created.
/// Unlike sacreBLEU, nothing is ever colored.
///
/// JSON for paired tests has sacreBLEU's shape, a list with one object per system:
/// `{"system": name, "<metric>": {"score": s, "p_value": p|null, "mean": m|null, "ci": c|null}}`
/// (indent 4, non-ASCII escaped); without a paired test the metric values are the formatted
/// score strings. The baseline's `p_value` is null; `mean`/`ci` are null for `--paired-ar`.
public struct SacreBLEUReport: Sendable {
  /// The options the report was made with.
  public let options: SacreBLEUOptions
  /// System names as sacreBLEU shows them; see `sacreBLEUSystemNames(inputFiles:paired:)`.
  public let systemNames: [String]
  /// The metrics, in the order they are printed.
  let metrics: [MetricRun]
  /// Per metric: the corpus score of each system (single-system and plain multi-system modes).
  let scores: [[Score]]
  /// Per metric: the confidence interval of the single system, if asked for.
  let confidences: [ConfidenceInterval?]
  /// Per metric: one score per segment (sentence level).
  let sentenceScores: [[Score]]
  /// Per metric: paired-test results per system, baseline first.
  let pairedResults: [[PairedSignificance.Result]]

  /// Computes every number the report prints.
  /// - Throws: `MetricsError` for the combinations sacreBLEU refuses (with its message), and
  ///   for systems without segments or of different lengths.
  public init(options: SacreBLEUOptions, systemNames: [String], metrics: [MetricRun])
    throws(MetricsError)
  {
    try Self.validate(options: options, systemNames: systemNames, metrics: metrics)
    self.options = options
    self.systemNames = systemNames
    // sacreBLEU prints metrics sorted by their ids (BLEU, CHRF, TER), except in paired tests,
    // which keep the order they were given in.
    self.metrics =
      options.pairedTest == nil
      ? metrics.enumerated().sorted {
        ($0.element.name.uppercased(), $0.offset) < ($1.element.name.uppercased(), $1.offset)
      }.map(\.element)
      : metrics
    let systems = systemNames.indices
    if options.sentenceLevel {
      sentenceScores = self.metrics.map { $0.sentenceScores(0) }
      scores = []
      confidences = []
      pairedResults = []
    } else if let test = options.pairedTest {
      let significance = PairedSignificance(test, seed: options.seed)
      pairedResults = self.metrics.map { $0.paired(significance) }
      scores = []
      confidences = []
      sentenceScores = []
    } else {
      scores = self.metrics.map { metric in systems.map { metric.corpusScore($0) } }
      let resamples = options.confidenceResamples ?? 0
      confidences = self.metrics.map { metric in
        resamples > 1
          ? metric.confidence(0, BootstrapResampling(resamples: resamples, seed: options.seed)) : nil
      }
      sentenceScores = []
      pairedResults = []
    }
  }

  /// The names sacreBLEU gives systems: the input file names as given, the first prefixed with
  /// "Baseline: " in paired tests; without files (systems as tab-separated columns of standard
  /// input), "System 1", "System 2", … and "Baseline" for the first in paired tests.
  public static func sacreBLEUSystemNames(inputFiles: [String]?, systemCount: Int, paired: Bool)
    -> [String]
  {
    guard let files = inputFiles else {
      return (0..<systemCount).map { index in
        paired ? (index == 0 ? "Baseline" : "System \(index)") : "System \(index + 1)"
      }
    }
    return files.enumerated().map { index, name in paired && index == 0 ? "Baseline: \(name)" : name }
  }

  private static func validate(options: SacreBLEUOptions, systemNames: [String], metrics: [MetricRun])
    throws(MetricsError)
  {
    let systems = systemNames.count
    if metrics.isEmpty || systems == 0 {
      throw MetricsError(.invalidCombination("No metric or no system to evaluate."))
    }
    if options.sentenceLevel {
      if metrics.count > 1 {
        throw MetricsError(.invalidCombination("Only one metric can be used in sentence-level mode."))
      }
      if systems > 1 {
        throw MetricsError(.invalidCombination("Only one system can be evaluated in sentence-level mode."))
      }
      if options.confidenceResamples != nil || options.pairedTest != nil {
        throw MetricsError(.invalidCombination("Statistical tests are unavailable in sentence-level mode."))
      }
    }
    if options.pairedTest != nil, systems == 1 {
      throw MetricsError(
        .invalidCombination("Paired tests require multiple input systems given to --input (-i)."))
    }
    if systems > 1, options.confidenceResamples != nil {
      throw MetricsError(.invalidCombination("Use paired tests (--paired) for multiple systems."))
    }
    for metric in metrics {
      guard metric.segmentCounts.count == systems else {
        throw MetricsError(.mismatchedInput("\(metric.name) has statistics for \(metric.segmentCounts.count) systems, expected \(systems)."))
      }
      guard let first = metric.segmentCounts.first, first > 0,
        metric.segmentCounts.allSatisfy({ $0 == first })
      else {
        throw MetricsError(.mismatchedInput("System and reference streams have different lengths or no segments."))
      }
    }
  }

  /// Exactly what sacreBLEU writes to standard output, final newline included.
  public func rendered() -> String {
    if options.sentenceLevel { return renderedSentences() }
    if systemNames.count == 1 { return renderedSingleSystem() }
    return options.format == .json ? renderedTableJSON() : renderedTableText()
  }
}
