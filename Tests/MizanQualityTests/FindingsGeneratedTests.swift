import MizanQuality
import MizanText
import Testing

/// SplitMix64 (Steele, Lea, Flood 2014): a tiny seeded generator, so the generated cases are
/// the same on every machine and run.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Errors injected into real reference paragraphs of the seed corpus: the engine gets the
/// damaged text as hypothesis and the original as reference, and must find the injected error
/// at the place it was injected. Recall per category is printed and held to a floor.
@Suite struct FindingsGeneratedTests {
  enum Injection: String, CaseIterable {
    case falseFriend, number, droppedSentence, doubledPhrase, latinWord
  }

  /// One generated case: the pair, and where the error is (scalar offsets in the hypothesis, or
  /// in the reference for a dropped sentence).
  struct Case {
    var injection: Injection
    var hypothesis: String
    var reference: String
    var place: Range<Int>
  }

  static let english = ["agreement", "negotiations", "statement", "sanctions", "ceasefire", "delegation", "summit", "tariffs"]

  static func paragraphs() throws -> [String] {
    try FindingsSeed.input().pairs.map(\.reference).filter { Whitespace.split($0).count >= 12 }
  }

  /// `words` joined by spaces, and the scalar range of words `range` in the result.
  static func join(_ words: [String], marking range: Range<Int>) -> (String, Range<Int>) {
    var offset = 0
    var start = 0
    var end = 0
    for (index, word) in words.enumerated() {
      if index == range.lowerBound { start = offset }
      offset += word.unicodeScalars.count
      if index == range.upperBound - 1 { end = offset }
      offset += 1
    }
    return (words.joined(separator: " "), start..<end)
  }

  static func isContent(_ word: String) -> Bool {
    let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
    return letters.count >= 4 && !word.unicodeScalars.contains { $0.properties.numericType != nil }
  }

  static func makeCase(_ injection: Injection, paragraph: String, rng: inout SplitMix64) -> Case? {
    var words = Whitespace.split(paragraph).map(String.init)
    switch injection {
    case .falseFriend:
      let entries = FalseFriendLexicon.englishArabic.entries
      let entry = entries[Int.random(in: 0..<entries.count, using: &rng)]
      guard let wrong = entry.wrong.first, let right = entry.right.first else { return nil }
      let at = Int.random(in: 1..<words.count, using: &rng)
      var reference = words
      reference.insert(right, at: at)
      words.insert(wrong, at: at)
      let (hypothesis, place) = join(words, marking: at..<at + 1)
      return Case(injection: injection, hypothesis: hypothesis, reference: reference.joined(separator: " "), place: place)
    case .number:
      let value = Int.random(in: 2...1999, using: &rng)
      let changed = value + Int.random(in: 1...9, using: &rng)
      let at = Int.random(in: 1..<words.count, using: &rng)
      var reference = words
      reference.insert(String(value), at: at)
      // Half the time the hypothesis writes Arabic-Indic digits.
      let written = Bool.random(using: &rng) ? String(changed) : String(String(changed).unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0x0660) ?? $0) })
      words.insert(written, at: at)
      let (hypothesis, place) = join(words, marking: at..<at + 1)
      return Case(injection: injection, hypothesis: hypothesis, reference: reference.joined(separator: " "), place: place)
    case .droppedSentence:
      // Sentences end at a word ending in "." (a quote may follow).
      var sentences: [Range<Int>] = []
      var start = 0
      for (index, word) in words.enumerated() where word.hasSuffix(".") || word.hasSuffix(".\"") || index == words.count - 1 {
        sentences.append(start..<index + 1)
        start = index + 1
      }
      let candidates = sentences.filter { $0.count >= 8 }
      guard sentences.count >= 2, !candidates.isEmpty else { return nil }
      let dropped = candidates[Int.random(in: 0..<candidates.count, using: &rng)]
      let (reference, place) = join(words, marking: dropped)
      words.removeSubrange(dropped)
      return Case(injection: injection, hypothesis: words.joined(separator: " "), reference: reference, place: place)
    case .doubledPhrase:
      let length = Int.random(in: 2...3, using: &rng)
      let starts = (0..<(words.count - length)).filter { start in
        words[start..<start + length].contains(where: isContent)
          && !words[start..<start + length].dropLast().contains { $0.unicodeScalars.contains { ".،,:\"“”".unicodeScalars.contains($0) } }
      }
      guard !starts.isEmpty else { return nil }
      let at = starts[Int.random(in: 0..<starts.count, using: &rng)]
      let copy = Array(words[at..<at + length]).map { $0.filter { !".،,:\"“”".contains($0) } }
      words.insert(contentsOf: copy, at: at + length)
      let (hypothesis, place) = join(words, marking: at + length..<at + 2 * length)
      return Case(injection: injection, hypothesis: hypothesis, reference: paragraph, place: place)
    case .latinWord:
      let positions = words.indices.filter { isContent(words[$0]) }
      guard !positions.isEmpty else { return nil }
      let at = positions[Int.random(in: 0..<positions.count, using: &rng)]
      words[at] = english[Int.random(in: 0..<english.count, using: &rng)]
      let (hypothesis, place) = join(words, marking: at..<at + 1)
      return Case(injection: injection, hypothesis: hypothesis, reference: paragraph, place: place)
    }
  }

  /// Whether `findings` hold one of the kind the injection calls for, at its place.
  static func detects(_ generated: Case, _ findings: [Finding]) -> Bool {
    func meets(_ span: Finding.Span?) -> Bool {
      guard let span else { return false }
      return span.start < generated.place.upperBound && generated.place.lowerBound < span.end
    }
    switch generated.injection {
    case .falseFriend: return findings.contains { $0.category == .mistranslation && $0.severity == .major && meets($0.hypothesisSpan) }
    case .number: return findings.contains { $0.category == .number && meets($0.hypothesisSpan) }
    case .droppedSentence: return findings.contains { $0.category == .omission && meets($0.referenceSpan) }
    case .doubledPhrase: return findings.contains { $0.category == .repetition && meets($0.hypothesisSpan) }
    case .latinWord: return findings.contains { $0.category == .untranslated && meets($0.hypothesisSpan) }
    }
  }

  @Test func recallPerInjectedCategory() throws {
    let paragraphs = try Self.paragraphs()
    var rng = SplitMix64(seed: 0x4D69_7A61_6E)
    let engine = FindingEngine.standard()
    var tried: [Injection: Int] = [:]
    var found: [Injection: Int] = [:]
    var misses: [String] = []
    var attempts = 0
    while tried.values.reduce(0, +) < 200 && attempts < 1000 {
      attempts += 1
      let injection = Injection.allCases[attempts % Injection.allCases.count]
      let paragraph = paragraphs[Int.random(in: 0..<paragraphs.count, using: &rng)]
      guard let generated = Self.makeCase(injection, paragraph: paragraph, rng: &rng) else { continue }
      let pair = TextPair(document: "generated", hypothesis: generated.hypothesis, hypothesisLine: 1, reference: generated.reference, referenceLine: 1)
      let findings = engine.findings(in: FindingDocument(name: "generated", pairs: [pair]))
      tried[injection, default: 0] += 1
      if Self.detects(generated, findings) {
        found[injection, default: 0] += 1
      } else if misses.count < 10 {
        misses.append("\(injection): \(generated.hypothesis)")
      }
    }
    var recall: [Injection: Double] = [:]
    for injection in Injection.allCases {
      recall[injection] = Double(found[injection] ?? 0) / Double(max(tried[injection] ?? 0, 1))
      print("generated recall \(injection.rawValue): \(found[injection] ?? 0)/\(tried[injection] ?? 0) = \(recall[injection] ?? 0)")
    }
    for miss in misses { print("  missed \(miss)") }
    #expect(tried.values.reduce(0, +) == 200)
    #expect((recall[.falseFriend] ?? 0) >= 0.9)
    #expect((recall[.number] ?? 0) >= 0.95)
    #expect((recall[.droppedSentence] ?? 0) >= 0.8)
    #expect((recall[.doubledPhrase] ?? 0) >= 0.85)
    #expect((recall[.latinWord] ?? 0) >= 0.95)
  }

  /// The control: a paragraph as its own hypothesis has no findings but punctuation (the
  /// polished edition's own, such as a straight quote left open across lines).
  @Test func identicalTextHasNoFindings() throws {
    let engine = FindingEngine.standard()
    for paragraph in try Self.paragraphs() {
      let pair = TextPair(document: "same", hypothesis: paragraph, hypothesisLine: 1, reference: paragraph, referenceLine: 1)
      let findings = engine.findings(in: FindingDocument(name: "same", pairs: [pair])).filter { $0.category != .punctuation }
      #expect(findings.isEmpty, "\(findings.map(\.explanation))")
    }
  }
}
