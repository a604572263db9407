import Mizan

/// Hand-built evaluations for the report tests: an Arabic document from the seed corpus with
/// findings and boilerplate, a batch, and an injection corpus whose every text field is hostile.
enum ReportFixtures {
  static let bleuSignature = "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:0.1.0"
  static let chrFSignature = "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:0.1.0"
  static let chrFPPSignature = "nrefs:1|case:mixed|eff:yes|nc:6|nw:2|space:no|version:0.1.0"
  static let terSignature = "nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:0.1.0"

  static func scores(bleu: Double, chrF: Double, chrFPP: Double, ter: Double, confidence: Bool = false) -> ScoreSet {
    ScoreSet(
      bleu: MetricResult(
        name: "BLEU", score: bleu, verbose: "41.2/20.3/11.0/6.1 (BP = 0.954 ratio = 0.955 hyp_len = 105 ref_len = 110)",
        signature: bleuSignature, confidence: confidence ? ConfidenceInterval(mean: bleu + 0.1, halfWidth: 2.35) : nil),
      chrF: MetricResult(
        name: "chrF2", score: chrF, verbose: "", signature: chrFSignature,
        confidence: confidence ? ConfidenceInterval(mean: chrF - 0.2, halfWidth: 1.8) : nil),
      chrFPlusPlus: MetricResult(name: "chrF2++", score: chrFPP, verbose: "", signature: chrFPPSignature, confidence: nil),
      ter: MetricResult(name: "TER", score: ter, verbose: "", signature: terSignature, confidence: nil))
  }

  // Texts from the seed corpus (shared/corpus/asean-2025-07).
  static let hyp1 = "الولايات المتحدة ، يقوم كبار الدبلوماسيين الروس بمحادثات جديدة على أوكرانيا في اجتماع الآسيان"
  static let ref1 = "اجتماع وزراء الخارجية يفتح آفاق الحوار حول أوكرانيا في اجتماع آسيان"
  static let hyp2 = "اتبعت المحادثة اجتماعًا أطول مدته 50 دقيقة بين كبار الدبلوماسيين في اليوم السابق."
  static let ref2 = "جاءت المحادثة بعد اجتماع استمر 50 دقيقة بين كبيري الدبلوماسيين في اليوم السابق."
  static let hyp3a = "قال: “لن أصفه بأنه شيء يضمن السلام ، لكنه مفهوم سأعود إلى الرئيس”."
  static let hyp3b = "قال لافروف يوم الجمعة إنه وضع موقف الكرملين في تسوية الحرب."
  static let ref3 = "وقال: \"لن أصفه بأنه شيء يضمن السلام، لكنه مفهوم سأعرضه على الرئيس\"، فيما قال لافروف إنه عرض موقف الكرملين."

  static var arabicDocument: DocumentEvaluation {
    DocumentEvaluation(
      id: "asean-2025-07", hypothesisPath: "Corpora/asean-2025-07/hypothesis.txt",
      referencePath: "Corpora/asean-2025-07/reference.txt",
      scores: scores(bleu: 21.37, chrF: 48.92, chrFPP: 45.5, ter: 68.25, confidence: true),
      normalizedScores: scores(bleu: 23.01, chrF: 50.14, chrFPP: 46.7, ter: 66.8),
      pairs: [
        PairEvaluation(
          index: 1, hypothesisLines: [1], referenceLines: [3], hypothesis: hyp1, reference: ref1, bead: "1-1",
          similarity: 0.41, sentenceScores: SentenceScores(bleu: 8.12, chrF: 27.5, chrFPlusPlus: 25.1, ter: 91.67)),
        PairEvaluation(
          index: 2, hypothesisLines: [5], referenceLines: [9], hypothesis: hyp2, reference: ref2, bead: "1-1",
          similarity: 0.78, sentenceScores: SentenceScores(bleu: 45.63, chrF: 71.2, chrFPlusPlus: 68.9, ter: 38.46)),
        PairEvaluation(
          index: 3, hypothesisLines: [7, 9], referenceLines: [11], hypothesis: hyp3a + " " + hyp3b, reference: ref3,
          bead: "2-1", similarity: 0.66, sentenceScores: SentenceScores(bleu: 30.4, chrF: 58.3, chrFPlusPlus: 55.0, ter: 52.0)),
      ],
      unaligned: [
        UnalignedLine(side: .hypothesis, line: 3, text: "فريق التحرير", kind: .addition, reason: "byline absent from the reference"),
        UnalignedLine(
          side: .reference, line: 5, text: "التقى لافروف وروبيو في كوالالمبور لمناقشة أوكرانيا، حيث تم بحث \"نهج جديد\" للسلام.",
          kind: .omission, reason: "no hypothesis line is similar enough"),
        UnalignedLine(side: .reference, line: 1, text: "خَبَرَيْن logo", kind: .boilerplate, reason: "site logo"),
        UnalignedLine(side: .reference, line: 17, text: "شارك الخبر:", kind: .boilerplate, reason: "share prompt"),
      ],
      findings: [
        Finding(
          id: "terminology-1-86", document: "asean-2025-07", category: .terminology, severity: .critical, confidence: 0.9,
          hypothesisSpan: .init(line: 1, start: 86, end: 93), referenceSpan: .init(line: 3, start: 62, end: 67),
          hypothesisText: hyp1, referenceText: ref1, explanation: "«الآسيان» يخالف المصطلح المعتمد «آسيان»"),
        Finding(
          id: "mistranslation-5-0", document: "asean-2025-07", category: .mistranslation, severity: .major, confidence: 0.7,
          hypothesisSpan: .init(line: 5, start: 0, end: 5), referenceSpan: .init(line: 9, start: 0, end: 4),
          hypothesisText: hyp2, referenceText: ref2, explanation: "\"followed\" rendered as اتبعت; the reference has جاءت بعد"),
        Finding(
          id: "punctuation-7-34", document: "asean-2025-07", category: .punctuation, severity: .minor, confidence: 0.95,
          hypothesisSpan: .init(line: 7, start: 34, end: 36), referenceSpan: nil,
          hypothesisText: hyp3a, referenceText: nil, explanation: "مسافة قبل الفاصلة"),
      ],
      hypothesisWords: 200)
  }

  static var arabic: Evaluation {
    Evaluation(
      mizanVersion: "0.1.0", documents: [arabicDocument],
      totals: arabicDocument.scores, normalizedTotals: arabicDocument.normalizedScores)
  }

  /// Three documents, so the batch chart appears; the second is the worst.
  static var batch: Evaluation {
    var second = arabicDocument
    second.id = "gaza-briefing"
    second.scores = scores(bleu: 9.5, chrF: 31.2, chrFPP: 29.0, ter: 85.0)
    second.findings = []
    second.normalizedScores = nil
    var third = arabicDocument
    third.id = "opec-output"
    third.scores = scores(bleu: 35.0, chrF: 62.4, chrFPP: 60.0, ter: 44.0)
    return Evaluation(
      mizanVersion: "0.1.0", documents: [arabicDocument, second, third],
      totals: scores(bleu: 22.0, chrF: 47.5, chrFPP: 45.0, ter: 66.0, confidence: true), normalizedTotals: nil)
  }

  static let script = "<script>alert(1)</script>"
  static let textarea = "</textarea>"
  static let image = "\"><img src=x onerror=alert(1)>"
  static let hyperlink = "=HYPERLINK(\"http://evil\",\"x\")"
  static let sum = "@SUM(A1:A2)"

  /// Every user-text field carries a payload.
  static var injection: Evaluation {
    let document = DocumentEvaluation(
      id: script, hypothesisPath: hyperlink, referencePath: image,
      scores: scores(bleu: 12.5, chrF: 40.25, chrFPP: 38.0, ter: 75.0), normalizedScores: nil,
      pairs: [
        PairEvaluation(
          index: 1, hypothesisLines: [1], referenceLines: [1], hypothesis: script + " نص عربي",
          reference: textarea + " " + image, bead: "1-1", similarity: 0.5,
          sentenceScores: SentenceScores(bleu: 0, chrF: 12.0, chrFPlusPlus: 10.0, ter: 100)),
        PairEvaluation(
          index: 2, hypothesisLines: [2], referenceLines: [2], hypothesis: hyperlink, reference: sum, bead: "1-1",
          similarity: 0.2, sentenceScores: SentenceScores(bleu: 0, chrF: 5.0, chrFPlusPlus: 4.0, ter: 100)),
      ],
      unaligned: [
        UnalignedLine(side: .reference, line: 3, text: image, kind: .omission, reason: script),
        UnalignedLine(side: .reference, line: 4, text: sum, kind: .boilerplate, reason: textarea),
      ],
      findings: [
        Finding(
          id: sum, document: script, category: .untranslated, severity: .major, confidence: 0.5,
          hypothesisSpan: .init(line: 1, start: 0, end: 25), referenceSpan: .init(line: 1, start: 0, end: 11),
          hypothesisText: script + " نص عربي", referenceText: textarea + " " + image, explanation: image),
        Finding(
          id: hyperlink, document: script, category: .number, severity: .minor, confidence: 0.25,
          hypothesisSpan: .init(line: 2, start: 0, end: 10), referenceSpan: nil,
          hypothesisText: hyperlink, referenceText: nil, explanation: hyperlink),
      ],
      hypothesisWords: 8)
    return Evaluation(mizanVersion: "0.1.0", documents: [document], totals: document.scores, normalizedTotals: nil)
  }
}
