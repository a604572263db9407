import Foundation
import Mizan
import MizanReport

/// `mizan gate`: evaluates a batch and decides pass or fail for CI, from a policy file or flags
/// and optionally a baseline run; writes JUnit XML, GitHub annotations and a Markdown summary.
enum GateCommand: MizanCommand {
  static let spec = CommandSpec(
    name: "gate",
    abstract: "Evaluate a batch and pass or fail it against thresholds and a baseline (for CI).",
    usage: "[CORPUS ... | MANIFEST.json | BATCH.jsonl | HYPOTHESIS REFERENCE] [--policy mizan.json] [--baseline FILE] [options]",
    discussion: """
      Evaluates the input as 'mizan evaluate' does (docs/batch.md), then applies the policy
      (docs/gate.md): minimum BLEU, chrF, chrF++, term accuracy and consistency, maximum TER and
      findings per severity, and with --baseline (an earlier summary.json or 'evaluate --format
      json') a maximum drop per metric that fails only when sacreBLEU's paired bootstrap test
      says it is significant (p < 0.05 by default; the p-value is printed). With a baseline and
      no policy, a significant drop of more than 1 point in BLEU or chrF fails. Flags override
      the policy file. Prints one line per check, then the verdict.

      EXIT STATUS:
        0  the gate passed
        1  the gate failed
        2  usage or input error (bad option or policy, unreadable baseline, a document that
           could not be read: the others are still evaluated and reported)
        3  internal error
      """,
    options: [
      .option("--policy", "-p", value: "FILE", help: "Gate policy JSON (docs/gate.md)."),
      .option("--baseline", "-b", value: "FILE", help: "An earlier summary.json (or evaluate --format json) to compare with."),
      .option("--junit", value: "FILE", help: "Write JUnit XML there (a test case per document and per check)."),
      .flag("--annotations", help: "Print GitHub Actions annotations (::error file=…,line=…::) for major and critical findings and failed checks."),
      .option("--summary", value: "FILE", help: "Write a Markdown summary there (e.g. $GITHUB_STEP_SUMMARY)."),
      .option("--min-bleu", value: "SCORE", help: "Minimum batch BLEU."),
      .option("--min-chrf", value: "SCORE", help: "Minimum batch chrF2."),
      .option("--min-chrf++", value: "SCORE", help: "Minimum batch chrF2++."),
      .option("--max-ter", value: "SCORE", help: "Maximum batch TER."),
      .option("--min-term-accuracy", value: "PERCENT", help: "Minimum glossary term accuracy."),
      .option("--min-consistency", value: "PERCENT", help: "Minimum share of glossary terms rendered one way."),
      .option("--max-critical", value: "N", help: "Maximum critical findings."),
      .option("--max-major", value: "N", help: "Maximum major findings."),
      .option("--max-minor", value: "N", help: "Maximum minor findings."),
      .option("--max-drop-bleu", value: "POINTS", help: "Maximum significant BLEU drop from the baseline."),
      .option("--max-drop-chrf", value: "POINTS", help: "Maximum significant chrF2 drop from the baseline."),
      .option("--significance", value: "ALPHA", help: "p-value below which a drop is significant.", default: "0.05"),
      .flag("--per-document", help: "Apply the minimums and maximum TER to each document too."),
    ] + BatchOptions.specs)

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> ExitStatus {
    let policy = try policy(arguments)
    let baseline = try arguments.value("baseline").map { try MergeCommand.readEvaluation($0) }
    let evaluation = try BatchOptions.evaluate(arguments, command: "gate", console: &console)
    let result = Gate(policy: policy).check(evaluation, baseline: baseline)
    if arguments.has("annotations") {
      console.output(GitHubAnnotations(evaluation, result: result).rendered)
    }
    do {
      if let path = arguments.value("junit") {
        try OutputFile.write(JUnitReport(result, evaluation: evaluation).rendered, to: path)
      }
      if let path = arguments.value("summary") {
        try OutputFile.write(GateMarkdown(result, evaluation: evaluation).rendered, to: path)
      }
    } catch {
      throw InputError(error.description)
    }
    for check in result.checks where check.kind != .evaluated {
      console.print((check.passed ? "PASS  " : "FAIL  ") + check.message)
    }
    for note in result.notes { console.print("note  " + note) }
    let failed = result.failures.count
    console.print(
      result.passed
        ? "mizan gate: passed (\(result.checks.count) checks)"
        : "mizan gate: FAILED (\(failed) of \(result.checks.count) checks)")
    if evaluation.failures != nil { return .inputError }
    return result.passed ? .success : .gateFailed
  }

  /// The policy file, if any, with the flags laid over it; with a baseline and no policy, the
  /// default baseline rule.
  static func policy(_ arguments: ParsedArguments) throws -> GatePolicy {
    var policy = GatePolicy()
    if let path = arguments.value("policy") {
      do { policy = try GatePolicy(contentsOf: path) } catch { throw InputError(error.description) }
    }
    var minimum = policy.minimum ?? GatePolicy.Minimum()
    var maximum = policy.maximum ?? GatePolicy.Maximum()
    var findings = maximum.findings ?? GatePolicy.FindingLimits()
    if let value = try arguments.double("min-bleu") { minimum.bleu = value }
    if let value = try arguments.double("min-chrf") { minimum.chrF = value }
    if let value = try arguments.double("min-chrf++") { minimum.chrFPlusPlus = value }
    if let value = try arguments.double("min-term-accuracy") { minimum.termAccuracy = value }
    if let value = try arguments.double("min-consistency") { minimum.consistency = value }
    if let value = try arguments.double("max-ter") { maximum.ter = value }
    if let value = try arguments.int("max-critical") { findings.critical = value }
    if let value = try arguments.int("max-major") { findings.major = value }
    if let value = try arguments.int("max-minor") { findings.minor = value }
    if findings != GatePolicy.FindingLimits() { maximum.findings = findings }
    if minimum != GatePolicy.Minimum() { policy.minimum = minimum }
    if maximum != GatePolicy.Maximum() { policy.maximum = maximum }
    if arguments.has("per-document") { policy.perDocument = true }
    if arguments.has("baseline") || policy.baseline != nil {
      var rule = policy.baseline ?? GatePolicy.defaultBaseline
      if let value = try arguments.double("max-drop-bleu") { rule.maxDrop.bleu = value }
      if let value = try arguments.double("max-drop-chrf") { rule.maxDrop.chrF = value }
      if let value = try arguments.double("significance") {
        guard value > 0, value < 1 else { throw UsageError("--significance expects a p-value between 0 and 1") }
        rule.significance = value
      }
      policy.baseline = rule
    }
    return policy
  }
}
