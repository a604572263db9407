#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Counts the word n-grams (orders 1…4) of one segment's references and hypothesis and turns
/// them into `BLEUStatistics` (sacreBLEU's `extract_all_word_ngrams` and
/// `_compute_segment_statistics`), reusing its tables from segment to segment.
///
/// Tokens are interned by their UTF-8 bytes, never by `String`: Swift compares strings by
/// canonical equivalence (`é` equals `e` + U+0301) but sacreBLEU compares code points. An
/// n-gram of order n > 1 is interned as the pair (id of its first n−1 tokens, id of its last
/// token), so every n-gram of any order is one small integer; ids live for one segment.
/// Both tables are flat open-addressing arrays that a new segment empties by bumping a stamp,
/// so a segment costs no allocation once the tables have grown.
///
/// Only reference n-grams get ids. A hypothesis n-gram whose prefix is not a reference n-gram
/// cannot be one either, so the hypothesis only looks up, and stops early.
struct NGramCounter {
  /// Bytes of the distinct tokens of the segment; token id i is `arena[tokenStart[i]...]`.
  private var arena: [UInt8] = []
  private var tokenStart: [Int32] = [0]
  private var tokenLength: [Int32] = [0]
  private var tokenHash: [UInt64] = [0]
  /// Token table: per slot the token id, valid when its stamp is the segment's.
  private var tokenSlots = StampedTable()
  /// Extension table: per slot the key (prefix id << 32 | token id) and the n-gram id.
  private var extensionSlots = StampedTable()
  private var extensionKeys: [UInt64] = []
  /// Ids handed out in this segment (tokens and n-grams share the space; 0 means "none").
  private var idCount: Int32 = 0
  /// Per id: the largest count in any one reference, the count in the reference being read,
  /// and the hypothesis occurrences matched so far.
  private var referenceMaximum: [Int32] = [0]
  private var referenceCount: [Int32] = [0]
  private var used: [Int32] = [0]
  /// Reference lengths in tokens, in reference order.
  private var referenceLengths: [Int] = []
  /// Scratch: token ids of the segment side being read, n-gram ids of the current order.
  private var tokens: [Int32] = []
  private var current: [Int32] = []
  private var referenceIDs: [Int32] = []

  /// Forgets the previous segment.
  mutating func beginSegment() {
    for id in 1..<(Int(idCount) + 1) {
      referenceMaximum[id] = 0
      used[id] = 0
    }
    idCount = 0
    arena.removeAll(keepingCapacity: true)
    tokenStart.removeAll(keepingCapacity: true)
    tokenLength.removeAll(keepingCapacity: true)
    tokenHash.removeAll(keepingCapacity: true)
    tokenStart.append(0)
    tokenLength.append(0)
    tokenHash.append(0)
    extensionKeys.removeAll(keepingCapacity: true)
    extensionKeys.append(0)
    tokenSlots.clear()
    extensionSlots.clear()
    referenceLengths.removeAll(keepingCapacity: true)
  }

  private mutating func newID() -> Int32 {
    idCount += 1
    if Int(idCount) >= referenceMaximum.count {
      referenceMaximum.append(0)
      referenceCount.append(0)
      used.append(0)
    }
    return idCount
  }

  /// Records one tokenized reference (tokens separated by whitespace).
  mutating func addReference(_ tokenized: UnsafeBufferPointer<UInt8>) {
    readTokens(tokenized, inserting: true)
    referenceLengths.append(tokens.count)
    referenceIDs.removeAll(keepingCapacity: true)
    referenceIDs.append(contentsOf: tokens)
    var previous = tokens
    if tokens.count >= 2 {
      for n in 2...BLEUStatistics.maxOrder where tokens.count >= n {
        current.removeAll(keepingCapacity: true)
        for start in 0...(tokens.count - n) {
          current.append(extensionID(previous[start], tokens[start + n - 1], inserting: true))
        }
        referenceIDs.append(contentsOf: current)
        swap(&previous, &current)
      }
    }
    for id in referenceIDs { referenceCount[Int(id)] += 1 }
    for id in referenceIDs {
      let index = Int(id)
      if referenceCount[index] > referenceMaximum[index] { referenceMaximum[index] = referenceCount[index] }
    }
    for id in referenceIDs { referenceCount[Int(id)] = 0 }
  }

  /// The statistics of a tokenized hypothesis against the references added since
  /// `beginSegment()`.
  mutating func statistics(hypothesis tokenized: UnsafeBufferPointer<UInt8>) -> BLEUStatistics {
    readTokens(tokenized, inserting: false)
    let length = tokens.count
    var totals = SIMD4<Int>.zero
    var matches = SIMD4<Int>.zero
    var previous = tokens
    for n in 1...BLEUStatistics.maxOrder where length >= n {
      totals[n - 1] = length - n + 1
      if n > 1 {
        current.removeAll(keepingCapacity: true)
        for start in 0...(length - n) {
          let prefix = previous[start]
          let last = tokens[start + n - 1]
          current.append(prefix == 0 || last == 0 ? 0 : extensionID(prefix, last, inserting: false))
        }
        swap(&previous, &current)
      }
      var matched = 0
      for id in previous where id != 0 {
        let index = Int(id)
        if used[index] < referenceMaximum[index] {
          used[index] += 1
          matched += 1
        }
      }
      matches[n - 1] = matched
    }
    return BLEUStatistics(
      hypothesisLength: length, referenceLength: Self.closestLength(to: length, referenceLengths),
      matches: matches, totals: totals)
  }

  /// Fills `tokens` with the ids of the whitespace-separated tokens of `tokenized`; a token
  /// seen in no reference gets 0 unless `inserting`.
  private mutating func readTokens(_ tokenized: UnsafeBufferPointer<UInt8>, inserting: Bool) {
    tokens.removeAll(keepingCapacity: true)
    var index = 0
    let count = tokenized.count
    while index < count {
      let space = TokenJoiner.whitespaceLength(tokenized, at: index)
      if space > 0 {
        index += space
        continue
      }
      let start = index
      while index < count {
        // Only ASCII controls and space, and lead bytes C2, E1, E2, E3 can start whitespace.
        let byte = tokenized[index]
        if byte > 0x20 && byte != 0xC2 && (byte < 0xE1 || byte > 0xE3) { index += 1; continue }
        if TokenJoiner.whitespaceLength(tokenized, at: index) != 0 { break }
        index += 1
      }
      tokens.append(tokenID(UnsafeBufferPointer(rebasing: tokenized[start..<index]), inserting: inserting))
    }
  }

  /// The id of a token's bytes.
  private mutating func tokenID(_ token: UnsafeBufferPointer<UInt8>, inserting: Bool) -> Int32 {
    let hash = ByteHash.hash(token)
    if inserting {
      let hashes = tokenHash
      tokenSlots.reserve(forCount: Int(idCount) + 1) { hashes[Int($0)] }
    }
    var slot = tokenSlots.firstSlot(hash)
    while let id = tokenSlots.value(at: slot) {
      let index = Int(id)
      if tokenHash[index] == hash, Int(tokenLength[index]) == token.count,
        arena.withUnsafeBufferPointer({ arena in
          // Bounds: tokenStart/tokenLength of an id lie within the arena it was copied into.
          guard let stored = arena.baseAddress, let probe = token.baseAddress else { return token.isEmpty }
          return memcmp(stored + Int(tokenStart[index]), probe, token.count) == 0
        })
      {
        return id
      }
      slot = tokenSlots.nextSlot(slot)
    }
    guard inserting else { return 0 }
    let id = newID()
    tokenStart.append(Int32(arena.count))
    tokenLength.append(Int32(token.count))
    tokenHash.append(hash)
    extensionKeys.append(0)
    arena.append(contentsOf: token)
    tokenSlots.set(slot, id)
    return id
  }

  /// The id of the n-gram `prefix` + `last`; 0 if new and not `inserting`.
  private mutating func extensionID(_ prefix: Int32, _ last: Int32, inserting: Bool) -> Int32 {
    let key = UInt64(UInt32(bitPattern: prefix)) << 32 | UInt64(UInt32(bitPattern: last))
    let hash = key &* 0x9E37_79B9_7F4A_7C15
    if inserting {
      let keys = extensionKeys
      extensionSlots.reserve(forCount: Int(idCount) + 1) { keys[Int($0)] &* 0x9E37_79B9_7F4A_7C15 }
    }
    var slot = extensionSlots.firstSlot(hash)
    while let id = extensionSlots.value(at: slot) {
      if extensionKeys[Int(id)] == key { return id }
      slot = extensionSlots.nextSlot(slot)
    }
    guard inserting else { return 0 }
    let id = newID()
    while extensionKeys.count <= Int(id) { extensionKeys.append(0) }
    extensionKeys[Int(id)] = key
    tokenStart.append(0)
    tokenLength.append(0)
    tokenHash.append(0)
    extensionSlots.set(slot, id)
    return id
  }

  /// The reference length closest to the hypothesis length, the shorter one on a tie
  /// (sacreBLEU's `_get_closest_ref_len`); −1 without references, as there.
  static func closestLength(to length: Int, _ referenceLengths: [Int]) -> Int {
    var best = -1
    var bestDifference = -1
    for candidate in referenceLengths {
      let difference = abs(length - candidate)
      if bestDifference == -1 || difference < bestDifference {
        bestDifference = difference
        best = candidate
      } else if difference == bestDifference, candidate < best {
        best = candidate
      }
    }
    return best
  }
}
