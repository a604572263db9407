/// A small RFC 4180 reader for checking what the CSV writers produce: quoted fields may hold
/// commas, doubled quotes and line breaks; records end with CRLF.
enum CSVReader {
  static func records(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if quoted {
        if scalar == "\"" {
          if index + 1 < scalars.count, scalars[index + 1] == "\"" {
            field.unicodeScalars.append("\"")
            index += 1
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
      } else if scalar == "\"" {
        quoted = true
      } else if scalar == "," {
        record.append(field)
        field = ""
      } else if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
        record.append(field)
        records.append(record)
        record = []
        field = ""
        index += 1
      } else {
        field.unicodeScalars.append(scalar)
      }
      index += 1
    }
    if !field.isEmpty || !record.isEmpty {
      record.append(field)
      records.append(record)
    }
    return records
  }
}
