namespace Portal.Cli;

/// <summary>
/// Exit code 3: an exception no stage turned into a diagnostic is a bug. The user sees one Chinese line
/// naming the file being processed; the stack trace only with <c>--verbose</c> (or <c>PORTAL_VERBOSE=1</c>).
/// </summary>
public static class InternalError
{
    public const string VerboseVariable = "PORTAL_VERBOSE";

    /// <summary>Whether the details were asked for: <c>--verbose</c>/<c>-v</c> anywhere in the arguments, or the variable set.</summary>
    public static bool DetailsRequested(IReadOnlyList<string> args) =>
        args.Any(a => a is "--verbose" or "-v") || Environment.GetEnvironmentVariable(VerboseVariable) is "1" or "true";

    public static int Report(Exception exception, bool verbose, TextWriter error)
    {
        var e = Unwrap(exception);
        var line = e is BuildException ? e.Message : "内部错误：" + e.Message;
        error.WriteLine(OneLine(line) + (verbose ? "" : "（这是程序的问题，不是内容的问题；加 --verbose 可查看详细信息）"));
        if (verbose)
        {
            error.WriteLine(exception.ToString());
        }

        return ExitCodes.Unexpected;
    }

    /// <summary>
    /// The parallel stages wrap a document's failure in <see cref="AggregateException"/>; the interesting
    /// exception is the <see cref="BuildException"/> inside, which names the file.
    /// </summary>
    public static Exception Unwrap(Exception e)
    {
        while (true)
        {
            switch (e)
            {
                case AggregateException aggregate when aggregate.Flatten().InnerExceptions is { Count: > 0 } inner:
                    e = inner.FirstOrDefault(x => x is BuildException) ?? inner[0];
                    break;
                case System.Reflection.TargetInvocationException { InnerException: { } inner }:
                    e = inner;
                    break;
                default:
                    return e;
            }
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
