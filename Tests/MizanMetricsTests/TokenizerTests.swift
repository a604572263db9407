import Testing

@testable import MizanMetrics

/// bleu-tokenizers.json: [input, sacreBLEU's output] per tokenizer, and [input, str.lower()].
struct TokenizerFixture: Decodable {
  var tokenizers: [String: [[String]]]
  var lower: [[String]]
}

@Suite("Tokenizers")
struct TokenizerTests {
  @Test("each tokenizer matches sacreBLEU 2.6.0 on every fixture line", arguments: [
    "13a", "intl", "char", "none", "zh",
  ])
  func matchesSacreBLEU(name: String) throws {
    let fixture = try Fixtures.decode(TokenizerFixture.self, from: "bleu-tokenizers.json")
    let cases = try #require(fixture.tokenizers[name])
    let tokenizer = try TokenizerName.tokenizer(named: name)
    var mismatches: [String] = []
    for pair in cases {
      let output = tokenizer.tokenize(pair[0])
      if !Fixtures.sameBytes(output, pair[1]) {
        mismatches.append("\(pair[0].debugDescription): got \(output.debugDescription), want \(pair[1].debugDescription)")
      }
    }
    #expect(cases.count > 100)
    #expect(mismatches.isEmpty, "\(mismatches.count) of \(cases.count): \(mismatches.prefix(3))")
  }

  @Test("lowercasing matches Python's str.lower(), final sigma included")
  func lowercaseMatchesPython() throws {
    let cases = try Fixtures.decode(TokenizerFixture.self, from: "bleu-tokenizers.json").lower
    let mismatches = cases.filter { !Fixtures.sameBytes(PythonLowercase.lowercased($0[0]), $0[1]) }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
  }

  @Test func thirteenASplitsPunctuationButKeepsNumbers() {
    #expect(Tokenizer13a().tokenize("It cost $1,234.56 -- about 12-15%.")
      == "It cost $ 1,234.56 -- about 12 - 15 % .")
    #expect(Tokenizer13a().tokenize("&amp;lt;b&gt;") == "< b >")
  }

  @Test func internationalSplitsUnicodePunctuationAndSymbols() {
    #expect(TokenizerInternational().tokenize("«Hello», he said—3.5€.") == "« Hello » , he said — 3.5 € .")
  }

  @Test func characterTokenizerCountsCodePointsNotGraphemes() {
    #expect(TokenizerCharacter().tokenize("e\u{301}👍🏽") == "e \u{301} 👍 🏽")
  }

  @Test func chineseSplitsEveryIdeograph() {
    #expect(TokenizerChinese().tokenize(" 我们去北京。OK. ") == "我 们 去 北 京 。 OK .")
  }

  @Test("model-based tokenizers are refused with a typed error", arguments: [
    "ja-mecab", "ko-mecab", "spm", "flores101", "flores200",
  ])
  func modelTokenizersAreRefused(name: String) {
    #expect(throws: MetricsError(.unsupportedTokenizer(name))) {
      _ = try TokenizerName.tokenizer(named: name)
    }
    #expect(MetricsError(.unsupportedTokenizer(name)).description.contains("needs an external model, which Mizan does not ship"))
  }

  @Test func unknownTokenizerIsRefused() {
    #expect(throws: MetricsError(.unknownTokenizer("13b"))) { _ = try TokenizerName.tokenizer(named: "13b") }
  }
}
