/// The character trigrams of a text as a sorted multiset of integers, so that overlap between
/// two texts is a linear merge with no hashing collisions and no Foundation in the hot loop.
///
/// Text is folded (`Folding`), every run of non-word scalars becomes one space, and the
/// trigrams run over the words joined by spaces: trigrams that span a space encode word
/// boundaries, as chrF's character n-grams do for its word-level sibling. Three 21-bit scalars
/// pack exactly into a `UInt64`.
struct NGramProfile: Sendable, Hashable {
  /// The packed trigrams, sorted ascending, with repeats.
  var grams: [UInt64]
  /// The folded text length in word scalars, the length the Gale & Church prior compares.
  var length: Int

  init(_ text: String) {
    var scalars: [UInt32] = [0x20]
    // UTF-8 length bounds the scalar count without a pass to count them.
    scalars.reserveCapacity(text.utf8.count + 2)
    var length = 0
    for scalar in text.unicodeScalars {
      guard let folded = Folding.fold(scalar) else { continue }
      if Folding.isWordScalar(folded) {
        scalars.append(folded.value)
        length += 1
      } else if scalars.last != 0x20 {
        scalars.append(0x20)
      }
    }
    if scalars.last != 0x20 { scalars.append(0x20) }
    var grams: [UInt64] = []
    if scalars.count >= 3 {
      grams.reserveCapacity(scalars.count - 2)
      for index in 0..<(scalars.count - 2) {
        grams.append(
          UInt64(scalars[index]) << 42 | UInt64(scalars[index + 1]) << 21 | UInt64(scalars[index + 2]))
      }
    }
    grams.sort()
    self.grams = grams
    self.length = length
  }

  init(grams: [UInt64], length: Int) {
    self.grams = grams
    self.length = length
  }

  /// The union (multiset sum) of several profiles: the profile of a multi-item bead side or of
  /// a coarse block.
  init<S: Sequence>(merging profiles: S) where S.Element == NGramProfile {
    var grams: [UInt64] = []
    var length = 0
    for profile in profiles {
      grams.append(contentsOf: profile.grams)
      length += profile.length
    }
    grams.sort()
    self.init(grams: grams, length: length)
  }
}
