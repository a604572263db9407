/// Terminology figures for each document of a batch and for the batch as a whole.
///
/// Get one from `TerminologyChecker.check(pairs:unalignedHypothesis:)`.
public struct TerminologyReport: Sendable, Hashable, Codable {
  /// Per document, in the order documents first appear in the pairs.
  public var documents: [DocumentTerminology]
  /// Over all documents: accuracy sums, and consistency and variants across documents.
  public var batch: TerminologyFigures

  public init(documents: [DocumentTerminology], batch: TerminologyFigures) {
    self.documents = documents
    self.batch = batch
  }
}

/// The figures of one document.
public struct DocumentTerminology: Sendable, Hashable, Codable {
  public var document: String
  public var figures: TerminologyFigures

  public init(document: String, figures: TerminologyFigures) {
    self.document = document
    self.figures = figures
  }
}

/// Terminology figures over a set of lines (a document or a batch).
public struct TerminologyFigures: Sendable, Hashable, Codable {
  /// Glossary term accuracy over the aligned pairs; nil without a glossary.
  public var accuracy: TermAccuracy?
  /// Forbidden renderings in the hypothesis, aligned or not, in line order.
  public var forbidden: [ForbiddenRendering]
  /// How consistently glossary terms are rendered; nil without a glossary.
  public var consistency: ConsistencyFigures?
  /// Spellings of reference words the hypothesis varies, found without the glossary.
  public var variants: [SpellingVariant]
  /// Terms and names the hypothesis writes more than one way: glossary terms first, then
  /// spelling variants not already reported through a glossary term.
  public var inconsistencies: [Inconsistency]

  public init(
    accuracy: TermAccuracy?, forbidden: [ForbiddenRendering], consistency: ConsistencyFigures?,
    variants: [SpellingVariant], inconsistencies: [Inconsistency]
  ) {
    self.accuracy = accuracy
    self.forbidden = forbidden
    self.consistency = consistency
    self.variants = variants
    self.inconsistencies = inconsistencies
  }
}
