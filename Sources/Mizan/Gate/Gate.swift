import Foundation

/// Decides whether an evaluation passes a `GatePolicy`, optionally against a baseline
/// evaluation (an earlier summary.json): the logic behind `mizan gate`, whose exit status is
/// 0 when `check(_:baseline:failures:).passed`, 1 otherwise.
///
/// ```swift
/// let result = Gate(policy: GatePolicy(baseline: GatePolicy.defaultBaseline)).check(current, baseline: old)
/// ```
public struct Gate: Sendable {
  public var policy: GatePolicy
  public var metrics = MetricSuite()

  public init(policy: GatePolicy) { self.policy = policy }

  /// Every check of the policy on `evaluation`; failed documents fail their "evaluated" check.
  public func check(_ evaluation: Evaluation, baseline: Evaluation? = nil) -> GateResult {
    var checks: [GateCheck] = []
    var notes: [String] = []
    for document in evaluation.documents {
      checks.append(
        GateCheck(
          document: document.id, kind: .evaluated, metric: "evaluation", passed: true,
          message: "\(document.id): evaluated, \(document.pairs.count) aligned pairs"))
    }
    for failure in evaluation.failures ?? [] {
      checks.append(
        GateCheck(
          document: failure.id, kind: .evaluated, metric: "evaluation", passed: false,
          message: "\(failure.id): could not be evaluated: \(failure.reason)"))
    }
    checks += thresholds(evaluation.totals, terminology: evaluation.terminology, document: nil)
    if policy.perDocument == true {
      for document in evaluation.documents {
        checks += thresholds(document.scores, terminology: document.terminology, document: document.id)
      }
    }
    checks += findingLimits(evaluation)
    if let baseline {
      let (comparisons, comparisonNotes) = compare(evaluation, with: baseline)
      checks += comparisons
      notes += comparisonNotes
    }
    return GateResult(checks: checks, notes: notes)
  }

  /// Minimum scores and terminology figures, maximum TER.
  func thresholds(_ scores: ScoreSet, terminology: TerminologyFigures?, document: String?) -> [GateCheck] {
    var checks: [GateCheck] = []
    let prefix = document.map { "\($0): " } ?? "batch: "
    func minimum(_ result: MetricResult, _ bound: Double?) {
      guard let bound else { return }
      let passed = result.score >= bound
      checks.append(
        GateCheck(
          document: document, kind: .minimum, metric: result.name, passed: passed,
          message: prefix + "\(result.name) \(Self.format(result.score)) "
            + (passed ? "≥" : "is below the minimum") + " \(Self.format(bound))"))
    }
    minimum(scores.bleu, policy.minimum?.bleu)
    minimum(scores.chrF, policy.minimum?.chrF)
    minimum(scores.chrFPlusPlus, policy.minimum?.chrFPlusPlus)
    if let bound = policy.maximum?.ter {
      let passed = scores.ter.score <= bound
      checks.append(
        GateCheck(
          document: document, kind: .maximum, metric: scores.ter.name, passed: passed,
          message: prefix + "TER \(Self.format(scores.ter.score)) " + (passed ? "≤" : "is above the maximum")
            + " \(Self.format(bound))"))
    }
    func figure(_ name: String, _ value: Double?, _ bound: Double?, missing: String) {
      guard let bound else { return }
      guard let value else {
        checks.append(
          GateCheck(document: document, kind: .minimum, metric: name, passed: false, message: prefix + "\(name): \(missing)"))
        return
      }
      let percent = value * 100
      let passed = percent >= bound
      checks.append(
        GateCheck(
          document: document, kind: .minimum, metric: name, passed: passed,
          message: prefix + "\(name) \(Self.format(percent))% " + (passed ? "≥" : "is below the minimum")
            + " \(Self.format(bound))%"))
    }
    figure(
      "term accuracy", terminology?.accuracy?.value, policy.minimum?.termAccuracy,
      missing: "cannot be measured (no glossary, or no glossary term in the references)")
    figure(
      "consistency", terminology?.consistency?.share, policy.minimum?.consistency,
      missing: "cannot be measured (no glossary, or no glossary term used twice)")
    return checks
  }

  /// Findings per severity over the batch.
  func findingLimits(_ evaluation: Evaluation) -> [GateCheck] {
    guard let limits = policy.maximum?.findings else { return [] }
    let findings = evaluation.documents.flatMap(\.findings)
    let bounds: [(Finding.Severity, Int?)] = [(.critical, limits.critical), (.major, limits.major), (.minor, limits.minor)]
    return bounds.compactMap { severity, bound in
      guard let bound else { return nil }
      let count = findings.filter { $0.severity == severity }.count
      let passed = count <= bound
      return GateCheck(
        document: nil, kind: .maximum, metric: "\(severity.rawValue) findings", passed: passed,
        message: "batch: \(count) \(severity.rawValue) finding(s)" + (passed ? ", at most" : ", more than the")
          + " \(bound) allowed")
    }
  }

  /// Two decimals, as the text report prints scores.
  static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
