#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds a byte string in another: `memchr` to the next place the first byte occurs, `memcmp`
/// there. On UTF-8 text a match of a whole UTF-8 needle always starts on a scalar boundary, so a
/// byte search finds exactly the scalar sequences a scalar search would.
public enum ByteSearch {
  /// The offset of the first occurrence of `needle` in `haystack`; nil when absent or when
  /// `needle` is empty.
  public static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let needleBase = needle.baseAddress, let haystackBase = haystack.baseAddress, let first = needle.first,
      needle.count <= haystack.count
    else { return nil }
    let last = haystack.count - needle.count
    var start = 0
    while start <= last, let hit = memchr(haystackBase + start, Int32(first), last - start + 1) {
      let offset = UnsafeRawPointer(haystackBase).distance(to: UnsafeRawPointer(hit))
      if memcmp(haystackBase + offset, needleBase, needle.count) == 0 { return offset }
      start = offset + 1
    }
    return nil
  }
}
