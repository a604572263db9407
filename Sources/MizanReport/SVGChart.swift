/// Small inline-SVG charts for the HTML report: no library, no fetch, scaled by `viewBox` so
/// they fit a phone and a laptop alike. Colours come from CSS classes, so the page's palette
/// stays in one place (`HTMLReport+Style.swift`). Labels are escaped: document names are
/// user text.
enum SVGChart {
  /// One stacked piece of a bar.
  struct Segment: Sendable {
    var value: Double
    /// CSS class giving the fill, e.g. "sev-major" or "band-bad".
    var style: String
    /// Tooltip text.
    var title: String
  }

  /// One labelled bar, possibly stacked.
  struct Bar: Sendable {
    var label: String
    var segments: [Segment]
    /// Printed at the end of the bar.
    var valueText: String
  }

  /// Horizontal bars for right-to-left reading: labels on the right, bars growing leftwards.
  static func horizontalBars(_ bars: [Bar], maximum: Double, title: String, width: Double = 640) -> String {
    let rowHeight = 26.0
    let labelWidth = 170.0
    let valueWidth = 56.0
    let height = Double(max(bars.count, 1)) * rowHeight + 8
    let barRight = width - labelWidth - 8
    let scale = maximum > 0 ? (barRight - valueWidth) / maximum : 0
    var svg = open(width: width, height: height, title: title)
    for (row, bar) in bars.enumerated() {
      let y = 4 + Double(row) * rowHeight
      svg += "<text class=\"axis-label\" x=\"\(f(width - 4))\" y=\"\(f(y + 17))\" text-anchor=\"end\">"
      svg += "\(HTMLText.escaped(truncated(bar.label, to: 26)))<title>\(HTMLText.escaped(bar.label))</title></text>"
      svg += "<rect class=\"track\" x=\"\(f(valueWidth))\" y=\"\(f(y + 4))\" width=\"\(f(barRight - valueWidth))\" height=\"16\" rx=\"3\"/>"
      var right = barRight
      for segment in bar.segments where segment.value > 0 {
        let length = segment.value * scale
        svg += "<rect class=\"\(segment.style)\" x=\"\(f(right - length))\" y=\"\(f(y + 4))\" width=\"\(f(length))\" "
        svg += "height=\"16\" rx=\"3\"><title>\(HTMLText.escaped(segment.title))</title></rect>"
        right -= length
      }
      svg += "<text class=\"value-label\" x=\"\(f(right - 6))\" y=\"\(f(y + 17))\" text-anchor=\"end\">"
      svg += "\(HTMLText.escaped(bar.valueText))</text>"
    }
    return svg + "</svg>"
  }

  /// A histogram of counts over equal-width bins of a 0–100 score, axis left to right as
  /// numeric axes are printed in Arabic statistics too.
  static func histogram(counts: [Int], binWidth: Int, title: String) -> String {
    let width = 640.0
    let height = 220.0
    let left = 36.0
    let bottom = 28.0
    let top = 16.0
    let plotWidth = width - left - 8
    let plotHeight = height - bottom - top
    let peak = Double(max(counts.max() ?? 0, 1))
    let slot = plotWidth / Double(max(counts.count, 1))
    var svg = open(width: width, height: height, title: title)
    svg += "<line class=\"axis\" x1=\"\(f(left))\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(width - 8))\" y2=\"\(f(top + plotHeight))\"/>"
    for tick in Set([0, Int(peak) / 2, Int(peak)]).sorted() {
      let y = top + plotHeight - Double(tick) / peak * plotHeight
      svg += "<text class=\"axis-label\" x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(tick)</text>"
      svg += "<line class=\"grid\" x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(width - 8))\" y2=\"\(f(y))\"/>"
    }
    for (bin, count) in counts.enumerated() {
      let x = left + Double(bin) * slot
      let barHeight = Double(count) / peak * plotHeight
      let low = bin * binWidth
      let style = "band-" + HTMLReport.band(Double(low) + Double(binWidth) / 2)
      svg += "<rect class=\"\(style)\" x=\"\(f(x + 3))\" y=\"\(f(top + plotHeight - barHeight))\" "
      svg += "width=\"\(f(slot - 6))\" height=\"\(f(barHeight))\" rx=\"2\">"
      svg += "<title>\(low)–\(low + binWidth): \(count)</title></rect>"
      if count > 0 {
        svg += "<text class=\"value-label\" x=\"\(f(x + slot / 2))\" y=\"\(f(top + plotHeight - barHeight - 4))\" "
        svg += "text-anchor=\"middle\">\(count)</text>"
      }
      svg += "<text class=\"axis-label\" x=\"\(f(x))\" y=\"\(f(height - 10))\" text-anchor=\"middle\">\(low)</text>"
    }
    svg += "<text class=\"axis-label\" x=\"\(f(width - 8))\" y=\"\(f(height - 10))\" text-anchor=\"end\">"
    svg += "\(counts.count * binWidth)</text>"
    return svg + "</svg>"
  }

  private static func open(width: Double, height: Double, title: String) -> String {
    "<svg class=\"chart\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" direction=\"ltr\" "
      + "preserveAspectRatio=\"xMidYMid meet\">"
      + "<title>\(HTMLText.escaped(title))</title>"
  }

  /// Coordinates with one decimal, locale-free, for byte-identical output.
  private static func f(_ value: Double) -> String { Fixed.format(value, decimals: 1) }

  private static func truncated(_ text: String, to length: Int) -> String {
    text.count > length ? String(text.prefix(length - 1)) + "…" : text
  }
}
