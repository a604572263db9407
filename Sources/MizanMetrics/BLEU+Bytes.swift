import MizanText

extension BLEU {
  /// Computes BLEU statistics of many segments on one thread, straight from UTF-8 bytes, reusing
  /// its buffers and tables: the fast path of `statistics(hypothesis:references:)`, with equal
  /// results. Make one per worker with `makeWorker()`.
  ///
  /// The default `13a` tokenizer (and `none`) run on bytes; a line that needs 13a's rare
  /// replacements (`<skipped>`, `&quot;`…), lowercasing of non-ASCII text, or another tokenizer
  /// goes through the `String` tokenizers and is then counted the same way.
  public struct Worker {
    let metric: BLEU
    private let mode: Mode
    private var counter = NGramCounter()
    private var buffers = Buffers()

    private enum Mode { case thirteenA, none, other }

    /// What is done with a tokenized line: its bytes and, if known, its tokens' places.
    private typealias Body = (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<TokenSpan>?) -> Void

    /// Tokenizing buffers, kept apart from the counter so that both can be mutated at once.
    private struct Buffers {
      var punctuation = MtevalPunctuation.Scratch()
      var lowered: [UInt8] = []
    }

    init(_ metric: BLEU) {
      self.metric = metric
      mode = metric.tokenizer is Tokenizer13a ? .thirteenA : metric.tokenizer is TokenizerNone ? .none : .other
    }

    /// The statistics of `hypothesis` against `referenceCount` references, `reference(i)`
    /// giving the bytes of the i-th; all valid UTF-8.
    public mutating func statistics(
      hypothesis: UnsafeBufferPointer<UInt8>, referenceCount: Int,
      reference: (Int) -> UnsafeBufferPointer<UInt8>
    ) -> BLEUStatistics {
      // Moved out (empty buffers allocate nothing) and back, so that no copy is made.
      var buffers = Buffers()
      swap(&buffers, &self.buffers)
      defer { swap(&buffers, &self.buffers) }
      let metric = self.metric
      let mode = self.mode
      counter.beginSegment()
      for index in 0..<referenceCount {
        Self.withTokenized(reference(index), metric, mode, &buffers) { counter.addReference($0, tokens: $1) }
      }
      var result = BLEUStatistics.zero
      Self.withTokenized(hypothesis, metric, mode, &buffers) { result = counter.statistics(hypothesis: $0, tokens: $1) }
      return result
    }

    /// Calls `body` with the line preprocessed as `BLEU.preprocess` does it, as UTF-8, and the
    /// places of its tokens when the tokenizer found them (else nil: split at whitespace).
    private static func withTokenized(
      _ line: UnsafeBufferPointer<UInt8>, _ metric: BLEU, _ mode: Mode, _ buffers: inout Buffers,
      _ body: Body
    ) {
      guard metric.lowercase else { return fastPath(line, metric, mode, &buffers.punctuation, body) }
      guard line.allSatisfy({ $0 < 0x80 }) else { return slowPath(line, metric, body) }
      var lowered = buffers.lowered
      buffers.lowered = []
      defer { buffers.lowered = lowered }
      lowered.removeAll(keepingCapacity: true)
      for byte in line { lowered.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
      lowered.withUnsafeBufferPointer { fastPath($0, metric, mode, &buffers.punctuation, body) }
    }

    private static func fastPath(
      _ line: UnsafeBufferPointer<UInt8>, _ metric: BLEU, _ mode: Mode,
      _ punctuation: inout MtevalPunctuation.Scratch, _ body: Body
    ) {
      let text = UnsafeBufferPointer(rebasing: line[0..<Whitespace.rightStrippedEnd(line, start: 0, end: line.count)])
      switch mode {
      case .none:
        body(text, nil)
      case .thirteenA:
        guard punctuation.runJoined(text) else { return slowPath(line, metric, body) }
        punctuation.joinedOutput.withUnsafeBufferPointer { text in
          punctuation.tokenSpans.withUnsafeBufferPointer { body(text, $0) }
        }
      case .other:
        slowPath(line, metric, body)
      }
    }

    private static func slowPath(
      _ line: UnsafeBufferPointer<UInt8>, _ metric: BLEU, _ body: Body
    ) {
      var tokenized = metric.preprocess(String(decoding: line, as: UTF8.self))
      tokenized.withUTF8 { body($0, nil) }
    }
  }

  /// A worker for computing many segments' statistics on one thread.
  public func makeWorker() -> Worker { Worker(self) }
}
