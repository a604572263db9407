// swift-tools-version: 6.0
// Mizan takes no package dependencies: Foundation, Dispatch and the toolchain's test libraries only.
import PackageDescription

let package = Package(
  name: "Mizan",
  products: [
    .executable(name: "mizan", targets: ["MizanCLI"]),
    .library(name: "Mizan", targets: ["Mizan"]),
  ],
  targets: [
    // Reading, normalizing and segmenting text.
    .target(name: "MizanText"),
    // sacreBLEU-exact BLEU, chrF, chrF++ and TER, confidence and significance.
    .target(name: "MizanMetrics", dependencies: ["MizanText"]),
    // Boilerplate classification and sentence alignment of two editions.
    .target(name: "MizanAlign", dependencies: ["MizanText"]),
    // Terminology and error findings.
    .target(name: "MizanQuality", dependencies: ["MizanText", "MizanAlign", "MizanMetrics"]),
    // The evaluation of documents and batches, and the gate.
    .target(
      name: "Mizan", dependencies: ["MizanText", "MizanAlign", "MizanMetrics", "MizanQuality"],
      ),
    // Writers: text, JSON, CSV, HTML, JUnit, CI annotations.
    .target(name: "MizanReport", dependencies: ["Mizan"]),
    // The `mizan` executable: argument parsing and printing only.
    .executableTarget(name: "MizanCLI", dependencies: ["Mizan", "MizanReport"]),

    .testTarget(name: "MizanTextTests", dependencies: ["MizanText"]),
    .testTarget(name: "MizanMetricsTests", dependencies: ["MizanMetrics", "MizanText"], exclude: ["Fixtures"]),
    .testTarget(name: "MizanAlignTests", dependencies: ["MizanAlign"]),
    .testTarget(name: "MizanQualityTests", dependencies: ["MizanQuality"]),
    .testTarget(name: "MizanTests", dependencies: ["Mizan"]),
    .testTarget(name: "MizanReportTests", dependencies: ["MizanReport"]),
    .testTarget(name: "MizanCLITests", dependencies: ["MizanCLI"]),
  ]
)
