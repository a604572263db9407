/// Glossary term accuracy: of the glossary terms the reference renders with an approved
/// rendering, the share the hypothesis also renders with an approved one.
///
/// This is the exact-match accuracy of the WMT 2021 terminology shared task, counted without
/// source-side term annotations: each (aligned pair, glossary entry) whose reference side uses
/// an approved rendering is one expected term, however often the reference repeats it, so an
/// apposition like رابطة دول جنوب شرق آسيا (آسيان) counts once.
public struct TermAccuracy: Sendable, Hashable, Codable {
  /// Terms the reference sides use with an approved rendering.
  public var expected: Int
  /// Of those, the terms the hypothesis sides render with an approved rendering too.
  public var rendered: Int
  /// `rendered / expected`, nil when no term is expected.
  public var value: Double?
  /// The expected terms the hypothesis missed, for the report.
  public var misses: [TermMiss]

  public init(expected: Int, rendered: Int, misses: [TermMiss]) {
    self.expected = expected
    self.rendered = rendered
    self.value = expected == 0 ? nil : Double(rendered) / Double(expected)
    self.misses = misses
  }
}

/// A glossary term the reference side of a pair uses and the hypothesis side does not render
/// with an approved rendering.
public struct TermMiss: Sendable, Hashable, Codable {
  public var document: String
  public var hypothesisLine: Int
  public var referenceLine: Int
  /// The glossary entry's source term.
  public var source: String
  /// What the reference wrote, as written.
  public var referenceText: String
  /// What the hypothesis wrote instead where that is a forbidden rendering; nil otherwise.
  public var forbiddenText: String?

  public init(
    document: String, hypothesisLine: Int, referenceLine: Int, source: String, referenceText: String,
    forbiddenText: String? = nil
  ) {
    self.document = document
    self.hypothesisLine = hypothesisLine
    self.referenceLine = referenceLine
    self.source = source
    self.referenceText = referenceText
    self.forbiddenText = forbiddenText
  }
}
