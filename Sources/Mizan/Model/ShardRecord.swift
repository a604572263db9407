/// What one shard's output carries beyond its documents, so that `mizan merge` rebuilds exactly
/// the unsharded result: where each document sits in the whole batch, and the options the
/// batch totals depend on (the totals themselves are recomputed from pair statistics).
public struct ShardRecord: Sendable, Codable, Hashable {
  /// 1-based shard number, as in `--shard 2/4`.
  public var index: Int
  /// How many shards the batch was cut into.
  public var count: Int
  /// Documents in the whole batch, all shards together.
  public var batchSize: Int
  /// 0-based batch position of each entry of `Evaluation.documents`, in the same order.
  public var positions: [Int]
  /// Bootstrap resamples for confidence intervals, when the run computed them.
  public var confidenceResamples: Int?
  /// The normalization profile's name (`NormalizationProfile.name`), when one was applied.
  public var normalization: String?
  /// The glossary every document of the batch shares, as lines of TSV with its path; batch
  /// terminology figures need it and a shard cannot see the other shards' documents.
  public var sharedGlossary: SharedGlossary?

  /// A glossary's text, carried in a shard's output.
  public struct SharedGlossary: Sendable, Codable, Hashable {
    public var path: String
    public var lines: [String]
    public init(path: String, lines: [String]) {
      self.path = path
      self.lines = lines
    }
  }

  public init(
    index: Int, count: Int, batchSize: Int, positions: [Int], confidenceResamples: Int?,
    normalization: String?, sharedGlossary: SharedGlossary?
  ) {
    self.index = index
    self.count = count
    self.batchSize = batchSize
    self.positions = positions
    self.confidenceResamples = confidenceResamples
    self.normalization = normalization
    self.sharedGlossary = sharedGlossary
  }
}
