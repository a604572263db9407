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
    let title = title
    let excel = excel
    let rendered = ParallelMap.map(Self.fileNames.count, chunk: 1) { index -> Result<String, WriteError> in
      switch Self.fileNames[index] {
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
    var files: [(name: String, text: String)] = []
    for (name, result) in zip(Self.fileNames, rendered) {
      switch result {
      case .success(let text): files.append((name, text))
      case .failure(let error): throw error
      }
    }
    return files
  }

  /// Creates `folder` if needed and writes every file into it; returns the paths written.
  @discardableResult
  public func write(_ evaluation: Evaluation, to folder: String) throws(WriteError) -> [String] {
    let files = try files(for: evaluation)
    let outputs = files.map { file in
      (path: folder.hasSuffix("/") ? folder + file.name : folder + "/" + file.name, text: file.text)
    }
    do {
      try OutputFile.makeFolder(folder)
      // All five or none: a failure (a full disk) leaves the previous report whole.
      try OutputFile.write(outputs, protecting: protectedInputs)
    } catch {
      throw WriteError(description: error.description)
    }
    return outputs.map(\.path)
  }
}
