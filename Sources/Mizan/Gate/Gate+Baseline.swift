import Foundation

extension Gate {
  /// One metric's comparison: which statistics it reads and the limit on its drop.
  private struct Rule {
    var name: String
    var maxDrop: Double
    var test: ([PairStatistics], [PairStatistics]) -> (baseline: Double, current: Double, pValue: Double)
    var higherIsBetter: Bool
  }

  /// Baseline drop checks for each document present in both runs and, for a batch of several
  /// documents, for the batch: a drop fails only when it exceeds the policy's limit and the
  /// paired bootstrap test (sacreBLEU's, same seed and draws) finds it significant.
  func compare(_ evaluation: Evaluation, with baseline: Evaluation) -> (checks: [GateCheck], notes: [String]) {
    let rule = policy.baseline ?? GatePolicy.defaultBaseline
    let alpha = rule.significance ?? GatePolicy.defaultSignificance
    let test = PairedSignificance(.bootstrap(resamples: rule.resamples ?? 1000))
    func run<M: Metric>(_ metric: M, _ key: KeyPath<PairStatistics, M.Statistics>)
      -> ([PairStatistics], [PairStatistics]) -> (baseline: Double, current: Double, pValue: Double)
    {
      { old, new in
        let results = test.compare(metric, systems: [old.map { $0[keyPath: key] }, new.map { $0[keyPath: key] }])
        return (results.first?.score ?? 0, results.last?.score ?? 0, results.last?.pValue ?? 1)
      }
    }
    var notes: [String] = []
    let limits = rule.maxDrop
    let rules: [Rule] = [
      limits.bleu.map { Rule(name: metrics.bleu.name, maxDrop: $0, test: run(metrics.bleu, \.bleu), higherIsBetter: true) },
      limits.chrF.map { Rule(name: metrics.chrF.name, maxDrop: $0, test: run(metrics.chrF, \.chrF), higherIsBetter: true) },
      limits.chrFPlusPlus.map {
        Rule(name: metrics.chrFPlusPlus.name, maxDrop: $0, test: run(metrics.chrFPlusPlus, \.chrFPlusPlus), higherIsBetter: true)
      },
      limits.ter.map { Rule(name: metrics.ter.name, maxDrop: $0, test: run(metrics.ter, \.ter), higherIsBetter: false) },
    ].compactMap { $0 }

    var checks: [GateCheck] = []
    let matching = BaselineMatching(metrics: metrics)
    var baselineDocuments = Dictionary(baseline.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    // One document against one: compared whatever their ids (a corpus copied to another folder).
    if evaluation.documents.count == 1, baseline.documents.count == 1, let only = baseline.documents.first,
      let current = evaluation.documents.first, current.id != only.id
    {
      baselineDocuments = [current.id: only]
      notes.append("\(current.id): compared with the baseline's only document, \(only.id)")
    }
    var all: [BaselineMatching.Segment] = []
    var compared = 0
    for document in evaluation.documents {
      guard let old = baselineDocuments[document.id] else {
        notes.append("\(document.id): not in the baseline; no drop check")
        continue
      }
      let (segments, documentNotes) = matching.segments(baseline: old, current: document)
      notes += documentNotes
      guard !segments.isEmpty else { continue }
      compared += 1
      all += segments
      checks += rules.map { check($0, segments, document: document.id, alpha: alpha) }
    }
    let matched = Set(baselineDocuments.filter { id, _ in evaluation.documents.contains { $0.id == id } }.values.map(\.id))
    for document in baseline.documents where !matched.contains(document.id) {
      notes.append("\(document.id): in the baseline but not in this run; left out of the comparison")
    }
    if compared > 1 { checks += rules.map { check($0, all, document: nil, alpha: alpha) } }
    return (checks, notes)
  }

  private func check(_ rule: Rule, _ segments: [BaselineMatching.Segment], document: String?, alpha: Double) -> GateCheck {
    let outcome = rule.test(segments.map(\.baseline), segments.map(\.current))
    let drop = rule.higherIsBetter ? outcome.baseline - outcome.current : outcome.current - outcome.baseline
    let significant = outcome.pValue < alpha
    let failed = drop > rule.maxDrop && significant
    let scope = document ?? "batch"
    let change = drop > 0 ? "\(rule.higherIsBetter ? "dropped" : "rose") \(Self.format(drop)) points" : "did not drop"
    let p = String(format: "p = %.4f", outcome.pValue)
    let verdict: String
    if failed {
      verdict = "significant (\(p) < \(alpha)), more than the \(Self.format(rule.maxDrop)) allowed"
    } else if drop > rule.maxDrop {
      verdict = "not significant (\(p) ≥ \(alpha))"
    } else {
      verdict = "within the \(Self.format(rule.maxDrop)) allowed (\(p))"
    }
    return GateCheck(
      document: document, kind: .baselineDrop, metric: rule.name, passed: !failed,
      message: "\(scope): \(rule.name) \(change) from the baseline "
        + "(\(Self.format(outcome.baseline)) → \(Self.format(outcome.current)) over \(segments.count) paired segments); "
        + verdict,
      pValue: outcome.pValue)
  }
}
