/// Everything the findings engine looks at for one document: the aligned pairs, the body lines
/// either side has and the other lacks, and the terminology figures if they were computed.
///
/// Build one from the aligner's beads (boilerplate already removed) and pass it to
/// `FindingEngine.findings(in:)`.
public struct FindingDocument: Sendable, Hashable {
  /// The document's name, as reports show it.
  public var name: String
  /// Aligned hypothesis and reference text, in document order.
  public var pairs: [TextPair]
  /// Hypothesis body lines with no reference counterpart.
  public var unalignedHypothesis: [TextLine]
  /// Reference body lines with no hypothesis counterpart.
  public var unalignedReference: [TextLine]
  /// The document's terminology figures, to turn into findings; nil to skip terminology.
  public var terminology: TerminologyFigures?

  public init(
    name: String, pairs: [TextPair], unalignedHypothesis: [TextLine] = [], unalignedReference: [TextLine] = [],
    terminology: TerminologyFigures? = nil
  ) {
    self.name = name
    self.pairs = pairs
    self.unalignedHypothesis = unalignedHypothesis
    self.unalignedReference = unalignedReference
    self.terminology = terminology
  }

  /// The hypothesis lines of the document, paired or not, in line order.
  var hypothesisLines: [TextLine] {
    (pairs.map { TextLine(document: name, text: $0.hypothesis, line: $0.hypothesisLine) } + unalignedHypothesis)
      .sorted { $0.line < $1.line }
  }

  /// The reference lines of the document, paired or not, in line order.
  var referenceLines: [TextLine] {
    (pairs.map { TextLine(document: name, text: $0.reference, line: $0.referenceLine) } + unalignedReference)
      .sorted { $0.line < $1.line }
  }
}
