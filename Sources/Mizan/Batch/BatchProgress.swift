/// How far a batch evaluation has got, reported after each document.
public struct BatchProgress: Sendable, Hashable {
  /// Documents finished, evaluated or failed.
  public var completed: Int
  /// Documents to evaluate in this run (this shard's, when sharded).
  public var total: Int
  /// Documents that failed so far.
  public var failed: Int
  /// The document just finished.
  public var lastDocument: String

  public init(completed: Int, total: Int, failed: Int, lastDocument: String) {
    self.completed = completed
    self.total = total
    self.failed = failed
    self.lastDocument = lastDocument
  }
}
