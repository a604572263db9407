import MizanQuality
import Testing

@Suite struct FindingsLexiconTests {
  @Test func shippedFileEqualsTheBuiltInLexicon() throws {
    let path = SeedCorpus.folder.deletingLastPathComponent().appendingPathComponent("lexicons/false-friends.tsv").path
    let file = try FalseFriendLexicon(tsvContentsOf: path)
    #expect(file == FalseFriendLexicon.englishArabic)
    #expect(file.entries.count >= 20)
    let frank = try #require(file.entries.first)
    #expect(frank.source == "frank (candid)")
    #expect(frank.wrong == ["فرنك"])
    #expect(frank.right == ["صريح", "صراحة"])
  }

  @Test func badLexiconsAreClearErrors() {
    #expect(throws: LexiconError(path: "x.tsv", code: .missingHeader)) {
      try FalseFriendLexicon(tsvLines: ["# only a comment"], path: "x.tsv")
    }
    #expect(throws: LexiconError(path: "x.tsv", code: .badHeader("english\twrong"), line: 1)) {
      try FalseFriendLexicon(tsvLines: ["english\twrong"], path: "x.tsv")
    }
    #expect(throws: LexiconError(path: "x.tsv", code: .incompleteEntry, line: 2)) {
      try FalseFriendLexicon(tsvLines: ["source\twrong\tright", "bank\tبنك\t"], path: "x.tsv")
    }
    #expect(throws: LexiconError(path: "x.tsv", code: .wrongColumnCount(expected: 3, found: 2), line: 3)) {
      try FalseFriendLexicon(tsvLines: ["source\twrong\tright", "", "bank\tبنك"], path: "x.tsv")
    }
  }
}

@Suite struct FindingsPenaltyTests {
  static func finding(_ severity: Finding.Severity, confidence: Double = 0.9) -> Finding {
    Finding(
      id: "x", document: "d", category: .number, severity: severity, confidence: confidence, hypothesisSpan: nil,
      referenceSpan: nil, hypothesisText: "", referenceText: nil, explanation: "")
  }

  @Test func pointsPerHundredWords() {
    let findings = [Self.finding(.critical), Self.finding(.major), Self.finding(.minor), Self.finding(.minor, confidence: 0.2)]
    let score = MQMPenalty().score(findings, wordCount: 200)
    #expect(score.points == 16)
    #expect(score.perHundredWords == 8)
    #expect([score.critical, score.major, score.minor] == [1, 1, 1])
    let custom = MQMPenalty(minor: 0.5, major: 3, critical: 25, minimumConfidence: 0)
    #expect(custom.score(findings, wordCount: 100).points == 29)
    #expect(MQMPenalty().score(findings, wordCount: 0).perHundredWords == 0)
  }
}
