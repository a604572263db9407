/// The word edit distance TER uses between a (shifted) hypothesis and one reference, searched
/// only in a beam around the length-scaled diagonal, as sacreBLEU's `BeamEditDistance` does
/// (its beam replaces tercom's, with the same width of 25).
///
/// Insertion, deletion and substitution cost 1 (sacreBLEU lib_ter `_COST_*`). Cells outside
/// the beam hold `infinity`, and ties prefer match/substitution, then deletion, then
/// insertion, exactly as sacreBLEU orders them, because the trace decides which shifts are
/// tried. Words are interned integer ids. Shifting never changes the hypothesis length, so
/// the beam of every row is fixed per hypothesis–reference pair and computed once.
struct BeamEditDistance {
  /// sacreBLEU lib_ter's `_BEAM_WIDTH`, tercom's beam width.
  static let defaultBeamWidth = 25
  /// sacreBLEU lib_ter's `_INT_INFINITY`: the cost of a cell outside the beam.
  static let infinity = 10_000_000_000_000_000

  /// An edit operation in the trace, in sacreBLEU's terms (rewriting the hypothesis into
  /// the reference).
  enum Operation: UInt8 {
    case match, substitution, insertion, deletion, undefined
  }

  /// The reference's word ids.
  let reference: [Int32]
  /// The hypothesis length every row layout is computed for.
  let hypothesisLength: Int
  /// Row → first column inside the beam.
  private let lows: [Int]
  /// Row → one past the last column inside the beam.
  private let highs: [Int]
  /// Row → where the row's beam cells start in `costs` and `operations`.
  private let offsets: [Int]

  /// Costs of the beam cells of the last full computation, row by row.
  private var costs: [Int]
  /// Operations of the same cells, for the trace.
  private var operations: [Operation]
  /// Scratch rows for cost-only computations.
  private var previousRow: [Int]
  private var currentRow: [Int]

  init(reference: [Int32], hypothesisLength: Int) {
    self.reference = reference
    self.hypothesisLength = hypothesisLength
    let referenceLength = reference.count
    // sacreBLEU: ratio = |ref| / |hyp| (1 for an empty hypothesis); when half the ratio
    // exceeds the beam width, the beam widens so consecutive rows still overlap.
    let ratio = hypothesisLength > 0 ? Double(referenceLength) / Double(hypothesisLength) : 1
    let beamWidth =
      Double(Self.defaultBeamWidth) < ratio / 2
      ? Int((ratio / 2 + Double(Self.defaultBeamWidth)).rounded(.up)) : Self.defaultBeamWidth
    var lows = [0]
    var highs = [referenceLength + 1]
    var offsets = [0]
    var cellCount = referenceLength + 1
    if hypothesisLength > 0 {
      for row in 1...hypothesisLength {
        let diagonal = Int((Double(row) * ratio).rounded(.down))
        let low = max(0, diagonal - beamWidth)
        var high = min(referenceLength + 1, diagonal + beamWidth)
        if row == hypothesisLength { high = referenceLength + 1 }
        high = max(high, low)
        lows.append(low)
        highs.append(high)
        offsets.append(cellCount)
        cellCount += high - low
      }
    }
    self.lows = lows
    self.highs = highs
    self.offsets = offsets
    costs = Array(repeating: Self.infinity, count: cellCount)
    operations = Array(repeating: .undefined, count: cellCount)
    // The first row inserts every reference word.
    for column in 0...referenceLength {
      costs[column] = column
      operations[column] = .insertion
    }
    previousRow = Array(repeating: Self.infinity, count: referenceLength + 1)
    currentRow = previousRow
  }

  /// The cost in a stored cell, `infinity` outside the row's beam.
  @inline(__always)
  private func storedCost(row: Int, column: Int) -> Int {
    guard column >= lows[row] && column < highs[row] else { return Self.infinity }
    return costs[offsets[row] + column - lows[row]]
  }

  /// Computes and keeps the whole matrix for `hypothesis` (whose length must be
  /// `hypothesisLength`), returning the distance and the trace from the first words on.
  mutating func distanceAndTrace(_ hypothesis: [Int32]) -> (distance: Int, trace: [Operation]) {
    let referenceLength = reference.count
    let infinity = Self.infinity
    if hypothesisLength > 0 {
      let lows = self.lows
      let highs = self.highs
      let offsets = self.offsets
      costs.withUnsafeMutableBufferPointer { costs in
        operations.withUnsafeMutableBufferPointer { operations in
          reference.withUnsafeBufferPointer { reference in
            for row in 1...hypothesisLength {
              let low = lows[row]
              let high = highs[row]
              let offset = offsets[row] - low
              let previousLow = lows[row - 1]
              let previousHigh = highs[row - 1]
              let previousOffset = offsets[row - 1] - previousLow
              let word = hypothesis[row - 1]
              var left = infinity
              for column in low..<high {
                let up =
                  column >= previousLow && column < previousHigh
                  ? costs[previousOffset + column] : infinity
                if column == 0 {
                  left = up + 1
                  costs[offset] = left
                  operations[offset] = .deletion
                  continue
                }
                let diagonalColumn = column - 1
                let diagonalBase =
                  diagonalColumn >= previousLow && diagonalColumn < previousHigh
                  ? costs[previousOffset + diagonalColumn] : infinity
                let isMatch = word == reference[diagonalColumn]
                // Ties keep the first: match/substitution, then deletion, then insertion.
                var best = infinity
                var operation = Operation.undefined
                let diagonal = diagonalBase + (isMatch ? 0 : 1)
                if best > diagonal {
                  best = diagonal
                  operation = isMatch ? .match : .substitution
                }
                if best > up + 1 {
                  best = up + 1
                  operation = .deletion
                }
                // `left` is infinity at the first column of the beam.
                if best > left + 1 {
                  best = left + 1
                  operation = .insertion
                }
                costs[offset + column] = best
                operations[offset + column] = operation
                left = best
              }
            }
          }
        }
      }
    }
    var trace: [Operation] = []
    trace.reserveCapacity(hypothesisLength + referenceLength)
    var row = hypothesisLength
    var column = referenceLength
    while row > 0 || column > 0 {
      guard column >= lows[row] && column < highs[row] else { break }
      let operation = operations[offsets[row] + column - lows[row]]
      trace.append(operation)
      switch operation {
      case .match, .substitution:
        row -= 1
        column -= 1
      case .insertion: column -= 1
      case .deletion: row -= 1
      case .undefined:
        // sacreBLEU raises here; it needs a beam that lost the path, which the widened beam
        // prevents. Stop rather than crash.
        row = 0
        column = 0
      }
    }
    trace.reverse()
    return (storedCost(row: hypothesisLength, column: referenceLength), trace)
  }

  /// The distance of `hypothesis`, which equals the hypothesis of the last
  /// `distanceAndTrace` call in its first `unchangedPrefix` words, reusing those rows (the
  /// role of sacreBLEU's prefix cache). Keeps no trace.
  mutating func distance(_ hypothesis: [Int32], unchangedPrefix: Int) -> Int {
    let referenceLength = reference.count
    let start = min(unchangedPrefix, hypothesisLength)
    if start == hypothesisLength {
      return storedCost(row: hypothesisLength, column: referenceLength)
    }
    let infinity = Self.infinity
    let lows = self.lows
    let highs = self.highs
    let offsets = self.offsets
    let costs = self.costs
    var previousRow = self.previousRow
    var currentRow = self.currentRow
    self.previousRow = []
    self.currentRow = []
    defer {
      self.previousRow = previousRow
      self.currentRow = currentRow
    }
    // Rows hold infinity outside their beam: seed the previous row with stored row `start`.
    previousRow.withUnsafeMutableBufferPointer { $0.update(repeating: infinity) }
    currentRow.withUnsafeMutableBufferPointer { $0.update(repeating: infinity) }
    for column in lows[start]..<highs[start] {
      previousRow[column] = costs[offsets[start] + column - lows[start]]
    }
    var previousLow = lows[start]
    var previousHigh = highs[start]
    var staleLow = 0
    var staleHigh = 0
    reference.withUnsafeBufferPointer { reference in
      for row in (start + 1)...hypothesisLength {
        let low = lows[row]
        let high = highs[row]
        let word = hypothesis[row - 1]
        previousRow.withUnsafeMutableBufferPointer { previous in
          currentRow.withUnsafeMutableBufferPointer { current in
            // Clear what the row two rows back left in this buffer.
            for column in staleLow..<staleHigh { current[column] = infinity }
            var left = infinity
            for column in low..<high {
              if column == 0 {
                left = previous[0] + 1
                current[0] = left
                continue
              }
              var best = previous[column - 1] + (word == reference[column - 1] ? 0 : 1)
              best = min(best, previous[column] + 1)
              best = min(best, left + 1)
              current[column] = best
              left = best
            }
          }
        }
        swap(&previousRow, &currentRow)
        staleLow = previousLow
        staleHigh = previousHigh
        previousLow = low
        previousHigh = high
      }
    }
    return previousRow[referenceLength]
  }
}
