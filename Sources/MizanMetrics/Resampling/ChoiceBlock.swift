import Dispatch

/// A block of `NumpyGenerator.choice(count, …)` draws made on all cores: the same indices, in
/// the same order, as the sequential `choice(_:into:)`.
///
/// Why the stream can be cut: Lemire's method keeps or rejects each 32-bit draw by a test on
/// that draw alone (`LemireBound`), so the indices are the raw stream mapped value by value with
/// the rejected values left out; and PCG64's LCG jumps ahead any number of steps in O(log steps)
/// (`PCG64.stride`), so each worker starts its piece of the raw stream where it lies. Rejections
/// are rare (fewer than count/2³² of the draws), so instead of moving every later index left
/// over each one, each piece keeps its indices where they were made and the block is a list of
/// runs; the few indices the block still lacks are drawn sequentially at its end.
struct ChoiceBlock {
  /// 64-bit draws per parallel piece (two 4-byte indices each, 256 KB a piece): small enough to
  /// share out evenly, large enough that the jump ahead and the hand-out cost nothing.
  static let defaultPieceDraws = 1 << 15

  private var storage: [UInt32] = []
  /// The storage ranges holding the indices, in draw order.
  private(set) var runs: [Range<Int>] = []
  /// Where each run starts among the block's indices.
  private var runStarts: [Int] = []
  /// The number of indices in the block.
  private(set) var count = 0
  private let pieceDraws: Int

  init(pieceDraws: Int = ChoiceBlock.defaultPieceDraws) {
    precondition(pieceDraws > 0)
    self.pieceDraws = pieceDraws
  }

  /// Replaces the block with the next `size` draws of `generator.choice(population, …)`.
  /// `population` must be in 1...2³².
  mutating func draw(_ size: Int, population: Int, from generator: inout NumpyGenerator) {
    precondition(population > 0 && population <= 1 << 32, "choice from 1...2^32 elements")
    runs.removeAll(keepingCapacity: true)
    runStarts.removeAll(keepingCapacity: true)
    count = 0
    var end = 0
    if (2..<(1 << 32)).contains(population) {
      let bound = LemireBound(count: population)
      // numpy may hold the high half of a 64-bit draw; take draws one at a time until it
      // does not, so that the pieces start on whole 64-bit draws.
      while generator.bits.hasBufferedHalf && count < size {
        end = appendSequentially(1, population: population, from: &generator, at: end)
      }
      let draws = (size - count) / 2
      if draws > 0 {
        end = appendInParallel(draws, bound: bound, from: &generator, at: end)
      }
    }
    // What rejections left out, an odd last index, or the whole block for 1 or 2³² indices.
    _ = appendSequentially(size - count, population: population, from: &generator, at: end)
  }

  /// Makes `draws` 64-bit draws in pieces on all cores into `storage[start...]`, one run per
  /// piece, and advances the generator past them. Returns the storage end.
  private mutating func appendInParallel(
    _ draws: Int, bound: LemireBound, from generator: inout NumpyGenerator, at start: Int
  ) -> Int {
    let end = start + 2 * draws
    reserve(end)
    let pieces = (draws + pieceDraws - 1) / pieceDraws
    let pieceDraws = self.pieceDraws
    let first = generator.bits
    var kept = [Int](repeating: 0, count: pieces)
    storage.withUnsafeMutableBufferPointer { storage in
      kept.withUnsafeMutableBufferPointer { kept in
        let shared = Shared(storage: storage.baseAddress!, kept: kept.baseAddress!)
        DispatchQueue.concurrentPerform(iterations: pieces) { piece in
          let skipped = piece * pieceDraws
          var bits = first
          bits.advance(by: UInt128(skipped))
          // Bounds: piece p writes at most 2 · pieceDraws values from start + 2 · skipped, below
          // `end`, which `reserve` made room for; pieces do not overlap.
          shared.kept[piece] = Self.fill(
            shared.storage + start + 2 * skipped, draws: min(pieceDraws, draws - skipped),
            from: bits, bound: bound)
        }
      }
    }
    for (piece, kept) in kept.enumerated() where kept > 0 {
      let pieceStart = start + 2 * piece * pieceDraws
      appendRun(pieceStart..<(pieceStart + kept))
    }
    generator.bits.advance(by: UInt128(draws))
    return end
  }

  /// Writes the indices of `draws` 64-bit draws from `bits` to `out`, dropping rejected ones;
  /// returns how many it wrote.
  private static func fill(
    _ out: UnsafeMutablePointer<UInt32>, draws: Int, from bits: PCG64, bound: LemireBound
  ) -> Int {
    var written = 0
    var lanes = PCG64.Lanes(bits)
    let lowHalves = SIMD2<UInt64>(repeating: 0xFFFF_FFFF)
    let count = SIMD2<UInt64>(repeating: bound.count)
    let threshold = SIMD2<UInt64>(repeating: UInt64(bound.threshold))
    for _ in 0..<(draws / 4) {
      let group = lanes.next()
      // The fast path writes all eight indices and checks for a rejection once, without
      // branches: low half − threshold borrows, setting the top bit, when a draw is rejected.
      var borrows = SIMD2<UInt64>.zero
      /// Two 64-bit draws as four indices, two products at a time.
      @inline(__always) func put(_ first: UInt64, _ second: UInt64, at offset: Int) {
        let draws = SIMD2(first, second)
        // `count` masked here, next to the multiplications, shows the compiler 32 × 32-bit
        // products (one vector instruction for two; without the mask, three).
        let low = (draws & lowHalves) &* (count & lowHalves)
        let high = (draws &>> 32) &* (count & lowHalves)
        borrows |= ((low & lowHalves) &- threshold) | ((high & lowHalves) &- threshold)
        let indices = SIMD4<UInt32>(
          UInt32(truncatingIfNeeded: low[0] &>> 32), UInt32(truncatingIfNeeded: high[0] &>> 32),
          UInt32(truncatingIfNeeded: low[1] &>> 32), UInt32(truncatingIfNeeded: high[1] &>> 32))
        // Bounds: `written + 8` ≤ 2 · draws, the room the caller gave.
        UnsafeMutableRawPointer(out + (written &+ offset)).storeBytes(of: indices, as: SIMD4<UInt32>.self)
      }
      put(group.0, group.1, at: 0)
      put(group.2, group.3, at: 4)
      if (borrows[0] | borrows[1]) >> 63 == 0 {
        written &+= 8
      } else {
        written = keep(group, draws: 4, into: out, at: written, bound: bound)
      }
    }
    if draws % 4 > 0 { written = keep(lanes.next(), draws: draws % 4, into: out, at: written, bound: bound) }
    return written
  }

  /// Writes the indices of the first `draws` of `group` to `out` from `written`, dropping
  /// rejected ones; returns the new end. numpy's order: each 64-bit draw's low half first.
  @inline(never)
  private static func keep(
    _ group: (UInt64, UInt64, UInt64, UInt64), draws: Int, into out: UnsafeMutablePointer<UInt32>,
    at written: Int, bound: LemireBound
  ) -> Int {
    var written = written
    for draw in [group.0, group.1, group.2, group.3].prefix(draws) {
      for half in [UInt32(truncatingIfNeeded: draw), UInt32(truncatingIfNeeded: draw >> 32)] {
        let product = bound.product(half)
        if !bound.rejects(product) {
          out[written] = LemireBound.index(product)
          written += 1
        }
      }
    }
    return written
  }

  /// Draws `size` indices with the sequential generator into `storage[start...]` as one run.
  /// Returns the storage end.
  private mutating func appendSequentially(
    _ size: Int, population: Int, from generator: inout NumpyGenerator, at start: Int
  ) -> Int {
    guard size > 0 else { return start }
    let end = start + size
    reserve(end)
    storage.withUnsafeMutableBufferPointer { storage in
      generator.choice(population, into: UnsafeMutableBufferPointer(rebasing: storage[start..<end]))
    }
    appendRun(start..<end)
    return end
  }

  private mutating func reserve(_ end: Int) {
    if storage.count < end { storage += repeatElement(0, count: end - storage.count) }
  }

  private mutating func appendRun(_ range: Range<Int>) {
    runs.append(range)
    runStarts.append(count)
    count += range.count
  }

  /// The block's indices in order, copied out.
  var indices: [UInt32] {
    var indices = [UInt32]()
    indices.reserveCapacity(count)
    withDraws { draws in draws.forEachSlice(0..<count) { indices += $0 } }
    return indices
  }

  /// The block read-only, for workers that each sum some of its rows.
  func withDraws<T>(_ body: (Draws) -> T) -> T {
    storage.withUnsafeBufferPointer { storage in
      body(Draws(storage: storage, runs: runs, runStarts: runStarts))
    }
  }

  /// A read-only view of a block, shared by the workers summing its rows.
  struct Draws: @unchecked Sendable {
    fileprivate let storage: UnsafeBufferPointer<UInt32>
    fileprivate let runs: [Range<Int>]
    fileprivate let runStarts: [Int]

    /// Calls `body` on the contiguous pieces of the block's indices `range`, in order.
    @inline(__always)
    func forEachSlice(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt32>.SubSequence) -> Void) {
      // The last run starting at or before range.lowerBound.
      var low = 0
      var high = runStarts.count
      while high - low > 1 {
        let middle = (low + high) / 2
        if runStarts[middle] <= range.lowerBound { low = middle } else { high = middle }
      }
      var run = low
      var position = range.lowerBound
      while position < range.upperBound {
        let offset = runs[run].lowerBound - runStarts[run]
        let stop = min(range.upperBound, runStarts[run] + runs[run].count)
        // Bounds: runs lie within storage, and [position, stop) within run `run`.
        body(storage[(position + offset)..<(stop + offset)])
        position = stop
        run += 1
      }
    }
  }

  /// Storage and per-piece counts, written by disjoint pieces.
  private struct Shared: @unchecked Sendable {
    let storage: UnsafeMutablePointer<UInt32>
    let kept: UnsafeMutablePointer<Int>
  }
}
