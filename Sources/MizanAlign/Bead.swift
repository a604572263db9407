/// One link of an alignment: some hypothesis items that translate the same content as some
/// reference items. Items are paragraphs (`Alignment.paragraphBeads`, indices into
/// `Document.paragraphs`) or sentences (`Alignment.sentenceBeads`, indices into
/// `Document.sentences`). Both sides are non-empty: items without a counterpart are listed in
/// `Alignment.unaligned` with a reason instead.
public struct Bead: Sendable, Hashable, Codable {
  /// Hypothesis item indices, ascending and consecutive among body items.
  public var hypothesis: [Int]
  /// Reference item indices, ascending and consecutive among body items.
  public var reference: [Int]
  /// The 1-based lines of the hypothesis items, ascending, without repeats.
  public var hypothesisLines: [Int]
  /// The 1-based lines of the reference items, ascending, without repeats.
  public var referenceLines: [Int]
  /// Character-trigram Dice overlap of the two sides on folded text, in 0...1.
  public var similarity: Double

  public init(hypothesis: [Int], reference: [Int], hypothesisLines: [Int], referenceLines: [Int], similarity: Double) {
    self.hypothesis = hypothesis
    self.reference = reference
    self.hypothesisLines = hypothesisLines
    self.referenceLines = referenceLines
    self.similarity = similarity
  }

  /// The bead type as the alignment literature writes it: `1-1`, `2-1`, `1-3`…
  public var label: String { "\(hypothesis.count)-\(reference.count)" }
}
