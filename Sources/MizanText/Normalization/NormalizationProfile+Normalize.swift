extension NormalizationProfile {
  /// `text` with the profile's steps applied; `.none` returns it unchanged.
  public func normalize(_ text: String) -> String {
    if self == .none { return text }
    return normalizeTracingOrigins(text).string
  }

  /// `text` with the profile's steps applied, each output scalar tracing back to the original
  /// scalars it came from.
  ///
  /// Works scalar by scalar in one pass: presentation forms are decomposed first, so their base
  /// letters and marks go through the other steps like any other scalar.
  public func normalizeTracingOrigins(_ text: String) -> NormalizedText {
    var scalars: [Unicode.Scalar] = []
    var origins: [Range<Int>] = []
    scalars.reserveCapacity(text.unicodeScalars.count)
    origins.reserveCapacity(text.unicodeScalars.count)
    var offset = 0
    for original in text.unicodeScalars {
      let pieces =
        decomposesPresentationForms && ArabicScalars.isPresentationForm(original)
        ? ArabicScalars.baseLetters(of: original) : [original]
      for piece in pieces {
        if let kept = transform(piece, after: scalars.last) {
          if removesSpaceBeforePunctuation, ArabicScalars.isArabicPunctuation(kept) {
            while let last = scalars.last, Whitespace.contains(last) {
              scalars.removeLast()
              origins.removeLast()
            }
          }
          scalars.append(kept)
          origins.append(offset..<offset + 1)
        } else if let last = origins.indices.last {
          // A dropped mark belongs to the letter before it: a span ending on that letter covers it.
          origins[last] = origins[last].lowerBound..<offset + 1
        }
      }
      offset += 1
    }
    return NormalizedText(scalars: scalars, origins: origins, originalCount: offset)
  }

  /// The scalar that stands for `scalar` after the steps, or nil when a step removes it.
  private func transform(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?) -> Unicode.Scalar? {
    if removesDiacritics, ArabicScalars.isDiacritic(scalar) { return nil }
    if removesTatweel, scalar == ArabicScalars.tatweel { return nil }
    if unifiesAlef {
      if ArabicScalars.isAlefVariant(scalar) { return ArabicScalars.alef }
      if ArabicScalars.isAlefMark(scalar), previous == ArabicScalars.alef { return nil }
    }
    if unifiesYaa, ArabicScalars.isYaaVariant(scalar) { return ArabicScalars.yaa }
    if unifiesTaaMarbuta, scalar == ArabicScalars.taaMarbuta { return ArabicScalars.haa }
    if asciiDigits, let digit = ArabicScalars.asciiDigit(for: scalar) { return digit }
    if unifiesQuotes, let quote = ArabicScalars.asciiQuote(for: scalar) { return quote }
    return scalar
  }
}
