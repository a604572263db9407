import MizanText

/// Finds a lexicon's wrong-sense and right-sense renderings among the words of a line, with
/// attached particles and endings, so that وفرنكًا is found as فرنك.
struct FalseFriendMatcher: Sendable {
  /// One rendering: the entry it belongs to and its normalized words.
  struct Rendering: Sendable {
    var entry: Int
    var words: [[Unicode.Scalar]]
  }

  /// A rendering found: which entry, which words, and how many proclitic scalars the first
  /// word carries (left out of the finding's span).
  struct Hit: Equatable {
    var entry: Int
    var words: Range<Int>
    var procliticLength: Int
  }

  let lexicon: FalseFriendLexicon
  let wrong: [Rendering]
  let right: [Rendering]
  /// Wrong renderings (positions in `wrong`) under each letter a word must start with, or start
  /// with after a proclitic, to match their first stem; and those too short to file.
  let wrongByLetter: [Unicode.Scalar: [Int]]
  let wrongEverywhere: [Int]

  init(lexicon: FalseFriendLexicon) {
    self.lexicon = lexicon
    func renderings(_ pick: (FalseFriend) -> [String]) -> [Rendering] {
      lexicon.entries.enumerated().flatMap { index, entry in
        pick(entry).map { Rendering(entry: index, words: ArabicWords.words(of: $0, profile: .matching)) }
          .filter { !$0.words.isEmpty }
      }
    }
    wrong = renderings(\.wrong)
    right = renderings(\.right)
    var byLetter: [Unicode.Scalar: [Int]] = [:]
    var everywhere: [Int] = []
    for (index, rendering) in wrong.enumerated() {
      for letter in Self.firstLetters(of: rendering.words[0]) {
        if let letter { byLetter[letter, default: []].append(index) } else { everywhere.append(index) }
      }
    }
    wrongByLetter = byLetter.mapValues { Array(Set($0)).sorted() }
    wrongEverywhere = Array(Set(everywhere)).sorted()
  }

  /// The letters a word, or what follows its proclitics, must start with for `stem` to match
  /// it (`ArabicStems.procliticLength`): the stem's first letter, and the one after its article,
  /// which a proclitic may stand for; nil when the stem is too short to tell.
  static func firstLetters(of stem: [Unicode.Scalar]) -> [Unicode.Scalar?] {
    var letters: [Unicode.Scalar?] = [stem.count >= 2 ? stem[0] : nil]
    if stem.starts(with: ArabicAffixes.article) && stem.count > ArabicAffixes.article.count + 1 {
      let rest = stem.dropFirst(ArabicAffixes.article.count)
      letters.append(rest.count >= 2 ? rest.first : nil)
    }
    return letters
  }

  /// The wrong renderings that can start at `word`, in lexicon order.
  func wrongCandidates(at word: [Unicode.Scalar]) -> [Int] {
    guard let first = word.first else { return wrongEverywhere }
    var result = wrongEverywhere + (wrongByLetter[first] ?? [])
    for proclitic in ArabicAffixes.procliticsByFirstLetter[first] ?? [] where word.starts(with: proclitic.scalars) {
      if let letter = word.dropFirst(proclitic.scalars.count).first, letter != first { result += wrongByLetter[letter] ?? [] }
    }
    return Array(Set(result)).sorted()
  }

  /// Wrong-sense renderings starting at a word in `candidates`.
  func wrongHits(in words: TextWords, at candidates: [Int]) -> [Hit] {
    var found: [Hit] = []
    for start in candidates {
      found += hits(of: wrongCandidates(at: words.words[start].key).map { wrong[$0] }, in: words, at: [start])
    }
    return found
  }

  /// Right-sense renderings of `entry` starting at a word in `candidates`.
  func rightHits(of entry: Int, in words: TextWords, at candidates: [Int]) -> [Hit] {
    hits(of: right.filter { $0.entry == entry }, in: words, at: candidates)
  }

  /// Wrong-sense renderings of `entry` anywhere in `words`.
  func wrongHits(of entry: Int, in words: TextWords) -> [Hit] {
    hits(of: wrong.filter { $0.entry == entry }, in: words, at: Array(words.words.indices))
  }

  func hits(of renderings: [Rendering], in words: TextWords, at candidates: [Int]) -> [Hit] {
    var found: [Hit] = []
    for start in candidates {
      for rendering in renderings {
        guard start + rendering.words.count <= words.words.count,
          let proclitic = ArabicStems.procliticLength(of: rendering.words[0], in: words.words[start].key)
        else { continue }
        let rest = rendering.words.dropFirst().enumerated().allSatisfy { offset, stem in
          ArabicAffixes.isStem(stem[...], withSuffixIn: words.words[start + 1 + offset].key[...])
        }
        if rest { found.append(Hit(entry: rendering.entry, words: start..<start + rendering.words.count, procliticLength: proclitic)) }
      }
    }
    return found
  }
}
