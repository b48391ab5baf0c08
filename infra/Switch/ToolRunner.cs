using System.Text;
using CliWrap;

namespace Netra.Infra.Switch;

/// <summary>
/// Runs `pulumi` and `gcloud` as found on the PATH of the environment this program was given, the one seam through
/// which the switch reaches the live environment (tests put stand-ins answering in the real tools' formats first on
/// PATH). Every child gets this process's environment with <paramref name="overrides"/> applied (null removes a
/// variable), so what the operator's shell exported cannot change what runs (PulumiEnvironment says which). Output is
/// captured up to a bound, or passed through to the person's terminal for the long `pulumi up`.
/// </summary>
public sealed class ToolRunner(Func<string, string?> environment, IReadOnlyDictionary<string, string?> overrides, string workingDirectory)
{
    /// <summary>The most either tool may print into a capture: a preview of the whole stack with old and new state is
    /// a few MiB; anything past this is cut (and the JSON then refused as unreadable), never held whole.</summary>
    public const int MaxCapturedChars = 64 * 1024 * 1024;

    public ToolResult Capture(string tool, IReadOnlyList<string> arguments, TimeSpan timeout) =>
        Run(tool, arguments, timeout, null, null);

    /// <summary>Runs with the tool's output shown as it comes (stdout and stderr to <paramref name="output"/>).</summary>
    public ToolResult PassThrough(string tool, IReadOnlyList<string> arguments, TimeSpan timeout, TextWriter output) =>
        Run(tool, arguments, timeout, output, output);

    private ToolResult Run(string tool, IReadOnlyList<string> arguments, TimeSpan timeout, TextWriter? shownOut, TextWriter? shownErr)
    {
        var executable = Locate(tool);
        var stdout = new BoundedText(MaxCapturedChars);
        var stderr = new BoundedText(MaxCapturedChars);
        var command = CliWrap.Cli.Wrap(executable)
            .WithArguments(arguments)
            .WithWorkingDirectory(workingDirectory)
            .WithEnvironmentVariables(variables =>
            {
                foreach (var (name, value) in overrides)
                {
                    variables.Set(name, value);
                }
            })
            .WithValidation(CommandResultValidation.None)
            .WithStandardOutputPipe(shownOut is null ? PipeTarget.ToDelegate(stdout.AppendLine) : PipeTarget.ToDelegate(line => { shownOut.WriteLine(line); stdout.AppendLine(line); }))
            .WithStandardErrorPipe(shownErr is null ? PipeTarget.ToDelegate(stderr.AppendLine) : PipeTarget.ToDelegate(line => { shownErr.WriteLine(line); stderr.AppendLine(line); }));

        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            var result = command.ExecuteAsync(cancel.Token).GetAwaiter().GetResult();
            return new ToolResult(tool, arguments, result.ExitCode, stdout.Text, stderr.Text, result.RunTime);
        }
        catch (OperationCanceledException)
        {
            // CliWrap kills the process on cancellation: a hung tool never holds the incident.
            return new ToolResult(tool, arguments, 124, stdout.Text, stderr.Text + $"\n{tool} did not finish within {timeout.TotalSeconds:0} s and was stopped", timeout);
        }
    }

    /// <summary>The tool's full path from PATH as the environment gives it (not this process's lookup, so the
    /// environment decides, as a shell would).</summary>
    public string Locate(string tool)
    {
        var path = environment("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, tool);
            if (File.Exists(candidate) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(candidate) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0))
            {
                return candidate;
            }
        }

        throw new ToolNotFoundException(tool, path);
    }

    /// <summary>Collects lines up to a bound; beyond it, drops the rest and says so once.</summary>
    private sealed class BoundedText(int limit)
    {
        private readonly StringBuilder _text = new();
        private bool _cut;

        public string Text => _text.ToString();

        public void AppendLine(string line)
        {
            lock (_text)
            {
                if (_cut)
                {
                    return;
                }

                if (_text.Length + line.Length + 1 > limit)
                {
                    _cut = true;
                    _text.Append("\n[output cut at ").Append(limit).Append(" characters]\n");
                    return;
                }

                _text.Append(line).Append('\n');
            }
        }
    }
}
