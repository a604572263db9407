import Foundation
import Testing

/// `mizan gate` through the built executable: the seed corpus against its own committed
/// baseline passes; a degraded copy (body paragraphs dropped, false friends injected) fails
/// with exit 1, a JUnit failure naming document and metric, and annotations on the right lines.
@Suite struct GateCommandTests {
  static let baseline = MizanProcess.root.appendingPathComponent("Reports/asean-2025-07/summary.json").path

  /// A copy of the seed corpus named like it, in a fresh folder; `degrade` edits the hypothesis lines.
  static func corpus(degrade: ((inout [String]) -> Void)? = nil) throws -> URL {
    let folder = try MizanProcess.temporaryFolder()
    let copy = folder.appendingPathComponent("asean-2025-07")
    try FileManager.default.copyItem(
      at: MizanProcess.root.appendingPathComponent("Corpora/asean-2025-07"), to: copy)
    if let degrade {
      let path = copy.appendingPathComponent("hypothesis.txt")
      var lines = try String(contentsOf: path, encoding: .utf8).components(separatedBy: "\n")
      degrade(&lines)
      try lines.joined(separator: "\n").write(to: path, atomically: true, encoding: .utf8)
    }
    return folder
  }

  @Test func anUnchangedHypothesisPassesAgainstItsOwnBaseline() throws {
    let folder = try Self.corpus()
    let outcome = try MizanProcess.run(
      ["gate", "asean-2025-07", "--baseline", Self.baseline, "--junit", "junit.xml", "--summary", "summary.md"], in: folder)
    #expect(outcome.status == 0)
    #expect(outcome.output.contains("PASS  asean-2025-07: BLEU did not drop from the baseline (33.44 → 33.44 over 21 paired segments)"))
    #expect(outcome.output.hasSuffix("mizan gate: passed (3 checks)\n"))
    let junit = try String(contentsOf: folder.appendingPathComponent("junit.xml"), encoding: .utf8)
    #expect(junit.contains("<testsuites name=\"mizan gate\" tests=\"3\" failures=\"0\">"))
    let summary = try String(contentsOf: folder.appendingPathComponent("summary.md"), encoding: .utf8)
    #expect(summary.hasPrefix("## Mizan gate: passed ✅"))
  }

  @Test func aDegradedHypothesisFailsWithJUnitAndAnnotations() throws {
    let folder = try Self.corpus { lines in
      // False friends where the reference has the right sense: "top officials", "an exchange".
      lines[6] = lines[6].replacingOccurrences(of: "كبار", with: "أفضل")
      lines[8] = lines[8].replacingOccurrences(of: "تبادل", with: "بورصة")
      // Drop five body paragraphs (lines 11, 13, 39, 41, 43).
      for line in [43, 41, 39, 13, 11] { lines.remove(at: line - 1) }
    }
    let outcome = try MizanProcess.run(
      ["gate", "asean-2025-07", "--baseline", Self.baseline, "--junit", "junit.xml", "--annotations", "-q"], in: folder)
    #expect(outcome.status == 1)
    #expect(outcome.output.contains("FAIL  asean-2025-07: BLEU dropped 10.01 points from the baseline (33.44 → 23.42"))
    #expect(outcome.output.contains("significant (p = 0.0300 < 0.05), more than the 1.00 allowed"))
    #expect(outcome.output.hasSuffix("mizan gate: FAILED (2 of 3 checks)\n"))
    let junit = try String(contentsOf: folder.appendingPathComponent("junit.xml"), encoding: .utf8)
    #expect(junit.contains("<testcase classname=\"mizan.gate.asean-2025-07\" name=\"BLEU drop from baseline\">"))
    #expect(junit.contains("<failure message=\"asean-2025-07: BLEU dropped 10.01 points"))
    #expect(junit.contains("(p = 0.0300 &lt; 0.05)"))
    let annotations = outcome.output.split(separator: "\n").filter { $0.hasPrefix("::error file=") }
    // The injected words on lines 7 and 9; «فرنكًا» moved from line 15 to 13 with two lines dropped above it.
    #expect(annotations.contains { $0.hasPrefix("::error file=asean-2025-07/hypothesis.txt,line=7,") && $0.contains("«أفضل»") })
    #expect(annotations.contains { $0.hasPrefix("::error file=asean-2025-07/hypothesis.txt,line=9,") && $0.contains("«بورصة»") })
    #expect(annotations.contains { $0.hasPrefix("::error file=asean-2025-07/hypothesis.txt,line=13,") && $0.contains("«فرنكًا»") })
    #expect(outcome.output.contains("::error title=Mizan gate%3A BLEU drop from baseline::asean-2025-07: BLEU dropped"))
  }

  @Test func policyFileThresholdsAndUnknownKeys() throws {
    let folder = try Self.corpus()
    let policy = #"{"minimum": {"bleu": 40, "termAccuracy": 70}, "maximum": {"findings": {"critical": 0}}}"#
    try policy.write(to: folder.appendingPathComponent("mizan.json"), atomically: true, encoding: .utf8)
    let outcome = try MizanProcess.run(["gate", "asean-2025-07", "--policy", "mizan.json", "-q"], in: folder)
    #expect(outcome.status == 1)
    #expect(
      outcome.output == """
        FAIL  batch: BLEU 33.44 is below the minimum 40.00
        PASS  batch: term accuracy 76.92% ≥ 70.00%
        PASS  batch: 0 critical finding(s), at most 0 allowed
        mizan gate: FAILED (1 of 4 checks)

        """)
    try #"{"minimum": {"blue": 40}}"#.write(to: folder.appendingPathComponent("typo.json"), atomically: true, encoding: .utf8)
    let typo = try MizanProcess.run(["gate", "asean-2025-07", "--policy", "typo.json"], in: folder)
    #expect(typo.status == 2)
    #expect(typo.error.contains("typo.json: unknown key \"minimum.blue\""))
  }
}
