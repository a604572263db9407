import MizanQuality

/// Everything `mizan evaluate` found for one run: per document, the aligned pairs and their
/// scores, what stayed unaligned, terminology figures and findings; and the batch totals,
/// computed from summed sufficient statistics. Writers (text, JSON, CSV, HTML) and the gate
/// read only this value, so every output tells the same story. Schema: docs/evaluation-json.md.
public struct Evaluation: Sendable, Codable, Hashable {
  /// The JSON schema version; bumped on any incompatible change.
  public static let currentSchema = 1

  public var schema: Int = Evaluation.currentSchema
  /// The Mizan version that wrote it.
  public var mizanVersion: String
  public var documents: [DocumentEvaluation]
  /// Corpus scores over every pair of every document.
  public var totals: ScoreSet
  /// Totals under the Arabic normalization profile, when it was applied.
  public var normalizedTotals: ScoreSet?
  /// Terminology figures over the whole batch.
  public var terminology: TerminologyFigures?
  /// Documents that could not be read or evaluated, with the reason; absent when none failed.
  public var failures: [DocumentFailure]?
  /// For one shard of a batch (`--shard i/n`): what `mizan merge` needs to rebuild the
  /// unsharded result; absent otherwise.
  public var shard: ShardRecord?

  public init(
    mizanVersion: String, documents: [DocumentEvaluation], totals: ScoreSet, normalizedTotals: ScoreSet?,
    terminology: TerminologyFigures? = nil
  ) {
    self.terminology = terminology
    self.mizanVersion = mizanVersion
    self.documents = documents
    self.totals = totals
    self.normalizedTotals = normalizedTotals
  }
}
