/// What several checks need of one document, computed once and shared: the words of each line
/// (normalizing and splitting a line is most of a simple check's cost, and seven checks read
/// the same lines), the word alignment of each pair (the mistranslation and omission checks
/// both read it), and the relation memo behind the alignments.
///
/// `FindingEngine` makes one per document and hands it to each `ContextualFindingCheck` in turn;
/// a check called on its own makes its own, so both give the same findings.
struct FindingContext {
  let document: FindingDocument
  /// Relations between words, remembered across all pairs and checks of the document.
  var relations = RelationCache()
  private var wordsByLine: [UTF8Key: TextWords] = [:]
  private var alignments: [Int: WordAlignment] = [:]

  init(_ document: FindingDocument) {
    self.document = document
  }

  /// The words of `text`, split once per distinct text.
  mutating func words(_ text: String) -> TextWords {
    let key = UTF8Key(text)
    if let words = wordsByLine[key] { return words }
    let words = TextWords(text)
    wordsByLine[key] = words
    return words
  }

  /// The word alignment of pair `index` of the document.
  mutating func alignment(ofPair index: Int) -> WordAlignment {
    if let alignment = alignments[index] { return alignment }
    let pair = document.pairs[index]
    let alignment = WordAlignment(hypothesis: words(pair.hypothesis), reference: words(pair.reference), cache: &relations)
    alignments[index] = alignment
    return alignment
  }
}

/// A check that can read a shared `FindingContext` instead of recomputing words and alignments.
/// Internal: the public `FindingCheck` protocol is unchanged, and a check from outside the
/// module is simply called with the document.
protocol ContextualFindingCheck: FindingCheck {
  func findings(in context: inout FindingContext) -> [Finding]
}

extension ContextualFindingCheck {
  public func findings(in document: FindingDocument) -> [Finding] {
    var context = FindingContext(document)
    return findings(in: &context)
  }
}
