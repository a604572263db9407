import MizanText

/// MQM-style penalty: each finding costs points by severity, and a document's penalty is the
/// points per 100 words of hypothesis, so long and short documents compare (Lommel et al.;
/// the weights minor 1, major 5, critical 10 are MQM's usual ones).
///
/// Findings less sure than `minimumConfidence` cost nothing: they are candidates for a reviewer
/// (a substitution that is probably the editor's synonym), listed but not counted.
///
/// ```swift
/// let score = MQMPenalty().score(findings, wordCount: document.hypothesisWordCount)
/// print(score.perHundredWords)
/// ```
public struct MQMPenalty: Sendable, Hashable, Codable {
  /// Points for a minor finding.
  public var minor: Double
  /// Points for a major finding.
  public var major: Double
  /// Points for a critical finding.
  public var critical: Double
  /// Findings below this confidence are not counted.
  public var minimumConfidence: Double

  public init(minor: Double = 1, major: Double = 5, critical: Double = 10, minimumConfidence: Double = 0.5) {
    self.minor = minor
    self.major = major
    self.critical = critical
    self.minimumConfidence = minimumConfidence
  }

  /// The points one finding of `severity` costs.
  public func weight(of severity: Finding.Severity) -> Double {
    switch severity {
    case .minor: minor
    case .major: major
    case .critical: critical
    }
  }

  /// The penalty of `findings` over a text of `wordCount` words.
  public func score(_ findings: [Finding], wordCount: Int) -> MQMScore {
    let findings = findings.filter { $0.confidence >= minimumConfidence }
    var counts: [Finding.Severity: Int] = [:]
    for finding in findings { counts[finding.severity, default: 0] += 1 }
    let points = findings.map { weight(of: $0.severity) }.reduce(0, +)
    return MQMScore(
      points: points, wordCount: wordCount, critical: counts[.critical] ?? 0, major: counts[.major] ?? 0,
      minor: counts[.minor] ?? 0)
  }
}

/// A document's MQM penalty: the points, the words they are spread over, and the counts.
public struct MQMScore: Sendable, Hashable, Codable {
  /// The sum of the findings' weights.
  public var points: Double
  /// Words of hypothesis text the points are spread over.
  public var wordCount: Int
  public var critical: Int
  public var major: Int
  public var minor: Int

  public init(points: Double, wordCount: Int, critical: Int, major: Int, minor: Int) {
    self.points = points
    self.wordCount = wordCount
    self.critical = critical
    self.major = major
    self.minor = minor
  }

  /// Points per 100 words; 0 for an empty text (nothing to penalize).
  public var perHundredWords: Double {
    wordCount > 0 ? points * 100 / Double(wordCount) : 0
  }
}

extension FindingDocument {
  /// Whitespace-separated words of the hypothesis, paired and unpaired: what MQM penalties are
  /// normalized by.
  public var hypothesisWordCount: Int {
    hypothesisLines.map { Whitespace.split($0.text).count }.reduce(0, +)
  }
}
