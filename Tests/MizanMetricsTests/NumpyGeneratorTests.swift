import Testing

@testable import MizanMetrics

/// bleu-resampling.json: numpy's default_rng draws and float64 sums.
struct ResamplingFixture: Decodable {
  struct Draw: Decodable {
    var seed: UInt64
    var count: Int
    var rows: Int
    var choice: [[Int]]
    var flips: [[Int]]
  }
  struct Sum: Decodable {
    var values: [Double]
    var sum: Double
    var mean: Double
  }
  var draws: [Draw]
  var sums: [Sum]
}

@Suite("numpy's random generator")
struct NumpyGeneratorTests {
  @Test func seedingMatchesNumpyState() {
    // np.random.PCG64(12345).state
    let (state, increment) = PCG64(seed: 12345).stateAndIncrement
    #expect(state.description == "33261208707367790463622745601869196757")
    #expect(increment.description == "268209174141567072605526753992732310247")
  }

  @Test func rawDrawsMatchNumpy() {
    var bits = PCG64(seed: 12345)
    #expect([bits.next64(), bits.next64(), bits.next64()]
      == [0x3a32_b18d_b2ff_c19d, 0x5117_1315_c9e4_c4de, 0xcc20_2482_3444_efd9])
  }

  @Test("choice and coin flips equal numpy's for several seeds and sizes")
  func drawsMatchNumpy() throws {
    let fixture = try Fixtures.decode(ResamplingFixture.self, from: "bleu-resampling.json")
    for draw in fixture.draws {
      let width = min(draw.count, 50)
      var generator = NumpyGenerator(seed: draw.seed)
      let choice = generator.choice(draw.count, size: draw.rows * width)
      #expect(choice == draw.choice.flatMap { $0 }, "seed \(draw.seed) count \(draw.count)")
      var flipper = NumpyGenerator(seed: draw.seed)
      let flips = flipper.coinFlips(draw.rows * min(draw.count, 70)).map { $0 ? 1 : 0 }
      #expect(flips == draw.flips.flatMap { $0 }, "seed \(draw.seed)")
    }
  }

  @Test func sacreBLEUFirstResampleOfTheSeedCorpus() {
    // np.random.default_rng(12345).choice(21, size=(2, 21)) first row
    var generator = NumpyGenerator(seed: 12345)
    #expect(generator.choice(21, size: 21)
      == [14, 4, 16, 6, 4, 16, 13, 14, 20, 8, 17, 6, 11, 12, 4, 3, 4, 14, 12, 19, 14])
  }
}
