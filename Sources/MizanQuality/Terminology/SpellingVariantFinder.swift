import MizanText

/// Finds names the hypothesis spells nearly like the reference but not the same, without a
/// glossary: rough machine translation transliterates a name afresh each time it meets it.
///
/// Make one with the defaults and call `variants(hypothesis:reference:)`. A hypothesis spelling
/// `h` is a variant of a reference spelling `r` when, after `.matching` normalization:
/// - `h` never occurs in the reference, and `r` does;
/// - either is a word or two words joined across one space (كوالا لامبور ~ كوالالمبور), not both,
///   and each joined word has at least four letters (so الى تركيز is not a spelling of التركيز);
/// - both have at least `minimumLength` letters (short words vary by grammar, not spelling);
/// - they start with the same letter and end with the same letter, the one before it the same or
///   a transliteration equivalent (سيرجي, سيرغي), so the difference is inside the word, not an
///   attached particle or a grammatical ending (المسؤولون, المسؤولين);
/// - their `TransliterationDistance` is at most `maximumDistance`;
/// - the reference uses one form only: no other reference spelling is that close to `r`
///   (سيرجي and سيرغي both in the reference are left alone).
public struct SpellingVariantFinder: Sendable, Hashable, Codable {
  /// The fewest letters a spelling needs to be compared.
  public var minimumLength: Int
  /// The largest `TransliterationDistance` between variants.
  public var maximumDistance: Double

  public init(minimumLength: Int = 5, maximumDistance: Double = 1) {
    self.minimumLength = minimumLength
    self.maximumDistance = maximumDistance
  }

  /// A spelling in a line: its letters with the space removed, and which words it is. How it
  /// is shown and where it is are made only for the few units reported (`form`, `occurrence`).
  struct Unit {
    var key: [Unicode.Scalar]
    var isJoined: Bool
    /// The line among those passed to `units(of:)`'s caller, and its first word.
    var line: Int
    var word: Int
    /// The position of the unit among the units of its side, for a stable report order.
    var order = 0
  }

  /// A line split into words under `.matching`, as the finder reads it.
  struct Line {
    var line: TextLine
    var words: ArabicWords

    init(_ line: TextLine, words: ArabicWords) {
      self.line = line
      self.words = words
    }

    init(_ line: TextLine) {
      self.init(line, words: ArabicWords(NormalizationProfile.matching.normalizeTracingOrigins(line.text)))
    }

    /// How a unit is shown: its normalized words, joined by one space.
    func form(_ unit: Unit) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: words.word(unit.word))
      if unit.isJoined {
        view.append(" ")
        view.append(contentsOf: words.word(unit.word + 1))
      }
      return String(view)
    }

    /// Where a unit is, with its text as written.
    func occurrence(_ unit: Unit) -> Occurrence {
      let last = unit.isJoined ? unit.word + 1 : unit.word
      let span = words.text.originalRange(of: words.ranges[unit.word].lowerBound..<words.ranges[last].upperBound)
      var view = String.UnicodeScalarView()
      view.append(contentsOf: Array(line.text.unicodeScalars)[span])
      return Occurrence(document: line.document, line: line.line, start: span.lowerBound, end: span.upperBound, text: String(view))
    }
  }

  /// The variants in `hypothesis` of spellings in `reference`, ordered by their first
  /// occurrence in the hypothesis.
  public func variants(hypothesis: [TextLine], reference: [String]) -> [SpellingVariant] {
    variants(
      hypothesis: hypothesis.map { Line($0) }, reference: reference.map { Line(TextLine(document: "", text: $0, line: 0)) })
  }

  /// The variants from lines already split (the terminology checker splits each line once for
  /// term matching and for this).
  func variants(hypothesis: [Line], reference: [Line]) -> [SpellingVariant] {
    // Each reference spelling's count and first unit; its form is spelled out only if reported.
    var referenceUnits: [[Unicode.Scalar]: (count: Int, first: Unit)] = [:]
    for (index, line) in reference.enumerated() {
      for unit in units(of: line.words, line: index) {
        referenceUnits[unit.key, default: (0, unit)].count += 1
      }
    }
    // Variants share their first and last letters: compare only within those buckets.
    var buckets: [[Unicode.Scalar]: [(key: [Unicode.Scalar], isJoined: Bool)]] = [:]
    for (key, value) in referenceUnits { buckets[Self.bucket(key), default: []].append((key, value.first.isJoined)) }
    var hypothesisUnits = hypothesis.indices.flatMap { units(of: hypothesis[$0].words, line: $0) }
    for index in hypothesisUnits.indices { hypothesisUnits[index].order = index }

    // For each reference form, the hypothesis units that are its variants.
    var variantsByReference: [[Unicode.Scalar]: [Unit]] = [:]
    var closestCache: [[Unicode.Scalar]: [Unicode.Scalar]?] = [:]
    for unit in hypothesisUnits where referenceUnits[unit.key] == nil {
      let closest: [Unicode.Scalar]?
      if let cached = closestCache[unit.key] {
        closest = cached
      } else {
        let matches = (buckets[Self.bucket(unit.key)] ?? []).filter { isVariant(unit.key, unit.isJoined, of: $0.key, $0.isJoined) }
        closest = matches.count == 1 ? matches.first?.key : nil
        closestCache[unit.key] = .some(closest)
      }
      if let closest { variantsByReference[closest, default: []].append(unit) }
    }

    var found: [(first: Int, variant: SpellingVariant)] = []
    for (key, variantUnits) in variantsByReference {
      guard let spelling = referenceUnits[key] else { continue }
      // The reference must use one form: no other reference spelling is a variant of it.
      let rivals = (buckets[Self.bucket(key)] ?? []).filter {
        $0.key != key && isVariant($0.key, $0.isJoined, of: key, spelling.first.isJoined)
      }
      guard rivals.isEmpty else { continue }
      let referenceForm = reference[spelling.first.line].form(spelling.first)
      let same = hypothesisUnits.filter { $0.key == key }
      var forms: [RenderingUse] = []
      if !same.isEmpty {
        forms.append(RenderingUse(form: referenceForm, occurrences: same.map { hypothesis[$0.line].occurrence($0) }))
      }
      var order: [String] = []
      var byForm: [String: [Occurrence]] = [:]
      for unit in variantUnits {
        let form = hypothesis[unit.line].form(unit)
        if byForm[form] == nil { order.append(form) }
        byForm[form, default: []].append(hypothesis[unit.line].occurrence(unit))
      }
      forms += order.map { RenderingUse(form: $0, occurrences: byForm[$0] ?? []) }
      let first = (same + variantUnits).map(\.order).min() ?? 0
      found.append(
        (first, SpellingVariant(referenceForm: referenceForm, referenceCount: spelling.count, hypothesisForms: forms)))
    }
    return found.sorted { ($0.first, $0.variant.referenceForm) < ($1.first, $1.variant.referenceForm) }.map(\.variant)
  }

  static func bucket(_ key: [Unicode.Scalar]) -> [Unicode.Scalar] {
    Array(key.prefix(1)) + Array(key.suffix(1))
  }

  func isVariant(_ a: [Unicode.Scalar], _ aIsJoined: Bool, of b: [Unicode.Scalar], _ bIsJoined: Bool) -> Bool {
    guard a != b, !(aIsJoined && bIsJoined), a.count >= minimumLength, b.count >= minimumLength,
      a.first == b.first, a.last == b.last
    else { return false }
    let beforeLast = (a[a.count - 2], b[b.count - 2])
    guard beforeLast.0 == beforeLast.1 || TransliterationDistance.areEquivalent(beforeLast.0, beforeLast.1) else {
      return false
    }
    guard abs(a.count - b.count) <= Int(maximumDistance * 2) else { return false }
    return TransliterationDistance.distance(a, b) <= maximumDistance
  }

  /// The words of a line and its pairs of words separated by one space, those of at least
  /// `minimumLength` letters: shorter spellings are never compared, so they are not even made.
  /// `line` is the line's position, kept in each unit.
  func units(of words: ArabicWords, line: Int) -> [Unit] {
    var units: [Unit] = []
    for index in words.ranges.indices {
      let word = words.word(index)
      if word.count >= minimumLength { units.append(Unit(key: Array(word), isJoined: false, line: line, word: index)) }
      if words.isSingleSpace(after: index), word.count >= 4, words.word(index + 1).count >= 4,
        word.count + words.word(index + 1).count >= minimumLength
      {
        units.append(Unit(key: Array(word) + Array(words.word(index + 1)), isJoined: true, line: line, word: index))
      }
    }
    return units
  }
}
