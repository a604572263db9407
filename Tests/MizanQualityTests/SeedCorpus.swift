import Foundation
import MizanQuality
import MizanText

/// The seed corpus (Corpora/asean-2025-07) as the tests use it: files found relative to this
/// source file, and the aligned pairs read from the hand-checked alignment.gold.tsv.
enum SeedCorpus {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Corpora/asean-2025-07")

  static func path(_ name: String) -> String {
    folder.appendingPathComponent(name).path
  }

  static func lines(_ name: String) throws -> [String] {
    try TextFile(contentsOf: path(name)).lines
  }

  /// The 1-1 rows of alignment.gold.tsv as pairs, and the hypothesis lines aligned to nothing.
  /// (The gold file has only 1-1, 1-0 and 0-1 rows, one line number a cell.)
  static func pairs(document: String = "asean-2025-07") throws -> (pairs: [TextPair], unaligned: [TextLine]) {
    let hypothesis = try lines("hypothesis.txt")
    let reference = try lines("reference.txt")
    var pairs: [TextPair] = []
    var unaligned: [TextLine] = []
    for row in try lines("alignment.gold.tsv") where !row.hasPrefix("#") {
      let cells = row.split(separator: "\t", omittingEmptySubsequences: false)
      guard cells.count >= 2, cells[0] != "hyp" else { continue }
      let hypothesisLine = Int(cells[0])
      let referenceLine = Int(cells[1])
      if let h = hypothesisLine, let r = referenceLine {
        pairs.append(
          TextPair(
            document: document, hypothesis: hypothesis[h - 1], hypothesisLine: h,
            reference: reference[r - 1], referenceLine: r))
      } else if let h = hypothesisLine {
        unaligned.append(TextLine(document: document, text: hypothesis[h - 1], line: h))
      }
    }
    return (pairs, unaligned)
  }
}
