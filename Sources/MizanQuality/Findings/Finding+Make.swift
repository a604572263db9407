extension Finding {
  /// A finding whose id is derived from its category and spans, so that reruns over the same
  /// input give the same ids: `number:h43:41-49`, or `omission:r25:0-30` for reference-only.
  static func make(
    document: String, category: Category, severity: Severity, confidence: Double,
    hypothesis: (span: Span, text: String)?, reference: (span: Span, text: String)?, explanation: String
  ) -> Finding {
    Finding(
      id: stableID(category: category, hypothesis: hypothesis?.span, reference: reference?.span),
      document: document, category: category, severity: severity,
      confidence: (confidence * 100).rounded() / 100, hypothesisSpan: hypothesis?.span,
      referenceSpan: reference?.span, hypothesisText: hypothesis?.text ?? "", referenceText: reference?.text,
      explanation: explanation)
  }

  static func stableID(category: Category, hypothesis: Span?, reference: Span?) -> String {
    if let span = hypothesis { return "\(category.rawValue):h\(span.line):\(span.start)-\(span.end)" }
    if let span = reference { return "\(category.rawValue):r\(span.line):\(span.start)-\(span.end)" }
    return category.rawValue
  }

  /// The text the hypothesis span points at, for tests and explanations.
  public var hypothesisExcerpt: String? {
    hypothesisSpan.map { Self.excerpt(hypothesisText, $0) }
  }

  /// The text the reference span points at.
  public var referenceExcerpt: String? {
    guard let span = referenceSpan, let text = referenceText else { return nil }
    return Self.excerpt(text, span)
  }

  static func excerpt(_ text: String, _ span: Span) -> String {
    let scalars = Array(text.unicodeScalars)
    let lower = max(0, min(span.start, scalars.count))
    let upper = max(lower, min(span.end, scalars.count))
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[lower..<upper])
    return String(view)
  }
}
