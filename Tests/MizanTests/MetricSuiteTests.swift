import Testing
@testable import Mizan

@Suite struct MetricSuiteTests {
  /// Pairs that stress the workers' reuse: empty sides, punctuation only, a long line after a
  /// short one, Arabic with diacritics, and a pair that repeats.
  static let pairs: [(hypothesis: String, reference: String)] = [
    ("قال لافروف يوم الجمعة إنه وضع موقف الكرملين.", "وقال لافروف يوم الجمعة إنه حدد موقف الكرملين."),
    ("", "نص المرجع"),
    ("نص الفرضية", ""),
    ("", ""),
    ("، . ! ؟", "..."),
    (String(repeating: "كلمة أخرى وثالثة ", count: 200), "كلمة أخرى"),
    ("تبادلًا جوهريًا وفرنكًا", "تبادلاً موضوعياً وصريحاً"),
    ("The U.S. & Russia's talks <b>", "the US and Russia talks"),
    ("قال لافروف يوم الجمعة إنه وضع موقف الكرملين.", "وقال لافروف يوم الجمعة إنه حدد موقف الكرملين."),
  ]

  /// One set of workers reused over every pair gives each metric's own statistics, and chrF's
  /// are exactly chrF++'s character orders.
  @Test func reusedWorkersEqualEachMetric() {
    let suite = MetricSuite()
    #expect(suite.chrFIsPartOfChrFPlusPlus)
    var workers = suite.makeWorkers()
    for (hypothesis, reference) in Self.pairs {
      let statistics = workers.statistics(hypothesis: hypothesis, reference: reference)
      #expect(statistics.bleu == suite.bleu.statistics(hypothesis: hypothesis, references: [reference]))
      #expect(statistics.chrF == suite.chrF.statistics(hypothesis: hypothesis, references: [reference]))
      #expect(
        statistics.chrFPlusPlus == suite.chrFPlusPlus.statistics(hypothesis: hypothesis, references: [reference]))
      #expect(statistics.ter == suite.ter.statistics(hypothesis: hypothesis, references: [reference]))
    }
  }

  /// A chrF that differs from chrF++ in more than word order is counted on its own.
  @Test func differentChrFIsCountedOnItsOwn() {
    var suite = MetricSuite()
    suite.chrF = CHRF(characterOrder: 4)
    #expect(!suite.chrFIsPartOfChrFPlusPlus)
    var workers = suite.makeWorkers()
    let (hypothesis, reference) = Self.pairs[0]
    let statistics = workers.statistics(hypothesis: hypothesis, reference: reference)
    #expect(statistics.chrF.orders.count == 4)
    #expect(statistics.chrF == suite.chrF.statistics(hypothesis: hypothesis, references: [reference]))
  }
}
