import MizanText

/// Words of normalized text as term matching sees them: maximal runs of letters, marks and
/// digits. Everything else (spaces, punctuation, quotes, parentheses) is a boundary, so a term
/// never matches inside a longer word or across a comma.
struct ArabicWords {
  /// The normalized text the words were found in.
  let text: NormalizedText
  /// Each word as a range of normalized scalar offsets.
  let ranges: [Range<Int>]

  init(_ text: NormalizedText) {
    self.text = text
    var ranges: [Range<Int>] = []
    var start: Int? = nil
    for (index, scalar) in text.scalars.enumerated() {
      if Self.isWordScalar(scalar) {
        if start == nil { start = index }
      } else if let begin = start {
        ranges.append(begin..<index)
        start = nil
      }
    }
    if let begin = start { ranges.append(begin..<text.scalars.count) }
    self.ranges = ranges
  }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < tabled ? wordScalarTable[Int(scalar.value)] : hasWordProperties(scalar)
  }

  /// A letter, mark or digit by its Unicode properties.
  static func hasWordProperties(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  /// `hasWordProperties` of every scalar below U+0700 (ASCII to the end of the Arabic block,
  /// nearly all the text read), looked up once: the property lookups cost more than the rest
  /// of the splitting.
  static let tabled: UInt32 = 0x700
  static let wordScalarTable: [Bool] = (0..<tabled).map { Unicode.Scalar($0).map(hasWordProperties) ?? false }

  /// The scalars of one word.
  func word(_ index: Int) -> ArraySlice<Unicode.Scalar> {
    text.scalars[ranges[index]]
  }

  /// Whether words `index` and `index + 1` are separated by exactly one whitespace scalar, the
  /// only gap a multi-word term may span.
  func isSingleSpace(after index: Int) -> Bool {
    guard index + 1 < ranges.count else { return false }
    let gap = ranges[index].upperBound..<ranges[index + 1].lowerBound
    return gap.count == 1 && Whitespace.contains(text.scalars[gap.lowerBound])
  }

  /// The words of a short phrase (a glossary rendering), normalized with `profile`.
  static func words(of phrase: String, profile: NormalizationProfile) -> [[Unicode.Scalar]] {
    let words = ArabicWords(profile.normalizeTracingOrigins(phrase))
    return words.ranges.indices.map { Array(words.word($0)) }
  }
}
