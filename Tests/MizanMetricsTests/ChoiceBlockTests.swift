import Testing

@testable import MizanMetrics

/// `ChoiceBlock` against the sequential generator, whose draws the fixtures check against numpy.
@Suite("choice drawn in parallel pieces")
struct ChoiceBlockTests {
  /// Blocks of `sizes` drawn one after another, and the same total drawn sequentially, after
  /// `lead` sequential draws (an odd lead leaves half of a 64-bit draw buffered).
  func compare(population: Int, sizes: [Int], lead: Int, pieceDraws: Int, seed: UInt64 = 12345) {
    var sequential = NumpyGenerator(seed: seed)
    let expected = sequential.choice(population, size: lead + sizes.reduce(0, +))
    var generator = NumpyGenerator(seed: seed)
    var drawn = generator.choice(population, size: lead)
    var block = ChoiceBlock(pieceDraws: pieceDraws)
    for size in sizes {
      block.draw(size, population: population, from: &generator)
      #expect(block.count == size)
      drawn += block.indices.map(Int.init)
    }
    // The first difference, not two long arrays, on failure.
    let firstDifference = zip(drawn, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
    #expect(
      drawn.count == expected.count && firstDifference == nil,
      "population \(population), lead \(lead), pieces of \(pieceDraws)")
    // The generator is left where the sequential one is, buffered half included.
    #expect(generator.choice(population, size: 3) == sequential.choice(population, size: 3))
  }

  @Test("rejections at every piece and block boundary", arguments: [0, 1, 2, 3])
  func frequentRejections(lead: Int) {
    // 3·10⁹ elements: numpy rejects (2³² − 3·10⁹) mod 3·10⁹ / 2³² ≈ 30% of 32-bit draws, so
    // rejections fall on both halves of draws, at piece ends and in the sequential tail.
    for pieceDraws in [1, 2, 3, 5, 8, 64] {
      compare(
        population: 3_000_000_000, sizes: [1, 2, 3, 7, 1000, 4097, 333, 2, 10_000], lead: lead,
        pieceDraws: pieceDraws)
    }
  }

  @Test func sacreBLEUSizedBlocks() {
    // Rare rejections (1.6 in 10⁵ for 100,000 elements), default pieces, blocks of 10 rows.
    compare(population: 100_000, sizes: [1_000_000, 1_000_000, 300_001], lead: 0, pieceDraws: 1 << 15)
    compare(population: 7, sizes: [99_999, 100_000], lead: 1, pieceDraws: 1000)
  }

  @Test("one element, and 2³² elements (no multiplication)")
  func populationsWithoutLemire() {
    compare(population: 1, sizes: [5, 6], lead: 1, pieceDraws: 2)
    compare(population: 1 << 32, sizes: [5, 1000, 6], lead: 1, pieceDraws: 2)
  }

  @Test("the pieces really hold gaps left by rejections")
  func piecesKeepTheirGaps() {
    var generator = NumpyGenerator(seed: 1)
    var block = ChoiceBlock(pieceDraws: 4)
    block.draw(1000, population: 3_000_000_000, from: &generator)
    let stored = block.runs.reduce(0) { $0 + $1.count }
    #expect(stored == 1000)
    #expect(zip(block.runs, block.runs.dropFirst()).contains { $0.upperBound < $1.lowerBound })
  }

  @Test("any range of the block, across runs")
  func slicesOfRanges() {
    var generator = NumpyGenerator(seed: 3)
    var block = ChoiceBlock(pieceDraws: 3)
    block.draw(500, population: 3_000_000_000, from: &generator)
    let all = block.indices
    for range in [0..<0, 0..<1, 0..<500, 17..<18, 5..<250, 99..<431, 499..<500] {
      var pieces: [UInt32] = []
      block.withDraws { draws in draws.forEachSlice(range) { pieces += $0 } }
      #expect(pieces == Array(all[range]), "\(range)")
    }
  }
}
