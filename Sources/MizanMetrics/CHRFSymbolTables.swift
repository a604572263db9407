/// Small dense ids (1, 2, …) for the code points of one hypothesis, so that a character n-gram
/// packs into an integer key (`NGramTable`). Only the hypothesis assigns ids: a reference code
/// point the hypothesis lacks gets 0, and no n-gram containing it can match.
///
/// Flat, stamped, sized per segment for a load of at most ½, so it never grows mid-segment.
struct ScalarIDTable {
  private struct Entry {
    var scalar: UInt32
    var stamp: UInt32
    var id: UInt32
  }

  private var entries: [Entry] = []
  /// Code points below `directLimit` (Latin, Greek, Cyrillic, Hebrew, Arabic…) skip the
  /// hash: code point → generation << 32 | id.
  private var direct = [UInt64](repeating: 0, count: ScalarIDTable.directLimit)
  private static let directLimit = 0x1000
  private var generation: UInt32 = 0
  private var shift: UInt64 = 60
  /// Ids given in the current segment.
  private(set) var count: UInt32 = 0

  /// Empties the table for a hypothesis of at most `maximumScalars` distinct code points.
  mutating func beginSegment(maximumScalars: Int) {
    var capacity = 16
    while capacity < maximumScalars * 2 { capacity <<= 1 }
    if entries.count < capacity || generation == UInt32.max {
      entries = Array(repeating: Entry(scalar: 0, stamp: 0, id: 0), count: max(capacity, entries.count))
      direct = [UInt64](repeating: 0, count: Self.directLimit)
      generation = 0
    }
    generation += 1
    count = 0
    shift = UInt64(64 - entries.count.trailingZeroBitCount)
  }

  /// The ids of `scalars` written to `ids`: new ids for new code points if `assigning`,
  /// else 0 for code points not seen. With `skippingWhitespace`, whitespace gets no entry
  /// (sacreBLEU joins `str.split()` before taking character n-grams).
  mutating func ids(
    of scalars: UnsafeBufferPointer<UInt32>, assigning: Bool, skippingWhitespace: Bool,
    into ids: inout [UInt32]
  ) {
    let generation = self.generation
    let shift = self.shift
    var count = self.count
    let tag = UInt64(generation) << 32
    ids = [UInt32](unsafeUninitializedCapacity: scalars.count) { output, written in
      direct.withUnsafeMutableBufferPointer { direct in
        entries.withUnsafeMutableBufferPointer { entries in
          let mask = entries.count - 1
          var out = 0
          // Bounds: at most one id per code point; `direct` has `directLimit` slots.
          for scalar in scalars {
            if skippingWhitespace && CHRFWordSplitter.isWhitespace(scalar) { continue }
            var id: UInt32 = 0
            if scalar < Self.directLimit {
              let entry = direct[Int(scalar)]
              if entry >> 32 == UInt64(generation) {
                id = UInt32(truncatingIfNeeded: entry)
              } else if assigning {
                count += 1
                id = count
                direct[Int(scalar)] = tag | UInt64(id)
              }
            } else {
              var slot = Int(truncatingIfNeeded: (UInt64(scalar) &* 0x9E37_79B9_7F4A_7C15) >> shift)
              while true {
                if entries[slot].stamp != generation {
                  if assigning {
                    count += 1
                    id = count
                    entries[slot] = Entry(scalar: scalar, stamp: generation, id: id)
                  }
                  break
                }
                if entries[slot].scalar == scalar {
                  id = entries[slot].id
                  break
                }
                slot = (slot + 1) & mask
              }
            }
            output[out] = id
            out += 1
          }
          written = out
        }
      }
    }
    self.count = count
  }
}

/// Small dense ids (1, 2, …) for the words of one hypothesis, compared code point by code point
/// as Python compares `str`; a reference word the hypothesis lacks gets 0. Entries point into
/// the hypothesis's code points, which the caller keeps unchanged for the segment.
struct WordIDTable {
  private struct Entry {
    var hash: UInt64
    var stamp: UInt32
    var id: UInt32
    var start: Int
    var length: Int
  }

  private var entries: [Entry] = []
  private var generation: UInt32 = 0
  private var shift: UInt64 = 60
  /// Ids given in the current segment.
  private(set) var count: UInt32 = 0

  /// Empties the table for a hypothesis of at most `maximumWords` distinct words.
  mutating func beginSegment(maximumWords: Int) {
    var capacity = 16
    while capacity < maximumWords * 2 { capacity <<= 1 }
    if entries.count < capacity || generation == UInt32.max {
      entries = Array(
        repeating: Entry(hash: 0, stamp: 0, id: 0, start: 0, length: 0), count: max(capacity, entries.count))
      generation = 0
    }
    generation += 1
    count = 0
    shift = UInt64(64 - entries.count.trailingZeroBitCount)
  }

  /// The id of `scalars[word]`: a new id for a new word if `assigning` (then `scalars` must be
  /// the hypothesis's code points), else 0 for a word not seen. `hypothesis` holds the words
  /// already given ids.
  @inline(__always)
  mutating func id(
    of word: Range<Int>, in scalars: UnsafeBufferPointer<UInt32>,
    hypothesis: UnsafeBufferPointer<UInt32>, assigning: Bool
  ) -> UInt32 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for index in word { hash = (hash ^ UInt64(scalars[index])) &* 0x0000_0100_0000_01b3 }
    hash = (hash ^ (hash >> 29)) &* 0x9E37_79B9_7F4A_7C15
    let mask = entries.count - 1
    var slot = Int(truncatingIfNeeded: hash >> shift)
    while true {
      let entry = entries[slot]
      if entry.stamp != generation { break }
      if entry.hash == hash && entry.length == word.count {
        let start = entry.start
        var equal = true
        for offset in 0..<word.count where hypothesis[start + offset] != scalars[word.lowerBound + offset] {
          equal = false
          break
        }
        if equal { return entry.id }
      }
      slot = (slot + 1) & mask
    }
    guard assigning else { return 0 }
    count += 1
    entries[slot] = Entry(
      hash: hash, stamp: generation, id: count, start: word.lowerBound, length: word.count)
    return count
  }
}
