import Foundation
import Mizan
import MizanReport

/// `mizan evaluate`: the main job. Aligns a rough and a polished edition, scores the pairs,
/// checks terminology, lists what stayed unaligned, and writes reports.
enum EvaluateCommand: MizanCommand {
  static let spec = CommandSpec(
    name: "evaluate",
    abstract: "Align, score and check a hypothesis edition against a polished reference.",
    usage: "[CORPUS ... | MANIFEST.json | BATCH.jsonl | HYPOTHESIS REFERENCE [--aligned]] [options]",
    discussion: """
      Input (docs/batch.md): corpus folders (hypothesis.txt, reference.txt, optional
      glossary.tsv), folders of corpus folders, a manifest (.json), JSON Lines (.jsonl, one
      {"id", "hyp", "ref"} document a line), or two files (with --aligned: already paired line
      by line). With no input, the embedded seed corpus Corpora/asean-2025-07 is evaluated.
      Documents are evaluated in parallel; results keep the batch order. Scores are sacreBLEU's
      BLEU, chrF2, chrF2++ and TER over the aligned pairs, from summed statistics, raw and under
      the Arabic normalization profile (docs/normalization.md). --format json prints the whole
      evaluation (schema: docs/summary-json.md). A document that cannot be read is reported and
      listed as failed; the others are still evaluated, and the exit status is 2.
      --shard i/n evaluates every n-th document (position mod n = i-1) and prints JSON that
      'mizan merge' combines into exactly the unsharded result.

      \(ExitStatus.helpText)
      """,
    options: [
      .option("--format", "-f", value: "FORMAT", help: "What to print (json with --shard).", default: "text", choices: ["text", "json"]),
      .option("--report", "-o", value: "FOLDER", help: "Also write report.html, segments.csv, findings.csv, documents.csv and summary.json there."),
      .flag("--excel", help: "Write CSV files with the byte-order mark Excel needs for Arabic."),
      .option("--shard", value: "I/N", help: "Evaluate only shard I of N (1-based) and print its JSON for 'mizan merge'."),
      .option("--min-severity", value: "SEVERITY", help: "Print findings of this severity or worse.", default: "minor", choices: ["critical", "major", "minor"]),
    ] + BatchOptions.specs)

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> ExitStatus {
    var shard: Shard? = nil
    if let text = arguments.value("shard") {
      guard let parsed = Shard(parsing: text) else { throw UsageError("--shard expects I/N with 1 <= I <= N, got '\(text)'") }
      shard = parsed
    }
    let evaluation = try BatchOptions.evaluate(arguments, command: "evaluate", shard: shard, console: &console)
    try write(evaluation, arguments: arguments, command: "evaluate", defaultFormat: shard == nil ? "text" : "json", console: &console)
    return evaluation.failures == nil ? .success : .inputError
  }

  /// Writes the report folder if asked, then prints the evaluation as text or JSON.
  static func write(
    _ evaluation: Evaluation, arguments: ParsedArguments, command: String, defaultFormat: String,
    console: inout Console
  ) throws {
    if let folder = arguments.value("report") {
      let inputPaths = evaluation.documents.flatMap { [$0.hypothesisPath, $0.referencePath] }
      let title = evaluation.documents.count == 1 ? evaluation.documents[0].id : "Mizan batch"
      do {
        let written = try ReportWriter(title: title, excel: arguments.has("excel"), protectedInputs: inputPaths)
          .write(evaluation, to: folder)
        if !arguments.has("quiet") { console.printError("mizan \(command): wrote \(written.joined(separator: ", "))") }
      } catch {
        throw InputError(error.description)
      }
    }
    if (arguments.value("format") ?? defaultFormat) == "json" {
      console.output(try SummaryJSON.encoded(evaluation))
    } else {
      let severity = arguments.value("min-severity").flatMap(Finding.Severity.init(rawValue:)) ?? .minor
      var text = EvaluationText(evaluation, minimumSeverity: severity).rendered
      for failure in evaluation.failures ?? [] { text += "== \(failure.id): FAILED: \(failure.reason)\n" }
      console.output(text)
    }
  }

  /// The default rules plus the user's files, or only the user's.
  static func boilerplateRules(_ arguments: ParsedArguments) throws -> BoilerplateRules {
    var rules = arguments.has("no-default-boilerplate") ? BoilerplateRules(rules: []) : BoilerplateRules.default
    for path in arguments.values("boilerplate") {
      do {
        rules = rules.appending(try BoilerplateRules(contentsOf: path))
      } catch {
        throw InputError(error.description)
      }
    }
    return rules
  }
}
