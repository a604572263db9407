import Foundation
import Mizan
import Testing
@testable import MizanReport

/// The report as a browser sees it: headless Chromium loads report.html from disk, runs its
/// script, and we check the DOM, the network, and keep screenshots for people to look at
/// (.build/report-screenshots/). Skipped, with a printed reason, when Chromium is absent.
@Suite(.enabled(if: Chromium.available, "chromium not found; install it with apt-get install -y chromium"), .serialized)
struct ChromiumRenderTests {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mizan-html-\(UUID().uuidString)")

  /// Where screenshots go: the package's .build folder, a stable path outside git.
  static let screenshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent(".build/report-screenshots")

  func report(_ evaluation: Evaluation, _ name: String) throws -> URL {
    let path = folder.appendingPathComponent(name)
    try ReportWriter(title: name).write(evaluation, to: path.path)
    return path.appendingPathComponent("report.html")
  }

  @Test func arabicReportRendersWithItsTextsAndScores() throws {
    let run = try Chromium.run(try report(ReportFixtures.arabic, "asean-2025-07"), ["--dump-dom"])
    #expect(run.dom.contains("<html lang=\"ar\" dir=\"rtl\">"))
    #expect(run.dom.contains("فريق التحرير"))
    #expect(run.dom.contains("التقى لافروف وروبيو في كوالالمبور"))
    #expect(run.dom.contains("الآسيان"))
    #expect(run.dom.contains("21.37"))
    #expect(run.dom.contains("48.92"))
    #expect(run.dom.contains(ReportFixtures.chrFSignature))
    // The script ran: it reveals the pair toolbar.
    #expect(run.dom.contains("<div class=\"toolbar\" data-pairs=\"d1-pairs\">"))
    #expect(Chromium.pageRequests(in: run.netLog).isEmpty)
  }

  @Test func injectionCorpusStaysInert() throws {
    let run = try Chromium.run(try report(ReportFixtures.injection, "injection"), ["--dump-dom"])
    #expect(!run.dom.isEmpty)
    #expect(!run.dom.contains("<img"))
    #expect(!run.dom.contains("<textarea"))
    #expect(!run.dom.contains("<script>alert"))
    #expect(run.dom.components(separatedBy: "<script").count == 2)
    #expect(run.dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(run.dom.contains("\"&gt;&lt;img src=x onerror=alert(1)&gt;"))
    #expect(Chromium.pageRequests(in: run.netLog).isEmpty)
  }

  /// The network check is not vacuous: a page that does fetch is caught.
  @Test func networkCheckCatchesAFetchingPage() throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let page = folder.appendingPathComponent("fetching.html")
    try "<!DOCTYPE html><img src=\"http://example.invalid/x.png\">".write(to: page, atomically: true, encoding: .utf8)
    let run = try Chromium.run(page, ["--dump-dom"])
    #expect(Chromium.pageRequests(in: run.netLog).contains("http://example.invalid/x.png"))
  }

  @Test func screenshotsForPeopleToLookAt() throws {
    try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
    let shots: [(String, Evaluation, String)] = [
      ("arabic-laptop.png", ReportFixtures.arabic, "1280,2000"),
      ("batch-laptop.png", ReportFixtures.batch, "1280,2000"),
      ("arabic-phone.png", ReportFixtures.arabic, "390,2400"),
      ("injection-laptop.png", ReportFixtures.injection, "1280,1600"),
    ]
    for (name, evaluation, size) in shots {
      let output = Self.screenshots.appendingPathComponent(name)
      try? FileManager.default.removeItem(at: output)
      let page = try report(evaluation, String(name.dropLast(4)))
      let run = try Chromium.run(page, ["--screenshot=\(output.path)", "--window-size=\(size)"])
      // The page itself too, to open in a browser next to its screenshot.
      let copy = output.deletingPathExtension().appendingPathExtension("html")
      try? FileManager.default.removeItem(at: copy)
      try FileManager.default.copyItem(at: page, to: copy)
      #expect(FileManager.default.fileExists(atPath: output.path), "\(name)")
      #expect(Chromium.pageRequests(in: run.netLog).isEmpty)
      print("MizanReportTests: screenshot \(output.path)")
    }
  }
}
