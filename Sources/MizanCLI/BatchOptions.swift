import Foundation
import Mizan

/// The options `evaluate` and `gate` share for reading and evaluating a batch, and the one
/// place that turns them into a `BatchEvaluator` run with progress on standard error.
enum BatchOptions {
  static let specs: [OptionSpec] = [
    .flag("--aligned", help: "The two files are already parallel line by line (sacreBLEU style): one document, line i paired with line i, no alignment."),
    .option("--glossary", "-g", value: "FILE", help: "Glossary TSV (overrides a corpus folder's glossary.tsv)."),
    .list("--boilerplate", value: "FILE", help: "Extra boilerplate rules (docs/boilerplate.md), added to the defaults."),
    .flag("--no-default-boilerplate", help: "Use only the rules given with --boilerplate."),
    .flag("--no-normalize", help: "Skip the scores under the Arabic normalization profile."),
    .flag("--confidence", "-ci", help: "Add 95% bootstrap confidence intervals to corpus scores."),
    .option("--confidence-n", "-cin", value: "N", help: "Bootstrap resamples.", default: "1000"),
    .option("--jobs", "-j", value: "N", help: "Documents evaluated at once.", default: "the number of cores"),
    .flag("--quiet", "-q", help: "Print nothing on standard error but errors."),
  ]

  /// Discovers the batch the positional arguments name and evaluates it (or one shard of it).
  /// Failed documents are printed on standard error and kept in the evaluation's `failures`.
  static func evaluate(
    _ arguments: ParsedArguments, command: String, shard: Shard? = nil, console: inout Console
  ) throws -> Evaluation {
    let items: [BatchItem]
    do {
      items = try BatchDiscovery.items(paths: arguments.positionals, lineAligned: arguments.has("aligned"))
    } catch {
      throw InputError(error.description)
    }
    var options = Evaluator.Options()
    options.boilerplate = try EvaluateCommand.boilerplateRules(arguments)
    if arguments.has("no-normalize") { options.normalization = nil }
    if arguments.has("confidence") { options.confidenceResamples = try arguments.int("confidence-n") ?? 1000 }
    let glossary = try arguments.value("glossary").map { try TextFile(contentsOf: $0) }
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    if arguments.value("jobs") != nil {
      guard let value = try arguments.int("jobs"), value >= 1 else { throw UsageError("--jobs expects a positive integer") }
      jobs = value
    }
    let batch = BatchEvaluator(evaluator: Evaluator(options: options), maximumInFlight: jobs, glossaryOverride: glossary)
    let progress = ProgressLine(
      command: command, write: console.error, terminal: console.errorIsTerminal, silent: arguments.has("quiet"))
    let evaluation = Blocking.wait { await batch.evaluate(items, shard: shard) { progress.update($0) } }
    progress.finish()
    for failure in evaluation.failures ?? [] {
      console.printError("mizan \(command): \(failure.id): \(failure.reason)")
    }
    return evaluation
  }
}

/// Runs async library code from the synchronous command: the main thread waits while the work
/// runs on the cooperative pool, which the main thread is not part of.
enum Blocking {
  private final class Box<Value: Sendable>: @unchecked Sendable {
    var value: Value?
  }

  static func wait<Value: Sendable>(_ operation: @escaping @Sendable () async -> Value) -> Value {
    let box = Box<Value>()
    let done = DispatchSemaphore(value: 0)
    Task {
      box.value = await operation()
      done.signal()
    }
    done.wait()
    guard let value = box.value else { preconditionFailure("the task signalled without a value") }
    return value
  }
}
