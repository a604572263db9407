import Testing
@testable import MizanReport

@Suite struct SummaryCardTests {
  @Test func terminologyCardIsReadyForItsData() {
    let html = SummaryCard.terminology(accuracy: 0.875, consistency: nil).html
    #expect(html.contains("<div class=\"card-value\" dir=\"ltr\">87.5%</div>"))
    #expect(html.contains("الاتساق: —"))
  }

  @Test func metricCardShowsIntervalAndNormalizedScore() {
    let scores = ReportFixtures.scores(bleu: 21.37, chrF: 48.92, chrFPP: 45.5, ter: 68.25, confidence: true)
    let normalized = ReportFixtures.scores(bleu: 23.01, chrF: 50.14, chrFPP: 46.7, ter: 66.8)
    let card = SummaryCard.metric(scores.bleu, normalized: normalized.bleu, higherIsBetter: true)
    #expect(card.value == "21.37")
    #expect(card.suffix == " ± 2.35")
    #expect(card.details == ["μ = 21.47 (95% CI)", "بعد التطبيع: 23.01"])
    #expect(card.tone == .bad)
    #expect(SummaryCard.metric(scores.ter, normalized: nil, higherIsBetter: false).tone == .warn)
  }

  @Test func cardTextIsEscaped() {
    let card = SummaryCard(title: "<b>", gloss: "\"x\"", value: "<script>", details: ["&"])
    #expect(card.html.contains("&lt;b&gt;"))
    #expect(card.html.contains("&quot;x&quot;"))
    #expect(card.html.contains("&lt;script&gt;"))
    #expect(!card.html.contains("<script>"))
  }

  @Test func penaltyIsPointsPerHundredWords() {
    let figures = ReportFigures(ReportFixtures.arabicDocument)
    #expect(figures.penaltyPoints == 16)
    #expect(figures.penaltyPer100Words == 8)
    var empty = ReportFixtures.arabicDocument
    empty.hypothesisWords = 0
    #expect(ReportFigures(empty).penaltyPer100Words == nil)
  }
}
