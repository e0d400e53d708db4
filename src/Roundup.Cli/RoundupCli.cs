using System.CommandLine;
using System.CommandLine.Help;
using Roundup.Model;
using Roundup.Text;

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
            TimelineCommand.Create(stdout, stderr),
            ClusterCommand.Create(stdout, stderr),
            ExtractCommand.Create(stdout, stderr),
            IngestCommand.Create(stdout, stderr),
            StoriesCommand.Create(stdout, stderr),
            StoryCommand.Create(stdout, stderr),
            WatchCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr),
            EvalCommand.Create(stdout, stderr),
        };
        CliOutput.Begin();
        try
        {
            var parsed = root.Parse(args.Length == 0 ? ["--help"] : args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    stderr.WriteLine($"error: {ControlCharacters.Strip(error.Message)}");
                }
                stderr.WriteLine($"Run '{CommandPath(parsed.CommandResult)} --help' for usage.");
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
            stderr.WriteLine($"error: {ControlCharacters.Strip(e.Message)}");
            return Failure;
        }
        catch (IOException e) when (IsBrokenPipe(e))
        {
            // The reader of the output went away (`roundup cluster … | head`): nothing left to say, and nobody to say it to.
            return Success;
        }
        catch (IOException e)
        {
            // Input problems are warnings inside the engine; what reaches here is the output failing (a full disk).
            stderr.WriteLine($"error: cannot write the output: {ControlCharacters.Strip(e.Message)}");
            return Failure;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"error: unexpected failure ({e.GetType().Name}: {ControlCharacters.Strip(e.Message)}). Please report it with the command you ran.");
            if (Environment.GetEnvironmentVariable("ROUNDUP_DEBUG") == "1")
            {
                stderr.WriteLine(e);
            }
            return InternalError;
        }
        finally
        {
            CliOutput.Abandon();
        }
    }

    /// <summary>The words a user types for a (sub)command: "roundup eval summaries".</summary>
    private static string CommandPath(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new List<string>();
        for (System.CommandLine.Parsing.SymbolResult? at = result; at is not null; at = at.Parent)
        {
            if (at is System.CommandLine.Parsing.CommandResult command)
            {
                names.Add(command.Command.Name);
            }
        }
        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>EPIPE: the process reading standard output has closed it.</summary>
    private static bool IsBrokenPipe(IOException e) =>
        (e.HResult & 0xFFFF) == BrokenPipeErrno || e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase);

    /// <summary>EPIPE on Linux and macOS.</summary>
    private const int BrokenPipeErrno = 32;
}
