import Testing
@testable import MizanReport

@Suite struct HTMLReportTests {
  let html = HTMLReport(ReportFixtures.arabic, title: "asean-2025-07").rendered()

  @Test func isArabicRightToLeftAndSelfContained() {
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"))
    #expect(html.contains("Content-Security-Policy"))
    #expect(html.contains("default-src 'none'"))
    #expect(!html.contains("src="))
    #expect(!html.contains("http://") && !html.contains("https://"))
    #expect(!html.contains("url("))
    #expect(!html.contains("@import"))
    // Only in-page links.
    #expect(!html.contains("href=\"h") && !html.contains("href=\"/"))
  }

  @Test func showsScoresWithConfidenceAndNormalized() {
    #expect(html.contains("21.37<span class=\"card-suffix\"> ± 2.35</span>"))
    #expect(html.contains("بعد التطبيع: 23.01"))
    #expect(html.contains(ReportFixtures.bleuSignature))
    #expect(html.contains(ReportFixtures.terSignature))
    // MQM: 16 points over 200 words.
    #expect(html.contains("<div class=\"card-value\" dir=\"ltr\">8.00</div>"))
  }

  @Test func marksWordDifferences() {
    #expect(html.contains("<span class=\"w-substitute\">جاءت</span>"))
    #expect(html.contains("<span class=\"w-substitute\">بعد</span>"))
    #expect(html.contains("<span class=\"w-insert\">"))
    #expect(html.contains("<span class=\"w-delete\">"))
  }

  @Test func highlightsFindingsWithTheirExplanation() {
    #expect(
      html.contains(
        "<mark class=\"f sev-critical\" title=\"critical · terminology: «الآسيان» يخالف المصطلح المعتمد «آسيان»\">"
          + "<span class=\"w-substitute\">الآسيان</span></mark><a class=\"fn sev-critical\" href=\"#d1-f1\""))
    #expect(html.contains("<mark class=\"f sev-major\" title=\"major · mistranslation: &quot;followed&quot; rendered as"))
    #expect(html.contains("<tr id=\"d1-f2\" class=\"sev-major\">"))
  }

  @Test func foldsBoilerplateWithItsReason() throws {
    let details = try #require(html.range(of: "<details class=\"boilerplate\">"))
    let rest = html[details.upperBound...]
    #expect(rest.contains("خَبَرَيْن logo"))
    #expect(rest.contains("share prompt"))
    #expect(html.contains("<span class=\"badge kind-omission\" lang=\"en\">omission</span>"))
  }

  @Test func batchGetsOneBarPerDocumentWorstFirst() throws {
    let batch = HTMLReport(ReportFixtures.batch).rendered()
    #expect(!html.contains("Documents by chrF"))
    let worst = try #require(batch.range(of: "<title>gaza-briefing: chrF 31.20</title>"))
    let middle = try #require(batch.range(of: "<title>asean-2025-07: chrF 48.92</title>"))
    let best = try #require(batch.range(of: "<title>opec-output: chrF 62.40</title>"))
    #expect(worst.lowerBound < middle.lowerBound && middle.lowerBound < best.lowerBound)
  }

  @Test func histogramCountsSentenceChrF() {
    // chrF 27.5, 71.2, 58.3 fall in bins 20, 70 and 50.
    #expect(HTMLReport(ReportFixtures.arabic).chrFHistogram() == [0, 0, 1, 0, 0, 1, 0, 1, 0, 0])
  }

  @Test func locatesSpansInJoinedLines() {
    // The punctuation finding counts from the start of line 7, the pair's first line.
    #expect(
      MarkedText.locate(
        .init(line: 9, start: 0, end: 3), unitText: ReportFixtures.hyp3b,
        in: ReportFixtures.hyp3a + " " + ReportFixtures.hyp3b) == 67..<70)
    #expect(MarkedText.locate(.init(line: 1, start: 0, end: 3), unitText: "xyz", in: "abc") == nil)
  }
}
