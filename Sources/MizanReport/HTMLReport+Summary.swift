import Mizan

extension HTMLReport {
  /// The batch summary: headline cards and the signatures that make the scores comparable.
  func summarySection(_ figures: ReportFigures) -> String {
    var html = "<section id=\"summary\">\n<h2>\(label("الملخص", "Summary"))</h2>\n"
    html += cardGrid(scoreCards(evaluation.totals, normalized: evaluation.normalizedTotals))
    html += cardGrid(qualityCards(figures, terminology: evaluation.terminology))
    html += signatures(evaluation.totals, normalized: evaluation.normalizedTotals)
    html += "</section>\n"
    return html
  }

  /// The four corpus metrics, raw with their intervals and normalized.
  func scoreCards(_ scores: ScoreSet, normalized: ScoreSet?) -> [SummaryCard] {
    [
      .metric(scores.bleu, normalized: normalized?.bleu, higherIsBetter: true),
      .metric(scores.chrF, normalized: normalized?.chrF, higherIsBetter: true),
      .metric(scores.chrFPlusPlus, normalized: normalized?.chrFPlusPlus, higherIsBetter: true),
      .metric(scores.ter, normalized: normalized?.ter, higherIsBetter: false),
    ]
  }

  /// The quality figures, in reading order. A new figure is one more `append`.
  func qualityCards(_ figures: ReportFigures, terminology: TerminologyFigures?) -> [SummaryCard] {
    var cards: [SummaryCard] = []
    cards.append(.penalty(figures))
    cards.append(.findings(figures))
    cards.append(.unaligned(figures))
    if let terminology {
      cards.append(.terminology(accuracy: terminology.accuracy?.value, consistency: terminology.consistency?.share))
    }
    return cards
  }

  func cardGrid(_ cards: [SummaryCard]) -> String {
    "<div class=\"cards\">\n" + cards.map(\.html).joined() + "</div>\n"
  }

  /// Each metric's sacreBLEU-style signature and verbose line, raw and normalized.
  func signatures(_ scores: ScoreSet, normalized: ScoreSet?) -> String {
    var rows = ""
    for result in scores.all {
      rows += signatureRow(result, note: "")
    }
    for result in normalized?.all ?? [] {
      rows += signatureRow(result, note: " (normalized)")
    }
    return """
      <details class="signatures" open>
      <summary>\(label("التواقيع", "Signatures"))</summary>
      <table class="sig-table" dir="ltr" lang="en"><tbody>
      \(rows)</tbody></table>
      </details>

      """
  }

  private func signatureRow(_ result: MetricResult, note: String) -> String {
    let verbose = result.verbose.isEmpty ? "" : "<div class=\"verbose\">\(esc(result.verbose))</div>"
    return "<tr><th>\(esc(result.name))\(esc(note))</th><td><code>\(esc(result.signature))</code>\(verbose)</td></tr>\n"
  }
}
