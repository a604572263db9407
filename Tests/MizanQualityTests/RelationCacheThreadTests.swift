import Foundation
import Testing
@testable import MizanQuality

@Suite struct RelationCacheThreadTests {
  /// A thread's word cache lives from one document to the next; the findings of a document
  /// must not depend on what the thread analysed before (the cache's numbers differ then).
  @Test func findingsDoNotDependOnTheThreadsHistory() throws {
    let seed = try FindingsSeed.input()
    // Another document first: the seed's words get other numbers on the second run.
    let other = FindingDocument(
      name: "other",
      pairs: seed.pairs.map {
        TextPair(
          document: "other", hypothesis: String($0.reference.reversed()), hypothesisLine: $0.referenceLine,
          reference: $0.hypothesis.split(separator: " ").reversed().joined(separator: " "), referenceLine: $0.hypothesisLine)
      },
      unalignedHypothesis: [], unalignedReference: [], terminology: nil)
    let engine = FindingEngine.standard(glossary: try Glossary(tsvContentsOf: SeedCorpus.path("glossary.tsv")))
    let runs = onFreshThread { () -> (cold: [Finding], warm: [Finding], cachedWords: Int) in
      let cold = engine.findings(in: seed)
      _ = engine.findings(in: other)
      let warm = engine.findings(in: seed)
      return (cold, warm, RelationCache.withThreadCache { $0.entries.count })
    }
    #expect(runs.cold.count == 65)
    #expect(runs.warm == runs.cold)
    #expect(runs.cachedWords > 0, "the thread keeps its cache between documents")
  }

  /// `body` on a thread of its own, so that its thread cache starts empty.
  func onFreshThread<Value>(_ body: @escaping @Sendable () -> Value) -> Value {
    let slot = Slot<Value>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      slot.value = body()
      done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
    done.wait()
    return slot.value!
  }
}

/// A value handed from the test's thread back to the test. Unchecked `Sendable`: written
/// before the semaphore is signalled, read after it is waited for.
private final class Slot<Value>: @unchecked Sendable {
  var value: Value?
}
