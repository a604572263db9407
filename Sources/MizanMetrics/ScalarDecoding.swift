/// Code points straight from UTF-8 bytes, for metrics that read the stream's buffers
/// (chrF, TER) without building a `String`.
enum ScalarDecoding {
  /// The code points of `bytes`, which must be valid UTF-8 (the stream validates every file;
  /// `String.utf8` always is), in place of `scalars`' contents. With `lowercasingASCII`, A–Z
  /// become a–z.
  @inline(__always)
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, into scalars: inout [UInt32], lowercasingASCII: Bool = false
  ) {
    let count = bytes.count
    scalars = [UInt32](unsafeUninitializedCapacity: count) { output, written in
      guard let input = bytes.baseAddress, let base = output.baseAddress else { return }
      var index = 0
      var out = 0
      // Bounds: one code point per at least one byte, so `out` < count.
      while index < count {
        let lead = UInt32(input[index])
        if lead < 0x80 {
          base[out] = lowercasingASCII && lead >= 0x41 && lead <= 0x5A ? lead | 0x20 : lead
          out += 1
          index += 1
          continue
        }
        // Bounds: a lead byte promises its continuation bytes on valid UTF-8; a truncated
        // sequence ends the line rather than read past it.
        if lead < 0xE0 {
          guard index + 2 <= count else { break }
          base[out] = (lead & 0x1F) << 6 | UInt32(input[index + 1] & 0x3F)
          index += 2
        } else if lead < 0xF0 {
          guard index + 3 <= count else { break }
          base[out] =
            (lead & 0x0F) << 12 | UInt32(input[index + 1] & 0x3F) << 6 | UInt32(input[index + 2] & 0x3F)
          index += 3
        } else {
          guard index + 4 <= count else { break }
          base[out] =
            (lead & 0x07) << 18 | UInt32(input[index + 1] & 0x3F) << 12
            | UInt32(input[index + 2] & 0x3F) << 6 | UInt32(input[index + 3] & 0x3F)
          index += 4
        }
        out += 1
      }
      written = out
    }
  }
}
