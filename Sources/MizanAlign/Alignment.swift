import MizanText

/// Which hypothesis and reference paragraphs and sentences correspond, and what was left over
/// and why. Produced by `Aligner.align(hypothesis:reference:boilerplate:)`; `Codable` so
/// reports and caches can store it.
public struct Alignment: Sendable, Hashable, Codable {
  /// Paragraph-level links in document order (monotone on both sides).
  public var paragraphBeads: [Bead]
  /// Sentence-level links inside the paragraph links, in document order.
  public var sentenceBeads: [Bead]
  /// Every paragraph and sentence that is in no bead, with the reason.
  public var unaligned: [UnalignedItem]

  public init(paragraphBeads: [Bead], sentenceBeads: [Bead], unaligned: [UnalignedItem]) {
    self.paragraphBeads = paragraphBeads
    self.sentenceBeads = sentenceBeads
    self.unaligned = unaligned
  }
}

/// A paragraph or sentence of one edition that has no counterpart in the other.
public struct UnalignedItem: Sendable, Hashable, Codable {
  public enum Side: String, Sendable, Hashable, Codable {
    case hypothesis, reference
  }

  public enum Level: String, Sendable, Hashable, Codable {
    case paragraph, sentence
  }

  /// Why the item has no counterpart.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// Reference content the hypothesis lacks: a candidate omission by the translation.
    case omission
    /// Hypothesis content the reference lacks: a candidate addition (or a later revision).
    case addition
    /// Page furniture, not translation; `boilerplate` says which rule or cue decided it.
    case boilerplate
  }

  public var side: Side
  public var level: Level
  /// Index into `Document.paragraphs` or `Document.sentences`, by `level`.
  public var index: Int
  /// The 1-based line of the item.
  public var line: Int
  public var kind: Kind
  /// The label and reason, for `kind == .boilerplate`.
  public var boilerplate: BoilerplateLabel?

  public init(side: Side, level: Level, index: Int, line: Int, kind: Kind, boilerplate: BoilerplateLabel? = nil) {
    self.side = side
    self.level = level
    self.index = index
    self.line = line
    self.kind = kind
    self.boilerplate = boilerplate
  }
}
