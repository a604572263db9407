/// The tokenizers sacreBLEU 2.6.0 knows, by the name its `--tokenize` option takes.
///
/// Mizan implements the rule-based ones; those that need an external model (MeCab dictionaries,
/// SentencePiece models) are recognized so that asking for them gives a clear error rather than
/// "unknown tokenizer".
public enum TokenizerName: String, Sendable, CaseIterable, Codable {
  case thirteenA = "13a"
  case international = "intl"
  case character = "char"
  case none = "none"
  case chinese = "zh"
  case japaneseMeCab = "ja-mecab"
  case koreanMeCab = "ko-mecab"
  case sentencePiece = "spm"
  case flores101 = "flores101"
  case flores200 = "flores200"
  case spBLEU1K = "spBLEU-1K"

  /// sacreBLEU's default, the tokenizer of mteval-v13a.pl used by WMT.
  public static let `default` = TokenizerName.thirteenA

  /// Whether Mizan can run this tokenizer (it needs no external model).
  public var isSupported: Bool {
    switch self {
    case .thirteenA, .international, .character, .none, .chinese: return true
    default: return false
    }
  }

  /// The tokenizer of this name.
  /// - Throws: `MetricsError` with code `.unsupportedTokenizer` for tokenizers that need an
  ///   external model, which Mizan does not ship.
  public func tokenizer() throws(MetricsError) -> any Tokenizer {
    switch self {
    case .thirteenA: return Tokenizer13a()
    case .international: return TokenizerInternational()
    case .character: return TokenizerCharacter()
    case .none: return TokenizerNone()
    case .chinese: return TokenizerChinese()
    case .japaneseMeCab, .koreanMeCab, .sentencePiece, .flores101, .flores200, .spBLEU1K:
      throw MetricsError(.unsupportedTokenizer(rawValue))
    }
  }

  /// The tokenizer called `name` on sacreBLEU's command line.
  /// - Throws: `MetricsError` `.unknownTokenizer` for names sacreBLEU does not know either,
  ///   `.unsupportedTokenizer` for those that need an external model.
  public static func tokenizer(named name: String) throws(MetricsError) -> any Tokenizer {
    guard let known = TokenizerName(rawValue: name) else {
      throw MetricsError(.unknownTokenizer(name))
    }
    return try known.tokenizer()
  }
}
