/// Eight bytes handled as one 64-bit word ("SIMD within a register"), so that scanning text
/// for a few kinds of bytes skips eight uninteresting bytes at a time.
///
/// A mask has 0x80 in the position of each byte found. The tests below come from Sean
/// Anderson's "Bit Twiddling Hacks" (`haszero`, `hasless`): a borrow can flag a byte above a
/// real hit, never below, so the *first* flagged byte is always exact, and that is the only one
/// callers use.
public enum ByteWord {
  public static let ones: UInt64 = 0x0101_0101_0101_0101
  public static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// The eight bytes at `base + index`, the first in the low bits.
  @inlinable @inline(__always)
  public static func load(_ base: UnsafePointer<UInt8>, at index: Int) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
  }

  /// Bytes below `limit` (at most 0x80).
  @inlinable @inline(__always)
  public static func less(_ word: UInt64, than limit: UInt8) -> UInt64 {
    (word &- ones &* UInt64(limit)) & ~word & highBits
  }

  /// Bytes equal to `byte`.
  @inlinable @inline(__always)
  public static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    less(word ^ (ones &* UInt64(byte)), than: 1)
  }

  /// Bytes with the high bit clear (ASCII); exact in every position.
  @inlinable @inline(__always)
  public static func ascii(_ word: UInt64) -> UInt64 { ~word & highBits }

  /// The offset of the first byte flagged in a nonzero `mask`.
  @inlinable @inline(__always)
  public static func first(_ mask: UInt64) -> Int { mask.trailingZeroBitCount >> 3 }
}
