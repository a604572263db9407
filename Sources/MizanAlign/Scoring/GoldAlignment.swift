import Foundation
import MizanText

/// A hand-checked alignment, read from an `alignment.gold.tsv` file: one link a row,
/// `hyp TAB ref TAB kind`, where `hyp` and `ref` are comma-separated 1-based line numbers or
/// `-` for none, and `kind` is free text (rows whose kind mentions "boilerplate" mark page
/// furniture). `#` lines and a header row starting `hyp` are skipped.
public struct GoldAlignment: Sendable, Hashable {
  /// One row of the file.
  public struct Entry: Sendable, Hashable {
    public var link: AlignmentLink
    /// The row's description, e.g. "body", "headline (paraphrased)", "see-also link, boilerplate".
    public var kind: String
    /// Whether the row marks page furniture (its kind mentions "boilerplate").
    public var isBoilerplate: Bool { kind.contains("boilerplate") }
  }

  public var entries: [Entry]

  /// The links with lines on both sides: what an aligner's beads are scored against.
  public var links: [AlignmentLink] {
    entries.map(\.link).filter { !$0.hypothesis.isEmpty && !$0.reference.isEmpty }
  }

  public init(entries: [Entry]) {
    self.entries = entries
  }

  public init(contentsOf path: String) throws(AlignError) {
    let file: TextFile
    do { file = try TextFile(contentsOf: path) } catch {
      throw AlignError(path: path, line: 0, code: .unreadable(error.description))
    }
    try self.init(lines: file.lines, path: path)
  }

  public init(lines: [String], path: String) throws(AlignError) {
    var entries: [Entry] = []
    for (offset, line) in lines.enumerated() {
      if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("hyp\t") { continue }
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard columns.count >= 2 else {
        throw AlignError(path: path, line: offset + 1, code: .columnCount(expected: "2 or 3", found: columns.count))
      }
      let link = AlignmentLink(
        hypothesis: try Self.numbers(columns[0], path: path, line: offset + 1),
        reference: try Self.numbers(columns[1], path: path, line: offset + 1))
      entries.append(Entry(link: link, kind: columns.count > 2 ? columns[2] : ""))
    }
    self.entries = entries
  }

  private static func numbers(_ text: String, path: String, line: Int) throws(AlignError) -> [Int] {
    if text == "-" { return [] }
    var result: [Int] = []
    for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
      let trimmed = piece.trimmingCharacters(in: .whitespaces)
      guard let number = Int(trimmed), number > 0 else {
        throw AlignError(path: path, line: line, code: .invalidLineNumber(String(piece)))
      }
      result.append(number)
    }
    return result
  }
}
