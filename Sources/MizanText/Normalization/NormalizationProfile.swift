/// Which orthographic normalizations to apply to Arabic text before scoring or term matching.
///
/// Normalization changes BLEU by several points on real Arabic text, so it is never silent: every
/// step is a switch, and `name` spells out the switches that are on for the score signature
/// (`orth:none`, or `orth:ar(` followed by the steps in a fixed order, e.g.
/// `orth:ar(diac,tatweel,alef,yaa,pres,digits,quotes,punctspace)`). `init(name:)` reads a name back.
///
/// Use `.none` to reproduce sacreBLEU (text untouched), `.arabic` for scoring with every lossless
/// step, and `.matching` for terminology, which only folds spelling variation inside words.
/// Normalize with `profile.normalize(text)`, or `profile.normalizeTracingOrigins(text)` when
/// spans found in the normalized text must point back at the original.
public struct NormalizationProfile: Sendable, Hashable, Codable {
  /// Remove harakat (U+064B–U+065F), dagger alef (U+0670) and Quranic annotation marks
  /// (U+0610–U+061A, U+06D6–U+06ED): authors vowel some words and not others.
  public var removesDiacritics: Bool
  /// Remove tatweel (U+0640), the stretching stroke used for justification and emphasis.
  public var removesTatweel: Bool
  /// Write alef with hamza or madda (أ إ آ ٱ) as bare alef (ا); hamza seats are spelled loosely.
  public var unifiesAlef: Bool
  /// Write alef maksura (ى) and Farsi yeh (ی) as yaa (ي); final ى/ي are interchanged in practice.
  public var unifiesYaa: Bool
  /// Write taa marbuta (ة) as haa (ه). Off in every preset: it merges distinct words.
  public var unifiesTaaMarbuta: Bool
  /// Replace presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) by their base letters, as
  /// compatibility decomposition defines them; old PDFs and some fonts produce them.
  public var decomposesPresentationForms: Bool
  /// Write Arabic-Indic (٠–٩) and Persian (۰–۹) digits as ASCII digits.
  public var asciiDigits: Bool
  /// Write typographic double quotes and guillemets (“ ” „ ‟ « » ‹ › 〝 〞 ＂) as `"` and curly
  /// single quotes (‘ ’ ‚ ‛) as `'`.
  public var unifiesQuotes: Bool
  /// Remove whitespace before the Arabic comma, semicolon and question mark (، ؛ ؟): machine
  /// translation often writes `word ، word` where editors write `word، word`.
  public var removesSpaceBeforePunctuation: Bool

  public init(
    removesDiacritics: Bool = false, removesTatweel: Bool = false, unifiesAlef: Bool = false,
    unifiesYaa: Bool = false, unifiesTaaMarbuta: Bool = false,
    decomposesPresentationForms: Bool = false, asciiDigits: Bool = false,
    unifiesQuotes: Bool = false, removesSpaceBeforePunctuation: Bool = false
  ) {
    self.removesDiacritics = removesDiacritics
    self.removesTatweel = removesTatweel
    self.unifiesAlef = unifiesAlef
    self.unifiesYaa = unifiesYaa
    self.unifiesTaaMarbuta = unifiesTaaMarbuta
    self.decomposesPresentationForms = decomposesPresentationForms
    self.asciiDigits = asciiDigits
    self.unifiesQuotes = unifiesQuotes
    self.removesSpaceBeforePunctuation = removesSpaceBeforePunctuation
  }

  /// Text untouched: what sacreBLEU scores.
  public static let none = NormalizationProfile()

  /// Every step except taa marbuta, which is lossy.
  public static let arabic = NormalizationProfile(
    removesDiacritics: true, removesTatweel: true, unifiesAlef: true, unifiesYaa: true,
    decomposesPresentationForms: true, asciiDigits: true, unifiesQuotes: true,
    removesSpaceBeforePunctuation: true)

  /// The steps that fold spelling variation inside a word, used for term matching: punctuation,
  /// quotes and digits are left as written so word boundaries stay where the author put them.
  public static let matching = NormalizationProfile(
    removesDiacritics: true, removesTatweel: true, unifiesAlef: true, unifiesYaa: true,
    decomposesPresentationForms: true)

  /// The steps in signature order, each with its short name.
  static var stepNames: [(name: String, keyPath: WritableKeyPath<NormalizationProfile, Bool>)] {
    [
    ("diac", \.removesDiacritics), ("tatweel", \.removesTatweel), ("alef", \.unifiesAlef),
    ("yaa", \.unifiesYaa), ("taa", \.unifiesTaaMarbuta), ("pres", \.decomposesPresentationForms),
    ("digits", \.asciiDigits), ("quotes", \.unifiesQuotes),
    ("punctspace", \.removesSpaceBeforePunctuation),
    ]
  }

  /// The stable name that goes into score signatures: `orth:none`, or `orth:ar(…)` listing the
  /// steps that are on, comma-separated, in the fixed order
  /// diac, tatweel, alef, yaa, taa, pres, digits, quotes, punctspace.
  public var name: String {
    let steps = Self.stepNames.filter { self[keyPath: $0.keyPath] }.map(\.name)
    return steps.isEmpty ? "orth:none" : "orth:ar(\(steps.joined(separator: ",")))"
  }

  /// Reads a profile back from its `name`; steps may come in any order. Nil for a name that is
  /// not one this type writes, so a typo on the command line is caught rather than ignored.
  public init?(name: String) {
    self.init()
    if name == "orth:none" { return }
    guard name.hasPrefix("orth:ar("), name.hasSuffix(")") else { return nil }
    let list = name.dropFirst("orth:ar(".count).dropLast()
    guard !list.isEmpty else { return nil }
    for step in list.split(separator: ",", omittingEmptySubsequences: false) {
      guard let entry = Self.stepNames.first(where: { $0.name == step }) else { return nil }
      self[keyPath: entry.keyPath] = true
    }
  }
}
