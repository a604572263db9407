import MizanText

/// Tercom's normalizer and tokenizer (jhclark/tercom `Normalizer.java`), as sacreBLEU's
/// `TercomTokenizer` reimplements it; TER splits its output on whitespace into words.
///
/// Each regular expression of sacreBLEU's is reproduced as a left-to-right scan over code
/// points with the same non-overlapping match semantics as Python's `re.sub`; no Foundation
/// regex and no `String` round trips.
struct TercomTokenizer: Sendable, Hashable {
  /// Tercom's `-N`: undo XML escapes and split punctuation off words.
  var normalized = false
  /// Tercom's `-P`: delete punctuation.
  var noPunctuation = false
  /// Tercom's `--asian-support`: split CJK ideographs, delete CJK punctuation with `-P`.
  var asianSupport = false
  /// Tercom's `-s`: keep case; otherwise Python's `str.lower()`.
  var caseSensitive = false

  /// The code points of `text` after sacreBLEU's TER preprocessing: `rstrip()`, then
  /// lowercasing, normalization and punctuation removal as enabled.
  func normalize(_ text: String) -> [Unicode.Scalar] {
    var scalars = Array(Whitespace.rightStripped(text).unicodeScalars)
    if scalars.isEmpty { return [] }
    if !caseSensitive { scalars = PythonLowercase.lowercased(scalars) }
    if normalized {
      scalars = Self.normalizeGeneralAndWestern(scalars)
      if asianSupport { scalars = Self.padAsianCharacters(scalars) }
    }
    if noPunctuation {
      scalars.removeAll { Self.isTercomPunctuation($0.value) }
      if asianSupport {
        scalars.removeAll { Self.isAsianPunctuation($0.value) || Self.isFullWidthPunctuation($0.value) }
      }
    }
    return scalars
  }

  // MARK: Normalization, in sacreBLEU's `_normalize_general_and_western` order.

  static func normalizeGeneralAndWestern(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
    // End-of-line hyphenation joins, then remaining line breaks become spaces.
    var text = replacing(Array("\n-".unicodeScalars), with: [], in: input)
    text = text.map { $0 == "\n" ? " " : $0 }
    // XML escapes, one after another as sacreBLEU applies them ("&amp;lt;" ends as "<").
    for (escape, character) in [("&quot;", "\""), ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">")] {
      text = replacing(Array(escape.unicodeScalars), with: Array(character.unicodeScalars), in: text)
    }
    // Pad with spaces, then put spaces around ASCII punctuation other than ' , - . and
    // around space itself: the class [{-~[-` -&(-+:-@/].
    var padded: [Unicode.Scalar] = [" "]
    padded.reserveCapacity(text.count * 2 + 2)
    for scalar in text {
      if isTercomSymbol(scalar.value) {
        padded.append(" ")
        padded.append(scalar)
        padded.append(" ")
      } else {
        padded.append(scalar)
      }
    }
    padded.append(" ")
    // Possessives: "'s " becomes " 's ". sacreBLEU's second rule, "'s$", cannot match: the
    // text always ends in the space added above.
    text = replacing(Array("'s ".unicodeScalars), with: Array(" 's ".unicodeScalars), in: padded)
    // Period and comma not after a digit: ([^0-9])([\.,]) → "\1 \2 ".
    text = rewritePairs(text) { first, second in
      !isASCIIDigit(first) && isPeriodOrComma(second) ? [first, " ", second, " "] : nil
    }
    // Period and comma not before a digit: ([\.,])([^0-9]) → " \1 \2".
    text = rewritePairs(text) { first, second in
      isPeriodOrComma(first) && !isASCIIDigit(second) ? [" ", first, " ", second] : nil
    }
    // Dash after a digit: ([0-9])(-) → "\1 \2 ".
    text = rewritePairs(text) { first, second in
      isASCIIDigit(first) && second == "-" ? [first, " ", second, " "] : nil
    }
    return text
  }

  /// Spaces around CJK ideographs, strokes, radicals, compatibility forms and CJK punctuation
  /// (sacreBLEU's `_normalize_asian`). Its Hiragana, Katakana and Katakana-extension rules
  /// anchor on `^` inside the lookahead as well as at the start, and the text always starts
  /// with a space after western normalization, so they never match and are omitted.
  static func padAsianCharacters(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var output: [Unicode.Scalar] = []
    output.reserveCapacity(input.count * 2)
    for scalar in input {
      let value = scalar.value
      if isCJKCharacter(value) || isAsianPunctuation(value) || isFullWidthPunctuation(value) {
        output.append(" ")
        output.append(scalar)
        output.append(" ")
      } else {
        output.append(scalar)
      }
    }
    return output
  }

  // MARK: Character classes, with sacreBLEU's ranges.

  /// [{-~[-` -&(-+:-@/]: ASCII symbols and space, but not ' , - . or digits and letters.
  static func isTercomSymbol(_ value: UInt32) -> Bool {
    switch value {
    case 0x7B...0x7E, 0x5B...0x60, 0x20...0x26, 0x28...0x2B, 0x3A...0x40, 0x2F: return true
    default: return false
    }
  }

  /// `_remove_punct`'s class [\.,\?:;!\"\(\)].
  static func isTercomPunctuation(_ value: UInt32) -> Bool {
    switch value {
    case 0x2E, 0x2C, 0x3F, 0x3A, 0x3B, 0x21, 0x22, 0x28, 0x29: return true
    default: return false
    }
  }

  /// CJK Unified Ideographs and Extension A, strokes, radicals, compatibility blocks, and
  /// sacreBLEU's "Enclosed CJK Letters and Months" range, which it writes as U+3200–U+3F22.
  static func isCJKCharacter(_ value: UInt32) -> Bool {
    switch value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x31C0...0x31EF, 0x2E80...0x2EFF, 0x3300...0x33FF,
      0xF900...0xFAFF, 0xFE30...0xFE4F, 0x3200...0x3F22:
      return true
    default: return false
    }
  }

  /// sacreBLEU's `ASIAN_PUNCT`.
  static func isAsianPunctuation(_ value: UInt32) -> Bool {
    switch value {
    case 0x3001, 0x3002, 0x3008...0x3011, 0x3014...0x301F, 0xFF61...0xFF65, 0x30FB: return true
    default: return false
    }
  }

  /// sacreBLEU's `FULL_WIDTH_PUNCT`.
  static func isFullWidthPunctuation(_ value: UInt32) -> Bool {
    switch value {
    case 0xFF0E, 0xFF0C, 0xFF1F, 0xFF1A, 0xFF1B, 0xFF01, 0xFF02, 0xFF08, 0xFF09: return true
    default: return false
    }
  }

  private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }

  private static func isPeriodOrComma(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "." || scalar == ","
  }

  // MARK: re.sub equivalents.

  /// Every non-overlapping occurrence of `pattern`, leftmost first, replaced.
  static func replacing(
    _ pattern: [Unicode.Scalar], with replacement: [Unicode.Scalar], in text: [Unicode.Scalar]
  ) -> [Unicode.Scalar] {
    guard let first = pattern.first, text.count >= pattern.count else { return text }
    var output: [Unicode.Scalar] = []
    output.reserveCapacity(text.count)
    var index = 0
    while index < text.count {
      if text[index] == first && index + pattern.count <= text.count
        && text[index..<index + pattern.count].elementsEqual(pattern)
      {
        output.append(contentsOf: replacement)
        index += pattern.count
      } else {
        output.append(text[index])
        index += 1
      }
    }
    return output
  }

  /// `re.sub` of a two-character pattern: where `rewrite` returns a replacement for the pair
  /// at the scan position, emit it and move past both; otherwise copy one and move on.
  static func rewritePairs(
    _ text: [Unicode.Scalar], _ rewrite: (Unicode.Scalar, Unicode.Scalar) -> [Unicode.Scalar]?
  ) -> [Unicode.Scalar] {
    var output: [Unicode.Scalar] = []
    output.reserveCapacity(text.count + text.count / 4)
    var index = 0
    while index < text.count {
      if index + 1 < text.count, let replacement = rewrite(text[index], text[index + 1]) {
        output.append(contentsOf: replacement)
        index += 2
      } else {
        output.append(text[index])
        index += 1
      }
    }
    return output
  }
}
