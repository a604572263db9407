/// Where a rendering or spelling occurs: document, line and Unicode scalar offsets in the line.
public struct Occurrence: Sendable, Hashable, Codable {
  public var document: String
  /// The 1-based line in the hypothesis file.
  public var line: Int
  /// The first scalar (0-based) of the occurrence in the original line.
  public var start: Int
  /// One past the last scalar.
  public var end: Int
  /// The text as written, vowel marks and attached particles included.
  public var text: String

  public init(document: String, line: Int, start: Int, end: Int, text: String) {
    self.document = document
    self.line = line
    self.start = start
    self.end = end
    self.text = text
  }
}

/// One way the hypothesis writes a term or name, and everywhere it does.
public struct RenderingUse: Sendable, Hashable, Codable {
  /// The rendering: the glossary's spelling, or the normalized spelling found in the text.
  public var form: String
  public var occurrences: [Occurrence]

  public init(form: String, occurrences: [Occurrence]) {
    self.form = form
    self.occurrences = occurrences
  }
}
