public enum PlaceholderAssetPipeline {}
