import Foundation

/// Writes outputs atomically: the bytes go to a temporary file in the destination's folder,
/// which is then renamed over the destination, so a reader never sees half a report and an
/// interrupted run leaves the previous file intact.
public enum OutputFile {
  /// Why an output could not be written.
  public struct WriteError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): cannot write: \(reason)" }
  }

  /// Writes `text` to `path`, refusing to overwrite any of `inputs` (the user's files are
  /// never written).
  public static func write(_ text: String, to path: String, protecting inputs: [String] = []) throws(WriteError) {
    let destination = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    for input in inputs
    where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == destination {
      throw WriteError(path: path, reason: "it is also an input")
    }
    let folder = destination.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
      throw WriteError(path: path, reason: "the folder \(folder.path) is not writable or does not exist")
    }
    do {
      let handle = try FileHandle(forWritingTo: temporary)
      try handle.write(contentsOf: Data(text.utf8))
      try handle.synchronize()
      try handle.close()
      if rename(temporary.path, destination.path) != 0 {
        throw WriteError(path: path, reason: String(cString: strerror(errno)))
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      if let error = error as? WriteError { throw error }
      throw WriteError(path: path, reason: "\(error.localizedDescription)")
    }
  }

  /// Creates `folder` (and parents) for a report, or explains why it cannot.
  public static func makeFolder(_ folder: String) throws(WriteError) {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw WriteError(path: folder, reason: "cannot create the folder")
    }
  }
}
