import MizanText

/// Aligns a hypothesis document with its reference edition: paragraphs first, then the
/// sentences inside each paragraph link.
///
/// ```swift
/// let hypothesis = Document(file: try TextFile(contentsOf: "hypothesis.txt"))
/// let reference = Document(file: try TextFile(contentsOf: "reference.txt"))
/// let alignment = Aligner().align(hypothesis: hypothesis, reference: reference)
/// for bead in alignment.paragraphBeads { print(bead.hypothesisLines, bead.referenceLines) }
/// ```
///
/// Boilerplate paragraphs (by `BoilerplateClassifier`) never enter the search: they are
/// reported in `Alignment.unaligned` with their label, not scored as omissions. Aligning
/// paragraphs first keeps the sentence search small and lets whole-paragraph evidence place
/// short sentences; sentences are then aligned exhaustively inside each paragraph link.
public struct Aligner: Sendable {
  public var options: Options

  public init(options: Options = Options()) {
    self.options = options
  }

  public func align(
    hypothesis: Document, reference: Document, boilerplate: BoilerplateClassifier = BoilerplateClassifier()
  ) -> Alignment {
    let hypothesisLabels = boilerplate.labels(for: hypothesis)
    let referenceLabels = boilerplate.labels(for: reference)
    var unaligned: [UnalignedItem] = []
    func body(_ document: Document, _ labels: [BoilerplateLabel?], _ side: UnalignedItem.Side) -> [Int] {
      var kept: [Int] = []
      for (index, paragraph) in document.paragraphs.enumerated() {
        if let label = labels[index] {
          unaligned.append(
            UnalignedItem(side: side, level: .paragraph, index: index, line: paragraph.line, kind: .boilerplate, boilerplate: label))
        } else {
          kept.append(index)
        }
      }
      return kept
    }
    let hypothesisBody = body(hypothesis, hypothesisLabels, .hypothesis)
    let referenceBody = body(reference, referenceLabels, .reference)

    let paragraphSearch = BeadSearch(
      hypothesis: hypothesisBody.map { Self.item(hypothesis.paragraphs[$0].text) },
      reference: referenceBody.map { Self.item(reference.paragraphs[$0].text) },
      options: options)
    let path = paragraphSearch.run()
    let paragraphBeads = beads(
      path, hypothesisBody, referenceBody, level: .paragraph,
      hypothesisLine: { hypothesis.paragraphs[$0].line }, referenceLine: { reference.paragraphs[$0].line },
      unaligned: &unaligned)

    // Each body sentence's item is built once and read by the baseline and by its paragraph
    // link's search.
    let hypothesisSentences = Self.sentenceItems(hypothesis, hypothesisBody)
    let referenceSentences = Self.sentenceItems(reference, referenceBody)
    let sentenceBaseline = BeadSearch.estimateBaseline(
      hypothesisBody.flatMap { hypothesis.paragraphs[$0].sentences }.compactMap { hypothesisSentences[$0] },
      referenceBody.flatMap { reference.paragraphs[$0].sentences }.compactMap { referenceSentences[$0] })
    var sentenceBeads: [Bead] = []
    for bead in paragraphBeads {
      let left = bead.hypothesis.flatMap { Array(hypothesis.paragraphs[$0].sentences) }
      let right = bead.reference.flatMap { Array(reference.paragraphs[$0].sentences) }
      let search = BeadSearch(
        hypothesis: left.map { hypothesisSentences[$0] ?? Self.item(hypothesis.sentences[$0].text) },
        reference: right.map { referenceSentences[$0] ?? Self.item(reference.sentences[$0].text) },
        options: options, baseline: sentenceBaseline)
      sentenceBeads += beads(
        search.run(), left, right, level: .sentence,
        hypothesisLine: { hypothesis.sentences[$0].line }, referenceLine: { reference.sentences[$0].line },
        unaligned: &unaligned)
    }
    unaligned.sort { ($0.side.rawValue, $0.line, $0.level.rawValue, $0.index) < ($1.side.rawValue, $1.line, $1.level.rawValue, $1.index) }
    return Alignment(paragraphBeads: paragraphBeads, sentenceBeads: sentenceBeads, unaligned: unaligned)
  }

  /// Turns a search path over `left` × `right` (item indices in the documents) into beads,
  /// and its skips into omissions and additions.
  private func beads(
    _ path: [PathStep], _ left: [Int], _ right: [Int], level: UnalignedItem.Level,
    hypothesisLine: (Int) -> Int, referenceLine: (Int) -> Int, unaligned: inout [UnalignedItem]
  ) -> [Bead] {
    var result: [Bead] = []
    var i = 0
    var j = 0
    for step in path {
      let h = Array(left[i..<(i + step.hypothesis)])
      let r = Array(right[j..<(j + step.reference)])
      i += step.hypothesis
      j += step.reference
      if h.isEmpty {
        for index in r {
          unaligned.append(UnalignedItem(side: .reference, level: level, index: index, line: referenceLine(index), kind: .omission))
        }
      } else if r.isEmpty {
        for index in h {
          unaligned.append(UnalignedItem(side: .hypothesis, level: level, index: index, line: hypothesisLine(index), kind: .addition))
        }
      } else {
        result.append(
          Bead(
            hypothesis: h, reference: r, hypothesisLines: Self.lines(h, hypothesisLine),
            referenceLines: Self.lines(r, referenceLine), similarity: step.similarity))
      }
    }
    return result
  }

  private static func lines(_ indices: [Int], _ line: (Int) -> Int) -> [Int] {
    var result: [Int] = []
    for index in indices where result.last != line(index) { result.append(line(index)) }
    return result
  }

  /// The items of the sentences of `body`'s paragraphs, indexed by sentence; nil elsewhere.
  private static func sentenceItems(_ document: Document, _ body: [Int]) -> [AlignmentItem?] {
    var items = [AlignmentItem?](repeating: nil, count: document.sentences.count)
    for paragraph in body {
      for sentence in document.paragraphs[paragraph].sentences { items[sentence] = item(document.sentences[sentence].text) }
    }
    return items
  }

  /// The search's view of a text: its trigrams, and whether it reads as a heading
  /// (at most 16 words, no sentence-final punctuation).
  static func item(_ text: String) -> AlignmentItem {
    let words = Whitespace.split(text)
    var isHeading = false
    let closers: Set<Unicode.Scalar> = ["\u{201D}", "\u{00BB}", "\"", "'", ")", "]"]
    if words.count <= 16, let last = text.unicodeScalars.last(where: { !Whitespace.contains($0) && !closers.contains($0) }) {
      isHeading = !SentenceSplitter.isTerminatorScalar(last)
    }
    return AlignmentItem(profile: NGramProfile(text), isHeading: isHeading)
  }
}
