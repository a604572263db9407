import MizanText

/// A synthetic hypothesis/reference pair built from real corpus sentences with a known
/// alignment: the reference keeps the sentences, the hypothesis is a noisy copy (words
/// replaced, dropped, swapped, as rough MT differs from an edited text); paragraphs are
/// dropped on either side, merged on either side, sentences merged in the reference, and
/// boilerplate (see-also links, image blocks, related-news tails, share prompts) inserted.
struct GeneratedDocument {
  var hypothesisLines: [String] = []
  var referenceLines: [String] = []
  /// Gold paragraph links in line numbers.
  var paragraphLinks: [AlignmentLinkSpec] = []
  /// For each line of each side, the ids of the source sentences in each of its sentences.
  var hypothesisSentenceIDs: [[[Int]]] = []
  var referenceSentenceIDs: [[[Int]]] = []
  /// Boilerplate lines inserted in the reference.
  var referenceBoilerplate: [Int] = []

  struct AlignmentLinkSpec: Hashable {
    var hypothesis: [Int]
    var reference: [Int]
  }

  init(paragraphs pool: [[String]], vocabulary: [String], using rng: inout SplitMix64) {
    let count = Int.random(in: 8...18, using: &rng)
    var nextID = 0
    var index = 0
    while index < count {
      let mergeHypothesis = rng.chance(0.07)
      let mergeReference = !mergeHypothesis && rng.chance(0.07)
      let dropHypothesis = !mergeHypothesis && !mergeReference && rng.chance(0.08)
      let dropReference = !mergeHypothesis && !mergeReference && !dropHypothesis && rng.chance(0.08)
      let parts = mergeHypothesis || mergeReference ? 2 : 1
      var sources: [[(id: Int, text: String)]] = []
      for _ in 0..<parts {
        let paragraph = pool[Int.random(in: 0..<pool.count, using: &rng)]
        sources.append(paragraph.map { sentence in
          defer { nextID += 1 }
          return (nextID, sentence)
        })
      }
      // Reference paragraphs: sentences, sometimes two merged into one.
      var referenceParagraphs: [[(ids: [Int], text: String)]] = []
      for source in sources {
        var sentences: [(ids: [Int], text: String)] = []
        var k = 0
        while k < source.count {
          if k + 1 < source.count, rng.chance(0.15), let merged = Self.joined(source[k].text, source[k + 1].text) {
            sentences.append(([source[k].id, source[k + 1].id], merged))
            k += 2
          } else {
            sentences.append(([source[k].id], source[k].text))
            k += 1
          }
        }
        referenceParagraphs.append(sentences)
      }
      let hypothesisParagraphs = sources.map { $0.map { (ids: [$0.id], text: Self.noisy($0.text, vocabulary, &rng)) } }
      var hypothesisLinesHere: [Int] = []
      var referenceLinesHere: [Int] = []
      if !dropHypothesis {
        for paragraph in mergeHypothesis ? [hypothesisParagraphs.flatMap { $0 }] : hypothesisParagraphs {
          hypothesisLinesHere.append(append(paragraph, toHypothesis: true))
        }
      }
      if !dropReference {
        if rng.chance(0.12) { insertSeeAlso(vocabulary, &rng) }
        for paragraph in mergeReference ? [referenceParagraphs.flatMap { $0 }] : referenceParagraphs {
          referenceLinesHere.append(append(paragraph, toHypothesis: false))
        }
        if rng.chance(0.08) { insertImageBlock(pool, &rng) }
      }
      if !hypothesisLinesHere.isEmpty, !referenceLinesHere.isEmpty {
        paragraphLinks.append(AlignmentLinkSpec(hypothesis: hypothesisLinesHere, reference: referenceLinesHere))
      }
      index += 1
    }
    if rng.chance(0.5) {
      hypothesisLines += ["شارك المقال", "اترك تعليقك"]
      hypothesisSentenceIDs += [[], []]
    }
    if rng.chance(0.6) {
      addReferenceBoilerplate(["", "أخبار ذات صلة", ""])
      for _ in 0..<3 {
        addReferenceBoilerplate(["Loading...", pool[Int.random(in: 0..<pool.count, using: &rng)][0], "العالم", ""])
      }
    }
  }

  /// Appends a paragraph and a blank line; returns the paragraph's line number.
  private mutating func append(_ sentences: [(ids: [Int], text: String)], toHypothesis: Bool) -> Int {
    let text = sentences.map(\.text).joined(separator: " ")
    if toHypothesis {
      hypothesisLines += [text, ""]
      hypothesisSentenceIDs += [sentences.map(\.ids), []]
      return hypothesisLines.count - 1
    }
    referenceLines += [text, ""]
    referenceSentenceIDs += [sentences.map(\.ids), []]
    return referenceLines.count - 1
  }

  private mutating func addReferenceBoilerplate(_ lines: [String]) {
    for line in lines {
      referenceLines.append(line)
      referenceSentenceIDs.append([])
      if !line.isEmpty { referenceBoilerplate.append(referenceLines.count) }
    }
  }

  private mutating func insertSeeAlso(_ vocabulary: [String], _ rng: inout SplitMix64) {
    let title = (0..<6).map { _ in vocabulary[Int.random(in: 0..<vocabulary.count, using: &rng)] }
    addReferenceBoilerplate(["شاهد ايضاً: " + title.joined(separator: " "), ""])
  }

  private mutating func insertImageBlock(_ pool: [[String]], _ rng: inout SplitMix64) {
    let caption = pool[Int.random(in: 0..<pool.count, using: &rng)][0]
    addReferenceBoilerplate([caption, "Loading image...", "صورة من الاجتماع [وكالة/مصور].", ""])
  }

  /// Two sentences as one: the first loses its final full stop and is joined with "، و".
  static func joined(_ first: String, _ second: String) -> String? {
    guard first.hasSuffix("."), !second.hasPrefix("\""), !second.hasPrefix("“") else { return nil }
    return String(first.dropLast()) + "، و" + second
  }

  /// A rough-MT-like copy: interior words replaced (12%), dropped (5%) or swapped (5%).
  static func noisy(_ sentence: String, _ vocabulary: [String], _ rng: inout SplitMix64) -> String {
    var words = sentence.split(separator: " ").map(String.init)
    guard words.count > 2 else { return sentence }
    var k = 1
    while k < words.count - 1 {
      if rng.chance(0.12) {
        words[k] = vocabulary[Int.random(in: 0..<vocabulary.count, using: &rng)]
      } else if rng.chance(0.05) {
        words.remove(at: k)
        continue
      } else if rng.chance(0.05), k + 2 < words.count {
        words.swapAt(k, k + 1)
      }
      k += 1
    }
    return words.joined(separator: " ")
  }
}
