/// sacreBLEU's `none` tokenizer: the line unchanged, for input that is already tokenized.
/// BLEU still splits it on whitespace (sacrebleu/tokenizers/tokenizer_none.py).
public struct TokenizerNone: Tokenizer {
  public init() {}

  public var signature: String { "none" }

  public func tokenize(_ line: String) -> String { line }
}
