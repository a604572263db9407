import MizanText

extension CHRF {
  /// The statistics of one hypothesis against its best reference: the reference whose
  /// statistics give the highest F-score alone (the first one on a tie), as sacreBLEU's
  /// `_compute_segment_statistics` chooses.
  public func statistics(hypothesis: String, references: [String]) -> CHRFStatistics {
    var workspace = Workspace()
    return statistics(hypothesis: hypothesis, references: references, workspace: &workspace)
  }

  /// Buffers reused from segment to segment, so that a corpus allocates once per worker.
  struct Workspace {
    var interner = WordInterner()
    var table = NGramTable()
    /// The segment's code points after optional lowercasing.
    var scalars: [Unicode.Scalar] = []
    /// Code points + 1 (so none is 0) that character n-grams are taken from.
    var characters: [UInt32] = []
    /// Interned ids of the words that word n-grams are taken from; empty for chrF.
    var words: [Int32] = []
    /// Slot of `table` → how often the current reference has that n-gram.
    var referenceCounts: [Int32] = []
    /// Order index → clipped matches with the current reference.
    var matches: [Int] = []
  }

  func statistics(
    hypothesis: String, references: [String], workspace: inout Workspace
  ) -> CHRFStatistics {
    let orderCount = characterOrder + wordOrder
    workspace.interner.removeAll()
    prepare(hypothesis, in: &workspace)
    let hypothesisCharacters = workspace.characters.count
    let hypothesisWords = workspace.words.count
    workspace.table.reset(
      maximumEntries: hypothesisCharacters * characterOrder + hypothesisWords * wordOrder + 1)
    workspace.table.addHypothesis(
      characters: workspace.characters, characterOrder: characterOrder,
      words: workspace.words, wordOrder: wordOrder)
    if workspace.referenceCounts.count < workspace.table.capacity {
      workspace.referenceCounts = Array(repeating: 0, count: workspace.table.capacity)
    }

    var best = [CHRFStatistics.OrderCounts](repeating: .zero, count: orderCount)
    var bestScore = -1.0
    for reference in references {
      prepare(reference, in: &workspace)
      workspace.table.countReference(
        characters: workspace.characters, characterOrder: characterOrder,
        words: workspace.words, wordOrder: wordOrder, into: &workspace.referenceCounts)
      workspace.matches.removeAll(keepingCapacity: true)
      workspace.matches.append(contentsOf: repeatElement(0, count: orderCount))
      for slot in workspace.table.occupiedSlots {
        let index = Int(slot)
        workspace.matches[Int(workspace.table.orderIndices[index])] += Int(
          min(workspace.table.hypothesisCounts[index], workspace.referenceCounts[index]))
      }
      var orders: [CHRFStatistics.OrderCounts] = []
      orders.reserveCapacity(orderCount)
      for orderIndex in 0..<orderCount {
        let isCharacterOrder = orderIndex < characterOrder
        let n = isCharacterOrder ? orderIndex : orderIndex - characterOrder
        let referenceNGrams =
          max(0, (isCharacterOrder ? workspace.characters.count : workspace.words.count) - n)
        let hypothesisNGrams = max(0, (isCharacterOrder ? hypothesisCharacters : hypothesisWords) - n)
        orders.append(
          CHRFStatistics.OrderCounts(
            // sacreBLEU counts no hypothesis n-grams of an order the reference lacks.
            hypothesisNGrams: referenceNGrams > 0 ? hypothesisNGrams : 0,
            referenceNGrams: referenceNGrams,
            matchingNGrams: workspace.matches[orderIndex]))
      }
      let score = fScore(orders)
      if score > bestScore {
        bestScore = score
        best = orders
      }
    }
    return CHRFStatistics(orders: best)
  }

  /// Fills the workspace's characters and words for `text`: lowercased if asked, whitespace
  /// dropped from the characters unless asked to keep it (sacreBLEU joins `str.split()`),
  /// words split the way chrF++ does.
  func prepare(_ text: String, in workspace: inout Workspace) {
    workspace.scalars.removeAll(keepingCapacity: true)
    workspace.scalars.append(contentsOf: text.unicodeScalars)
    if lowercase { workspace.scalars = PythonLowercase.lowercased(workspace.scalars) }
    workspace.characters.removeAll(keepingCapacity: true)
    for scalar in workspace.scalars where whitespace || !Whitespace.contains(scalar) {
      workspace.characters.append(scalar.value + 1)
    }
    workspace.words.removeAll(keepingCapacity: true)
    if wordOrder > 0 {
      for token in CHRFWordSplitter.words(of: workspace.scalars) {
        workspace.words.append(workspace.interner.id(of: workspace.scalars[token]))
      }
    }
  }
}
