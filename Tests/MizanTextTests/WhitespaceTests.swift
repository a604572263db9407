import Testing
@testable import MizanText

@Suite struct WhitespaceTests {
  @Test func splitsOnPythonWhitespaceOnly() {
    // U+00A0, U+202F, U+2028 and U+001F split; U+200B and U+FEFF do not.
    let text = "a\u{A0}b\u{202F}c\u{2028}d\u{1F}e\u{200B}f\u{FEFF}g  "
    #expect(Whitespace.split(text) == ["a", "b", "c", "d", "e\u{200B}f\u{FEFF}g"])
    #expect(Whitespace.split("   ") == [])
  }

  @Test func rightStripMatchesPython() {
    #expect(Whitespace.rightStripped("abc \u{A0}\t\u{85}") == "abc")
    #expect(Whitespace.rightStripped("abc\u{200B}") == "abc\u{200B}")
    #expect(Whitespace.rightStripped(" ") == "")
  }
}
