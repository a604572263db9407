import Foundation
import MizanText
import Testing

@testable import MizanAlign

@Suite("Boilerplate classification")
struct BoilerplateClassifierTests {
  let classifier = BoilerplateClassifier()

  func labelledLines(_ document: Document) -> [Int: String] {
    var result: [Int: String] = [:]
    for (paragraph, label) in zip(document.paragraphs, classifier.labels(for: document)) {
      if let label { result[paragraph.line] = label.label }
    }
    return result
  }

  @Test func embeddedRulesEqualTheShippedFile() throws {
    let data = try #require(FileManager.default.contents(atPath: SeedCorpus.root + "/Corpora/boilerplate/default.tsv"))
    #expect(String(decoding: data, as: UTF8.self) == DefaultBoilerplateRules.tsv)
    #expect(BoilerplateRules.default.rules.count > 20)
  }

  @Test func seedReferenceFurnitureIsLabelledAndBodyIsNot() throws {
    let labels = labelledLines(try SeedCorpus.document("reference.txt"))
    let furniture = [1, 5, 7, 8, 9, 10, 11, 19, 27, 31, 32, 33, 35, 45, 53, 61]
      + [69, 71, 72, 74, 76, 77, 78, 79, 81, 83, 84, 85, 86, 88, 90, 91, 92, 93, 95, 97, 98, 99]
    #expect(Set(labels.keys) == Set(furniture))
    #expect(labels[19] == "see-also")
    #expect(labels[11] == "social")
    #expect(labels[99] == "navigation")
    #expect(labels[98] == "related")
    #expect(labels[7] == "caption")
    #expect(labels[1] == "logo")
  }

  @Test func seedHypothesisFurniture() throws {
    let labels = labelledLines(try SeedCorpus.document("hypothesis.txt"))
    #expect(labels == [3: "byline", 51: "share", 52: "comment"])
  }

  @Test func rulesMatchFoldedText() throws {
    let document = Document(lines: [
      "شاهد أيضاً: خبر آخر", "", "إقرأ ايضا: خبر", "", "التصنيفات: سياسة", "", "شارك الرئيس في القمة وقال إنها مهمة.",
    ])
    #expect(labelledLines(document) == [1: "see-also", 3: "see-also", 5: "category"])
  }

  @Test func structuralCuesWithoutBlankLines() {
    // No blank-line layout: only the short unpunctuated line next to furniture spreads.
    let document = Document(lines: [
      "الفقرة الأولى من الخبر.", "الفقرة الثانية من الخبر.", "Loading...", "العالم", "الفقرة الثالثة من الخبر.",
    ])
    let labels = classifier.labels(for: document)
    #expect(labels.map { $0?.label } == [nil, nil, "placeholder", "placeholder", nil])
    #expect(labels[3]?.evidence == "structure:short-line")
  }

  @Test func userRulesAndErrors() throws {
    let user = try BoilerplateRules(tsv: "promo\tcontains\tاشترك الآن\tsubscription prompt\n", path: "mine.tsv")
    let classifier = BoilerplateClassifier(rules: BoilerplateRules.default.appending(user))
    let labels = classifier.labels(for: Document(lines: ["اشترك الان في النشرة", "", "نص الخبر."]))
    #expect(labels[0] == BoilerplateLabel(label: "promo", reason: "subscription prompt", evidence: "mine.tsv:1"))
    #expect(throws: AlignError(path: "bad.tsv", line: 2, code: .unknownKeyword("glob"))) {
      try BoilerplateRules(tsv: "# c\nx\tglob\ty\tz\n", path: "bad.tsv")
    }
    #expect(throws: AlignError(path: "bad.tsv", line: 1, code: .invalidPattern("(unclosed"))) {
      try BoilerplateRules(tsv: "x\tregex\t(unclosed\tz\n", path: "bad.tsv")
    }
    #expect(throws: AlignError(path: "bad.tsv", line: 1, code: .columnCount(expected: "4 or 5", found: 2))) {
      try BoilerplateRules(tsv: "x\tregex\n", path: "bad.tsv")
    }
  }
}

@Suite("Boilerplate matching shortcuts")
struct BoilerplateShortcutTests {
  @Test func trimmedScalarsAreFoundationsWhitespaces() {
    var differences: [UInt32] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if Folding.isTrimmedWhitespace(scalar) != CharacterSet.whitespaces.contains(scalar) { differences.append(value) }
    }
    #expect(differences == [])
  }

  @Test func trimmingEqualsFoundation() {
    for text in [
      "", " ", "\t \u{3000}", " a ", "\u{200B}x\u{A0}", "x", " \u{301}x", "x \u{301}", "\u{2009}نص عربي\u{202F}", "a b",
    ] {
      #expect(Folding.trimmingWhitespace(text) == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
    }
  }

  @Test func anchoredPatternsAreCombinedOthersAreNot() {
    #expect(BoilerplatePrefilter.isAnchoredAndCombinable("^(a|b)\\s*:"))
    #expect(BoilerplatePrefilter.isAnchoredAndCombinable("^\\[?(image|photo)\\]?$"))
    #expect(BoilerplatePrefilter.isAnchoredAndCombinable("^[|·•]x(?:y)(?=z)(?<!w)"))
    #expect(!BoilerplatePrefilter.isAnchoredAndCombinable("^a|b"))
    #expect(!BoilerplatePrefilter.isAnchoredAndCombinable("(^|\\s)logo$"))
    #expect(!BoilerplatePrefilter.isAnchoredAndCombinable("^(a)\\1"))
    #expect(!BoilerplatePrefilter.isAnchoredAndCombinable("^(?x)a # b"))
    #expect(!BoilerplatePrefilter.isAnchoredAndCombinable("^(?<name>a)"))
    #expect(!BoilerplatePrefilter.isAnchoredAndCombinable("^\\Qa|b"))
    #expect(!BoilerplatePrefilter.isAnchoredAndCombinable("^[]|]"))
    #expect(BoilerplatePrefilter.isAnchoredAndCombinable("^[|](b)"))
  }

  /// Every rule tried on its own, in order: what `firstMatch` did before the combined search.
  func firstMatchRuleByRule(_ rules: BoilerplateRules, _ text: String) -> String? {
    let folded = Folding.fold(text).trimmingCharacters(in: .whitespaces)
    return rules.rules.first { $0.matches(folded: folded) }?.source
  }

  @Test func combinedSearchPicksTheSameRuleAsRuleByRule() throws {
    let user = try BoilerplateRules(
      tsv: "a\tregex\t^x|y\tr\nb\tregex\t^(z)\\1\tr\nc\tregex\t^(?i)Q\tr\nd\tprefix\tz\tr\n", path: "mine.tsv")
    let rules = BoilerplateRules.default.appending(user)
    var lines = try ["hypothesis.txt", "reference.txt"].flatMap { try SeedCorpus.document($0).paragraphs.map(\.text) }
    lines += [
      "  شاهد أيضاً: خبر آخر", "Share this article:", "xy", "ay", "zz", "zzz", "q", "z", "Loading image...",
      "تصوير: فلان", "بقلم: فلان الفلاني", "Facebook Twitter Email", "", " ", "الرئيسية | أخبار | سياسة | رياضة",
    ]
    for line in lines {
      #expect(rules.firstMatch(line)?.source == firstMatchRuleByRule(rules, line), "\(line)")
    }
  }
  @Test func onlyCaselessLiteralPhrasesSkipICU() throws {
    let teaser = try #require(BoilerplateRules.default.rules.first { $0.label == "teaser" })
    #expect(LiteralAlternation(pattern: teaser.folded)?.phrases.count == 7)
    #expect(LiteralAlternation(pattern: "(?:شاهد|طالع)")?.phrases.count == 2)
    #expect(LiteralAlternation(pattern: "اقرا المزيد")?.phrases.count == 1)
    for pattern in ["(^|\\s)(logo|شعار)$", "(getty images|afp)", "(رويترز|فرانس برس)\\.?$", "(شاهد|)", "(a)|(b)", "شاهد.", "[شاهد]", ""] {
      #expect(LiteralAlternation(pattern: pattern) == nil, "\(pattern)")
    }
  }

  /// The substring search and ICU (what the rule ran before) agree on every line.
  @Test func literalPhrasesMatchAsICUDoes() throws {
    let pattern = "(تفاصيل مثيرة|اكتشف المزيد|تابع التفاصيل|١٢ ٣)"
    let literals = try #require(LiteralAlternation(pattern: pattern))
    let regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    var lines = try ["hypothesis.txt", "reference.txt"].flatMap { try SeedCorpus.document($0).paragraphs.map(\.text) }
    lines += [
      "", "اكتشف", "اكتشف المزيد", "لاكتشف المزيدات هنا", "اكتشف  المزيد", "اكتشفَ المزيد", "تابع التفاصيل.", "x تفاصيل مثيرة",
      "تابع التفاصي", "١٢ ٣", "١٢ ٣٤", "12 3", "TABI3 تابع التفاصيل",
    ]
    for line in lines {
      let icu = regex.firstMatch(in: line, range: NSRange(line.startIndex..<line.endIndex, in: line)) != nil
      #expect(literals.occurs(in: line) == icu, "\(line)")
    }
    #expect(lines.contains { literals.occurs(in: $0) })
  }
}
