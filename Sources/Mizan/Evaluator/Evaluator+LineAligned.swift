import MizanAlign
import MizanText

extension Evaluator {
  /// The alignment of two editions that are already parallel line by line, as sacreBLEU reads
  /// its inputs: line i of the hypothesis with line i of the reference, one 1-1 pair a line.
  /// A line blank on one side only is left unaligned (an addition or an omission) rather than
  /// scored against nothing, so the pairs stay the lines both editions have.
  static func lineAlignment(hypothesis: Document, reference: Document) -> Alignment {
    var hypothesisByLine: [Int: Int] = [:]
    for (index, paragraph) in hypothesis.paragraphs.enumerated() { hypothesisByLine[paragraph.line] = index }
    var referenceByLine: [Int: Int] = [:]
    for (index, paragraph) in reference.paragraphs.enumerated() { referenceByLine[paragraph.line] = index }
    var beads: [Bead] = []
    var unaligned: [UnalignedItem] = []
    for line in 1...max(1, max(hypothesis.lineCount, reference.lineCount)) {
      switch (hypothesisByLine[line], referenceByLine[line]) {
      case let (hypothesisIndex?, referenceIndex?):
        beads.append(
          Bead(
            hypothesis: [hypothesisIndex], reference: [referenceIndex], hypothesisLines: [line],
            referenceLines: [line], similarity: 1))
      case let (hypothesisIndex?, nil):
        unaligned.append(
          UnalignedItem(side: .hypothesis, level: .paragraph, index: hypothesisIndex, line: line, kind: .addition))
      case let (nil, referenceIndex?):
        unaligned.append(
          UnalignedItem(side: .reference, level: .paragraph, index: referenceIndex, line: line, kind: .omission))
      case (nil, nil):
        continue
      }
    }
    return Alignment(paragraphBeads: beads, sentenceBeads: [], unaligned: unaligned)
  }
}
