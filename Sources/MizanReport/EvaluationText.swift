import Mizan

/// The evaluation as `mizan evaluate` prints it on a terminal: scores with signatures, raw and
/// normalized; terminology; findings most severe first; what stayed unaligned. Plain text,
/// deterministic, no color.
public struct EvaluationText: Sendable {
  public var evaluation: Evaluation
  /// Findings below this severity are left out (`--min-severity`).
  public var minimumSeverity: Finding.Severity

  public init(_ evaluation: Evaluation, minimumSeverity: Finding.Severity = .minor) {
    self.evaluation = evaluation
    self.minimumSeverity = minimumSeverity
  }

  public var rendered: String {
    var text = ""
    // Sections are independent and a batch prints thousands: rendered on all cores, joined in
    // batch order.
    let documents = evaluation.documents
    let sections = ParallelMap.map(documents.count, chunk: 8, { section(documents[$0]) })
    text.reserveCapacity(sections.reduce(0) { $0 + $1.utf8.count } + 4096)
    for section in sections {
      text += section
    }
    if evaluation.documents.count > 1 {
      text += "== batch: \(evaluation.documents.count) documents\n"
      text += scores(evaluation.totals, normalized: evaluation.normalizedTotals)
      if let terminology = evaluation.terminology { text += self.terminology(terminology, acrossDocuments: true) }
    }
    return text
  }

  func section(_ document: DocumentEvaluation) -> String {
    let figures = ReportFigures(document)
    var text = "== \(document.id): \(document.hypothesisPath) vs \(document.referencePath)\n"
    text += "\(figures.pairs) aligned pairs; unaligned: \(figures.omissions) omission, "
      + "\(figures.additions) addition, \(figures.boilerplate) boilerplate line(s)\n"
    text += scores(document.scores, normalized: document.normalizedScores)
    if let terminology = document.terminology { text += self.terminology(terminology) }
    text += findings(document, figures: figures)
    text += unaligned(document)
    return text + "\n"
  }

  func scores(_ raw: ScoreSet, normalized: ScoreSet?) -> String {
    var text = ""
    for (index, result) in raw.all.enumerated() {
      var line = "  " + result.name.padding(toLength: 8, withPad: " ", startingAt: 0)
        + Fixed.format(result.score, decimals: 2)
      if let confidence = result.confidence {
        line += " (μ = \(Fixed.format(confidence.mean, decimals: 2)) ± \(Fixed.format(confidence.halfWidth, decimals: 2)))"
      }
      if let normalized {
        line += "   normalized \(Fixed.format(normalized.all[index].score, decimals: 2))"
      }
      text += line + "   " + result.signature + "\n"
    }
    if let normalized, let field = normalized.bleu.signature.split(separator: "|").first(where: { $0.hasPrefix("orth:") }) {
      text += "  normalized: \(field)\n"
    }
    return text
  }

  /// The terminology figures and every forbidden rendering and inconsistency. Across a batch's
  /// documents the same mistake recurs in many places, so each is printed once with its count
  /// and first places (`doc-0001:15`); the document sections above list them all.
  func terminology(_ figures: TerminologyFigures, acrossDocuments: Bool = false) -> String {
    var parts: [String] = []
    if let accuracy = figures.accuracy {
      let value = accuracy.value.map { Fixed.format($0 * 100, decimals: 1) + "%" } ?? "n/a"
      parts.append("term accuracy \(value) (\(accuracy.rendered)/\(accuracy.expected))")
    }
    if let consistency = figures.consistency, let share = consistency.share {
      parts.append(
        "rendered one way \(Fixed.format(share * 100, decimals: 1))%"
          + " (\(consistency.termsRenderedOneWay)/\(consistency.termsUsedMoreThanOnce))")
    }
    parts.append("\(figures.forbidden.count) forbidden rendering(s)")
    parts.append("\(figures.inconsistencies.count) inconsistenc(ies)")
    var text = "terminology: " + parts.joined(separator: ", ") + "\n"
    if acrossDocuments {
      var groups: [String: [ForbiddenRendering]] = [:]
      var order: [String] = []
      for forbidden in figures.forbidden {
        let key = forbidden.occurrence.text + "\u{0}" + forbidden.source
        if groups[key] == nil { order.append(key) }
        groups[key, default: []].append(forbidden)
      }
      for key in order {
        guard let group = groups[key], let first = group.first else { continue }
        text += "  forbidden  \(first.occurrence.text) for \(first.source)"
          + " (approved: \(first.approved.joined(separator: " | "))): " + Self.places(group.map(\.occurrence)) + "\n"
      }
    } else {
      for forbidden in figures.forbidden {
        text += "  forbidden  line \(forbidden.occurrence.line): \(forbidden.occurrence.text) for \(forbidden.source)"
          + " (approved: \(forbidden.approved.joined(separator: " | ")))\n"
      }
    }
    for inconsistency in figures.inconsistencies {
      let forms = inconsistency.renderings.map { use in
        acrossDocuments
          ? "\(use.form) (\(Self.places(use.occurrences)))"
          : "\(use.form) (line \(use.occurrences.map { String($0.line) }.joined(separator: ",")))"
      }
      text += "  inconsistent  \(inconsistency.term): " + forms.joined(separator: " vs ") + "\n"
    }
    return text
  }

  /// Where occurrences in several documents are: "3 times: doc-a:5, doc-b:5, doc-c:27", the
  /// first `shown` places and how many more.
  static func places(_ occurrences: [Occurrence], shown: Int = 3) -> String {
    let listed = occurrences.prefix(shown).map { "\($0.document):\($0.line)" }.joined(separator: ", ")
    let more = occurrences.count > shown ? " and \(occurrences.count - shown) more" : ""
    return (occurrences.count == 1 ? "once: " : "\(occurrences.count) times: ") + listed + more
  }

  func findings(_ document: DocumentEvaluation, figures: ReportFigures) -> String {
    let shown = document.findings.filter { $0.severity <= minimumSeverity }
    var text = "findings: \(figures.findings) ("
      + figures.bySeverity.map { "\($0.count) \($0.severity.rawValue)" }.joined(separator: ", ") + ")"
    if let penalty = figures.penaltyPer100Words { text += ", MQM penalty \(Fixed.format(penalty, decimals: 2)) per 100 words" }
    text += "\n"
    for finding in shown {
      let line = finding.hypothesisSpan.map { "hyp \($0.line)" } ?? finding.referenceSpan.map { "ref \($0.line)" } ?? ""
      text += "  [\(finding.severity.rawValue)] \(finding.category.rawValue) \(line): \(finding.explanation)\n"
      if let span = finding.hypothesisSpan {
        text += "      hyp: " + Self.marked(finding.hypothesisText, span) + "\n"
      }
      if let span = finding.referenceSpan, let reference = finding.referenceText {
        text += "      ref: " + Self.marked(reference, span) + "\n"
      }
    }
    return text
  }

  /// The span in its context, marked with ⟦ ⟧ so it shows in any terminal and in RTL text.
  static func marked(_ text: String, _ span: Finding.Span, context: Int = 30) -> String {
    let scalars = ScalarOffsets(text)
    let start = max(0, min(span.start, scalars.count))
    let end = max(start, min(span.end, scalars.count))
    let from = max(0, start - context)
    let to = min(scalars.count, end + context)
    return (from > 0 ? "…" : "") + scalars.piece(from..<start) + "⟦" + scalars.piece(start..<end) + "⟧"
      + scalars.piece(end..<to) + (to < scalars.count ? "…" : "")
  }

  func unaligned(_ document: DocumentEvaluation) -> String {
    var text = ""
    for line in document.unaligned {
      let side = line.side == .hypothesis ? "hyp" : "ref"
      text += "  unaligned \(side) \(line.line) [\(line.kind.rawValue)] \(line.reason): \(Self.excerpt(line.text))\n"
    }
    return text
  }

  /// The first words of a long line.
  static func excerpt(_ text: String, scalars: Int = 60) -> String {
    let prefix = ScalarOffsets.piece(of: text, from: 0, to: scalars)
    return prefix.endIndex == text.endIndex ? text : String(prefix) + "…"
  }
}
