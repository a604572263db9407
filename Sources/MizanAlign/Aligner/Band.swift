/// The cells of the search grid a dynamic program visits: for each hypothesis position
/// `i` in 0...n, a contiguous range of reference positions. Stored row by row in one flat
/// array, so memory is the number of cells in the band, not n × m.
struct Band {
  /// Lowest and highest searched column of each row.
  private(set) var low: [Int]
  private(set) var high: [Int]
  /// Index of each row's first cell in the flat arrays.
  private(set) var offsets: [Int]
  private(set) var cellCount: Int

  /// Every cell of an (n+1) × (m+1) grid.
  init(full n: Int, _ m: Int) {
    self.init(low: Array(repeating: 0, count: n + 1), high: Array(repeating: m, count: n + 1))
  }

  init(low: [Int], high: [Int]) {
    self.low = low
    self.high = high
    var offsets: [Int] = []
    offsets.reserveCapacity(low.count)
    var total = 0
    for row in low.indices {
      offsets.append(total)
      total += max(0, high[row] - low[row] + 1)
    }
    self.offsets = offsets
    self.cellCount = total
  }

  func columns(_ row: Int) -> Range<Int> {
    low[row] <= high[row] ? low[row]..<(high[row] + 1) : 0..<0
  }

  @inline(__always)
  func cell(_ row: Int, _ column: Int) -> Int? {
    guard row >= 0, row < low.count, column >= low[row], column <= high[row] else { return nil }
    return offsets[row] + column - low[row]
  }
}
