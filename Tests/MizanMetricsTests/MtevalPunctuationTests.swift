import Testing

@testable import MizanMetrics

/// `MtevalPunctuation.Scratch.runJoined`, the word-at-a-time 13a that BLEU's byte workers use,
/// against sacreBLEU's own output and the four whole-line passes.
@Suite("MtevalPunctuation")
struct MtevalPunctuationTests {
  /// The tokens `runJoined` finds in `line`, joined by spaces; checks that the token places it
  /// reports are the pieces between those spaces.
  private func joined(_ line: String) -> String {
    var scratch = MtevalPunctuation.Scratch()
    #expect(Array(line.utf8).withUnsafeBufferPointer { scratch.runJoined($0) })
    let output = Array(scratch.joinedOutput)
    let pieces = scratch.tokenSpans.map { output[Int($0.start)..<Int($0.start + $0.length)] }
    #expect(pieces == output.split(separator: 0x20), "\(line.debugDescription)")
    return String(decoding: output, as: UTF8.self)
  }

  @Test("word by word equals sacreBLEU 2.6.0's 13a on every fixture line it applies to")
  func matchesSacreBLEU() throws {
    let fixture = try Fixtures.decode(TokenizerFixture.self, from: "bleu-tokenizers.json")
    let cases = try #require(fixture.tokenizers["13a"])
    // Lines with 13a's replacements (`<skipped>`, entities, line feeds) never reach runJoined.
    let plain = cases.filter { !$0[0].utf8.contains { $0 == 0x3C || $0 == 0x26 || $0 == 0x0A } }
    #expect(plain.count > 100)
    let mismatches = plain.filter { !Fixtures.sameBytes(joined($0[0]), $0[1]) }.map { $0[0].debugDescription }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  @Test("lines that 13a's replacements may change are refused")
  func refusesReplacements() {
    var scratch = MtevalPunctuation.Scratch()
    for line in ["a <skipped> b", "&quot;", "x-\ny", "سلام\n", "a&b"] {
      #expect(!Array(line.utf8).withUnsafeBufferPointer { scratch.runJoined($0) }, "\(line.debugDescription)")
    }
  }

  @Test("a word's tokens depend on the word alone, hand-checked against the regexes")
  func handChecked() {
    // " .5 " : pass 2 matches (space, .), so the period splits from the digit.
    #expect(joined(".5") == ". 5")
    #expect(joined("a .5") == "a . 5")
    #expect(joined("3.5 3,5") == "3.5 3,5")
    #expect(joined("a.. b") == "a . . b")
    #expect(joined("9-9 x-y") == "9 - 9 x-y")
    #expect(joined("\u{A0}(قال)\u{3000}نعم. ") == "( قال ) نعم .")
  }

  @Test("word by word equals the whole-line passes on every string of up to five symbols")
  func matchesWholeLinePasses() {
    let symbols = ["a", "5", ".", ",", "-", " ", "\u{A0}", "'", "(", "ب"]
    var strings = [""]
    var mismatches: [String] = []
    for _ in 1...5 {
      strings = strings.flatMap { prefix in symbols.map { prefix + $0 } }
      for line in strings {
        let bytes = Array(line.utf8)
        var scratch = MtevalPunctuation.Scratch()
        bytes.withUnsafeBufferPointer { scratch.run($0, padded: true) }
        let expected = TokenJoiner.joined(Array(scratch.output))
        if joined(line) != expected { mismatches.append(line) }
      }
    }
    #expect(strings.count == 100_000)
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5).map(\.debugDescription))")
  }
}
