import Foundation
import MizanQuality

/// The seed corpus as the findings tests use it: the gold alignment's 1-1 rows as pairs and its
/// unaligned *body* rows as unaligned lines (boilerplate — logos, captions, share links,
/// see-also links — is excluded, as the caller of the engine does), with the terminology figures.
enum FindingsSeed {
  static let document = "asean-2025-07"

  static func input() throws -> FindingDocument {
    let hypothesis = try SeedCorpus.lines("hypothesis.txt")
    let reference = try SeedCorpus.lines("reference.txt")
    var pairs: [TextPair] = []
    var unalignedHypothesis: [TextLine] = []
    var unalignedReference: [TextLine] = []
    for row in try SeedCorpus.lines("alignment.gold.tsv") where !row.hasPrefix("#") {
      let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard cells.count >= 3, cells[0] != "hyp" else { continue }
      let isBody = cells[2].hasPrefix("body")
      switch (Int(cells[0]), Int(cells[1])) {
      case (let h?, let r?):
        pairs.append(
          TextPair(document: document, hypothesis: hypothesis[h - 1], hypothesisLine: h, reference: reference[r - 1], referenceLine: r))
      case (let h?, nil) where isBody:
        unalignedHypothesis.append(TextLine(document: document, text: hypothesis[h - 1], line: h))
      case (nil, let r?) where isBody:
        unalignedReference.append(TextLine(document: document, text: reference[r - 1], line: r))
      default: break
      }
    }
    let glossary = try Glossary(tsvContentsOf: SeedCorpus.path("glossary.tsv"))
    let report = TerminologyChecker(glossary: glossary).check(pairs: pairs, unalignedHypothesis: unalignedHypothesis)
    return FindingDocument(
      name: document, pairs: pairs, unalignedHypothesis: unalignedHypothesis, unalignedReference: unalignedReference,
      terminology: report.documents.first?.figures)
  }

  /// Computed once for all the seed tests (the engine is deterministic; a test that reruns it
  /// calls `findings()`).
  static let shared: Result<[Finding], any Error> = Result { try findings() }

  static func findings() throws -> [Finding] {
    let glossary = try Glossary(tsvContentsOf: SeedCorpus.path("glossary.tsv"))
    return FindingEngine.standard(glossary: glossary).findings(in: try input())
  }
}
