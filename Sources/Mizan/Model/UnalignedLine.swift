/// A line of one edition with no counterpart in the other, and why it is reported.
public struct UnalignedLine: Sendable, Codable, Hashable {
  public enum Side: String, Sendable, Codable, Hashable { case hypothesis, reference }

  /// How an unaligned line is read.
  public enum Kind: String, Sendable, Codable, Hashable {
    /// Reference content the hypothesis lacks.
    case omission
    /// Hypothesis content the reference lacks.
    case addition
    /// Page furniture (captions, share prompts, "see also" links): reported, never scored.
    case boilerplate
  }

  public var side: Side
  /// 1-based line in its file.
  public var line: Int
  public var text: String
  public var kind: Kind
  /// Why: the boilerplate rule that matched, or why the aligner left it alone.
  public var reason: String

  public init(side: Side, line: Int, text: String, kind: Kind, reason: String) {
    self.side = side
    self.line = line
    self.text = text
    self.kind = kind
    self.reason = reason
  }
}
