import Foundation
import Testing

@testable import MizanAlign

@Suite("Alignment scoring and gold files")
struct AlignmentScorerTests {
  func link(_ h: [Int], _ r: [Int]) -> AlignmentLink { AlignmentLink(hypothesis: h, reference: r) }

  @Test func strictAndLax() {
    let gold = [link([1], [1]), link([2, 3], [2]), link([4], [3]), link([5], [])]
    let predicted = [link([1], [1]), link([2], [2]), link([3], []), link([4], [4])]
    let score = AlignmentScorer.score(predicted: predicted, gold: gold)
    // Scored links: predicted {1-1, 2-2, 4-4}, gold {1-1, 23-2, 4-3}.
    #expect(score.strict == AlignmentScorer.Score(precision: 1.0 / 3, recall: 1.0 / 3))
    // Lax: 2-2 overlaps gold 23-2; 4-4 overlaps nothing on the reference side.
    #expect(score.lax == AlignmentScorer.Score(precision: 2.0 / 3, recall: 2.0 / 3))
    #expect(AlignmentScorer.score(predicted: [], gold: []).strict.f1 == 0)
  }

  @Test func readsGoldRows() throws {
    let gold = try GoldAlignment(
      lines: ["# comment", "hyp\tref\tkind", "1\t3\theadline", "2,3\t4\tbody", "-\t5\tsee-also link, boilerplate"],
      path: "gold.tsv")
    #expect(gold.links == [link([1], [3]), link([2, 3], [4])])
    #expect(gold.entries.map(\.isBoilerplate) == [false, false, true])
    #expect(throws: AlignError(path: "gold.tsv", line: 1, code: .invalidLineNumber("x"))) {
      try GoldAlignment(lines: ["x\t1\tbody"], path: "gold.tsv")
    }
  }

  @Test func alignmentIsCodable() throws {
    let alignment = Alignment(
      paragraphBeads: [Bead(hypothesis: [0], reference: [1], hypothesisLines: [1], referenceLines: [3], similarity: 0.25)],
      sentenceBeads: [],
      unaligned: [
        UnalignedItem(
          side: .reference, level: .paragraph, index: 0, line: 1, kind: .boilerplate,
          boilerplate: BoilerplateLabel(label: "logo", reason: "site logo", evidence: "default.tsv:29"))
      ])
    let data = try JSONEncoder().encode(alignment)
    #expect(try JSONDecoder().decode(Alignment.self, from: data) == alignment)
    #expect(alignment.paragraphBeads[0].label == "1-1")
  }
}
