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

  @Test("jumping ahead k draws equals stepping k draws", arguments: [0, 1, 2, 3, 4, 5, 17, 1000, 4099])
  func jumpAheadEqualsStepping(steps: Int) {
    var stepped = PCG64(seed: 12345)
    for _ in 0..<steps { _ = stepped.next64() }
    var jumped = PCG64(seed: 12345)
    jumped.advance(by: UInt128(steps))
    #expect(jumped.stateAndIncrement == stepped.stateAndIncrement)
    #expect([jumped.next64(), jumped.next64()] == [stepped.next64(), stepped.next64()])
  }

  @Test func jumpAheadMatchesNumpy() {
    // g = np.random.PCG64(12345); g.advance(2**100 + 12345); g.state['state']['state'], g.random_raw(2)
    var bits = PCG64(seed: 12345)
    bits.advance(by: UInt128(1) << 100 + 12345)
    #expect(bits.stateAndIncrement.state.description == "290761133216140778004978374077718403656")
    #expect([bits.next64(), bits.next64()] == [0xea6b_780e_c677_7126, 0xd7cb_0445_f64e_1f4e])
    // Jumps compose: 2¹⁰⁰ + 12345 steps as 2¹⁰⁰ − 1 then 12346.
    var twice = PCG64(seed: 12345)
    twice.advance(by: UInt128(1) << 100 - 1)
    twice.advance(by: 12346)
    #expect(twice.next64() == 0xea6b_780e_c677_7126)
    // numpy drops a buffered half: bg = np.random.PCG64(12345);
    // np.random.Generator(bg).integers(0, 2**32, dtype=np.uint32); bg.advance(1); bg.random_raw()
    var halved = PCG64(seed: 12345)
    _ = halved.next32()
    #expect(halved.hasBufferedHalf)
    halved.advance(by: 1)
    #expect(!halved.hasBufferedHalf)
    #expect(halved.next64() == 0xcc20_2482_3444_efd9)
  }

  @Test func lanesMakeTheDrawsInOrder() {
    var sequential = PCG64(seed: 99)
    var bits = PCG64(seed: 99)
    _ = bits.next64()
    _ = sequential.next64()
    var lanes = PCG64.Lanes(bits)
    for _ in 0..<50 {
      let (a, b, c, d) = lanes.next()
      #expect([a, b, c, d] == (0..<4).map { _ in sequential.next64() })
    }
  }

  @Test("choice from 3 billion elements, where numpy rejects 30% of 32-bit draws")
  func frequentRejectionsMatchNumpy() {
    // np.random.default_rng(7).choice(3_000_000_000, size=1_000_000)[-8:]
    let numpy = [1073550469, 2126777152, 77193816, 324805749, 285691140, 875486532, 2089735595, 2321554115]
    var sequential = NumpyGenerator(seed: 7)
    #expect(Array(sequential.choice(3_000_000_000, size: 1_000_000).suffix(8)) == numpy)
    var generator = NumpyGenerator(seed: 7)
    var block = ChoiceBlock()
    block.draw(1_000_000, population: 3_000_000_000, from: &generator)
    #expect(Array(block.indices.suffix(8)).map(Int.init) == numpy)
  }

  @Test func sacreBLEUDrawsOfA100kCorpus() {
    // r = np.random.default_rng(12345).choice(100_000, size=(41, 100_000)); r[20, :4], r[40, -8:]
    var generator = NumpyGenerator(seed: 12345)
    var block = ChoiceBlock()
    block.draw(20 * 100_000 + 4, population: 100_000, from: &generator)
    #expect(Array(block.indices.suffix(4)) == [30524, 66222, 92541, 30352])
    block.draw(21 * 100_000 - 4, population: 100_000, from: &generator)
    #expect(Array(block.indices.suffix(8)) == [9223, 48309, 39978, 59874, 78573, 88693, 42402, 9375])
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
