/// numpy's default bit generator, PCG64 (O'Neill's PCG XSL-RR 128/64), seeded as
/// `np.random.default_rng(seed)` seeds it, with numpy's buffering of 32-bit draws
/// (numpy/random/src/pcg64). sacreBLEU draws all bootstrap and randomization samples from it,
/// so reproducing its numbers needs the same stream.
struct PCG64 {
  private static let multiplier: UInt128 =
    UInt128(0x2360_ED05_1FC6_5DA4) << 64 | UInt128(0x4385_DF64_9FCC_F645)

  private var state: UInt128
  private let increment: UInt128
  /// numpy hands out a 64-bit draw as two 32-bit draws, low half first.
  private var bufferedHalf: UInt32? = nil

  /// The generator `np.random.default_rng(seed)` creates.
  init(seed: UInt64) {
    let words = SeedSequence(seed).generateState64(4)
    let initialState = UInt128(words[0]) << 64 | UInt128(words[1])
    let sequence = UInt128(words[2]) << 64 | UInt128(words[3])
    increment = sequence << 1 | 1
    state = 0
    step()
    state = state &+ initialState
    step()
  }

  /// The state and increment numpy reports in `bit_generator.state`, for tests.
  var stateAndIncrement: (state: UInt128, increment: UInt128) { (state, increment) }

  @inline(__always)
  private mutating func step() { state = state &* Self.multiplier &+ increment }

  @inline(__always)
  mutating func next64() -> UInt64 {
    step()
    let high = UInt64(truncatingIfNeeded: state >> 64)
    let low = UInt64(truncatingIfNeeded: state)
    let rotation = high >> 58
    let value = high ^ low
    return (value >> rotation) | (value << ((64 &- rotation) & 63))
  }

  /// Hands over the buffered high half, if any, for a caller that buffers it itself.
  mutating func takeBufferedHalf() -> UInt32? {
    defer { bufferedHalf = nil }
    return bufferedHalf
  }

  /// Gives a buffered half back (see `takeBufferedHalf`).
  mutating func restoreBufferedHalf(_ half: UInt32?) { bufferedHalf = half }

  @inline(__always)
  mutating func next32() -> UInt32 {
    if let half = bufferedHalf {
      bufferedHalf = nil
      return half
    }
    let value = next64()
    bufferedHalf = UInt32(truncatingIfNeeded: value >> 32)
    return UInt32(truncatingIfNeeded: value)
  }
}
