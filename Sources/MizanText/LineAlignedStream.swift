/// Line-aligned input read a batch at a time: the same lines, fields and systems as
/// `LineAlignedCorpus.read`, but holding only a block of each file, so memory does not grow
/// with the input.
///
/// It never explains a problem: any input it cannot stream (a missing file, a line-count or
/// field-count mismatch, invalid UTF-8, a UTF-16 file) ends iteration with
/// `LineReader.Unavailable`, and the caller reads the input again with
/// `LineAlignedCorpus.read`, which names the file, the line and the reason. Standard input is
/// read whole first, as `LineAlignedCorpus` reads it, so that it can be read again.
public final class LineAlignedStream {
  /// What a file holds a line.
  private enum Layout {
    /// `fields` tab-separated references (1: the whole line).
    case references(fields: Int)
    /// One system.
    case system
    /// Several tab-separated systems, each field right-stripped, their number fixed by the
    /// first line (standard input).
    case systems
  }

  private let readers: [LineReader]
  private let layouts: [Layout]
  /// Systems a line; for standard input, known after the first batch.
  public private(set) var systemCount: Int
  /// The standard input bytes, when the hypotheses came from there.
  public let standardInput: [UInt8]?

  /// The stream of `LineAlignedCorpus.read`'s arguments; nil if a file cannot be opened.
  public init?(
    referencePaths: [String], numberOfReferences: Int, hypothesisPaths: [String]?,
    standardInput: () -> [UInt8]
  ) {
    var readers: [LineReader] = []
    var layouts: [Layout] = []
    for path in referencePaths {
      guard let reader = LineReader(path: path) else { return nil }
      readers.append(reader)
      layouts.append(.references(fields: numberOfReferences))
    }
    if let hypothesisPaths {
      for path in hypothesisPaths {
        guard let reader = LineReader(path: path) else { return nil }
        readers.append(reader)
        layouts.append(.system)
      }
      systemCount = hypothesisPaths.count
      self.standardInput = nil
    } else {
      let bytes = standardInput()
      readers.append(LineReader(bytes: bytes))
      layouts.append(.systems)
      systemCount = 1
      self.standardInput = bytes
    }
    self.readers = readers
    self.layouts = layouts
  }

  /// Whether the first line has fixed the number of standard-input systems.
  private var systemCountFixed = false

  /// The next lines, about `size` bytes of the first file; nil after the last.
  public func next(bytes size: Int = 1 << 20) throws(LineReader.Unavailable) -> LineAlignedBatch? {
    guard let leader = readers.first else { return nil }
    let first = try leader.take(bytes: size)
    let count = first.ranges.count
    if count == 0 {
      // Every other file must end here too.
      for reader in readers.dropFirst() where try !reader.take(count: 1).ranges.isEmpty {
        throw LineReader.Unavailable()
      }
      return nil
    }
    var taken = [first]
    for reader in readers.dropFirst() {
      let lines = try reader.take(count: count)
      guard lines.ranges.count == count else { throw LineReader.Unavailable() }
      taken.append(lines)
    }
    var bytes: [UInt8] = []
    // One allocation for every file's block, so that none is copied twice.
    bytes.reserveCapacity(taken.reduce(0) { $0 + $1.bytes.count })
    var referenceColumns: [[Range<Int>]] = []
    var systemColumns: [[Range<Int>]] = []
    for (index, lines) in taken.enumerated() {
      let columns = try Self.columns(
        lines, layouts[index], offset: bytes.count, width: &systemCount, fixed: &systemCountFixed)
      switch layouts[index] {
      case .references: referenceColumns += columns
      case .system, .systems: systemColumns += columns
      }
      bytes += lines.bytes
    }
    return LineAlignedBatch(
      count: count, referenceCount: referenceColumns.count, systemCount: systemColumns.count,
      bytes: bytes, ranges: (referenceColumns + systemColumns).flatMap { $0 })
  }

  /// The columns of one file's lines: the right-stripped lines, or their tab-separated fields.
  private static func columns(
    _ lines: LineReader.Lines, _ layout: Layout, offset: Int, width: inout Int, fixed: inout Bool
  ) throws(LineReader.Unavailable) -> [[Range<Int>]] {
    let fieldCount: Int
    switch layout {
    case .system: fieldCount = 1
    case .references(let fields): fieldCount = fields
    case .systems: fieldCount = fixed ? width : 0
    }
    var columns = Array(repeating: [Range<Int>](), count: fieldCount)
    for index in columns.indices { columns[index].reserveCapacity(lines.ranges.count) }
    let ok: Bool = lines.bytes.withUnsafeBufferPointer { bytes in
      for range in lines.ranges {
        let end = Whitespace.rightStrippedEnd(bytes, start: range.lowerBound, end: range.upperBound)
        switch layout {
        case .system:
          columns[0].append(range.lowerBound..<end)
        case .references(let fields):
          // `split(separator: "\t", maxSplits: fields - 1)`: the last field keeps any tabs.
          var start = range.lowerBound
          var field = 0
          var index = start
          while index < end, field < fields - 1 {
            if bytes[index] == 0x09 {
              columns[field].append(start..<index)
              field += 1
              start = index + 1
            }
            index += 1
          }
          guard field == fields - 1 else { return false }
          columns[field].append(start..<end)
        case .systems:
          var fields: [Range<Int>] = []
          var start = range.lowerBound
          for index in range.lowerBound..<end where bytes[index] == 0x09 {
            fields.append(start..<index)
            start = index + 1
          }
          fields.append(start..<end)
          if !fixed {
            fixed = true
            width = fields.count
            columns = Array(repeating: [], count: width)
          }
          guard fields.count == columns.count else { return false }
          for (column, field) in fields.enumerated() {
            columns[column].append(
              field.lowerBound..<Whitespace.rightStrippedEnd(bytes, start: field.lowerBound, end: field.upperBound))
          }
        }
      }
      return true
    }
    guard ok else { throw LineReader.Unavailable() }
    // Ranges into the batch's buffer, where this file's bytes start at `offset`.
    return columns.map { column in column.map { ($0.lowerBound + offset)..<($0.upperBound + offset) } }
  }
}
