import Foundation
import Mizan

/// `summary.json`: the whole `Evaluation` as JSON, for scripts, dashboards and the gate's
/// baseline. Versioned by the evaluation's `schema` field; keys sorted and numbers written by
/// Foundation's shortest round-trip formatting, so the same evaluation always gives the same
/// bytes. Every field is documented in docs/summary-json.md.
public enum SummaryJSON {
  /// Why the summary could not be encoded.
  public struct EncodingError: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { "summary.json: cannot encode the evaluation: \(reason)" }
  }

  /// The JSON text, pretty-printed with a final newline. Non-finite numbers (a TER over an
  /// empty reference, say) become the strings "inf", "-inf" and "nan" rather than failing.
  ///
  /// The bytes are `JSONEncoder`'s (`foundationEncoded`), written faster: documents are most of
  /// a batch's summary, so each is encoded on its own, on all cores, by `PrettyJSONEncoder`, and
  /// spliced into the rest of the evaluation encoded with no documents.
  public static func encoded(_ evaluation: Evaluation) throws(EncodingError) -> String {
    var rest = evaluation
    rest.documents = []
    let documents = evaluation.documents
    let pieces = ParallelMap.map(documents.count, chunk: 4) { PrettyJSONEncoder.encoded(documents[$0], depth: 2) }
    guard let skeleton = PrettyJSONEncoder.encoded(rest), pieces.allSatisfy({ $0 != nil }),
      let marker = skeleton.firstRange(of: Self.emptyDocuments)
    else {
      return try foundationEncoded(evaluation)
    }
    let opening = Array(Self.emptyDocuments.dropLast(4))
    // At most: the skeleton, each document with ",\n" and its indent, "\n  ]" and "\n".
    let length = skeleton.count + pieces.reduce(0) { $0 + $1!.count + 6 } + 5
    return String(unsafeUninitializedCapacity: length) { buffer in
      var end = 0
      func write<C: Collection<UInt8>>(_ bytes: C) {
        end = UnsafeMutableBufferPointer(rebasing: buffer[end...]).initialize(fromContentsOf: bytes) + end
      }
      write(skeleton[..<marker.lowerBound])
      write(opening)
      for (index, piece) in pieces.enumerated() {
        write(index == 0 ? "    ".utf8 : ",\n    ".utf8)
        write(piece!)
      }
      write("\n  ]".utf8)
      write(skeleton[marker.upperBound...])
      write("\n".utf8)
      return end
    }
  }

  /// How the documents array reads when empty, at its place among the evaluation's keys: only
  /// a top-level key starts a line with two spaces and a quote (a string's newlines are escaped).
  static let emptyDocuments = Array("\n  \"documents\" : [\n\n  ]".utf8)

  /// The JSON text as Foundation's `JSONEncoder` writes it: the reference for `encoded`.
  static func foundationEncoded(_ evaluation: Evaluation) throws(EncodingError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    do {
      let data = try encoder.encode(evaluation)
      return String(decoding: data, as: UTF8.self) + "\n"
    } catch {
      throw EncodingError(reason: "\(error)")
    }
  }

  /// Reads a summary back, e.g. a baseline for comparison.
  public static func decoded(_ text: String) throws(EncodingError) -> Evaluation {
    let decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    do {
      return try decoder.decode(Evaluation.self, from: Data(text.utf8))
    } catch {
      throw EncodingError(reason: "\(error)")
    }
  }
}
