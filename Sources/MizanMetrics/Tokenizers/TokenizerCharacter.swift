/// sacreBLEU's `char` tokenizer: every Unicode code point separated by a space
/// (sacrebleu/tokenizers/tokenizer_char.py). Code points, not grapheme clusters: an emoji with a
/// skin-tone modifier is two tokens, as in Python. Whitespace code points stay in the output
/// (BLEU's whitespace split later drops them), exactly as sacreBLEU returns them.
public struct TokenizerCharacter: Tokenizer {
  public init() {}

  public var signature: String { "char" }

  public func tokenize(_ line: String) -> String {
    var output = String.UnicodeScalarView()
    var first = true
    for scalar in line.unicodeScalars {
      if !first { output.append(" ") }
      output.append(scalar)
      first = false
    }
    return String(output)
  }
}
