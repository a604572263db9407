import Foundation

/// Small documents cut from the seed corpus for batch tests: each document takes a few
/// gold-aligned 1-1 paragraph pairs of Corpora/asean-2025-07 (alignment.gold.tsv), chosen with
/// a fixed seed, and shares the seed glossary, so batch terminology is exercised too.
enum GeneratedBatch {
  /// Writes `count` corpus folders `doc-001`… into `folder`.
  static func write(count: Int, into folder: URL, seed: UInt64 = 2025) throws {
    let corpus = MizanProcess.root.appendingPathComponent("Corpora/asean-2025-07")
    func lines(_ name: String) throws -> [String] {
      try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    let hypothesis = try lines("hypothesis.txt")
    let reference = try lines("reference.txt")
    let glossary = try String(contentsOf: corpus.appendingPathComponent("glossary.tsv"), encoding: .utf8)
    let pairs: [(Int, Int)] = try lines("alignment.gold.tsv").compactMap { row in
      let fields = row.split(separator: "\t")
      guard fields.count >= 2, let h = Int(fields[0]), let r = Int(fields[1]) else { return nil }
      return (h - 1, r - 1)
    }
    var state = seed
    func next(_ bound: Int) -> Int {
      // SplitMix64: small, fixed, and the same on every platform.
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
    for number in 1...count {
      let chosen = Set((0..<(1 + next(2))).map { _ in next(pairs.count) }).sorted()
      let document = folder.appendingPathComponent(String(format: "doc-%03d", number))
      try FileManager.default.createDirectory(at: document, withIntermediateDirectories: true)
      let hypothesisText = chosen.map { hypothesis[pairs[$0].0] }.joined(separator: "\n\n") + "\n"
      let referenceText = chosen.map { reference[pairs[$0].1] }.joined(separator: "\n\n") + "\n"
      try hypothesisText.write(to: document.appendingPathComponent("hypothesis.txt"), atomically: true, encoding: .utf8)
      try referenceText.write(to: document.appendingPathComponent("reference.txt"), atomically: true, encoding: .utf8)
      try glossary.write(to: document.appendingPathComponent("glossary.tsv"), atomically: true, encoding: .utf8)
    }
  }
}
