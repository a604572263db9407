import Testing
@testable import MizanReport

/// Hostile corpus text must come out as inert text: escaped in HTML (text and attributes),
/// neutralized in CSV.
@Suite struct InjectionTests {
  let evaluation = ReportFixtures.injection

  @Test func htmlEscapesEveryPayload() {
    let html = HTMLReport(evaluation, title: ReportFixtures.script).rendered()
    #expect(!html.contains("<script>alert"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("</textarea>"))
    #expect(!html.contains("\"><img"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&lt;/textarea&gt;"))
    #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
    // Our own script is the only one.
    #expect(html.components(separatedBy: "<script>").count == 2)
  }

  @Test func attributesCannotBeBrokenOutOf() {
    let html = HTMLReport(evaluation).rendered()
    // Finding explanations land in title="…" attributes.
    #expect(html.contains("title=\"major · untranslated: &quot;&gt;&lt;img src=x onerror=alert(1)&gt;\""))
  }

  @Test func csvCellsAreNeutralized() throws {
    let findings = CSVReader.records(ReportTables.findings(evaluation).rendered())
    #expect(findings[1][0] == "'" + ReportFixtures.sum)
    #expect(findings[2][0] == "'" + ReportFixtures.hyperlink)
    #expect(findings[2][13] == "'" + ReportFixtures.hyperlink)
    #expect(findings[1][1] == ReportFixtures.script)
    let segments = CSVReader.records(ReportTables.segments(evaluation).rendered())
    #expect(segments[2][4] == "'" + ReportFixtures.hyperlink)
    #expect(segments[2][5] == "'" + ReportFixtures.sum)
    let documents = CSVReader.records(ReportTables.documents(evaluation).rendered())
    #expect(documents[1][1] == "'" + ReportFixtures.hyperlink)
    // No cell of any table starts with a formula trigger.
    for table in [findings, segments, documents] {
      for cell in table.joined() {
        #expect(!(cell.first.map { "=+@".contains($0) } ?? false), "\(cell)")
      }
    }
  }
}
