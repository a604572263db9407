import Foundation
import MizanText
import Testing
@testable import MizanQuality

/// Inputs fuzzing found (fuzz/run.sh glossary), kept so they stay errors, not traps.
@Suite struct GlossaryFuzzRegressionTests {
  /// Foundation's XMLParser force-unwraps a comment's text and trapped on a byte that is not
  /// UTF-8 inside `<!-- -->` (fuzz/crashes/glossary/crash-d1630af0…, minimized).
  @Test func invalidUTF8InATBXCommentIsAnErrorWithItsPlace() throws {
    let bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- appr".utf8) + [0xC1]
      + Array("ved -->\n<martif type=\"TBX-Basic\"/>\n".utf8)
    let error = #expect(throws: GlossaryError.self) { try Glossary(tbxData: Data(bytes), path: "g.tbx") }
    #expect(error?.description == "g.tbx:2 (byte 48): invalid UTF-8")
  }

  @Test func aUTF16TBXWithAByteOrderMarkStillParses() throws {
    let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><martif type=\"TBX-Basic\"><text><body></body></text></martif>"
    let data = try #require(text.data(using: .utf16))  // Foundation writes a byte-order mark
    #expect(try Glossary(tbxData: data, path: "g.tbx").entries.isEmpty)
  }
}

extension GlossaryFuzzRegressionTests {
  /// A processing instruction without data made XMLParser call `strlen` on a null pointer
  /// (fuzz/crashes/glossary/crash-c09e6ef8…, minimized). It is blanked; the rest still parses.
  @Test func processingInstructionWithoutDataIsIgnored() throws {
    let text = "<?xml version=\"1.0\"?>\n<?x?><martif type=\"TBX-Basic\"><text><body><?y ?></body></text></martif>\n"
    #expect(try Glossary(tbxData: Data(text.utf8), path: "g.tbx").entries.isEmpty)
    let broken = "<?xm?>\n<!-- c -->\n<tig>"
    let error = #expect(throws: GlossaryError.self) { try Glossary(tbxData: Data(broken.utf8), path: "g.tbx") }
    #expect(error?.description.hasPrefix("g.tbx:") == true)
  }

  @Test func blankingKeepsOffsetsAndLeavesDeclarationsWithData() {
    var bytes = Array("<?xml version=\"1.0\"?>\n<?x?>\n<?pi data?>".utf8)
    TBXInputGuard.blankEmptyProcessingInstructions(&bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == "<?xml version=\"1.0\"?>\n     \n<?pi data?>")
  }
}
