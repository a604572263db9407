/// A text split into paragraphs and sentences, the unit every later stage works on.
///
/// A paragraph is one non-blank physical line (blank = empty or only whitespace, as
/// `Whitespace` defines it); blank lines only separate. Each paragraph remembers its 1-based
/// line number and each sentence its line and Unicode scalar range, so a finding can always
/// name the text it is about.
///
/// Get one from a file you have read: `Document(file: try TextFile(contentsOf: path))`.
public struct Document: Sendable, Hashable {
  /// The path the text came from, as the user wrote it.
  public var path: String
  /// The non-blank lines, in file order.
  public var paragraphs: [Paragraph]
  /// All sentences of all paragraphs, in file order; `Paragraph.sentences` indexes into it.
  public var sentences: [Sentence]
  /// The number of physical lines of the file, blank ones included.
  public var lineCount: Int

  /// Segments the lines of `file` with `splitter`.
  public init(file: TextFile, splitter: SentenceSplitter = SentenceSplitter()) {
    self.init(path: file.path, lines: file.lines, splitter: splitter)
  }

  /// Segments `lines` (line 1 is `lines[0]`).
  public init(path: String = "", lines: [String], splitter: SentenceSplitter = SentenceSplitter()) {
    self.path = path
    self.lineCount = lines.count
    var paragraphs: [Paragraph] = []
    var sentences: [Sentence] = []
    for (offset, text) in lines.enumerated() {
      let pieces = splitter.split(text)
      guard !pieces.isEmpty else { continue }
      let index = paragraphs.count
      let first = sentences.count
      for range in pieces {
        sentences.append(
          Sentence(text: Self.substring(text, range), line: offset + 1, range: range, paragraph: index))
      }
      paragraphs.append(Paragraph(text: text, line: offset + 1, sentences: first..<sentences.count))
    }
    self.paragraphs = paragraphs
    self.sentences = sentences
  }

  /// The sentences of `paragraph`.
  public func sentences(of paragraph: Paragraph) -> ArraySlice<Sentence> {
    sentences[paragraph.sentences]
  }

  static func substring(_ text: String, _ range: Range<Int>) -> String {
    let scalars = text.unicodeScalars
    let start = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
    let end = scalars.index(start, offsetBy: range.count)
    return String(scalars[start..<end])
  }
}

/// One non-blank line of a document.
public struct Paragraph: Sendable, Hashable, Codable {
  /// The whole line, as read (no trimming), so sentence ranges index into it.
  public var text: String
  /// The 1-based physical line number in the file.
  public var line: Int
  /// Indices of this paragraph's sentences in `Document.sentences`.
  public var sentences: Range<Int>

  public init(text: String, line: Int, sentences: Range<Int>) {
    self.text = text
    self.line = line
    self.sentences = sentences
  }
}
