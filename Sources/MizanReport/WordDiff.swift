/// The word-level differences between a hypothesis and its reference: what a post-editor
/// deleted, inserted or replaced to turn the rough edition into the polished one. Reports mark
/// these in the side-by-side view so a reader sees at a glance where the two editions part.
///
/// Call `WordDiff(hypothesis:reference:)`; tokens are whitespace-separated words, so Arabic
/// clitics stay attached to their word as the reader sees them. The alignment is a longest
/// common subsequence (Hunt–Szymanski's DP, enough for sentence-length pairs); a delete run
/// directly followed by an insert run reads as a substitution, as TER's edit vocabulary does.
public struct WordDiff: Sendable, Hashable {
  /// A whitespace-delimited word and where it sits, in Unicode-scalar offsets (the unit of
  /// `Finding.Span`), so diff marks and finding highlights can share one coordinate system.
  public struct Token: Sendable, Hashable {
    public var text: String
    /// Offset of the first scalar.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int

    public init(_ text: String, start: Int, end: Int) {
      self.text = text
      self.start = start
      self.end = end
    }
  }

  /// One step of the edit script, in document order.
  public enum Edit: Sendable, Hashable {
    /// Words both editions share.
    case equal(hypothesis: [Token], reference: [Token])
    /// Hypothesis words the reference lacks.
    case delete([Token])
    /// Reference words the hypothesis lacks.
    case insert([Token])
    /// Hypothesis words the reference replaced.
    case substitute(hypothesis: [Token], reference: [Token])
  }

  /// What happened to one token, for marking it in its own edition.
  public enum Mark: String, Sendable, Hashable {
    case equal, delete, insert, substitute
  }

  public var hypothesisTokens: [Token]
  public var referenceTokens: [Token]
  /// The edit script from hypothesis to reference.
  public var edits: [Edit]

  /// Above this many DP cells the diff falls back to prefix/suffix matching, so one huge
  /// unsplit paragraph cannot stall a report (4M cells is well under a second).
  static let cellLimit = 4_000_000

  public init(hypothesis: String, reference: String) {
    let hyp = Self.tokens(of: hypothesis)
    let ref = Self.tokens(of: reference)
    hypothesisTokens = hyp
    referenceTokens = ref
    edits = Self.script(hyp, ref)
  }

  /// The mark of each hypothesis token, index for index.
  public var hypothesisMarks: [Mark] {
    edits.flatMap { edit -> [Mark] in
      switch edit {
      case .equal(let hyp, _): return Array(repeating: .equal, count: hyp.count)
      case .delete(let hyp): return Array(repeating: .delete, count: hyp.count)
      case .insert: return []
      case .substitute(let hyp, _): return Array(repeating: .substitute, count: hyp.count)
      }
    }
  }

  /// The mark of each reference token, index for index.
  public var referenceMarks: [Mark] {
    edits.flatMap { edit -> [Mark] in
      switch edit {
      case .equal(_, let ref): return Array(repeating: .equal, count: ref.count)
      case .delete: return []
      case .insert(let ref): return Array(repeating: .insert, count: ref.count)
      case .substitute(_, let ref): return Array(repeating: .substitute, count: ref.count)
      }
    }
  }

  /// Whitespace-separated words with their scalar offsets.
  public static func tokens(of text: String) -> [Token] {
    var tokens: [Token] = []
    let scalars = text.unicodeScalars
    var wordStart: String.Index? = nil
    var start = 0
    var offset = 0
    var index = scalars.startIndex
    while index < scalars.endIndex {
      if Self.isWhitespace(scalars[index]) {
        if let from = wordStart { tokens.append(Token(String(Substring(scalars[from..<index])), start: start, end: offset)) }
        wordStart = nil
      } else if wordStart == nil {
        wordStart = index
        start = offset
      }
      offset += 1
      scalars.formIndex(after: &index)
    }
    if let from = wordStart { tokens.append(Token(String(Substring(scalars[from...])), start: start, end: offset)) }
    return tokens
  }

  /// Unicode's White_Space property, answered without the property lookup below U+1680 (the
  /// first White_Space scalar above U+00A0), where Arabic text lies.
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0: return true
    case ..<0x1680: return false
    default: return scalar.properties.isWhitespace
    }
  }

  /// The edit script: common prefix and suffix first (cheap, and most pairs share them), LCS
  /// on the middle, then adjacent delete/insert runs merged into substitutions.
  static func script(_ hyp: [Token], _ ref: [Token]) -> [Edit] {
    var prefix = 0
    while prefix < hyp.count, prefix < ref.count, hyp[prefix].text == ref[prefix].text { prefix += 1 }
    var suffix = 0
    while suffix < hyp.count - prefix, suffix < ref.count - prefix,
      hyp[hyp.count - 1 - suffix].text == ref[ref.count - 1 - suffix].text
    {
      suffix += 1
    }
    let hypMiddle = Array(hyp[prefix..<(hyp.count - suffix)])
    let refMiddle = Array(ref[prefix..<(ref.count - suffix)])

    var steps: [Step] = []
    steps += Array(repeating: .equal, count: prefix)
    if hypMiddle.count * refMiddle.count <= cellLimit {
      var ids: [String: Int] = [:]
      func id(_ token: Token) -> Int {
        if let id = ids[token.text] { return id }
        ids[token.text] = ids.count
        return ids.count - 1
      }
      steps += lcsSteps(hypMiddle.map(id), refMiddle.map(id))
    } else {
      steps += Array(repeating: .delete, count: hypMiddle.count)
      steps += Array(repeating: .insert, count: refMiddle.count)
    }
    steps += Array(repeating: .equal, count: suffix)
    return edits(from: steps, hyp, ref)
  }

  enum Step { case equal, delete, insert }

  /// Steps of a longest common subsequence, preferring deletions before insertions so that
  /// a replaced run comes out as one delete run followed by one insert run.
  static func lcsSteps<Word: Equatable>(_ a: [Word], _ b: [Word]) -> [Step] {
    let n = a.count
    let m = b.count
    guard n > 0, m > 0 else {
      return Array(repeating: .delete, count: n) + Array(repeating: .insert, count: m)
    }
    // lengths[i][j]: LCS length of a[i...] and b[j...], flattened row-major.
    var lengths = [Int](repeating: 0, count: (n + 1) * (m + 1))
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        lengths[i * (m + 1) + j] =
          a[i] == b[j]
          ? lengths[(i + 1) * (m + 1) + j + 1] + 1
          : max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
      }
    }
    var steps: [Step] = []
    var i = 0
    var j = 0
    while i < n, j < m {
      if a[i] == b[j] {
        steps.append(.equal)
        i += 1
        j += 1
      } else if lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1] {
        steps.append(.delete)
        i += 1
      } else {
        steps.append(.insert)
        j += 1
      }
    }
    steps += Array(repeating: .delete, count: n - i)
    steps += Array(repeating: .insert, count: m - j)
    return steps
  }

  /// Groups steps into runs; a maximal non-equal stretch with both deletions and insertions
  /// becomes one substitution (hypothesis words in order, reference words in order).
  static func edits(from steps: [Step], _ hyp: [Token], _ ref: [Token]) -> [Edit] {
    var edits: [Edit] = []
    var i = 0
    var j = 0
    var index = 0
    while index < steps.count {
      if steps[index] == .equal {
        var count = 0
        while index < steps.count, steps[index] == .equal {
          count += 1
          index += 1
        }
        edits.append(.equal(hypothesis: Array(hyp[i..<(i + count)]), reference: Array(ref[j..<(j + count)])))
        i += count
        j += count
      } else {
        var deleted = 0
        var inserted = 0
        while index < steps.count, steps[index] != .equal {
          if steps[index] == .delete { deleted += 1 } else { inserted += 1 }
          index += 1
        }
        let hypRun = Array(hyp[i..<(i + deleted)])
        let refRun = Array(ref[j..<(j + inserted)])
        if deleted > 0, inserted > 0 {
          edits.append(.substitute(hypothesis: hypRun, reference: refRun))
        } else if deleted > 0 {
          edits.append(.delete(hypRun))
        } else {
          edits.append(.insert(refRun))
        }
        i += deleted
        j += inserted
      }
    }
    return edits
  }
}
