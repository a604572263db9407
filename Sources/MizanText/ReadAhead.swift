import Dispatch
import Foundation

/// Runs a producer on a thread of its own, at most `depth` items ahead of the consumer, so that
/// reading and checking the next batch of input overlaps the work on the current one instead of
/// leaving the other cores idle meanwhile.
///
/// Items, the end and a failure reach the consumer in the order they were produced: the items
/// before a failure are consumed first, then the failure is thrown. The producer stops after
/// the end or a failure, and `forEach` returns only after receiving it, so the producer's state
/// is never touched by two threads.
public enum ReadAhead {
  /// Calls `consume` with every item of `produce` (until it returns nil) while the next ones
  /// are produced on another thread.
  /// - Throws: the producer's failure, after every item produced before it was consumed.
  public static func forEach<Item, Failure: Error>(
    depth: Int = 1, produce: @escaping () throws(Failure) -> Item?, consume: (Item) -> Void
  ) throws(Failure) {
    let channel = Channel(depth: depth, produce: produce)
    Thread { channel.produceAll() }.start()
    while true {
      switch channel.take() {
      case .success(let item?): consume(item)
      case .success(nil): return
      case .failure(let failure): throw failure
      }
    }
  }

  /// A bounded queue of results between the producer and the consumer. `free` counts the
  /// places left, `filled` the results waiting; the lock guards the queue itself. Unchecked
  /// Sendable: `produce` is called by the producer thread only, the queue under the lock only.
  private final class Channel<Item, Failure: Error>: @unchecked Sendable {
    private let produce: () throws(Failure) -> Item?
    private let free: DispatchSemaphore
    private let filled = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var results: [Result<Item?, Failure>] = []

    init(depth: Int, produce: @escaping () throws(Failure) -> Item?) {
      self.produce = produce
      free = DispatchSemaphore(value: max(1, depth))
    }

    /// The producer thread: results until the end or a failure, waiting whenever `depth` are
    /// queued.
    func produceAll() {
      while true {
        free.wait()
        let result = Result<Item?, Failure> { () throws(Failure) -> Item? in try produce() }
        lock.withLock { results.append(result) }
        filled.signal()
        guard case .success(.some) = result else { return }
      }
    }

    func take() -> Result<Item?, Failure> {
      filled.wait()
      let result = lock.withLock { results.removeFirst() }
      free.signal()
      return result
    }
  }
}
