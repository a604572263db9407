import Foundation
import Mizan
import MizanReport

/// `mizan merge SHARD.json ...`: combines the outputs of `mizan evaluate --shard i/n` into the
/// result the unsharded run gives.
enum MergeCommand: MizanCommand {
  static let spec = CommandSpec(
    name: "merge",
    abstract: "Combine the JSON outputs of sharded 'evaluate --shard i/n' runs into one result.",
    usage: "SHARD.json ... [options]",
    discussion: """
      Reads every shard's JSON (from 'mizan evaluate --shard i/n'), checks that shards 1..n of
      one run are all present once, puts the documents back in batch order, and recomputes the
      batch totals (and confidence intervals, when the run had --confidence) from the pairs'
      summed statistics: the result equals the unsharded run's, number for number
      (docs/batch.md). Exits 2 if the batch had failed documents.

      \(ExitStatus.helpText)
      """,
    options: [
      .option("--format", "-f", value: "FORMAT", help: "What to print.", default: "json", choices: ["text", "json"]),
      .option("--report", "-o", value: "FOLDER", help: "Also write the report files there."),
      .flag("--excel", help: "Write CSV files with the byte-order mark Excel needs for Arabic."),
      .option("--min-severity", value: "SEVERITY", help: "With --format text, print findings of this severity or worse.", default: "minor", choices: ["critical", "major", "minor"]),
      .flag("--quiet", "-q", help: "Print nothing on standard error but errors."),
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> ExitStatus {
    let paths = arguments.positionals
    guard !paths.isEmpty else { throw UsageError("expected the shard outputs to merge") }
    var shards: [Evaluation] = []
    for path in paths { shards.append(try readEvaluation(path)) }
    let merged: Evaluation
    do {
      merged = try BatchMerge.merge(shards, paths: paths)
    } catch {
      throw InputError(error.description)
    }
    for failure in merged.failures ?? [] {
      console.printError("mizan merge: \(failure.id): \(failure.reason)")
    }
    try EvaluateCommand.write(merged, arguments: arguments, command: "merge", defaultFormat: "json", console: &console)
    return merged.failures == nil ? .success : .inputError
  }

  /// An evaluation JSON (summary.json, `evaluate --format json`, a shard's output).
  static func readEvaluation(_ path: String) throws -> Evaluation {
    let file = try TextFile(contentsOf: path)
    do {
      return try SummaryJSON.decoded(file.lines.joined(separator: "\n"))
    } catch {
      throw InputError("\(path): not a Mizan evaluation JSON: \(error.reason)")
    }
  }
}
