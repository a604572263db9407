import MizanText
import Testing

@testable import MizanAlign

@Suite("Alignment of generated documents")
struct GeneratedAlignmentTests {
  /// Body paragraphs of both seed editions, as sentence lists, and their plain words.
  static func material() throws -> (pool: [[String]], vocabulary: [String]) {
    let classifier = BoilerplateClassifier()
    var pool: [[String]] = []
    var vocabulary: Set<String> = []
    for name in ["reference.txt", "hypothesis.txt"] {
      let document = try SeedCorpus.document(name)
      for (paragraph, label) in zip(document.paragraphs, classifier.labels(for: document))
      where label == nil && paragraph.sentences.count >= 1 && paragraph.text.unicodeScalars.count > 80 {
        pool.append(document.sentences(of: paragraph).map(\.text))
        for word in Whitespace.split(paragraph.text)
        where word.unicodeScalars.allSatisfy({ (0x0621...0x064A).contains($0.value) }) && word.count > 2 {
          vocabulary.insert(String(word))
        }
      }
    }
    return (pool, vocabulary.sorted())
  }

  @Test func recoversKnownAlignments() throws {
    let (pool, vocabulary) = try Self.material()
    var rng = SplitMix64(seed: 20_250_710)
    var paragraphPredicted: [AlignmentLink] = []
    var paragraphGold: [AlignmentLink] = []
    var sentencePredicted: [AlignmentLink] = []
    var sentenceGold: [AlignmentLink] = []
    var missedBoilerplate = 0
    let documents = 60
    for number in 0..<documents {
      let generated = GeneratedDocument(paragraphs: pool, vocabulary: vocabulary, using: &rng)
      let hypothesis = Document(lines: generated.hypothesisLines)
      let reference = Document(lines: generated.referenceLines)
      let alignment = Aligner().align(hypothesis: hypothesis, reference: reference)
      // Offset line numbers per document so links of different documents never coincide.
      let offset = number * 10_000
      func shifted(_ lines: [Int]) -> [Int] { lines.map { $0 + offset } }
      paragraphPredicted += alignment.paragraphBeads.map {
        AlignmentLink(hypothesis: shifted($0.hypothesisLines), reference: shifted($0.referenceLines))
      }
      paragraphGold += generated.paragraphLinks.map {
        AlignmentLink(hypothesis: shifted($0.hypothesis), reference: shifted($0.reference))
      }
      let labelled = Set(alignment.unaligned.filter { $0.kind == .boilerplate && $0.side == .reference }.map(\.line))
      missedBoilerplate += generated.referenceBoilerplate.filter { !labelled.contains($0) }.count

      // Sentence level, in source-sentence ids, when segmentation reproduces the construction.
      guard let hypothesisIDs = Self.sentenceIDs(hypothesis, generated.hypothesisSentenceIDs),
        let referenceIDs = Self.sentenceIDs(reference, generated.referenceSentenceIDs)
      else { continue }
      for bead in alignment.sentenceBeads {
        sentencePredicted.append(
          AlignmentLink(
            hypothesis: bead.hypothesis.flatMap { hypothesisIDs[$0] }.map { $0 + offset * 10 },
            reference: bead.reference.flatMap { referenceIDs[$0] }.map { $0 + offset * 10 }))
      }
      // Gold: each reference sentence with the hypothesis sentences sharing its ids.
      let present = Set(hypothesisIDs.flatMap { $0 })
      for ids in referenceIDs where ids.allSatisfy(present.contains) {
        sentenceGold.append(AlignmentLink(hypothesis: ids.map { $0 + offset * 10 }, reference: ids.map { $0 + offset * 10 }))
      }
    }
    let paragraphs = AlignmentScorer.score(predicted: paragraphPredicted, gold: paragraphGold)
    let sentences = AlignmentScorer.score(predicted: sentencePredicted, gold: sentenceGold)
    print(
      "generated (\(documents) documents): paragraph strict F1 \(paragraphs.strict.f1), lax F1 \(paragraphs.lax.f1);",
      "sentence strict F1 \(sentences.strict.f1), lax F1 \(sentences.lax.f1) over \(sentenceGold.count) gold links;",
      "missed boilerplate lines \(missedBoilerplate)")
    #expect(paragraphs.strict.f1 >= 0.95)
    #expect(sentences.strict.f1 >= 0.92)
    #expect(missedBoilerplate == 0)
  }

  /// The source ids of each document sentence, or nil if segmentation split a line
  /// differently from how it was built.
  static func sentenceIDs(_ document: Document, _ built: [[[Int]]]) -> [[Int]]? {
    var result: [[Int]] = []
    for paragraph in document.paragraphs {
      let ids = built[paragraph.line - 1]
      if ids.isEmpty {
        result += Array(repeating: [], count: paragraph.sentences.count)
        continue
      }
      guard ids.count == paragraph.sentences.count else { return nil }
      result += ids
    }
    return result
  }
}
