import MizanText
import Testing
@testable import MizanMetrics

@Suite struct NormalizedMetricTests {
  let hypothesis = "عقدوا “تبادلًا جوهريًا” ، للآراء"
  let reference = "أجروا \"تبادلاً موضوعياً\"، للآراء"

  @Test func scoresTheNormalizedText() {
    let normalized = NormalizedMetric(BLEU(), profile: .arabic)
    let profile = NormalizationProfile.arabic
    #expect(
      normalized.statistics(hypothesis: hypothesis, references: [reference])
        == BLEU().statistics(hypothesis: profile.normalize(hypothesis), references: [profile.normalize(reference)]))
    // Normalization makes تبادلًا/تبادلاً, the quotes and the comma's spacing agree.
    #expect(
      normalized.statistics(hypothesis: hypothesis, references: [reference]).matches[0]
        > BLEU().statistics(hypothesis: hypothesis, references: [reference]).matches[0])
  }

  @Test func signatureNamesTheProfileBeforeTheVersion() {
    #expect(
      NormalizedMetric(TER(), profile: .arabic).signature.description
        == "nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|orth:ar(diac,tatweel,alef,yaa,pres,digits,quotes,punctspace)|version:\(MizanVersion.string)")
    #expect(NormalizedMetric(BLEU(), profile: .arabic).name == "BLEU")
  }
}
