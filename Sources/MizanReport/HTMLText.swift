/// Escaping of user text for HTML: the five characters that can end a text node or an
/// attribute value are replaced by references, so corpus text can never become markup or
/// script (OWASP XSS prevention rule #1, applied to both text and quoted attributes).
///
/// Works on UTF-8 bytes: the five characters are ASCII, and an ASCII byte never occurs inside a
/// multi-byte sequence.
public enum HTMLText {
  public static func escaped(_ text: String) -> String {
    // Most corpus text has none of the five and is returned as is.
    guard needsEscaping(text[...]) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + text.utf8.count / 8)
    appendEscaped(text[...], to: &result)
    return result
  }

  /// Appends `text` escaped to `html`, runs without the five characters in one piece each.
  static func appendEscaped(_ text: Substring, to html: inout String) {
    guard needsEscaping(text) else {
      html += text
      return
    }
    let scalars = text.unicodeScalars
    var runStart = scalars.startIndex
    for index in text.utf8.indices {
      let reference: String
      switch text.utf8[index] {
      case UInt8(ascii: "&"): reference = "&amp;"
      case UInt8(ascii: "<"): reference = "&lt;"
      case UInt8(ascii: ">"): reference = "&gt;"
      case UInt8(ascii: "\""): reference = "&quot;"
      case UInt8(ascii: "'"): reference = "&#39;"
      default: continue
      }
      html += Substring(scalars[runStart..<index])
      html += reference
      runStart = text.utf8.index(after: index)
    }
    html += Substring(scalars[runStart...])
  }

  /// Whether any of the five occurs, scanned from contiguous bytes when the text has them.
  static func needsEscaping(_ text: Substring) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { $0.contains(where: needsEscape) } ?? text.utf8.contains(where: needsEscape)
  }

  static func needsEscape(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
      || byte == UInt8(ascii: "'")
  }
}
