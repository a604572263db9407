import Mizan
import Testing
@testable import MizanReport

@Suite struct EvaluationTextTests {
  @Test func marksTheSpanInItsContext() {
    let text = "عقدوا تبادلًا جوهريًا وفرنكًا للآراء"
    // «فرنكًا» starts after "و" at scalar 23 and is 6 scalars long (tanween is a scalar of its own).
    let span = Finding.Span(line: 15, start: 23, end: 29)
    #expect(EvaluationText.marked(text, span, context: 5) == "…يًا و⟦فرنكًا⟧ للآر…")
    #expect(EvaluationText.marked("abc", Finding.Span(line: 1, start: 1, end: 99)) == "a⟦bc⟧")
  }

  /// Across a batch, a mistake repeated in every document is one line with its count and first
  /// places, not one line (or one line number) per document.
  @Test func batchTerminologyCountsRepeatsAndNamesTheirDocuments() {
    func at(_ document: String, _ line: Int, _ text: String) -> Occurrence {
      Occurrence(document: document, line: line, start: 0, end: text.unicodeScalars.count, text: text)
    }
    let documents = ["doc-1", "doc-2", "doc-3", "doc-4", "doc-5"]
    let forbidden = documents.flatMap { document in
      [5, 27].map {
        ForbiddenRendering(
          occurrence: at(document, $0, "كوالا لامبور"), source: "Kuala Lumpur", rendering: "كوالا لامبور",
          approved: ["كوالالمبور"])
      }
    } + [
      ForbiddenRendering(occurrence: at("doc-2", 15, "وفرنكًا"), source: "frank", rendering: "فرنكًا", approved: ["صريح"])
    ]
    let inconsistency = Inconsistency(
      term: "Sergei Ryabkov", basis: .glossary,
      renderings: [
        RenderingUse(form: "رايابكوف", occurrences: documents.map { at($0, 19, "رايابكوف") }),
        RenderingUse(form: "ريابكوف", occurrences: [at("doc-1", 21, "ريابكوف")]),
      ])
    let figures = TerminologyFigures(
      accuracy: nil, forbidden: forbidden, consistency: nil, variants: [], inconsistencies: [inconsistency])
    let text = EvaluationText(ReportFixtures.batch).terminology(figures, acrossDocuments: true)
    #expect(
      text == """
        terminology: 11 forbidden rendering(s), 1 inconsistenc(ies)
          forbidden  كوالا لامبور for Kuala Lumpur (approved: كوالالمبور): 10 times: doc-1:5, doc-1:27, doc-2:5 and 7 more
          forbidden  وفرنكًا for frank (approved: صريح): once: doc-2:15
          inconsistent  Sergei Ryabkov: رايابكوف (5 times: doc-1:19, doc-2:19, doc-3:19 and 2 more) vs ريابكوف (once: doc-1:21)

        """)
    // One document keeps its line-by-line listing.
    let single = EvaluationText(ReportFixtures.batch).terminology(figures)
    #expect(single.contains("  forbidden  line 27: كوالا لامبور for Kuala Lumpur (approved: كوالالمبور)\n"))
    #expect(single.contains("رايابكوف (line 19,19,19,19,19) vs ريابكوف (line 21)"))
  }

  @Test func excerptCutsLongLines() {
    #expect(EvaluationText.excerpt("abcdef", scalars: 3) == "abc…")
    #expect(EvaluationText.excerpt("abc", scalars: 3) == "abc")
  }
}

@Suite struct AlignmentTableTests {
  typealias Row = AlignmentTable.Row

  static func row(_ hypothesis: [Int], _ reference: [Int]) -> Row {
    Row(
      hypothesisLines: hypothesis, referenceLines: reference, hypothesisSentences: [], referenceSentences: [],
      similarity: nil, bead: "\(hypothesis.count)-\(reference.count)", note: nil)
  }

  @Test func hypothesisOnlyRowsSitBetweenTheirNeighbours() {
    let rows = [Self.row([1], [3]), Self.row([5], [9]), Self.row([3], []), Self.row([], [1]), Self.row([], [7])]
    let ordered = AlignmentTable.inDocumentOrder(rows).map { ($0.hypothesisLines, $0.referenceLines) }
    #expect(ordered.map(\.0) == [[], [1], [3], [], [5]])
    #expect(ordered.map(\.1) == [[1], [3], [], [7], [9]])
  }
}
