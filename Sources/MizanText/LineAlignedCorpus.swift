/// Hypotheses and references that are parallel line by line, read as sacreBLEU's command line
/// reads them: each line right-stripped of whitespace, several references either as separate
/// files or as tab-separated fields of one file (`--num-refs`), several systems as separate
/// files or as tab-separated fields of standard input.
public struct LineAlignedCorpus: Sendable, Hashable {
  /// One system's hypothesis lines.
  public struct System: Sendable, Hashable {
    /// The file name, or "System N" for standard input, as sacreBLEU names systems.
    public var name: String
    public var lines: [String]
    public init(name: String, lines: [String]) {
      self.name = name
      self.lines = lines
    }
  }

  public var systems: [System]
  /// `references[r][i]` is reference `r` of segment `i`.
  public var references: [[String]]

  public init(systems: [System], references: [[String]]) {
    self.systems = systems
    self.references = references
  }

  /// Reads reference files and hypothesis files (or `hypothesisStandardInput`, whose lines may
  /// hold several tab-separated systems) and checks that every side has the same number of
  /// lines, naming the first file that differs.
  public static func read(
    referencePaths: [String], numberOfReferences: Int = 1, hypothesisPaths: [String]?,
    hypothesisStandardInput: @autoclosure () throws(TextError) -> TextFile
  ) throws(LineAlignedError) -> LineAlignedCorpus {
    var references: [[String]] = []
    var referenceFiles: [(path: String, count: Int)] = []
    do {
      for path in referencePaths {
        let lines = try TextFile(contentsOf: path).rightStrippedLines
        referenceFiles.append((path, lines.count))
        if numberOfReferences == 1 {
          references.append(lines)
          continue
        }
        var columns = Array(repeating: [String](), count: numberOfReferences)
        for (index, line) in lines.enumerated() {
          let fields = line.split(separator: "\t", maxSplits: numberOfReferences - 1, omittingEmptySubsequences: false)
          guard fields.count == numberOfReferences else {
            throw LineAlignedError.fieldCount(
              path: path, line: index + 1, expected: numberOfReferences, found: fields.count)
          }
          for (column, field) in fields.enumerated() { columns[column].append(String(field)) }
        }
        references += columns
      }
      var systems: [System] = []
      if let hypothesisPaths {
        for path in hypothesisPaths {
          let lines = try TextFile(contentsOf: path).rightStrippedLines
          systems.append(System(name: path, lines: lines))
        }
      } else {
        let input = try hypothesisStandardInput()
        systems = try splitSystems(input.rightStrippedLines, path: input.path)
      }
      let expected = references.first?.count ?? systems.first?.lines.count ?? 0
      for file in referenceFiles where file.count != expected {
        throw LineAlignedError.lineCount(path: file.path, found: file.count, expected: expected)
      }
      for system in systems where system.lines.count != expected {
        throw LineAlignedError.lineCount(path: system.name, found: system.lines.count, expected: expected)
      }
      return LineAlignedCorpus(systems: systems, references: references)
    } catch let error as TextError {
      throw .text(error)
    } catch let error as LineAlignedError {
      throw error
    } catch {
      throw .text(TextError(path: "-", code: .unreadable))
    }
  }

  /// Standard input's lines, each holding one tab-separated field per system; the first line
  /// fixes the number of systems.
  static func splitSystems(_ lines: [String], path: String) throws(LineAlignedError) -> [System] {
    let width = lines.first.map { $0.split(separator: "\t", omittingEmptySubsequences: false).count } ?? 1
    var columns = Array(repeating: [String](), count: width)
    for (index, line) in lines.enumerated() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == width else {
        throw .fieldCount(path: path, line: index + 1, expected: width, found: fields.count)
      }
      for (column, field) in fields.enumerated() {
        columns[column].append(Whitespace.rightStripped(String(field)))
      }
    }
    return columns.enumerated().map { System(name: "System \($0.offset + 1)", lines: $0.element) }
  }
}

/// Why line-aligned input could not be used.
public enum LineAlignedError: Error, Sendable, Hashable, CustomStringConvertible {
  case text(TextError)
  /// A file whose line count differs from the first reference's.
  case lineCount(path: String, found: Int, expected: Int)
  /// A line with the wrong number of tab-separated fields.
  case fieldCount(path: String, line: Int, expected: Int, found: Int)

  public var description: String {
    switch self {
    case .text(let error): return error.description
    case .lineCount(let path, let found, let expected):
      return "\(path): \(found) lines, but the reference has \(expected); line-aligned input needs the same count"
    case .fieldCount(let path, let line, let expected, let found):
      return "\(path):\(line): expected \(expected) tab-separated fields, found \(found)"
    }
  }
}
