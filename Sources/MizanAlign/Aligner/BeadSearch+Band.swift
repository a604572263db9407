extension BeadSearch {
  /// The band for a large grid, found coarse-to-fine as Vecalign (Thompson & Koehn 2019)
  /// does: merge every `coarseBlock` consecutive items into one, align the shorter sequences
  /// (recursively, so each level is again small or coarsened), project the coarse path back
  /// onto the fine grid and search only `window` cells around it. Cost is near-linear:
  /// each level has 1/`coarseBlock` the items and the fine search visits O(n · window) cells.
  func coarseBand() -> Band {
    let n = hypothesis.count
    let m = reference.count
    let k = max(2, options.coarseBlock)
    let coarse = BeadSearch(
      hypothesis: Self.blocks(hypothesis, size: k), reference: Self.blocks(reference, size: k),
      options: options, baseline: nil, shapes: Self.coarseShapes)
    let path = coarse.run()
    var low = [Int](repeating: Int.max, count: n + 1)
    var high = [Int](repeating: Int.min, count: n + 1)
    var row = 0
    var column = 0
    let w = options.window
    func cover(_ rows: ClosedRange<Int>, _ columns: ClosedRange<Int>) {
      for r in rows where r <= n {
        low[r] = min(low[r], max(0, columns.lowerBound - w))
        high[r] = max(high[r], min(m, columns.upperBound + w))
      }
    }
    for step in path {
      // The last block may be short, so clamp both ends to the grid.
      let rows = min(n, row * k)...min(n, (row + step.hypothesis) * k)
      let columns = min(m, column * k)...min(m, (column + step.reference) * k)
      cover(max(0, rows.lowerBound - w)...min(n, rows.upperBound + w), columns)
      row += step.hypothesis
      column += step.reference
    }
    cover(0...0, 0...0)
    cover(n...n, m...m)
    // Rows the path never reached (cannot happen for a complete path) get the whole width,
    // and every row's range must overlap the previous one so the grid stays connected.
    for r in 0...n where low[r] > high[r] {
      low[r] = 0
      high[r] = m
    }
    for r in 1...max(1, n) where r <= n {
      low[r] = min(max(low[r], low[r - 1]), high[r])
      high[r] = max(high[r], high[r - 1])
    }
    return Band(low: low, high: high)
  }

  /// Coarse levels only locate the path; merges of blocks add cost and no information.
  static let coarseShapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1), (1, 2), (2, 1)]

  /// Consecutive items merged `size` at a time (the last block may be shorter). Each block
  /// keeps about 1/`size` of its trigrams, chosen by a hash of the trigram so the same
  /// trigram is kept on both sides (consistent sampling, as in MinHash sketches): Dice is
  /// preserved in expectation and a coarse item costs no more to compare than a fine one.
  static func blocks(_ items: [AlignmentItem], size: Int) -> [AlignmentItem] {
    stride(from: 0, to: items.count, by: size).map { start in
      let slice = items[start..<min(items.count, start + size)]
      let merged = NGramProfile(merging: slice.map(\.profile))
      let kept = merged.grams.filter { gram in
        var z = gram &* 0x9E37_79B9_7F4A_7C15
        z ^= z >> 29
        return z % UInt64(size) == 0
      }
      return AlignmentItem(profile: NGramProfile(grams: kept, length: merged.length), isHeading: false)
    }
  }
}
