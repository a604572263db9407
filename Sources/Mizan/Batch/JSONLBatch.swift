import Foundation

/// A batch as JSON Lines: one document a line, `{"id": "…", "hyp": "…", "ref": "…"}`, the texts
/// inline with paragraphs separated by `\n`. Blank lines are skipped. Errors name the file and
/// the line.
public enum JSONLBatch {
  struct Line: Decodable {
    var id: String
    var hyp: String
    var ref: String
  }

  /// The documents of the JSONL file at `path`, in file order.
  public static func items(contentsOf path: String) throws(BatchError) -> [BatchItem] {
    let file: TextFile
    do { file = try TextFile(contentsOf: path) } catch { throw BatchError(path: path, code: .text(error)) }
    var items: [BatchItem] = []
    var seen: Set<String> = []
    for (offset, text) in file.lines.enumerated() where !Whitespace.split(text).isEmpty {
      let number = offset + 1
      let line: Line
      do {
        line = try JSONDecoder().decode(Line.self, from: Data(text.utf8))
      } catch {
        throw BatchError(
          path: path, line: number,
          code: .malformed("expected {\"id\", \"hyp\", \"ref\"}: \(BatchManifest.reason(error))"))
      }
      guard seen.insert(line.id).inserted else {
        throw BatchError(path: path, line: number, code: .duplicateID(line.id))
      }
      func side(_ text: String, _ name: String) throws(BatchError) -> TextFile {
        do {
          return try TextFile(decoding: Array(text.utf8), path: "\(path):\(number):\(name)")
        } catch {
          throw BatchError(path: path, line: number, code: .text(error))
        }
      }
      let input = DocumentInput(id: line.id, hypothesis: try side(line.hyp, "hyp"), reference: try side(line.ref, "ref"))
      items.append(BatchItem(id: line.id, source: .input(input)))
    }
    guard !items.isEmpty else { throw BatchError(path: path, code: .noDocuments) }
    return items
  }
}
