/// Similarity of two bead sides, for editions of the same text in the same language.
///
/// The Dice coefficient of character-trigram multisets: 2·|A∩B| / (|A|+|B|). A side made of
/// several items is the multiset sum of their trigrams, computed by merging up to three sorted
/// arrays on the fly so the dynamic program allocates nothing per cell.
enum Similarity {
  /// Dice overlap of two single profiles.
  static func dice(_ left: NGramProfile, _ right: NGramProfile) -> Double {
    let total = left.grams.count + right.grams.count
    guard total > 0 else { return 0 }
    var matches = 0
    var x = 0
    var y = 0
    left.grams.withUnsafeBufferPointer { a in
      right.grams.withUnsafeBufferPointer { b in
        // Without branches on the comparison, which the processor cannot predict: equal grams
        // count and advance both sides, otherwise the smaller side advances.
        while x < a.count, y < b.count {
          let p = a[x]
          let q = b[y]
          matches &+= p == q ? 1 : 0
          x &+= p <= q ? 1 : 0
          y &+= q <= p ? 1 : 0
        }
      }
    }
    return Double(2 * matches) / Double(total)
  }

  /// Dice overlap of the sum of `left` profiles with the sum of `right` profiles, in 0...1.
  static func dice(_ left: ArraySlice<NGramProfile>, _ right: ArraySlice<NGramProfile>) -> Double {
    dice(MergedGrams(left), MergedGrams(right))
  }

  static func dice(_ left: MergedGrams, _ right: MergedGrams) -> Double {
    var a = left
    var b = right
    let total = a.total + b.total
    guard total > 0 else { return 0 }
    var matches = 0
    var x = a.next()
    var y = b.next()
    while x != .max, y != .max {
      if x == y {
        matches += 1
        x = a.next()
        y = b.next()
      } else if x < y {
        x = a.next()
      } else {
        y = b.next()
      }
    }
    return Double(2 * matches) / Double(total)
  }
}

/// Up to three sorted gram arrays read as one sorted stream (`UInt64.max` ends it), held in
/// fixed fields so that reading a bead side allocates nothing; sides of four or more profiles,
/// which beads never have, are merged eagerly.
struct MergedGrams {
  private let first: [UInt64]
  private let second: [UInt64]
  private let third: [UInt64]
  private var i = 0
  private var j = 0
  private var k = 0
  let total: Int

  init(_ items: ArraySlice<AlignmentItem>) {
    let base = items.startIndex
    switch items.count {
    case 1: (first, second, third) = (items[base].profile.grams, [], [])
    case 2: (first, second, third) = (items[base].profile.grams, items[base + 1].profile.grams, [])
    case 3:
      (first, second, third) = (
        items[base].profile.grams, items[base + 1].profile.grams, items[base + 2].profile.grams
      )
    default: (first, second, third) = (NGramProfile(merging: items.map(\.profile)).grams, [], [])
    }
    total = first.count + second.count + third.count
  }

  init(_ profiles: ArraySlice<NGramProfile>) {
    let base = profiles.startIndex
    switch profiles.count {
    case 0: (first, second, third) = ([], [], [])
    case 1: (first, second, third) = (profiles[base].grams, [], [])
    case 2: (first, second, third) = (profiles[base].grams, profiles[base + 1].grams, [])
    case 3:
      (first, second, third) = (profiles[base].grams, profiles[base + 1].grams, profiles[base + 2].grams)
    default: (first, second, third) = (NGramProfile(merging: profiles).grams, [], [])
    }
    total = first.count + second.count + third.count
  }

  @inline(__always)
  mutating func next() -> UInt64 {
    let x = i < first.count ? first[i] : .max
    let y = j < second.count ? second[j] : .max
    let z = k < third.count ? third[k] : .max
    if x <= y, x <= z {
      if x != .max { i += 1 }
      return x
    }
    if y <= z {
      j += 1
      return y
    }
    k += 1
    return z
  }
}
