/// The distinct n-grams of one hypothesis with their counts, in a flat open-addressing table,
/// so that each reference's n-grams are matched by integer lookups.
///
/// An n-gram is packed into a `UInt128` key: character n-grams as 21-bit digits
/// (code point + 1, so a shorter n-gram never equals a longer one), word n-grams as 32-bit
/// digits (word id + 1) under the top bit. Keys are never 0, which marks an empty slot.
struct NGramTable {
  /// Slot → packed n-gram, 0 when empty.
  private var keys: [UInt128]
  /// Slot → how often the n-gram occurs in the hypothesis.
  private(set) var hypothesisCounts: [Int32]
  /// Slot → the order index (0-based, character orders first) of the n-gram.
  private(set) var orderIndices: [UInt8]
  /// The occupied slots, in insertion order.
  private(set) var occupiedSlots: [Int32] = []
  /// How many bits of the hash pick a slot.
  private let slotBits: Int

  /// The number of slots, the size of a per-reference count array.
  var capacity: Int { keys.count }

  /// A table sized for at most `maximumEntries` distinct n-grams.
  init(maximumEntries: Int) {
    var bits = 4
    while (1 << bits) < maximumEntries * 2 { bits += 1 }
    slotBits = bits
    keys = Array(repeating: 0, count: 1 << bits)
    hypothesisCounts = Array(repeating: 0, count: 1 << bits)
    orderIndices = Array(repeating: 0, count: 1 << bits)
    occupiedSlots.reserveCapacity(maximumEntries)
  }

  /// Counts one occurrence of `key` in the hypothesis.
  mutating func addHypothesisNGram(_ key: UInt128, orderIndex: Int) {
    let mask = keys.count - 1
    var slot = home(of: key)
    while true {
      let stored = keys[slot]
      if stored == key {
        hypothesisCounts[slot] += 1
        return
      }
      if stored == 0 { break }
      slot = (slot + 1) & mask
    }
    keys[slot] = key
    hypothesisCounts[slot] = 1
    orderIndices[slot] = UInt8(truncatingIfNeeded: orderIndex)
    occupiedSlots.append(Int32(slot))
  }

  /// The slot holding `key`, or nil when the hypothesis lacks that n-gram.
  func slot(of key: UInt128) -> Int? {
    let mask = keys.count - 1
    var slot = home(of: key)
    while true {
      let stored = keys[slot]
      if stored == key { return slot }
      if stored == 0 { return nil }
      slot = (slot + 1) & mask
    }
  }

  @inline(__always)
  private func home(of key: UInt128) -> Int {
    let low = UInt64(truncatingIfNeeded: key)
    let high = UInt64(truncatingIfNeeded: key >> 64)
    let mixed = (low ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: mixed >> UInt64(64 - slotBits))
  }
}
