/// Normalized text that remembers where each of its scalars came from, so that a span found in
/// the normalized form (a term, a variant spelling) can be shown in the text the user wrote.
///
/// Get one from `NormalizationProfile.normalizeTracingOrigins(_:)`.
public struct NormalizedText: Sendable, Hashable {
  /// The normalized scalars.
  public var scalars: [Unicode.Scalar]
  /// For each normalized scalar, the range of original scalar offsets it stands for: one scalar,
  /// plus the diacritics and tatweel removed right after it; the whole ligature for each letter
  /// of a decomposed presentation form.
  public var origins: [Range<Int>]
  /// The number of scalars in the original text.
  public var originalCount: Int

  public init(scalars: [Unicode.Scalar], origins: [Range<Int>], originalCount: Int) {
    self.scalars = scalars
    self.origins = origins
    self.originalCount = originalCount
  }

  /// The normalized text as a string.
  public var string: String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  /// The original scalar offsets covered by the normalized scalars in `range`.
  public func originalRange(of range: Range<Int>) -> Range<Int> {
    guard !range.isEmpty else {
      let position = range.lowerBound < origins.count ? origins[range.lowerBound].lowerBound : originalCount
      return position..<position
    }
    let lower = origins[range.lowerBound].lowerBound
    let upper = origins[range.lowerBound..<range.upperBound].map(\.upperBound).max() ?? lower
    return lower..<upper
  }
}
