import Dispatch
import Foundation

/// Work spread over all cores with deterministic results: the index range is cut into
/// contiguous chunks, each chunk is computed by one worker, and results land at their index,
/// so the output does not depend on scheduling. Sums taken afterwards in index order are
/// therefore identical on any machine.
enum ParallelMap {
  /// Cores to use; at least 1.
  static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

  /// `[body(0), body(1), …, body(count − 1)]`, where each chunk of indices gets its own `body`
  /// from `makeBody`, so that a worker can keep scratch buffers across its indices.
  static func map<T: Sendable>(
    count: Int, minimumChunk: Int = 16, _ makeBody: @Sendable () -> (Int) -> T
  ) -> [T] {
    let chunks = min(cores * 4, max(1, count / minimumChunk))
    if chunks <= 1 {
      let body = makeBody()
      return (0..<count).map(body)
    }
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      // Bounds: chunk c covers [c·count/chunks, (c+1)·count/chunks), disjoint and within count;
      // each slot is initialized exactly once, by the worker that owns its chunk.
      let output = Output(base: buffer.baseAddress)
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        guard let base = output.base else { return }
        let body = makeBody()
        let start = chunk * count / chunks
        let end = (chunk + 1) * count / chunks
        for index in start..<end { (base + index).initialize(to: body(index)) }
      }
      initialized = count
    }
  }

  /// The output buffer, shared by workers that write disjoint slots.
  private struct Output<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>?
  }
}
