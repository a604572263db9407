import Foundation
import MizanText

/// Reads the golden files written by Fixtures/make-bleu-golden.py (sacreBLEU 2.6.0's outputs).
/// Located relative to this source file, so tests need no bundle resources and never run Python.
enum Fixtures {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// A JSON fixture decoded as `T`. (JSONDecoder, not JSONSerialization: the latter drops a
  /// U+FEFF that starts a string, and one fixture line does.)
  static func decode<T: Decodable>(_ type: T.Type, from name: String) throws -> T {
    let data = try Data(contentsOf: directory.appendingPathComponent(name))
    return try JSONDecoder().decode(T.self, from: data)
  }

  /// An input file's lines as sacreBLEU's CLI reads them: split on "\n" only, each right-stripped.
  static func lines(_ name: String) throws -> [String] {
    let data = try Data(contentsOf: directory.appendingPathComponent("inputs/\(name)"))
    var pieces = data.split(separator: 0x0A, omittingEmptySubsequences: false)
      .map { String(decoding: $0, as: UTF8.self) }
    if pieces.last == "" { pieces.removeLast() }
    return pieces.map(Whitespace.rightStripped)
  }

  /// Byte equality: `String ==` treats canonically equivalent strings as equal, sacreBLEU doesn't.
  static func sameBytes(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.elementsEqual(rhs.utf8)
  }
}
