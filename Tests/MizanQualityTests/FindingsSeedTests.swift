import MizanQuality
import Testing

/// The findings engine on the seed corpus (Corpora/asean-2025-07), gold alignment as pairs.
@Suite struct FindingsSeedTests {
  let findings: [Finding]

  init() throws {
    findings = try FindingsSeed.shared.get()
  }

  func only(_ category: Finding.Category, line: Int) -> [Finding] {
    findings.filter { $0.category == category && $0.hypothesisSpan?.line == line }
  }

  @Test func frankIsAMajorMistranslationPointingAtCandid() throws {
    let frank = try #require(only(.mistranslation, line: 15).first { $0.severity == .major })
    #expect(frank.hypothesisSpan == Finding.Span(line: 15, start: 77, end: 83))
    #expect(frank.hypothesisExcerpt == "فرنكًا")
    #expect(frank.referenceSpan == Finding.Span(line: 25, start: 82, end: 88))
    #expect(frank.referenceExcerpt == "صريحاً")
    #expect(frank.id == "mistranslation:h15:77-83")
  }

  @Test func doubledDateInTheTariffParagraph() throws {
    let date = try #require(findings.first { $0.category == .repetition && $0.hypothesisSpan?.line == 43 })
    #expect(date.hypothesisExcerpt == "1 أغسطس")
    #expect(date.hypothesisSpan == Finding.Span(line: 43, start: 55, end: 62))
    #expect(date.referenceExcerpt == "الأول من أغسطس/آب")
    // The date itself agrees with the reference: no number finding on the line.
    #expect(only(.number, line: 43).isEmpty)
  }

  @Test func untranslatedRIA() throws {
    let ria = try #require(only(.untranslated, line: 19).first)
    #expect(ria.hypothesisExcerpt == "RIA")
    #expect(ria.hypothesisSpan == Finding.Span(line: 19, start: 64, end: 67))
  }

  @Test func ryabkovSpellingInconsistency() throws {
    let ryabkov = try #require(only(.inconsistency, line: 19).first)
    #expect(ryabkov.hypothesisExcerpt == "رايابكوف")
    #expect(ryabkov.explanation.contains("ريابكوف"))
    #expect(ryabkov.explanation.contains("line 21"))
  }

  /// Every major finding on the seed corpus, judged by reading both editions: true when it is a
  /// real error of the hypothesis. The test fails on a major finding missing from this table, so
  /// a change to the checks that adds majors must be judged here.
  static let judgedMajors: [(id: String, real: Bool, reason: String)] = [
    ("terminology:h5:134-146", true, "كوالا لامبور: the glossary forbids it; the city is كوالالمبور"),
    ("mistranslation:h15:77-83", true, "فرنكًا, the franc, for 'frank' (candid): the reference has صريحاً"),
    ("terminology:h19:37-45", true, "رايابكوف misspells Ryabkov (ريابكوف, as on line 21 and in the reference)"),
    ("mistranslation:h25:0-4", true, "'Top US, Chinese diplomats' rendered أفضل (best); the reference has كبار"),
    ("terminology:h27:97-109", true, "كوالا لامبور again, forbidden by the glossary"),
    ("mistranslation:h37:166-171", true, "'slapped with duties' rendered صفعها (hit in the face); the reference has فرض"),
    ("mistranslation:h37:173-179", true, "customs 'duties' rendered واجبات (obligations); the reference has رسوم"),
    ("mistranslation:h37:208-214", true, "'exchanges' (of tariffs) rendered البورصات (stock exchanges); reference تبادل"),
    ("mistranslation:h47:107-112", true, "'trading system' rendered التداول (market trading); the reference has تجاري"),
    ("mistranslation:h47:148-153", true, "'free' (trade) rendered المجاني (free of charge); the reference has حُر"),
  ]

  @Test func majorFindingsAreMostlyReal() {
    let majors = findings.filter { $0.severity <= .major }
    let judged = Dictionary(Self.judgedMajors.map { ($0.id, $0.real) }, uniquingKeysWith: { first, _ in first })
    let unjudged = majors.filter { judged[$0.id] == nil }
    #expect(unjudged.isEmpty, "judge these in judgedMajors: \(unjudged.map { "\($0.id) \($0.explanation)" })")
    let real = majors.filter { judged[$0.id] == true }.count
    let share = majors.isEmpty ? 0 : Double(real) / Double(majors.count)
    print("seed corpus: \(real) of \(majors.count) major findings real, share \(share)")
    #expect(share >= 0.8)
  }

  @Test func countsByCategoryAndSeverity() {
    var counts: [String: Int] = [:]
    for finding in findings { counts["\(finding.category.rawValue)/\(finding.severity.rawValue)", default: 0] += 1 }
    print("seed corpus findings:", counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
    for finding in findings {
      print(
        "  \(finding.severity) \(finding.id) \(finding.confidence) «\(finding.hypothesisExcerpt ?? "")» «\(finding.referenceExcerpt ?? "")»")
    }
    #expect(counts["mistranslation/major"] == 7)
    #expect(counts["terminology/major"] == 3)
    #expect(findings.filter { $0.severity == .critical }.isEmpty)
  }

  @Test func sortedMostSevereFirstThenByLine() {
    let keys = findings.map { ($0.severity, $0.hypothesisSpan == nil ? 1 : 0, ($0.hypothesisSpan ?? $0.referenceSpan)?.line ?? 0) }
    #expect(zip(keys, keys.dropFirst()).allSatisfy { a, b in a <= b })
  }

  @Test func rerunsAreIdentical() throws {
    let again = try FindingsSeed.findings()
    #expect(again == findings)
    #expect(Set(findings.map(\.id)).count == findings.count)
  }

  @Test func penaltyPerHundredWords() throws {
    let document = try FindingsSeed.input()
    let score = MQMPenalty().score(findings, wordCount: document.hypothesisWordCount)
    print("seed corpus MQM penalty: \(score.points) points over \(score.wordCount) words = \(score.perHundredWords) per 100 words")
    #expect(score.major == 10)
    #expect(score.wordCount > 600)
    #expect(score.perHundredWords > 5 && score.perHundredWords < 15)
  }
}

/// `(severity, flag, line)` tuples compare lexicographically for the sort test.
private func <= (a: (Finding.Severity, Int, Int), b: (Finding.Severity, Int, Int)) -> Bool {
  if a.0 != b.0 { return a.0 < b.0 }
  if a.1 != b.1 { return a.1 < b.1 }
  return a.2 <= b.2
}
