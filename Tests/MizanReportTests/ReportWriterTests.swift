import Foundation
import Testing
@testable import MizanReport

@Suite struct ReportWriterTests {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mizan-report-\(UUID().uuidString)").path

  @Test func writesEveryFileIntoTheFolder() throws {
    let written = try ReportWriter(title: "asean").write(ReportFixtures.arabic, to: folder + "/nested")
    #expect(written.map { URL(fileURLWithPath: $0).lastPathComponent } == ReportWriter.fileNames)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/nested").sorted() == ReportWriter.fileNames.sorted())
  }

  @Test func sameEvaluationGivesByteIdenticalFiles() throws {
    try ReportWriter().write(ReportFixtures.batch, to: folder + "/a")
    try ReportWriter().write(ReportFixtures.batch, to: folder + "/b")
    for name in ReportWriter.fileNames {
      let a = try Data(contentsOf: URL(fileURLWithPath: folder + "/a/" + name))
      let b = try Data(contentsOf: URL(fileURLWithPath: folder + "/b/" + name))
      #expect(a == b, "\(name)")
      #expect(!a.isEmpty)
    }
  }

  @Test func refusesToOverwriteAnInput() throws {
    try OutputFile.makeFolder(folder)
    let input = folder + "/summary.json"
    try OutputFile.write("input", to: input)
    #expect(throws: ReportWriter.WriteError.self) {
      try ReportWriter(protectedInputs: [input]).write(ReportFixtures.arabic, to: folder)
    }
    #expect(try String(contentsOfFile: input, encoding: .utf8) == "input")
  }

  /// The five files are written side by side; when one cannot be (here a folder stands where
  /// `summary.json` goes), none is replaced and no temporary file is left behind.
  @Test func oneFailedFileLeavesThePreviousReportWhole() throws {
    try ReportWriter().write(ReportFixtures.arabic, to: folder)
    let before = try ReportWriter.fileNames.filter { $0 != "summary.json" }.map {
      try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0))
    }
    try FileManager.default.removeItem(atPath: folder + "/summary.json")
    try FileManager.default.createDirectory(atPath: folder + "/summary.json/", withIntermediateDirectories: false)
    let error = #expect(throws: ReportWriter.WriteError.self) {
      try ReportWriter(title: "another title").write(ReportFixtures.batch, to: folder)
    }
    #expect(error?.description.contains("summary.json: cannot write: it is a folder") == true)
    let after = try ReportWriter.fileNames.filter { $0 != "summary.json" }.map {
      try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0))
    }
    #expect(after == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ReportWriter.fileNames.sorted())
  }
}
