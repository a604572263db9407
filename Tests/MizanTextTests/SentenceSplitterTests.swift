import Testing

@testable import MizanText

@Suite("Sentence splitting")
struct SentenceSplitterTests {
  let splitter = SentenceSplitter()

  func sentences(_ text: String) -> [String] {
    splitter.split(text).map { Document.substring(text, $0) }
  }

  @Test func arabicFullStopAndQuestionMark() {
    #expect(
      sentences("قال لافروف إنه وضع موقف الكرملين. هل ستنجح هذه الاستراتيجية؟ تابعوا التفاصيل")
        == ["قال لافروف إنه وضع موقف الكرملين.", "هل ستنجح هذه الاستراتيجية؟", "تابعوا التفاصيل"])
  }

  @Test func closingQuotesStayWithTheirSentence() {
    #expect(
      sentences("قال روبيو: \"نحن نتحدث، وهذه بداية\". \"لكن الكثير يعتمد على ما سيأتي بعد ذلك.\"")
        == ["قال روبيو: \"نحن نتحدث، وهذه بداية\".", "\"لكن الكثير يعتمد على ما سيأتي بعد ذلك.\""])
    #expect(
      sentences("“نحن لا ندرس هذا.” وقال أيضا «انتهى الأمر!» ثم غادر.")
        == ["“نحن لا ندرس هذا.”", "وقال أيضا «انتهى الأمر!»", "ثم غادر."])
    #expect(sentences("(انظر الملحق.) ثم تابع.") == ["(انظر الملحق.)", "ثم تابع."])
  }

  @Test func decimalsAndTimesDoNotSplit() {
    #expect(sentences("ارتفع المؤشر 3.5 في المائة. وبدأ الاجتماع الساعة 10.30 صباحا.")
      == ["ارتفع المؤشر 3.5 في المائة.", "وبدأ الاجتماع الساعة 10.30 صباحا."])
    #expect(sentences("بلغت النسبة ٣.٥ بالمئة.") == ["بلغت النسبة ٣.٥ بالمئة."])
  }

  @Test func abbreviationsAndInitialsDoNotSplit() {
    #expect(sentences("Dr. Smith met J. Doe in the U.S. capital. They talked.")
      == ["Dr. Smith met J. Doe in the U.S. capital.", "They talked."])
    #expect(sentences("Some terms, e.g. chrF, are robust.") == ["Some terms, e.g. chrF, are robust."])
    #expect(sentences("وصل د. أحمد إلى القاهرة. ثم غادر.") == ["وصل د. أحمد إلى القاهرة.", "ثم غادر."])
    #expect(sentences("زار وفد من ج.م.ع. العاصمة أمس. وعاد.") == ["زار وفد من ج.م.ع. العاصمة أمس.", "وعاد."])
    #expect(sentences("توفي سنة 505 هـ. في بغداد.") == ["توفي سنة 505 هـ. في بغداد."])
  }

  @Test func otherTerminators() {
    #expect(sentences("ماذا؟! لا أصدق… حقا۔ نعم") == ["ماذا؟!", "لا أصدق…", "حقا۔", "نعم"])
    #expect(sentences("Wait... what? Yes!") == ["Wait... what?", "Yes!"])
  }

  @Test func rangesAreUnicodeScalarOffsets() {
    // "خَبَرَيْن" is 9 scalars (5 letters, 4 marks) but 5 Characters.
    let text = "  خَبَرَيْن. جديد"
    #expect(splitter.split(text) == [2..<12, 13..<17])
  }

  @Test func blankAndUnterminatedLines() {
    #expect(splitter.split("") == [])
    #expect(splitter.split("  \t ") == [])
    #expect(sentences("أخبار ذات صلة") == ["أخبار ذات صلة"])
  }
}
