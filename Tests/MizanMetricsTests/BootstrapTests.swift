import Testing

@testable import MizanMetrics

@Suite("Bootstrap and paired tests")
struct BootstrapTests {
  @Test("np.sum and np.mean are reproduced bit for bit")
  func numpySumsMatch() throws {
    let fixture = try Fixtures.decode(ResamplingFixture.self, from: "bleu-resampling.json")
    for sum in fixture.sums {
      #expect(NumpyArithmetic.pairwiseSum(sum.values[...]) == sum.sum, "n = \(sum.values.count)")
      #expect(NumpyArithmetic.numpyMean(sum.values) == sum.mean, "n = \(sum.values.count)")
    }
  }

  @Test func exactMeanRoundsOnce() {
    #expect(NumpyArithmetic.exactMean([0.1, 0.2, 0.3]) == 0.2)
    #expect(NumpyArithmetic.exactMean([1e16, 1, -1e16, 1]) == 0.5)
  }

  @Test func confidenceIntervalOfTheSeedCorpus() throws {
    // sacrebleu seed.ref -i seed.hyp --confidence -w 4: 33.4352 (μ = 33.3900 ± 6.7853)
    let bleu = BLEU()
    let hypotheses = try Fixtures.lines("seed.hyp")
    let references = try Fixtures.lines("seed.ref")
    let statistics = zip(hypotheses, references).map { bleu.statistics(hypothesis: $0, references: [$1]) }
    let interval = BootstrapResampling().confidenceInterval(of: bleu, statistics)
    #expect(PythonFormat.fixed(interval.mean, 4) == "33.3900")
    #expect(PythonFormat.fixed(interval.halfWidth, 4) == "6.7853")
  }

  /// BLEU statistics of a hypothesis of `length` tokens, with made-up matches.
  static func statistics(length: Int, reference: Int) -> BLEUStatistics {
    BLEUStatistics(
      hypothesisLength: length, referenceLength: reference,
      matches: SIMD4(length / 2, length / 3, length / 4, length / 5),
      totals: SIMD4(length, max(0, length - 1), max(0, length - 2), max(0, length - 3)))
  }

  @Test(
    "packed 16-bit sums equal BLEUStatistics' +",
    arguments: [
      // Segments of up to 19,999 tokens: partial sums of at most 3 segments fit in 16 bits.
      (lengths: 20_000, segments: 300, runLength: 3),
      // Mostly hypotheses of 0, 1 and 2 tokens, whose totals come from their counts; runs of
      // 255 segments, several a resample.
      (lengths: 5, segments: 1000, runLength: 255),
    ])
  func packedSumsEqualGenericSums(lengths: Int, segments: Int, runLength: Int) {
    var generator = NumpyGenerator(seed: 5)
    let statistics = generator.choice(lengths, size: segments).map { length in
      Self.statistics(length: length, reference: (length * 7) % lengths)
    }
    #expect(PackedBLEUStatistics(statistics)?.runLength == runLength)
    let bleu = BLEU()
    let bootstrap = BootstrapResampling(resamples: 20, seed: 12345)
    let indices = bootstrap.indices(segmentCount: segments)
    let expected = (0..<20).map { row in
      let sum = indices[(row * segments)..<((row + 1) * segments)].reduce(BLEUStatistics.zero) { $0 + statistics[$1] }
      return bleu.resampledScore(sum, in: .bootstrap)
    }
    #expect(bootstrap.scores(of: bleu, statistics) == expected)
  }

  @Test func packingRefusesWhatItCannotHold() {
    #expect(PackedBLEUStatistics([Self.statistics(length: 65_535, reference: 3)])?.runLength == 1)
    #expect(PackedBLEUStatistics([Self.statistics(length: 65_536, reference: 3)]) == nil)
    #expect(PackedBLEUStatistics([Self.statistics(length: 3, reference: -1)]) == nil)
    // Totals that do not follow from the length.
    var odd = Self.statistics(length: 5, reference: 5)
    odd.totals[3] = 1
    #expect(PackedBLEUStatistics([odd]) == nil)
    // 40,000 segments of 60,000 tokens could sum past Int32.
    #expect(PackedBLEUStatistics(Array(repeating: Self.statistics(length: 60_000, reference: 0), count: 40_000)) == nil)
  }

  @Test func identicalSystemsAreNeverSignificantlyDifferentButGetTheMinimumPValue() throws {
    // sacreBLEU's p-value counts samples strictly above the observed difference (0 here): 1/1001.
    let bleu = BLEU()
    let hypotheses = try Fixtures.lines("seed.hyp")
    let references = try Fixtures.lines("seed.ref")
    let statistics = zip(hypotheses, references).map { bleu.statistics(hypothesis: $0, references: [$1]) }
    let results = PairedSignificance(.bootstrap(resamples: 1000)).compare(bleu, systems: [statistics, statistics])
    #expect(results.count == 2)
    #expect(results[0].pValue == nil)
    #expect(results[1].pValue == 1.0 / 1001.0)
    #expect(results[1].confidence == results[0].confidence)
  }

  @Test("the report refuses what sacreBLEU refuses")
  func refusedCombinations() {
    let run = MetricRun(BLEU(), systems: [[.zero], [.zero]])
    #expect(throws: MetricsError(.invalidCombination("Use paired tests (--paired) for multiple systems."))) {
      try SacreBLEUReport(options: .init(confidenceResamples: 1000), systemNames: ["a", "b"], metrics: [run])
    }
    #expect(throws: MetricsError(.invalidCombination("Only one system can be evaluated in sentence-level mode."))) {
      try SacreBLEUReport(options: .init(sentenceLevel: true), systemNames: ["a", "b"], metrics: [run])
    }
    let single = MetricRun(BLEU(), systems: [[.zero]])
    #expect(throws: MetricsError(.invalidCombination("Paired tests require multiple input systems given to --input (-i)."))) {
      try SacreBLEUReport(options: .init(pairedTest: .defaultBootstrap), systemNames: ["a"], metrics: [single])
    }
  }

  @Test func systemNamesFollowSacreBLEU() {
    #expect(SacreBLEUReport.sacreBLEUSystemNames(inputFiles: ["a.txt", "b.txt"], systemCount: 2, paired: true)
      == ["Baseline: a.txt", "b.txt"])
    #expect(SacreBLEUReport.sacreBLEUSystemNames(inputFiles: nil, systemCount: 3, paired: true)
      == ["Baseline", "System 1", "System 2"])
    #expect(SacreBLEUReport.sacreBLEUSystemNames(inputFiles: nil, systemCount: 2, paired: false)
      == ["System 1", "System 2"])
  }

  @Test func textLineForOneSystem() throws {
    let bleu = BLEU()
    let stats = [bleu.statistics(hypothesis: "The cat sat on the mat.", references: ["The cat sat on a mat."])]
    let report = try SacreBLEUReport(
      options: .init(format: .text, width: 2), systemNames: ["hyp"], metrics: [MetricRun(bleu, systems: [stats])])
    // sacrebleu r.txt -i h.txt -f text -w 2 (version replaced)
    #expect(report.rendered() == "BLEU|nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:0.1.0 = 48.89 "
      + "85.7/66.7/40.0/25.0 (BP = 1.000 ratio = 1.000 hyp_len = 7 ref_len = 7)\n")
  }
}
