import Mizan

/// One edition's text of a pair, with word-diff marks and finding highlights laid over it and
/// rendered as escaped HTML. Both layers use Unicode-scalar offsets (`WordDiff.Token`,
/// `Finding.Span`), so the text is cut at the union of their boundaries and each piece carries
/// its diff class and the findings covering it.
struct MarkedText {
  /// A finding's highlight in this text.
  struct Highlight {
    /// Scalar offsets in the pair text.
    var range: Range<Int>
    var severity: Finding.Severity
    /// Shown as the tooltip.
    var note: String
    /// The anchor of the finding's row in the findings table, e.g. "d1-f3".
    var anchor: String
    /// The marker printed after the span, e.g. "F3".
    var marker: String
  }

  var text: String
  var tokens: [WordDiff.Token]
  var marks: [WordDiff.Mark]
  var highlights: [Highlight]

  /// The escaped HTML: `<span class="w-…">` for changed words, `<mark class="f sev-…">` with a
  /// `title` for findings, and a superscript link to the finding after each highlight.
  var html: String {
    let offsets = ScalarOffsets(text)
    let count = offsets.count
    var cuts = [0, count]
    for token in tokens { cuts += [token.start, token.end] }
    for highlight in highlights { cuts += [highlight.range.lowerBound, highlight.range.upperBound] }
    cuts = cuts.filter { $0 >= 0 && $0 <= count }.sorted()
    let boundaries = cuts.enumerated().filter { $0.offset == 0 || cuts[$0.offset - 1] != $0.element }.map(\.element)

    // The token each offset lies in, the first listed winning, as `mark(at:)` would find it by
    // scanning the tokens for every piece.
    var owner = [Int](repeating: -1, count: count + 1)
    for (index, token) in tokens.enumerated().reversed() where token.start < token.end {
      for offset in max(token.start, 0)..<min(token.end, owner.count) { owner[offset] = index }
    }
    var html = ""
    html.reserveCapacity(text.utf8.count + text.utf8.count / 2)
    for (start, end) in zip(boundaries, boundaries.dropFirst()) where start < end {
      // Appended in place, innermost last: a piece is often a single word.
      // By index: a highlight carries three strings, not worth copying for every piece.
      let covering = highlights.indices.filter { highlights[$0].range.contains(start) }
      if !covering.isEmpty {
        let worst = covering.map { highlights[$0].severity }.min() ?? .minor
        let note = covering.map { highlights[$0].note }.joined(separator: "\n")
        html += "<mark class=\"f sev-\(worst.rawValue)\" title=\"\(HTMLText.escaped(note))\">"
      }
      let token = owner[start]
      let mark = token >= 0 && token < marks.count && marks[token] != .equal ? marks[token] : nil
      if let mark { html += "<span class=\"w-\(mark.rawValue)\">" }
      HTMLText.appendEscaped(offsets.piece(start..<end), to: &html)
      if mark != nil { html += "</span>" }
      if !covering.isEmpty { html += "</mark>" }
      for index in highlights.indices where highlights[index].range.upperBound == end {
        let highlight = highlights[index]
        html += "<a class=\"fn sev-\(highlight.severity.rawValue)\" href=\"#\(highlight.anchor)\" "
        html += "title=\"\(HTMLText.escaped(highlight.note))\">\(highlight.marker)</a>"
      }
    }
    return html
  }

  /// Where a finding's span falls in a pair's text, in scalar offsets. The span counts from
  /// the start of `unitText` (the line or sentence the finding quotes), which may be all of
  /// the pair's text or part of it (a 2-1 bead joins lines), so the unit is located first and
  /// the excerpt verified; failing that, the excerpt alone is searched. Nil when the text
  /// cannot be found, in which case the finding is still listed, just not highlighted.
  static func locate(_ span: Finding.Span, unitText: String, in pairText: String) -> Range<Int>? {
    let unit = ScalarOffsets(unitText)
    let pair = ScalarOffsets(pairText)
    let start = min(max(span.start, 0), unit.count)
    let end = min(max(span.end, start), unit.count)
    guard start < end else { return nil }
    let excerpt = unit.piece(start..<end)
    if let base = pair.firstOffset(of: Substring(unitText)), base + end <= pair.count,
      pair.piece((base + start)..<(base + end)).utf8.elementsEqual(excerpt.utf8)
    {
      return (base + start)..<(base + end)
    }
    if let base = pair.firstOffset(of: excerpt) { return base..<(base + end - start) }
    return nil
  }
}
