import Mizan

/// The gate's verdict as JUnit XML, which every CI system displays as tests: one test suite
/// for the batch and one per document; a test case per document ("evaluated") and per check.
/// A failed check's message names the document and the metric. Text is XML-escaped, so Arabic,
/// quotes and angle brackets in ids and messages cannot break the file.
public struct JUnitReport: Sendable {
  public var result: GateResult
  public var evaluation: Evaluation

  public init(_ result: GateResult, evaluation: Evaluation) {
    self.result = result
    self.evaluation = evaluation
  }

  public var rendered: String {
    var scopes: [String?] = [nil]
    for check in result.checks where !scopes.contains(check.document) { scopes.append(check.document) }
    let failures = result.failures.count
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<testsuites name=\"mizan gate\" tests=\"\(result.checks.count)\" failures=\"\(failures)\">\n"
    for scope in scopes {
      let checks = result.checks.filter { $0.document == scope }
      guard !checks.isEmpty else { continue }
      let suite = scope.map { "document \($0)" } ?? "batch"
      xml += "  <testsuite name=\"\(Self.escape(suite))\" tests=\"\(checks.count)\""
        + " failures=\"\(checks.filter { !$0.passed }.count)\">\n"
      for check in checks {
        xml += "    <testcase classname=\"mizan.gate.\(Self.escape(scope ?? "batch"))\" name=\"\(Self.escape(check.name))\""
        if check.passed {
          xml += ">\n      <system-out>\(Self.escape(check.message))</system-out>\n    </testcase>\n"
        } else {
          xml += ">\n      <failure message=\"\(Self.escape(check.message))\" type=\"\(check.kind.rawValue)\">"
            + "\(Self.escape(check.message))</failure>\n    </testcase>\n"
        }
      }
      xml += "  </testsuite>\n"
    }
    return xml + "</testsuites>\n"
  }

  /// XML text and attribute escaping; characters XML 1.0 forbids (most C0 controls) are dropped.
  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\n": out += "&#10;"
      case "\r": out += "&#13;"
      case "\t": out += "&#9;"
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
