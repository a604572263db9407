/// The draws of numpy's `Generator` that sacreBLEU uses, bit for bit
/// (numpy/random/_generator.pyx and src/distributions/distributions.c):
/// `choice(n, size, replace=True)` and `integers(2, size, dtype=bool)`.
///
/// `choice` draws `integers(0, n)` as int64 with Lemire's multiply-and-reject method (numpy's
/// `Generator` does not use the masked rejection of the legacy `RandomState`): on 32-bit draws
/// when n − 1 fits in 32 bits, on 64-bit draws otherwise. Booleans take one 32-bit draw per 32
/// values, least significant bit first.
public struct NumpyGenerator: Sendable {
  /// The bit generator; `ChoiceBlock` reads and advances it directly.
  var bits: PCG64

  /// The generator of `np.random.default_rng(seed)`.
  public init(seed: UInt64) { bits = PCG64(seed: seed) }

  /// `choice(count, size=n)` with replacement: `n` indices in 0..<count, row-major if numpy's
  /// size is a matrix. `count` must be positive.
  public mutating func choice(_ count: Int, size: Int) -> [Int] {
    precondition(count > 0, "choice from an empty population")
    let range = UInt64(count - 1)
    if range <= 0xFFFF_FFFF {
      var draws = [UInt32](repeating: 0, count: size)
      draws.withUnsafeMutableBufferPointer { choice(count, into: $0) }
      return draws.map(Int.init)
    }
    // 64-bit draws: Lemire's method on the full-width product.
    let exclusive = range + 1
    let threshold = (UInt64.max - range) % exclusive
    var out = [Int]()
    out.reserveCapacity(size)
    for _ in 0..<size {
      var product = bits.next64().multipliedFullWidth(by: exclusive)
      while product.low < threshold {
        product = bits.next64().multipliedFullWidth(by: exclusive)
      }
      out.append(Int(product.high))
    }
    return out
  }

  /// The next `buffer.count` draws of `choice(count, …)` into `buffer`: calls with consecutive
  /// buffers give the same indices as one `choice(count, size:)` of their total size, so
  /// a long sequence can be drawn a block at a time. `count` must be in 1...2³².
  public mutating func choice(_ count: Int, into buffer: UnsafeMutableBufferPointer<UInt32>) {
    precondition(count > 0 && count <= 1 << 32, "choice from 1...2^32 elements")
    let range = UInt64(count - 1)
    if range == 0 {
      buffer.update(repeating: 0)
      return
    }
    if range == 0xFFFF_FFFF {
      for index in buffer.indices { buffer[index] = bits.next32() }
      return
    }
    let bound = LemireBound(count: count)
    // numpy's 32-bit draws, with the high half of each 64-bit draw buffered here in locals
    // rather than in the generator (the same sequence, fewer branches and stores).
    var half = bits.takeBufferedHalf()
    @inline(__always) func next32() -> UInt32 {
      if let value = half {
        half = nil
        return value
      }
      let value = bits.next64()
      half = UInt32(truncatingIfNeeded: value >> 32)
      return UInt32(truncatingIfNeeded: value)
    }
    for index in buffer.indices {
      var product = bound.product(next32())
      while bound.rejects(product) { product = bound.product(next32()) }
      buffer[index] = LemireBound.index(product)
    }
    bits.restoreBufferedHalf(half)
  }

  /// `integers(2, size=n, dtype=bool)`: `n` fair coin flips.
  public mutating func coinFlips(_ size: Int) -> [Bool] {
    var out = [Bool]()
    out.reserveCapacity(size)
    var buffer: UInt32 = 0
    var remaining = 0
    for _ in 0..<size {
      if remaining == 0 {
        buffer = bits.next32()
        remaining = 31
      } else {
        buffer >>= 1
        remaining -= 1
      }
      out.append(buffer & 1 != 0)
    }
    return out
  }
}
