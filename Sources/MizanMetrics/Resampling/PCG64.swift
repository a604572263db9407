/// numpy's default bit generator, PCG64 (O'Neill's PCG XSL-RR 128/64), seeded as
/// `np.random.default_rng(seed)` seeds it, with numpy's buffering of 32-bit draws
/// (numpy/random/src/pcg64). sacreBLEU draws all bootstrap and randomization samples from it,
/// so reproducing its numbers needs the same stream.
struct PCG64: Sendable {
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
    return Self.output(state)
  }

  /// The XSL-RR output of a state: its two halves xored, rotated by its top six bits.
  @inline(__always)
  static func output(_ state: UInt128) -> UInt64 {
    let high = UInt64(truncatingIfNeeded: state >> 64)
    let low = UInt64(truncatingIfNeeded: state)
    let rotation = high >> 58
    let value = high ^ low
    return (value >> rotation) | (value << ((64 &- rotation) & 63))
  }

  /// `steps` steps of the underlying LCG as one affine map, state ↦ multiplier · state + increment,
  /// by repeated squaring in O(log steps) (Brown, "Random Number Generation with Arbitrary
  /// Strides", 1994; numpy's `pcg64_advance`). Lets a worker start its share of the stream
  /// without stepping through everything before it.
  func stride(_ steps: UInt128) -> (multiplier: UInt128, increment: UInt128) {
    var total = (multiplier: UInt128(1), increment: UInt128(0))
    var power = (multiplier: Self.multiplier, increment: increment)
    var remaining = steps
    while remaining > 0 {
      if remaining & 1 == 1 {
        total = (total.multiplier &* power.multiplier, total.increment &* power.multiplier &+ power.increment)
      }
      power = (power.multiplier &* power.multiplier, (power.multiplier &+ 1) &* power.increment)
      remaining >>= 1
    }
    return total
  }

  /// Skips `steps` 64-bit draws, as numpy's `advance(steps)`; a buffered half is dropped, as
  /// numpy drops it.
  mutating func advance(by steps: UInt128) {
    let map = stride(steps)
    state = map.multiplier &* state &+ map.increment
    bufferedHalf = nil
  }

  /// Whether the next 32-bit draw is the buffered high half of a 64-bit draw.
  var hasBufferedHalf: Bool { bufferedHalf != nil }

  /// Four interleaved copies of a generator, each stepping four draws at a time, so that the four
  /// 128-bit multiply chains overlap in the processor instead of waiting on each other.
  struct Lanes {
    private var states: (UInt128, UInt128, UInt128, UInt128)
    private let multiplier: UInt128
    private let increment: UInt128

    /// Lane j makes draws j, j + 4, j + 8, … of `generator`'s 64-bit draws.
    init(_ generator: PCG64) {
      var copy = generator
      copy.step()
      let first = copy.state
      copy.step()
      let second = copy.state
      copy.step()
      let third = copy.state
      copy.step()
      states = (first, second, third, copy.state)
      (multiplier, increment) = generator.stride(4)
    }

    /// The next four 64-bit draws, in order.
    @inline(__always)
    mutating func next() -> (UInt64, UInt64, UInt64, UInt64) {
      let draws = (
        PCG64.output(states.0), PCG64.output(states.1), PCG64.output(states.2), PCG64.output(states.3)
      )
      states = (
        states.0 &* multiplier &+ increment, states.1 &* multiplier &+ increment,
        states.2 &* multiplier &+ increment, states.3 &* multiplier &+ increment
      )
      return draws
    }
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
