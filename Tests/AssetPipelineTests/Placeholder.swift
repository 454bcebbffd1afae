import Testing
@testable import AssetPipeline
