/// Checks UTF-8 byte by byte so that an error can say where the first bad byte is; Swift's own
/// decoding would silently substitute U+FFFD. Follows the well-formed table of Unicode 15,
/// section 3.9 (no overlongs, no surrogates, nothing above U+10FFFF).
enum UTF8Validation {
  static func check(_ bytes: ArraySlice<UInt8>, path: String) throws(TextError) {
    var line = 1
    var index = bytes.startIndex
    let base = bytes.startIndex
    while index < bytes.endIndex {
      let lead = bytes[index]
      if lead < 0x80 {
        if lead == 0 { throw TextError(path: path, code: .nulByte, line: line, byteOffset: index - base) }
        if lead == 0x0A { line += 1 }
        // A lone CR ends a line too; CRLF is counted once, at its LF.
        if lead == 0x0D, index + 1 == bytes.endIndex || bytes[index + 1] != 0x0A { line += 1 }
        index += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; high = 0x9F
      case 0xF0: length = 4; low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; high = 0x8F
      default: throw TextError(path: path, code: .invalidUTF8, line: line, byteOffset: index - base)
      }
      for offset in 1..<length {
        let position = index + offset
        let byte: UInt8? = position < bytes.endIndex ? bytes[position] : nil
        let range: ClosedRange<UInt8> = offset == 1 ? low...high : 0x80...0xBF
        guard let byte, range.contains(byte) else {
          throw TextError(path: path, code: .invalidUTF8, line: line, byteOffset: index - base)
        }
      }
      index += length
    }
  }
}
