/// One rule of the gate applied to the batch or to one document, and its outcome: a JUnit
/// test case, a line of the gate's printout, a row of the Markdown summary.
public struct GateCheck: Sendable, Codable, Hashable {
  /// What kind of rule.
  public enum Kind: String, Sendable, Codable, Hashable {
    case minimum, maximum, baselineDrop, evaluated
  }

  /// The document checked; nil for the batch.
  public var document: String?
  public var kind: Kind
  /// The metric or figure: "BLEU", "chrF2", "term accuracy", "major findings", …
  public var metric: String
  public var passed: Bool
  /// What was measured against what, in a sentence naming document and metric.
  public var message: String
  /// The paired bootstrap's p-value, for baseline checks.
  public var pValue: Double?

  public init(document: String?, kind: Kind, metric: String, passed: Bool, message: String, pValue: Double? = nil) {
    self.document = document
    self.kind = kind
    self.metric = metric
    self.passed = passed
    self.message = message
    self.pValue = pValue
  }

  /// "batch" or "document ID", for messages.
  public var scope: String { document.map { "document \($0)" } ?? "batch" }

  /// A short name for the check, e.g. "minimum BLEU", "BLEU drop from baseline".
  public var name: String {
    switch kind {
    case .minimum: return "minimum \(metric)"
    case .maximum: return "maximum \(metric)"
    case .baselineDrop: return "\(metric) drop from baseline"
    case .evaluated: return "evaluated"
    }
  }
}

/// The gate's verdict: every check, and notes on what could not be compared.
public struct GateResult: Sendable, Codable, Hashable {
  public var checks: [GateCheck]
  /// What the user should know but does not fail the gate: documents missing from the
  /// baseline, reference lines that changed since it, …
  public var notes: [String]

  public init(checks: [GateCheck], notes: [String]) {
    self.checks = checks
    self.notes = notes
  }

  public var passed: Bool { checks.allSatisfy(\.passed) }
  public var failures: [GateCheck] { checks.filter { !$0.passed } }
}
