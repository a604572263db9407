import Testing

@testable import MizanText

@Suite("ReadAhead")
struct ReadAheadTests {
  struct Failure: Error, Equatable { var at: Int }

  /// A producer of 1…`count`, failing instead of producing `failAt`.
  final class Counter: @unchecked Sendable {
    var produced = 0
    let count: Int
    let failAt: Int?
    init(count: Int, failAt: Int? = nil) {
      self.count = count
      self.failAt = failAt
    }
    func next() throws(Failure) -> Int? {
      guard produced < count else { return nil }
      produced += 1
      if produced == failAt { throw Failure(at: produced) }
      return produced
    }
  }

  @Test("every item arrives, in order", arguments: [1, 2, 3])
  func deliversInOrder(depth: Int) throws {
    let counter = Counter(count: 1000)
    var received: [Int] = []
    try ReadAhead.forEach(depth: depth, produce: counter.next) { received.append($0) }
    #expect(received == Array(1...1000))
  }

  @Test("the items before a failure are consumed, then it is thrown, and production stops")
  func failureAfterItems() {
    let counter = Counter(count: 10, failAt: 4)
    var received: [Int] = []
    #expect(throws: Failure(at: 4)) {
      try ReadAhead.forEach(produce: counter.next) { received.append($0) }
    }
    #expect(received == [1, 2, 3])
    #expect(counter.produced == 4)
  }

  @Test func emptyProducer() throws {
    var calls = 0
    try ReadAhead.forEach(produce: Counter(count: 0).next) { _ in calls += 1 }
    #expect(calls == 0)
  }
}
