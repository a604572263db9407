/// One slice of a batch for a sharded run (`--shard 2/4`): the documents whose 0-based batch
/// position p has p mod count == index − 1. Round robin by position keeps shard sizes within
/// one document of each other and needs nothing but the batch order, which discovery makes
/// deterministic; every shard must therefore be given the same inputs.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
  /// 1-based: 1…count.
  public var index: Int
  public var count: Int

  public init?(index: Int, count: Int) {
    guard count >= 1, (1...count).contains(index) else { return nil }
    self.index = index
    self.count = count
  }

  /// Reads `i/n`, e.g. `2/4`; nil for anything else, including `0/4` and `5/4`.
  public init?(parsing text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
    self.init(index: index, count: count)
  }

  /// Whether the document at 0-based batch `position` belongs to this shard.
  public func contains(position: Int) -> Bool { position % count == index - 1 }

  public var description: String { "\(index)/\(count)" }
}
