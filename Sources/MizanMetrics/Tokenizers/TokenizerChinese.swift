import MizanText

/// sacreBLEU's `zh` tokenizer (sacrebleu/tokenizers/tokenizer_zh.py, by Shujian Huang): strip
/// the line, put spaces around every code point in its list of CJK ranges, then apply the `13a`
/// punctuation splitting (without `13a`'s unescaping and padding).
public struct TokenizerChinese: Tokenizer {
  public init() {}

  public var signature: String { "zh" }

  /// Whether sacreBLEU's `_is_chinese_char` is true for this scalar.
  ///
  /// The ranges are sacreBLEU's, including a quirk: it writes the supplementary-plane bounds as
  /// `'\u20000'`–`'\u2a6d6'` and `'\u2f800'`–`'\u2fa1d'`, which Python reads as two-character
  /// strings (`\u2000` + "0", …). Compared with one character, they select U+2001–U+2A6D
  /// (general punctuation, arrows, mathematical operators, …) and U+2F81–U+2FA1, and never the
  /// intended Extension B ideographs. Reproduced so that scores agree.
  static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3400...0x4DB5, 0x4E00...0x9FA5, 0x9FA6...0x9FBB, 0xF900...0xFA2D, 0xFA30...0xFA6A,
      0xFA70...0xFAD9, 0x2001...0x2A6D, 0x2F81...0x2FA1, 0xFF00...0xFFEF, 0x2E80...0x2EFF,
      0x3000...0x303F, 0x31C0...0x31EF, 0x2F00...0x2FDF, 0x2FF0...0x2FFF, 0x3100...0x312F,
      0x31A0...0x31BF, 0xFE10...0xFE1F, 0xFE30...0xFE4F, 0x2600...0x26FF, 0x2700...0x27BF,
      0x3200...0x32FF, 0x3300...0x33FF:
      return true
    default:
      return false
    }
  }

  public func tokenize(_ line: String) -> String {
    let scalars = Array(line.unicodeScalars)
    var start = 0
    var end = scalars.count
    while start < end, Whitespace.contains(scalars[start]) { start += 1 }
    while end > start, Whitespace.contains(scalars[end - 1]) { end -= 1 }
    var spaced = String.UnicodeScalarView()
    for scalar in scalars[start..<end] {
      if scalar.value >= 0x2001, Self.isChinese(scalar) {
        spaced.append(" ")
        spaced.append(scalar)
        spaced.append(" ")
      } else {
        spaced.append(scalar)
      }
    }
    return MtevalPunctuation.tokenize(Array(String(spaced).utf8))
  }
}
