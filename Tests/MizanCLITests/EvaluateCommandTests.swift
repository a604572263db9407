import Foundation
import Testing

/// `mizan evaluate` and `mizan align` through the built executable on the seed corpus.
@Suite struct EvaluateCommandTests {
  @Test func evaluatesTheEmbeddedCorpusFromAnyFolder() throws {
    let outcome = try MizanProcess.run(["evaluate", "--min-severity", "major"], in: try MizanProcess.temporaryFolder())
    #expect(outcome.status == 0)
    #expect(outcome.output.contains("== asean-2025-07: Corpora/asean-2025-07/hypothesis.txt"))
    #expect(outcome.output.contains("21 aligned pairs; unaligned: 0 omission, 3 addition, 41 boilerplate line(s)"))
    #expect(outcome.output.contains("[major] mistranslation hyp 15: «فرنكًا»"))
  }

  @Test func writesEveryReportFile() throws {
    let folder = try MizanProcess.temporaryFolder().appendingPathComponent("report")
    let outcome = try MizanProcess.run(["evaluate", "Corpora/asean-2025-07", "--report", folder.path, "-q"])
    #expect(outcome.status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names == ["documents.csv", "findings.csv", "report.html", "segments.csv", "summary.json"])
  }

  @Test func jsonIsOneDocumentWithTheSchemaVersion() throws {
    let outcome = try MizanProcess.run(["evaluate", "Corpora/asean-2025-07", "--format", "json"])
    #expect(outcome.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any]
    #expect(object?["schema"] as? Int == 1)
    #expect((object?["documents"] as? [Any])?.count == 1)
  }

  @Test func alignPrintsTheHeadlineRewritePair() throws {
    let outcome = try MizanProcess.run(
      ["align", "Corpora/asean-2025-07/hypothesis.txt", "Corpora/asean-2025-07/reference.txt"])
    #expect(outcome.status == 0)
    let rows = outcome.output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    #expect(rows.first?.joined(separator: "|") == "hyp_lines|ref_lines|hyp_sentences|ref_sentences|similarity|bead|note")
    #expect(rows.contains { $0.count > 5 && $0[0] == "1" && $0[1] == "3" && $0[5] == "1-1" })
    #expect(rows.contains { $0.count > 5 && $0[0] == "25" && $0[1] == "43" && $0[5] == "1-1" })
  }

  @Test func reportOverAnInputIsRefused() throws {
    let folder = try MizanProcess.temporaryFolder()
    let corpus = folder.appendingPathComponent("c")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    try "سلام عليكم.\n".write(to: corpus.appendingPathComponent("hypothesis.txt"), atomically: true, encoding: .utf8)
    try "السلام عليكم.\n".write(to: corpus.appendingPathComponent("reference.txt"), atomically: true, encoding: .utf8)
    let outcome = try MizanProcess.run(["evaluate", "c", "--report", "c/hypothesis.txt"], in: folder)
    #expect(outcome.status == 2)
    #expect(try String(contentsOf: corpus.appendingPathComponent("hypothesis.txt"), encoding: .utf8) == "سلام عليكم.\n")
  }

  @Test func unknownCommandAndOptionExitTwo() throws {
    #expect(try MizanProcess.run(["frobnicate"]).status == 2)
    let outcome = try MizanProcess.run(["evaluate", "--nope"])
    #expect(outcome.status == 2)
    #expect(outcome.error.contains("unknown option '--nope'"))
  }
}
