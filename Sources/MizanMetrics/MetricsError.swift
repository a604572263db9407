/// An error of the metrics module: a bad option or a combination sacreBLEU refuses, with the
/// reason a user needs. The CLI maps these to messages and exit codes in one place.
public struct MetricsError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong.
  public enum Code: Sendable, Hashable {
    /// A tokenizer name sacreBLEU does not know.
    case unknownTokenizer(String)
    /// A tokenizer sacreBLEU knows but that needs a model Mizan does not ship.
    case unsupportedTokenizer(String)
    /// A smoothing method other than exp, floor, add-k, none.
    case unknownSmoothing(String)
    /// Options that cannot be used together, in sacreBLEU's words.
    case invalidCombination(String)
    /// Systems or references of different lengths, or no segments at all.
    case mismatchedInput(String)
  }

  /// What went wrong.
  public var code: Code

  public init(_ code: Code) { self.code = code }

  public var description: String {
    switch code {
    case .unknownTokenizer(let name):
      let known = TokenizerName.allCases.map(\.rawValue).joined(separator: ", ")
      return "unknown tokenizer '\(name)' (known: \(known))"
    case .unsupportedTokenizer(let name):
      return "tokenizer '\(name)' needs an external model, which Mizan does not ship"
        + " (use 13a, intl, char, zh or none)"
    case .unknownSmoothing(let name):
      return "unknown smoothing method '\(name)' (known: exp, floor, add-k, none)"
    case .invalidCombination(let reason), .mismatchedInput(let reason):
      return reason
    }
  }
}
