/// The `fancy_grid` table of the `tabulate` package (0.10, without wcwidth), as sacreBLEU prints
/// multi-system results: the first column right-aligned, the others centered, cells that
/// contain newlines spread over several lines, top-aligned.
struct FancyGrid {
  /// Column titles.
  var headers: [String]
  /// Rows of cells, each row as long as `headers`.
  var rows: [[String]]

  /// Python's `len`: code points.
  private static func length(_ text: Substring) -> Int { text.unicodeScalars.count }

  /// Python's `format(text, "^width")`: the extra space goes to the right.
  private static func centered(_ text: Substring, _ width: Int) -> String {
    let padding = max(0, width - length(text))
    return String(repeating: " ", count: padding / 2) + text
      + String(repeating: " ", count: padding - padding / 2)
  }

  private static func rightAligned(_ text: Substring, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - length(text))) + text
  }

  func rendered() -> String {
    let lines = rows.map { $0.map { $0.split(separator: "\n", omittingEmptySubsequences: false) } }
    // tabulate's minimum width: the header plus 2.
    let widths = headers.indices.map { column in
      lines.reduce(Self.length(headers[column][...]) + 2) { widest, row in
        row[column].reduce(widest) { max($0, Self.length($1)) }
      }
    }
    func border(_ left: String, _ fill: String, _ middle: String, _ right: String) -> String {
      left + widths.map { String(repeating: fill, count: $0 + 2) }.joined(separator: middle) + right
    }
    func line(_ cells: [Substring]) -> String {
      let aligned = cells.enumerated().map { column, cell in
        column == 0 ? Self.rightAligned(cell, widths[column]) : Self.centered(cell, widths[column])
      }
      return "│ " + aligned.joined(separator: " │ ") + " │"
    }
    var output = [border("╒", "═", "╤", "╕"), line(headers.map { $0[...] }), border("╞", "═", "╪", "╡")]
    for (index, row) in lines.enumerated() {
      let height = row.map(\.count).max() ?? 1
      for level in 0..<height {
        output.append(line(row.map { level < $0.count ? $0[level] : "" }))
      }
      output.append(index + 1 < lines.count ? border("├", "─", "┼", "┤") : border("╘", "═", "╧", "╛"))
    }
    return output.joined(separator: "\n")
  }
}
