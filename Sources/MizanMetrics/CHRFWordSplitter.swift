import MizanText

/// chrF++'s word tokenization, as sacreBLEU's `CHRF._remove_punctuation` does it (adapted
/// from Popović's chrF++.py): split on whitespace, then split one ASCII punctuation mark off
/// the end of a word, or else off its start. Only one mark moves, so "(hi)" becomes "(hi" and
/// ")" (sacreBLEU issue #124); one-code-point words stay whole.
enum CHRFWordSplitter {
  /// The ranges of `scalars` that are words.
  static func words(of scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var words: [Range<Int>] = []
    var start: Int? = nil
    for index in 0...scalars.count {
      let isBoundary = index == scalars.count || Whitespace.contains(scalars[index])
      if isBoundary {
        if let begin = start {
          appendSplitting(begin..<index, of: scalars, to: &words)
          start = nil
        }
      } else if start == nil {
        start = index
      }
    }
    return words
  }

  private static func appendSplitting(
    _ word: Range<Int>, of scalars: [Unicode.Scalar], to words: inout [Range<Int>]
  ) {
    guard word.count > 1 else {
      words.append(word)
      return
    }
    let last = word.upperBound - 1
    if isPunctuation(scalars[last]) {
      words.append(word.lowerBound..<last)
      words.append(last..<word.upperBound)
    } else if isPunctuation(scalars[word.lowerBound]) {
      words.append(word.lowerBound..<word.lowerBound + 1)
      words.append(word.lowerBound + 1..<word.upperBound)
    } else {
      words.append(word)
    }
  }

  /// Python's `string.punctuation`: the ASCII marks !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~.
  @inline(__always)
  static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
    default: return false
    }
  }
}
