/// Lines up the pairs of a baseline run and the current run of one document as paired
/// segments for sacreBLEU's paired bootstrap test.
///
/// The reference edition is the fixed point: the hypothesis changes between runs (its lines
/// move when paragraphs are dropped or added), so pairs are matched by the reference lines they
/// cover, not by hypothesis lines. Pairs of either run that share a reference line form one
/// segment, their statistics summed (which is exact, statistics being additive); so a 2-1 bead
/// in one run and two 1-1 beads in the other compare as one segment. A segment one run left
/// unaligned (an omission, or content the aligner could not place) counts for that run as an
/// empty hypothesis against the segment's reference text: dropping content is a drop. A
/// segment whose reference text differs between the runs (the reference was edited) cannot be
/// compared and is left out, with a note.
struct BaselineMatching {
  /// One paired segment.
  struct Segment {
    var firstReferenceLine: Int
    var baseline: PairStatistics
    var current: PairStatistics
  }

  var metrics: MetricSuite

  /// The paired segments of one document, in reference order, and notes on what was left out.
  func segments(baseline: DocumentEvaluation, current: DocumentEvaluation) -> (segments: [Segment], notes: [String]) {
    let pairs = baseline.pairs.map { (run: 0, pair: $0) } + current.pairs.map { (run: 1, pair: $0) }
    // Union-find over pairs that share a reference line.
    var parent = Array(pairs.indices)
    func root(_ index: Int) -> Int {
      var index = index
      while parent[index] != index {
        parent[index] = parent[parent[index]]
        index = parent[index]
      }
      return index
    }
    var owner: [Int: Int] = [:]
    for (index, entry) in pairs.enumerated() {
      for line in entry.pair.referenceLines {
        if let other = owner[line] { parent[root(index)] = root(other) } else { owner[line] = index }
      }
    }
    var groups: [Int: [Int]] = [:]
    for index in pairs.indices { groups[root(index), default: []].append(index) }
    var segments: [Segment] = []
    var changed: [Int] = []
    for members in groups.values {
      let baselinePairs = members.filter { pairs[$0].run == 0 }.map { pairs[$0].pair }
      let currentPairs = members.filter { pairs[$0].run == 1 }.map { pairs[$0].pair }
      let firstLine = members.flatMap { pairs[$0].pair.referenceLines }.min() ?? 0
      func referenceText(_ side: [PairEvaluation]) -> String {
        side.sorted { ($0.referenceLines.first ?? 0) < ($1.referenceLines.first ?? 0) }.map(\.reference)
          .joined(separator: " ")
      }
      let baselineLines = Set(baselinePairs.flatMap(\.referenceLines))
      let currentLines = Set(currentPairs.flatMap(\.referenceLines))
      if !baselinePairs.isEmpty, !currentPairs.isEmpty, baselineLines == currentLines,
        referenceText(baselinePairs) != referenceText(currentPairs)
      {
        changed.append(firstLine)
        continue
      }
      func statistics(_ side: [PairEvaluation], other: [PairEvaluation]) -> PairStatistics {
        if side.isEmpty { return metrics.statistics(hypothesis: "", reference: referenceText(other)) }
        return side.map(\.statistics).summed()
      }
      segments.append(
        Segment(
          firstReferenceLine: firstLine, baseline: statistics(baselinePairs, other: currentPairs),
          current: statistics(currentPairs, other: baselinePairs)))
    }
    var notes: [String] = []
    if !changed.isEmpty {
      notes.append(
        "\(current.id): reference text differs from the baseline's at reference line(s) "
          + changed.sorted().map(String.init).joined(separator: ", ") + "; left out of the comparison")
    }
    return (segments.sorted { $0.firstReferenceLine < $1.firstReferenceLine }, notes)
  }
}
