import Foundation
import Mizan
import MizanReport

/// `mizan evaluate`: the main job. Aligns a rough and a polished edition, scores the pairs,
/// checks terminology, lists what stayed unaligned, and writes reports.
enum EvaluateCommand: MizanCommand {
  static let spec = CommandSpec(
    name: "evaluate",
    abstract: "Align, score and check a hypothesis edition against a polished reference.",
    usage: "[CORPUS_FOLDER ... | HYPOTHESIS REFERENCE] [options]",
    discussion: """
      Input: corpus folders (hypothesis.txt, reference.txt, optional glossary.tsv), or two
      files. With no input, the embedded seed corpus Corpora/asean-2025-07 is evaluated.
      Scores are sacreBLEU's BLEU, chrF2, chrF2++ and TER over the aligned pairs, from summed
      statistics, raw and under the Arabic normalization profile (docs/normalization.md).
      --format json prints the whole evaluation (schema: docs/summary-json.md).

      \(ExitStatus.helpText)
      """,
    options: [
      .option("--format", "-f", value: "FORMAT", help: "What to print.", default: "text", choices: ["text", "json"]),
      .option("--report", "-o", value: "FOLDER", help: "Also write report.html, segments.csv, findings.csv, documents.csv and summary.json there."),
      .flag("--excel", help: "Write CSV files with the byte-order mark Excel needs for Arabic."),
      .option("--glossary", "-g", value: "FILE", help: "Glossary TSV (overrides a corpus folder's glossary.tsv)."),
      .list("--boilerplate", value: "FILE", help: "Extra boilerplate rules (docs/boilerplate.md), added to the defaults."),
      .flag("--no-default-boilerplate", help: "Use only the rules given with --boilerplate."),
      .flag("--no-normalize", help: "Skip the scores under the Arabic normalization profile."),
      .flag("--confidence", "-ci", help: "Add 95% bootstrap confidence intervals to corpus scores."),
      .option("--confidence-n", "-cin", value: "N", help: "Bootstrap resamples.", default: "1000"),
      .option("--min-severity", value: "SEVERITY", help: "Print findings of this severity or worse.", default: "minor", choices: ["critical", "major", "minor"]),
      .flag("--quiet", "-q", help: "Print nothing on standard error."),
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> ExitStatus {
    var inputs = try documentInputs(arguments)
    if let glossaryPath = arguments.value("glossary") {
      let glossary = try TextFile(contentsOf: glossaryPath)
      for index in inputs.indices { inputs[index].glossary = glossary }
    }
    var options = Evaluator.Options()
    options.boilerplate = try boilerplateRules(arguments)
    if arguments.has("no-normalize") { options.normalization = nil }
    if arguments.has("confidence") { options.confidenceResamples = try arguments.int("confidence-n") ?? 1000 }
    let evaluation: Evaluation
    do {
      evaluation = try Evaluator(options: options).evaluate(inputs)
    } catch {
      throw InputError(error.description)
    }
    if let folder = arguments.value("report") {
      let inputPaths = inputs.flatMap { [$0.hypothesis.path, $0.reference.path] }
      let title = inputs.count == 1 ? inputs[0].id : "Mizan batch"
      do {
        let written = try ReportWriter(title: title, excel: arguments.has("excel"), protectedInputs: inputPaths)
          .write(evaluation, to: folder)
        if !arguments.has("quiet") { console.printError("mizan evaluate: wrote \(written.joined(separator: ", "))") }
      } catch {
        throw InputError(error.description)
      }
    }
    if arguments.value("format") == "json" {
      console.output(try SummaryJSON.encoded(evaluation))
    } else {
      let severity = arguments.value("min-severity").flatMap(Finding.Severity.init(rawValue:)) ?? .minor
      console.output(EvaluationText(evaluation, minimumSeverity: severity).rendered)
    }
    return .success
  }

  /// The documents the positional arguments name: corpus folders, two files, or the embedded
  /// corpus when none is named.
  static func documentInputs(_ arguments: ParsedArguments) throws -> [DocumentInput] {
    let paths = arguments.positionals
    if paths.isEmpty {
      let local = "Corpora/\(EmbeddedCorpus.name)"
      return [FileManager.default.fileExists(atPath: local) ? try DocumentInput(corpusFolder: local) : .embedded]
    }
    let folders = paths.map { path -> Bool in
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
    if folders.allSatisfy({ $0 }) { return try paths.map { try DocumentInput(corpusFolder: $0) } }
    guard paths.count == 2 else {
      throw UsageError("expected corpus folders, or exactly two files (hypothesis and reference)")
    }
    return [try DocumentInput(hypothesisPath: paths[0], referencePath: paths[1])]
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
