import Foundation
import Testing

/// Outputs are written atomically: an interrupted or failed run (Ctrl-C, SIGTERM, a full
/// disk, a folder that cannot be written) leaves no temporary file and the previous report
/// whole; a finished run replaces every file.
@Suite struct InterruptionTests {
  /// A pair of editions long enough that `evaluate` runs for seconds in a debug build.
  static func writeLongEditions(_ fixture: RobustnessFixture, lines: Int) throws {
    var generator = SystemRandomNumberGenerator()
    let words = ["الوزير", "المحادثات", "صريحة", "التعاون", "الطرفين", "اتفقا", "روسيا", "الصين", "آسيان", "اجتماع"]
    func line() -> String { (0..<12).map { _ in words.randomElement(using: &generator) ?? "" }.joined(separator: " ") + "." }
    try fixture.write("long/hyp.txt", (0..<lines).map { _ in line() }.joined(separator: "\n") + "\n")
    try fixture.write("long/ref.txt", (0..<lines).map { _ in line() }.joined(separator: "\n") + "\n")
  }

  static let oldReport = ["report.html": "<p>old</p>", "summary.json": "{\"old\": true}"]

  func writeOldReport(_ fixture: RobustnessFixture) throws {
    for (name, text) in Self.oldReport { try fixture.write("report/\(name)", text) }
  }

  func expectOldReportIntact(_ fixture: RobustnessFixture) throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: fixture.path("report")).sorted()
    #expect(names == Self.oldReport.keys.sorted(), "no temporary or half-written files: \(names)")
    for (name, text) in Self.oldReport {
      #expect(try String(contentsOfFile: fixture.path("report/\(name)"), encoding: .utf8) == text)
    }
  }

  @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
  func signalLeavesNoTemporaryFileAndTheOldReport(signal: Int32, status: Int32) throws {
    let fixture = try RobustnessFixture()
    try Self.writeLongEditions(fixture, lines: 1500)
    try writeOldReport(fixture)
    let process = Process()
    process.executableURL = MizanProcess.executable
    process.arguments = ["evaluate", "long/hyp.txt", "long/ref.txt", "--report", "report", "-q"]
    process.currentDirectoryURL = fixture.folder
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: 1.0)
    guard process.isRunning else {
      Issue.record("mizan finished before the signal; make the input longer")
      return
    }
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == status)
    try expectOldReportIntact(fixture)
  }

  /// A full disk, simulated with a file-size limit (SIGXFSZ ignored, so writes fail with EFBIG).
  @Test func fullDiskLeavesTheOldReport() throws {
    let fixture = try RobustnessFixture()
    try writeOldReport(fixture)
    let command = "trap '' XFSZ; ulimit -f 4; exec '\(MizanProcess.executable.path)' evaluate hyp.txt ref.txt --report report -q"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    process.currentDirectoryURL = fixture.folder
    let error = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = error
    try process.run()
    let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(message.contains("report/report.html: cannot write: File too large"), "\(message)")
    try expectOldReportIntact(fixture)
  }

  @Test func finishedRunReplacesEveryReportFile() throws {
    let fixture = try RobustnessFixture()
    try writeOldReport(fixture)
    let outcome = try fixture.run(["evaluate", "hyp.txt", "ref.txt", "--report", "report", "-q"])
    #expect(outcome.status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: fixture.path("report")).sorted()
    #expect(names == ["documents.csv", "findings.csv", "report.html", "segments.csv", "summary.json"])
    for name in Self.oldReport.keys {
      #expect(try !String(contentsOfFile: fixture.path("report/\(name)"), encoding: .utf8).contains("old"))
    }
  }

  @Test func reportOntoAnInputIsRefusedAndTheInputKept() throws {
    let fixture = try RobustnessFixture()
    try fixture.write("out/segments.csv", RobustnessFixture.hypothesis)
    let outcome = try fixture.run(["evaluate", "out/segments.csv", "ref.txt", "--report", "out", "-q"])
    #expect(outcome.status == 2)
    #expect(outcome.error.contains("out/segments.csv: cannot write: it is also an input"), "\(outcome.error)")
    #expect(try String(contentsOfFile: fixture.path("out/segments.csv"), encoding: .utf8) == RobustnessFixture.hypothesis)
    #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.path("out")) == ["segments.csv"])
  }

  @Test func reportFolderThatIsAFileOrCannotBeCreated() throws {
    let fixture = try RobustnessFixture()
    let cases = [
      ("hyp.txt", "hyp.txt: cannot write: it is a file, expected a folder"),
      ("/proc/mizan-report", "/proc/mizan-report: cannot write: cannot create the folder"),
    ]
    for (folder, message) in cases {
      let outcome = try fixture.run(["evaluate", "hyp.txt", "ref.txt", "--report", folder, "-q"])
      #expect(outcome.status == 2)
      #expect(outcome.error.contains(message), "\(outcome.error)")
    }
    #expect(try String(contentsOfFile: fixture.path("hyp.txt"), encoding: .utf8) == RobustnessFixture.hypothesis)
  }

  @Test func reportFolderWithoutWritePermission() throws {
    let fixture = try RobustnessFixture()
    try writeOldReport(fixture)
    let folder = fixture.path("report")
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
    if access(folder, W_OK) == 0 {
      print("InterruptionTests.reportFolderWithoutWritePermission: skipped, running as root: chmod 555 does not stop writes here")
      return
    }
    let outcome = try fixture.run(["evaluate", "hyp.txt", "ref.txt", "--report", "report", "-q"])
    #expect(outcome.status == 2)
    #expect(outcome.error.contains("report: cannot write: the folder is not writable"), "\(outcome.error)")
    try expectOldReportIntact(fixture)
  }
}
