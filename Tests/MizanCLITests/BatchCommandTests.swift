import Foundation
import Testing

/// Batches through the built executable: sharding and merging, failed documents, manifests,
/// JSON Lines and line-aligned files.
@Suite struct BatchCommandTests {
  @Test func mergedShardsEqualTheUnshardedRunNumberForNumber() throws {
    let folder = try MizanProcess.temporaryFolder()
    try GeneratedBatch.write(count: 200, into: folder.appendingPathComponent("batch"))
    let options = ["--confidence", "--confidence-n", "100", "-q"]
    let whole = try MizanProcess.run(["evaluate", "batch", "--format", "json"] + options, in: folder)
    #expect(whole.status == 0)
    for shard in 1...2 {
      let outcome = try MizanProcess.run(["evaluate", "batch", "--shard", "\(shard)/2"] + options, in: folder)
      #expect(outcome.status == 0)
      try outcome.output.write(to: folder.appendingPathComponent("shard-\(shard).json"), atomically: true, encoding: .utf8)
    }
    // Shards given out of order: merge restores the batch order.
    let merged = try MizanProcess.run(["merge", "shard-2.json", "shard-1.json"], in: folder)
    #expect(merged.status == 0)
    #expect(merged.output == whole.output)
    let object = try JSONSerialization.jsonObject(with: Data(whole.output.utf8)) as? [String: Any]
    #expect((object?["documents"] as? [Any])?.count == 200)

    let missing = try MizanProcess.run(["merge", "shard-2.json"], in: folder)
    #expect(missing.status == 2)
    #expect(missing.error.contains("expected shards 1…2 once each, got 2"))
  }

  @Test func anUnreadableDocumentFailsAloneAndTheRunExitsTwo() throws {
    let folder = try MizanProcess.temporaryFolder()
    let batch = folder.appendingPathComponent("batch")
    try GeneratedBatch.write(count: 3, into: batch)
    try Data([0x61, 0xFF, 0x0A]).write(to: batch.appendingPathComponent("doc-002/hypothesis.txt"))
    let outcome = try MizanProcess.run(["evaluate", "batch", "--format", "json"], in: folder)
    #expect(outcome.status == 2)
    #expect(outcome.error.contains("mizan evaluate: doc-002: batch/doc-002/hypothesis.txt:1 (byte 1): invalid UTF-8"))
    let object = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any]
    let ids = (object?["documents"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
    #expect(ids == ["doc-001", "doc-003"])
    let failures = object?["failures"] as? [[String: Any]]
    #expect(failures?.first?["id"] as? String == "doc-002")
    #expect(failures?.first?["position"] as? Int == 1)
  }

  @Test func aManifestPathLeavingItsFolderIsRefused() throws {
    let folder = try MizanProcess.temporaryFolder()
    let inside = folder.appendingPathComponent("set")
    try GeneratedBatch.write(count: 1, into: inside)
    try FileManager.default.createSymbolicLink(
      at: inside.appendingPathComponent("outside"), withDestinationURL: URL(fileURLWithPath: "/etc"))
    let manifests = [
      ("dotdot.json", #"{"documents": [{"id": "a", "hypothesis": "doc-001/hypothesis.txt", "reference": "../secret.txt"}]}"#),
      ("link.json", #"{"documents": [{"id": "a", "hypothesis": "outside/hostname", "reference": "doc-001/reference.txt"}]}"#),
    ]
    for (name, text) in manifests {
      try text.write(to: inside.appendingPathComponent(name), atomically: true, encoding: .utf8)
      let outcome = try MizanProcess.run(["evaluate", "set/\(name)"], in: folder)
      #expect(outcome.status == 2)
      #expect(outcome.error.contains("set/\(name): entry 'a': path '"))
      #expect(outcome.error.contains("leaves the manifest's folder"))
    }
    let good = #"{"documents": [{"id": "one", "hypothesis": "doc-001/hypothesis.txt", "reference": "doc-001/reference.txt", "language": "ar"}]}"#
    try good.write(to: inside.appendingPathComponent("good.json"), atomically: true, encoding: .utf8)
    let outcome = try MizanProcess.run(["evaluate", "set/good.json", "-q"], in: folder)
    #expect(outcome.status == 0)
    #expect(outcome.output.contains("== one: set/doc-001/hypothesis.txt vs set/doc-001/reference.txt"))
  }

  @Test func jsonLinesAndLineAlignedFiles() throws {
    let folder = try MizanProcess.temporaryFolder()
    let lines = [
      #"{"id": "first", "hyp": "التقى الوزيران في كوالالمبور.", "ref": "التقى الوزيران في كوالالمبور."}"#,
      "",
      #"{"id": "second", "hyp": "قال روبيو إن المحادثات بناءة."}"#,
    ]
    try lines.joined(separator: "\n").write(to: folder.appendingPathComponent("b.jsonl"), atomically: true, encoding: .utf8)
    let bad = try MizanProcess.run(["evaluate", "b.jsonl"], in: folder)
    #expect(bad.status == 2)
    #expect(bad.error.contains("b.jsonl:3: expected {\"id\", \"hyp\", \"ref\"}: missing \"ref\""))

    try "سطر أول.\nسطر ثان.\n".write(to: folder.appendingPathComponent("h.txt"), atomically: true, encoding: .utf8)
    try "سطر أول.\nسطر آخر.\n".write(to: folder.appendingPathComponent("r.txt"), atomically: true, encoding: .utf8)
    let aligned = try MizanProcess.run(["evaluate", "--aligned", "h.txt", "r.txt", "-q"], in: folder)
    #expect(aligned.status == 0)
    #expect(aligned.output.contains("2 aligned pairs; unaligned: 0 omission, 0 addition, 0 boilerplate line(s)"))
  }
}
