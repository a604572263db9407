/// Splits a paragraph into sentences, for Arabic and Latin-script text.
///
/// A sentence ends at a run of terminators (`.` `!` `?` `؟` `…` `۔`), together with the
/// closing quotes and brackets that follow it (`”` `»` `"` `'` `’` `)` `]` `}`), but only when
/// whitespace or the end of the line comes next. Requiring whitespace is what keeps decimals
/// (`3.5`), times (`10.30`), dotted abbreviations (`U.S.A`, `ج.م.ع`) and URLs whole. A single
/// `.` after a known abbreviation (`Dr.`, `e.g.`, `U.S.`), a Latin initial (`J.`), or a single
/// Arabic letter (`د.` for doctor, `م.` for the Gregorian year, `هـ.` for the Hijri year) does
/// not end a sentence either, nor does `.` or `…` followed by a lowercase Latin letter.
///
/// Trade-off, documented rather than hidden: a sentence that really ends with an abbreviation
/// (`… in the U.S. Then …`) is not split. Alignment tolerates an under-split (a 1-2 bead),
/// while an over-split of every `Dr.` would scatter names across beads.
///
/// Ranges are Unicode scalar offsets into the line (see `Sentence`).
public struct SentenceSplitter: Sendable, Hashable {
  /// Words that end with a `.` that does not end a sentence, compared without the `.`.
  public var abbreviations: Set<String>

  public init(abbreviations: Set<String> = SentenceSplitter.defaultAbbreviations) {
    self.abbreviations = abbreviations
  }

  /// Titles, Latin abbreviations and month names that commonly precede a non-final period.
  public static let defaultAbbreviations: Set<String> = [
    "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Sr", "Jr", "Gen", "Col", "Lt", "Sgt", "Capt", "Gov",
    "Sen", "Rep", "Rev", "Hon", "Mt", "Ft", "vs", "cf", "approx", "No", "Nos", "Vol", "pp", "p",
    "fig", "Fig", "Jan", "Feb", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "e.g", "i.e",
    "al", "ed", "eds", "dr", "mr", "mrs", "prof",
  ]

  /// The sentences of `text` as trimmed, non-empty scalar ranges; empty for a blank line.
  public func split(_ text: String) -> [Range<Int>] {
    let scalars = Array(text.unicodeScalars)
    var result: [Range<Int>] = []
    var start = 0
    var index = 0
    while index < scalars.count {
      guard Self.isTerminator(scalars[index]) else {
        index += 1
        continue
      }
      var end = index
      while end < scalars.count, Self.isTerminator(scalars[end]) { end += 1 }
      let singlePeriod = end - index == 1 && scalars[index] == "."
      let lastTerminator = scalars[end - 1]
      while end < scalars.count, Self.isCloser(scalars[end]) || Self.isTerminator(scalars[end]) {
        end += 1
      }
      defer { index = end }
      guard end < scalars.count else { break }
      guard Whitespace.contains(scalars[end]) else { continue }
      if singlePeriod, isAbbreviation(scalars, before: index, from: start) { continue }
      if lastTerminator == "." || lastTerminator == "…",
        let next = scalars[end...].first(where: { !Whitespace.contains($0) }),
        ("a"..."z").contains(next)
      {
        continue
      }
      if let range = Self.trimmed(scalars, start..<end) { result.append(range) }
      start = end
    }
    if let range = Self.trimmed(scalars, start..<scalars.count) { result.append(range) }
    return result
  }

  /// Whether the word ending just before the `.` at `period` is an abbreviation.
  func isAbbreviation(_ scalars: [Unicode.Scalar], before period: Int, from start: Int) -> Bool {
    var begin = period
    while begin > start, !Whitespace.contains(scalars[begin - 1]) { begin -= 1 }
    while begin < period, Self.isOpener(scalars[begin]) { begin += 1 }
    guard begin < period else { return false }
    let word = Array(scalars[begin..<period])
    if abbreviations.contains(String(String.UnicodeScalarView(word))) { return true }
    // Letters joined by dots: U.S, e.g, ج.م.ع, أ.د; or one letter: J, د, هـ.
    let pieces = word.split(separator: ".", omittingEmptySubsequences: false)
    let singleLetters = pieces.allSatisfy { piece in
      let letters = piece.filter { $0 != "\u{0640}" }  // tatweel, as in هـ
      guard letters.count == 1, let letter = letters.first else { return false }
      return Self.isArabicLetter(letter) || ("A"..."Z").contains(letter)
        || (pieces.count > 1 && ("a"..."z").contains(letter))
    }
    return singleLetters
  }

  static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", "!", "?", "\u{061F}", "\u{2026}", "\u{06D4}": return true
    default: return false
    }
  }

  static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\u{201D}", "\u{00BB}", "\"", "'", "\u{2019}", ")", "]", "}", "\u{203A}": return true
    default: return false
    }
  }

  static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\u{201C}", "\u{00AB}", "\"", "'", "\u{2018}", "(", "[", "{", "\u{2039}": return true
    default: return false
    }
  }

  static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
    (0x0621...0x064A).contains(scalar.value) || (0x0671...0x06D3).contains(scalar.value)
  }

  static func trimmed(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, Whitespace.contains(scalars[lower]) { lower += 1 }
    while upper > lower, Whitespace.contains(scalars[upper - 1]) { upper -= 1 }
    return lower < upper ? lower..<upper : nil
  }
}

extension SentenceSplitter {
  /// Whether `scalar` ends sentences (`.` `!` `?` `؟` `…` `۔`); for modules that need the same
  /// notion of sentence-final punctuation, such as boilerplate cues.
  public static func isTerminatorScalar(_ scalar: Unicode.Scalar) -> Bool { isTerminator(scalar) }
}
