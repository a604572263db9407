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
    let json: String
    do {
      json = try SummaryJSON.encoded(evaluation)
    } catch {
      throw WriteError(description: error.description)
    }
    return [
      ("report.html", HTMLReport(evaluation, title: title).rendered()),
      ("segments.csv", ReportTables.segments(evaluation).rendered(excel: excel)),
      ("findings.csv", ReportTables.findings(evaluation).rendered(excel: excel)),
      ("documents.csv", ReportTables.documents(evaluation).rendered(excel: excel)),
      ("summary.json", json),
    ]
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
