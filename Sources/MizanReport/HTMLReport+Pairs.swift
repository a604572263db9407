import Mizan

extension HTMLReport {
  /// The aligned editions side by side, pair by pair, with a filter/sort toolbar that only
  /// appears when JavaScript runs (without it the pairs read in document order).
  func pairsSection(_ document: DocumentEvaluation, anchor: String) -> String {
    var html = """
      <section class="pairs-section">
      <h3>\(label("الأزواج المتحاذية", "Aligned pairs")) <span class="count">\(num(document.pairs.count))</span></h3>
      <div class="legend"><span class="w-delete">محذوف</span> <span class="w-insert">مضاف</span> \
      <span class="w-substitute">مستبدل</span> <mark class="f sev-critical">حرج</mark> \
      <mark class="f sev-major">كبير</mark> <mark class="f sev-minor">طفيف</mark></div>
      <div class="toolbar" data-pairs="\(anchor)-pairs" hidden>
      <label>عرض <select class="pair-filter"><option value="all">الكل</option>\
      <option value="findings">بملاحظات فقط</option><option value="low">chrF أقل من 50</option></select></label>
      <label>ترتيب <select class="pair-sort"><option value="index">ترتيب الوثيقة</option>\
      <option value="chrf">chrF تصاعديًا</option></select></label>
      </div>
      <div class="pairs" id="\(anchor)-pairs">

      """
    for pair in document.pairs {
      html += pairArticle(pair, in: document, anchor: anchor)
    }
    if document.pairs.isEmpty {
      html += "<p class=\"empty\">لا أزواج متحاذية.</p>\n"
    }
    html += "</div>\n</section>\n"
    return html
  }

  /// The findings of a document that point into a pair, with their numbers in the document.
  func findings(of pair: PairEvaluation, in document: DocumentEvaluation) -> [(number: Int, finding: Finding)] {
    // By index, so that only the findings kept are copied.
    document.findings.indices.compactMap { index in
      document.findings[index].points(into: pair) ? (index + 1, document.findings[index]) : nil
    }
  }

  func pairArticle(_ pair: PairEvaluation, in document: DocumentEvaluation, anchor: String) -> String {
    let id = "\(anchor)-p\(pair.index)"
    let scores = pair.sentenceScores
    let diff = WordDiff(hypothesis: pair.hypothesis, reference: pair.reference)
    let notes = findings(of: pair, in: document)
    var hypothesisHighlights: [MarkedText.Highlight] = []
    var referenceHighlights: [MarkedText.Highlight] = []
    for (number, finding) in notes {
      let note = "\(finding.severity.rawValue) · \(finding.category.rawValue): \(finding.explanation)"
      if let span = finding.hypothesisSpan, pair.hypothesisLines.contains(span.line),
        let range = MarkedText.locate(span, unitText: finding.hypothesisText, in: pair.hypothesis)
      {
        hypothesisHighlights.append(
          .init(range: range, severity: finding.severity, note: note, anchor: "\(anchor)-f\(number)", marker: "F\(number)"))
      }
      if let span = finding.referenceSpan, pair.referenceLines.contains(span.line),
        let range = MarkedText.locate(span, unitText: finding.referenceText ?? "", in: pair.reference)
      {
        referenceHighlights.append(
          .init(range: range, severity: finding.severity, note: note, anchor: "\(anchor)-f\(number)", marker: "F\(number)"))
      }
    }
    let hypothesis = MarkedText(
      text: pair.hypothesis, tokens: diff.hypothesisTokens, marks: diff.hypothesisMarks, highlights: hypothesisHighlights)
    let reference = MarkedText(
      text: pair.reference, tokens: diff.referenceTokens, marks: diff.referenceMarks, highlights: referenceHighlights)

    var html = """
      <article class="pair band-\(Self.band(scores.chrF))" id="\(id)" data-index="\(pair.index)" \
      data-chrf="\(Fixed.format(scores.chrF, decimals: 4))" data-findings="\(notes.count)">
      <header class="pair-head">
      <a class="pair-no" href="#\(id)">#\(pair.index)</a>
      <span class="meta" dir="ltr">hyp \(esc(Self.lines(pair.hypothesisLines))) · ref \(esc(Self.lines(pair.referenceLines))) · \
      \(esc(pair.bead)) · sim \(Fixed.format(pair.similarity, decimals: 2))</span>
      <span class="chips" dir="ltr">\(chip("BLEU", scores.bleu, band: Self.band(scores.bleu)))\
      \(chip("chrF", scores.chrF, band: Self.band(scores.chrF)))\
      \(chip("chrF++", scores.chrFPlusPlus, band: Self.band(scores.chrFPlusPlus)))\
      \(chip("TER", scores.ter, band: Self.terBand(scores.ter)))</span>
      </header>
      <div class="sides">
      <div class="side hyp"><div class="side-label">الترجمة الآلية <span class="en" lang="en" dir="ltr">hypothesis</span></div>\
      <p class="seg" dir="rtl">\(hypothesis.html)</p></div>
      <div class="side ref"><div class="side-label">النسخة المحررة <span class="en" lang="en" dir="ltr">reference</span></div>\
      <p class="seg" dir="rtl">\(reference.html)</p></div>
      </div>

      """
    if !notes.isEmpty {
      html += "<ul class=\"notes\">\n"
      for (number, finding) in notes {
        html += "<li class=\"sev-\(finding.severity.rawValue)\"><a href=\"#\(anchor)-f\(number)\">F\(number)</a> "
        html += "<span class=\"badge sev-\(finding.severity.rawValue)\">\(Self.severityName(finding.severity))</span> "
        html += "<span class=\"cat\" lang=\"en\">\(finding.category.rawValue)</span> "
        html += "<span dir=\"auto\">\(esc(finding.explanation))</span></li>\n"
      }
      html += "</ul>\n"
    }
    html += "</article>\n"
    return html
  }

  /// A small score badge for a pair.
  func chip(_ name: String, _ value: Double, band: String) -> String {
    "<span class=\"chip band-\(band)\"><b>\(name)</b> \(Fixed.format(value, decimals: 1))</span>"
  }
}
