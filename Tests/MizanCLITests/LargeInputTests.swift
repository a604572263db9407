import Foundation
import Testing

/// Very long lines and very many lines: no crash, bounded time and memory. Sizes here suit a
/// debug build on two cores; scripts/stress.sh runs the 50 MB line and the million lines.
@Suite struct LargeInputTests {
  /// `count` bytes of words on one line (ASCII and Arabic, no sentence end), then a newline.
  static func singleLine(bytes count: Int, seed: Int) -> String {
    let words = ["alpha", "beta", "gamma", "delta", "سلام", "عليكم", "كتاب", "U.S.", "1,000"]
    var text = ""
    var index = seed
    while text.utf8.count < count {
      text += words[index % words.count] + " "
      index = (index &* 31 &+ 7) % 1_000_003
    }
    return text + "\n"
  }

  static func manyLines(_ count: Int, seed: Int) -> String {
    (0..<count).map { singleLine(bytes: 20, seed: seed + $0).dropLast() }.joined(separator: "\n") + "\n"
  }

  @Test func singleHugeLine() throws {
    let fixture = try RobustnessFixture()
    try fixture.write("h.txt", Self.singleLine(bytes: 1 << 20, seed: 1))
    try fixture.write("r.txt", Self.singleLine(bytes: 1 << 20, seed: 2))
    let start = Date()
    let align = try fixture.run(["align", "h.txt", "r.txt"])
    #expect(align.status == 0)
    let score = try fixture.run(["score", "r.txt", "-i", "h.txt", "-m", "bleu", "chrf", "-b"])
    #expect(score.status == 0)
    // evaluate also runs TER and the word-level checks; a shorter line keeps the debug test quick.
    try fixture.write("h4.txt", Self.singleLine(bytes: 4096, seed: 1))
    try fixture.write("r4.txt", Self.singleLine(bytes: 4096, seed: 2))
    let evaluate = try fixture.run(["evaluate", "h4.txt", "r4.txt", "-q"])
    #expect(evaluate.status == 0)
    #expect(Date().timeIntervalSince(start) < 60)
  }

  @Test func manyShortLines() throws {
    let fixture = try RobustnessFixture()
    try fixture.write("h.txt", Self.manyLines(20_000, seed: 1))
    try fixture.write("r.txt", Self.manyLines(20_000, seed: 5))
    let score = try fixture.run(["score", "r.txt", "-i", "h.txt", "-m", "bleu", "chrf", "-b"])
    #expect(score.status == 0)
    #expect(!score.output.isEmpty)
    try fixture.write("h5.txt", Self.manyLines(400, seed: 1))
    try fixture.write("r5.txt", Self.manyLines(400, seed: 5))
    let evaluate = try fixture.run(["evaluate", "h5.txt", "r5.txt", "-q"])
    #expect(evaluate.status == 0)
  }
}
