import MizanText

extension TerminologyChecker {
  /// One distinct text of a `figures` call, split and matched once: a hypothesis line is read
  /// for forbidden renderings, consistency, accuracy and spelling variants, and a reference
  /// line for accuracy and variants.
  struct PreparedText: Sendable {
    /// The words under `.matching`, as the spelling-variant finder reads them.
    var words: ArabicWords
    /// The glossary renderings in the text; empty without a glossary.
    var matches: [TermMatch]
  }

  /// Each distinct text of `texts`, prepared; on all cores when there are many (the batch
  /// figures read every line of every document).
  func prepare(_ texts: [String]) -> [UTF8Key: PreparedText] {
    var seen = Set<UTF8Key>()
    let distinct = texts.filter { seen.insert(UTF8Key($0)).inserted }
    let matcher = self.matcher
    let prepared = ParallelMap.map(distinct.count) { index -> PreparedText in
      let text = distinct[index]
      let words = ArabicWords(NormalizationProfile.matching.normalizeTracingOrigins(text))
      guard let matcher else { return PreparedText(words: words, matches: []) }
      let matcherWords = matcher.profile == .matching ? words : ArabicWords(matcher.profile.normalizeTracingOrigins(text))
      return PreparedText(words: words, matches: matcher.matches(in: text, words: matcherWords))
    }
    return Dictionary(uniqueKeysWithValues: zip(distinct.map(UTF8Key.init), prepared))
  }
}
