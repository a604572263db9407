import Foundation
import Testing
@testable import MizanReport

/// What a failed write leaves behind: never half a file, never a temporary file, and the
/// previous outputs whole. `/dev/full` stands in for a full disk (every write is ENOSPC).
@Suite struct OutputFileFailureTests {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mizan-fail-\(UUID().uuidString)")

  @Test func fullDiskIsAnErrorNamingTheFileAndTheReason() throws {
    let error = #expect(throws: OutputFile.WriteError.self) { try OutputFile.write("report", to: "/dev/full") }
    #expect(error?.description == "/dev/full: cannot write: No space left on device")
    // The device is written in place, never renamed over.
    var status = stat()
    #expect(stat("/dev/full", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
  }

  @Test func aFailedFileLeavesEveryPreviousFileAndNoTemporaryFile() throws {
    try OutputFile.makeFolder(folder.path)
    let first = folder.appendingPathComponent("report.html").path
    let second = folder.appendingPathComponent("summary.json").path
    try OutputFile.write([(first, "old html"), (second, "old json")])
    #expect(throws: OutputFile.WriteError.self) {
      try OutputFile.write([(first, "new html"), ("/dev/full", "x"), (second, "new json")])
    }
    #expect(try String(contentsOfFile: first, encoding: .utf8) == "old html")
    #expect(try String(contentsOfFile: second, encoding: .utf8) == "old json")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["report.html", "summary.json"])
    #expect(TemporaryFiles.shared.registered.filter { $0.hasPrefix(folder.path) } == [])
  }

  @Test func aFolderWhereAFileIsExpectedIsRefused() throws {
    try OutputFile.makeFolder(folder.appendingPathComponent("report.html").path)
    let error = #expect(throws: OutputFile.WriteError.self) {
      try OutputFile.write("x", to: folder.appendingPathComponent("report.html").path)
    }
    #expect(error?.reason == "it is a folder")
  }

  @Test func aFileWhereTheReportFolderIsExpectedIsRefused() throws {
    try OutputFile.makeFolder(folder.path)
    let file = folder.appendingPathComponent("hypothesis.txt").path
    try OutputFile.write("text", to: file)
    let error = #expect(throws: OutputFile.WriteError.self) { try OutputFile.makeFolder(file) }
    #expect(error?.reason == "it is a file, expected a folder")
  }

  @Test func anInputReachedThroughASymbolicLinkIsProtected() throws {
    try OutputFile.makeFolder(folder.path)
    let input = folder.appendingPathComponent("hypothesis.txt").path
    try OutputFile.write("input", to: input)
    let link = folder.appendingPathComponent("segments.csv").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: input)
    #expect(throws: OutputFile.WriteError.self) { try OutputFile.write("x", to: link, protecting: [input]) }
    #expect(try String(contentsOfFile: input, encoding: .utf8) == "input")
  }
}
