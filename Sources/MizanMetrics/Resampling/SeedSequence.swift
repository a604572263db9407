/// numpy's `SeedSequence` for an integer seed, which turns a seed such as sacreBLEU's 12345 into
/// the initial state of `np.random.default_rng(seed)` (numpy/random/bit_generator.pyx, after
/// Melissa O'Neill's `seed_seq` design). Only what `default_rng(int)` needs: no spawn keys, the
/// default pool of four 32-bit words.
struct SeedSequence {
  private static let poolSize = 4
  private static let initA: UInt32 = 0x43b0_d7e5
  private static let multA: UInt32 = 0x931e_8875
  private static let initB: UInt32 = 0x8b51_f9dd
  private static let multB: UInt32 = 0x58f3_8ded
  private static let mixMultL: UInt32 = 0xca01_f9dd
  private static let mixMultR: UInt32 = 0x4973_f715
  private static let xShift: UInt32 = 16

  /// The mixed entropy pool.
  private var pool: [UInt32]

  init(_ seed: UInt64) {
    // The seed as little-endian 32-bit words, at least one.
    var entropy: [UInt32] = []
    var rest = seed
    repeat {
      entropy.append(UInt32(truncatingIfNeeded: rest))
      rest >>= 32
    } while rest > 0

    var hashConstant = Self.initA
    func hashMix(_ value: UInt32) -> UInt32 {
      var value = value ^ hashConstant
      hashConstant = hashConstant &* Self.multA
      value = value &* hashConstant
      return value ^ (value >> Self.xShift)
    }
    func mix(_ x: UInt32, _ y: UInt32) -> UInt32 {
      let result = Self.mixMultL &* x &- Self.mixMultR &* y
      return result ^ (result >> Self.xShift)
    }
    var pool = (0..<Self.poolSize).map { index in hashMix(index < entropy.count ? entropy[index] : 0) }
    for source in 0..<Self.poolSize {
      for destination in 0..<Self.poolSize where source != destination {
        pool[destination] = mix(pool[destination], hashMix(pool[source]))
      }
    }
    for source in Self.poolSize..<max(Self.poolSize, entropy.count) {
      for destination in 0..<Self.poolSize {
        pool[destination] = mix(pool[destination], hashMix(entropy[source]))
      }
    }
    self.pool = pool
  }

  /// `generate_state(count, np.uint64)`: 2·count 32-bit words paired little-endian.
  func generateState64(_ count: Int) -> [UInt64] {
    var hashConstant = Self.initB
    var words: [UInt32] = []
    for index in 0..<(2 * count) {
      var value = pool[index % Self.poolSize] ^ hashConstant
      hashConstant = hashConstant &* Self.multB
      value = value &* hashConstant
      words.append(value ^ (value >> Self.xShift))
    }
    return (0..<count).map { UInt64(words[2 * $0]) | UInt64(words[2 * $0 + 1]) << 32 }
  }
}
