import MizanText
import Testing

@testable import MizanAlign

@Suite("Alignment of the seed corpus")
struct SeedCorpusAlignmentTests {
  let hypothesis: Document
  let reference: Document
  let gold: GoldAlignment
  let alignment: Alignment

  init() throws {
    hypothesis = try SeedCorpus.document("hypothesis.txt")
    reference = try SeedCorpus.document("reference.txt")
    gold = try GoldAlignment(contentsOf: SeedCorpus.folder + "/alignment.gold.tsv")
    alignment = Aligner().align(hypothesis: hypothesis, reference: reference)
  }

  @Test func paragraphLinksMatchTheGold() {
    let predicted = alignment.paragraphBeads.map(\.lineLink)
    let score = AlignmentScorer.score(predicted: predicted, gold: gold.links)
    print("seed corpus paragraph alignment: strict F1 \(score.strict.f1), lax F1 \(score.lax.f1)")
    #expect(score.strict.f1 >= 0.95)
    #expect(Set(predicted) == Set(gold.links))
  }

  @Test func headlineRewritesPair() {
    let links = Set(alignment.paragraphBeads.map(\.lineLink))
    #expect(links.contains(AlignmentLink(hypothesis: [1], reference: [3])))
    #expect(links.contains(AlignmentLink(hypothesis: [25], reference: [43])))
  }

  @Test func boilerplateIsUnalignedAndLabelled() {
    let boilerplate = Set(
      alignment.unaligned.filter { $0.kind == .boilerplate && $0.side == .reference }.map(\.line))
    for entry in gold.entries where entry.isBoilerplate {
      for line in entry.link.reference { #expect(boilerplate.contains(line), "reference line \(line)") }
    }
    let aligned = Set(alignment.paragraphBeads.flatMap(\.referenceLines))
    #expect(aligned.isDisjoint(with: boilerplate))
  }

  @Test func hypothesisOnlyParagraphsAreUnaligned() {
    let unaligned = Set(alignment.unaligned.filter { $0.side == .hypothesis && $0.level == .paragraph }.map(\.line))
    #expect(unaligned == [3, 29, 31, 33, 51, 52])
    let additions = alignment.unaligned.filter { $0.side == .hypothesis && $0.kind == .addition && $0.level == .paragraph }
    #expect(additions.map(\.line) == [29, 31, 33])
  }

  @Test func sentenceBeadsStayInsideParagraphBeads() {
    #expect(!alignment.sentenceBeads.isEmpty)
    for bead in alignment.sentenceBeads {
      let paragraph = hypothesis.sentences[bead.hypothesis[0]].paragraph
      #expect(alignment.paragraphBeads.contains { $0.hypothesis.contains(paragraph) })
    }
  }
}
