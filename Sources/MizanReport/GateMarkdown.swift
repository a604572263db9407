import Mizan

/// The gate's verdict as GitHub-flavoured Markdown for `$GITHUB_STEP_SUMMARY`: the verdict,
/// the batch scores, every check with ✅ or ❌, notes, and a table of documents.
public struct GateMarkdown: Sendable {
  public var result: GateResult
  public var evaluation: Evaluation

  public init(_ result: GateResult, evaluation: Evaluation) {
    self.result = result
    self.evaluation = evaluation
  }

  public var rendered: String {
    var text = "## Mizan gate: " + (result.passed ? "passed ✅" : "failed ❌") + "\n\n"
    let documents = evaluation.documents.count
    let failed = evaluation.failures?.count ?? 0
    text += "\(documents) document(s) evaluated" + (failed > 0 ? ", \(failed) failed" : "") + ".\n\n"
    text += "| Metric | Score | Signature |\n|---|---:|---|\n"
    for score in evaluation.totals.all {
      text += "| \(score.name) | \(Fixed.format(score.score, decimals: 2)) | `\(Self.cell(score.signature))` |\n"
    }
    text += "\n### Checks\n\n| | Scope | Check | Detail |\n|---|---|---|---|\n"
    for check in result.checks where check.kind != .evaluated || !check.passed {
      text += "| \(check.passed ? "✅" : "❌") | \(Self.cell(check.scope)) | \(Self.cell(check.name)) | "
        + "\(Self.cell(check.message)) |\n"
    }
    if !result.notes.isEmpty {
      text += "\n### Notes\n\n" + result.notes.map { "- " + Self.cell($0) + "\n" }.joined()
    }
    if documents > 0 {
      text += "\n### Documents\n\n| Document | BLEU | chrF2 | TER | Major+ findings |\n|---|---:|---:|---:|---:|\n"
      for document in evaluation.documents {
        let serious = document.findings.filter { $0.severity <= .major }.count
        text += "| \(Self.cell(document.id)) | \(Fixed.format(document.scores.bleu.score, decimals: 2)) | "
          + "\(Fixed.format(document.scores.chrF.score, decimals: 2)) | "
          + "\(Fixed.format(document.scores.ter.score, decimals: 2)) | \(serious) |\n"
      }
    }
    return text
  }

  /// Table cell text: pipes escaped, line breaks flattened, HTML's angle brackets neutralised.
  static func cell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
      .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
  }
}
