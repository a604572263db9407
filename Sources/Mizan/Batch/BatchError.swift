/// Why a batch could not be read: a manifest or JSONL file that is malformed or points outside
/// its folder, duplicate document ids, shards that do not fit together. Every case names the
/// file, and the line or manifest entry, a user needs to fix it.
public struct BatchError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong.
  public enum Code: Sendable, Hashable {
    /// A file of the batch could not be read.
    case text(TextError)
    /// Not the JSON the format expects; the reason says what was wrong.
    case malformed(String)
    /// A manifest path that leaves the manifest's folder, directly, through `..` or through a
    /// symbolic link; the associated value is the path as written.
    case escapesFolder(String)
    /// Two documents with the same id; ids name documents in reports and baselines.
    case duplicateID(String)
    /// Line-aligned files whose line counts differ.
    case lineCount(hypothesis: Int, reference: Int)
    /// Nothing to evaluate.
    case noDocuments
    /// Shard outputs that do not combine into one batch; the reason says why.
    case shards(String)
  }

  /// The file the problem is in, as the user named it.
  public var path: String
  /// The 1-based line, for JSONL input.
  public var line: Int?
  /// The manifest entry (its id, or its 1-based position when it has none).
  public var entry: String?
  public var code: Code

  public init(path: String, line: Int? = nil, entry: String? = nil, code: Code) {
    self.path = path
    self.line = line
    self.entry = entry
    self.code = code
  }

  public var description: String {
    if case .text(let error) = code { return error.description }
    var place = path
    if let line { place += ":\(line)" }
    if let entry { place += ": entry \(entry)" }
    switch code {
    case .text(let error): return error.description
    case .malformed(let reason): return "\(place): \(reason)"
    case .escapesFolder(let written):
      return "\(place): path '\(written)' leaves the manifest's folder; manifest paths must stay inside it"
    case .duplicateID(let id): return "\(place): document id '\(id)' is used twice; ids must be unique"
    case .lineCount(let hypothesis, let reference):
      return "\(place): line-aligned files differ in length: hypothesis \(hypothesis) lines, reference \(reference)"
    case .noDocuments: return "\(place): no documents found"
    case .shards(let reason): return "\(place): \(reason)"
    }
  }
}
