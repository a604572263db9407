import Testing
@testable import MizanReport

@Suite struct WordDiffTests {
  /// The edit script as short literals: "=w" equal, "-w" delete, "+w" insert, "~a>b" substitute.
  func script(_ hypothesis: String, _ reference: String) -> [String] {
    WordDiff(hypothesis: hypothesis, reference: reference).edits.map { edit in
      switch edit {
      case .equal(let hyp, _): return "=" + hyp.map(\.text).joined(separator: " ")
      case .delete(let hyp): return "-" + hyp.map(\.text).joined(separator: " ")
      case .insert(let ref): return "+" + ref.map(\.text).joined(separator: " ")
      case .substitute(let hyp, let ref):
        return "~" + hyp.map(\.text).joined(separator: " ") + ">" + ref.map(\.text).joined(separator: " ")
      }
    }
  }

  @Test func substitutionAndInsertion() {
    #expect(script("a b c d", "a x c d e") == ["=a", "~b>x", "=c d", "+e"])
  }

  @Test func deletion() {
    #expect(script("a b c", "a c") == ["=a", "-b", "=c"])
  }

  @Test func arabicPostEdit() {
    #expect(
      script("اتبعت المحادثة اجتماعًا أطول مدته 50 دقيقة", "جاءت المحادثة بعد اجتماع استمر 50 دقيقة")
        == ["~اتبعت>جاءت", "=المحادثة", "~اجتماعًا أطول مدته>بعد اجتماع استمر", "=50 دقيقة"])
  }

  @Test func emptySides() {
    #expect(script("", "a b") == ["+a b"])
    #expect(script("a b", "") == ["-a b"])
    #expect(script("", "").isEmpty)
    #expect(script("a b", "a b") == ["=a b"])
  }

  @Test func tokensCarryScalarOffsets() {
    // "قال:" is 4 scalars; a vowel mark is a scalar of its own.
    #expect(
      WordDiff.tokens(of: "  قال:  نَعم ")
        == [WordDiff.Token("قال:", start: 2, end: 6), WordDiff.Token("نَعم", start: 8, end: 12)])
  }

  @Test func marksPerToken() {
    let diff = WordDiff(hypothesis: "a b c", reference: "a x c d")
    #expect(diff.hypothesisMarks == [.equal, .substitute, .equal])
    #expect(diff.referenceMarks == [.equal, .substitute, .equal, .insert])
  }

  @Test func hugeInputFallsBackWithoutStalling() {
    let hypothesis = (0..<2100).map { "h\($0)" }.joined(separator: " ")
    let reference = (0..<2100).map { "r\($0)" }.joined(separator: " ")
    let diff = WordDiff(hypothesis: "same " + hypothesis, reference: "same " + reference)
    #expect(diff.edits.count == 2)
    #expect(diff.hypothesisMarks.count == 2101)
  }

  /// The shortcut below U+1680 agrees with Unicode's White_Space on every scalar.
  @Test func whitespaceShortcutAgreesWithUnicode() {
    let disagreeing = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter {
      WordDiff.isWhitespace($0) != $0.properties.isWhitespace
    }
    #expect(disagreeing.isEmpty)
  }

  @Test func tokensSplitAtEveryKindOfSpace() {
    let text = "a\u{A0}b\u{2003}c\u{3000}d\u{85}e\u{200B}f"
    #expect(WordDiff.tokens(of: text).map(\.text) == ["a", "b", "c", "d", "e\u{200B}f"])
  }
}
