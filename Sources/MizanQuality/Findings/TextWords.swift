import MizanText

/// The words of one line as the findings checks compare them: normalized for matching
/// (`.matching`: no vowel marks or tatweel, one alef, one yaa) with digits as ASCII, each word
/// remembering the original scalar offsets it came from so findings point at the text as written.
struct TextWords {
  /// One word: letters, marks and digits between boundaries.
  struct Word: Hashable {
    /// The normalized scalars.
    var key: [Unicode.Scalar]
    /// Original scalar offsets, vowel marks included.
    var original: Range<Int>
    /// Offsets of the word's first scalar and one past its last in the normalized text.
    var normalized: Range<Int>
    /// Latin script letters only (an untranslated English word or an acronym).
    var isLatin: Bool
    /// Digits only.
    var isNumeric: Bool
  }

  /// The original line.
  let line: String
  let scalars: [Unicode.Scalar]
  let text: NormalizedText
  let words: [Word]

  init(_ line: String) {
    self.line = line
    self.scalars = Array(line.unicodeScalars)
    var profile = NormalizationProfile.matching
    profile.asciiDigits = true
    let text = profile.normalizeTracingOrigins(line)
    self.text = text
    let found = ArabicWords(text)
    self.words = found.ranges.map { range in
      let key = Array(text.scalars[range])
      return Word(
        key: key, original: text.originalRange(of: range), normalized: range,
        isLatin: key.allSatisfy(Self.isLatinLetter), isNumeric: key.allSatisfy { $0.properties.numericType != nil })
    }
  }

  static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: return scalar.properties.isAlphabetic
    default: return false
    }
  }

  static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0620...0x064A, 0x066E...0x06D3, 0x06FA...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFE: return true
    default: return false
    }
  }

  /// Whether the line is Arabic text: more Arabic letters than Latin ones.
  var isArabic: Bool {
    var arabic = 0
    var latin = 0
    for scalar in scalars {
      if Self.isArabicLetter(scalar) { arabic += 1 } else if Self.isLatinLetter(scalar) { latin += 1 }
    }
    return arabic > latin
  }

  /// The original text in `range` (original scalar offsets).
  func original(_ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    let lower = max(0, min(range.lowerBound, scalars.count))
    view.append(contentsOf: scalars[lower..<max(lower, min(range.upperBound, scalars.count))])
    return String(view)
  }

  /// Original offsets of words `first...last`, from the first's start to the last's end.
  func original(words first: Int, _ last: Int) -> Range<Int> {
    words[first].original.lowerBound..<words[last].original.upperBound
  }

  /// Original offsets of word `index` with its first `skip` normalized scalars left out: the
  /// word without an attached particle (فرنكًا out of وفرنكًا).
  func original(word index: Int, skipping skip: Int) -> Range<Int> {
    let range = words[index].normalized
    guard skip > 0, skip < range.count else { return words[index].original }
    return text.originalRange(of: range.lowerBound + skip..<range.upperBound)
  }

  /// Sentences of the line as ranges of word indices: a sentence ends after a word followed by
  /// . ! ? ؟ or … (quotes and spaces may come between).
  var sentences: [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    for index in words.indices {
      let gapEnd = index + 1 < words.count ? words[index + 1].original.lowerBound : scalars.count
      let gap = scalars[words[index].original.upperBound..<max(words[index].original.upperBound, gapEnd)]
      // A point between digits (3.5) is a decimal point, not the end of a sentence.
      let decimal = gap.count == 1 && index + 1 < words.count && words[index].isNumeric && words[index + 1].isNumeric
      let ends = !decimal && gap.contains { ".!?؟…".unicodeScalars.contains($0) }
      if ends || index == words.count - 1 {
        result.append(start..<index + 1)
        start = index + 1
      }
    }
    return result
  }
}
