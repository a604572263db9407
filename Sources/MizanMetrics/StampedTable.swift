/// The slots of an open-addressing hash table of ids (linear probing), emptied in O(1) by
/// bumping a stamp: a slot is occupied only if its stamp is the current one. `NGramCounter`
/// empties its tables for every segment, which would otherwise cost a pass over every slot.
///
/// The table keeps ids only; the caller keeps the keys, compares them, and tells `reserve` how
/// to hash an id when the table grows.
struct StampedTable {
  private var ids: [Int32] = Array(repeating: 0, count: 64)
  private var stamps: [UInt32] = Array(repeating: 0, count: 64)
  private var stamp: UInt32 = 1
  /// Occupied slots in the current stamp.
  private var count = 0
  /// 64 − log2(capacity): slots are taken from a hash's high bits.
  private var shift: UInt64 = 58

  /// Empties the table.
  mutating func clear() {
    count = 0
    stamp &+= 1
    if stamp == 0 {
      // Wrapped after 2³² segments: old stamps could look current again.
      for index in stamps.indices { stamps[index] = 0 }
      stamp = 1
    }
  }

  @inline(__always)
  func firstSlot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> shift) }

  @inline(__always)
  func nextSlot(_ slot: Int) -> Int { (slot + 1) & (ids.count - 1) }

  /// The id in `slot`, nil if the slot is empty.
  @inline(__always)
  func value(at slot: Int) -> Int32? { stamps[slot] == stamp ? ids[slot] : nil }

  /// Puts `id` in the empty `slot` found by probing.
  @inline(__always)
  mutating func set(_ slot: Int, _ id: Int32) {
    ids[slot] = id
    stamps[slot] = stamp
    count += 1
  }

  /// Makes room for `needed` ids at a load of at most ½, rehashing the current ids with `hash`.
  /// Call before probing for an insertion, since growing moves slots.
  @inline(__always)
  mutating func reserve(forCount needed: Int, hash: (Int32) -> UInt64) {
    if needed * 2 <= ids.count { return }
    grow(forCount: needed, hash: hash)
  }

  private mutating func grow(forCount needed: Int, hash: (Int32) -> UInt64) {
    var capacity = ids.count
    while needed * 2 > capacity { capacity *= 2 }
    let oldIDs = ids
    let oldStamps = stamps
    let oldStamp = stamp
    ids = Array(repeating: 0, count: capacity)
    stamps = Array(repeating: 0, count: capacity)
    stamp = 1
    shift = UInt64(64 - capacity.trailingZeroBitCount)
    count = 0
    for slot in oldIDs.indices where oldStamps[slot] == oldStamp {
      let id = oldIDs[slot]
      var target = firstSlot(hash(id))
      while value(at: target) != nil { target = nextSlot(target) }
      set(target, id)
    }
  }
}

/// A fast, well-mixed 64-bit hash of a few bytes (words of eight, then the tail), for interning
/// tokens; collisions only cost a byte comparison.
enum ByteHash {
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    guard let base = bytes.baseAddress else { return mix(hash) }
    var index = 0
    let count = bytes.count
    // Bounds: whole words are read only while index + 8 <= count.
    while index + 8 <= count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      hash = mix(hash ^ word)
      index += 8
    }
    if index < count {
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while index < count {
        tail |= UInt64(base[index]) << shift
        shift += 8
        index += 1
      }
      hash = mix(hash ^ tail)
    }
    return hash
  }

  /// The finalizer of MurmurHash3 (fmix64).
  @inline(__always)
  static func mix(_ value: UInt64) -> UInt64 {
    var value = value
    value ^= value >> 33
    value = value &* 0xFF51_AFD7_ED55_8CCD
    value ^= value >> 33
    value = value &* 0xC4CE_B9FE_1A85_EC53
    value ^= value >> 33
    return value
  }
}
