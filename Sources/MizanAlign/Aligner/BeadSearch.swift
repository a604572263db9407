import Foundation

/// Minimum-cost monotone path through the (hypothesis × reference) grid, with beads 1-1, 1-0,
/// 0-1, 1-2, 2-1, 2-2, 1-3, 3-1: the dynamic program of Gale & Church (1993) with a
/// similarity-based cost, as in Vecalign (Thompson & Koehn 2019).
///
/// Similarities are normalized by the document's own chance level before use: two unrelated
/// Arabic paragraphs still share many trigrams (ال, ية, ...), so the cost is
/// `1 - (dice - baseline) / (1 - baseline)`; Vecalign normalizes its cosine costs by the
/// similarity of random pairs for the same reason.
///
/// Small grids are searched exhaustively; large ones coarse-to-fine (see `BeadSearch+Band`),
/// which keeps time and memory near-linear in the document length.
struct BeadSearch {
  let hypothesis: [AlignmentItem]
  let reference: [AlignmentItem]
  let options: Aligner.Options
  /// Mean Dice of unrelated pairs, estimated from the inputs.
  let baseline: Double
  /// The bead shapes searched, (hypothesis items, reference items).
  let shapes: [(Int, Int)]
  /// `options.beadPenalties` looked up once per shape.
  let penalties: [Double]

  /// The bead shapes searched, 1-1 first so that ties prefer it.
  static let shapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1)]

  init(
    hypothesis: [AlignmentItem], reference: [AlignmentItem], options: Aligner.Options, baseline: Double? = nil,
    shapes: [(Int, Int)] = BeadSearch.shapes
  ) {
    self.hypothesis = hypothesis
    self.reference = reference
    self.options = options
    self.baseline = baseline ?? Self.estimateBaseline(hypothesis, reference)
    self.shapes = shapes
    self.penalties = shapes.map { options.beadPenalties["\($0.0)-\($0.1)"] ?? 0 }
  }

  /// Mean Dice over a fixed, deterministic sample of pairs far from the diagonal, capped at
  /// 0.5 so a degenerate input cannot make every pair look perfect.
  static func estimateBaseline(_ hypothesis: [AlignmentItem], _ reference: [AlignmentItem]) -> Double {
    let n = hypothesis.count
    let m = reference.count
    guard n > 1, m > 1 else { return 0.1 }
    var total = 0.0
    let samples = min(400, n * m)
    // The sample repeats pairs (for 30 paragraphs a side, 30 pairs make up all 400 draws):
    // each is compared once.
    var dice: [Int: Double] = [:]
    for k in 0..<samples {
      let i = (k * 7919) % n
      let j = (i * m / n + m / 2 + (k * 104_729) % max(1, m / 3)) % m
      if let known = dice[i * m + j] {
        total += known
      } else {
        let value = Similarity.dice(hypothesis[i].profile, reference[j].profile)
        dice[i * m + j] = value
        total += value
      }
    }
    return min(0.5, total / Double(samples))
  }

  /// The path from (0, 0) to (n, m).
  func run() -> [PathStep] {
    let n = hypothesis.count
    let m = reference.count
    if n == 0 || m == 0 {
      return Array(repeating: PathStep(hypothesis: 1, reference: 0, similarity: 0), count: n)
        + Array(repeating: PathStep(hypothesis: 0, reference: 1, similarity: 0), count: m)
    }
    let band: Band
    if (n + 1) * (m + 1) <= options.fullSearchCells {
      band = Band(full: n, m)
    } else {
      band = coarseBand()
    }
    return search(in: band) ?? search(in: Band(full: n, m)) ?? []
  }

  /// The cost and raw similarity of a bead of `a` hypothesis items from `i` and `b`
  /// reference items from `j`; `pairDice` is the Dice of a 1-1 bead when already known.
  func cost(
    _ i: Int, _ a: Int, _ j: Int, _ b: Int, penalty base: Double, pairDice: Double? = nil
  ) -> (cost: Double, similarity: Double) {
    if a == 0 || b == 0 { return (options.skipCost * Double(a + b), 0) }
    let left = hypothesis[i..<(i + a)]
    let right = reference[j..<(j + b)]
    let dice: Double
    if a == 1, b == 1 {
      dice = pairDice ?? Similarity.dice(left[i].profile, right[j].profile)
    } else {
      dice = Similarity.dice(MergedGrams(left), MergedGrams(right))
    }
    var normalized = max(0, (dice - baseline) / (1 - baseline))
    if a == 1, b == 1, left[i].isHeading, right[j].isHeading {
      normalized = min(1, normalized + options.headingBonus)
    }
    var lengthA = 0
    var lengthB = 0
    for item in left { lengthA += item.profile.length }
    for item in right { lengthB += item.profile.length }
    let ratio = abs(log((Double(lengthA) + 10) / (Double(lengthB) + 10)))
    var penalty = base
    if a + b > 2 {
      // A heading merged into body text hides the heading rewrite the reader cares about.
      var headings = 0
      for item in left where item.isHeading { headings += 1 }
      for item in right where item.isHeading { headings += 1 }
      penalty += options.headingMergePenalty * Double(headings)
    }
    let items = Double(a + b) / 2
    return ((1 - normalized) * items + penalty + options.lengthWeight * ratio, dice)
  }

  /// Dynamic program restricted to `band`; `nil` if the band does not connect the corners.
  func search(in band: Band) -> [PathStep]? {
    let n = hypothesis.count
    let m = reference.count
    var costs = [Double](repeating: .infinity, count: band.cellCount)
    var moves = [UInt8](repeating: .max, count: band.cellCount)
    var similarities = [Float](repeating: 0, count: band.cellCount)
    // Dice of the single items ending at each cell, for pruning merges below.
    var pairs = [Float](repeating: -1, count: band.cellCount)
    costs[0] = 0
    for i in 0...n {
      for j in band.columns(i) {
        guard let cell = band.cell(i, j) else { continue }
        // The Dice of the items ending here: the 1-1 bead's, and kept for pruning merges.
        var pairDice: Double? = nil
        if i > 0, j > 0 {
          let dice = Similarity.dice(hypothesis[i - 1].profile, reference[j - 1].profile)
          pairDice = dice
          pairs[cell] = Float(dice)
        }
        for (shape, (a, b)) in shapes.enumerated() {
          guard i >= a, j >= b, let previous = band.cell(i - a, j - b) else { continue }
          let before = costs[previous]
          guard before.isFinite else { continue }
          if a + b > 2, !everyItemRelated(i, a, j, b, band, pairs) { continue }
          let bead = cost(i - a, a, j - b, b, penalty: penalties[shape], pairDice: a == 1 && b == 1 ? pairDice : nil)
          let total = before + bead.cost
          if total < costs[cell] {
            costs[cell] = total
            moves[cell] = UInt8(shape)
            similarities[cell] = Float(bead.similarity)
          }
        }
      }
    }
    var steps: [PathStep] = []
    var i = n
    var j = m
    while i > 0 || j > 0 {
      guard let cell = band.cell(i, j), moves[cell] != .max else { return nil }
      let (a, b) = shapes[Int(moves[cell])]
      steps.append(PathStep(hypothesis: a, reference: b, similarity: Double(similarities[cell])))
      i -= a
      j -= b
    }
    return steps.reversed()
  }

  /// Whether every item of a merge bead ending at (i, j) overlaps some item of the other
  /// side by more than `options.mergeFloor` above chance. A merge whose parts are individually unrelated cannot be a real
  /// split or join, so its (costly) merged similarity is not computed: this pruning is what
  /// keeps multi-item beads affordable in long documents.
  private func everyItemRelated(_ i: Int, _ a: Int, _ j: Int, _ b: Int, _ band: Band, _ pairs: [Float]) -> Bool {
    let floor = Float(baseline + options.mergeFloor * (1 - baseline))
    func pair(_ x: Int, _ y: Int) -> Float {
      guard let cell = band.cell(x, y), pairs[cell] >= 0 else {
        return Float(Similarity.dice(hypothesis[x - 1].profile, reference[y - 1].profile))
      }
      return pairs[cell]
    }
    for x in (i - a + 1)...i where !((j - b + 1)...j).contains(where: { pair(x, $0) > floor }) { return false }
    for y in (j - b + 1)...j where !((i - a + 1)...i).contains(where: { pair($0, y) > floor }) { return false }
    return true
  }
}
