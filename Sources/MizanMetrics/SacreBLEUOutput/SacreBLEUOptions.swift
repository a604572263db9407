/// The sacreBLEU command-line options that decide what is computed and how it is printed.
/// Defaults are sacreBLEU's.
public struct SacreBLEUOptions: Sendable, Hashable {
  /// `-f/--format`: sacreBLEU's default is JSON.
  public enum Format: String, Sendable, Hashable {
    case json, text
  }

  /// `-f`: JSON (default) or text. Sentence-level lines are always text, as in sacreBLEU.
  public var format: Format = .json
  /// `-w`: decimals of printed scores (default 1).
  public var width: Int = 1
  /// `-b/--score-only`: only the numbers.
  public var scoreOnly: Bool = false
  /// `--short`: abbreviated signature keys (text output only; JSON always has long keys).
  public var shortSignature: Bool = false
  /// `--sentence-level`: one line per segment (one system, one metric).
  public var sentenceLevel: Bool = false
  /// `--confidence` with `--confidence-n` resamples (default 1000); nil without `--confidence`.
  public var confidenceResamples: Int? = nil
  /// `--paired-bs`/`--paired-ar` with `-pbsn`/`-parn`; nil without a paired test.
  public var pairedTest: PairedSignificance.Test? = nil
  /// sacreBLEU's `SACREBLEU_SEED` (default 12345), printed as `seed:` in the signature.
  public var seed: UInt64 = 12345

  public init(
    format: Format = .json, width: Int = 1, scoreOnly: Bool = false,
    shortSignature: Bool = false, sentenceLevel: Bool = false, confidenceResamples: Int? = nil,
    pairedTest: PairedSignificance.Test? = nil, seed: UInt64 = 12345
  ) {
    self.format = format
    self.width = width
    self.scoreOnly = scoreOnly
    self.shortSignature = shortSignature
    self.sentenceLevel = sentenceLevel
    self.confidenceResamples = confidenceResamples
    self.pairedTest = pairedTest
    self.seed = seed
  }
}
