import Mizan

/// One card of the report's summary grid: a headline figure, what it measures, and a few
/// detail lines. Cards are values built by small factories, so a new figure (terminology
/// accuracy and consistency, when the model carries them) is one `cards.append(...)` line.
struct SummaryCard: Sendable, Hashable {
  /// How the headline should be read at a glance; drives the card's accent colour.
  enum Tone: String, Sendable, Hashable { case neutral, good, warn, bad }

  /// Arabic title.
  var title: String
  /// English gloss of the title.
  var gloss: String
  /// The headline figure, plain text (escaped when rendered).
  var value: String
  /// Small text after the value, e.g. "± 1.20".
  var suffix: String = ""
  /// Plain-text detail lines (each escaped when rendered).
  var details: [String] = []
  var tone: Tone = .neutral
  /// A short hint on how to read the figure ("↑ higher is better").
  var hint: String = ""

  /// The card's markup; every field is escaped, since factories may carry user text.
  var html: String {
    var html = "<div class=\"card tone-\(tone.rawValue)\">"
    html += "<div class=\"card-title\"><bdi>\(HTMLText.escaped(title))</bdi>"
    if !gloss.isEmpty { html += " <span class=\"en\" lang=\"en\" dir=\"ltr\">\(HTMLText.escaped(gloss))</span>" }
    html += "</div>"
    html += "<div class=\"card-value\" dir=\"ltr\">\(HTMLText.escaped(value))"
    if !suffix.isEmpty { html += "<span class=\"card-suffix\">\(HTMLText.escaped(suffix))</span>" }
    html += "</div>"
    if !hint.isEmpty { html += "<div class=\"card-hint\">\(HTMLText.escaped(hint))</div>" }
    for detail in details { html += "<div class=\"card-detail\" dir=\"auto\">\(HTMLText.escaped(detail))</div>" }
    html += "</div>\n"
    return html
  }
}

extension SummaryCard {
  /// A corpus metric: the raw score with its bootstrap interval, and the normalized score.
  static func metric(_ raw: MetricResult, normalized: MetricResult?, higherIsBetter: Bool) -> SummaryCard {
    var card = SummaryCard(title: raw.name, gloss: "", value: Fixed.format(raw.score, decimals: 2))
    if let confidence = raw.confidence {
      card.suffix = " ± " + Fixed.format(confidence.halfWidth, decimals: 2)
      card.details.append("μ = " + Fixed.format(confidence.mean, decimals: 2) + " (95% CI)")
    }
    if let normalized {
      var line = "بعد التطبيع: " + Fixed.format(normalized.score, decimals: 2)
      if let confidence = normalized.confidence { line += " ± " + Fixed.format(confidence.halfWidth, decimals: 2) }
      card.details.append(line)
    }
    card.hint = higherIsBetter ? "↑ الأعلى أفضل" : "↓ الأدنى أفضل"
    card.tone =
      higherIsBetter
      ? SummaryCard.Tone(rawValue: HTMLReport.band(raw.score)) ?? .neutral
      : SummaryCard.Tone(rawValue: HTMLReport.terBand(raw.score)) ?? .neutral
    return card
  }

  /// MQM penalty points per 100 hypothesis words (minor 1, major 5, critical 10).
  static func penalty(_ figures: ReportFigures) -> SummaryCard {
    let value = figures.penaltyPer100Words.map { Fixed.format($0, decimals: 2) } ?? "—"
    var card = SummaryCard(title: "عقوبة MQM", gloss: "per 100 words", value: value)
    card.details = [
      "\(Fixed.format(figures.penaltyPoints, decimals: 0)) نقطة على \(figures.hypothesisWords) كلمة",
      "الأوزان: طفيف 1، كبير 5، حرج 10",
    ]
    card.hint = "↓ الأدنى أفضل"
    if let penalty = figures.penaltyPer100Words {
      card.tone = penalty > 10 ? .bad : penalty > 3 ? .warn : .good
    }
    return card
  }

  /// Findings in total and by severity.
  static func findings(_ figures: ReportFigures) -> SummaryCard {
    var card = SummaryCard(title: "الملاحظات", gloss: "Findings", value: "\(figures.findings)")
    card.details = figures.bySeverity.map { "\(HTMLReport.severityName($0.severity)): \($0.count)" }
    card.tone = figures.count(.critical) > 0 ? .bad : figures.count(.major) > 0 ? .warn : .good
    return card
  }

  /// Unaligned lines: what the hypothesis lacks, what it adds, and the page furniture set aside.
  static func unaligned(_ figures: ReportFigures) -> SummaryCard {
    var card = SummaryCard(
      title: "أسطر بلا مقابل", gloss: "Unaligned lines", value: "\(figures.omissions + figures.additions)")
    card.details = [
      "حذف: \(figures.omissions) · إضافة: \(figures.additions)",
      "عناصر الصفحة (لا تُحسب): \(figures.boilerplate)",
    ]
    return card
  }

  /// Glossary term accuracy and in-document consistency, both 0–1; ready for when the
  /// evaluation model carries terminology figures.
  static func terminology(accuracy: Double?, consistency: Double?) -> SummaryCard {
    let value = accuracy.map { Fixed.format($0 * 100, decimals: 1) + "%" } ?? "—"
    var card = SummaryCard(title: "المصطلحات", gloss: "Terminology", value: value)
    card.details = [
      "دقة المصطلحات: " + (accuracy.map { Fixed.format($0 * 100, decimals: 1) + "%" } ?? "—"),
      "الاتساق: " + (consistency.map { Fixed.format($0 * 100, decimals: 1) + "%" } ?? "—"),
    ]
    card.hint = "↑ الأعلى أفضل"
    return card
  }
}
