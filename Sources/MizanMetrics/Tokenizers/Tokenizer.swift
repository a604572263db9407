/// Splits a line into the space-separated tokens BLEU counts n-grams over.
///
/// Each conformer reproduces one of sacreBLEU 2.6.0's tokenizers output for output, so that
/// Mizan's BLEU equals sacreBLEU's. Get one by name with `TokenizerName(rawValue:)` and
/// `TokenizerName.tokenizer()`, or create `Tokenizer13a()` and friends directly.
public protocol Tokenizer: Sendable {
  /// The `tok:` value of the signature, as sacreBLEU prints it ("13a", "intl", …).
  var signature: String { get }
  /// The line tokenized exactly as sacreBLEU's tokenizer of the same name returns it: tokens
  /// separated by single spaces for all but `none` and `char`, whose output BLEU still splits
  /// on whitespace.
  func tokenize(_ line: String) -> String
}
