import Mizan

/// The counts every writer prints about a document or a batch (findings by severity and
/// category, the MQM penalty, what stayed unaligned), computed once here so the HTML cards,
/// `documents.csv` and any later writer agree to the last digit.
///
/// Get one with `ReportFigures(document)` or `ReportFigures(evaluation)` for the batch.
public struct ReportFigures: Sendable {
  /// The MQM weights and confidence floor every writer uses (MizanQuality's defaults).
  public static let penalty = MQMPenalty()

  /// Aligned pairs.
  public var pairs: Int
  /// Words in the hypothesis, the penalty's denominator.
  public var hypothesisWords: Int
  /// Findings in total.
  public var findings: Int
  /// Findings per severity, most severe first; every severity present, zero when none.
  public var bySeverity: [(severity: Finding.Severity, count: Int)]
  /// Findings per category and severity, in `Finding.Category.allCases` order.
  public var byCategory: [(category: Finding.Category, counts: [Finding.Severity: Int])]
  /// Unaligned lines by kind.
  public var omissions: Int
  public var additions: Int
  public var boilerplate: Int

  public init(_ document: DocumentEvaluation) {
    self.init(
      pairs: document.pairs.count, words: document.hypothesisWords, findings: document.findings,
      unaligned: document.unaligned)
  }

  /// The batch: sums over every document.
  public init(_ evaluation: Evaluation) {
    self.init(
      pairs: evaluation.documents.reduce(0) { $0 + $1.pairs.count },
      words: evaluation.documents.reduce(0) { $0 + $1.hypothesisWords },
      findings: evaluation.documents.flatMap(\.findings),
      unaligned: evaluation.documents.flatMap(\.unaligned))
  }

  init(pairs: Int, words: Int, findings: [Finding], unaligned: [UnalignedLine]) {
    self.pairs = pairs
    hypothesisWords = words
    self.findings = findings.count
    penaltyPoints = Self.penalty.score(findings, wordCount: words).points
    bySeverity = Finding.Severity.allCases.map { severity in
      (severity, findings.count(where: { $0.severity == severity }))
    }
    byCategory = Finding.Category.allCases.map { category in
      var counts: [Finding.Severity: Int] = [:]
      for finding in findings where finding.category == category { counts[finding.severity, default: 0] += 1 }
      return (category, counts)
    }
    omissions = unaligned.count(where: { $0.kind == .omission })
    additions = unaligned.count(where: { $0.kind == .addition })
    boilerplate = unaligned.count(where: { $0.kind == .boilerplate })
  }

  /// Findings of one severity.
  public func count(_ severity: Finding.Severity) -> Int {
    bySeverity.first { $0.severity == severity }?.count ?? 0
  }

  /// Weighted MQM penalty points, findings below the confidence floor excluded.
  public var penaltyPoints: Double

  /// Penalty points per 100 hypothesis words; nil when there are no words to divide by.
  public var penaltyPer100Words: Double? {
    hypothesisWords > 0 ? penaltyPoints * 100 / Double(hypothesisWords) : nil
  }
}

extension Finding {
  /// Whether the finding points into the pair, by its hypothesis or reference line; the one
  /// rule every writer uses to attach findings to pairs.
  func points(into pair: PairEvaluation) -> Bool {
    hypothesisSpan.map { pair.hypothesisLines.contains($0.line) } ?? false
      || referenceSpan.map { pair.referenceLines.contains($0.line) } ?? false
  }
}
