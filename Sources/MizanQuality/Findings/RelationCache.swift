/// Remembers the analysis of each word `ArabicStems.relation` needs: a document repeats its
/// words, and aligning compares every word of a pair with every other. Words are numbered on
/// first sight, and their stems and skeletons too, so that testing two words for a shared stem
/// compares short sorted integer lists instead of hashing scalar arrays.
struct RelationCache {
  /// What relation needs of one word, computed once per distinct word. A class, not a struct:
  /// aligning reads two entries for every word pair, and copying a struct of seven arrays
  /// retains and releases each of them, where a class reference is retained once.
  final class Entry {
    let word: [Unicode.Scalar]
    /// Numbers of all its stems, sorted.
    let stems: [Int]
    /// Numbers of its stems of three letters or more, sorted.
    let longStems: [Int]
    /// `ArabicStems.core(of:)`, and its number (equal numbers, equal cores).
    let core: [Unicode.Scalar]
    let coreID: Int
    /// `ArabicStems.consonants` of the core and of the word, for the cheap test before the distance.
    let coreConsonants: [Unicode.Scalar]
    let wordConsonants: [Unicode.Scalar]
    /// Numbers of `ArabicStems.skeletons(of:)`, sorted.
    let skeletons: [Int]

    init(
      word: [Unicode.Scalar], stems: [Int], longStems: [Int], core: [Unicode.Scalar], coreID: Int,
      coreConsonants: [Unicode.Scalar], wordConsonants: [Unicode.Scalar], skeletons: [Int]
    ) {
      self.word = word
      self.stems = stems
      self.longStems = longStems
      self.core = core
      self.coreID = coreID
      self.coreConsonants = coreConsonants
      self.wordConsonants = wordConsonants
      self.skeletons = skeletons
    }
  }

  private var ids: [[Unicode.Scalar]: Int] = [:]
  private(set) var entries: [Entry] = []
  /// Numbers for stems and skeletons (one space for both: they are never compared to each other).
  private var forms: [[Unicode.Scalar]: Int] = [:]

  /// The number of `word`, analysed on first sight.
  mutating func id(_ word: [Unicode.Scalar]) -> Int {
    if let id = ids[word] { return id }
    let id = entries.count
    ids[word] = id
    let stems = ArabicStems.stems(of: word)
    let stemIDs = stems.map { number($0) }
    let core = ArabicStems.core(of: word, stems: stems)
    // The core is one of the stems (the word itself is the first): its number is known.
    let coreID = stems.firstIndex(of: core).map { stemIDs[$0] } ?? number(core)
    entries.append(
      Entry(
        word: word, stems: stemIDs.sorted(),
        longStems: stems.indices.filter { stems[$0].count >= 3 }.map { stemIDs[$0] }.sorted(), core: core,
        coreID: coreID,
        coreConsonants: ArabicStems.consonants(core), wordConsonants: ArabicStems.consonants(word),
        skeletons: number(ArabicStems.skeletons(of: word, stems: stems))))
    return id
  }

  /// The numbers of `word`'s stems of three letters or more.
  mutating func longStems(of word: [Unicode.Scalar]) -> [Int] {
    let id = id(word)
    return entries[id].longStems
  }

  /// The number of `word`'s core.
  mutating func coreID(of word: [Unicode.Scalar]) -> Int {
    let id = id(word)
    return entries[id].coreID
  }

  private mutating func number(_ forms: [[Unicode.Scalar]]) -> [Int] {
    forms.map { number($0) }.sorted()
  }

  private mutating func number(_ form: [Unicode.Scalar]) -> Int {
    if let id = forms[form] { return id }
    let id = forms.count
    forms[form] = id
    return id
  }

  /// The relation of two numbered words. Not memoized: with stems and skeletons numbered it
  /// costs less than hashing the pair into a memo, and most pairs of a document are met once.
  func relation(_ a: Int, _ b: Int) -> Int {
    if a == b { return 3 }
    // Read without retaining: `entries` holds both for the call, and this is asked for every
    // word pair of a document (retain and release were a sixth of the alignment's cost).
    return withExtendedLifetime(entries) {
      Unmanaged.passUnretained(entries[a])._withUnsafeGuaranteedRef { x in
        Unmanaged.passUnretained(entries[b])._withUnsafeGuaranteedRef { y in Self.relation(x, y) }
      }
    }
  }

  mutating func relation(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    relation(id(a), id(b))
  }

  /// `ArabicStems.relation` of two distinct words.
  static func relation(_ x: Entry, _ y: Entry) -> Int {
    let a = x.word
    let b = y.word
    if a == b { return 3 }
    if intersects(x.longStems, y.longStems) { return 2 }
    if a.count <= 2 || b.count <= 2 { return intersects(x.stems, y.stems) ? 2 : 0 }
    let shorter = min(x.core.count, y.core.count)
    if shorter >= 4, x.core.starts(with: y.core) || y.core.starts(with: x.core) { return 1 }
    // Within distance 1 only weak letters and transliteration classes differ, so the
    // consonants, class by class, must agree: a cheap test before the costly distance.
    if min(x.core.count, y.core.count) >= 5, abs(x.core.count - y.core.count) <= 1, x.coreConsonants == y.coreConsonants,
      TransliterationDistance.distance(x.core, y.core) <= 1
    {
      return 1
    }
    if min(a.count, b.count) >= 5, abs(a.count - b.count) <= 1, x.wordConsonants == y.wordConsonants,
      TransliterationDistance.distance(a, b) <= 1
    {
      return 1
    }
    return intersects(x.skeletons, y.skeletons) ? 1 : 0
  }

  /// Whether two sorted lists share an element.
  static func intersects(_ x: [Int], _ y: [Int]) -> Bool {
    var i = 0
    var j = 0
    while i < x.count && j < y.count {
      if x[i] == y[j] { return true }
      if x[i] < y[j] { i += 1 } else { j += 1 }
    }
    return false
  }
}
