import Testing
@testable import MizanReport

/// Escaping in the CI writers, where a document id or message could otherwise break the file.
@Suite struct GateWritersTests {
  @Test func annotationsEscapeAsTheActionsToolkitDoes() {
    #expect(GitHubAnnotations.escapeData("50% done\r\nnext: a, b") == "50%25 done%0D%0Anext: a, b")
    #expect(GitHubAnnotations.escapeProperty("dir:a,b/h%.txt") == "dir%3Aa%2Cb/h%25.txt")
  }

  @Test func junitEscapesMarkupAndDropsControlCharacters() {
    #expect(JUnitReport.escape("a<b & \"c\" 'd'>\u{7}") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;")
    #expect(JUnitReport.escape("سطر\nآخر") == "سطر&#10;آخر")
  }

  @Test func markdownCellsKeepTablesIntact() {
    #expect(GateMarkdown.cell("a|b\n<c>") == "a\\|b &lt;c&gt;")
  }
}
