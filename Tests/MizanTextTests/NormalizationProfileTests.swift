import Testing
@testable import MizanText

/// One test per normalization step, with the Arabic written out.
@Suite struct NormalizationProfileTests {
  let diacritics = NormalizationProfile(removesDiacritics: true)

  @Test func noneLeavesTextUntouched() {
    let text = "أَعْلَنَ  ، «الكرملين» ١٢٣ ﻻ"
    #expect(NormalizationProfile.none.normalize(text) == text)
    #expect(NormalizationProfile.none.name == "orth:none")
  }

  @Test func diacriticsRemovalMakesVowelledSpellingsEqual() {
    // تبادلاً (alef then fathatan, the reference) and تبادلًا (fathatan then alef, the hypothesis).
    #expect(diacritics.normalize("تبادلاً") == "تبادلا")
    #expect(diacritics.normalize("تبادلًا") == "تبادلا")
    #expect(diacritics.normalize("خَبَرَيْن") == "خبرين")
    // Shadda, dagger alef (هٰذا) and a Quranic mark (U+06D6).
    #expect(diacritics.normalize("محمّد هٰذا ۖ") == "محمد هذا ")
    #expect(diacritics.normalize("\u{0610}ا") == "ا")
  }

  @Test func tatweelRemoval() {
    let profile = NormalizationProfile(removesTatweel: true)
    #expect(profile.normalize("الســـلام") == "السلام")
  }

  @Test func alefFormsBecomeBareAlef() {
    let profile = NormalizationProfile(unifiesAlef: true)
    #expect(profile.normalize("أحمد إلى آسيا ٱلله") == "احمد الى اسيا الله")
    // Decomposed آ (alef + madda above) and أ (alef + hamza above).
    #expect(profile.normalize("\u{0627}\u{0653}سيا \u{0627}\u{0654}حمد") == "اسيا احمد")
    // Hamza above on waw is not an alef form.
    #expect(profile.normalize("\u{0648}\u{0654}") == "\u{0648}\u{0654}")
  }

  @Test func alefMaksuraBecomesYaa() {
    let profile = NormalizationProfile(unifiesYaa: true)
    #expect(profile.normalize("على مستوى") == "علي مستوي")
    #expect(profile.normalize("ی") == "ي")
  }

  @Test func taaMarbutaIsOffByDefaultAndLossyWhenOn() {
    #expect(NormalizationProfile.arabic.normalize("مدرسة") == "مدرسة")
    let profile = NormalizationProfile(unifiesTaaMarbuta: true)
    #expect(profile.normalize("مدرسة") == "مدرسه")
  }

  @Test func presentationFormsBecomeBaseLetters() {
    let profile = NormalizationProfile(decomposesPresentationForms: true)
    // ﻻ (lam-alef ligature, U+FEFB), ﺍ (isolated alef, U+FE8D), ﻣﺤﻤﺪ (initial/medial/final forms).
    #expect(profile.normalize("\u{FEFB}") == "لا")
    #expect(profile.normalize("\u{FE8D}") == "ا")
    #expect(profile.normalize("\u{FEE3}\u{FEA4}\u{FEE4}\u{FEAA}") == "محمد")
    // The isolated fathatan form (U+FE70) is the mark alone, not a space and a mark.
    #expect(profile.normalize("ب\u{FE70}") == "ب\u{064B}")
  }

  @Test func digitsBecomeASCII() {
    let profile = NormalizationProfile(asciiDigits: true)
    #expect(profile.normalize("٣ يوليو ٢٠٢٥") == "3 يوليو 2025")
    #expect(profile.normalize("۱۲۳۴۵۶۷۸۹۰") == "1234567890")
  }

  @Test func quoteStylesBecomeASCII() {
    let profile = NormalizationProfile(unifiesQuotes: true)
    #expect(profile.normalize("“نهجًا” «جديدًا» „x‟ ‹y›") == "\"نهجًا\" \"جديدًا\" \"x\" \"y\"")
    #expect(profile.normalize("‘a’") == "'a'")
  }

  @Test func spaceBeforeArabicPunctuationIsRemoved() {
    let profile = NormalizationProfile(removesSpaceBeforePunctuation: true)
    #expect(profile.normalize("الولايات المتحدة ، يقوم") == "الولايات المتحدة، يقوم")
    #expect(profile.normalize("لماذا  ؟ نعم ؛ لا") == "لماذا؟ نعم؛ لا")
    #expect(profile.normalize(" ، ") == "، ")
  }

  @Test func fullProfileName() {
    #expect(NormalizationProfile.arabic.name == "orth:ar(diac,tatweel,alef,yaa,pres,digits,quotes,punctspace)")
    #expect(NormalizationProfile.matching.name == "orth:ar(diac,tatweel,alef,yaa,pres)")
    let all = NormalizationProfile(
      removesDiacritics: true, removesTatweel: true, unifiesAlef: true, unifiesYaa: true,
      unifiesTaaMarbuta: true, decomposesPresentationForms: true, asciiDigits: true,
      unifiesQuotes: true, removesSpaceBeforePunctuation: true)
    #expect(all.name == "orth:ar(diac,tatweel,alef,yaa,taa,pres,digits,quotes,punctspace)")
  }

  @Test func nameReadsBack() {
    #expect(NormalizationProfile(name: "orth:none") == NormalizationProfile.none)
    #expect(NormalizationProfile(name: NormalizationProfile.arabic.name) == .arabic)
    #expect(NormalizationProfile(name: "orth:ar(pres,alef,diac,tatweel,yaa)") == .matching)
    #expect(NormalizationProfile(name: "orth:ar(diac,bogus)") == nil)
    #expect(NormalizationProfile(name: "orth:ar()") == nil)
    #expect(NormalizationProfile(name: "none") == nil)
  }

  @Test func arabicProfileOnAHypothesisLine() {
    let line = "عقدوا “تبادلًا جوهريًا وفرنكًا” للآراء ، في ٣ يوليو"
    #expect(NormalizationProfile.arabic.normalize(line) == "عقدوا \"تبادلا جوهريا وفرنكا\" للاراء، في 3 يوليو")
  }
}
