import Mizan

extension HTMLReport {
  /// Width of a chrF histogram bin, in score points.
  static let histogramBinWidth = 10

  /// The charts: sentence chrF distribution, findings by category, and for a batch one bar
  /// per document, worst first, so the document to fix first is at the top.
  func chartsSection(_ figures: ReportFigures) -> String {
    var html = "<section id=\"charts\">\n<h2>\(label("الرسوم البيانية", "Charts"))</h2>\n<div class=\"charts\">\n"
    html += figure(
      caption: label("توزيع chrF على مستوى الجمل", "Sentence chrF histogram"),
      svg: SVGChart.histogram(
        counts: chrFHistogram(), binWidth: Self.histogramBinWidth, title: "Sentence chrF histogram"))
    html += figure(
      caption: label("الملاحظات حسب الفئة والخطورة", "Findings by category"),
      svg: findingsChart(figures))
    if evaluation.documents.count > 1 {
      html += figure(
        caption: label("الوثائق من الأسوأ إلى الأفضل (chrF)", "Documents, worst first"),
        svg: documentsChart(), wide: true)
    }
    html += "</div>\n</section>\n"
    return html
  }

  private func figure(caption: String, svg: String, wide: Bool = false) -> String {
    "<figure class=\"chart-card\(wide ? " wide" : "")\">\(svg)<figcaption>\(caption)</figcaption></figure>\n"
  }

  /// Pairs per chrF bin over every document; a perfect 100 falls in the last bin.
  func chrFHistogram() -> [Int] {
    let bins = 100 / Self.histogramBinWidth
    var counts = Array(repeating: 0, count: bins)
    for document in evaluation.documents {
      for pair in document.pairs where pair.sentenceScores.chrF.isFinite {
        let bin = Int(pair.sentenceScores.chrF) / Self.histogramBinWidth
        counts[min(max(bin, 0), bins - 1)] += 1
      }
    }
    return counts
  }

  /// One stacked bar per MQM category (severities stacked, most severe first).
  func findingsChart(_ figures: ReportFigures) -> String {
    let bars = figures.byCategory.map { category, counts in
      SVGChart.Bar(
        label: category.rawValue,
        segments: Finding.Severity.allCases.map { severity in
          SVGChart.Segment(
            value: Double(counts[severity] ?? 0), style: "sev-\(severity.rawValue)",
            title: "\(category.rawValue) · \(severity.rawValue): \(counts[severity] ?? 0)")
        },
        valueText: String(counts.values.reduce(0, +)))
    }
    let maximum = bars.map { $0.segments.reduce(0) { $0 + $1.value } }.max() ?? 0
    return SVGChart.horizontalBars(bars, maximum: max(maximum, 1), title: "Findings by category")
  }

  /// Documents by corpus chrF, ascending; ties keep batch order so output is deterministic.
  func documentsChart() -> String {
    let ranked = evaluation.documents.enumerated().sorted { lhs, rhs in
      lhs.element.scores.chrF.score != rhs.element.scores.chrF.score
        ? lhs.element.scores.chrF.score < rhs.element.scores.chrF.score : lhs.offset < rhs.offset
    }
    let bars = ranked.map { _, document in
      let score = document.scores.chrF.score
      return SVGChart.Bar(
        label: document.id,
        segments: [
          .init(
            value: max(score, 0), style: "band-\(Self.band(score))",
            title: "\(document.id): chrF \(Fixed.format(score, decimals: 2))")
        ],
        valueText: Fixed.format(score, decimals: 1))
    }
    return SVGChart.horizontalBars(bars, maximum: 100, title: "Documents by chrF, worst first", width: 1200)
  }
}
