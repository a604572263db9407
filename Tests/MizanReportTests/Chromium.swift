import Foundation

/// Headless Chromium, driven through `Process`, for checking what a browser makes of a report:
/// the DOM after scripts ran, a screenshot, and a NetLog of every network request.
enum Chromium {
  /// The browser, from `$CHROMIUM` or the usual Debian/Ubuntu paths.
  static let path: String? = {
    let candidates =
      [ProcessInfo.processInfo.environment["CHROMIUM"]].compactMap { $0 }
      + ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  /// Whether the browser tests can run; prints why not, once, so a skip is never silent.
  static let available: Bool = {
    if path == nil {
      print("MizanReportTests: chromium not found (install it: apt-get install -y chromium); browser tests skipped.")
    }
    return path != nil
  }()

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// What one run produced.
  struct Run {
    /// The serialized DOM, for `--dump-dom` runs.
    var dom: String
    /// The NetLog JSON: every request the browser made, with the page it was made for.
    var netLog: String
  }

  /// Runs the browser on `url` with `arguments` added, no sandbox (tests run as root in CI),
  /// every host name mapped to "not found" so nothing can leave the machine, and a fresh
  /// profile so parallel runs do not share state.
  static func run(_ url: URL, _ arguments: [String], timeout: TimeInterval = 20) throws -> Run {
    guard let path else { throw Failure(description: "chromium not found") }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("mizan-chromium-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let domFile = scratch.appendingPathComponent("dom.html")
    let netLogFile = scratch.appendingPathComponent("netlog.json")
    FileManager.default.createFile(atPath: domFile.path, contents: nil)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments =
      [
        "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--hide-scrollbars",
        "--disable-extensions", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-default-apps", "--disable-dev-shm-usage",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--user-data-dir=\(scratch.appendingPathComponent("profile").path)",
        "--log-net-log=\(netLogFile.path)",
      ] + arguments + [url.absoluteString]
    // A file, not a pipe: a large DOM would fill a pipe and block the browser.
    process.standardOutput = try FileHandle(forWritingTo: domFile)
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      throw Failure(description: "chromium did not finish within \(Int(timeout)) s")
    }
    let dom = (try? String(contentsOf: domFile, encoding: .utf8)) ?? ""
    let netLog = (try? String(contentsOf: netLogFile, encoding: .utf8)) ?? ""
    return Run(dom: dom, netLog: netLog)
  }

  /// Requests made on behalf of a page opened from a file: NetLog keys them by the top
  /// frame's site, `file://`. The browser's own service traffic (update checks, which the
  /// resolver rules keep from leaving anyway) has other keys and is not the page's doing.
  static func pageRequests(in netLog: String) -> [String] {
    guard let data = netLog.data(using: .utf8),
      let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let events = root["events"] as? [[String: Any]]
    else {
      // A NetLog cut short is not valid JSON; fall back to the raw marker.
      return netLog.contains("\"network_isolation_key\":\"file://") ? ["(unparsed NetLog)"] : []
    }
    return events.compactMap { event in
      guard let params = event["params"] as? [String: Any], let url = params["url"] as? String,
        let key = params["network_isolation_key"] as? String, key.hasPrefix("file://")
      else { return nil }
      return url
    }
  }
}
