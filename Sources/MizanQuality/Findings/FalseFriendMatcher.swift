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
  }

  /// Wrong-sense renderings starting at a word in `candidates`.
  func wrongHits(in words: TextWords, at candidates: [Int]) -> [Hit] {
    hits(of: wrong, in: words, at: candidates)
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
          ArabicAffixes.isStem(stem, withSuffixIn: words.words[start + 1 + offset].key[...])
        }
        if rest { found.append(Hit(entry: rendering.entry, words: start..<start + rendering.words.count, procliticLength: proclitic)) }
      }
    }
    return found
  }
}
