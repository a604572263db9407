import Mizan

/// The CSV tables of a report, for spreadsheets and scripts: `segments.csv` (one row per
/// aligned pair), `findings.csv` (one row per finding) and `documents.csv` (one row per
/// document). Columns are fixed whatever the evaluation holds (an absent value is an empty
/// cell), so a script can rely on them; user text is neutralized by `CSVTable`.
///
/// Column reference: docs/reports.md.
public enum ReportTables {
  /// One row per aligned pair, in document order.
  public static func segments(_ evaluation: Evaluation) -> CSVTable {
    var table = CSVTable(header: [
      "document", "pair", "hypothesis lines", "reference lines", "hypothesis", "reference",
      "BLEU", "chrF", "chrF++", "TER", "findings",
    ])
    for document in evaluation.documents {
      for pair in document.pairs {
        let scores = pair.sentenceScores
        table.append([
          .text(document.id), .integer(pair.index), .text(lineList(pair.hypothesisLines)),
          .text(lineList(pair.referenceLines)), .text(pair.hypothesis), .text(pair.reference),
          .fixed(scores.bleu), .fixed(scores.chrF), .fixed(scores.chrFPlusPlus), .fixed(scores.ter),
          .integer(findingCount(of: pair, in: document)),
        ])
      }
    }
    return table
  }

  /// One row per finding, documents in batch order, findings in the order the evaluation lists
  /// them (most severe first).
  public static func findings(_ evaluation: Evaluation) -> CSVTable {
    var table = CSVTable(header: [
      "id", "document", "category", "severity", "confidence",
      "hypothesis line", "reference line", "hypothesis span", "reference span",
      "hypothesis excerpt", "reference excerpt", "hypothesis text", "reference text", "explanation",
    ])
    for document in evaluation.documents {
      for finding in document.findings {
        table.append([
          .text(finding.id), .text(finding.document), .text(finding.category.rawValue),
          .text(finding.severity.rawValue), .fixed(finding.confidence),
          optionalInteger(finding.hypothesisSpan?.line), optionalInteger(finding.referenceSpan?.line),
          .text(spanText(finding.hypothesisSpan)), .text(spanText(finding.referenceSpan)),
          .text(finding.hypothesisSpan == nil ? "" : HTMLReport.excerpt(finding.hypothesisSpan, of: finding.hypothesisText)),
          .text(
            finding.referenceSpan == nil ? "" : HTMLReport.excerpt(finding.referenceSpan, of: finding.referenceText ?? "")),
          .text(finding.hypothesisText), .text(finding.referenceText ?? ""), .text(finding.explanation),
        ])
      }
    }
    return table
  }

  /// One row per document: raw and normalized corpus scores, counts and the MQM penalty.
  public static func documents(_ evaluation: Evaluation) -> CSVTable {
    var table = CSVTable(header: [
      "document", "hypothesis path", "reference path", "pairs", "hypothesis words",
      "BLEU", "chrF", "chrF++", "TER",
      "normalized BLEU", "normalized chrF", "normalized chrF++", "normalized TER",
      "omissions", "additions", "boilerplate", "findings", "critical", "major", "minor",
      "MQM penalty per 100 words", "term accuracy", "terms rendered one way", "forbidden renderings",
    ])
    for document in evaluation.documents {
      let figures = ReportFigures(document)
      let scores = document.scores
      let normalized = document.normalizedScores
      var row: [CSVTable.Cell] = [
        .text(document.id), .text(document.hypothesisPath), .text(document.referencePath),
        .integer(figures.pairs), .integer(figures.hypothesisWords),
      ]
      row += scores.all.map { .fixed($0.score) }
      row += normalized.map { $0.all.map { CSVTable.Cell.fixed($0.score) } } ?? Array(repeating: .number(""), count: 4)
      row += [
        .integer(figures.omissions), .integer(figures.additions), .integer(figures.boilerplate),
        .integer(figures.findings), .integer(figures.count(.critical)), .integer(figures.count(.major)),
        .integer(figures.count(.minor)), figures.penaltyPer100Words.map { .fixed($0) } ?? .number(""),
        document.terminology?.accuracy?.value.map { .fixed($0) } ?? .number(""),
        document.terminology?.consistency?.share.map { .fixed($0) } ?? .number(""),
        document.terminology.map { .integer($0.forbidden.count) } ?? .number(""),
      ]
      table.append(row)
    }
    return table
  }

  /// Findings pointing into a pair (by hypothesis or reference line), as the HTML counts them.
  static func findingCount(of pair: PairEvaluation, in document: DocumentEvaluation) -> Int {
    document.findings.count(where: { $0.points(into: pair) })
  }

  /// Lines as "3" or "3 4": space-separated so the cell needs no quoting and never starts
  /// with a sign a spreadsheet would read as a formula.
  static func lineList(_ lines: [Int]) -> String {
    lines.map(String.init).joined(separator: " ")
  }

  /// A span as "line:start-end" (scalar offsets, end exclusive); empty when absent.
  static func spanText(_ span: Finding.Span?) -> String {
    span.map { "\($0.line):\($0.start)-\($0.end)" } ?? ""
  }

  static func optionalInteger(_ value: Int?) -> CSVTable.Cell {
    value.map { .integer($0) } ?? .number("")
  }
}
