import MizanText

extension CHRF {
  /// The statistics of one hypothesis against its best reference: the reference whose
  /// statistics give the highest F-score alone (the first one on a tie), as sacreBLEU's
  /// `_compute_segment_statistics` chooses.
  public func statistics(hypothesis: String, references: [String]) -> CHRFStatistics {
    let orderCount = characterOrder + wordOrder
    var interner = WordInterner()
    let hypothesisSegment = segment(hypothesis, interner: &interner)
    var table = NGramTable(
      maximumEntries: hypothesisSegment.characters.count * characterOrder
        + hypothesisSegment.words.count * wordOrder + 1)
    forEachNGram(in: hypothesisSegment) { key, orderIndex in
      table.addHypothesisNGram(key, orderIndex: orderIndex)
    }

    var referenceCounts = [Int32](repeating: 0, count: table.capacity)
    var best = [CHRFStatistics.OrderCounts](repeating: .zero, count: orderCount)
    var bestScore = -1.0
    for reference in references {
      let referenceSegment = segment(reference, interner: &interner)
      for slot in table.occupiedSlots { referenceCounts[Int(slot)] = 0 }
      forEachNGram(in: referenceSegment) { key, _ in
        if let slot = table.slot(of: key) { referenceCounts[slot] += 1 }
      }
      var matches = [Int](repeating: 0, count: orderCount)
      for slot in table.occupiedSlots {
        let index = Int(slot)
        matches[Int(table.orderIndices[index])] += Int(
          min(table.hypothesisCounts[index], referenceCounts[index]))
      }
      var orders: [CHRFStatistics.OrderCounts] = []
      orders.reserveCapacity(orderCount)
      for orderIndex in 0..<orderCount {
        let referenceNGrams = nGramCount(referenceSegment, orderIndex: orderIndex)
        orders.append(
          CHRFStatistics.OrderCounts(
            // sacreBLEU counts no hypothesis n-grams of an order the reference lacks.
            hypothesisNGrams: referenceNGrams > 0
              ? nGramCount(hypothesisSegment, orderIndex: orderIndex) : 0,
            referenceNGrams: referenceNGrams,
            matchingNGrams: matches[orderIndex]))
      }
      let score = fScore(orders)
      if score > bestScore {
        bestScore = score
        best = orders
      }
    }
    return CHRFStatistics(orders: best)
  }

  /// A segment reduced to what chrF counts.
  struct Segment {
    /// Code points + 1 (so none is 0) that character n-grams are taken from.
    var characters: [UInt32]
    /// Interned ids of the words that word n-grams are taken from; empty for chrF.
    var words: [Int32]
  }

  /// Lowercases if asked, drops whitespace from the characters unless asked to keep it
  /// (sacreBLEU joins `str.split()`), and splits words the way chrF++ does.
  func segment(_ text: String, interner: inout WordInterner) -> Segment {
    var scalars = Array(text.unicodeScalars)
    if lowercase { scalars = PythonLowercase.lowercased(scalars) }
    var characters: [UInt32] = []
    characters.reserveCapacity(scalars.count)
    for scalar in scalars where whitespace || !Whitespace.contains(scalar) {
      characters.append(scalar.value + 1)
    }
    var words: [Int32] = []
    if wordOrder > 0 {
      for token in CHRFWordSplitter.words(of: scalars) {
        words.append(interner.id(of: scalars[token]))
      }
    }
    return Segment(characters: characters, words: words)
  }

  /// How many n-grams of an order a segment has: length − n + 1, or 0.
  private func nGramCount(_ segment: Segment, orderIndex: Int) -> Int {
    if orderIndex < characterOrder {
      return max(0, segment.characters.count - orderIndex)
    }
    return max(0, segment.words.count - (orderIndex - characterOrder))
  }

  /// Calls `body` with every n-gram's packed key and order index (0-based, character
  /// orders first). See `NGramTable` for the packing.
  @inline(__always)
  private func forEachNGram(in segment: Segment, _ body: (UInt128, Int) -> Void) {
    let characters = segment.characters
    let characterCount = characters.count
    for start in 0..<characterCount {
      var key: UInt128 = 0
      for offset in 0..<min(characterOrder, characterCount - start) {
        key = key << 21 | UInt128(characters[start + offset])
        body(key, offset)
      }
    }
    let words = segment.words
    let wordCount = words.count
    let wordMarker: UInt128 = 1 << 127
    for start in 0..<wordCount {
      var key: UInt128 = 0
      for offset in 0..<min(wordOrder, wordCount - start) {
        key = key << 32 | UInt128(UInt32(words[start + offset]) + 1)
        body(key | wordMarker, characterOrder + offset)
      }
    }
  }
}
