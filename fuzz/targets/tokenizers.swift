// libFuzzer target: every sacreBLEU tokenizer and the three metrics on arbitrary text. The
// input is split at its first tab into a hypothesis and a reference. Built by fuzz/run.sh.
@testable import MizanMetrics

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizers(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let tokenizers: [any Tokenizer] = [
    Tokenizer13a(), TokenizerInternational(), TokenizerCharacter(), TokenizerChinese(), TokenizerNone(),
  ]
  for tokenizer in tokenizers { _ = tokenizer.tokenize(text) }
  let parts = text.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
  let hypothesis = String(parts[0])
  let reference = parts.count > 1 ? String(parts[1]) : ""
  // Long inputs make TER's shift search slow without finding anything new.
  guard hypothesis.utf8.count < 1500, reference.utf8.count < 1500 else { return 0 }
  for tokenizer in tokenizers {
    let bleu = BLEU(tokenizer: tokenizer, lowercase: true, effectiveOrder: true)
    _ = bleu.sentenceScore(bleu.statistics(hypothesis: hypothesis, references: [reference]))
  }
  for chrF in [CHRF(), CHRF(wordOrder: 2, lowercase: true, whitespace: true, epsSmoothing: true)] {
    _ = chrF.sentenceScore(chrF.statistics(hypothesis: hypothesis, references: [reference]))
  }
  for ter in [TER(), TER(normalized: true, noPunctuation: true, asianSupport: true, caseSensitive: true)] {
    _ = ter.sentenceScore(ter.statistics(hypothesis: hypothesis, references: [reference]))
  }
  return 0
}
