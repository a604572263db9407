/// TER's edits between one hypothesis and one reference: greedily apply the block shift that
/// lowers the beam edit distance most, until none does, then count shifts plus the remaining
/// edit distance (Snover et al. 2006; sacreBLEU lib_ter `translation_edit_rate`).
///
/// The candidate shifts, their filters, their ranking and the limits are tercom's as
/// sacreBLEU reproduces them; every comment naming a limit cites lib_ter.
enum TERShiftSearch {
  /// lib_ter `_MAX_SHIFT_SIZE`: the longest block of words a shift moves (tercom's 10).
  static let maximumShiftSize = 10
  /// lib_ter `_MAX_SHIFT_DIST`: how far apart a block's hypothesis and reference positions
  /// may be (tercom's 50).
  static let maximumShiftDistance = 50
  /// lib_ter `_MAX_SHIFT_CANDIDATES`: shifts evaluated per segment pair before giving up.
  static let maximumShiftCandidates = 1000

  /// The number of edits (shifts + insertions + deletions + substitutions) and the
  /// reference length, as lib_ter returns them.
  static func edits(hypothesis: [Int32], reference: [Int32]) -> (edits: Int, referenceLength: Int) {
    // An empty reference: every hypothesis word is deleted (lib_ter's special case).
    if reference.isEmpty { return (hypothesis.count, 0) }
    var distance = BeamEditDistance(reference: reference, hypothesisLength: hypothesis.count)
    let positions = WordPositions(reference: reference, largestID: hypothesis.max() ?? 0)
    var words = hypothesis
    var shifts = 0
    var checkedCandidates = 0
    var unchangedPrefix = 0
    while true {
      let step = bestShift(
        of: words, unchangedPrefix: unchangedPrefix, reference: reference, positions: positions,
        distance: &distance, checkedCandidates: &checkedCandidates)
      // lib_ter stops when the candidate budget is spent, discarding the shift just found;
      // either way the distance of `words` was computed by this last search.
      guard checkedCandidates < maximumShiftCandidates, let shifted = step.shifted, step.gain > 0 else {
        return (shifts + step.currentDistance, reference.count)
      }
      shifts += 1
      words = shifted
      unchangedPrefix = step.unchangedPrefix
    }
  }

  /// Where each word occurs in the reference, so that the search visits only the reference
  /// positions where a block can start (its first word matches): the candidates and their
  /// order are those of the scan over every position.
  struct WordPositions {
    /// Word id → where its positions start in `positions`; id + 1 → where they end.
    private var starts: [Int]
    /// Reference positions grouped by word id, ascending within a group.
    private var positions: [Int]

    /// Positions of the ids 1…`largestID` (the hypothesis's words); other ids match no
    /// hypothesis word.
    init(reference: [Int32], largestID: Int32) {
      let idCount = Int(max(0, largestID)) + 1
      var starts = Array(repeating: 0, count: idCount + 1)
      for word in reference where word > 0 && Int(word) < idCount { starts[Int(word) + 1] += 1 }
      for id in 0..<idCount { starts[id + 1] += starts[id] }
      var next = starts
      var positions = Array(repeating: 0, count: starts[idCount])
      for (position, word) in reference.enumerated() where word > 0 && Int(word) < idCount {
        positions[next[Int(word)]] = position
        next[Int(word)] += 1
      }
      self.starts = starts
      self.positions = positions
    }

    /// Calls `body` with each position of `word` in `range`, ascending, until it returns false.
    @inline(__always)
    func forEach(of word: Int32, in range: ClosedRange<Int>, _ body: (Int) -> Bool) {
      guard word > 0 && Int(word) + 1 < starts.count else { return }
      for index in starts[Int(word)]..<starts[Int(word) + 1] {
        let position = positions[index]
        if position < range.lowerBound { continue }
        if position > range.upperBound || !body(position) { return }
      }
    }
  }

  /// Where the trace aligns words, from the reference's side (lib_ter `trace_to_alignment`
  /// on the flipped trace).
  struct Alignment {
    /// Reference position → the hypothesis position it aligns to or follows (−1: before all).
    var hypothesisPosition: [Int]
    /// Prefix sums of "hypothesis word is not matched": `hypothesisErrors[k]` counts words < k.
    var hypothesisErrors: [Int]
    /// Prefix sums of "reference word is not matched".
    var referenceErrors: [Int]

    init(trace: [BeamEditDistance.Operation], hypothesisLength: Int, referenceLength: Int) {
      hypothesisPosition = Array(repeating: -1, count: referenceLength)
      var hypothesisError = Array(repeating: 0, count: hypothesisLength)
      var referenceError = Array(repeating: 0, count: referenceLength)
      var hypothesisIndex = -1
      var referenceIndex = -1
      for operation in trace {
        switch operation {
        case .match, .substitution:
          hypothesisIndex += 1
          referenceIndex += 1
          if referenceIndex < referenceLength { hypothesisPosition[referenceIndex] = hypothesisIndex }
          if operation == .substitution {
            if hypothesisIndex < hypothesisLength { hypothesisError[hypothesisIndex] = 1 }
            if referenceIndex < referenceLength { referenceError[referenceIndex] = 1 }
          }
        case .deletion:
          // A hypothesis word with no reference word.
          hypothesisIndex += 1
          if hypothesisIndex < hypothesisLength { hypothesisError[hypothesisIndex] = 1 }
        case .insertion:
          // A reference word with no hypothesis word: it aligns after the last one seen.
          referenceIndex += 1
          if referenceIndex < referenceLength {
            hypothesisPosition[referenceIndex] = hypothesisIndex
            referenceError[referenceIndex] = 1
          }
        case .undefined:
          break
        }
      }
      hypothesisErrors = Self.prefixSums(hypothesisError)
      referenceErrors = Self.prefixSums(referenceError)
    }

    private static func prefixSums(_ values: [Int]) -> [Int] {
      var sums = [0]
      sums.reserveCapacity(values.count + 1)
      for value in values { sums.append((sums.last ?? 0) + value) }
      return sums
    }
  }

  /// The best shift of `words` and how much it lowers the edit distance (lib_ter `_shift`),
  /// or no shift. Ranks by gain, then longer blocks, then earlier hypothesis start, then
  /// earlier target, keeping the first of equals, as tercom does.
  /// `unchangedPrefix` words of `words` equal those of the previous call's, whose rows of the
  /// edit distance matrix are reused. Also returns the edit distance of `words` and how many
  /// leading words the shift leaves in place.
  static func bestShift(
    of words: [Int32], unchangedPrefix: Int = 0, reference: [Int32], positions: WordPositions,
    distance: inout BeamEditDistance, checkedCandidates: inout Int
  ) -> (gain: Int, shifted: [Int32]?, currentDistance: Int, unchangedPrefix: Int) {
    let (currentDistance, trace) = distance.distanceAndTrace(words, unchangedPrefix: unchangedPrefix)
    let alignment = Alignment(
      trace: trace, hypothesisLength: words.count, referenceLength: reference.count)
    let hypothesisLength = words.count
    let referenceLength = reference.count

    // The best candidate's rank: (gain, length, −start, −target).
    var best: (gain: Int, length: Int, start: Int, target: Int)? = nil
    var shifted = words
    var budgetSpent = false
    for hypothesisStart in 0..<hypothesisLength {
      let lowestReferenceStart = max(0, hypothesisStart - maximumShiftDistance)
      let highestReferenceStart = min(referenceLength - 1, hypothesisStart + maximumShiftDistance)
      guard lowestReferenceStart <= highestReferenceStart else { continue }
      positions.forEach(of: words[hypothesisStart], in: lowestReferenceStart...highestReferenceStart) {
        referenceStart in
        var length = 0
        while length < maximumShiftSize
          && words[hypothesisStart + length] == reference[referenceStart + length]
        {
          length += 1
          // A block is worth moving only if its words are wrong where they are …
          let blockHasErrors =
            alignment.hypothesisErrors[hypothesisStart + length]
            - alignment.hypothesisErrors[hypothesisStart] > 0
          // … and the reference words it would match are unmatched …
          let targetHasErrors =
            alignment.referenceErrors[referenceStart + length]
            - alignment.referenceErrors[referenceStart] > 0
          // … and it would not move inside itself.
          let alignedStart = alignment.hypothesisPosition[referenceStart]
          let movesWithinItself =
            hypothesisStart <= alignedStart && alignedStart < hypothesisStart + length
          if blockHasErrors && targetHasErrors && !movesWithinItself {
            var previousTarget = -1
            for offset in -1..<length {
              // lib_ter inserts before the index, one past the aligned hypothesis position.
              let target =
                referenceStart + offset == -1
                ? 0 : alignment.hypothesisPosition[referenceStart + offset] + 1
              if target == previousTarget { continue }
              previousTarget = target
              let unchanged = perform(
                shiftOf: hypothesisStart, length: length, to: target, in: words, into: &shifted)
              let gain = currentDistance - distance.distance(shifted, unchangedPrefix: unchanged)
              checkedCandidates += 1
              if let current = best {
                if (gain, length, -hypothesisStart, -target)
                  > (current.gain, current.length, -current.start, -current.target)
                {
                  best = (gain, length, hypothesisStart, target)
                }
              } else {
                best = (gain, length, hypothesisStart, target)
              }
            }
            if checkedCandidates >= maximumShiftCandidates {
              budgetSpent = true
              return false
            }
          }
          // Stop at the end of either sequence.
          if hypothesisStart + length == hypothesisLength
            || referenceStart + length == referenceLength
          {
            break
          }
        }
        return true
      }
      if budgetSpent { break }
    }
    guard let chosen = best else { return (0, nil, currentDistance, 0) }
    let unchanged = perform(
      shiftOf: chosen.start, length: chosen.length, to: chosen.target, in: words, into: &shifted)
    return (chosen.gain, shifted, currentDistance, unchanged)
  }

  /// Writes `words` with the block `start..<start+length` moved before index `target` into
  /// `result` (lib_ter `_perform_shift`, including its reading of a target inside the block),
  /// and returns how many leading words are unchanged.
  @discardableResult
  static func perform(
    shiftOf start: Int, length: Int, to target: Int, in words: [Int32], into result: inout [Int32]
  ) -> Int {
    let count = words.count
    result.removeAll(keepingCapacity: true)
    if target < start {
      result.append(contentsOf: words[0..<target])
      result.append(contentsOf: words[start..<start + length])
      result.append(contentsOf: words[target..<start])
      result.append(contentsOf: words[(start + length)...])
    } else if target > start + length {
      result.append(contentsOf: words[0..<start])
      result.append(contentsOf: words[(start + length)..<target])
      result.append(contentsOf: words[start..<start + length])
      result.append(contentsOf: words[target...])
    } else {
      // Python slices clamp to the end: words[start+length : length+target].
      let middleEnd = min(count, length + target)
      result.append(contentsOf: words[0..<start])
      result.append(contentsOf: words[(start + length)..<middleEnd])
      result.append(contentsOf: words[start..<start + length])
      result.append(contentsOf: words[middleEnd...])
    }
    var unchanged = min(start, target)
    while unchanged < count && result[unchanged] == words[unchanged] { unchanged += 1 }
    return unchanged
  }
}
