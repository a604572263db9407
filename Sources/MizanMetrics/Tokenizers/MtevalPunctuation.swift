import MizanText

/// The four substitutions that sacreBLEU's `13a` and `zh` tokenizers share
/// (sacrebleu/tokenizers/tokenizer_re.py, after mteval-v13a.pl), applied one after the other
/// with Python `re.sub`'s left-to-right, non-overlapping matching:
///
/// 1. space around `{|}~ [\]^_` ` space!"#$%& ()*+ :;<=>?@ /` (ASCII punctuation except `'`,
///    `,`, `-`, `.`);
/// 2. `X.` or `X,` where X is not an ASCII digit: space after X and after the mark;
/// 3. `.X` or `,X` where X is not an ASCII digit: space before the mark and before X;
/// 4. `9-`: space after the digit and after the dash;
///
/// then whitespace runs collapse to one space. Every pattern is ASCII, so the passes run on UTF-8
/// bytes: a multi-byte scalar never matches a digit, a period or a comma, and emitting its bytes
/// one by one gives the same output as emitting the scalar.
enum MtevalPunctuation {
  /// Pass 1's character class.
  @inline(__always)
  static func isSpaced(_ byte: UInt8) -> Bool {
    // 0x20–0x26, 0x28–0x2B, 0x2F, 0x3A–0x40, 0x5B–0x60, 0x7B–0x7E as two 64-bit masks.
    let low: UInt64 = 0xFC00_8F7F_0000_0000
    let high: UInt64 = 0x7800_0001_F800_0001
    if byte < 64 { return (low >> UInt64(byte)) & 1 != 0 }
    if byte < 128 { return (high >> UInt64(byte - 64)) & 1 != 0 }
    return false
  }

  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  @inline(__always)
  static func isPeriodOrComma(_ byte: UInt8) -> Bool { byte == 0x2E || byte == 0x2C }

  /// Whether any pass can act on `byte`: pass 1's class, a period, a comma or a dash.
  @inline(__always)
  static func isActive(_ byte: UInt8) -> Bool { isSpaced(byte) || (byte >= 0x2C && byte <= 0x2E) }

  /// The tokenized line, tokens separated by single spaces.
  static func tokenize(_ input: [UInt8]) -> String {
    var scratch = Scratch()
    input.withUnsafeBufferPointer { scratch.run($0, padded: false) }
    return TokenJoiner.joined(Array(scratch.output))
  }

  /// Buffers for the four passes, reused from line to line so that tokenizing allocates nothing
  /// once they have grown to the longest line. The result is `output`, before whitespace is
  /// collapsed (BLEU splits on whitespace anyway).
  struct Scratch {
    /// Two buffers the passes write into alternately; only their first `length` bytes count.
    private var first: [UInt8] = []
    private var second: [UInt8] = []
    private var length = 0

    /// `runJoined`'s output: the bytes, their length, and the tokens' places in them.
    private var joined: [UInt8] = []
    private var joinedLength = 0
    private var spans: [TokenSpan] = []
    private var tokenCount = 0

    /// The tokenized bytes of the last `run`.
    var output: ArraySlice<UInt8> { second[0..<length] }

    /// The tokens of the last `runJoined`, separated by single spaces.
    var joinedOutput: ArraySlice<UInt8> { joined[0..<joinedLength] }

    /// Where each token of the last `runJoined` is in `joinedOutput`.
    var tokenSpans: ArraySlice<TokenSpan> { spans[0..<tokenCount] }

    /// Makes every buffer big enough for the passes over `count` bytes.
    private mutating func reserve(_ count: Int) {
      // Pass 1 at most triples the line (+2 for padding): m bytes. Passes 2 and 3 add two
      // spaces per period or comma at most, pass 4 two per dash, so no pass exceeds 5m.
      let needed = 5 * (3 * count + 2) + 8
      if first.count < needed {
        // At least doubled, so that a worker's buffers settle after a few long lines.
        let needed = max(needed, 2 * first.count)
        first = Array(repeating: 0, count: needed)
        second = Array(repeating: 0, count: needed)
        joined = Array(repeating: 0, count: needed)
        // A token and the space after it take two bytes at least.
        spans = Array(repeating: TokenSpan(start: 0, length: 0), count: needed / 2 + 1)
      }
    }

    /// Runs the passes over `input`, with a space added at both ends if `padded` (13a pads).
    mutating func run(_ input: UnsafeBufferPointer<UInt8>, padded: Bool) {
      reserve(input.count)
      var length = 0
      first.withUnsafeMutableBufferPointer { first in
        second.withUnsafeMutableBufferPointer { second in
          // Bounds: no pass writes more than the reserved bytes (see `reserve`).
          length = Self.passes(input, padded: padded, first, second)
        }
      }
      self.length = length
    }

    /// The four passes over `input` (padded if asked), using `first`; the result is the
    /// returned number of bytes of `second`.
    private static func passes(
      _ input: UnsafeBufferPointer<UInt8>, padded: Bool,
      _ first: UnsafeMutableBufferPointer<UInt8>, _ second: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
      var length = pass1(input, padded: padded, into: first)
      length = pass2(UnsafeBufferPointer(rebasing: first[0..<length]), into: second)
      length = pass3(UnsafeBufferPointer(rebasing: second[0..<length]), into: first)
      return pass4(UnsafeBufferPointer(rebasing: first[0..<length]), into: second)
    }

    /// 13a's tokens of `input` (padded, as 13a pads), joined by single spaces into
    /// `joinedOutput`: the same tokens as `run(input, padded: true)`, found a word at a time.
    ///
    /// In the padded line every word (maximal run without whitespace) has whitespace on both
    /// sides, which no pass can change: each regex match is two adjacent characters of which
    /// one is `.`, `,` or `-` (pass 1 matches one character), whitespace is none of these and
    /// no digit, and a match replaces its characters by themselves plus spaces. So whether a
    /// character of a word takes part in a match never depends on another word, and each word
    /// yields the tokens that the passes give for it alone, padded. A word without any byte the
    /// passes act on is thus a token as it is; only the others go through the passes. Most words
    /// of Arabic, or of any text, are of the first kind.
    ///
    /// Returns false, with no usable output, if the line holds `<`, `&` or a line feed: 13a's
    /// replacements before the passes (`<skipped>`, entities, `-` + line feed) may change such a
    /// line, so it must be tokenized whole. (Found on the way, not in a pass of its own.)
    mutating func runJoined(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
      reserve(input.count)
      var output = Output()
      var plain = false
      first.withUnsafeMutableBufferPointer { first in
        second.withUnsafeMutableBufferPointer { second in
          joined.withUnsafeMutableBufferPointer { joined in
            spans.withUnsafeMutableBufferPointer { spans in
              // Bounds: the joined tokens are never longer than the passes' output over the
              // whole line, which fits the reserved bytes (see `reserve`), nor more numerous
              // than half of them.
              output = Output(bytes: joined.baseAddress.unsafelyUnwrapped, spans: spans.baseAddress.unsafelyUnwrapped)
              plain = Self.joinedWords(input, first, second, into: &output)
            }
          }
        }
      }
      joinedLength = output.count
      tokenCount = output.tokenCount
      return plain
    }

    /// Where `joinedWords` writes: tokens separated by single spaces, and their places.
    private struct Output {
      var bytes: UnsafeMutablePointer<UInt8>?
      var spans: UnsafeMutablePointer<TokenSpan>?
      var count = 0
      var tokenCount = 0

      @inline(__always)
      mutating func append(_ token: UnsafeBufferPointer<UInt8>) {
        guard let bytes, let spans, let source = token.baseAddress else { return }
        if count > 0 {
          bytes[count] = 0x20
          count += 1
        }
        (bytes + count).update(from: source, count: token.count)
        spans[tokenCount] = TokenSpan(start: Int32(count), length: Int32(token.count))
        tokenCount += 1
        count += token.count
      }
    }

    private static func joinedWords(
      _ input: UnsafeBufferPointer<UInt8>, _ first: UnsafeMutableBufferPointer<UInt8>,
      _ second: UnsafeMutableBufferPointer<UInt8>, into output: inout Output
    ) -> Bool {
      var index = 0
      let count = input.count
      guard let base = input.baseAddress else { return true }
      while index < count {
        let space = TokenJoiner.whitespaceLength(input, at: index)
        if space > 0 {
          if input[index] == 0x0A { return false }
          index += space
          continue
        }
        let start = index
        var active = false
        while index < count {
          if index + 8 <= count {
            // Only ASCII bytes can be active or whitespace, besides a few lead bytes: skip
            // other bytes (all of Arabic's) eight at a time.
            let word = ByteWord.load(base, at: index)
            let candidates = ByteWord.ascii(word) | TokenJoiner.multiByteCandidates(word)
            if candidates == 0 {
              index += 8
              continue
            }
            index += ByteWord.first(candidates)
          }
          // Only ASCII controls and space, and lead bytes C2, E1, E2, E3 can start whitespace.
          let byte = input[index]
          if byte > 0x20 && byte != 0xC2 && (byte < 0xE1 || byte > 0xE3) {
            if byte < 0x80 && isActive(byte) {
              if byte == 0x3C || byte == 0x26 { return false }
              active = true
            }
            index += 1
            continue
          }
          if TokenJoiner.whitespaceLength(input, at: index) != 0 { break }
          index += 1
        }
        let word = UnsafeBufferPointer(rebasing: input[start..<index])
        if !active {
          output.append(word)
          continue
        }
        // The passes add only ASCII spaces to a word, so its tokens are split at those.
        let tokenized = passes(word, padded: true, first, second)
        var position = 0
        while position < tokenized {
          while position < tokenized && second[position] == 0x20 { position += 1 }
          let tokenStart = position
          while position < tokenized && second[position] != 0x20 { position += 1 }
          if position > tokenStart { output.append(UnsafeBufferPointer(rebasing: second[tokenStart..<position])) }
        }
      }
      return true
    }

    /// Copies `input[from..<to]` to `output` at `out`; returns the new `out`.
    @inline(__always)
    private static func copy(
      _ input: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ output: UnsafeMutableBufferPointer<UInt8>, _ out: Int
    ) -> Int {
      guard to > from, let source = input.baseAddress, let target = output.baseAddress else { return out }
      (target + out).update(from: source + from, count: to - from)
      return out + to - from
    }

    /// Pass 1: space around the punctuation class, every byte independently; runs of other
    /// bytes (all non-ASCII bytes among them) are copied whole.
    private static func pass1(
      _ input: UnsafeBufferPointer<UInt8>, padded: Bool, into output: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
      var out = 0
      if padded {
        output[out] = 0x20
        out += 1
      }
      var index = 0
      let count = input.count
      while index < count {
        var next = index
        while next < count, !isSpaced(input[next]) { next += 1 }
        out = copy(input, index, next, output, out)
        guard next < count else { break }
        output[out] = 0x20
        output[out + 1] = input[next]
        output[out + 2] = 0x20
        out += 3
        index = next + 1
      }
      if padded {
        output[out] = 0x20
        out += 1
      }
      return out
    }

    /// Pass 2: ([^0-9])([.,]) -> "\1 \2 ". Only a pair ending in a period or comma can match,
    /// so the bytes up to the next one are copied whole.
    private static func pass2(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
      var index = 0
      var out = 0
      let count = input.count
      while index < count {
        var mark = index + 1
        while mark < count, !isPeriodOrComma(input[mark]) { mark += 1 }
        guard mark < count else { return copy(input, index, count, output, out) }
        out = copy(input, index, mark - 1, output, out)
        let byte = input[mark - 1]
        if !isDigit(byte) {
          output[out] = byte
          output[out + 1] = 0x20
          output[out + 2] = input[mark]
          output[out + 3] = 0x20
          out += 4
          index = mark + 1
        } else {
          output[out] = byte
          out += 1
          index = mark
        }
      }
      return out
    }

    /// Pass 3: ([.,])([^0-9]) -> " \1 \2". Only a pair starting with a period or comma can
    /// match.
    private static func pass3(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
      var index = 0
      var out = 0
      let count = input.count
      while index < count {
        var mark = index
        while mark < count, !isPeriodOrComma(input[mark]) { mark += 1 }
        guard mark < count else { return copy(input, index, count, output, out) }
        out = copy(input, index, mark, output, out)
        if mark + 1 < count, !isDigit(input[mark + 1]) {
          output[out] = 0x20
          output[out + 1] = input[mark]
          output[out + 2] = 0x20
          output[out + 3] = input[mark + 1]
          out += 4
          index = mark + 2
        } else {
          output[out] = input[mark]
          out += 1
          index = mark + 1
        }
      }
      return out
    }

    /// Pass 4: ([0-9])(-) -> "\1 \2 ". Only a pair ending in a dash can match.
    private static func pass4(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
      var index = 0
      var out = 0
      let count = input.count
      while index < count {
        var dash = index + 1
        while dash < count, input[dash] != 0x2D { dash += 1 }
        guard dash < count else { return copy(input, index, count, output, out) }
        out = copy(input, index, dash - 1, output, out)
        let byte = input[dash - 1]
        if isDigit(byte) {
          output[out] = byte
          output[out + 1] = 0x20
          output[out + 2] = 0x2D
          output[out + 3] = 0x20
          out += 4
          index = dash + 1
        } else {
          output[out] = byte
          out += 1
          index = dash
        }
      }
      return out
    }
  }
}
