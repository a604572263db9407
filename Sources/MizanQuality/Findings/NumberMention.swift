/// A number or date written in a line: digits (ASCII, Arabic-Indic ٠-٩ or Persian ۰-۹, with
/// thousands separators), a cardinal word (ثلاثة … عشرة), or a day ordinal before a month
/// (الأول من أغسطس), with the month when it is a date. Editions write one date many ways
/// (1 أغسطس, الأول من أغسطس/آب), so dates compare by value, not by spelling.
struct NumberMention: Equatable {
  /// The value, canonical: ASCII digits, no thousands separators, "." for decimals.
  var value: String
  /// 1–12 when the number is the day of a date.
  var month: Int?
  /// Original scalar offsets of the number (and its month).
  var original: Range<Int>

  /// Whether two mentions can stand for each other: the same value, and the same month when both
  /// are dates.
  func matches(_ other: NumberMention) -> Bool {
    value == other.value && (month == nil || other.month == nil || month == other.month)
  }

  /// The mentions in a line, in text order.
  static func mentions(in words: TextWords) -> [NumberMention] {
    var result: [NumberMention] = []
    var index = 0
    let list = words.words
    while index < list.count {
      let word = list[index]
      var value: String? = nil
      var last = index
      if word.isNumeric {
        // Join 1,000,000 and 3.5 written with separators the word splitter cut at.
        var digits = String(String.UnicodeScalarView(word.key))
        while last + 1 < list.count, list[last + 1].isNumeric,
          let separator = words.separator(between: last, last + 1), separator.count == 1,
          let mark = separator.first, ",.٫٬".unicodeScalars.contains(mark)
        {
          let isDecimal = mark == "." || mark == "٫"
          if !isDecimal && list[last + 1].key.count != 3 { break }
          digits += isDecimal ? "." : ""
          digits += String(String.UnicodeScalarView(list[last + 1].key))
          last += 1
        }
        value = digits.drop { $0 == "0" }.isEmpty ? "0" : String(digits.drop { $0 == "0" })
      } else if let cardinal = cardinal(word.key) {
        value = cardinal
      } else if let ordinal = dayOrdinals[word.key], index + 2 < list.count, list[index + 1].key == min,
        month(at: index + 2, in: words) != nil
      {
        value = ordinal
        last = index + 1
      }
      guard let value else {
        index += 1
        continue
      }
      var mention = NumberMention(value: value, month: nil, original: list[index].original.lowerBound..<list[last].original.upperBound)
      if let day = Int(value), (1...31).contains(day), let (month, monthLast) = month(at: last + 1, in: words) {
        mention.month = month
        mention.original = mention.original.lowerBound..<list[monthLast].original.upperBound
        last = monthLast
      }
      result.append(mention)
      index = last + 1
    }
    return result
  }

  /// The month named at word `index` (with an optional /آب style second name), and its last word.
  static func month(at index: Int, in words: TextWords) -> (Int, Int)? {
    guard index < words.words.count, let month = months[words.words[index].key] else { return nil }
    var last = index
    if index + 1 < words.words.count, months[words.words[index + 1].key] == month,
      words.separator(between: index, index + 1).map({ $0.contains("/") }) == true
    {
      last = index + 1
    }
    return (month, last)
  }

  /// The value of a cardinal word, which may carry the conjunction و.
  static func cardinal(_ key: [Unicode.Scalar]) -> String? {
    if let value = cardinals[key] { return value }
    guard key.first == "و" else { return nil }
    return cardinals[Array(key.dropFirst())]
  }

  static let min: [Unicode.Scalar] = Array("من".unicodeScalars)

  static func table(_ pairs: [(String, String)]) -> [[Unicode.Scalar]: String] {
    Dictionary(pairs.map { (Array($0.0.unicodeScalars), $0.1) }, uniquingKeysWith: { first, _ in first })
  }

  /// Cardinal words, as `.matching` normalization writes them (no hamza on alef, ى as ي).
  static let cardinals = table([
    ("ثلاث", "3"), ("ثلاثه", "3"), ("ثلاثة", "3"), ("اربع", "4"), ("اربعة", "4"), ("خمس", "5"), ("خمسة", "5"),
    ("ستة", "6"), ("سبعة", "7"), ("ثماني", "8"), ("ثمانية", "8"), ("تسع", "9"), ("تسعة", "9"), ("عشر", "10"),
    ("عشرة", "10"),
  ])

  /// Day ordinals used in dates (الأول من أغسطس).
  static let dayOrdinals = table([
    ("الاول", "1"), ("الثاني", "2"), ("الثالث", "3"), ("الرابع", "4"), ("الخامس", "5"), ("السادس", "6"),
    ("السابع", "7"), ("الثامن", "8"), ("التاسع", "9"), ("العاشر", "10"),
  ])

  /// Month names, Egyptian-Gulf and Levantine, normalized; كانون and تشرين need their second word
  /// and are left out rather than guessed.
  static let months: [[Unicode.Scalar]: Int] = {
    let names: [(String, Int)] = [
      ("يناير", 1), ("فبراير", 2), ("شباط", 2), ("مارس", 3), ("اذار", 3), ("ابريل", 4), ("نيسان", 4), ("مايو", 5),
      ("ايار", 5), ("يونيو", 6), ("حزيران", 6), ("يوليو", 7), ("تموز", 7), ("اغسطس", 8), ("اب", 8), ("سبتمبر", 9),
      ("ايلول", 9), ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
    ]
    return Dictionary(names.map { (Array($0.0.unicodeScalars), $0.1) }, uniquingKeysWith: { first, _ in first })
  }()
}

extension TextWords {
  /// The original scalars between word `a` and word `b`, nil when they are not neighbours.
  func separator(between a: Int, _ b: Int) -> [Unicode.Scalar]? {
    guard b == a + 1, b < words.count else { return nil }
    return Array(scalars[words[a].original.upperBound..<max(words[a].original.upperBound, words[b].original.lowerBound)])
  }
}
