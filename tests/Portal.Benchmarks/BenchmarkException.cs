namespace Portal.Benchmarks;

/// <summary>A failure that ends the benchmark with exit code 1: the message says what failed and shows its output.</summary>
internal sealed class BenchmarkException(string message) : Exception(message);
