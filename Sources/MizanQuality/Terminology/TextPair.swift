/// A hypothesis line and the reference line it corresponds to: the unit terminology is scored on.
///
/// The aligner's beads are turned into these; merged lines (a 1-2 bead) are joined into one
/// `reference` and keep the first line number.
public struct TextPair: Sendable, Hashable, Codable {
  /// The document both lines belong to, as reports name it.
  public var document: String
  /// The machine translation.
  public var hypothesis: String
  /// The 1-based line of `hypothesis` in its file.
  public var hypothesisLine: Int
  /// The polished edition.
  public var reference: String
  /// The 1-based line of `reference` in its file.
  public var referenceLine: Int

  public init(document: String, hypothesis: String, hypothesisLine: Int, reference: String, referenceLine: Int) {
    self.document = document
    self.hypothesis = hypothesis
    self.hypothesisLine = hypothesisLine
    self.reference = reference
    self.referenceLine = referenceLine
  }
}

/// One line of one side of a document: used for hypothesis lines the aligner paired with
/// nothing, which still count for forbidden renderings and consistency.
public struct TextLine: Sendable, Hashable, Codable {
  /// The document the line belongs to.
  public var document: String
  /// The text of the line.
  public var text: String
  /// The 1-based line in its file.
  public var line: Int

  public init(document: String, text: String, line: Int) {
    self.document = document
    self.text = text
    self.line = line
  }
}
