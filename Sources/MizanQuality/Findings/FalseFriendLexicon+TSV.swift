import MizanText

extension FalseFriendLexicon {
  /// Reads a tab-separated lexicon: `#` comments and blank lines skipped, a header
  /// `source wrong right` (optionally `note`), then one entry a row with `|`-separated renderings.
  public init(tsvContentsOf path: String) throws(LexiconError) {
    let file: TextFile
    do {
      file = try TextFile(contentsOf: path)
    } catch {
      throw LexiconError(path: path, code: .unreadable(error))
    }
    try self.init(tsvLines: file.lines, path: path)
  }

  /// Parses the lines of a tab-separated lexicon; `path` is used in errors only.
  public init(tsvLines lines: [String], path: String) throws(LexiconError) {
    let columns = ["source", "wrong", "right", "note"]
    var columnCount: Int? = nil
    var entries: [FalseFriend] = []
    for (index, line) in lines.enumerated() {
      if line.hasPrefix("#") || Whitespace.split(line).isEmpty { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        Whitespace.split(String($0)).joined(separator: " ")
      }
      guard let expected = columnCount else {
        let header = fields.map { $0.lowercased() }
        guard header.count >= 3, header == Array(columns.prefix(header.count)) else {
          throw LexiconError(path: path, code: .badHeader(line), line: index + 1)
        }
        columnCount = header.count
        continue
      }
      guard fields.count == expected else {
        throw LexiconError(path: path, code: .wrongColumnCount(expected: expected, found: fields.count), line: index + 1)
      }
      let wrong = Glossary.alternatives(fields[1])
      let right = Glossary.alternatives(fields[2])
      guard !fields[0].isEmpty, !wrong.isEmpty, !right.isEmpty else {
        throw LexiconError(path: path, code: .incompleteEntry, line: index + 1)
      }
      entries.append(FalseFriend(source: fields[0], wrong: wrong, right: right, note: expected > 3 ? fields[3] : ""))
    }
    guard columnCount != nil else { throw LexiconError(path: path, code: .missingHeader) }
    self.init(entries: entries)
  }

  /// The English→Arabic lexicon shipped in Corpora/lexicons/false-friends.tsv, compiled in so the
  /// tool needs no data files; a test keeps the two equal.
  public static let englishArabic: FalseFriendLexicon = {
    let lines = FalseFriendLexicon.englishArabicTSV.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    return (try? FalseFriendLexicon(tsvLines: lines, path: "false-friends.tsv")) ?? .empty
  }()
}
