import Testing

@testable import MizanText

@Suite("Document segmentation")
struct DocumentTests {
  @Test func paragraphsAreNonBlankLinesWithTheirLineNumbers() {
    let document = Document(
      path: "t.txt", lines: ["العنوان", "", "الجملة الأولى. الجملة الثانية.", "   ", "شارك المقال"])
    #expect(document.paragraphs.map(\.line) == [1, 3, 5])
    #expect(document.paragraphs.map(\.sentences) == [0..<1, 1..<3, 3..<4])
    #expect(document.sentences.map(\.text) == ["العنوان", "الجملة الأولى.", "الجملة الثانية.", "شارك المقال"])
    #expect(document.sentences.map(\.line) == [1, 3, 3, 5])
    #expect(document.sentences.map(\.paragraph) == [0, 1, 1, 2])
    #expect(document.sentences[2].range == 15..<30)
    #expect(document.lineCount == 5)
  }

  @Test func readsTheSeedCorpus() throws {
    let path = String(#filePath).split(separator: "/").dropLast(3).joined(separator: "/")
    let file = try TextFile(contentsOf: "/" + path + "/Corpora/asean-2025-07/reference.txt")
    let document = Document(file: file)
    #expect(document.paragraphs.count == 59)
    #expect(document.paragraphs.first?.line == 1)
    #expect(document.paragraphs.last?.line == 99)
  }
}
