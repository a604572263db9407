import Mizan

/// The report people read: one self-contained HTML file (inline CSS and SVG, no fetch of any
/// kind, readable without JavaScript) laying out an `Evaluation` for a localization lead —
/// summary cards, charts, the two editions side by side with word differences and findings
/// marked, and what stayed unaligned.
///
/// Create one with `HTMLReport(evaluation)` and call `rendered()`; `ReportWriter` does this
/// for `report.html`. The output is a pure function of the evaluation (no clock, no random
/// ids), so regenerated reports are byte-identical.
///
/// Every piece of corpus or finding text goes through `HTMLText.escaped` (text nodes and
/// quoted attributes alike), and a Content-Security-Policy forbids every network fetch, so a
/// hostile corpus can neither inject markup nor make the page call home.
public struct HTMLReport: Sendable {
  /// What the report is about.
  public var evaluation: Evaluation
  /// The page title, e.g. the corpus name.
  public var title: String

  public init(_ evaluation: Evaluation, title: String = "Mizan") {
    self.evaluation = evaluation
    self.title = title
  }

  /// The whole page.
  public func rendered() -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="ar" dir="rtl">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
      <meta name="referrer" content="no-referrer">
      <title>\(esc(title)) — تقرير ميزان</title>
      <style>\(Self.styleSheet)</style>
      </head>
      <body>

      """
    // The batch figures gather every finding of every document: computed once for the header,
    // the summary cards and the findings chart.
    let figures = ReportFigures(evaluation)
    html += header(figures)
    html += "<main>\n"
    html += summarySection(figures)
    html += chartsSection(figures)
    // Documents are independent sections and most of a batch report: rendered on all cores,
    // joined in batch order.
    let documents = evaluation.documents
    let sections = ParallelMap.map(documents.count, chunk: 8, { documentSection(documents[$0], number: $0 + 1) })
    let ending = "</main>\n" + footer() + "<script>\(Self.script)</script>\n</body>\n</html>\n"
    // Reserved at once: grown by doubling, a batch's 200 MB page would be copied over and over.
    html.reserveCapacity(html.utf8.count + sections.reduce(0) { $0 + $1.utf8.count } + ending.utf8.count)
    for section in sections {
      html += section
    }
    html += ending
    return html
  }

  /// No source may be fetched: no fonts, images, frames, connections or form posts; only the
  /// page's own inline style and script run.
  static let contentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
    + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

  func header(_ figures: ReportFigures) -> String {
    return """
      <header class="page-head">
      <div class="brand"><span class="logo" aria-hidden="true">⚖</span> ميزان <span class="en" lang="en" dir="ltr">Mizan</span></div>
      <h1>\(esc(title))</h1>
      <p class="subtitle">تقييم الترجمة الآلية مقابل النسخة المحررة · الوثائق: \(num(evaluation.documents.count)) · الأزواج المتحاذية: \(num(figures.pairs))</p>
      <nav class="toc"><a href="#summary">الملخص</a><a href="#charts">الرسوم البيانية</a>\(evaluation.documents.enumerated().map { "<a href=\"#d\($0.offset + 1)\" dir=\"auto\">\(esc($0.element.id))</a>" }.joined())</nav>
      </header>

      """
  }

  func footer() -> String {
    """
    <footer class="page-foot" lang="en" dir="ltr">Mizan \(esc(evaluation.mizanVersion)) · schema \(evaluation.schema) · \
    scores follow sacreBLEU; see the signatures above.</footer>

    """
  }

  /// One document: its own cards, pairs, unaligned lines and findings.
  func documentSection(_ document: DocumentEvaluation, number: Int) -> String {
    let anchor = "d\(number)"
    let figures = ReportFigures(document)
    var html = """
      <section class="doc" id="\(anchor)">
      <h2><span class="doc-no">\(number)</span> <span dir="auto">\(esc(document.id))</span></h2>
      <p class="paths" dir="ltr"><span>hyp: <code>\(esc(document.hypothesisPath))</code></span> <span>ref: <code>\(esc(document.referencePath))</code></span></p>

      """
    if evaluation.documents.count > 1 {
      html += cardGrid(scoreCards(document.scores, normalized: document.normalizedScores) + qualityCards(figures, terminology: document.terminology))
    }
    html += pairsSection(document, anchor: anchor)
    html += unalignedSection(document, anchor: anchor)
    html += findingsSection(document, anchor: anchor)
    html += "</section>\n"
    return html
  }

  /// Escapes user text for a text node or a quoted attribute.
  func esc(_ text: String) -> String { HTMLText.escaped(text) }

  /// A number as reports print it: fixed decimals, Western digits, isolated left-to-right so
  /// the bidi algorithm cannot reorder its sign or "±" inside Arabic text.
  func num(_ value: Double, _ decimals: Int = 2) -> String {
    "<span class=\"num\" dir=\"ltr\">\(Fixed.format(value, decimals: decimals))</span>"
  }

  func num(_ value: Int, _ decimals: Int = 0) -> String {
    "<span class=\"num\" dir=\"ltr\">\(value)</span>"
  }

  /// An Arabic label with its English gloss, for bilingual teams.
  func label(_ arabic: String, _ english: String) -> String {
    "\(arabic) <span class=\"en\" lang=\"en\" dir=\"ltr\">\(english)</span>"
  }

  /// Line numbers as "3" or "3–4" or "3, 5"; "—" when a side has none.
  static func lines(_ lines: [Int]) -> String {
    guard let first = lines.first, let last = lines.last else { return "—" }
    if lines.count == 1 { return "\(first)" }
    if lines == Array(first...max(first, last)) { return "\(first)–\(last)" }
    return lines.map(String.init).joined(separator: ", ")
  }

  /// A quality band for colouring a 0–100 score where higher is better.
  static func band(_ score: Double) -> String {
    score < 30 ? "bad" : score < 55 ? "warn" : "good"
  }

  /// A quality band for TER, where lower is better.
  static func terBand(_ ter: Double) -> String {
    ter > 70 ? "bad" : ter > 45 ? "warn" : "good"
  }

  static func severityName(_ severity: Finding.Severity) -> String {
    switch severity {
    case .critical: return "حرج"
    case .major: return "كبير"
    case .minor: return "طفيف"
    }
  }
}
