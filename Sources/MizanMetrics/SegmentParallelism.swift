import Dispatch

/// Runs per-segment work on all cores in chunks of consecutive segments, each chunk with its
/// own scratch buffers, and returns the results in segment order. Statistics are per segment
/// and add, so the split cannot change any score.
enum SegmentParallelism {
  /// Segments per chunk: large enough to amortize a workspace, small enough to balance.
  static let chunkSize = 256

  static func map<Result: Sendable>(
    count: Int, _ body: @Sendable (Range<Int>) -> [Result]
  ) -> [Result] {
    guard count > 0 else { return [] }
    let chunkCount = (count + chunkSize - 1) / chunkSize
    if chunkCount == 1 { return body(0..<count) }
    let slots = ChunkSlots<Result>(count: chunkCount)
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
      let start = chunk * chunkSize
      slots.store(body(start..<min(count, start + chunkSize)), at: chunk)
    }
    return slots.joined()
  }
}

/// One result array per chunk; each chunk writes only its own slot, so no lock is needed.
private final class ChunkSlots<Result>: @unchecked Sendable {
  private let buffer: UnsafeMutableBufferPointer<[Result]>

  init(count: Int) {
    buffer = .allocate(capacity: count)
    buffer.initialize(repeating: [])
  }

  deinit {
    buffer.deinitialize()
    buffer.deallocate()
  }

  func store(_ results: [Result], at chunk: Int) { buffer[chunk] = results }

  func joined() -> [Result] { Array(buffer.joined()) }
}
