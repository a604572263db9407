import MizanMetrics

extension MetricSuite {
  /// The four metrics' workers for one thread. Their tables and buffers live from pair to pair
  /// (a document's pairs, raw and then normalized), where making them for every pair cost more
  /// than the counting; and chrF's statistics are read off chrF++'s instead of counted twice.
  ///
  /// ```swift
  /// var workers = suite.makeWorkers()
  /// let statistics = pairs.map { workers.statistics(hypothesis: $0.hypothesis, reference: $0.reference) }
  /// ```
  public struct Workers {
    private var bleu: BLEU.Worker
    /// Nil when chrF's statistics are the character orders of chrF++'s.
    private var chrF: CHRF.Worker?
    private var chrFPlusPlus: CHRF.Worker
    private var ter: TER.Worker
    private let characterOrders: Int

    init(_ suite: MetricSuite) {
      bleu = suite.bleu.makeWorker()
      chrF = suite.chrFIsPartOfChrFPlusPlus ? nil : suite.chrF.makeWorker()
      chrFPlusPlus = suite.chrFPlusPlus.makeWorker()
      ter = suite.ter.makeWorker()
      characterOrders = suite.chrF.characterOrder
    }

    /// The pair's statistics for every metric, equal to each metric's own
    /// `statistics(hypothesis:references:)` with the one reference.
    public mutating func statistics(hypothesis: String, reference: String) -> PairStatistics {
      var hypothesis = hypothesis
      var reference = reference
      return hypothesis.withUTF8 { hypothesis in
        reference.withUTF8 { reference in statistics(hypothesis, reference) }
      }
    }

    private mutating func statistics(
      _ hypothesis: UnsafeBufferPointer<UInt8>, _ reference: UnsafeBufferPointer<UInt8>
    ) -> PairStatistics {
      let plusPlus = chrFPlusPlus.statistics(hypothesis: hypothesis, referenceCount: 1) { _ in reference }
      let chrFStatistics =
        chrF?.statistics(hypothesis: hypothesis, referenceCount: 1) { _ in reference }
        ?? CHRFStatistics(orders: Array(plusPlus.orders.prefix(characterOrders)))
      return PairStatistics(
        bleu: bleu.statistics(hypothesis: hypothesis, referenceCount: 1) { _ in reference },
        chrF: chrFStatistics, chrFPlusPlus: plusPlus,
        ter: ter.statistics(hypothesis: hypothesis, referenceCount: 1) { _ in reference })
    }
  }

  /// Workers for many pairs on one thread.
  public func makeWorkers() -> Workers { Workers(self) }

  /// Whether chrF is chrF++ without its word orders: then, against one reference, its
  /// statistics are chrF++'s character orders (sacreBLEU counts character and word n-grams
  /// separately, `CHRF._extract_corpus_statistics`; only its choice among several references
  /// looks at both, and a pair has one).
  var chrFIsPartOfChrFPlusPlus: Bool {
    chrF.wordOrder == 0 && chrF.characterOrder == chrFPlusPlus.characterOrder
      && chrF.lowercase == chrFPlusPlus.lowercase && chrF.whitespace == chrFPlusPlus.whitespace
      && chrF.epsSmoothing == chrFPlusPlus.epsSmoothing
  }
}
