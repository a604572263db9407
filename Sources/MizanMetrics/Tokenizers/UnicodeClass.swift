/// The Unicode general-category classes the `intl` tokenizer's regular expressions use:
/// `\p{N}` (numbers), `\p{P}` (punctuation), `\p{S}` (symbols).
///
/// From Swift's Unicode tables (`Unicode.Scalar.Properties.generalCategory`), with a table for
/// ASCII. sacreBLEU gets them from the `regex` package; the two agree on every scalar in the
/// test fixtures, but may disagree on scalars assigned in a Unicode version only one knows.
enum UnicodeClass: UInt8 {
  case number, punctuation, symbol, other

  /// ASCII classes, computed once from the same Unicode tables.
  private static let ascii: [UnicodeClass] = (0..<128).map { value in
    classify(Unicode.Scalar(UInt8(value)))
  }

  @inline(__always)
  static func of(_ scalar: Unicode.Scalar) -> UnicodeClass {
    scalar.value < 128 ? ascii[Int(scalar.value)] : classify(scalar)
  }

  private static func classify(_ scalar: Unicode.Scalar) -> UnicodeClass {
    switch scalar.properties.generalCategory {
    case .decimalNumber, .letterNumber, .otherNumber:
      return .number
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      return .punctuation
    case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
      return .symbol
    default:
      return .other
    }
  }
}
