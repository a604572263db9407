/// A metric's score with the details sacreBLEU prints after it.
public struct Score: Sendable, Hashable, Codable {
  /// The metric's name as sacreBLEU prints it ("BLEU", "chrF2++").
  public var name: String
  /// The score, 0–100 (TER can exceed 100).
  public var score: Double
  /// What sacreBLEU prints after the number, e.g. BLEU's precisions and brevity penalty;
  /// empty for metrics that print nothing more.
  public var verbose: String

  public init(name: String, score: Double, verbose: String = "") {
    self.name = name
    self.score = score
    self.verbose = verbose
  }
}
