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
  /// Row → the index in `costs` of the row's column 0 (which may lie before the row's
  /// storage: only columns from `low − 1` to the next row's `high` are stored). Those extra
  /// cells around the beam hold `infinity` for ever, so the next row reads its up and
  /// diagonal neighbours without bounds tests.
  private let bases: [Int]

  /// Costs of the last full computation (`distanceAndTrace`), row by row. The trace is read
  /// back from them: each cell on the path makes the same choice again from its neighbours.
  private var costs: [Int]
  /// Costs of the last cost-only computation, laid out as `costs`.
  private var scratch: [Int]

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
    if hypothesisLength > 0 {
      for row in 1...hypothesisLength {
        let diagonal = Int((Double(row) * ratio).rounded(.down))
        let low = max(0, diagonal - beamWidth)
        var high = min(referenceLength + 1, diagonal + beamWidth)
        if row == hypothesisLength { high = referenceLength + 1 }
        high = max(high, low)
        lows.append(low)
        highs.append(high)
      }
    }
    // Beams only move right (`low` and `high` never decrease), so row r − 1 stored over
    // [low(r−1) − 1, high(r)) covers every neighbour row r reads.
    var bases: [Int] = []
    bases.reserveCapacity(hypothesisLength + 1)
    var cellCount = 0
    for row in 0...hypothesisLength {
      let start = max(0, lows[row] - 1)
      let end = row < hypothesisLength ? max(highs[row + 1], highs[row]) : highs[row]
      bases.append(cellCount - start)
      cellCount += end - start
    }
    self.lows = lows
    self.highs = highs
    self.bases = bases
    costs = Array(repeating: Self.infinity, count: cellCount)
    // The first row inserts every reference word.
    for column in 0...referenceLength { costs[column] = column }
    scratch = costs
  }

  /// The cost in a stored cell, `infinity` outside the row's beam.
  @inline(__always)
  private func storedCost(row: Int, column: Int) -> Int {
    guard column >= lows[row] && column < highs[row] else { return Self.infinity }
    return costs[bases[row] + column]
  }

  /// Computes and keeps the whole matrix for `hypothesis` (whose length must be
  /// `hypothesisLength`), returning the distance and the trace from the first words on. The
  /// first `unchangedPrefix` words must equal those of the previous call's hypothesis: their
  /// rows are kept.
  mutating func distanceAndTrace(
    _ hypothesis: [Int32], unchangedPrefix: Int = 0
  ) -> (distance: Int, trace: [Operation]) {
    let referenceLength = reference.count
    let infinity = Self.infinity
    let firstRow = min(unchangedPrefix, hypothesisLength) + 1
    if firstRow <= hypothesisLength {
      let lows = self.lows
      let highs = self.highs
      let bases = self.bases
      costs.withUnsafeMutableBufferPointer { costs in
        reference.withUnsafeBufferPointer { reference in
          hypothesis.withUnsafeBufferPointer { hypothesis in
            // Bounds: every index is a row base plus a column of the row's beam, or of the
            // previous row's stored span (see `bases`).
            for row in firstRow...hypothesisLength {
              var low = lows[row]
              let high = highs[row]
              let base = bases[row]
              let previousBase = bases[row - 1]
              let word = hypothesis[row - 1]
              var left = infinity
              if low == 0 && high > 0 {
                left = costs[previousBase] + 1
                costs[base] = left
                low = 1
              }
              for column in low..<high {
                // lib_ter caps a cell at `infinity`: no candidate beats it.
                var best = costs[previousBase + column - 1] + (word == reference[column - 1] ? 0 : 1)
                best = min(best, costs[previousBase + column] + 1)
                best = min(best, left + 1)
                best = min(best, infinity)
                costs[base + column] = best
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
      let operation = self.operation(row: row, column: column, hypothesis: hypothesis)
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

  /// The operation the forward pass chose for a cell inside the beam: ties keep the first of
  /// match/substitution, deletion, insertion, and nothing beats `infinity`, exactly as
  /// sacreBLEU orders them. Neighbours outside a beam read `infinity`, as they did then.
  private func operation(row: Int, column: Int, hypothesis: [Int32]) -> Operation {
    if row == 0 { return .insertion }
    if column == 0 { return .deletion }
    let infinity = Self.infinity
    let previousBase = bases[row - 1]
    let isMatch = hypothesis[row - 1] == reference[column - 1]
    let diagonal = costs[previousBase + column - 1] + (isMatch ? 0 : 1)
    let up = costs[previousBase + column] + 1
    let left = (column - 1 >= lows[row] ? costs[bases[row] + column - 1] : infinity) + 1
    var best = infinity
    var operation = Operation.undefined
    if best > diagonal {
      best = diagonal
      operation = isMatch ? .match : .substitution
    }
    if best > up {
      best = up
      operation = .deletion
    }
    if best > left {
      operation = .insertion
    }
    return operation
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
    let bases = self.bases
    return costs.withUnsafeBufferPointer { stored in
      scratch.withUnsafeMutableBufferPointer { scratch in
        reference.withUnsafeBufferPointer { reference in
          hypothesis.withUnsafeBufferPointer { hypothesis in
            // Row `start` comes from the stored matrix, later rows from `scratch`; both keep
            // `infinity` around every beam.
            guard let storedBase = stored.baseAddress, let scratchBase = scratch.baseAddress else {
              return infinity
            }
            var previous = UnsafePointer(storedBase) + bases[start]
            for row in (start + 1)...hypothesisLength {
              var low = lows[row]
              let high = highs[row]
              let current = scratchBase + bases[row]
              let word = hypothesis[row - 1]
              var left = infinity
              if low == 0 && high > 0 {
                left = previous[0] + 1
                current[0] = left
                low = 1
              }
              for column in low..<high {
                var best = previous[column - 1] + (word == reference[column - 1] ? 0 : 1)
                best = min(best, previous[column] + 1)
                best = min(best, left + 1)
                current[column] = best
                left = best
              }
              previous = UnsafePointer(current)
            }
            return previous[referenceLength]
          }
        }
      }
    }
  }
}
