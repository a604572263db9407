import Dispatch

/// Maps indices to values on all cores, results in index order. For the work that runs once
/// after a batch's documents are evaluated (terminology over every line of every document, the
/// report's per-document sections), which would otherwise keep one core busy while the rest idle.
public enum ParallelMap {
  /// `transform(0..<count)`, in chunks of `chunk` indices spread over the cores; serial when
  /// there is one chunk or less.
  public static func map<Value>(_ count: Int, chunk: Int = 64, _ transform: @Sendable (Int) -> Value) -> [Value] {
    guard count > chunk else { return (0..<count).map(transform) }
    let results = IndexedResults<Value>(count: count)
    let chunks = (count + chunk - 1) / chunk
    DispatchQueue.concurrentPerform(iterations: chunks) { index in
      for position in index * chunk..<min(count, (index + 1) * chunk) { results.set(transform(position), at: position) }
    }
    return results.values
  }
}

/// Values written by index from concurrent iterations. Unchecked `Sendable`: each index is
/// written by exactly one iteration, into its own slot, and read only after all have finished.
private final class IndexedResults<Value>: @unchecked Sendable {
  private let buffer: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    buffer = .allocate(capacity: count)
    buffer.initialize(repeating: nil)
  }

  func set(_ value: Value, at index: Int) {
    buffer[index] = value
  }

  /// Every slot, all set by now.
  var values: [Value] {
    buffer.compactMap { $0 }
  }

  deinit {
    buffer.deinitialize()
    buffer.deallocate()
  }
}
