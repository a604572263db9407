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
      let piece = HTMLText.escaped(String(offsets.piece(start..<end)))
      var inner = piece
      let token = owner[start]
      if token >= 0, token < marks.count, marks[token] != .equal {
        let mark = marks[token]
        inner = "<span class=\"w-\(mark.rawValue)\">\(piece)</span>"
      }
      if highlights.contains(where: { $0.range.contains(start) }) {
        let covering = highlights.filter { $0.range.contains(start) }
        let worst = covering.map(\.severity).min() ?? .minor
        let note = covering.map(\.note).joined(separator: "\n")
        inner = "<mark class=\"f sev-\(worst.rawValue)\" title=\"\(HTMLText.escaped(note))\">\(inner)</mark>"
      }
      html += inner
      for highlight in highlights where highlight.range.upperBound == end {
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
    let unit = Array(unitText.unicodeScalars)
    let pair = Array(pairText.unicodeScalars)
    let start = min(max(span.start, 0), unit.count)
    let end = min(max(span.end, start), unit.count)
    let excerpt = Array(unit[start..<end])
    guard !excerpt.isEmpty else { return nil }
    if let base = firstIndex(of: unit, in: pair), base + end <= pair.count,
      pair[(base + start)..<(base + end)].elementsEqual(excerpt)
    {
      return (base + start)..<(base + end)
    }
    if let base = firstIndex(of: excerpt, in: pair) { return base..<(base + excerpt.count) }
    return nil
  }

  /// The first offset at which `needle` occurs in `haystack`.
  static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
    guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
    for index in 0...(haystack.count - needle.count)
    where haystack[index] == needle[0] && haystack[index..<(index + needle.count)].elementsEqual(needle) {
      return index
    }
    return nil
  }
}
