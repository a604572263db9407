/// chrF's sufficient statistics: for every n-gram order, character orders first and then
/// word orders (sacreBLEU's flat `[hyp, ref, match] * order` list, typed).
///
/// Get them from `CHRF.statistics(hypothesis:references:)`; sum them with `+` or `summed()`.
public struct CHRFStatistics: SufficientStatistics {
  /// The counts of one n-gram order.
  public struct OrderCounts: Sendable, Hashable, Codable {
    /// N-grams in the hypothesis; 0 when the chosen reference has none of this order,
    /// as sacreBLEU counts them.
    public var hypothesisNGrams: Int
    /// N-grams in the chosen reference.
    public var referenceNGrams: Int
    /// Hypothesis n-grams also in the reference, clipped to the reference's count.
    public var matchingNGrams: Int

    public init(hypothesisNGrams: Int, referenceNGrams: Int, matchingNGrams: Int) {
      self.hypothesisNGrams = hypothesisNGrams
      self.referenceNGrams = referenceNGrams
      self.matchingNGrams = matchingNGrams
    }

    public static let zero = OrderCounts(hypothesisNGrams: 0, referenceNGrams: 0, matchingNGrams: 0)

    static func + (lhs: OrderCounts, rhs: OrderCounts) -> OrderCounts {
      OrderCounts(
        hypothesisNGrams: lhs.hypothesisNGrams + rhs.hypothesisNGrams,
        referenceNGrams: lhs.referenceNGrams + rhs.referenceNGrams,
        matchingNGrams: lhs.matchingNGrams + rhs.matchingNGrams)
    }
  }

  /// Counts per order: character orders 1…c, then word orders 1…w. Empty for `zero`.
  public var orders: [OrderCounts]

  public init(orders: [OrderCounts]) { self.orders = orders }

  public static var zero: CHRFStatistics { CHRFStatistics(orders: []) }

  /// Order-by-order sums; an empty side (`zero`) adds nothing.
  public static func + (lhs: CHRFStatistics, rhs: CHRFStatistics) -> CHRFStatistics {
    if lhs.orders.isEmpty { return rhs }
    if rhs.orders.isEmpty { return lhs }
    let count = max(lhs.orders.count, rhs.orders.count)
    var orders: [OrderCounts] = []
    orders.reserveCapacity(count)
    for index in 0..<count {
      let left = index < lhs.orders.count ? lhs.orders[index] : .zero
      let right = index < rhs.orders.count ? rhs.orders[index] : .zero
      orders.append(left + right)
    }
    return CHRFStatistics(orders: orders)
  }
}
