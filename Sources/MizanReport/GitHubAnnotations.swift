import Mizan

/// GitHub Actions workflow commands that put the gate's problems on the pull request's
/// "Files changed" view: `::error file=…,line=…::message` for every major or critical finding at
/// its hypothesis line, and one `::error` per failed gate check. Escaped as the Actions
/// toolkit does (`@actions/core` `escapeData` / `escapeProperty`): `%`, CR and LF in messages;
/// also `:` and `,` in property values such as the file name.
public struct GitHubAnnotations: Sendable {
  public var evaluation: Evaluation
  public var result: GateResult?
  /// Findings at or above this severity are annotated.
  public var minimumSeverity: Finding.Severity

  public init(_ evaluation: Evaluation, result: GateResult?, minimumSeverity: Finding.Severity = .major) {
    self.evaluation = evaluation
    self.result = result
    self.minimumSeverity = minimumSeverity
  }

  public var rendered: String {
    var lines: [String] = []
    for document in evaluation.documents {
      for finding in document.findings where finding.severity <= minimumSeverity {
        guard let span = finding.hypothesisSpan else { continue }
        let level = finding.severity == .critical || finding.severity == .major ? "error" : "warning"
        let properties = [
          "file=" + Self.escapeProperty(document.hypothesisPath),
          "line=\(span.line)",
          "col=\(span.start + 1)",
          "title=" + Self.escapeProperty("Mizan \(finding.severity.rawValue) \(finding.category.rawValue)"),
        ]
        lines.append("::\(level) \(properties.joined(separator: ","))::" + Self.escapeData(finding.explanation))
      }
    }
    for check in result?.failures ?? [] {
      lines.append(
        "::error title=" + Self.escapeProperty("Mizan gate: \(check.name)") + "::" + Self.escapeData(check.message))
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// A message: `%`, CR and LF.
  static func escapeData(_ text: String) -> String {
    text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  /// A property value: also `:` and `,`, which end the property.
  static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}
