/// Light stemming for comparing the words of two editions: Arabic attaches conjunctions,
/// prepositions, the article and pronouns to the word (وبالاتفاق), and the two editions inflect
/// the same word differently (المسؤولون, المسؤولين). No root extraction: a wrong stem merely
/// leaves a pair unaligned, which the checks then treat as a paraphrase at low confidence.
enum ArabicStems {
  /// Every way `word` (normalized) can be read as proclitics + stem + ending, as the distinct
  /// stems of at least two letters (the word itself included), in no particular order. A list,
  /// not a set: a word has a handful of stems, and comparing them costs less than hashing.
  static func stems(of word: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    var result: [[Unicode.Scalar]] = [word]
    for rest in withoutProclitics(word) {
      insert(rest, into: &result)
      for suffix in ArabicAffixes.suffixes where !suffix.isEmpty && rest.count - suffix.count >= 2 {
        if rest.suffix(suffix.count).elementsEqual(suffix) { insert(Array(rest.dropLast(suffix.count)), into: &result) }
      }
      if rest.count > 3, rest.last == ArabicAffixes.taaMarbuta { insert(Array(rest.dropLast()), into: &result) }
    }
    return result
  }

  /// Appends `form` to `forms` unless it is there already.
  static func insert(_ form: [Unicode.Scalar], into forms: inout [[Unicode.Scalar]]) {
    if !forms.contains(form) { forms.append(form) }
  }

  /// `word` without each proclitic sequence it may start with (and as it is), leaving at least
  /// two letters.
  static func withoutProclitics(_ word: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    var result = [word]
    guard let first = word.first, let proclitics = ArabicAffixes.procliticsByFirstLetter[first] else { return result }
    for proclitic in proclitics where word.count - proclitic.scalars.count >= 2 && word.starts(with: proclitic.scalars) {
      result.append(Array(word.dropFirst(proclitic.scalars.count)))
    }
    return result
  }

  /// The shortest stem of at least three letters: what fuzzy comparison works on.
  static func core(of word: [Unicode.Scalar]) -> [Unicode.Scalar] {
    core(of: word, stems: stems(of: word))
  }

  /// The core among `stems`, the stems of `word` already computed.
  static func core(of word: [Unicode.Scalar], stems: [[Unicode.Scalar]]) -> [Unicode.Scalar] {
    // Ties broken by scalar order: the stems come in no particular order.
    stems.filter { $0.count >= 3 }.min {
      $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1)
    } ?? word
  }

  /// `ArabicAffixes.procliticsByFirstLetter`, longest first under each letter (a stable sort,
  /// as `procliticLength` needs), sorted once rather than per word.
  static let procliticsLongestFirst = ArabicAffixes.procliticsByFirstLetter.mapValues { proclitics in
    proclitics.enumerated().sorted { a, b in
      a.element.scalars.count != b.element.scalars.count ? a.element.scalars.count > b.element.scalars.count : a.offset < b.offset
    }.map(\.element)
  }

  /// Whether `word` is `stem` with proclitics before it and an allowed ending after it; the
  /// number of proclitic scalars when it is. A stem starting with the article also matches
  /// after a proclitic that ends in one (بالكرملين for الكرملين).
  static func procliticLength(of stem: [Unicode.Scalar], in word: [Unicode.Scalar]) -> Int? {
    if ArabicAffixes.isStem(stem[...], withSuffixIn: word[...]) { return 0 }
    guard let first = word.first, let proclitics = procliticsLongestFirst[first] else { return nil }
    let ownArticle = stem.starts(with: ArabicAffixes.article) && stem.count > ArabicAffixes.article.count + 1
    for proclitic in proclitics where word.starts(with: proclitic.scalars) {
      let rest = word.dropFirst(proclitic.scalars.count)
      if ArabicAffixes.isStem(stem[...], withSuffixIn: rest) { return proclitic.scalars.count }
      if proclitic.hasArticle, ownArticle, ArabicAffixes.isStem(stem.dropFirst(2), withSuffixIn: rest) {
        return proclitic.scalars.count - 2
      }
    }
    return nil
  }

  /// How closely two words are related: 3 the same word, 2 a shared stem, 1 near-identical
  /// stems (a transliteration or a weak letter apart: تتدهور, تدهور) or one crude root
  /// (يتركان, تركتا), 0 unrelated. `RelationCache.relation` computes it, once per pair.
  static func relation(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    var cache = RelationCache()
    return cache.relation(a, b)
  }

  /// The letters of `word` without weak letters, each written as the first of its
  /// transliteration class.
  static func consonants(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
    word.compactMap { letter in
      if TransliterationDistance.isWeak(letter) { return nil }
      let offset = letter.value &- 0x600
      return offset < 256 ? arabicBlockLeader[Int(offset)] : letter
    }
  }

  /// `classLeader` for each scalar of the Arabic block (U+0600–U+06FF), the scalar itself where
  /// it has none: every class letter lies in the block, and indexing beats hashing per letter.
  static let arabicBlockLeader: [Unicode.Scalar] = (0..<256).map { offset in
    let letter = Unicode.Scalar(UInt32(0x600 + offset))!
    return classLeader[letter] ?? letter
  }

  /// One leader per group of classes that share a letter (ذ is in two), so the test never
  /// separates letters the distance treats as equivalent.
  static let classLeader: [Unicode.Scalar: Unicode.Scalar] = {
    var groups: [Set<Unicode.Scalar>] = []
    for letters in TransliterationDistance.classes {
      let overlapping = groups.filter { !$0.isDisjoint(with: letters) }
      groups.removeAll { !$0.isDisjoint(with: letters) }
      groups.append(overlapping.reduce(letters) { $0.union($1) })
    }
    var leader: [Unicode.Scalar: Unicode.Scalar] = [:]
    for group in groups {
      guard let first = group.min() else { continue }
      for letter in group { leader[letter] = first }
    }
    return leader
  }()

  /// Verb prefixes (imperfect ي ت ن ا, future س) and verb endings (وا تا تم ت نا), stripped
  /// only to compare skeletons: يتركان and تركتا, بدا and يبدو are one verb.
  static let verbPrefixes: [[Unicode.Scalar]] = ["سي", "ست", "سن", "ي", "ت", "ن", "ا"].map { Array($0.unicodeScalars) }
  static let verbSuffixes: [[Unicode.Scalar]] = ["وا", "تا", "تم", "نا", "ت", "ن"].map { Array($0.unicodeScalars) }

  /// The consonants of a word's stems once weak letters and verb affixes are gone: a crude root,
  /// at least three letters (two for words of four letters or fewer, where a weak letter is
  /// often a root letter: بدا, يبدو). Distinct, in no particular order.
  static func skeletons(of word: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    skeletons(of: word, stems: stems(of: word))
  }

  /// The skeletons of `word` from its stems, already computed.
  static func skeletons(of word: [Unicode.Scalar], stems: [[Unicode.Scalar]]) -> [[Unicode.Scalar]] {
    var forms = stems
    for stem in forms {
      for prefix in verbPrefixes where stem.count - prefix.count >= 2 && stem.starts(with: prefix) {
        insert(Array(stem.dropFirst(prefix.count)), into: &forms)
      }
    }
    for stem in forms {
      for suffix in verbSuffixes where stem.count - suffix.count >= 2 && stem.suffix(suffix.count).elementsEqual(suffix) {
        insert(Array(stem.dropLast(suffix.count)), into: &forms)
      }
    }
    let minimum = word.count <= 4 ? 2 : 3
    var result: [[Unicode.Scalar]] = []
    for form in forms {
      let skeleton = form.filter { !isWeakLetter($0) }
      if skeleton.count >= minimum { insert(skeleton, into: &result) }
    }
    return result
  }

  /// Whether `letter` is weak for skeletons: ا و ي ى ء ئ ؤ ة. A switch, not a set: it is asked
  /// for every letter of every stem.
  static func isWeakLetter(_ letter: Unicode.Scalar) -> Bool {
    switch letter {
    case "ا", "و", "ي", "ى", "ء", "ئ", "ؤ", "ة": return true
    default: return false
    }
  }

  /// Function words: prepositions, particles, pronouns and auxiliaries, which neither anchor an
  /// alignment strongly nor make a finding on their own.
  static let functionWords: Set<[Unicode.Scalar]> = {
    let words = """
      في من على الي الى عن ان مع ما لا لم لن قد هذا هذه ذلك تلك التي الذي الذين اللذين اللتين كان كانت \
      يكون تكون هو هي هم هما نحن انا انت بين بعد قبل حول حيث كل اي او ثم بل لكن لكنه لكنها كما ايضا عند \
      منذ خلال تم يتم وقد فقد انه انها له لها لهم به بها بهم فيه فيها منه منها عليه عليها اليه اليها \
      عندما اذا لقد سوف الا غير دون ضد نحو لدي لدى مثل الرغم رغم حتى كذلك وكذلك ذات بشان شان الي وفي \
      ومن وعلى وان ولا وما وهو وهي وهذا وهذه وكان وكانت فان لان لانه ان يا هناك هنا اما واما قال وقال \
      قالت وقالت يوم بانه بان بما مما ممن عما انما اذ اذن ليس ليست
      """
    // Through the same normalization as the text (على is written علي after it).
    return Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { TextWords(String($0)).words.first?.key })
  }()

  static func isFunctionWord(_ word: [Unicode.Scalar]) -> Bool {
    functionWords.contains(word)
  }

  /// A word that can carry meaning on its own: Arabic letters, three or more, not a function word.
  static func isContent(_ word: TextWords.Word) -> Bool {
    !word.isNumeric && !word.isLatin && word.key.count >= 3 && !isFunctionWord(word.key)
      && NumberMention.months[word.key] == nil && NumberMention.dayOrdinals[word.key] == nil
      && NumberMention.cardinal(word.key) == nil
  }
}
