/// An error Mizan flags, pointing at text in both editions with its evidence, categorized as
/// MQM does (Lommel et al., Multidimensional Quality Metrics).
public struct Finding: Sendable, Codable, Hashable {
  public enum Category: String, Sendable, Codable, Hashable, CaseIterable {
    case mistranslation, terminology, inconsistency, omission, addition, untranslated, number,
      repetition, punctuation
  }

  /// MQM severities, most severe first; the order findings are listed in.
  public enum Severity: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case critical, major, minor

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    /// 0 for the most severe.
    var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
  }

  /// Where the finding points: a 1-based line and a range of Unicode scalar offsets in it.
  public struct Span: Sendable, Codable, Hashable {
    public var line: Int
    public var start: Int
    public var end: Int
    public init(line: Int, start: Int, end: Int) {
      self.line = line
      self.start = start
      self.end = end
    }
  }

  /// Stable within a document: category, lines and span, so reruns give the same ids.
  public var id: String
  public var document: String
  public var category: Category
  public var severity: Severity
  /// 0–1: how sure the check is.
  public var confidence: Double
  public var hypothesisSpan: Span?
  public var referenceSpan: Span?
  /// The hypothesis text the span points into (the whole line or sentence).
  public var hypothesisText: String
  /// The reference text, where there is a counterpart.
  public var referenceText: String?
  /// One line a translator understands.
  public var explanation: String

  public init(
    id: String, document: String, category: Category, severity: Severity, confidence: Double,
    hypothesisSpan: Span?, referenceSpan: Span?, hypothesisText: String, referenceText: String?,
    explanation: String
  ) {
    self.id = id
    self.document = document
    self.category = category
    self.severity = severity
    self.confidence = confidence
    self.hypothesisSpan = hypothesisSpan
    self.referenceSpan = referenceSpan
    self.hypothesisText = hypothesisText
    self.referenceText = referenceText
    self.explanation = explanation
  }
}
