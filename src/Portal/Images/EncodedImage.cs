namespace Portal.Images;

/// <summary>What one encode made: the upright size, whether it has alpha, and each file's bytes.</summary>
public sealed record EncodedImage(int Width, int Height, bool HasAlpha, IReadOnlyList<EncodedFile> Files);

/// <summary>One encoded file, before it is given a place in the output.</summary>
public sealed record EncodedFile(int Width, int Height, ImageFormat Format, byte[] Bytes);
