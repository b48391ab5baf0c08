namespace Netra.Infra.Switch;

/// <summary>
/// What a command that acts on the live stack says and asks (`switch`, `adopt`): a tool call whose failure changes
/// nothing and says so, a refusal with its reason, and the typed `yes` before an update.
/// </summary>
public sealed class ToolConsole(string command, TextWriter stdout, TextWriter stderr, TextReader stdin)
{
    public TextWriter Out => stdout;

    /// <summary>The tool's result; null when it is missing or failed (unless <paramref name="allowFailure"/>), said once.</summary>
    public ToolResult? Capture(ToolRunner runner, string tool, IReadOnlyList<string> args, TimeSpan timeout, bool allowFailure = false, bool quiet = false)
    {
        try
        {
            var result = runner.Capture(tool, args, timeout);
            if (!result.Succeeded && !allowFailure)
            {
                stderr.WriteLine($"netra-infra: {command}: `{result.CommandLine}` failed (exit {result.ExitCode}): {result.ErrorTail()}. Nothing was changed.");
                return null;
            }

            return result;
        }
        catch (ToolNotFoundException e)
        {
            if (!quiet)
            {
                Error(e.Message);
            }

            return null;
        }
    }

    /// <summary>The update, its output shown as it comes; null when the tool is missing.</summary>
    public ToolResult? PassThrough(ToolRunner runner, string tool, IReadOnlyList<string> args, TimeSpan timeout)
    {
        try
        {
            return runner.PassThrough(tool, args, timeout, stdout);
        }
        catch (ToolNotFoundException e)
        {
            Error(e.Message);
            return null;
        }
    }

    public int Refuse(string message)
    {
        Error(message);
        return SwitchExitCodes.Refused;
    }

    public void Error(string message) => stderr.WriteLine($"netra-infra: {command}: {message}");

    public bool Confirmed(string question)
    {
        stderr.Write($"{question} Type yes: ");
        stderr.Flush();
        return stdin.ReadLine()?.Trim() == "yes";
    }
}
