/// A monotone alignment of the words of a hypothesis line to the words of its reference line:
/// the heaviest common subsequence of related words (same word, shared stem, near spelling),
/// with function words weighing less so they do not pull content words out of place.
///
/// What the alignment leaves between its anchors are the gaps: words one edition has where the
/// other has different words (a substitution or paraphrase) or none (an omission or addition).
struct WordAlignment {
  /// A run of unaligned words on both sides between two anchors (either run may be empty).
  struct Gap: Equatable {
    var hypothesis: Range<Int>
    var reference: Range<Int>
  }

  /// Aligned word index pairs, increasing on both sides.
  let anchors: [(hypothesis: Int, reference: Int)]
  /// The gaps between anchors, including before the first and after the last; empty gaps left out.
  let gaps: [Gap]
  /// For each hypothesis word, the reference word it is aligned to.
  let hypothesisToReference: [Int?]
  /// For each reference word, the hypothesis word it is aligned to.
  let referenceToHypothesis: [Int?]

  /// The largest word grid aligned (about 2,000 × 2,000 words, 64 MB of scores). The dynamic
  /// program is quadratic in time and memory: a 1 MB single-line "paragraph" (a file without
  /// line breaks) would need hundreds of gigabytes. Real paragraphs are far below this; pairs
  /// above it get no word-level findings rather than exhausting memory.
  static let maximumCells = 4_000_000

  /// Whether the pair is small enough to align word by word.
  static func isTractable(hypothesis: TextWords, reference: TextWords) -> Bool {
    let (cells, overflow) = hypothesis.words.count.multipliedReportingOverflow(by: reference.words.count)
    return !overflow && cells <= maximumCells
  }

  init(hypothesis: TextWords, reference: TextWords, cache: inout RelationCache) {
    self.init(hypothesis: hypothesis.words.map(\.key), reference: reference.words.map(\.key), cache: &cache)
  }

  init(hypothesis h: [[Unicode.Scalar]], reference r: [[Unicode.Scalar]], cache: inout RelationCache) {
    let n = h.count
    let m = r.count
    let hIDs = h.map { cache.id($0) }
    let rIDs = r.map { cache.id($0) }
    let hFunctional = h.map { ArabicStems.isFunctionWord($0) || $0.count < 3 }
    let rFunctional = r.map { ArabicStems.isFunctionWord($0) }
    // score[i][j] (stored flat, row i at i * (m + 1)): best weight aligning h[i...] with r[j...].
    // weight[i][j] (row i at i * m): the weight of aligning h[i] with r[j], 0 if unrelated.
    let width = m + 1
    var score = [Double](repeating: 0, count: (n + 1) * width)
    var weight = [Double](repeating: 0, count: n * m)
    for i in 0..<n {
      for j in 0..<m {
        let relation = cache.relation(hIDs[i], rIDs[j])
        guard relation > 0 else { continue }
        let functional = hFunctional[i] || rFunctional[j]
        // Prefer near positions slightly, so a repeated word aligns with its own occurrence.
        let drift = abs(Double(i) / Double(max(n, 1)) - Double(j) / Double(max(m, 1)))
        weight[i * m + j] = (functional ? 0.3 : 1.0) * (Double(relation) + 1) / 4 - 0.05 * drift
      }
    }
    if n > 0 && m > 0 {
      for i in stride(from: n - 1, through: 0, by: -1) {
        for j in stride(from: m - 1, through: 0, by: -1) {
          var best = max(score[(i + 1) * width + j], score[i * width + j + 1])
          let w = weight[i * m + j]
          if w > 0 { best = max(best, score[(i + 1) * width + j + 1] + w) }
          score[i * width + j] = best
        }
      }
    }
    var anchors: [(hypothesis: Int, reference: Int)] = []
    var i = 0
    var j = 0
    while i < n && j < m {
      let w = weight[i * m + j]
      if w > 0 && score[i * width + j] == score[(i + 1) * width + j + 1] + w {
        anchors.append((i, j))
        i += 1
        j += 1
      } else if score[i * width + j] == score[(i + 1) * width + j] {
        i += 1
      } else {
        j += 1
      }
    }
    self.anchors = anchors
    var gaps: [Gap] = []
    var previous = (hypothesis: 0, reference: 0)
    for anchor in anchors + [(hypothesis: n, reference: m)] {
      let gap = Gap(hypothesis: previous.hypothesis..<anchor.hypothesis, reference: previous.reference..<anchor.reference)
      if !gap.hypothesis.isEmpty || !gap.reference.isEmpty { gaps.append(gap) }
      previous = (anchor.hypothesis + 1, anchor.reference + 1)
    }
    self.gaps = gaps
    var toReference = [Int?](repeating: nil, count: n)
    var toHypothesis = [Int?](repeating: nil, count: m)
    for anchor in anchors {
      toReference[anchor.hypothesis] = anchor.reference
      toHypothesis[anchor.reference] = anchor.hypothesis
    }
    self.hypothesisToReference = toReference
    self.referenceToHypothesis = toHypothesis
  }
}
