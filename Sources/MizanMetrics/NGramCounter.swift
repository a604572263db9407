#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import MizanText

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
///
/// Each side is read in two steps: its tokens are found (or come from the tokenizer, which
/// found them already), which bounds the ids it can add, and room is made for them; then the
/// n-grams are counted through pointers (`Workspace`), without the uniqueness and bounds checks
/// that array mutation would make per n-gram.
struct NGramCounter {
  /// Per id: where a token's bytes are in `arena` (tokens only), and its counts.
  fileprivate struct Entry {
    var start: Int32 = 0
    var length: Int32 = 0
    /// The largest count in any one reference.
    var maximum: Int32 = 0
    /// The count in the reference being read.
    var count: Int32 = 0
    /// The hypothesis occurrences matched so far.
    var used: Int32 = 0
  }

  /// The bytes of the segment's references, kept so that hypothesis tokens can be compared.
  private var arena: [UInt8] = []
  /// Indexed by id (0 means "none"); longer than needed, never shrunk.
  private var entries: [Entry] = [Entry()]
  /// Token ids under their bytes' hash.
  private var tokenSlots = StampedTable()
  /// N-gram ids under (prefix id << 32 | token id).
  private var extensionSlots = StampedTable()
  /// Ids handed out in this segment (tokens and n-grams share the space).
  private var idCount: Int32 = 0
  /// Reference lengths in tokens, in reference order.
  private var referenceLengths: [Int] = []
  /// Scratch: the tokens of the side being read, then the ids of its n-grams order by order.
  private var spans: [TokenSpan] = []
  private var ids: [Int32] = []

  /// Forgets the previous segment.
  mutating func beginSegment() {
    idCount = 0
    arena.removeAll(keepingCapacity: true)
    tokenSlots.clear()
    extensionSlots.clear()
    referenceLengths.removeAll(keepingCapacity: true)
  }

  /// Records one tokenized reference: `tokens` are the places of its tokens in `text`, or nil
  /// if they are to be found there, separated by whitespace.
  mutating func addReference(_ text: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<TokenSpan>? = nil) {
    guard let tokens else {
      return withTokens(of: text) { counter, tokens in counter.addReference(text, tokens: tokens) }
    }
    let offset = arena.count
    arena.append(contentsOf: text)
    referenceLengths.append(tokens.count)
    let ngramCount = reserveIDs(tokenCount: tokens.count)
    tokenSlots.reserve(adding: tokens.count)
    extensionSlots.reserve(adding: ngramCount - tokens.count)
    let needed = Int(idCount) + ngramCount + 1
    if entries.count < needed { entries += repeatElement(Entry(), count: needed - entries.count) }
    arena.withUnsafeBufferPointer { arena in
      withWorkspace(source: arena.baseAddress.unsafelyUnwrapped + offset, tokens: tokens, arena: arena) { workspace in
        workspace.countReference(tokenCount: tokens.count)
      }
    }
  }

  /// The statistics of a tokenized hypothesis against the references added since
  /// `beginSegment()`; `tokens` as in `addReference`.
  mutating func statistics(
    hypothesis text: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<TokenSpan>? = nil
  ) -> BLEUStatistics {
    guard let tokens else {
      return withTokens(of: text) { counter, tokens in counter.statistics(hypothesis: text, tokens: tokens) }
    }
    let length = tokens.count
    _ = reserveIDs(tokenCount: length)
    var matches = SIMD4<Int>.zero
    if let source = text.baseAddress {
      arena.withUnsafeBufferPointer { arena in
        withWorkspace(source: source, tokens: tokens, arena: arena) { matches = $0.matchHypothesis(tokenCount: length) }
      }
    }
    var totals = SIMD4<Int>.zero
    for n in 1...BLEUStatistics.maxOrder { totals[n - 1] = max(0, length - n + 1) }
    return BLEUStatistics(
      hypothesisLength: length, referenceLength: Self.closestLength(to: length, referenceLengths),
      matches: matches, totals: totals)
  }

  /// Calls `body` with the whitespace-separated tokens of `text`, found in the reused `spans`.
  private mutating func withTokens<R>(
    of text: UnsafeBufferPointer<UInt8>, _ body: (inout NGramCounter, UnsafeBufferPointer<TokenSpan>) -> R
  ) -> R {
    // A token and the whitespace after it take two bytes at least.
    let bound = (text.count + 1) / 2
    // Moved out and back, so that `body` may mutate the counter meanwhile.
    var spans: [TokenSpan] = []
    swap(&spans, &self.spans)
    defer { swap(&spans, &self.spans) }
    if spans.count < bound { spans = Array(repeating: TokenSpan(start: 0, length: 0), count: bound) }
    return spans.withUnsafeMutableBufferPointer { spans in
      // Bounds: at most `bound` tokens are written (see above).
      let count = TokenSpan.split(text, into: spans.baseAddress.unsafelyUnwrapped)
      return body(&self, UnsafeBufferPointer(rebasing: spans[..<count]))
    }
  }

  /// Makes `ids` long enough for the n-grams of `tokenCount` tokens, and returns their number.
  private mutating func reserveIDs(tokenCount: Int) -> Int {
    let ngramCount = Self.ngramCount(tokenCount)
    if ids.count < ngramCount { ids = Array(repeating: 0, count: ngramCount) }
    return ngramCount
  }

  /// The n-grams of orders 1…4 in `tokenCount` tokens.
  private static func ngramCount(_ tokenCount: Int) -> Int {
    (1...BLEUStatistics.maxOrder).reduce(0) { $0 + max(0, tokenCount - $1 + 1) }
  }

  /// Calls `body` with pointers to the counter's storage, `source` holding the side's tokens.
  private mutating func withWorkspace(
    source: UnsafePointer<UInt8>, tokens spans: UnsafeBufferPointer<TokenSpan>, arena: UnsafeBufferPointer<UInt8>,
    _ body: (inout Workspace) -> Void
  ) {
    guard let spans = spans.baseAddress else { return }
    var idCount = self.idCount
    entries.withUnsafeMutableBufferPointer { entries in
      ids.withUnsafeMutableBufferPointer { ids in
        tokenSlots.withProbe { tokenSlots in
          extensionSlots.withProbe { extensionSlots in
            // Bounds: the callers made `entries`, `ids` and the tables big enough for every
            // n-gram of the side (see `addReference` and `reserveIDs`). The arena may be
            // empty (no references), but then no token has an id and it is never read.
            var workspace = Workspace(
              arena: arena.baseAddress.unsafelyUnwrapped, source: source,
              entries: entries.baseAddress.unsafelyUnwrapped, spans: spans,
              ids: ids.baseAddress.unsafelyUnwrapped, tokenSlots: tokenSlots, extensionSlots: extensionSlots,
              idCount: idCount)
            body(&workspace)
            idCount = workspace.idCount
            tokenSlots = workspace.tokenSlots
            extensionSlots = workspace.extensionSlots
          }
        }
      }
    }
    self.idCount = idCount
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

/// The counter's storage as pointers, for the loops over one side's n-grams.
private struct Workspace {
  let arena: UnsafePointer<UInt8>
  /// The bytes `spans` refer to.
  let source: UnsafePointer<UInt8>
  let entries: UnsafeMutablePointer<NGramCounter.Entry>
  let spans: UnsafePointer<TokenSpan>
  let ids: UnsafeMutablePointer<Int32>
  var tokenSlots: StampedTable.Probe
  var extensionSlots: StampedTable.Probe
  var idCount: Int32

  /// Interns every n-gram of the reference and raises each one's maximum count to its count
  /// in this reference.
  mutating func countReference(tokenCount: Int) {
    var total = 0
    forEachOrder(tokenCount: tokenCount, inserting: true) { _, range in total = range.upperBound }
    for index in 0..<total { entries[Int(ids[index])].count += 1 }
    for index in 0..<total {
      let entry = entries + Int(ids[index])
      if entry.pointee.count > entry.pointee.maximum { entry.pointee.maximum = entry.pointee.count }
    }
    for index in 0..<total { entries[Int(ids[index])].count = 0 }
  }

  /// The clipped matches of the hypothesis's n-grams, per order.
  mutating func matchHypothesis(tokenCount: Int) -> SIMD4<Int> {
    var matches = SIMD4<Int>.zero
    let entries = self.entries
    let ids = self.ids
    forEachOrder(tokenCount: tokenCount, inserting: false) { order, range in
      var matched = 0
      for index in range {
        let id = Int(ids[index])
        // An n-gram in no reference (id 0) has maximum 0, so it never matches.
        if entries[id].used < entries[id].maximum {
          entries[id].used += 1
          matched += 1
        }
      }
      matches[order - 1] = matched
    }
    return matches
  }

  /// Fills `ids` with the ids of the side's tokens, then of its n-grams of orders 2…4, each
  /// order built from the previous one; calls `body` with each order's range of `ids`.
  private mutating func forEachOrder(tokenCount: Int, inserting: Bool, _ body: (Int, Range<Int>) -> Void) {
    for index in 0..<tokenCount { ids[index] = tokenID(spans[index], inserting: inserting) }
    body(1, 0..<tokenCount)
    var previous = 0
    var start = tokenCount
    for n in 2...BLEUStatistics.maxOrder where tokenCount >= n {
      let count = tokenCount - n + 1
      for index in 0..<count {
        let prefix = ids[previous + index]
        let last = ids[index + n - 1]
        ids[start + index] = prefix == 0 || last == 0 ? 0 : extensionID(prefix, last, inserting: inserting)
      }
      body(n, start..<(start + count))
      previous = start
      start += count
    }
  }

  /// The id of a token's bytes; 0 if new and not `inserting`.
  @inline(__always)
  private mutating func tokenID(_ span: TokenSpan, inserting: Bool) -> Int32 {
    let bytes = source + Int(span.start)
    let hash = ByteHash.hash(bytes, count: Int(span.length))
    var slot = tokenSlots.home(hash)
    while true {
      let id = tokenSlots.id(at: slot)
      if id == 0 { break }
      if tokenSlots.slots[slot].key == hash {
        let entry = entries[Int(id)]
        if entry.length == span.length, memcmp(arena + Int(entry.start), bytes, Int(span.length)) == 0 { return id }
      }
      slot = tokenSlots.next(slot)
    }
    guard inserting else { return 0 }
    // A reference's tokens are in the arena: `source` points into it.
    let id = newID(NGramCounter.Entry(start: Int32(bytes - arena), length: span.length))
    tokenSlots.insert(id, key: hash, at: slot)
    return id
  }

  /// The id of the n-gram `prefix` + `last`; 0 if new and not `inserting`.
  @inline(__always)
  private mutating func extensionID(_ prefix: Int32, _ last: Int32, inserting: Bool) -> Int32 {
    let key = UInt64(UInt32(bitPattern: prefix)) << 32 | UInt64(UInt32(bitPattern: last))
    var slot = extensionSlots.home(key)
    while true {
      let id = extensionSlots.id(at: slot)
      if id == 0 { break }
      if extensionSlots.slots[slot].key == key { return id }
      slot = extensionSlots.next(slot)
    }
    guard inserting else { return 0 }
    let id = newID(NGramCounter.Entry())
    extensionSlots.insert(id, key: key, at: slot)
    return id
  }

  @inline(__always)
  private mutating func newID(_ entry: NGramCounter.Entry) -> Int32 {
    idCount += 1
    entries[Int(idCount)] = entry
    return idCount
  }
}

/// A token's place in a buffer: bytes `start..<start + length`.
struct TokenSpan {
  var start: Int32
  var length: Int32

  /// Writes the spans of the whitespace-separated tokens of `text`; returns their number.
  static func split(_ text: UnsafeBufferPointer<UInt8>, into spans: UnsafeMutablePointer<TokenSpan>) -> Int {
    var count = 0
    var index = 0
    var tokenStart = -1
    let end = text.count
    guard let base = text.baseAddress else { return 0 }
    while index < end {
      if index + 8 <= end {
        // Bytes that cannot start whitespace belong to a token: skip them eight at a time.
        let candidates = TokenJoiner.whitespaceCandidates(ByteWord.load(base, at: index))
        let skip = candidates == 0 ? 8 : ByteWord.first(candidates)
        if skip > 0 {
          if tokenStart < 0 { tokenStart = index }
          index += skip
          continue
        }
      }
      // Only ASCII controls and space, and lead bytes C2, E1, E2, E3 can start whitespace.
      let byte = text[index]
      let space =
        byte > 0x20 && byte != 0xC2 && (byte < 0xE1 || byte > 0xE3) ? 0 : TokenJoiner.whitespaceLength(text, at: index)
      if space == 0 {
        if tokenStart < 0 { tokenStart = index }
        index += 1
        continue
      }
      if tokenStart >= 0 {
        spans[count] = TokenSpan(start: Int32(tokenStart), length: Int32(index - tokenStart))
        count += 1
        tokenStart = -1
      }
      index += space
    }
    if tokenStart >= 0 {
      spans[count] = TokenSpan(start: Int32(tokenStart), length: Int32(end - tokenStart))
      count += 1
    }
    return count
  }
}
