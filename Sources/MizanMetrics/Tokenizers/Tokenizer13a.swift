/// sacreBLEU's default tokenizer, `13a`: mteval-v13a.pl's normalization
/// (sacrebleu/tokenizers/tokenizer_13a.py) followed by its punctuation splitting.
///
/// Before splitting it removes `<skipped>`, joins `-` + newline, turns newlines into spaces,
/// unescapes `&quot;` `&amp;` `&lt;` `&gt;` (in that order, each everywhere, so `&amp;lt;` becomes
/// `<`), and pads the line with a space on each side so a leading or trailing period splits.
public struct Tokenizer13a: Tokenizer {
  public init() {}

  public var signature: String { "13a" }

  public func tokenize(_ line: String) -> String {
    var bytes = Array(line.utf8)
    bytes = ByteReplacement.replacing(Array("<skipped>".utf8), with: [], in: bytes)
    bytes = ByteReplacement.replacing([0x2D, 0x0A], with: [], in: bytes)
    bytes = ByteReplacement.replacing([0x0A], with: [0x20], in: bytes)
    if bytes.contains(0x26) {
      bytes = ByteReplacement.replacing(Array("&quot;".utf8), with: [0x22], in: bytes)
      bytes = ByteReplacement.replacing(Array("&amp;".utf8), with: [0x26], in: bytes)
      bytes = ByteReplacement.replacing(Array("&lt;".utf8), with: [0x3C], in: bytes)
      bytes = ByteReplacement.replacing(Array("&gt;".utf8), with: [0x3E], in: bytes)
    }
    bytes.insert(0x20, at: 0)
    bytes.append(0x20)
    return MtevalPunctuation.tokenize(bytes)
  }
}

/// Python's `str.replace(old, new)` on UTF-8 bytes: every non-overlapping occurrence, left to
/// right. Exact on UTF-8 because a pattern that starts on a scalar boundary matches only there.
enum ByteReplacement {
  static func replacing(_ pattern: [UInt8], with replacement: [UInt8], in bytes: [UInt8])
    -> [UInt8]
  {
    guard let first = pattern.first, bytes.count >= pattern.count, bytes.contains(first) else {
      return bytes
    }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    let last = bytes.count - pattern.count
    while index < bytes.count {
      if index <= last, bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
        output.append(contentsOf: replacement)
        index += pattern.count
      } else {
        output.append(bytes[index])
        index += 1
      }
    }
    return output
  }
}
