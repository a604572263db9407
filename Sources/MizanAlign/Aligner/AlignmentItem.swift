/// What the bead search knows of one paragraph or sentence.
struct AlignmentItem: Sendable {
  /// Trigrams of its folded text.
  var profile: NGramProfile
  /// Short and without sentence-final punctuation: a heading or title.
  var isHeading: Bool
}

/// One step of a search path: `hypothesis` items and `reference` items from the current
/// position form a bead (one of the counts may be 0 for a skip).
struct PathStep: Sendable, Hashable {
  var hypothesis: Int
  var reference: Int
  /// Raw Dice similarity of the two sides (0 for a skip).
  var similarity: Double
}
