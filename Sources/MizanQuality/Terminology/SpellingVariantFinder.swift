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

  /// A spelling in a line: its letters with the space removed, how it is shown, where it is.
  struct Unit {
    var key: [Unicode.Scalar]
    var form: String
    var isJoined: Bool
    var occurrence: Occurrence
    /// The position of the unit among all units of its side, for a stable report order.
    var order = 0
  }

  /// The variants in `hypothesis` of spellings in `reference`, ordered by their first
  /// occurrence in the hypothesis.
  public func variants(hypothesis: [TextLine], reference: [String]) -> [SpellingVariant] {
    let referenceUnits = reference.flatMap { Self.units(of: TextLine(document: "", text: $0, line: 0)) }
    var referenceCounts: [[Unicode.Scalar]: Int] = [:]
    var referenceForms: [[Unicode.Scalar]: (form: String, isJoined: Bool)] = [:]
    for unit in referenceUnits {
      referenceCounts[unit.key, default: 0] += 1
      if referenceForms[unit.key] == nil { referenceForms[unit.key] = (unit.form, unit.isJoined) }
    }
    let candidates = referenceForms.filter { $0.key.count >= minimumLength }
    // Variants share their first and last letters: compare only within those buckets.
    var buckets: [[Unicode.Scalar]: [(key: [Unicode.Scalar], isJoined: Bool)]] = [:]
    for (key, value) in candidates { buckets[Self.bucket(key), default: []].append((key, value.isJoined)) }
    var hypothesisUnits = hypothesis.flatMap(Self.units(of:))
    for index in hypothesisUnits.indices { hypothesisUnits[index].order = index }

    // For each reference form, the hypothesis units that are its variants.
    var variantsByReference: [[Unicode.Scalar]: [Unit]] = [:]
    var closestCache: [[Unicode.Scalar]: [Unicode.Scalar]?] = [:]
    for unit in hypothesisUnits where unit.key.count >= minimumLength && referenceCounts[unit.key] == nil {
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
      guard let reference = referenceForms[key] else { continue }
      // The reference must use one form: no other reference spelling is a variant of it.
      let rivals = (buckets[Self.bucket(key)] ?? []).filter { $0.key != key && isVariant($0.key, $0.isJoined, of: key, reference.isJoined) }
      guard rivals.isEmpty else { continue }
      let same = hypothesisUnits.filter { $0.key == key }
      var forms: [RenderingUse] = []
      if !same.isEmpty { forms.append(RenderingUse(form: reference.form, occurrences: same.map(\.occurrence))) }
      var order: [String] = []
      var byForm: [String: [Occurrence]] = [:]
      for unit in variantUnits {
        if byForm[unit.form] == nil { order.append(unit.form) }
        byForm[unit.form, default: []].append(unit.occurrence)
      }
      forms += order.map { RenderingUse(form: $0, occurrences: byForm[$0] ?? []) }
      let first = (same + variantUnits).map(\.order).min() ?? 0
      found.append(
        (first, SpellingVariant(referenceForm: reference.form, referenceCount: referenceCounts[key] ?? 0, hypothesisForms: forms)))
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

  /// The words of a line and its pairs of words separated by one space.
  static func units(of line: TextLine) -> [Unit] {
    let words = ArabicWords(NormalizationProfile.matching.normalizeTracingOrigins(line.text))
    let original = Array(line.text.unicodeScalars)
    func occurrence(_ first: Int, _ last: Int) -> Occurrence {
      let span = words.text.originalRange(of: words.ranges[first].lowerBound..<words.ranges[last].upperBound)
      var view = String.UnicodeScalarView()
      view.append(contentsOf: original[span])
      return Occurrence(document: line.document, line: line.line, start: span.lowerBound, end: span.upperBound, text: String(view))
    }
    func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars)
      return String(view)
    }
    var units: [Unit] = []
    for index in words.ranges.indices {
      let word = words.word(index)
      units.append(Unit(key: Array(word), form: string(word), isJoined: false, occurrence: occurrence(index, index)))
      if words.isSingleSpace(after: index), word.count >= 4, words.word(index + 1).count >= 4 {
        let next = words.word(index + 1)
        units.append(
          Unit(
            key: Array(word) + Array(next), form: string(word) + " " + string(next), isJoined: true,
            occurrence: occurrence(index, index + 1)))
      }
    }
    return units
  }
}
