namespace Portal.Cli;

/// <summary>The program's exit codes, as documented in the README.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int BadArguments = 2;
    public const int Unexpected = 3;
}
