import MizanText

/// Combines the outputs of a sharded run (`mizan evaluate --shard i/n`, one per shard) into the
/// evaluation the unsharded run gives, number for number: documents and failures back in batch
/// order, batch terminology recomputed with the shared glossary the shards carry, and totals
/// (and, when the run computed them, bootstrap intervals) recomputed from the pairs' summed
/// sufficient statistics, never from averaged scores.
public enum BatchMerge {
  /// The merged evaluation. `paths` name the shards in messages, in the same order.
  public static func merge(_ shards: [Evaluation], paths: [String]) throws(BatchError) -> Evaluation {
    func name(_ index: Int) -> String { paths.indices.contains(index) ? paths[index] : "shard \(index + 1)" }
    guard let first = shards.first else { throw BatchError(path: "mizan merge", code: .shards("no shard outputs given")) }
    var records: [ShardRecord] = []
    for (index, shard) in shards.enumerated() {
      guard let record = shard.shard else {
        throw BatchError(path: name(index), code: .shards("not the output of a sharded run (no \"shard\" record)"))
      }
      guard record.positions.count == shard.documents.count else {
        throw BatchError(path: name(index), code: .shards("\"shard.positions\" does not match \"documents\""))
      }
      records.append(record)
    }
    let reference = records[0]
    for (index, record) in records.enumerated() {
      func differs(_ what: String) -> BatchError {
        BatchError(path: name(index), code: .shards("\(what) differs from \(name(0))'s; shards must come from one run"))
      }
      if record.count != reference.count || record.batchSize != reference.batchSize { throw differs("the batch") }
      if record.confidenceResamples != reference.confidenceResamples { throw differs("--confidence") }
      if record.normalization != reference.normalization { throw differs("the normalization") }
      if record.sharedGlossary != reference.sharedGlossary { throw differs("the glossary") }
      if shards[index].mizanVersion != first.mizanVersion { throw differs("the Mizan version") }
    }
    let indices = records.map(\.index).sorted()
    guard indices == Array(1...reference.count) else {
      throw BatchError(
        path: paths.joined(separator: " "),
        code: .shards("expected shards 1…\(reference.count) once each, got \(indices.map(String.init).joined(separator: ", "))"))
    }
    var placed: [(position: Int, document: DocumentEvaluation)] = []
    var failures: [DocumentFailure] = []
    for (shard, record) in zip(shards, records) {
      placed += zip(record.positions, shard.documents).map { ($0, $1) }
      failures += shard.failures ?? []
    }
    let covered = Set(placed.map(\.position)).union(failures.map(\.position))
    guard covered.count == placed.count + failures.count, covered == Set(0..<reference.batchSize) else {
      throw BatchError(
        path: paths.joined(separator: " "),
        code: .shards("the shards do not cover the batch's \(reference.batchSize) documents exactly once"))
    }
    var options = Evaluator.Options()
    options.confidenceResamples = reference.confidenceResamples
    options.normalization = reference.normalization.flatMap(NormalizationProfile.init(name:))
    let glossary = reference.sharedGlossary.map { TextFile(path: $0.path, lines: $0.lines) }
    var merged = Evaluator(options: options).assemble(
      placed.sorted { $0.position < $1.position }.map(\.document), sharedGlossary: glossary)
    merged.mizanVersion = first.mizanVersion
    let sortedFailures = failures.sorted { $0.position < $1.position }
    merged.failures = sortedFailures.isEmpty ? nil : sortedFailures
    return merged
  }
}
