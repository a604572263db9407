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
  public static func encoded(_ evaluation: Evaluation) throws(EncodingError) -> String {
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
