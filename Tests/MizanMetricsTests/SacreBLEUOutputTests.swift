import Foundation
import Testing

@testable import MizanMetrics

/// bleu-cli.json: the sacrebleu CLI's exact stdout for many option sets.
struct CLIFixture: Decodable {
  struct Case: Decodable {
    var refs: [String]
    var hyps: [String]
    var args: [String]
    var exit: Int
    var stdout: String
  }
  var cases: [Case]
}

/// The few sacreBLEU options the fixtures use, parsed as the CLI would (a test helper, not the
/// CLI's parser).
struct FixtureArguments {
  var options = SacreBLEUOptions()
  var tokenizer = "13a"
  var lowercase = false
  var smoothMethod = "exp"
  var smoothValue: Double? = nil

  init(_ arguments: [String]) {
    var confidence = false
    var confidenceN = 1000
    var pairedBS = false
    var pairedAR = false
    var bsN = 1000
    var arN = 10000
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
      switch argument {
      case "-f": options.format = iterator.next() == "text" ? .text : .json
      case "-w": options.width = Int(iterator.next() ?? "") ?? 1
      case "-b": options.scoreOnly = true
      case "--short": options.shortSignature = true
      case "-sl": options.sentenceLevel = true
      case "-lc": lowercase = true
      case "-tok": tokenizer = iterator.next() ?? ""
      case "-s": smoothMethod = iterator.next() ?? ""
      case "-sv": smoothValue = Double(iterator.next() ?? "")
      case "--confidence": confidence = true
      case "-cin": confidenceN = Int(iterator.next() ?? "") ?? 0
      case "--paired-bs": pairedBS = true
      case "--paired-ar": pairedAR = true
      case "-pbsn": bsN = Int(iterator.next() ?? "") ?? 0
      case "-parn": arN = Int(iterator.next() ?? "") ?? 0
      default: Issue.record("unexpected fixture argument \(argument)")
      }
    }
    if confidence { options.confidenceResamples = confidenceN }
    if pairedBS { options.pairedTest = .bootstrap(resamples: bsN) }
    if pairedAR { options.pairedTest = .approximateRandomization(trials: arN) }
  }
}

@Suite("sacreBLEU output")
struct SacreBLEUOutputTests {
  @Test("the report prints exactly what the sacrebleu CLI printed, for every fixture case")
  func matchesCLIOutput() throws {
    let fixture = try Fixtures.decode(CLIFixture.self, from: "bleu-cli.json")
    #expect(fixture.cases.count == 147)
    var failures: [String] = []
    for test in fixture.cases {
      let arguments = FixtureArguments(test.args)
      let references = try test.refs.map(Fixtures.lines)
      let bleu = try BLEU(
        tokenizer: arguments.tokenizer, lowercase: arguments.lowercase,
        smoothing: BLEU.Smoothing(method: arguments.smoothMethod, value: arguments.smoothValue),
        effectiveOrder: arguments.options.sentenceLevel, referenceCount: references.count)
      let systems = try test.hyps.map { file in
        let hypotheses = try Fixtures.lines(file)
        return hypotheses.indices.map { line in
          bleu.statistics(hypothesis: hypotheses[line], references: references.map { $0[line] })
        }
      }
      let names = SacreBLEUReport.sacreBLEUSystemNames(
        inputFiles: test.hyps, systemCount: test.hyps.count,
        paired: arguments.options.pairedTest != nil)
      let report = try SacreBLEUReport(
        options: arguments.options, systemNames: names, metrics: [MetricRun(bleu, systems: systems)])
      let output = report.rendered()
      let expected = mizanSignature(test.stdout)
      if !Fixtures.sameBytes(output, expected) {
        failures.append(failures.isEmpty ? "\(test.hyps) \(test.args):\n--- got\n\(output)\n--- want\n\(expected)" : "")
      }
    }
    #expect(failures.isEmpty, "\(failures.count) of \(fixture.cases.count) differ; first: \(failures.first ?? "")")
    // A failure message names only the first difference; the rest are counted.
  }
}
