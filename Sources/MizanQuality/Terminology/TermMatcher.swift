import MizanText

/// Finds glossary renderings in Arabic text as it is written: with vowel marks or without, with
/// attached particles before a rendering and endings after it, only on whole words.
///
/// Make one per glossary with `TermMatcher(glossary:profile:)` and call `matches(in:)` per line.
/// The rules are listed in docs/terminology.md:
/// - text and renderings are compared after `profile` (by default `.matching`: diacritics,
///   tatweel, alef and yaa variants, presentation forms);
/// - the first word may carry proclitics (و ف, then ب ك ل, then ال; ل + ال is لل), and a
///   proclitic ending in the article also stands for a rendering's own ال (للكرملين);
/// - the last word may carry an ending (ا ة ان ين ون ات, pronouns, ات + pronoun; ة → ت/ات);
/// - words of a multi-word rendering must be separated by exactly one space in the text;
/// - overlapping matches keep the one covering more words (then the earlier one).
public struct TermMatcher: Sendable {
  /// A rendering ready for matching: its entry, status and normalized words.
  struct Rendering: Sendable {
    var entry: Int
    var text: String
    var status: TermMatch.Status
    var words: [[Unicode.Scalar]]
  }

  /// The glossary the matcher was made for.
  public let glossary: Glossary
  /// The normalization both sides go through before comparison.
  public let profile: NormalizationProfile
  let renderings: [Rendering]
  /// Renderings (by position in `renderings`) under each letter their first word can start
  /// with in the text, so a word is tried only against renderings that can start there.
  let renderingsByFirstLetter: [Unicode.Scalar: [Int]]
  /// Renderings whose first word is too short to be filed under a letter: tried at every word.
  let renderingsEverywhere: [Int]

  public init(glossary: Glossary, profile: NormalizationProfile = .matching) {
    self.glossary = glossary
    self.profile = profile
    var renderings: [Rendering] = []
    for (index, entry) in glossary.entries.enumerated() {
      let all = entry.approved.map { ($0, TermMatch.Status.approved) } + entry.forbidden.map { ($0, .forbidden) }
      for (text, status) in all {
        let words = ArabicWords.words(of: text, profile: profile)
        if !words.isEmpty { renderings.append(Rendering(entry: index, text: text, status: status, words: words)) }
      }
    }
    self.renderings = renderings
    var byLetter: [Unicode.Scalar: [Int]] = [:]
    var everywhere: [Int] = []
    for (index, rendering) in renderings.enumerated() {
      for letter in Self.firstLetters(of: rendering.words[0]) {
        if let letter { byLetter[letter, default: []].append(index) } else { everywhere.append(index) }
      }
    }
    self.renderingsByFirstLetter = byLetter.mapValues { Array(Set($0)).sorted() }
    self.renderingsEverywhere = Array(Set(everywhere)).sorted()
  }

  /// The letters a text word (or what follows its proclitics) must start with for `first`, a
  /// rendering's first word, to match it: its own first letter, and the letter after its
  /// article, which a proclitic may stand for. nil where the word is too short to tell (a
  /// one-letter stem ending in ة matches after any letter).
  static func firstLetters(of first: [Unicode.Scalar]) -> [Unicode.Scalar?] {
    var letters: [Unicode.Scalar?] = [first.count >= 2 ? first[0] : nil]
    if first.starts(with: ArabicAffixes.article) && first.count > ArabicAffixes.article.count {
      let rest = first.dropFirst(ArabicAffixes.article.count)
      letters.append(rest.count >= 2 ? rest.first : nil)
    }
    return letters
  }

  /// The renderings that can start at `word`: those filed under its first letter or under the
  /// first letter left after any proclitic it starts with, and those tried everywhere, in
  /// glossary order.
  func candidates(at word: ArraySlice<Unicode.Scalar>) -> [Int] {
    guard let first = word.first else { return renderingsEverywhere }
    var letters: [Unicode.Scalar] = [first]
    for proclitic in ArabicAffixes.procliticsByFirstLetter[first] ?? [] where word.starts(with: proclitic.scalars) {
      let rest = word.dropFirst(proclitic.scalars.count)
      if let letter = rest.first, !letters.contains(letter) { letters.append(letter) }
    }
    var result = renderingsEverywhere
    for letter in letters { result += renderingsByFirstLetter[letter] ?? [] }
    if letters.count == 1 && renderingsEverywhere.isEmpty { return result }
    // A few dozen numbers at most: sorting and dropping repeats beats hashing them.
    result.sort()
    var unique = 0
    for value in result where unique == 0 || result[unique - 1] != value {
      result[unique] = value
      unique += 1
    }
    return Array(result.prefix(unique))
  }

  /// Every glossary rendering in `line`, in text order, with offsets into `line`'s scalars.
  public func matches(in line: String) -> [TermMatch] {
    matches(in: line, words: ArabicWords(profile.normalizeTracingOrigins(line)))
  }

  /// The matches in `line` whose words, normalized with `profile`, are already split.
  func matches(in line: String, words: ArabicWords) -> [TermMatch] {
    var candidates: [(order: Int, rendering: Rendering, words: Range<Int>)] = []
    for start in words.ranges.indices {
      for order in self.candidates(at: words.word(start)) {
        let rendering = renderings[order]
        if matches(rendering.words, in: words, at: start) {
          candidates.append((order, rendering, start..<start + rendering.words.count))
        }
      }
    }
    // Longest first, then leftmost, then glossary order: "سيرغي ريابكوف" wins over the
    // "ريابكوف" inside it, and الآسيان counts as آسيان when the glossary lists آسيان first.
    candidates.sort {
      ($1.words.count, $0.words.lowerBound, $0.order) < ($0.words.count, $1.words.lowerBound, $1.order)
    }
    var taken = Set<Int>()
    var kept: [(order: Int, rendering: Rendering, words: Range<Int>)] = []
    for candidate in candidates where candidate.words.allSatisfy({ !taken.contains($0) }) {
      taken.formUnion(candidate.words)
      kept.append(candidate)
    }
    guard !kept.isEmpty else { return [] }
    kept.sort { $0.words.lowerBound < $1.words.lowerBound }
    let scalars = Array(line.unicodeScalars)
    return kept.map { candidate in
      let normalized = words.ranges[candidate.words.lowerBound].lowerBound..<words.ranges[candidate.words.upperBound - 1].upperBound
      let span = words.text.originalRange(of: normalized)
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[span])
      let entry = candidate.rendering.entry
      return TermMatch(
        entry: entry, source: glossary.entries[entry].source, rendering: candidate.rendering.text,
        status: candidate.rendering.status, start: span.lowerBound, end: span.upperBound, text: String(view))
    }
  }

  /// Whether the rendering's words match the text's words from `start` on.
  func matches(_ rendering: [[Unicode.Scalar]], in words: ArabicWords, at start: Int) -> Bool {
    let count = rendering.count
    guard start + count <= words.ranges.count else { return false }
    for offset in 0..<count - 1 where !words.isSingleSpace(after: start + offset) { return false }
    for (offset, expected) in rendering.enumerated() {
      let word = words.word(start + offset)
      let isFirst = offset == 0
      let isLast = offset == count - 1
      let ok: Bool
      switch (isFirst, isLast) {
      case (true, true): ok = Self.matchesWithAffixes(word, expected, suffix: true)
      case (true, false): ok = Self.matchesWithAffixes(word, expected, suffix: false)
      case (false, true): ok = ArabicAffixes.isStem(expected[...], withSuffixIn: word)
      case (false, false): ok = word.elementsEqual(expected)
      }
      if !ok { return false }
    }
    return true
  }

  /// Whether `word` is `expected` with an optional proclitic and, if `suffix`, an ending.
  static func matchesWithAffixes(_ word: ArraySlice<Unicode.Scalar>, _ expected: [Unicode.Scalar], suffix: Bool) -> Bool {
    func fits(_ rest: ArraySlice<Unicode.Scalar>, _ stem: ArraySlice<Unicode.Scalar>) -> Bool {
      suffix ? ArabicAffixes.isStem(stem, withSuffixIn: rest) : rest.elementsEqual(stem)
    }
    if fits(word, expected[...]) { return true }
    guard let first = word.first, let proclitics = ArabicAffixes.procliticsByFirstLetter[first] else { return false }
    let hasOwnArticle = expected.starts(with: ArabicAffixes.article) && expected.count > ArabicAffixes.article.count
    for proclitic in proclitics where word.starts(with: proclitic.scalars) {
      let rest = word.dropFirst(proclitic.scalars.count)
      if fits(rest, expected[...]) { return true }
      // بالكرملين, للكرملين: the proclitic's article is the rendering's own.
      if proclitic.hasArticle && hasOwnArticle && fits(rest, expected.dropFirst(ArabicAffixes.article.count)) {
        return true
      }
    }
    return false
  }
}
