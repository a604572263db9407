import Foundation
import Testing
@testable import MizanReport

@Suite struct OutputFileTests {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mizan-out-\(UUID().uuidString)")

  @Test func replacesAtomicallyAndLeavesNoTemporaryFile() throws {
    try OutputFile.makeFolder(folder.path)
    let path = folder.appendingPathComponent("r.csv").path
    try OutputFile.write("old", to: path)
    try OutputFile.write("new", to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["r.csv"])
  }

  @Test func refusesToOverwriteAnInput() throws {
    try OutputFile.makeFolder(folder.path)
    let path = folder.appendingPathComponent("hyp.txt").path
    try OutputFile.write("input", to: path)
    #expect(throws: OutputFile.WriteError.self) { try OutputFile.write("x", to: path, protecting: [path]) }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "input")
  }

  @Test func unwritableFolderIsAnError() {
    #expect(throws: OutputFile.WriteError.self) { try OutputFile.write("x", to: "/nonexistent-folder/r.csv") }
  }
}
