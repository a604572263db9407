/// Escaping of user text for HTML: the five characters that can end a text node or an
/// attribute value are replaced by references, so corpus text can never become markup or
/// script (OWASP XSS prevention rule #1, applied to both text and quoted attributes).
public enum HTMLText {
  public static func escaped(_ text: String) -> String {
    // Works on UTF-8 bytes: the five characters are ASCII, and an ASCII byte never occurs
    // inside a multi-byte sequence. Most corpus text has none of them and is returned as is.
    let utf8 = text.utf8
    let clean = utf8.withContiguousStorageIfAvailable { !$0.contains(where: needsEscape) } ?? !utf8.contains(where: needsEscape)
    guard !clean else { return text }
    var result: [UInt8] = []
    result.reserveCapacity(utf8.count + utf8.count / 8)
    for byte in utf8 {
      switch byte {
      case UInt8(ascii: "&"): result += Array("&amp;".utf8)
      case UInt8(ascii: "<"): result += Array("&lt;".utf8)
      case UInt8(ascii: ">"): result += Array("&gt;".utf8)
      case UInt8(ascii: "\""): result += Array("&quot;".utf8)
      case UInt8(ascii: "'"): result += Array("&#39;".utf8)
      default: result.append(byte)
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  static func needsEscape(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
      || byte == UInt8(ascii: "'")
  }
}
