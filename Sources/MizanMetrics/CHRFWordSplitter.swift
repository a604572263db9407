/// chrF++'s word tokenization, as sacreBLEU's `CHRF._remove_punctuation` does it (adapted
/// from Popović's chrF++.py): split on whitespace, then split one ASCII punctuation mark off
/// the end of a word, or else off its start. Only one mark moves, so "(hi)" becomes "(hi" and
/// ")" (sacreBLEU issue #124); one-code-point words stay whole.
enum CHRFWordSplitter {
  /// Calls `body` with the range of every word of `scalars` (code point values), in order.
  @inline(__always)
  static func forEachWord(in scalars: UnsafeBufferPointer<UInt32>, _ body: (Range<Int>) -> Void) {
    var start = -1
    for index in 0...scalars.count {
      if index == scalars.count || isWhitespace(scalars[index]) {
        if start >= 0 {
          split(start..<index, of: scalars, body)
          start = -1
        }
      } else if start < 0 {
        start = index
      }
    }
  }

  @inline(__always)
  private static func split(
    _ word: Range<Int>, of scalars: UnsafeBufferPointer<UInt32>, _ body: (Range<Int>) -> Void
  ) {
    guard word.count > 1 else { return body(word) }
    let last = word.upperBound - 1
    if isPunctuation(scalars[last]) {
      body(word.lowerBound..<last)
      body(last..<word.upperBound)
    } else if isPunctuation(scalars[word.lowerBound]) {
      body(word.lowerBound..<word.lowerBound + 1)
      body(word.lowerBound + 1..<word.upperBound)
    } else {
      body(word)
    }
  }

  /// Python's `string.punctuation`: the ASCII marks !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~.
  @inline(__always)
  static func isPunctuation(_ value: UInt32) -> Bool {
    switch value {
    case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
    default: return false
    }
  }

  /// `Whitespace.contains` (Python's `str.isspace()`) on a code point value.
  @inline(__always)
  static func isWhitespace(_ value: UInt32) -> Bool {
    if value > 0x20 && value < 0x85 { return false }
    switch value {
    case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
      0x205F, 0x3000:
      return true
    default:
      return false
    }
  }
}
