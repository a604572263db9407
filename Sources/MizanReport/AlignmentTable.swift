import Foundation
import Mizan

/// The alignment as `mizan align` prints it: one bead a row, TSV or JSON. Lines are the 1-based
/// lines of the input files; sentence ids are 1-based positions in each document's sentence
/// list; `-` marks an empty side. Unaligned items are rows too, so nothing goes unreported.
public struct AlignmentTable: Sendable {
  /// Which beads: paragraphs (lines) or the sentences inside aligned paragraphs.
  public enum Level: String, Sendable { case paragraph, sentence }

  /// One printed row.
  public struct Row: Sendable, Codable, Hashable {
    public var hypothesisLines: [Int]
    public var referenceLines: [Int]
    public var hypothesisSentences: [Int]
    public var referenceSentences: [Int]
    public var similarity: Double?
    /// "1-1", "2-1", … for beads; "1-0"/"0-1" with the reason for unaligned items.
    public var bead: String
    /// For unaligned items: omission, addition or boilerplate, with the rule's reason.
    public var note: String?
  }

  public var rows: [Row]

  public init(_ alignment: Alignment, hypothesis: Document, reference: Document, level: Level) {
    func sentences(of paragraphs: [Int], in document: Document) -> [Int] {
      paragraphs.flatMap { index in document.paragraphs.indices.contains(index) ? Array(document.paragraphs[index].sentences) : [] }
        .map { $0 + 1 }
    }
    var rows: [Row] = []
    switch level {
    case .paragraph:
      for bead in alignment.paragraphBeads {
        rows.append(Row(
          hypothesisLines: bead.hypothesisLines, referenceLines: bead.referenceLines,
          hypothesisSentences: sentences(of: bead.hypothesis, in: hypothesis),
          referenceSentences: sentences(of: bead.reference, in: reference),
          similarity: bead.similarity, bead: bead.label, note: nil))
      }
    case .sentence:
      for bead in alignment.sentenceBeads {
        rows.append(Row(
          hypothesisLines: bead.hypothesisLines, referenceLines: bead.referenceLines,
          hypothesisSentences: bead.hypothesis.map { $0 + 1 }, referenceSentences: bead.reference.map { $0 + 1 },
          similarity: bead.similarity, bead: bead.label, note: nil))
      }
    }
    let wanted: UnalignedItem.Level = level == .paragraph ? .paragraph : .sentence
    for item in alignment.unaligned where item.level == wanted {
      let onHypothesis = item.side == .hypothesis
      var note = item.kind.rawValue
      if let label = item.boilerplate { note += ": \(label.label) (\(label.reason))" }
      let ids = level == .paragraph
        ? sentences(of: [item.index], in: onHypothesis ? hypothesis : reference) : [item.index + 1]
      rows.append(Row(
        hypothesisLines: onHypothesis ? [item.line] : [], referenceLines: onHypothesis ? [] : [item.line],
        hypothesisSentences: onHypothesis ? ids : [], referenceSentences: onHypothesis ? [] : ids,
        similarity: nil, bead: onHypothesis ? "1-0" : "0-1", note: note))
    }
    self.rows = Self.inDocumentOrder(rows)
  }

  /// Rows by reference line, then hypothesis line; a hypothesis-only row goes just after the
  /// reference line of the last bead before it, so it prints between its neighbours.
  static func inDocumentOrder(_ rows: [Row]) -> [Row] {
    let anchors = rows.filter { !$0.referenceLines.isEmpty && !$0.hypothesisLines.isEmpty }
      .map { (hypothesis: $0.hypothesisLines[0], reference: $0.referenceLines.last ?? 0) }
      .sorted { $0.hypothesis < $1.hypothesis }
    var runningMaximum: [Int] = []
    for anchor in anchors { runningMaximum.append(max(runningMaximum.last ?? 0, anchor.reference)) }
    func key(_ row: Row) -> (Int, Int) {
      let hypothesisLine = row.hypothesisLines.first ?? 0
      if let referenceLine = row.referenceLines.first { return (referenceLine, hypothesisLine) }
      // Binary search: the anchors that come before this hypothesis line.
      var low = 0
      var high = anchors.count
      while low < high {
        let middle = (low + high) / 2
        if anchors[middle].hypothesis < hypothesisLine { low = middle + 1 } else { high = middle }
      }
      return (low == 0 ? 0 : runningMaximum[low - 1], hypothesisLine)
    }
    return rows.map { (key($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
  }

  /// Tab-separated, with a header row.
  public var tsv: String {
    func list(_ values: [Int], prefix: String = "") -> String {
      values.isEmpty ? "-" : values.map { prefix + String($0) }.joined(separator: ",")
    }
    var text = "hyp_lines\tref_lines\thyp_sentences\tref_sentences\tsimilarity\tbead\tnote\n"
    for row in rows {
      let note = (row.note ?? "").replacingOccurrences(of: "\t", with: " ")
      text += [
        list(row.hypothesisLines), list(row.referenceLines), list(row.hypothesisSentences),
        list(row.referenceSentences), row.similarity.map { Fixed.format($0, decimals: 4) } ?? "-", row.bead, note,
      ].joined(separator: "\t") + "\n"
    }
    return text
  }

  /// A JSON array of rows, keys sorted.
  public var json: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(rows)) ?? Data("[]".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
