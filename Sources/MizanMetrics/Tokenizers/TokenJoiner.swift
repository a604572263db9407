import MizanText

/// `" ".join(text.split())` on UTF-8 bytes: every sacreBLEU tokenizer ends this way, so that
/// tokens are separated by exactly one ASCII space with none at either end.
///
/// "Whitespace" is Python's `str.isspace()` (see `MizanText.Whitespace`), recognized here on
/// UTF-8 bytes so that no `String` is built until the end.
enum TokenJoiner {
  /// The bytes of an eight-byte `word` (see `ByteWord`) that can start whitespace: ASCII up to
  /// the space, and the lead bytes of `whitespaceLength`'s multi-byte cases.
  @inline(__always)
  static func whitespaceCandidates(_ word: UInt64) -> UInt64 {
    ByteWord.less(word, than: 0x21) | multiByteCandidates(word)
  }

  /// The lead bytes C2 and E0…E3 (E0 starts no whitespace, but keeps the test to one mask).
  @inline(__always)
  static func multiByteCandidates(_ word: UInt64) -> UInt64 {
    ByteWord.equal(word, 0xC2) | ByteWord.equal(word & 0xFCFC_FCFC_FCFC_FCFC, 0xE0)
  }

  /// The length of the whitespace sequence starting at `index`, 0 if none starts there.
  @inline(__always)
  static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    if byte < 0x80 {
      return (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x20) ? 1 : 0
    }
    let count = bytes.count
    switch byte {
    case 0xC2:  // U+0085, U+00A0
      guard index + 1 < count else { return 0 }
      let next = bytes[index + 1]
      return next == 0x85 || next == 0xA0 ? 2 : 0
    case 0xE1:  // U+1680
      guard index + 2 < count else { return 0 }
      return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
    case 0xE2:  // U+2000–U+200A, U+2028, U+2029, U+202F, U+205F
      guard index + 2 < count else { return 0 }
      let second = bytes[index + 1]
      let third = bytes[index + 2]
      if second == 0x80 {
        return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
      }
      return second == 0x81 && third == 0x9F ? 3 : 0
    case 0xE3:  // U+3000
      guard index + 2 < count else { return 0 }
      return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
    default:
      return 0
    }
  }

  /// The whitespace-separated pieces of `bytes`, joined by single spaces.
  static func joined(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { buffer in
      var output: [UInt8] = []
      output.reserveCapacity(buffer.count)
      var index = 0
      var pendingSpace = false
      while index < buffer.count {
        let space = whitespaceLength(buffer, at: index)
        if space > 0 {
          pendingSpace = !output.isEmpty
          index += space
        } else {
          if pendingSpace {
            output.append(0x20)
            pendingSpace = false
          }
          output.append(buffer[index])
          index += 1
        }
      }
      return String(decoding: output, as: UTF8.self)
    }
  }
}
