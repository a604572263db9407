import Foundation

/// One document of a batch, not yet read: where its files are. Reading happens when the
/// document is evaluated (`load()`), so a large batch never holds every text in memory at once
/// and an unreadable document fails alone. Get items from `BatchDiscovery.items(paths:lineAligned:)`.
public struct BatchItem: Sendable, Hashable {
  /// Where the document's text comes from.
  public enum Source: Sendable, Hashable {
    /// A folder with hypothesis.txt, reference.txt and optionally glossary.tsv.
    case corpusFolder(String)
    /// Two files (and a glossary), aligned by Mizan's aligner.
    case files(hypothesis: String, reference: String, glossary: String?)
    /// Two files already parallel line by line; the aligner is not run.
    case lineAligned(hypothesis: String, reference: String, glossary: String?)
    /// Text already in memory (a JSONL line, the embedded seed corpus).
    case input(DocumentInput)
  }

  /// The document's name in reports and baselines; unique within a batch.
  public var id: String
  public var source: Source

  public init(id: String, source: Source) {
    self.id = id
    self.source = source
  }

  /// The glossary file the document names, if any, without reading it.
  public var glossaryPath: String? {
    switch source {
    case .corpusFolder(let folder):
      let path = BatchItem.join(folder, DocumentInput.FileName.glossary)
      return FileManager.default.fileExists(atPath: path) ? path : nil
    case .files(_, _, let glossary), .lineAligned(_, _, let glossary): return glossary
    case .input(let input): return input.glossary?.path
    }
  }

  /// Reads the document's files.
  public func load() throws(BatchError) -> DocumentInput {
    do {
      switch source {
      case .corpusFolder(let folder):
        var input = try DocumentInput(corpusFolder: folder)
        input.id = id
        return input
      case .files(let hypothesis, let reference, let glossary):
        var input = try DocumentInput(hypothesisPath: hypothesis, referencePath: reference, glossaryPath: glossary)
        input.id = id
        return input
      case .lineAligned(let hypothesis, let reference, let glossary):
        var input = try DocumentInput(hypothesisPath: hypothesis, referencePath: reference, glossaryPath: glossary)
        input.id = id
        input.lineAligned = true
        guard input.hypothesis.lines.count == input.reference.lines.count else {
          throw BatchError(
            path: hypothesis,
            code: .lineCount(hypothesis: input.hypothesis.lines.count, reference: input.reference.lines.count))
        }
        return input
      case .input(let input):
        return input
      }
    } catch let error as TextError {
      throw BatchError(path: error.path, code: .text(error))
    } catch let error as BatchError {
      throw error
    } catch {
      throw BatchError(path: id, code: .malformed("\(error)"))
    }
  }

  /// `folder/name`, keeping the folder as the user wrote it.
  static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}
