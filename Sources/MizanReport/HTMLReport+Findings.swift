import Mizan

extension HTMLReport {
  /// Lines without a counterpart: omissions and additions in plain view (they are content the
  /// translator must act on), boilerplate folded away with the rule that set it aside.
  func unalignedSection(_ document: DocumentEvaluation, anchor: String) -> String {
    let content = document.unaligned.filter { $0.kind != .boilerplate }
    let boilerplate = document.unaligned.filter { $0.kind == .boilerplate }
    var html = "<section class=\"unaligned-section\" id=\"\(anchor)-unaligned\">\n"
    html += "<h3>\(label("أسطر بلا مقابل", "Unaligned lines")) <span class=\"count\">\(num(content.count))</span></h3>\n"
    if content.isEmpty {
      html += "<p class=\"empty\">كل أسطر المحتوى وجدت مقابلًا.</p>\n"
    } else {
      html += unalignedList(content)
    }
    if !boilerplate.isEmpty {
      html += "<details class=\"boilerplate\">\n<summary>\(label("عناصر الصفحة", "Boilerplate"))"
      html += " <span class=\"count\">\(num(boilerplate.count))</span> — لا تدخل في الحساب</summary>\n"
      html += unalignedList(boilerplate)
      html += "</details>\n"
    }
    html += "</section>\n"
    return html
  }

  private func unalignedList(_ lines: [UnalignedLine]) -> String {
    var html = "<ul class=\"unaligned\">\n"
    for line in lines {
      let side = line.side == .hypothesis ? "الترجمة الآلية" : "النسخة المحررة"
      html += "<li class=\"kind-\(line.kind.rawValue)\"><div class=\"u-meta\">"
      html += "<span class=\"badge kind-\(line.kind.rawValue)\" lang=\"en\">\(line.kind.rawValue)</span> "
      html += "\(side) · <span dir=\"ltr\">\(line.side == .hypothesis ? "hyp" : "ref") \(line.line)</span></div>"
      html += "<p class=\"seg\" dir=\"rtl\">\(esc(line.text))</p>"
      html += "<div class=\"reason\" dir=\"auto\">\(esc(line.reason))</div></li>\n"
    }
    html += "</ul>\n"
    return html
  }

  /// The document's findings as a table, sortable by any column when JavaScript runs.
  func findingsSection(_ document: DocumentEvaluation, anchor: String) -> String {
    var html = "<section class=\"findings-section\">\n"
    html += "<h3>\(label("الملاحظات", "Findings")) <span class=\"count\">\(num(document.findings.count))</span></h3>\n"
    guard !document.findings.isEmpty else {
      return html + "<p class=\"empty\">لا ملاحظات.</p>\n</section>\n"
    }
    html += """
      <div class="table-wrap"><table class="findings sortable">
      <thead><tr><th data-type="number">#</th><th data-type="number">الخطورة</th><th>الفئة</th>\
      <th data-type="number">الثقة</th><th data-type="number">السطر</th><th>في الترجمة</th><th>في المرجع</th>\
      <th>الشرح</th></tr></thead>
      <tbody>

      """
    for (index, finding) in document.findings.enumerated() {
      let number = index + 1
      let pairLink = document.pairs.first { finding.points(into: $0) }.map { "<a href=\"#\(anchor)-p\($0.index)\">↩</a> " } ?? ""
      let line = finding.hypothesisSpan?.line ?? finding.referenceSpan?.line ?? 0
      html += "<tr id=\"\(anchor)-f\(number)\" class=\"sev-\(finding.severity.rawValue)\">"
      html += "<td data-key=\"\(number)\">\(pairLink)F\(number)</td>"
      html += "<td data-key=\"\(Finding.Severity.allCases.firstIndex(of: finding.severity) ?? 0)\"><span class=\"badge sev-\(finding.severity.rawValue)\">"
      html += "\(Self.severityName(finding.severity))</span></td>"
      html += "<td lang=\"en\">\(finding.category.rawValue)</td>"
      html += "<td data-key=\"\(Fixed.format(finding.confidence, decimals: 4))\">\(num(finding.confidence, 2))</td>"
      html += "<td data-key=\"\(line)\">\(line > 0 ? String(line) : "—")</td>"
      html += "<td dir=\"rtl\">\(esc(Self.excerpt(finding.hypothesisSpan, of: finding.hypothesisText)))</td>"
      html += "<td dir=\"rtl\">\(esc(Self.excerpt(finding.referenceSpan, of: finding.referenceText ?? "")))</td>"
      html += "<td dir=\"auto\">\(esc(finding.explanation))</td></tr>\n"
    }
    html += "</tbody></table></div>\n</section>\n"
    return html
  }

  /// The text a span points at; the whole text when the span is absent or out of range.
  static func excerpt(_ span: Finding.Span?, of text: String) -> String {
    guard let span else { return text }
    let excerpt = ScalarOffsets.piece(of: text, from: span.start, to: max(span.end, span.start))
    return excerpt.isEmpty ? text : String(excerpt)
  }
}
