/// numpy's bounded 32-bit integers, `buffered_bounded_lemire_uint32` (Lemire, "Fast Random
/// Integer Generation in an Interval", 2019): a 32-bit draw r gives the index ⌊r · count / 2³²⌋,
/// unless the low 32 bits of r · count fall below a threshold, when numpy rejects r and draws
/// again. Whether r is rejected depends on r alone, which is what lets `ChoiceBlock` cut the
/// stream into pieces made independently.
struct LemireBound: Sendable {
  /// The number of indices, 2...2³² − 1 (1 and 2³² take no multiplication in numpy).
  let count: UInt64
  /// (2³² − count) mod count: below it, the low half marks one of the values that would
  /// make some indices more likely than others.
  let threshold: UInt32

  init(count: Int) {
    precondition(count >= 2 && count < 1 << 32, "Lemire bound for 2..<2^32 indices")
    self.count = UInt64(count)
    threshold = UInt32(truncatingIfNeeded: (1 << 32 - UInt64(count)) % UInt64(count))
  }

  /// r · count: the index in its high half, the rejection test on its low half.
  @inline(__always)
  func product(_ draw: UInt32) -> UInt64 { UInt64(draw) &* count }

  @inline(__always)
  func rejects(_ product: UInt64) -> Bool { UInt32(truncatingIfNeeded: product) < threshold }

  @inline(__always)
  static func index(_ product: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: product >> 32) }
}
