extension Evaluator {
  /// The batch value for documents evaluated separately (in parallel, or in shards): batch
  /// terminology over all their pairs with the glossary the whole batch shares (nil when the
  /// documents' glossaries differ: then only spelling variants are counted across the batch,
  /// as `evaluate(_:)` does), and totals from summed pair statistics.
  public func assemble(_ documents: [DocumentEvaluation], sharedGlossary: TextFile?) -> Evaluation {
    let glossary = sharedGlossary.flatMap { try? Glossary(tsvLines: $0.lines, path: $0.path) }
    let pairs = documents.flatMap { textPairs($0.pairs, document: $0.id) }
    let terminology = TerminologyChecker(glossary: glossary).figures(pairs: pairs)
    return assemble(documents, terminology: terminology)
  }
}
