import Foundation

/// Evaluates a batch's documents in parallel on all cores and assembles one `Evaluation`, the
/// documents in batch order whatever order they finish in. A document that cannot be read or
/// evaluated is recorded in `Evaluation.failures` and the rest go on.
///
/// ```swift
/// let items = try BatchDiscovery.items(paths: ["Corpora"])
/// let evaluation = await BatchEvaluator().evaluate(items) { print($0.completed, "/", $0.total) }
/// ```
public struct BatchEvaluator: Sendable {
  public var evaluator: Evaluator
  /// Documents read and evaluated at once. Bounded so that memory holds a few documents' text
  /// and alignment tables, not the whole batch's; defaults to the number of cores.
  public var maximumInFlight: Int
  /// A glossary for every document, replacing their own (`--glossary`).
  public var glossaryOverride: TextFile?

  public init(
    evaluator: Evaluator = Evaluator(), maximumInFlight: Int = ProcessInfo.processInfo.activeProcessorCount,
    glossaryOverride: TextFile? = nil
  ) {
    self.evaluator = evaluator
    self.maximumInFlight = max(1, maximumInFlight)
    self.glossaryOverride = glossaryOverride
  }

  /// Evaluates `items`, or with `shard` only that slice of them (recording what `mizan merge`
  /// needs in `Evaluation.shard`). `progress` is called after each document, from any thread.
  public func evaluate(
    _ items: [BatchItem], shard: Shard? = nil, progress: @escaping @Sendable (BatchProgress) -> Void = { _ in }
  ) async -> Evaluation {
    let positions = items.indices.filter { shard?.contains(position: $0) ?? true }
    var outcomes: [Int: Result<DocumentEvaluation, DocumentFailure>] = [:]
    await withTaskGroup(of: (Int, Result<DocumentEvaluation, DocumentFailure>).self) { group in
      var next = positions.makeIterator()
      func startNext() -> Bool {
        guard let position = next.next() else { return false }
        let item = items[position]
        group.addTask { [self] in (position, self.evaluate(item, position: position)) }
        return true
      }
      for _ in 0..<maximumInFlight where !startNext() { break }
      var failed = 0
      while let (position, outcome) = await group.next() {
        outcomes[position] = outcome
        if case .failure = outcome { failed += 1 }
        progress(
          BatchProgress(completed: outcomes.count, total: positions.count, failed: failed, lastDocument: items[position].id))
        _ = startNext()
      }
    }
    var documents: [DocumentEvaluation] = []
    var failures: [DocumentFailure] = []
    for position in positions {
      switch outcomes[position] {
      case .success(let document)?: documents.append(document)
      case .failure(let failure)?: failures.append(failure)
      case nil: failures.append(DocumentFailure(id: items[position].id, position: position, reason: "not evaluated"))
      }
    }
    let glossary = sharedGlossary(items)
    var evaluation = evaluator.assemble(documents, sharedGlossary: glossary)
    evaluation.failures = failures.isEmpty ? nil : failures
    if let shard {
      evaluation.shard = ShardRecord(
        index: shard.index, count: shard.count, batchSize: items.count,
        positions: positions.filter { position in
          if case .success? = outcomes[position] { return true } else { return false }
        },
        confidenceResamples: evaluator.options.confidenceResamples,
        normalization: evaluator.options.normalization?.name,
        sharedGlossary: glossary.map { ShardRecord.SharedGlossary(path: $0.path, lines: $0.lines) })
    }
    return evaluation
  }

  /// Reads and evaluates one document.
  func evaluate(_ item: BatchItem, position: Int) -> Result<DocumentEvaluation, DocumentFailure> {
    do {
      var input = try item.load()
      if let glossaryOverride { input.glossary = glossaryOverride }
      return .success(try evaluator.evaluate(input))
    } catch {
      return .failure(DocumentFailure(id: item.id, position: position, reason: "\(error)"))
    }
  }

  /// The glossary all documents of the whole batch share, or nil when they differ. Decided over
  /// the whole batch, not a shard, so every shard and the unsharded run agree. Documents whose
  /// glossary cannot be read fail on their own; here they count as having none.
  func sharedGlossary(_ items: [BatchItem]) -> TextFile? {
    if let glossaryOverride { return glossaryOverride }
    var cache: [String: TextFile?] = [:]
    var texts: [TextFile?] = []
    for item in items {
      if case .input(let input) = item.source {
        texts.append(input.glossary)
        continue
      }
      guard let path = item.glossaryPath else {
        texts.append(nil)
        continue
      }
      if cache[path] == nil { cache[path] = .some(try? TextFile(contentsOf: path)) }
      texts.append(cache[path] ?? nil)
    }
    let distinct = Set(texts.map { $0?.lines ?? [] })
    return distinct.count == 1 ? (texts.first ?? nil) : nil
  }
}

extension DocumentFailure: Error {}
