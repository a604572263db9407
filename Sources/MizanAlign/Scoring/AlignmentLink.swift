/// A bead reduced to what alignment scoring compares: the item numbers on each side
/// (lines for paragraph links, or any other consistent numbering). Either side may be empty
/// for an unaligned item.
public struct AlignmentLink: Sendable, Hashable, Codable {
  /// Hypothesis item numbers, ascending.
  public var hypothesis: [Int]
  /// Reference item numbers, ascending.
  public var reference: [Int]

  public init(hypothesis: [Int], reference: [Int]) {
    self.hypothesis = hypothesis.sorted()
    self.reference = reference.sorted()
  }
}

extension Bead {
  /// The bead as a link between line numbers, the unit of `alignment.gold.tsv`.
  public var lineLink: AlignmentLink {
    AlignmentLink(hypothesis: hypothesisLines, reference: referenceLines)
  }
}
