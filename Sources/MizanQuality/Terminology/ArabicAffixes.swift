/// The attached particles and endings a glossary rendering may carry in running Arabic text.
/// Arabic writes conjunctions, prepositions, the article and pronouns as part of the word
/// (وبالكرملين "and in the Kremlin"), so exact word matching misses most occurrences. The lists
/// are deliberately short: each added affix is a new way to match the wrong word.
enum ArabicAffixes {
  /// Conjunction (و ف), then preposition (ب ك ل), then article (ال), each optional; ل + ال is
  /// written لل. Flagged with whether the sequence ends in the article.
  static let proclitics: [(scalars: [Unicode.Scalar], hasArticle: Bool)] = {
    var result: [(scalars: [Unicode.Scalar], hasArticle: Bool)] = []
    for conjunction in ["", "و", "ف"] {
      for preposition in ["", "ب", "ك", "ل"] {
        for article in ["", "ال"] {
          let written = preposition == "ل" && article == "ال" ? "لل" : preposition + article
          result.append((Array((conjunction + written).unicodeScalars), !article.isEmpty))
        }
      }
    }
    return result
  }()

  /// The proclitics by their first letter, so a word is only tried against those that can start
  /// it (the empty proclitic is under no letter: every word is tried without one).
  static let procliticsByFirstLetter: [Unicode.Scalar: [(scalars: [Unicode.Scalar], hasArticle: Bool)]] =
    Dictionary(grouping: proclitics.filter { !$0.scalars.isEmpty }, by: { $0.scalars[0] })

  /// The article ال, which a rendering may start with and a proclitic may already supply.
  static let article: [Unicode.Scalar] = Array("ال".unicodeScalars)

  static let pronouns = ["ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ي"]

  /// What may follow a rendering: tanween alef (ًا, ا once diacritics are gone), the feminine
  /// ending, attached pronouns, dual and plural endings, and a plural with a pronoun.
  static let suffixes: Set<[Unicode.Scalar]> = {
    var all = ["", "ا", "ة", "ان", "ين", "ون", "ات"] + pronouns
    all += pronouns.map { "ات" + $0 }
    return Set(all.map { Array($0.unicodeScalars) })
  }()

  /// What may follow a rendering ending in taa marbuta once the ة is taken off: ة turns into ت
  /// before a pronoun or a dual ending (رابطتها), and gives way to the plural ات.
  static let taaMarbutaSuffixes: Set<[Unicode.Scalar]> = {
    let all = ["ات", "تان", "تين"] + pronouns.map { "ت" + $0 } + pronouns.map { "ات" + $0 }
    return Set(all.map { Array($0.unicodeScalars) })
  }()

  static let taaMarbuta: Unicode.Scalar = "\u{0629}"

  /// Whether `word` is `stem` with an allowed ending (or none). Both are slices: callers try
  /// a rendering without its article or a word without its proclitics, which need no copy.
  static func isStem(_ stem: ArraySlice<Unicode.Scalar>, withSuffixIn word: ArraySlice<Unicode.Scalar>) -> Bool {
    // The longest ending has five letters: a length test first spares building the key
    // (an allocation) for most words tried.
    if word.count >= stem.count, word.count - stem.count <= longestSuffix, word.starts(with: stem),
      suffixes.contains(Array(word.dropFirst(stem.count)))
    {
      return true
    }
    if stem.last == taaMarbuta {
      let bare = stem.dropLast()
      if word.count >= bare.count, word.count - bare.count <= longestSuffix, word.starts(with: bare),
        taaMarbutaSuffixes.contains(Array(word.dropFirst(bare.count)))
      {
        return true
      }
    }
    return false
  }

  /// The most letters an ending in `suffixes` or `taaMarbutaSuffixes` has.
  static let longestSuffix = (suffixes.union(taaMarbutaSuffixes)).map(\.count).max() ?? 0
}
