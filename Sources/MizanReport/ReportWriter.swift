import Mizan

/// Writes a report folder: `report.html`, `segments.csv`, `findings.csv`, `documents.csv` and
/// `summary.json`. The files are written atomically and together (`OutputFile`), and every file is a pure
/// function of the evaluation, so regenerating a committed report gives byte-identical files.
///
/// ```swift
/// let writer = ReportWriter(title: "asean-2025-07")
/// let written = try writer.write(evaluation, to: "Reports/asean-2025-07")
/// ```
public struct ReportWriter: Sendable {
  /// The report's file names, in the order they are written.
  public static let fileNames = ["report.html", "segments.csv", "findings.csv", "documents.csv", "summary.json"]

  /// The HTML page's title.
  public var title: String
  /// Add the UTF-8 byte-order mark Excel needs to show Arabic CSV correctly (`--excel`).
  public var excel: Bool
  /// Input files the writer must never overwrite (the user's hypothesis and reference).
  public var protectedInputs: [String]

  public init(title: String = "Mizan", excel: Bool = false, protectedInputs: [String] = []) {
    self.title = title
    self.excel = excel
    self.protectedInputs = protectedInputs
  }

  /// Why a report could not be written.
  public struct WriteError: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// The files' contents by name, without touching the disk.
  public func files(for evaluation: Evaluation) throws(WriteError) -> [(name: String, text: String)] {
    // The files are independent: rendered at once, on all cores (a batch's HTML and JSON take
    // seconds each).
    let results = ParallelMap.map(Self.fileNames.count, chunk: 1) { render(Self.fileNames[$0], evaluation) }
    var files: [(name: String, text: String)] = []
    for (name, result) in zip(Self.fileNames, results) { files.append((name, try result.get())) }
    return files
  }

  /// Creates `folder` if needed and writes every file into it; returns the paths written.
  @discardableResult
  public func write(_ evaluation: Evaluation, to folder: String) throws(WriteError) -> [String] {
    let paths = Self.fileNames.map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
    do {
      try OutputFile.makeFolder(folder)
    } catch {
      throw WriteError(description: error.description)
    }
    // Each file is written to its temporary name as soon as it is rendered, on all cores (a
    // batch's report is half a gigabyte: writing it after rendering all of it left a core
    // idle for a second); then all five are renamed, or none: a failure (a full disk) leaves
    // the previous report whole.
    let protectedInputs = protectedInputs
    let staged = ParallelMap.map(Self.fileNames.count, chunk: 1) { index -> Result<OutputFile.Staged, WriteError> in
      render(Self.fileNames[index], evaluation).flatMap { text in
        Result { () throws(OutputFile.WriteError) in try OutputFile.stage(text, to: paths[index], protecting: protectedInputs) }
          .mapError { WriteError(description: $0.description) }
      }
    }
    let written = staged.compactMap { try? $0.get() }
    if let failure = staged.lazy.compactMap({ result -> WriteError? in
      if case .failure(let error) = result { return error } else { return nil }
    }).first {
      OutputFile.discard(written)
      throw failure
    }
    do {
      try OutputFile.commit(written)
    } catch {
      throw WriteError(description: error.description)
    }
    return paths
  }

  /// One file's text.
  private func render(_ name: String, _ evaluation: Evaluation) -> Result<String, WriteError> {
    switch name {
    case "report.html": return .success(HTMLReport(evaluation, title: title).rendered())
    case "segments.csv": return .success(ReportTables.segments(evaluation).rendered(excel: excel))
    case "findings.csv": return .success(ReportTables.findings(evaluation).rendered(excel: excel))
    case "documents.csv": return .success(ReportTables.documents(evaluation).rendered(excel: excel))
    default:
      do {
        return .success(try SummaryJSON.encoded(evaluation))
      } catch {
        return .failure(WriteError(description: String(describing: error)))
      }
    }
  }
}
