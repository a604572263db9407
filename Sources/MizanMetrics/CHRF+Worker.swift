import MizanText

extension CHRF {
  /// Computes chrF statistics of many segments on one thread, straight from UTF-8 bytes,
  /// reusing its tables: what `statistics(hypothesis:references:)` and the command line use.
  /// Make one per thread with `makeWorker()`.
  ///
  /// Each hypothesis code point and word gets a small id for the segment, so that an n-gram
  /// packs into an integer: ten bits a character and twenty a word fill 60 bits of a
  /// `UInt64` (a segment with 1,024 distinct code points or more takes `UInt128` keys). Each
  /// reference n-gram is looked up once and counted as a clipped match on the spot; one that
  /// the hypothesis lacks ends the n-grams starting at its position, since every longer one
  /// contains it.
  public struct Worker {
    let metric: CHRF
    private var narrowTable = NGramTable<UInt64>()
    private var wideTable = NGramTable<UInt128>()
    private var characterIDs = ScalarIDTable()
    private var wordIDs = WordIDTable()
    private var buffers = Buffers()

    /// Per-segment arrays, moved out while a segment is computed.
    private struct Buffers {
      var hypothesisScalars: [UInt32] = []
      var hypothesisCharacters: [UInt32] = []
      var hypothesisWords: [UInt32] = []
      var referenceScalars: [UInt32] = []
      var referenceCharacters: [UInt32] = []
      var referenceWords: [UInt32] = []
      var matches: [Int] = []
    }

    init(_ metric: CHRF) { self.metric = metric }

    /// The statistics of `hypothesis` against `referenceCount` references, `reference(i)`
    /// giving the bytes of the i-th; all valid UTF-8. The best reference is the one whose
    /// statistics give the highest F-score alone (the first one on a tie), as sacreBLEU's
    /// `_compute_segment_statistics` chooses.
    public mutating func statistics(
      hypothesis: UnsafeBufferPointer<UInt8>, referenceCount: Int,
      reference: (Int) -> UnsafeBufferPointer<UInt8>
    ) -> CHRFStatistics {
      var buffers = Buffers()
      swap(&buffers, &self.buffers)
      defer { swap(&buffers, &self.buffers) }
      let metric = self.metric
      let characterOrder = metric.characterOrder
      let wordOrder = metric.wordOrder
      let orderCount = characterOrder + wordOrder
      let skippingWhitespace = !metric.whitespace

      metric.decode(hypothesis, into: &buffers.hypothesisScalars)
      let hypothesisScalars = buffers.hypothesisScalars
      var hypothesisCharacters = buffers.hypothesisCharacters
      var hypothesisWords = buffers.hypothesisWords
      hypothesisWords.removeAll(keepingCapacity: true)
      characterIDs.beginSegment(maximumScalars: hypothesisScalars.count)
      if wordOrder > 0 { wordIDs.beginSegment(maximumWords: hypothesisScalars.count) }
      hypothesisScalars.withUnsafeBufferPointer { scalars in
        characterIDs.ids(
          of: scalars, assigning: true, skippingWhitespace: skippingWhitespace, into: &hypothesisCharacters)
        if wordOrder > 0 {
          CHRFWordSplitter.forEachWord(in: scalars) { word in
            hypothesisWords.append(wordIDs.id(of: word, in: scalars, hypothesis: scalars, assigning: true))
          }
        }
      }
      let narrow = characterIDs.count < 1 << 10 && (wordOrder == 0 || wordIDs.count < 1 << 20)
      let maximumEntries = hypothesisCharacters.count * characterOrder + hypothesisWords.count * wordOrder
      if narrow {
        narrowTable.beginSegment(maximumEntries: maximumEntries)
        Self.addHypothesis(
          hypothesisCharacters, characterOrder, hypothesisWords, wordOrder, to: &narrowTable,
          characterBits: 10, wordBits: 20)
      } else {
        wideTable.beginSegment(maximumEntries: maximumEntries)
        Self.addHypothesis(
          hypothesisCharacters, characterOrder, hypothesisWords, wordOrder, to: &wideTable,
          characterBits: 21, wordBits: 32)
      }

      var best = [CHRFStatistics.OrderCounts](repeating: .zero, count: orderCount)
      var bestScore = -1.0
      var referenceScalars = buffers.referenceScalars
      var referenceCharacters = buffers.referenceCharacters
      var referenceWords = buffers.referenceWords
      var matches = buffers.matches
      for index in 0..<referenceCount {
        metric.decode(reference(index), into: &referenceScalars)
        referenceWords.removeAll(keepingCapacity: true)
        referenceScalars.withUnsafeBufferPointer { scalars in
          characterIDs.ids(
            of: scalars, assigning: false, skippingWhitespace: skippingWhitespace, into: &referenceCharacters)
          if wordOrder > 0 {
            hypothesisScalars.withUnsafeBufferPointer { hypothesis in
              CHRFWordSplitter.forEachWord(in: scalars) { word in
                referenceWords.append(wordIDs.id(of: word, in: scalars, hypothesis: hypothesis, assigning: false))
              }
            }
          }
        }
        matches.removeAll(keepingCapacity: true)
        matches.append(contentsOf: repeatElement(0, count: orderCount))
        if narrow {
          Self.matchReference(
            referenceCharacters, characterOrder, referenceWords, wordOrder, in: &narrowTable,
            characterBits: 10, wordBits: 20, matches: &matches)
        } else {
          Self.matchReference(
            referenceCharacters, characterOrder, referenceWords, wordOrder, in: &wideTable,
            characterBits: 21, wordBits: 32, matches: &matches)
        }
        var orders: [CHRFStatistics.OrderCounts] = []
        orders.reserveCapacity(orderCount)
        for orderIndex in 0..<orderCount {
          let isCharacterOrder = orderIndex < characterOrder
          let n = isCharacterOrder ? orderIndex : orderIndex - characterOrder
          let referenceNGrams =
            max(0, (isCharacterOrder ? referenceCharacters.count : referenceWords.count) - n)
          let hypothesisNGrams =
            max(0, (isCharacterOrder ? hypothesisCharacters.count : hypothesisWords.count) - n)
          orders.append(
            CHRFStatistics.OrderCounts(
              // sacreBLEU counts no hypothesis n-grams of an order the reference lacks.
              hypothesisNGrams: referenceNGrams > 0 ? hypothesisNGrams : 0,
              referenceNGrams: referenceNGrams,
              matchingNGrams: matches[orderIndex]))
        }
        let score = metric.fScore(orders)
        if score > bestScore {
          bestScore = score
          best = orders
        }
      }
      buffers.hypothesisCharacters = hypothesisCharacters
      buffers.hypothesisWords = hypothesisWords
      buffers.referenceScalars = referenceScalars
      buffers.referenceCharacters = referenceCharacters
      buffers.referenceWords = referenceWords
      buffers.matches = matches
      return CHRFStatistics(orders: best)
    }

    /// The same on strings.
    public mutating func statistics(hypothesis: String, references: [String]) -> CHRFStatistics {
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

    /// Counts every character n-gram up to `characterOrder` and word n-gram up to `wordOrder`.
    @inline(__always)
    private static func addHypothesis<Key>(
      _ characters: [UInt32], _ characterOrder: Int, _ words: [UInt32], _ wordOrder: Int,
      to table: inout NGramTable<Key>, characterBits: Int, wordBits: Int
    ) {
      table.withCursor { cursor in
        characters.withUnsafeBufferPointer { characters in
          let count = characters.count
          for start in 0..<count {
            var key: Key = 0
            for offset in 0..<min(characterOrder, count - start) {
              key = key << characterBits | Key(characters[start + offset])
              cursor.addHypothesis(key)
            }
          }
        }
        let marker: Key = 1 << (Key.bitWidth - 1)
        words.withUnsafeBufferPointer { words in
          let count = words.count
          for start in 0..<count {
            var key: Key = 0
            for offset in 0..<min(wordOrder, count - start) {
              key = key << wordBits | Key(words[start + offset])
              cursor.addHypothesis(key | marker)
            }
          }
        }
      }
    }

    /// Adds a reference's clipped matches per order (character orders first) to `matches`.
    @inline(__always)
    private static func matchReference<Key>(
      _ characters: [UInt32], _ characterOrder: Int, _ words: [UInt32], _ wordOrder: Int,
      in table: inout NGramTable<Key>, characterBits: Int, wordBits: Int, matches: inout [Int]
    ) {
      table.beginReference()
      table.withCursor { cursor in
        matches.withUnsafeMutableBufferPointer { matches in
          characters.withUnsafeBufferPointer { characters in
            let count = characters.count
            for start in 0..<count {
              var key: Key = 0
              for offset in 0..<min(characterOrder, count - start) {
                let id = characters[start + offset]
                if id == 0 { break }
                key = key << characterBits | Key(id)
                guard let matched = cursor.matchReference(key) else { break }
                if matched { matches[offset] += 1 }
              }
            }
          }
          let marker: Key = 1 << (Key.bitWidth - 1)
          words.withUnsafeBufferPointer { words in
            let count = words.count
            for start in 0..<count {
              var key: Key = 0
              for offset in 0..<min(wordOrder, count - start) {
                let id = words[start + offset]
                if id == 0 { break }
                key = key << wordBits | Key(id)
                guard let matched = cursor.matchReference(key | marker) else { break }
                if matched { matches[characterOrder + offset] += 1 }
              }
            }
          }
        }
      }
    }
  }

  /// A worker for computing many segments' statistics on one thread.
  public func makeWorker() -> Worker { Worker(self) }

  /// The code points of a line, lowercased as Python's `str.lower()` if asked.
  fileprivate func decode(_ bytes: UnsafeBufferPointer<UInt8>, into scalars: inout [UInt32]) {
    ScalarDecoding.decode(bytes, into: &scalars, lowercasingASCII: lowercase)
    guard lowercase, bytes.contains(where: { $0 >= 0x80 }) else { return }
    let lowered = PythonLowercase.lowercased(scalars.compactMap(Unicode.Scalar.init))
    scalars.removeAll(keepingCapacity: true)
    for scalar in lowered { scalars.append(scalar.value) }
  }
}
