import AssetPipeline
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `snowpak pixel`: the 1×1 transparent image an S3 collector bucket
/// serves as `/i`.
enum PixelCommand: Command {
  static let name = "pixel"
  static let summary =
    "Write the 1x1 transparent tracking pixel for an S3 collector bucket."
  static let usage = "snowpak pixel [--png] [-o FILE]"
  static let discussion = """
    Writes a GIF (43 bytes) to FILE, by default 'i' in the working
    directory: upload it as the bucket's /i object with Content-Type
    image/gif. '-o -' writes it to standard output.
    """

  static let options: [OptionSpec] = [
    .value("output", "FILE", short: "o", "Where to write the image (i)."),
    .flag("png", "Write a PNG instead of a GIF."),
  ]

  static func run(
    _ options: ParsedOptions, context: CommandContext
  ) throws -> ExitCode {
    guard options.operands.isEmpty else {
      throw UsageError(
        "Unexpected argument '\(options.operands[0])'.", command: name)
    }
    let format: TrackingPixel.Format = options.flag("png") ? .png : .gif
    let path = options.value("output") ?? "i"
    if path == "-" {
      StandardStream.output.write(format.bytes)
      return .success
    }
    try MinifyCommand.write(format.bytes, to: path, context: context)
    context.console.progress(
      "Wrote \(path) (\(format.bytes.count) bytes, \(format.mediaType))")
    return .success
  }
}
