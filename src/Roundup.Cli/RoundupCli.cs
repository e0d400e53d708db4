using System.CommandLine;
using System.CommandLine.Help;
using Roundup.Model;

namespace Roundup.Cli;

/// <summary>The <c>roundup</c> command: wires the subcommands and turns every failure into a message and an exit code.</summary>
public static class RoundupCli
{
    /// <summary>Exit code when the run succeeded.</summary>
    public const int Success = 0;

    /// <summary>Exit code when the input could not be used (nothing to brief, unreadable path) or the arguments are wrong.</summary>
    public const int Failure = 1;

    /// <summary>Exit code for a failure Roundup did not foresee: a bug, reported without a stack trace.</summary>
    public const int InternalError = 70;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // A plain command named "roundup" (not RootCommand) so usage lines name the command users type.
        var root = new Command("roundup", "Roundup turns many outlets' coverage of a news event into one attributed brief.")
        {
            new HelpOption(),
            new VersionOption(),
            BriefCommand.Create(stdout, stderr),
            ClusterCommand.Create(stdout, stderr),
            ExtractCommand.Create(stdout, stderr),
            EvalCommand.Create(stdout, stderr),
        };
        try
        {
            var parsed = root.Parse(args.Length == 0 ? ["--help"] : args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    stderr.WriteLine($"error: {error.Message}");
                }
                var command = string.Join(' ', parsed.CommandResult.Command.Name == "roundup" ? ["roundup"] : new[] { "roundup", parsed.CommandResult.Command.Name });
                stderr.WriteLine($"Run '{command} --help' for usage.");
                return Failure;
            }
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (RoundupException e)
        {
            stderr.WriteLine($"error: {Printable(e.Message)}");
            return Failure;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"error: unexpected failure ({e.GetType().Name}: {Printable(e.Message)}). Please report it with the command you ran.");
            if (Environment.GetEnvironmentVariable("ROUNDUP_DEBUG") == "1")
            {
                stderr.WriteLine(e);
            }
            return InternalError;
        }
    }

    /// <summary>A message as it may reach a terminal: a path in it may hold escape sequences, which are dropped.</summary>
    private static string Printable(string message) =>
        string.Concat(message.Where(c => !char.IsControl(c) || c is '\t' or '\n'));
}
