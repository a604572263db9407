import Foundation

/// A temporary folder of small, deliberately broken inputs for the robustness tests, and the
/// run of `mizan` inside it (relative paths, so messages name files as a user typed them).
struct RobustnessFixture {
  let folder: URL

  /// Two short editions that evaluate, align and score without trouble.
  static let hypothesis = "قال الوزير إن المحادثات كانت صريحة.\nوأضاف أن الجانبين اتفقا على التعاون.\n"
  static let reference = "وقال الوزير إن المحادثات كانت صريحة ومفيدة.\nوأضاف أن الطرفين اتفقا على التعاون.\n"

  init() throws {
    folder = try MizanProcess.temporaryFolder()
    try write("hyp.txt", Self.hypothesis)
    try write("ref.txt", Self.reference)
  }

  func write(_ name: String, _ text: String) throws {
    try write(name, bytes: Array(text.utf8))
  }

  func write(_ name: String, bytes: [UInt8]) throws {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  func run(_ arguments: [String]) throws -> MizanProcess.Outcome {
    try MizanProcess.run(arguments, in: folder)
  }

  /// The three commands reading `hypothesis` and `reference`, as a user would call them.
  static func commands(hypothesis: String, reference: String) -> [[String]] {
    [
      ["evaluate", hypothesis, reference, "-q"],
      ["align", hypothesis, reference],
      ["score", reference, "-i", hypothesis],
    ]
  }

  /// `text` encoded as UTF-16 or UTF-32 with its byte-order mark.
  static func encoded(_ text: String, _ encoding: String.Encoding) -> [UInt8] {
    let marks: [String.Encoding: [UInt8]] = [
      .utf16LittleEndian: [0xFF, 0xFE], .utf16BigEndian: [0xFE, 0xFF],
      .utf32LittleEndian: [0xFF, 0xFE, 0x00, 0x00], .utf32BigEndian: [0x00, 0x00, 0xFE, 0xFF],
    ]
    return (marks[encoding] ?? []) + Array(text.data(using: encoding) ?? Data())
  }
}
