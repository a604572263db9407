import Foundation

/// Writes outputs atomically: the bytes go to a temporary file in the destination's folder,
/// which is then renamed over the destination, so a reader never sees half a report and an
/// interrupted or failed run (a full disk, Ctrl-C) leaves the previous file intact. Several
/// files are written together: all are staged first and renamed only when every one is
/// complete, so a failure leaves the old set whole.
///
/// A destination that exists and is not a regular file (`/dev/stdout`, `/dev/null`, a pipe)
/// cannot be renamed over; it is written in place.
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
    try write([(path, text)], protecting: inputs)
  }

  /// Writes every file or none: each goes to its own temporary file, and only when all are
  /// written and flushed are they renamed over their destinations.
  public static func write(_ files: [(path: String, text: String)], protecting inputs: [String] = []) throws(WriteError) {
    var staged: [Staged] = []
    do {
      for file in files { staged.append(try stage(file.text, to: file.path, protecting: inputs)) }
    } catch {
      discard(staged)
      throw error
    }
    try commit(staged)
  }

  /// A file written to its temporary name, waiting for `commit`; or a special destination
  /// (a device, a pipe) already written in place.
  public struct Staged: Sendable {
    let temporary: String?
    let destination: String
    let path: String
  }

  /// The first step of `write`, for callers that produce several files at once: writes `text`
  /// beside `path` under a temporary name (or in place, for a special destination), refusing
  /// to touch any of `inputs`. Then `commit` all staged files, or `discard` them.
  public static func stage(_ text: String, to path: String, protecting inputs: [String] = []) throws(WriteError) -> Staged {
    let destination = resolved(path)
    if inputs.contains(where: { resolved($0) == destination }) {
      throw WriteError(path: path, reason: "it is also an input")
    }
    if try writeInPlaceIfSpecial(text, destination: destination, path: path) {
      return Staged(temporary: nil, destination: destination, path: path)
    }
    return Staged(temporary: try stage(text, destination: destination, path: path), destination: destination, path: path)
  }

  /// Renames every staged file over its destination; if one cannot be, discards them all.
  public static func commit(_ staged: [Staged]) throws(WriteError) {
    let renames = staged.compactMap { file in file.temporary.map { ($0, file.destination) } }
    if let failure = TemporaryFiles.shared.commit(renames) {
      discard(staged)
      let path = staged.first { $0.destination == failure.destination }?.path ?? failure.destination
      throw WriteError(path: path, reason: String(cString: strerror(failure.code)))
    }
  }

  /// Removes staged temporary files.
  public static func discard(_ staged: [Staged]) {
    for file in staged { if let temporary = file.temporary { TemporaryFiles.shared.discard(temporary) } }
  }

  /// Creates `folder` (and parents) for a report, or explains why it cannot.
  public static func makeFolder(_ folder: String) throws(WriteError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw WriteError(path: folder, reason: "it is a file, expected a folder") }
      guard access(folder, W_OK) == 0 else {
        throw WriteError(path: folder, reason: "the folder is not writable (\(String(cString: strerror(errno))))")
      }
      return
    }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw WriteError(path: folder, reason: "cannot create the folder")
    }
  }

  /// The absolute path with symbolic links resolved, so two names of one file compare equal.
  static func resolved(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// Writes `text` into its temporary file beside `destination`; returns the temporary path.
  private static func stage(_ text: String, destination: String, path: String) throws(WriteError) -> String {
    let url = URL(fileURLWithPath: destination)
    let folder = url.deletingLastPathComponent().path
    let temporary = folder + "/.\(url.lastPathComponent).\(UUID().uuidString).tmp"
    guard let descriptor = TemporaryFiles.shared.create(temporary) else {
      let reason = String(cString: strerror(errno))
      throw WriteError(path: path, reason: "cannot create a file in the folder \(folder) (\(reason))")
    }
    let failure = writeAll(text, to: descriptor, synchronize: true)
    close(descriptor)
    if let failure {
      TemporaryFiles.shared.discard(temporary)
      throw WriteError(path: path, reason: failure)
    }
    return temporary
  }

  /// For an existing destination that is not a regular file or a folder (a device, a pipe),
  /// writes in place and returns true; returns false when the normal path applies.
  private static func writeInPlaceIfSpecial(_ text: String, destination: String, path: String) throws(WriteError) -> Bool {
    var status = stat()
    guard stat(destination, &status) == 0 else { return false }
    let kind = status.st_mode & S_IFMT
    if kind == S_IFDIR { throw WriteError(path: path, reason: "it is a folder") }
    guard kind != S_IFREG else { return false }
    let descriptor = open(destination, O_WRONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
    let failure = writeAll(text, to: descriptor, synchronize: false)
    close(descriptor)
    if let failure { throw WriteError(path: path, reason: failure) }
    return true
  }

  /// Writes every byte (retrying short writes and interruptions); the `strerror` text on failure.
  private static func writeAll(_ text: String, to descriptor: Int32, synchronize: Bool) -> String? {
    // A native string's UTF-8 is contiguous: written from where it lies, not copied first
    // (a batch's report is half a gigabyte).
    var text = text
    var failure: String? = nil
    text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let count = Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if count < 0 {
          if errno == EINTR { continue }
          failure = String(cString: strerror(errno))
          return
        }
        offset += count
      }
    }
    if failure == nil, synchronize, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
    return failure
  }
}
