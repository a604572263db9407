/// The distinct n-grams of one hypothesis with their counts, in a flat open-addressing table
/// (linear probing), so that each reference's n-grams are matched by integer lookups and
/// clipped matches are counted as the reference is read.
///
/// An n-gram is a packed integer key (see `CHRF.Worker`): one digit per character or word id,
/// ids starting at 1, so n-grams of different lengths never share a key. The table is reused
/// from segment to segment: a slot belongs to the current segment only if it carries the
/// current generation stamp, so starting a segment clears nothing; reference counts carry a
/// stamp of their own, so that each reference starts from zero without a pass over the slots.
struct NGramTable<Key: FixedWidthInteger & UnsignedInteger> {
  struct Entry {
    /// The packed n-gram.
    var key: Key
    /// The segment generation that filled the slot; other generations' slots are empty.
    var stamp: UInt32
    /// The reference generation `referenceCount` belongs to; older counts are 0.
    var referenceStamp: UInt32
    /// How often the n-gram occurs in the hypothesis.
    var hypothesisCount: Int32
    /// How many of the current reference's occurrences matched (never above the hypothesis's).
    var referenceCount: Int32
  }

  private var entries: [Entry] = []
  private var generation: UInt32 = 0
  private var referenceGeneration: UInt32 = 0
  /// 64 − log2(slots): a slot is the top bits of a multiplicative hash.
  private var shift: UInt64 = 60

  /// Empties the table for a segment of at most `maximumEntries` distinct n-grams.
  mutating func beginSegment(maximumEntries: Int) {
    var capacity = 16
    while capacity < maximumEntries * 2 { capacity <<= 1 }
    if entries.count < capacity || generation == UInt32.max {
      entries = Array(
        repeating: Entry(key: 0, stamp: 0, referenceStamp: 0, hypothesisCount: 0, referenceCount: 0),
        count: max(capacity, entries.count))
      generation = 0
      referenceGeneration = 0
    }
    generation += 1
    shift = UInt64(64 - entries.count.trailingZeroBitCount)
  }

  /// Starts counting a new reference's matches.
  mutating func beginReference() {
    if referenceGeneration == UInt32.max {
      for index in entries.indices { entries[index].referenceStamp = 0 }
      referenceGeneration = 0
    }
    referenceGeneration += 1
  }

  /// Calls `body` with a cursor for adding hypothesis n-grams and matching reference ones.
  mutating func withCursor<R>(_ body: (inout Cursor) -> R) -> R {
    let generation = self.generation
    let referenceGeneration = self.referenceGeneration
    let shift = self.shift
    return entries.withUnsafeMutableBufferPointer { entries in
      // Bounds: `slot` is a hash's top bits or masked by `mask`, always < entries.count.
      var cursor = Cursor(
        entries: entries.baseAddress.unsafelyUnwrapped, mask: entries.count - 1, shift: shift,
        generation: generation, referenceGeneration: referenceGeneration)
      return body(&cursor)
    }
  }

  /// Probes the table's storage; valid only inside `withCursor`.
  struct Cursor {
    let entries: UnsafeMutablePointer<Entry>
    let mask: Int
    let shift: UInt64
    let generation: UInt32
    let referenceGeneration: UInt32

    @inline(__always)
    private func home(_ key: Key) -> Int {
      let low = UInt64(truncatingIfNeeded: key)
      let folded = Key.bitWidth > 64 ? low ^ UInt64(truncatingIfNeeded: key >> 64) &* 0xC2B2_AE3D_27D4_EB4F : low
      return Int(truncatingIfNeeded: (folded &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Counts one occurrence of a hypothesis n-gram.
    @inline(__always)
    func addHypothesis(_ key: Key) {
      var slot = home(key)
      while true {
        let entry = entries + slot
        if entry.pointee.stamp != generation {
          entry.pointee = Entry(
            key: key, stamp: generation, referenceStamp: 0, hypothesisCount: 1, referenceCount: 0)
          return
        }
        if entry.pointee.key == key {
          entry.pointee.hypothesisCount += 1
          return
        }
        slot = (slot + 1) & mask
      }
    }

    /// Looks up one occurrence of a reference n-gram: nil if the hypothesis lacks it, else
    /// whether it is a clipped match (the hypothesis has more occurrences than matched so far).
    @inline(__always)
    func matchReference(_ key: Key) -> Bool? {
      var slot = home(key)
      while true {
        let entry = entries + slot
        if entry.pointee.stamp != generation { return nil }
        if entry.pointee.key == key {
          if entry.pointee.referenceStamp != referenceGeneration {
            entry.pointee.referenceStamp = referenceGeneration
            entry.pointee.referenceCount = 0
          }
          guard entry.pointee.referenceCount < entry.pointee.hypothesisCount else { return false }
          entry.pointee.referenceCount += 1
          return true
        }
        slot = (slot + 1) & mask
      }
    }
  }
}
