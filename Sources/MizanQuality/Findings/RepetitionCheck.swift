/// Finds a phrase repeated within a hypothesis sentence more often than the reference says it:
/// machine translation doubles words and phrases ("في في", a clause rendered twice).
///
/// Phrases of one to four words are compared by stem (so وقال لافروف and قال لافروف are one
/// phrase); a phrase must hold a content word that is not a number (repeated numbers are the
/// number check's) and, if it is one word, its copies must be next to each other (a word used
/// twice in a sentence is ordinary). A phrase doubled in place is major; repeated at a distance,
/// minor.
public struct RepetitionCheck: ContextualFindingCheck {
  public var name: String { "repetition" }
  /// The longest phrase looked for, in words.
  public var maximumLength: Int

  public init(maximumLength: Int = 4) {
    self.maximumLength = maximumLength
  }

  func findings(in context: inout FindingContext) -> [Finding] {
    var found: [Finding] = []
    for pair in context.document.pairs {
      let hypothesis = context.words(pair.hypothesis)
      // The relation memo already holds each word's core (`ArabicStems.core(of:)`), numbered:
      // phrases are compared as runs of numbers.
      let referenceCores = context.words(pair.reference).words.map { context.relations.coreID(of: $0.key) }
      let cores = hypothesis.words.map { context.relations.coreID(of: $0.key) }
      found += findings(in: pair, hypothesis: hypothesis, cores: cores, referenceCores: referenceCores)
    }
    return found
  }

  func findings(
    in pair: TextPair, hypothesis: TextWords, cores: [Int], referenceCores: [Int]
  ) -> [Finding] {
    var covered = Set<Int>()
    var found: [Finding] = []
    // Asked once a word, not once for each phrase length it is part of (each asks three tables).
    let isContent = hypothesis.words.map(Self.isContent)
    for sentence in hypothesis.sentences {
      for length in stride(from: maximumLength, through: 1, by: -1) where sentence.count >= 2 * length {
        var seen: [ArraySlice<Int>: Int] = Dictionary(minimumCapacity: sentence.count)
        for start in sentence.lowerBound...(sentence.upperBound - length) {
          let phrase = cores[start..<start + length]
          guard isContent[start..<start + length].contains(true), !covered.contains(start) else { continue }
          guard let first = seen[phrase] else {
            seen[phrase] = start
            continue
          }
          guard first + length <= start else { continue }
          let adjacent = first + length == start
          if length == 1 && !adjacent { continue }
          let inSentence = Self.count(phrase, in: Array(cores[sentence]))
          guard Self.count(phrase, in: referenceCores) < inSentence else { continue }
          covered.formUnion(start..<start + length)
          covered.formUnion(first..<first + length)
          let range = hypothesis.original(words: start, start + length - 1)
          let text = hypothesis.original(range)
          found.append(
            Finding.make(
              document: pair.document, category: .repetition, severity: adjacent ? .major : .minor,
              confidence: adjacent ? 0.8 : 0.55,
              hypothesis: (Finding.Span(line: pair.hypothesisLine, start: range.lowerBound, end: range.upperBound), pair.hypothesis),
              reference: nil,
              explanation: adjacent
                ? "«\(text)» is doubled; the reference says it once"
                : "«\(text)» is repeated in the sentence; the reference says it \(Self.count(phrase, in: referenceCores) == 0 ? "differently" : "once")"))
        }
      }
    }
    return found
  }

  /// A content word (not a month name: "1 أغسطس" twice is a repeated date, which the number
  /// check reports).
  static func isContent(_ word: TextWords.Word) -> Bool {
    ArabicStems.isContent(word)
  }

  static func count(_ phrase: ArraySlice<Int>, in words: [Int]) -> Int {
    guard phrase.count <= words.count else { return 0 }
    var count = 0
    var index = 0
    while index + phrase.count <= words.count {
      if words[index..<index + phrase.count].elementsEqual(phrase) {
        count += 1
        index += phrase.count
      } else {
        index += 1
      }
    }
    return count
  }
}
