/// The slots of an open-addressing hash table of ids (linear probing), emptied in O(1) by
/// bumping a stamp: a slot is occupied only if its stamp is the current one. `NGramCounter`
/// empties its tables for every segment, which would otherwise cost a pass over every slot.
///
/// A slot keeps an id with its 64-bit key, so that a probe compares keys without looking
/// elsewhere and growing rehashes without help; a caller whose keys are hashes of longer data
/// confirms a key match itself. Probing goes through `withProbe`'s pointer, without the
/// uniqueness and bounds checks of array mutation, once `reserve` has made room.
struct StampedTable {
  struct Slot {
    var key: UInt64
    var id: Int32
    var stamp: UInt32
  }

  private var slots = Array(repeating: Slot(key: 0, id: 0, stamp: 0), count: 64)
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
      for index in slots.indices { slots[index].stamp = 0 }
      stamp = 1
    }
  }

  /// Makes room for `added` more ids at a load of at most ½. Call before `withProbe`, which
  /// cannot grow the table.
  @inline(__always)
  mutating func reserve(adding added: Int) {
    if (count + added) * 2 > slots.count { grow(forCount: count + added) }
  }

  private mutating func grow(forCount needed: Int) {
    var capacity = slots.count
    while needed * 2 > capacity { capacity *= 2 }
    let old = slots
    let oldStamp = stamp
    slots = Array(repeating: Slot(key: 0, id: 0, stamp: 0), count: capacity)
    stamp = 1
    shift = UInt64(64 - capacity.trailingZeroBitCount)
    withProbe { probe in
      for slot in old where slot.stamp == oldStamp {
        var target = probe.home(slot.key)
        while probe.slots[target].stamp == probe.stamp { target = probe.next(target) }
        probe.slots[target] = Slot(key: slot.key, id: slot.id, stamp: probe.stamp)
      }
    }
  }

  /// Calls `body` with a probe of the slots; it may insert at most the ids reserved, and the
  /// table's count is updated by the insertions it reports.
  @inline(__always)
  mutating func withProbe<R>(_ body: (inout Probe) -> R) -> R {
    let stamp = self.stamp
    let shift = self.shift
    var inserted = 0
    let result = slots.withUnsafeMutableBufferPointer { slots in
      // Bounds: `home` takes a hash's top bits and `next` masks, so every slot is < capacity.
      var probe = Probe(slots: slots.baseAddress.unsafelyUnwrapped, mask: slots.count - 1, shift: shift, stamp: stamp)
      defer { inserted = probe.inserted }
      return body(&probe)
    }
    count += inserted
    return result
  }

  /// The slots' storage, valid only inside `withProbe`.
  struct Probe {
    let slots: UnsafeMutablePointer<Slot>
    let mask: Int
    let shift: UInt64
    let stamp: UInt32
    fileprivate(set) var inserted = 0

    fileprivate init(slots: UnsafeMutablePointer<Slot>, mask: Int, shift: UInt64, stamp: UInt32) {
      self.slots = slots
      self.mask = mask
      self.shift = shift
      self.stamp = stamp
    }

    /// Where probing for `key` starts (Fibonacci hashing: the top bits of a multiplication).
    @inline(__always)
    func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    @inline(__always)
    func next(_ slot: Int) -> Int { (slot + 1) & mask }

    /// The id in `slot`, 0 if the slot is empty.
    @inline(__always)
    func id(at slot: Int) -> Int32 { slots[slot].stamp == stamp ? slots[slot].id : 0 }

    /// Puts `id` under `key` in the empty `slot` that probing ended at.
    @inline(__always)
    mutating func insert(_ id: Int32, key: UInt64, at slot: Int) {
      slots[slot] = Slot(key: key, id: id, stamp: stamp)
      inserted += 1
    }
  }
}

/// A fast, well-mixed 64-bit hash of a few bytes (words of eight, then the tail), for interning
/// tokens; collisions only cost a byte comparison.
enum ByteHash {
  /// The tail of a long token is its last eight bytes, overlapping the last whole word, and a
  /// short one is read in two overlapping halves (as wyhash reads short keys), so no byte is
  /// read alone. Equal bytes still hash equally, which is all the tables need.
  @inline(__always)
  static func hash(_ base: UnsafePointer<UInt8>, count: Int) -> UInt64 {
    let seed: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
    let raw = UnsafeRawPointer(base)
    // Bounds: every load below lies within base[0..<count].
    if count >= 8 {
      var hash = seed
      var index = 0
      while index + 8 <= count {
        hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        index += 8
      }
      if index < count { hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) }
      return hash
    }
    if count >= 4 {
      let first = UInt64(raw.loadUnaligned(as: UInt32.self))
      let last = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
      return mix(seed ^ (first | last << 32))
    }
    guard count > 0 else { return mix(seed) }
    let bytes = UInt64(base[0]) | UInt64(base[count / 2]) << 8 | UInt64(base[count - 1]) << 16
    return mix(seed ^ bytes)
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
