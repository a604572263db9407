import Mizan

extension HTMLReport {
  /// The batch summary: headline cards and the signatures that make the scores comparable.
  func summarySection() -> String {
    let figures = ReportFigures(evaluation)
    var html = "<section id=\"summary\">\n<h2>\(label("الملخص", "Summary"))</h2>\n"
    html += cardGrid(summaryCards(scores: evaluation.totals, normalized: evaluation.normalizedTotals, figures: figures))
    html += signatures(evaluation.totals, normalized: evaluation.normalizedTotals)
    html += "</section>\n"
    return html
  }

  /// The cards for one score set, in reading order. A new figure is one more `append`.
  func summaryCards(scores: ScoreSet, normalized: ScoreSet?, figures: ReportFigures) -> [SummaryCard] {
    var cards: [SummaryCard] = []
    cards.append(.metric(scores.bleu, normalized: normalized?.bleu, higherIsBetter: true))
    cards.append(.metric(scores.chrF, normalized: normalized?.chrF, higherIsBetter: true))
    cards.append(.metric(scores.chrFPlusPlus, normalized: normalized?.chrFPlusPlus, higherIsBetter: true))
    cards.append(.metric(scores.ter, normalized: normalized?.ter, higherIsBetter: false))
    cards.append(.penalty(figures))
    cards.append(.findings(figures))
    cards.append(.unaligned(figures))
    // Terminology lands with the model's terminology figures:
    // cards.append(.terminology(accuracy: …, consistency: …))
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
