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
