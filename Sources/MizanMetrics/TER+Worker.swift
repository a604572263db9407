import MizanText

extension TER {
  /// Computes TER statistics of many segments on one thread, straight from UTF-8 bytes,
  /// reusing its buffers: what `statistics(hypothesis:references:)` and the command line use.
  /// Make one per thread with `makeWorker()`.
  ///
  /// With sacreBLEU's default options tercom's preprocessing is `rstrip()` and `str.lower()`,
  /// done here on the decoded code points; `--ter-normalized` and `--ter-no-punct` go through
  /// `TercomTokenizer`. Hypothesis words get small ids for the segment; a reference word the
  /// hypothesis lacks gets 0, which no hypothesis word equals, and TER only ever compares a
  /// hypothesis word with a reference word or with another hypothesis word.
  public struct Worker {
    let metric: TER
    private var wordIDs = WordIDTable()
    private var buffers = Buffers()

    private struct Buffers {
      var hypothesisScalars: [UInt32] = []
      var referenceScalars: [UInt32] = []
      var hypothesisWords: [Int32] = []
      var referenceWords: [Int32] = []
    }

    init(_ metric: TER) { self.metric = metric }

    /// The fewest edits over the `referenceCount` references (`reference(i)` giving the bytes
    /// of the i-th; all valid UTF-8) and their mean length, as sacreBLEU's
    /// `TER._compute_segment_statistics`. With no references at all, every hypothesis word
    /// counts as an edit against a reference of length 0.
    public mutating func statistics(
      hypothesis: UnsafeBufferPointer<UInt8>, referenceCount: Int,
      reference: (Int) -> UnsafeBufferPointer<UInt8>
    ) -> TERStatistics {
      var buffers = Buffers()
      swap(&buffers, &self.buffers)
      defer { swap(&buffers, &self.buffers) }
      metric.preprocess(hypothesis, into: &buffers.hypothesisScalars)
      let hypothesisScalars = buffers.hypothesisScalars
      wordIDs.beginSegment(maximumWords: hypothesisScalars.count)
      var hypothesisWords = buffers.hypothesisWords
      hypothesisWords.removeAll(keepingCapacity: true)
      hypothesisScalars.withUnsafeBufferPointer { scalars in
        Self.forEachWord(in: scalars) { word in
          hypothesisWords.append(
            Int32(truncatingIfNeeded: wordIDs.id(of: word, in: scalars, hypothesis: scalars, assigning: true)))
        }
      }
      defer { buffers.hypothesisWords = hypothesisWords }
      guard referenceCount > 0 else {
        return TERStatistics(edits: hypothesisWords.count, referenceLength: 0)
      }
      var bestEdits = Int.max
      var referenceLengths = 0
      var referenceWords = buffers.referenceWords
      for index in 0..<referenceCount {
        metric.preprocess(reference(index), into: &buffers.referenceScalars)
        referenceWords.removeAll(keepingCapacity: true)
        buffers.referenceScalars.withUnsafeBufferPointer { scalars in
          hypothesisScalars.withUnsafeBufferPointer { hypothesis in
            Self.forEachWord(in: scalars) { word in
              referenceWords.append(
                Int32(truncatingIfNeeded: wordIDs.id(of: word, in: scalars, hypothesis: hypothesis, assigning: false)))
            }
          }
        }
        let result = TERShiftSearch.edits(hypothesis: hypothesisWords, reference: referenceWords)
        referenceLengths += result.referenceLength
        if result.edits < bestEdits { bestEdits = result.edits }
      }
      buffers.referenceWords = referenceWords
      return TERStatistics(
        edits: bestEdits, referenceLength: Double(referenceLengths) / Double(referenceCount))
    }

    /// The same on strings.
    public mutating func statistics(hypothesis: String, references: [String]) -> TERStatistics {
      var bytes: [UInt8] = Array(hypothesis.utf8)
      var ranges: [Range<Int>] = []
      for reference in references {
        let start = bytes.count
        bytes.append(contentsOf: reference.utf8)
        ranges.append(start..<bytes.count)
      }
      let hypothesisEnd = hypothesis.utf8.count
      return bytes.withUnsafeBufferPointer { bytes in
        statistics(
          hypothesis: UnsafeBufferPointer(rebasing: bytes[0..<hypothesisEnd]), referenceCount: ranges.count
        ) { UnsafeBufferPointer(rebasing: bytes[ranges[$0]]) }
      }
    }

    /// Calls `body` with the range of every whitespace-separated word (Python's `str.split()`).
    @inline(__always)
    private static func forEachWord(in scalars: UnsafeBufferPointer<UInt32>, _ body: (Range<Int>) -> Void) {
      var start = -1
      for index in 0...scalars.count {
        if index == scalars.count || CHRFWordSplitter.isWhitespace(scalars[index]) {
          if start >= 0 {
            body(start..<index)
            start = -1
          }
        } else if start < 0 {
          start = index
        }
      }
    }
  }

  /// A worker for computing many segments' statistics on one thread.
  public func makeWorker() -> Worker { Worker(self) }

  /// The code points of a line after tercom's preprocessing (`TercomTokenizer.normalize`).
  fileprivate func preprocess(_ bytes: UnsafeBufferPointer<UInt8>, into scalars: inout [UInt32]) {
    guard !normalized && !noPunctuation else {
      // Normalization and punctuation removal: the tokenizer's scan over code points.
      let normalized = tokenizer.normalize(String(decoding: bytes, as: UTF8.self))
      scalars.removeAll(keepingCapacity: true)
      for scalar in normalized { scalars.append(scalar.value) }
      return
    }
    let end = Whitespace.rightStrippedEnd(bytes, start: 0, end: bytes.count)
    let line = UnsafeBufferPointer(rebasing: bytes[0..<end])
    ScalarDecoding.decode(line, into: &scalars, lowercasingASCII: !caseSensitive)
    guard !caseSensitive, scalars.contains(where: Self.mayChangeWhenLowercased) else { return }
    let lowered = PythonLowercase.lowercased(scalars.compactMap(Unicode.Scalar.init))
    scalars.removeAll(keepingCapacity: true)
    for scalar in lowered { scalars.append(scalar.value) }
  }

  /// False for ASCII (already lowercased) and for blocks without cased letters (Hebrew,
  /// Arabic and its presentation forms, general punctuation): a subset of those
  /// `PythonLowercase` passes through unchanged.
  @inline(__always)
  private static func mayChangeWhenLowercased(_ value: UInt32) -> Bool {
    switch value {
    case 0..<0x80, 0x0590...0x08FF, 0x2000...0x206F, 0xFB1D...0xFDFF, 0xFE70...0xFEFF: return false
    default: return true
    }
  }
}
