import Foundation
import Testing
@testable import MizanQuality

@Suite struct GlossaryTests {
  @Test func seedTSVLoads() throws {
    let glossary = try Glossary(tsvContentsOf: SeedCorpus.path("glossary.tsv"))
    #expect(glossary.entries.count == 13)
    #expect(
      glossary.entries[2]
        == GlossaryEntry(
          source: "Sergei Ryabkov", approved: ["سيرغي ريابكوف", "ريابكوف"], forbidden: ["رايابكوف"], kind: .name))
    #expect(
      glossary.entries[12]
        == GlossaryEntry(source: "frank (candid)", approved: ["صريح"], forbidden: ["فرنك"], kind: .falseFriend))
    #expect(glossary.entries[3] == GlossaryEntry(source: "Wang Yi", approved: ["وانغ يي"], kind: .name))
  }

  @Test func tbxAndTSVLoadTheSameGlossary() throws {
    let tsv = try Glossary(tsvContentsOf: SeedCorpus.path("glossary.tsv"))
    let tbx = try Glossary(tbxContentsOf: SeedCorpus.path("glossary.tbx"))
    #expect(tbx == tsv)
  }

  @Test func tsvWithoutOptionalColumns() throws {
    let glossary = try Glossary(tsvLines: ["source\ttarget", "ASEAN\tآسيان | الآسيان"], path: "g.tsv")
    #expect(glossary.entries == [GlossaryEntry(source: "ASEAN", approved: ["آسيان", "الآسيان"])])
  }

  @Test func tsvErrorsNameFileAndLine() {
    let header = "source\ttarget\tforbidden\tkind"
    func failure(_ lines: [String]) -> GlossaryError? {
      do {
        _ = try Glossary(tsvLines: lines, path: "g.tsv")
        return nil
      } catch { return error }
    }
    #expect(failure(["# c", header, "TASS\tتاس\torganization"])
      == GlossaryError(path: "g.tsv", code: .wrongColumnCount(expected: 4, found: 3), line: 3))
    #expect(failure([header, "", "TASS\t  \t\torganization"]) == GlossaryError(path: "g.tsv", code: .emptyTarget, line: 3))
    #expect(failure([header, "TASS\tتاس\t\tagency"]) == GlossaryError(path: "g.tsv", code: .unknownKind("agency"), line: 2))
    #expect(failure([header, "\tتاس\t\tname"]) == GlossaryError(path: "g.tsv", code: .emptySource, line: 2))
    #expect(failure(["# only comments"]) == GlossaryError(path: "g.tsv", code: .missingHeader))
    #expect(failure(["term\ttranslation"]) == GlossaryError(path: "g.tsv", code: .badHeader("term\ttranslation"), line: 1))
    #expect(
      failure([header, "TASS\tتاس\t\tagency"])?.description
        == "g.tsv:2: unknown kind \"agency\" (expected one of name, place, organization, term, false-friend)")
  }

  @Test func missingFileIsATypedError() {
    #expect(throws: GlossaryError.self) { try Glossary(tsvContentsOf: "/nonexistent/glossary.tsv") }
    #expect(throws: GlossaryError.self) { try Glossary(tbxContentsOf: "/nonexistent/glossary.tbx") }
  }

  private func tbxFailure(_ xml: String) -> GlossaryError? {
    do {
      _ = try Glossary(tbxData: Data(xml.utf8), path: "g.tbx")
      return nil
    } catch { return error }
  }

  @Test func tbxXMLErrorCarriesItsLine() {
    let broken = "<martif>\n<text>\n<body>\n<termEntry>\n</langSet>\n</body></text></martif>"
    let error = tbxFailure(broken)
    #expect(error?.line == 5)
    if case .xml = error?.code {} else { Issue.record("expected an XML error, got \(String(describing: error?.description))") }
  }

  @Test func tbxEntryErrorsCarryTheEntryLine() {
    let noTarget = """
      <martif><text><body>
      <termEntry>
        <langSet xml:lang="en"><tig><term>TASS</term></tig></langSet>
        <langSet xml:lang="ar"><tig><term>تاس</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
      </termEntry>
      </body></text></martif>
      """
    #expect(tbxFailure(noTarget) == GlossaryError(path: "g.tbx", code: .emptyTarget, line: 2))
    let badKind = """
      <martif><text><body>
      <termEntry><descrip type="x-mizan-kind">agency</descrip>
        <langSet xml:lang="en"><tig><term>TASS</term></tig></langSet>
        <langSet xml:lang="ar"><tig><term>تاس</term></tig></langSet>
      </termEntry>
      </body></text></martif>
      """
    #expect(tbxFailure(badKind) == GlossaryError(path: "g.tbx", code: .unknownKind("agency"), line: 2))
    #expect(tbxFailure("<glossary/>") == GlossaryError(path: "g.tbx", code: .notTBX(root: "glossary"), line: 1))
  }

  @Test func tbxV3AndRegionalLanguageTags() throws {
    let xml = """
      <tbx type="TBX-Basic"><text><body>
      <conceptEntry id="c1">
        <langSec xml:lang="en-US"><termSec><term>Kremlin</term></termSec></langSec>
        <langSec xml:lang="ar-EG"><termSec><term>الكرملين</term>
          <termNote type="administrativeStatus">preferred</termNote></termSec>
          <termSec><term>كريملين</term><termNote type="administrativeStatus">deprecated</termNote></termSec></langSec>
      </conceptEntry>
      </body></text></tbx>
      """
    let glossary = try Glossary(tbxData: Data(xml.utf8), path: "g.tbx")
    #expect(glossary.entries == [GlossaryEntry(source: "Kremlin", approved: ["الكرملين"], forbidden: ["كريملين"])])
  }
}
