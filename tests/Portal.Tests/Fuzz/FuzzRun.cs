using System.Diagnostics;
using CsCheck;
using Xunit.Abstractions;

namespace Portal.Tests.Fuzz;

/// <summary>
/// Runs a property over generated cases. Each case has its own seed, derived from one base seed, so a CI
/// run is the same every time and a failing case replays alone: <c>PORTAL_FUZZ_SEED=&lt;its seed&gt;</c>.
/// CsCheck's <c>Sample</c> fixes only its first case's seed, so cases are driven here; a failure prints the
/// seed and the whole generated input instead of shrinking it.
/// </summary>
public static class FuzzRun
{
    /// <summary>Cases per property in a normal test run (all fuzz tests ≈ 30 s on 2 cores); a release check sets thousands.</summary>
    public const int DefaultIterations = 200;

    public static void Check<T>(Gen<T> gen, Action<T> property, ITestOutputHelper output, string name, int? iterations = null)
    {
        var replay = Environment.GetEnvironmentVariable("PORTAL_FUZZ_SEED");
        var count = replay is { Length: > 0 } ? 1
            : int.TryParse(Environment.GetEnvironmentVariable("PORTAL_FUZZ_ITER"), out var n) && n > 0 ? n : iterations ?? DefaultIterations;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var pcg = replay is { Length: > 0 } ? PCG.Parse(replay) : new PCG(1, (ulong)(20261201 + (i * 7919)));
            var seed = pcg.ToString();
            var value = gen.Generate(pcg, null, out _);
            try
            {
                property(value);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"{name}: case {i + 1} failed; replay with PORTAL_FUZZ_SEED={seed}\n{value}\n\n{e}");
            }
        }

        output.WriteLine($"fuzz {name}: {count} cases in {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
