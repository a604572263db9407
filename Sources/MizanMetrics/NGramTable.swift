/// The distinct n-grams of one hypothesis with their counts, in a flat open-addressing table,
/// so that each reference's n-grams are matched by integer lookups.
///
/// An n-gram is packed into a `UInt128` key: character n-grams as 21-bit digits
/// (code point + 1, so a shorter n-gram never equals a longer one), word n-grams as 32-bit
/// digits (word id + 1) under the top bit. The table is reused from segment to segment:
/// a slot belongs to the current segment only if it carries the current generation stamp,
/// so starting a segment clears nothing.
struct NGramTable {
  /// Slot → packed n-gram.
  private var keys: [UInt128] = []
  /// Slot → the generation that filled it; other generations' slots count as empty.
  private var stamps: [UInt32] = []
  /// Slot → how often the n-gram occurs in the hypothesis.
  private(set) var hypothesisCounts: [Int32] = []
  /// Slot → the order index (0-based, character orders first) of the n-gram.
  private(set) var orderIndices: [UInt8] = []
  /// The occupied slots of the current segment, in insertion order.
  private(set) var occupiedSlots: [Int32] = []
  /// The current generation.
  private var generation: UInt32 = 0
  /// How many bits of the hash pick a slot for the current segment.
  private var slotBits = 4

  /// The number of slots, the size a per-reference count array needs.
  var capacity: Int { keys.count }

  /// Empties the table for a segment of at most `maximumEntries` distinct n-grams.
  mutating func reset(maximumEntries: Int) {
    var bits = 4
    while (1 << bits) < maximumEntries * 2 { bits += 1 }
    slotBits = bits
    occupiedSlots.removeAll(keepingCapacity: true)
    if keys.count < (1 << bits) {
      keys = Array(repeating: 0, count: 1 << bits)
      stamps = Array(repeating: 0, count: 1 << bits)
      hypothesisCounts = Array(repeating: 0, count: 1 << bits)
      orderIndices = Array(repeating: 0, count: 1 << bits)
      generation = 1
    } else if generation == UInt32.max {
      stamps = Array(repeating: 0, count: stamps.count)
      generation = 1
    } else {
      generation += 1
    }
  }

  /// Counts every character n-gram up to `characterOrder` and word n-gram up to
  /// `wordOrder` of the hypothesis.
  mutating func addHypothesis(
    characters: [UInt32], characterOrder: Int, words: [Int32], wordOrder: Int
  ) {
    // Work on the buffers directly: per-element array mutation through `self` costs a
    // uniqueness check each time, which was a tenth of chrF's time.
    let mask = (1 << slotBits) - 1
    let generation = self.generation
    let bits = slotBits
    var occupied = occupiedSlots
    occupiedSlots = []
    keys.withUnsafeMutableBufferPointer { keys in
      stamps.withUnsafeMutableBufferPointer { stamps in
        hypothesisCounts.withUnsafeMutableBufferPointer { counts in
          orderIndices.withUnsafeMutableBufferPointer { orders in
            NGramKeys.forEach(
              characters: characters, characterOrder: characterOrder, words: words,
              wordOrder: wordOrder
            ) { key, orderIndex in
              var slot = Self.home(of: key, bits: bits)
              while stamps[slot] == generation {
                if keys[slot] == key {
                  counts[slot] += 1
                  return
                }
                slot = (slot + 1) & mask
              }
              stamps[slot] = generation
              keys[slot] = key
              counts[slot] = 1
              orders[slot] = UInt8(truncatingIfNeeded: orderIndex)
              occupied.append(Int32(truncatingIfNeeded: slot))
            }
          }
        }
      }
    }
    occupiedSlots = occupied
  }

  /// Sets `counts[slot]` to how often a reference has each of the hypothesis's n-grams.
  func countReference(
    characters: [UInt32], characterOrder: Int, words: [Int32], wordOrder: Int,
    into counts: inout [Int32]
  ) {
    for slot in occupiedSlots { counts[Int(slot)] = 0 }
    let mask = (1 << slotBits) - 1
    let generation = self.generation
    let bits = slotBits
    keys.withUnsafeBufferPointer { keys in
      stamps.withUnsafeBufferPointer { stamps in
        counts.withUnsafeMutableBufferPointer { counts in
          NGramKeys.forEach(
            characters: characters, characterOrder: characterOrder, words: words,
            wordOrder: wordOrder
          ) { key, _ in
            var slot = Self.home(of: key, bits: bits)
            while stamps[slot] == generation {
              if keys[slot] == key {
                counts[slot] += 1
                return
              }
              slot = (slot + 1) & mask
            }
          }
        }
      }
    }
  }

  /// The first slot to probe: a multiplicative hash of both halves, top `bits` bits.
  @inline(__always)
  private static func home(of key: UInt128, bits: Int) -> Int {
    let low = UInt64(truncatingIfNeeded: key)
    let high = UInt64(truncatingIfNeeded: key >> 64)
    let mixed = (low ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: mixed >> UInt64(64 - bits))
  }
}

/// The packed keys of a segment's n-grams (see `NGramTable`).
enum NGramKeys {
  /// Calls `body` with every n-gram's key and order index (0-based, character orders first).
  @inline(__always)
  static func forEach(
    characters: [UInt32], characterOrder: Int, words: [Int32], wordOrder: Int,
    _ body: (UInt128, Int) -> Void
  ) {
    characters.withUnsafeBufferPointer { characters in
      let count = characters.count
      for start in 0..<count {
        var key: UInt128 = 0
        for offset in 0..<min(characterOrder, count - start) {
          key = key << 21 | UInt128(characters[start + offset])
          body(key, offset)
        }
      }
    }
    let wordMarker: UInt128 = 1 << 127
    words.withUnsafeBufferPointer { words in
      let count = words.count
      for start in 0..<count {
        var key: UInt128 = 0
        for offset in 0..<min(wordOrder, count - start) {
          key = key << 32 | UInt128(UInt32(truncatingIfNeeded: words[start + offset]) + 1)
          body(key | wordMarker, characterOrder + offset)
        }
      }
    }
  }
}
