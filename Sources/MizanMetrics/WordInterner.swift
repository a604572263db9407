/// Gives each distinct word (a code point sequence) a small integer id, so that word n-grams
/// and TER's edit distance compare integers instead of strings.
///
/// Words are compared code point by code point, as Python compares `str`: Swift's `String`
/// equality would treat "Cafe\u{301}" and "Café" as equal, which sacreBLEU does not.
/// A flat open-addressing table keeps lookups free of `String` hashing and bridging.
struct WordInterner {
  /// The code points of every interned word, back to back.
  private var arena: [UInt32] = []
  /// Where each word's code points start in `arena`; word `id` ends where `id + 1` starts.
  private var starts: [Int] = [0]
  /// Slot → word id + 1, or 0 for an empty slot.
  private var slots: [Int32]
  /// The hash of each word, so growing the table needs no rehashing of code points.
  private var hashes: [UInt64] = []

  /// The number of distinct words seen.
  var count: Int { hashes.count }

  init(expectedWords: Int = 64) {
    var capacity = 16
    while capacity < expectedWords * 2 { capacity <<= 1 }
    slots = Array(repeating: 0, count: capacity)
  }

  /// Forgets every word, keeping the storage for the next segment.
  mutating func removeAll() {
    guard !hashes.isEmpty else { return }
    arena.removeAll(keepingCapacity: true)
    starts.removeAll(keepingCapacity: true)
    starts.append(0)
    hashes.removeAll(keepingCapacity: true)
    slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
  }

  /// The id of `word`, assigning the next free id to a word not seen before.
  mutating func id(of word: ArraySlice<Unicode.Scalar>) -> Int32 {
    let hash = Self.hash(word)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash >> 7) & mask
    while true {
      let stored = Int(slots[slot])
      if stored == 0 { break }
      let id = stored - 1
      if hashes[id] == hash && matches(id, word) { return Int32(id) }
      slot = (slot + 1) & mask
    }
    let id = hashes.count
    hashes.append(hash)
    for scalar in word { arena.append(scalar.value) }
    starts.append(arena.count)
    slots[slot] = Int32(id + 1)
    if hashes.count * 2 > slots.count { grow() }
    return Int32(id)
  }

  private func matches(_ id: Int, _ word: ArraySlice<Unicode.Scalar>) -> Bool {
    let start = starts[id]
    guard starts[id + 1] - start == word.count else { return false }
    var position = start
    for scalar in word {
      if arena[position] != scalar.value { return false }
      position += 1
    }
    return true
  }

  private mutating func grow() {
    var bigger = [Int32](repeating: 0, count: slots.count * 2)
    let mask = bigger.count - 1
    for id in hashes.indices {
      var slot = Int(truncatingIfNeeded: hashes[id] >> 7) & mask
      while bigger[slot] != 0 { slot = (slot + 1) & mask }
      bigger[slot] = Int32(id + 1)
    }
    slots = bigger
  }

  /// FNV-1a over code points, finished with a multiply so the high bits mix.
  private static func hash(_ word: ArraySlice<Unicode.Scalar>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for scalar in word {
      hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3
    }
    return (hash ^ (hash >> 29)) &* 0x9E37_79B9_7F4A_7C15
  }
}
