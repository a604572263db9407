import MizanQuality
import Testing

/// One pair or one line through one check, with small Arabic examples written out.
private func pair(_ hypothesis: String, _ reference: String) -> FindingDocument {
  FindingDocument(
    name: "t", pairs: [TextPair(document: "t", hypothesis: hypothesis, hypothesisLine: 3, reference: reference, referenceLine: 7)])
}

@Suite struct FindingsCheckTests {
  // MARK: Mistranslation

  @Test func falseFriendWithRightSenseInReferenceIsMajor() throws {
    let findings = MistranslationCheck().findings(in: pair("أجرى الوزيران حوارا وفرنكًا أمس", "أجرى الوزيران حوارا وصريحاً أمس"))
    let frank = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(frank.severity == .major)
    #expect(frank.category == .mistranslation)
    #expect(frank.hypothesisExcerpt == "فرنكًا")
    #expect(frank.referenceExcerpt == "صريحاً")
    #expect(frank.hypothesisSpan == Finding.Span(line: 3, start: 21, end: 27))
    #expect(frank.referenceSpan == Finding.Span(line: 7, start: 21, end: 27))
  }

  @Test func falseFriendWithoutRightSenseIsNotMajor() {
    // The reference keeps بنك: the hypothesis means the lender too.
    let findings = MistranslationCheck().findings(in: pair("زار الوزير البنك المركزي", "زار الوزير البنك المركزي"))
    #expect(findings.isEmpty)
    let other = MistranslationCheck().findings(in: pair("زار الوزير البنك اليوم", "زار الوزير المصرف اليوم"))
    #expect(other.allSatisfy { $0.severity == .minor })
  }

  @Test func synonymIsMinorWithLowConfidence() throws {
    let findings = MistranslationCheck().findings(in: pair("تبادل جوهري للآراء", "تبادل موضوعي للآراء"))
    let synonym = try #require(findings.first)
    #expect(synonym.severity == .minor)
    #expect(synonym.confidence < 0.5)
    #expect(synonym.hypothesisExcerpt == "جوهري")
    #expect(synonym.referenceExcerpt == "موضوعي")
  }

  @Test func inflectedFormsAreNotSubstitutions() {
    let findings = MistranslationCheck().findings(in: pair("قلل المسؤولون الروسان من تدهور العلاقات", "قلل المسؤولين الروس من تدهور العلاقات"))
    #expect(findings.isEmpty)
  }

  // MARK: Numbers

  @Test func differentNumberIsMajorWithBothSpans() throws {
    let findings = NumberCheck().findings(in: pair("اجتماع استمر ٤٥ دقيقة", "اجتماع استمر 50 دقيقة"))
    let number = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(number.severity == .major)
    #expect(number.hypothesisExcerpt == "٤٥")
    #expect(number.referenceExcerpt == "50")
  }

  @Test func arabicIndicDigitsAndOrdinalDatesAgree() {
    #expect(NumberCheck().findings(in: pair("في ٣ يوليو", "في 3 يوليو")).isEmpty)
    #expect(NumberCheck().findings(in: pair("اعتبارا من 1 أغسطس", "اعتبارًا من الأول من أغسطس/آب")).isEmpty)
    #expect(NumberCheck().findings(in: pair("رسوم تتجاوز 1,500 دولار", "رسوم تتجاوز 1500 دولار")).isEmpty)
  }

  @Test func missingNumberPointsIntoTheReference() throws {
    let number = try #require(NumberCheck().findings(in: pair("قتل أشخاص", "قتل 12 شخصا")).first)
    #expect(number.hypothesisSpan == nil)
    #expect(number.referenceExcerpt == "12")
    #expect(number.id == "number:r7:4-6")
  }

  @Test func repeatedDateIsARepetition() throws {
    let findings = NumberCheck().findings(in: pair("من 1 أغسطس تدخل حيز التنفيذ في 1 أغسطس", "تبدأ في الأول من أغسطس"))
    let repeated = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(repeated.category == .repetition)
    #expect(repeated.hypothesisExcerpt == "1 أغسطس")
    #expect(repeated.hypothesisSpan?.start == 31)
  }

  // MARK: Untranslated

  @Test func latinWordsTheReferenceLacks() throws {
    let findings = UntranslatedCheck().findings(in: pair("قال المسؤول لوكالة RIA إن the agreement قريب", "قال المسؤول إن الاتفاق قريب"))
    #expect(findings.map(\.hypothesisExcerpt) == ["RIA", "the agreement"])
    #expect(findings.map(\.severity) == [.minor, .major])
    #expect(UntranslatedCheck().findings(in: pair("هجمات RSF", "هجمات RSF")).isEmpty)
    #expect(UntranslatedCheck().findings(in: pair("Breaking news today", "عاجل")).isEmpty)
  }

  // MARK: Repetition

  @Test func doubledPhraseIsMajor() throws {
    let repeated = try #require(RepetitionCheck().findings(in: pair("التقى وزير الخارجية وزير الخارجية الصيني", "التقى وزير الخارجية الصيني")).first)
    #expect(repeated.severity == .major)
    #expect(repeated.hypothesisExcerpt == "وزير الخارجية")
    #expect(repeated.hypothesisSpan?.start == 20)
  }

  @Test func phraseTheReferenceAlsoRepeatsIsFine() {
    let text = "قال لافروف إن الحوار مستمر، وقال لافروف إنه متفائل"
    #expect(RepetitionCheck().findings(in: pair(text, text)).isEmpty)
  }

  // MARK: Omission and addition

  @Test func unalignedLinesAreAdditionsAndOmissions() {
    let document = FindingDocument(
      name: "t", pairs: [], unalignedHypothesis: [TextLine(document: "t", text: "فقرة زائدة. ", line: 4)],
      unalignedReference: [TextLine(document: "t", text: " فقرة ناقصة", line: 9)])
    let findings = OmissionCheck().findings(in: document)
    #expect(findings.map(\.category) == [.addition, .omission])
    #expect(findings.map(\.hypothesisSpan) == [Finding.Span(line: 4, start: 0, end: 11), nil])
    #expect(findings.map(\.referenceSpan) == [nil, Finding.Span(line: 9, start: 1, end: 11)])
  }

  @Test func droppedClauseInsideAPair() throws {
    let findings = OmissionCheck().findings(
      in: pair(
        "التقى الوزيران في كوالالمبور يوم الجمعة.",
        "التقى الوزيران في كوالالمبور يوم الجمعة، وناقشا الحرب في أوكرانيا والعلاقات الثنائية المتوترة بين البلدين."))
    let omission = try #require(findings.first)
    #expect(omission.category == .omission)
    #expect(omission.referenceExcerpt == "وناقشا الحرب في أوكرانيا والعلاقات الثنائية المتوترة بين البلدين")
  }

  // MARK: Punctuation

  @Test func punctuationSlips() {
    let findings = PunctuationCheck().findings(in: pair("قال: “لن أصفه بذلك ، لكنه مفهوم, أليس كذلك?", "—"))
    #expect(findings.map(\.hypothesisExcerpt) == ["“", ",", "?", " ،"])
    #expect(findings.allSatisfy { $0.severity == .minor && $0.category == .punctuation })
    #expect(PunctuationCheck().findings(in: pair("قال: «نعم»، وأضاف (مبتسما) أن 1,000 شخص حضروا؟", "—")).isEmpty)
  }

  // MARK: Terminology

  @Test func forbiddenRenderingsAndInconsistencies() throws {
    let glossary = Glossary(entries: [
      GlossaryEntry(source: "Kuala Lumpur", approved: ["كوالالمبور"], forbidden: ["كوالا لامبور"], kind: .place),
      GlossaryEntry(source: "frank (candid)", approved: ["صريح"], forbidden: ["فرنك"], kind: .falseFriend),
    ])
    let pairs = [
      TextPair(document: "t", hypothesis: "وصل إلى كوالا لامبور", hypothesisLine: 1, reference: "وصل إلى كوالالمبور", referenceLine: 1),
      TextPair(document: "t", hypothesis: "حوار فرنك", hypothesisLine: 2, reference: "حوار صريح", referenceLine: 2),
    ]
    let figures = try #require(TerminologyChecker(glossary: glossary).check(pairs: pairs).documents.first?.figures)
    let findings = TerminologyFindingCheck(glossary: glossary).findings(in: FindingDocument(name: "t", pairs: pairs, terminology: figures))
    #expect(findings.map(\.category) == [.terminology, .mistranslation])
    #expect(findings.map(\.severity) == [.major, .major])
    #expect(findings.map(\.referenceExcerpt) == ["كوالالمبور", "صريح"])
  }

  // MARK: Engine

  @Test func emptyAndOddInputDoesNotCrash() {
    let odd = ["", "   ", "،،،", "1,", "«", "RIA", "١٢٣٤٥٦٧٨٩٠", "الأول من", "في في في في"]
    var pairs: [TextPair] = []
    for (i, h) in odd.enumerated() {
      for (j, r) in odd.enumerated() {
        pairs.append(TextPair(document: "odd", hypothesis: h, hypothesisLine: i + 1, reference: r, referenceLine: j + 1))
      }
    }
    let findings = FindingEngine.standard().findings(pairs: pairs, unalignedHypothesis: [TextLine(document: "odd", text: "", line: 99)])
    #expect(findings.allSatisfy { $0.document == "odd" })
  }

  @Test func engineMergesTheSameErrorFromTwoChecks() {
    let a = Finding(
      id: "mistranslation:h1:0-6", document: "d", category: .mistranslation, severity: .major, confidence: 0.85,
      hypothesisSpan: .init(line: 1, start: 0, end: 6), referenceSpan: nil, hypothesisText: "x", referenceText: nil, explanation: "a")
    var b = a
    b.id = "mistranslation:h1:1-6"
    b.hypothesisSpan = .init(line: 1, start: 1, end: 6)
    b.referenceSpan = .init(line: 2, start: 0, end: 4)
    b.confidence = 0.9
    let engine = FindingEngine(checks: [FixedCheck(output: [a]), FixedCheck(output: [b])])
    #expect(engine.findings(in: FindingDocument(name: "d", pairs: [])).map(\.id) == ["mistranslation:h1:1-6"])
  }
}

/// A check that returns what it is given, to test the engine's merging.
private struct FixedCheck: FindingCheck {
  var output: [Finding]
  var name: String { "fixed" }
  func findings(in document: FindingDocument) -> [Finding] { output }
}
