namespace Roundup.Cli.Tests;

/// <summary>Runs the roundup command in-process and captures what a user would see.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

internal static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = RoundupCli.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
