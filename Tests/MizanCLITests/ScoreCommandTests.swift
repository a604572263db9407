import Foundation
import Testing

/// `mizan score` through the built executable. Expected outputs are sacreBLEU 2.6.0's, run on
/// the first three seed pairs (Tests/MizanMetricsTests/Fixtures/inputs/seed.*), with the
/// version field changed to Mizan's.
@Suite struct ScoreCommandTests {
  let folder: URL
  let hypothesis: String
  let reference: String

  init() throws {
    folder = try MizanProcess.temporaryFolder()
    let inputs = MizanProcess.root.appendingPathComponent("Tests/MizanMetricsTests/Fixtures/inputs")
    func firstLines(_ name: String) throws -> String {
      let text = try String(contentsOf: inputs.appendingPathComponent(name), encoding: .utf8)
      return text.split(separator: "\n", omittingEmptySubsequences: false).prefix(3).joined(separator: "\n") + "\n"
    }
    hypothesis = try firstLines("seed.hyp")
    reference = try firstLines("seed.ref")
    try reference.write(to: folder.appendingPathComponent("ref.txt"), atomically: true, encoding: .utf8)
    try hypothesis.write(to: folder.appendingPathComponent("hyp.txt"), atomically: true, encoding: .utf8)
  }

  @Test func textOutputEqualsSacreBLEU() throws {
    let outcome = try MizanProcess.run(
      ["score", "ref.txt", "-m", "bleu", "chrf", "ter", "-f", "text", "-w", "4"], input: hypothesis, in: folder)
    #expect(outcome.status == 0)
    #expect(
      outcome.output == """
                BLEU|nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:0.1.0 = 31.1685 52.3/33.9/27.1/19.6 (BP = 1.000 ratio = 1.016 hyp_len = 65 ref_len = 64)
              chrF2|nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:0.1.0 = 56.4949
        TER|nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:0.1.0 = 66.1290

        """)
  }

  @Test func jsonOutputEqualsSacreBLEU() throws {
    let outcome = try MizanProcess.run(["score", "ref.txt", "-i", "hyp.txt", "-w", "2"], in: folder)
    #expect(outcome.status == 0)
    #expect(
      outcome.output == """
        {
         "name": "BLEU",
         "score": 31.17,
         "signature": "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:0.1.0",
         "verbose_score": "52.3/33.9/27.1/19.6 (BP = 1.000 ratio = 1.016 hyp_len = 65 ref_len = 64)",
         "nrefs": "1",
         "case": "mixed",
         "eff": "no",
         "tok": "13a",
         "smooth": "exp",
         "version": "0.1.0"
        }

        """)
  }

  @Test func mismatchedLineCountsExitTwoNamingTheFile() throws {
    try "one line\n".write(to: folder.appendingPathComponent("short.txt"), atomically: true, encoding: .utf8)
    let outcome = try MizanProcess.run(["score", "ref.txt", "-i", "short.txt"], in: folder)
    #expect(outcome.status == 2)
    #expect(outcome.error.contains("short.txt: 1 lines, but the reference has 3"))
    #expect(outcome.output.isEmpty)
  }

  @Test func invalidUTF8NamesLineAndByte() throws {
    try Data([0x61, 0x0A, 0x62, 0xFF, 0x0A, 0x63, 0x0A]).write(to: folder.appendingPathComponent("bad.txt"))
    let outcome = try MizanProcess.run(["score", "ref.txt", "-i", "bad.txt"], in: folder)
    #expect(outcome.status == 2)
    #expect(outcome.error.contains("bad.txt:2 (byte 3): invalid UTF-8"))
  }

  @Test func missingFileAndModelTokenizersAreInputErrors() throws {
    let missing = try MizanProcess.run(["score", "nope.txt", "-i", "hyp.txt"], in: folder)
    #expect(missing.status == 2)
    #expect(missing.error.contains("nope.txt: no such file"))
    let mecab = try MizanProcess.run(["score", "ref.txt", "-i", "hyp.txt", "-tok", "ja-mecab"], in: folder)
    #expect(mecab.status == 2)
    #expect(mecab.error.contains("external model"))
  }
}
