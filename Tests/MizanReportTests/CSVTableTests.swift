import Testing
@testable import MizanReport

@Suite struct CSVTableTests {
  @Test func quotesAsRFC4180() {
    var table = CSVTable(header: ["a", "b"])
    table.append([.text("x,y"), .text("say \"hi\"\nthere")])
    table.append([.integer(3), .fixed(1.0 / 3)])
    #expect(table.rendered() == "a,b\r\n\"x,y\",\"say \"\"hi\"\"\nthere\"\r\n3,0.3333\r\n")
  }

  @Test func neutralizesFormulaCells() {
    var table = CSVTable(header: ["text"])
    for text in ["=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1:A2)", "+1", "-2", "\tx", "\rx", "ok=1"] {
      table.append([.text(text)])
    }
    #expect(
      table.rendered()
        == "text\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n'@SUM(A1:A2)\r\n'+1\r\n'-2\r\n'\tx\r\n\"'\rx\"\r\nok=1\r\n")
  }

  @Test func numbersAreNotNeutralized() {
    var table = CSVTable(header: ["n"])
    table.append([.fixed(-1.5, decimals: 1)])
    #expect(table.rendered() == "n\r\n-1.5\r\n")
  }

  @Test func excelGetsAByteOrderMark() {
    #expect(CSVTable(header: ["نص"]).rendered(excel: true) == "\u{FEFF}نص\r\n")
  }

  @Test func fixedIsLocaleFreeAndHasNoNegativeZero() {
    #expect(Fixed.format(-0.00001, decimals: 2) == "0.00")
    #expect(Fixed.format(12.345678, decimals: 4) == "12.3457")
    #expect(Fixed.format(.nan, decimals: 1) == "nan")
  }
}
