/// One sentence of a paragraph, with the place it came from so that later stages (alignment,
/// findings) can point at the exact text in the user's file.
///
/// Positions are **Unicode scalar offsets** into the physical line, counted from 0, as the
/// line reads after `TextFile` decoding (byte-order mark dropped, line terminator removed, no
/// normalization). Scalars, not `Character`s: an Arabic letter with its vowel marks is one
/// grapheme but several scalars, and sacreBLEU-style tools count code points.
public struct Sentence: Sendable, Hashable, Codable {
  /// The sentence text, without surrounding whitespace.
  public var text: String
  /// The 1-based physical line of the file the sentence is on.
  public var line: Int
  /// Unicode scalar offsets of `text` within its line (half-open, 0-based).
  public var range: Range<Int>
  /// The index of the paragraph in `Document.paragraphs` that holds this sentence.
  public var paragraph: Int

  public init(text: String, line: Int, range: Range<Int>, paragraph: Int) {
    self.text = text
    self.line = line
    self.range = range
    self.paragraph = paragraph
  }
}
