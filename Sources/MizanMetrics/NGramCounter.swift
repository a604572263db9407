/// Counts the word n-grams (orders 1…4) of one segment's hypothesis and references, as integer
/// ids, and turns them into `BLEUStatistics` (sacreBLEU's `extract_all_word_ngrams` and
/// `_compute_segment_statistics`).
///
/// Tokens are interned by their UTF-8 bytes, never by `String`: Swift compares strings by
/// canonical equivalence (`é` equals `e` + U+0301) but sacreBLEU compares code points. An n-gram
/// of order n > 1 is interned as the pair (id of its first n−1 tokens, id of its last token),
/// so every n-gram of any order is one small integer.
struct NGramCounter {
  /// Token bytes to id.
  private var tokenIDs: [ArraySlice<UInt8>: Int32] = [:]
  /// (prefix n-gram id, last token id) to n-gram id.
  private var extensionIDs: [UInt64: Int32] = [:]
  /// The order of each id.
  private var orders: [UInt8] = []
  /// Per id: the largest count in any one reference.
  private var referenceMaximum: [Int32] = []
  /// Per id: scratch counts for the segment being read.
  private var counts: [Int32] = []
  /// Reference lengths in tokens, in reference order.
  private var referenceLengths: [Int] = []

  private mutating func newID(order: Int) -> Int32 {
    let id = Int32(orders.count)
    orders.append(UInt8(order))
    referenceMaximum.append(0)
    counts.append(0)
    return id
  }

  /// The ids of all n-grams of `tokenized` (orders 1…4, each order left to right) and its length.
  private mutating func ngramIDs(_ tokenized: String) -> (ids: [Int32], length: Int) {
    let bytes = Array(tokenized.utf8)
    var tokens: [Int32] = []
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        let space = TokenJoiner.whitespaceLength(buffer, at: index)
        if space > 0 {
          index += space
          continue
        }
        let start = index
        while index < buffer.count, TokenJoiner.whitespaceLength(buffer, at: index) == 0 {
          index += 1
        }
        let token = bytes[start..<index]
        if let id = tokenIDs[token] {
          tokens.append(id)
        } else {
          let id = newID(order: 1)
          tokenIDs[token] = id
          tokens.append(id)
        }
      }
    }
    var ids = tokens
    var previous = tokens  // ids of the (n-1)-grams starting at each position
    if tokens.count >= 2 {
      for n in 2...BLEUStatistics.maxOrder where tokens.count >= n {
        var current: [Int32] = []
        current.reserveCapacity(tokens.count - n + 1)
        for start in 0...(tokens.count - n) {
          let key = UInt64(UInt32(bitPattern: previous[start])) << 32
            | UInt64(UInt32(bitPattern: tokens[start + n - 1]))
          if let id = extensionIDs[key] {
            current.append(id)
          } else {
            let id = newID(order: n)
            extensionIDs[key] = id
            current.append(id)
          }
        }
        ids += current
        previous = current
      }
    }
    return (ids, tokens.count)
  }

  /// Records one tokenized reference.
  mutating func addReference(_ tokenized: String) {
    let (ids, length) = ngramIDs(tokenized)
    referenceLengths.append(length)
    for id in ids { counts[Int(id)] += 1 }
    for id in ids {
      let index = Int(id)
      if counts[index] > referenceMaximum[index] { referenceMaximum[index] = counts[index] }
    }
    for id in ids { counts[Int(id)] = 0 }
  }

  /// The statistics of a tokenized hypothesis against the references added so far.
  mutating func statistics(hypothesis tokenized: String) -> BLEUStatistics {
    let (ids, length) = ngramIDs(tokenized)
    var totals = SIMD4<Int>.zero
    var matches = SIMD4<Int>.zero
    for id in ids {
      counts[Int(id)] += 1
      totals[Int(orders[Int(id)]) - 1] += 1
    }
    for id in ids where counts[Int(id)] > 0 {
      let index = Int(id)
      matches[Int(orders[index]) - 1] += Int(min(counts[index], referenceMaximum[index]))
      counts[index] = 0
    }
    return BLEUStatistics(
      hypothesisLength: length, referenceLength: Self.closestLength(to: length, referenceLengths),
      matches: matches, totals: totals)
  }

  /// The reference length closest to the hypothesis length, the shorter one on a tie
  /// (sacreBLEU's `_get_closest_ref_len`); −1 without references, as there.
  static func closestLength(to length: Int, _ referenceLengths: [Int]) -> Int {
    var best = -1
    var bestDifference = -1
    for candidate in referenceLengths {
      let difference = abs(length - candidate)
      if bestDifference == -1 || difference < bestDifference {
        bestDifference = difference
        best = candidate
      } else if difference == bestDifference, candidate < best {
        best = candidate
      }
    }
    return best
  }
}
