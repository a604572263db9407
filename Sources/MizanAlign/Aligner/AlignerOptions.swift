extension Aligner {
  /// The knobs of the bead search. Defaults are tuned on the seed corpus and the generated
  /// tests (Tests/MizanAlignTests); costs are in units of "one minus normalized similarity".
  public struct Options: Sendable, Hashable, Codable {
    /// Cost of leaving one item unaligned (a 1-0 or 0-1 bead). A 1-1 bead wins over two
    /// skips when its normalized similarity beats `1 - 2 * skipCost` plus its penalties.
    public var skipCost: Double = 0.42
    /// Extra cost per bead type beyond 1-1, keyed by label ("2-1"), so merges are chosen only
    /// when they pay for themselves (Gale & Church 1993 priors on bead types, in cost form).
    public var beadPenalties: [String: Double] = [
      "1-2": 0.06, "2-1": 0.06, "2-2": 0.14, "1-3": 0.12, "3-1": 0.12,
    ]
    /// Weight of the length prior: cost `lengthWeight * |ln(len_h / len_r)|` on folded word
    /// characters, Gale & Church's observation that translations keep length, reduced to a
    /// log-ratio because the two sides are the same language.
    public var lengthWeight: Double = 0.12
    /// Similarity bonus when both sides look like headings (short, no sentence punctuation),
    /// so that a rewritten headline still pairs with the original one.
    public var headingBonus: Double = 0.2
    /// Extra cost per heading inside a multi-item bead: headings are paragraphs of their own
    /// and pair with headings, so a merge must not swallow one.
    public var headingMergePenalty: Double = 0.5
    /// A merge bead (2-1, 1-2, …) is considered only if each of its items has a normalized
    /// similarity above this with some item on the other side (a pruning, see `BeadSearch`).
    public var mergeFloor: Double = 0.1
    /// Searches with at most this many cells run exhaustively; larger ones coarse-to-fine.
    public var fullSearchCells: Int = 160_000
    /// Items merged per coarse block when searching coarse-to-fine (Vecalign's downsampling).
    public var coarseBlock: Int = 4
    /// Fine cells searched on either side of the projected coarse path.
    public var window: Int = 10

    public init() {}
  }
}
