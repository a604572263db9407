import Foundation

/// Writes exactly the bytes Foundation's `JSONEncoder` writes with `[.sortedKeys, .prettyPrinted,
/// .withoutEscapingSlashes]` and non-finite numbers as the strings "inf", "-inf" and "nan", but
/// straight into one byte buffer. `JSONEncoder` first builds a tree of boxed values and
/// dictionaries and then serializes it; for a 1,000-document batch (a quarter of a gigabyte of
/// JSON) that tree costs several times the writing itself.
///
/// The format it reproduces (swift-foundation's `JSONWriter`): two spaces per level, `" : "`
/// after a key, keys sorted by their UTF-8 bytes, an empty array as `[`, an empty line and `]`,
/// an empty object as `{`, an empty line and `}`, a number as Swift's shortest round-trip
/// `description` without a trailing ".0", and the same string escapes (`\"`, `\\`, `\b`, `\f`,
/// `\n`, `\r`, `\t`, other controls as `\u00XX`; nothing else). Keyed members are written as
/// they are encoded and reordered when their container ends.
///
/// It covers what synthesized `Codable` of structs, arrays and raw-value enums uses. Anything
/// else (nested containers, super encoders, the Foundation types `JSONEncoder` treats
/// specially) makes `encoded` return nil, and the caller falls back to `JSONEncoder`.
struct PrettyJSONEncoder {
  /// The JSON of `value`, its nested lines indented as if it stood `depth` levels deep (so
  /// pieces encoded apart can be spliced into an enclosing document); nil when unsupported.
  static func encoded<T: Encodable>(_ value: T, depth: Int = 0) -> [UInt8]? {
    let sink = JSONSink()
    do {
      try sink.write(value, depth: depth)
    } catch {
      return nil
    }
    return sink.unsupported ? nil : sink.bytes
  }
}

/// The shared output of one encoding, and the value writers.
final class JSONSink {
  /// One encoding runs on one thread, and every write goes here: the dynamic exclusivity check
  /// on each access cost more than the append.
  @exclusivity(unchecked) var bytes: [UInt8] = []
  /// Where a keyed container's members wait while they are put in key order; kept between
  /// containers so that each does not allocate its own.
  @exclusivity(unchecked) var scratch: [UInt8] = []
  /// The last member keys of each coding-key type and their sorted order: synthesized `Codable`
  /// encodes a type's keys in the same order every time, so each shape is sorted once.
  @exclusivity(unchecked) var keyOrders: [ObjectIdentifier: (keys: [String], order: [Int])] = [:]
  /// Set when the value used something this encoder does not reproduce.
  var unsupported = false

  /// The positions of `keys` in sorted order (by UTF-8 bytes, as JSONEncoder sorts).
  func sortedOrder(of keys: [String], keyType: ObjectIdentifier) -> [Int] {
    if let known = keyOrders[keyType], known.keys == keys { return known.order }
    let order = keys.indices.sorted { keys[$0].utf8.lexicographicallyPrecedes(keys[$1].utf8) }
    keyOrders[keyType] = (keys, order)
    return order
  }

  func write<T: Encodable>(_ value: T, depth: Int) throws {
    if T.self == String.self { return writeString(unsafeBitCast(value, to: String.self)) }
    if T.self == Double.self { return writeDouble(unsafeBitCast(value, to: Double.self)) }
    if T.self == Int.self { return writeInteger(unsafeBitCast(value, to: Int.self)) }
    if T.self == Bool.self { return writeBool(unsafeBitCast(value, to: Bool.self)) }
    if T.self == Date.self || T.self == Data.self || T.self == URL.self || T.self == Decimal.self {
      unsupported = true
      return
    }
    let encoder = JSONValueEncoder(sink: self, depth: depth)
    try value.encode(to: encoder)
    encoder.finish()
  }

  func writeBool(_ value: Bool) { append(value ? "true" : "false") }

  func writeInteger<I: FixedWidthInteger>(_ value: I) {
    bytes.append(contentsOf: String(value).utf8)
  }

  func writeDouble(_ value: Double) {
    guard value.isFinite else { return writeString(value.isNaN ? "nan" : value > 0 ? "inf" : "-inf") }
    var text = value.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    bytes.append(contentsOf: text.utf8)
  }

  func writeNull() { append("null") }

  func writeString(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      var mark = 0
      for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<index]))
        mark = index + 1
        switch byte {
        case UInt8(ascii: "\""): append("\\\"")
        case UInt8(ascii: "\\"): append("\\\\")
        case 0x08: append("\\b")
        case 0x0C: append("\\f")
        case 0x0A: append("\\n")
        case 0x0D: append("\\r")
        case 0x09: append("\\t")
        default:
          append("\\u00")
          bytes.append(Self.hexDigits[Int(byte >> 4)])
          bytes.append(Self.hexDigits[Int(byte & 0xF)])
        }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  func writeIndent(_ depth: Int) {
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
  }

  func append(_ text: StaticString) {
    bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }
}

/// The `Encoder` handed to one value's `encode(to:)`. Its container writes into the sink; the
/// caller calls `finish()` once `encode(to:)` returns, which closes the container.
final class JSONValueEncoder: Encoder {
  let sink: JSONSink
  let depth: Int
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  private enum State {
    case empty
    /// Members written from `start` on in encoding order: each key and its value's bytes.
    case keyed(start: Int, keyType: ObjectIdentifier, keys: [String], ranges: [Range<Int>])
    case unkeyed(count: Int)
    case single
  }
  @exclusivity(unchecked) private var state = State.empty

  init(sink: JSONSink, depth: Int) {
    self.sink = sink
    self.depth = depth
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    switch state {
    case .empty: state = .keyed(start: sink.bytes.count, keyType: ObjectIdentifier(type), keys: [], ranges: [])
    case .keyed: break
    default: sink.unsupported = true
    }
    return KeyedEncodingContainer(KeyedContainer<Key>(encoder: self))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    switch state {
    case .empty:
      state = .unkeyed(count: 0)
      sink.append("[\n")
    case .unkeyed: break
    default: sink.unsupported = true
    }
    return UnkeyedContainer(encoder: self)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    switch state {
    case .empty: state = .single
    default: sink.unsupported = true
    }
    return SingleValueContainer(encoder: self)
  }

  /// Writes one member of the keyed container.
  func encodeMember(key: String, _ write: () throws -> Void) rethrows {
    guard case .keyed(let start, let keyType, var keys, var ranges) = state else {
      sink.unsupported = true
      return
    }
    state = .empty
    let valueStart = sink.bytes.count
    try write()
    keys.append(key)
    ranges.append(valueStart..<sink.bytes.count)
    state = .keyed(start: start, keyType: keyType, keys: keys, ranges: ranges)
  }

  /// Writes one element of the unkeyed container.
  func encodeElement(_ write: () throws -> Void) rethrows {
    guard case .unkeyed(let count) = state else {
      sink.unsupported = true
      return
    }
    if count > 0 { sink.append(",\n") }
    sink.writeIndent(depth + 1)
    try write()
    state = .unkeyed(count: count + 1)
  }

  /// Closes the container: brackets an array, sorts and brackets an object's members.
  func finish() {
    switch state {
    case .empty:
      sink.unsupported = true
    case .single:
      break
    case .unkeyed:
      sink.append("\n")
      sink.writeIndent(depth)
      sink.append("]")
    case .keyed(let start, let keyType, let keys, let ranges):
      sink.scratch.removeAll(keepingCapacity: true)
      sink.scratch.append(contentsOf: sink.bytes[start...])
      sink.bytes.removeSubrange(start...)
      sink.append("{\n")
      let order = sink.sortedOrder(of: keys, keyType: keyType)
      for (index, member) in order.enumerated() {
        if index > 0 {
          sink.append(",\n")
          if keys[member] == keys[order[index - 1]] { sink.unsupported = true }
        }
        sink.writeIndent(depth + 1)
        sink.writeString(keys[member])
        sink.append(" : ")
        sink.bytes.append(contentsOf: sink.scratch[(ranges[member].lowerBound - start)..<(ranges[member].upperBound - start)])
      }
      sink.append("\n")
      sink.writeIndent(depth)
      sink.append("}")
    }
  }

  private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONValueEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {
      encoder.encodeMember(key: key.stringValue) { encoder.sink.writeNull() }
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
      encoder.encodeMember(key: key.stringValue) { encoder.sink.writeBool(value) }
    }
    mutating func encode(_ value: String, forKey key: Key) throws {
      encoder.encodeMember(key: key.stringValue) { encoder.sink.writeString(value) }
    }
    mutating func encode(_ value: Double, forKey key: Key) throws {
      encoder.encodeMember(key: key.stringValue) { encoder.sink.writeDouble(value) }
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {
      encoder.encodeMember(key: key.stringValue) { encoder.sink.writeInteger(value) }
    }
    mutating func encode(_ value: Float, forKey key: Key) throws { encoder.sink.unsupported = true }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try encodeInteger(value, forKey: key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try encodeInteger(value, forKey: key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try encodeInteger(value, forKey: key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try encodeInteger(value, forKey: key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try encodeInteger(value, forKey: key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try encodeInteger(value, forKey: key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try encodeInteger(value, forKey: key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try encodeInteger(value, forKey: key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try encodeInteger(value, forKey: key) }
    private func encodeInteger<I: FixedWidthInteger>(_ value: I, forKey key: Key) throws {
      encoder.encodeMember(key: key.stringValue) { encoder.sink.writeInteger(value) }
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
      let encoder = encoder
      try encoder.encodeMember(key: key.stringValue) { try encoder.sink.write(value, depth: encoder.depth + 1) }
    }
    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
      encoder.sink.unsupported = true
      return JSONValueEncoder(sink: JSONSink(), depth: 0).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
      encoder.sink.unsupported = true
      return JSONValueEncoder(sink: JSONSink(), depth: 0).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder {
      encoder.sink.unsupported = true
      return JSONValueEncoder(sink: JSONSink(), depth: 0)
    }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder() }
  }

  private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: JSONValueEncoder
    var codingPath: [any CodingKey] { [] }
    var count: Int {
      guard case .unkeyed(let count) = encoder.state else { return 0 }
      return count
    }

    mutating func encodeNil() throws { encoder.encodeElement { encoder.sink.writeNull() } }
    mutating func encode(_ value: Bool) throws { encoder.encodeElement { encoder.sink.writeBool(value) } }
    mutating func encode(_ value: String) throws { encoder.encodeElement { encoder.sink.writeString(value) } }
    mutating func encode(_ value: Double) throws { encoder.encodeElement { encoder.sink.writeDouble(value) } }
    mutating func encode(_ value: Int) throws { encoder.encodeElement { encoder.sink.writeInteger(value) } }
    mutating func encode(_ value: Float) throws { encoder.sink.unsupported = true }
    mutating func encode(_ value: Int8) throws { encodeInteger(value) }
    mutating func encode(_ value: Int16) throws { encodeInteger(value) }
    mutating func encode(_ value: Int32) throws { encodeInteger(value) }
    mutating func encode(_ value: Int64) throws { encodeInteger(value) }
    mutating func encode(_ value: UInt) throws { encodeInteger(value) }
    mutating func encode(_ value: UInt8) throws { encodeInteger(value) }
    mutating func encode(_ value: UInt16) throws { encodeInteger(value) }
    mutating func encode(_ value: UInt32) throws { encodeInteger(value) }
    mutating func encode(_ value: UInt64) throws { encodeInteger(value) }
    private func encodeInteger<I: FixedWidthInteger>(_ value: I) { encoder.encodeElement { encoder.sink.writeInteger(value) } }
    mutating func encode<T: Encodable>(_ value: T) throws {
      let encoder = encoder
      try encoder.encodeElement { try encoder.sink.write(value, depth: encoder.depth + 1) }
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
      encoder.sink.unsupported = true
      return JSONValueEncoder(sink: JSONSink(), depth: 0).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
      encoder.sink.unsupported = true
      return JSONValueEncoder(sink: JSONSink(), depth: 0).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder {
      encoder.sink.unsupported = true
      return JSONValueEncoder(sink: JSONSink(), depth: 0)
    }
  }

  private struct SingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONValueEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { encoder.sink.writeNull() }
    mutating func encode(_ value: Bool) throws { encoder.sink.writeBool(value) }
    mutating func encode(_ value: String) throws { encoder.sink.writeString(value) }
    mutating func encode(_ value: Double) throws { encoder.sink.writeDouble(value) }
    mutating func encode(_ value: Int) throws { encoder.sink.writeInteger(value) }
    mutating func encode(_ value: Float) throws { encoder.sink.unsupported = true }
    mutating func encode(_ value: Int8) throws { encoder.sink.writeInteger(value) }
    mutating func encode(_ value: Int16) throws { encoder.sink.writeInteger(value) }
    mutating func encode(_ value: Int32) throws { encoder.sink.writeInteger(value) }
    mutating func encode(_ value: Int64) throws { encoder.sink.writeInteger(value) }
    mutating func encode(_ value: UInt) throws { encoder.sink.writeInteger(value) }
    mutating func encode(_ value: UInt8) throws { encoder.sink.writeInteger(value) }
    mutating func encode(_ value: UInt16) throws { encoder.sink.writeInteger(value) }
    mutating func encode(_ value: UInt32) throws { encoder.sink.writeInteger(value) }
    mutating func encode(_ value: UInt64) throws { encoder.sink.writeInteger(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.sink.write(value, depth: encoder.depth) }
  }
}
