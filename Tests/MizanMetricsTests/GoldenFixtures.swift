import Foundation
import MizanText
import Testing

/// sacreBLEU's scores on the fixture inputs, written by Fixtures/make-chrf-ter-golden.py.
/// Loaded by a path relative to this file, so the tests need no bundle and never run Python.
struct GoldenFile<Options: Decodable & Sendable>: Decodable, Sendable {
  /// sacreBLEU's version, the `version:` field of the signatures it printed.
  var sacrebleuVersion: String
  var cases: [GoldenCase<Options>]
}

/// One sacreBLEU run: an input set, the options, and the scores it printed.
struct GoldenCase<Options: Decodable & Sendable>: Decodable, Sendable, CustomTestStringConvertible {
  struct CorpusResult: Decodable, Sendable {
    var name: String
    var score: Double
    var signature: String
  }
  struct SentenceResult: Decodable, Sendable {
    var name: String
    var signature: String
    var scores: [Double]
  }

  var set: String
  var hypothesis: String
  var references: [String]
  var options: Options
  var arguments: [String]
  var corpus: CorpusResult
  var sentence: SentenceResult

  var testDescription: String { "\(set) " + arguments.joined(separator: " ") }
}

extension Fixtures {
  /// A golden file, or nil when it is missing or malformed (a test then fails on the count).
  static func load<Options>(_ name: String, as: Options.Type) -> GoldenFile<Options>? {
    try? decode(GoldenFile<Options>.self, from: name)
  }

  /// An input file's lines, or none when it is missing (a test then fails on the count).
  static func goldenLines(_ name: String) -> [String] {
    (try? lines(name)) ?? []
  }

  /// sacreBLEU's signature with its version replaced by Mizan's, which is what Mizan prints.
  static func expectedSignature(_ signature: String, sacrebleuVersion: String, mizanVersion: String) -> String {
    signature.replacingOccurrences(of: "version:\(sacrebleuVersion)", with: "version:\(mizanVersion)")
  }
}
