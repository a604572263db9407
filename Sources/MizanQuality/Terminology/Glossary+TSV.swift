import MizanText

extension Glossary {
  /// Reads a tab-separated glossary (the `glossary.tsv` of a corpus).
  ///
  /// Lines starting with `#` and blank lines are skipped. The first other line is the header:
  /// `source`, `target`, then optionally `forbidden` and `kind`. In each row, `target` and
  /// `forbidden` hold `|`-separated alternatives; a missing kind means `term`.
  public init(tsvContentsOf path: String) throws(GlossaryError) {
    let file: TextFile
    do {
      file = try TextFile(contentsOf: path)
    } catch {
      throw GlossaryError(path: path, code: .unreadable(error))
    }
    try self.init(tsvLines: file.lines, path: path)
  }

  /// Parses the lines of a tab-separated glossary; `path` is used in errors only.
  public init(tsvLines lines: [String], path: String) throws(GlossaryError) {
    let allColumns = ["source", "target", "forbidden", "kind"]
    var columnCount: Int? = nil
    var entries: [GlossaryEntry] = []
    for (index, line) in lines.enumerated() {
      let lineNumber = index + 1
      if line.hasPrefix("#") || Whitespace.split(line).isEmpty { continue }
      // Runs of spaces inside a field are collapsed so "كوالا  لامبور" and "كوالا لامبور" agree.
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        Whitespace.split(String($0)).joined(separator: " ")
      }
      guard let expected = columnCount else {
        let header = fields.map { $0.lowercased() }
        guard header.count >= 2, header == Array(allColumns.prefix(header.count)) else {
          throw GlossaryError(path: path, code: .badHeader(line), line: lineNumber)
        }
        columnCount = header.count
        continue
      }
      guard fields.count == expected else {
        throw GlossaryError(
          path: path, code: .wrongColumnCount(expected: expected, found: fields.count), line: lineNumber)
      }
      guard !fields[0].isEmpty else { throw GlossaryError(path: path, code: .emptySource, line: lineNumber) }
      let approved = Self.alternatives(fields[1])
      guard !approved.isEmpty else { throw GlossaryError(path: path, code: .emptyTarget, line: lineNumber) }
      let forbidden = expected > 2 ? Self.alternatives(fields[2]) : []
      var kind = TermKind.term
      if expected > 3, !fields[3].isEmpty {
        guard let named = TermKind(rawValue: fields[3]) else {
          throw GlossaryError(path: path, code: .unknownKind(fields[3]), line: lineNumber)
        }
        kind = named
      }
      entries.append(GlossaryEntry(source: fields[0], approved: approved, forbidden: forbidden, kind: kind))
    }
    guard columnCount != nil else { throw GlossaryError(path: path, code: .missingHeader, line: nil) }
    self.init(entries: entries)
  }

  /// The non-empty `|`-separated alternatives of a field, trimmed.
  static func alternatives(_ field: String) -> [String] {
    field.split(separator: "|").map { Whitespace.split(String($0)).joined(separator: " ") }
      .filter { !$0.isEmpty }
  }
}
