/// A document of a batch that could not be evaluated (a missing or unreadable file, invalid
/// UTF-8, a bad glossary), kept in the output so that nothing is silently lost: the rest of the
/// batch is still evaluated, and the run exits 2 at the end.
public struct DocumentFailure: Sendable, Codable, Hashable {
  /// The document's id, as the batch names it.
  public var id: String
  /// 0-based position of the document in the whole (unsharded) batch.
  public var position: Int
  /// The error, naming the file and line where one applies.
  public var reason: String

  public init(id: String, position: Int, reason: String) {
    self.id = id
    self.position = position
    self.reason = reason
  }
}
