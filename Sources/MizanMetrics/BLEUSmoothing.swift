extension BLEU {
  /// How BLEU treats an n-gram order with no matches, after Chen and Cherry,
  /// "A Systematic Comparison of Smoothing Techniques for Sentence-Level BLEU" (WMT 2014),
  /// as sacreBLEU names them.
  public enum Smoothing: Sendable, Hashable, Codable {
    /// NIST's method 3 (mteval-v13a): the k-th order without matches gets precision
    /// 1 / (2^k · total). sacreBLEU's default.
    case exponential
    /// Method 1: an order without matches gets precision `value` / total (default 0.1).
    case floor(Double)
    /// Method 2: add `value` to matches and totals of orders 2 and up (default 1).
    case addK(Double)
    /// No smoothing: one order without matches makes BLEU 0.
    case none

    /// The smoothing sacreBLEU's `--smooth-method NAME [--smooth-value VALUE]` selects; a nil
    /// value takes the method's default, a value given to `exp` or `none` is ignored, as there.
    /// - Throws: `MetricsError` `.unknownSmoothing` for other names.
    public init(method: String, value: Double? = nil) throws(MetricsError) {
      switch method {
      case "exp": self = .exponential
      case "floor": self = .floor(value ?? 0.1)
      case "add-k": self = .addK(value ?? 1)
      case "none": self = .none
      default: throw MetricsError(.unknownSmoothing(method))
      }
    }

    /// The name sacreBLEU's `--smooth-method` takes.
    public var method: String {
      switch self {
      case .exponential: return "exp"
      case .floor: return "floor"
      case .addK: return "add-k"
      case .none: return "none"
      }
    }

    /// The `smooth:` signature value: `exp`, `none`, `floor[0.10]`, `add-k[1.00]`.
    public var signature: String {
      switch self {
      case .exponential, .none: return method
      case .floor(let value), .addK(let value): return "\(method)[\(PythonFormat.fixed(value, 2))]"
      }
    }
  }
}
