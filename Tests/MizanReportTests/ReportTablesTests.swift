import Testing
@testable import MizanReport

@Suite struct ReportTablesTests {
  let evaluation = ReportFixtures.arabic

  @Test func segmentsHaveOneRowPerPair() {
    let records = CSVReader.records(ReportTables.segments(evaluation).rendered())
    #expect(
      records[0] == [
        "document", "pair", "hypothesis lines", "reference lines", "hypothesis", "reference",
        "BLEU", "chrF", "chrF++", "TER", "findings",
      ])
    #expect(records.count == 4)
    #expect(
      records[2] == [
        "asean-2025-07", "2", "5", "9", ReportFixtures.hyp2, ReportFixtures.ref2,
        "45.6300", "71.2000", "68.9000", "38.4600", "1",
      ])
    #expect(records[3][2] == "7 9")
    #expect(records[3][4] == ReportFixtures.hyp3a + " " + ReportFixtures.hyp3b)
    #expect(records[3][10] == "1")
  }

  @Test func findingsListSpansExcerptsAndExplanations() {
    let records = CSVReader.records(ReportTables.findings(evaluation).rendered())
    #expect(records[0].count == 14)
    #expect(records.count == 4)
    #expect(
      records[1] == [
        "terminology-1-86", "asean-2025-07", "terminology", "critical", "0.9000", "1", "3", "1:86-93", "3:62-67",
        "الآسيان", "آسيان", ReportFixtures.hyp1, ReportFixtures.ref1, "«الآسيان» يخالف المصطلح المعتمد «آسيان»",
      ])
    // No reference span: empty cells, not zeros.
    #expect(records[3][6] == "")
    #expect(records[3][8] == "")
    #expect(records[3][9] == " ،")
  }

  @Test func documentsCarryScoresCountsAndPenalty() {
    let records = CSVReader.records(ReportTables.documents(evaluation).rendered())
    #expect(records.count == 2)
    #expect(records[0].suffix(4) == ["MQM penalty per 100 words", "term accuracy", "terms rendered one way", "forbidden renderings"])
    // 1 critical (10) + 1 major (5) + 1 minor (1) = 16 points over 200 words.
    #expect(
      records[1] == [
        "asean-2025-07", "Corpora/asean-2025-07/hypothesis.txt", "Corpora/asean-2025-07/reference.txt", "3", "200",
        "21.3700", "48.9200", "45.5000", "68.2500", "23.0100", "50.1400", "46.7000", "66.8000",
        "1", "1", "2", "3", "1", "1", "1", "8.0000", "", "", "",
      ])
  }

  @Test func missingNormalizedScoresAreEmptyCells() {
    let records = CSVReader.records(ReportTables.documents(ReportFixtures.batch).rendered())
    #expect(records.count == 4)
    #expect(records[1][9] == "23.0100")
    #expect(Array(records[2][9...12]) == ["", "", "", ""])
  }

  @Test func excelVariantStartsWithAByteOrderMark() throws {
    let files = try ReportWriter(excel: true).files(for: evaluation)
    for file in files where file.name.hasSuffix(".csv") {
      #expect(file.text.hasPrefix("\u{FEFF}"))
    }
    #expect(files.first { $0.name == "summary.json" }?.text.hasPrefix("{") == true)
  }
}
