import Foundation

/// Turns what the user named on the command line into a batch's documents, in a deterministic
/// order (the order of the arguments, folders listed by name), so every shard of a sharded run
/// sees the same batch. docs/batch.md lists the forms:
///
/// - a corpus folder (hypothesis.txt, reference.txt, optional glossary.tsv): one document;
/// - a folder of corpus folders: one document per sub-folder holding either file;
/// - a manifest, `*.json` (`BatchManifest`);
/// - JSON Lines, `*.jsonl` (`JSONLBatch`);
/// - two files, hypothesis and reference: one document, aligned by Mizan, or with
///   `lineAligned` one document whose lines are already paired 1-1.
public enum BatchDiscovery {
  /// The documents `paths` name; with no paths, the seed corpus (from Corpora/ when present,
  /// else the copy compiled into the binary).
  public static func items(paths: [String], lineAligned: Bool = false) throws(BatchError) -> [BatchItem] {
    if paths.isEmpty {
      let local = "Corpora/\(EmbeddedCorpus.name)"
      if FileManager.default.fileExists(atPath: local) {
        return [BatchItem(id: EmbeddedCorpus.name, source: .corpusFolder(local))]
      }
      return [BatchItem(id: EmbeddedCorpus.name, source: .input(.embedded))]
    }
    if lineAligned {
      guard paths.count == 2 else {
        throw BatchError(path: paths.joined(separator: " "), code: .malformed("--aligned takes two files, hypothesis and reference"))
      }
      return [
        BatchItem(
          id: baseName(paths[0]), source: .lineAligned(hypothesis: paths[0], reference: paths[1], glossary: nil))
      ]
    }
    for path in paths where !FileManager.default.fileExists(atPath: path) {
      throw BatchError(path: path, code: .text(TextError(path: path, code: .missing)))
    }
    let batchLike = paths.allSatisfy { isFolder($0) || $0.hasSuffix(".json") || $0.hasSuffix(".jsonl") }
    if !batchLike {
      guard paths.count == 2 else {
        throw BatchError(
          path: paths.joined(separator: " "),
          code: .malformed("expected corpus folders, manifests (.json), JSONL files, or two files (hypothesis and reference)"))
      }
      return [BatchItem(id: baseName(paths[0]), source: .files(hypothesis: paths[0], reference: paths[1], glossary: nil))]
    }
    var items: [BatchItem] = []
    for path in paths {
      if path.hasSuffix(".jsonl") {
        items += try JSONLBatch.items(contentsOf: path)
      } else if path.hasSuffix(".json") {
        items += try BatchManifest(contentsOf: path).items
      } else {
        items += try folderItems(path)
      }
    }
    var seen: Set<String> = []
    for item in items where !seen.insert(item.id).inserted {
      throw BatchError(path: paths.joined(separator: " "), code: .duplicateID(item.id))
    }
    return items
  }

  /// A corpus folder, or the corpus folders inside it sorted by name.
  static func folderItems(_ folder: String) throws(BatchError) -> [BatchItem] {
    if isCorpus(folder) { return [BatchItem(id: folderName(folder), source: .corpusFolder(folder))] }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    } catch {
      throw BatchError(path: folder, code: .text(TextError(path: folder, code: .unreadable)))
    }
    let corpora = names.filter { !$0.hasPrefix(".") }.map { BatchItem.join(folder, $0) }.filter(isCorpus)
    guard !corpora.isEmpty else { throw BatchError(path: folder, code: .noDocuments) }
    return corpora.map { BatchItem(id: folderName($0), source: .corpusFolder($0)) }
  }

  /// A folder holding a hypothesis or a reference; one without the other fails when read, so
  /// the missing file is reported rather than the folder silently skipped.
  static func isCorpus(_ folder: String) -> Bool {
    isFolder(folder)
      && (FileManager.default.fileExists(atPath: BatchItem.join(folder, DocumentInput.FileName.hypothesis))
        || FileManager.default.fileExists(atPath: BatchItem.join(folder, DocumentInput.FileName.reference)))
  }

  static func isFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  static func folderName(_ folder: String) -> String { URL(fileURLWithPath: folder).standardized.lastPathComponent }

  static func baseName(_ path: String) -> String {
    URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
  }
}
