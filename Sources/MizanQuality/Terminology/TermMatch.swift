/// One occurrence of a glossary rendering in a line of text.
public struct TermMatch: Sendable, Hashable, Codable {
  /// Whether the rendering found is approved or forbidden by the glossary.
  public enum Status: String, Sendable, Hashable, Codable {
    case approved
    case forbidden
  }

  /// The index of the entry in the glossary.
  public var entry: Int
  /// The entry's source term, for readers of a report.
  public var source: String
  /// The rendering found, as the glossary spells it.
  public var rendering: String
  public var status: Status
  /// The first Unicode scalar of the matched words in the original line (0-based), attached
  /// particles included.
  public var start: Int
  /// One past the last scalar of the matched words, endings and vowel marks included.
  public var end: Int
  /// The original text from `start` to `end`, as written.
  public var text: String

  public init(
    entry: Int, source: String, rendering: String, status: Status, start: Int, end: Int, text: String
  ) {
    self.entry = entry
    self.source = source
    self.rendering = rendering
    self.status = status
    self.start = start
    self.end = end
    self.text = text
  }
}
