using System.Globalization;
using System.Text;

namespace Netra.Infra.Cli;

/// <summary>
/// Finds the `pulumi` CLI among this process's ancestors (CLI → language host → compiler) and reads, from /proc, its
/// arguments (`cmdline`) and the names in the environment it was started with (`environ`: the operator's shell, which
/// the engine hands on to us after its own variables). Linux only; anywhere else, or if anything is unreadable, every
/// answer is unknown and nothing is refused for it.
/// </summary>
public sealed class ProcessTreePulumiCommandLine : IPulumiCommandLine
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "up", "update", "preview", "pre", "refresh", "destroy", "import", "watch",
    };

    // One compile asks for the verb, the arguments and two variables: the tree is walked and each file read once.
    private readonly Lazy<(int Pid, IReadOnlyList<string> Arguments)?> _pulumi = new(() => Unreadable(FindPulumi));
    private readonly Lazy<IReadOnlySet<string>?> _exported;

    public ProcessTreePulumiCommandLine() =>
        _exported = new(() => _pulumi.Value is { Pid: var pid } ? Unreadable(() => VariableNames(pid)) : null);

    public string? Verb() => Arguments()?.FirstOrDefault(Verbs.Contains);

    public IReadOnlyList<string>? Arguments() => _pulumi.Value?.Arguments;

    public bool? OperatorExports(string variable) => _exported.Value?.Contains(variable);

    private static (int Pid, IReadOnlyList<string> Arguments)? FindPulumi()
    {
        var pid = Environment.ProcessId;
        for (var depth = 0; depth < 8 && pid > 1; depth++)
        {
            pid = ParentOf(pid);
            if (PulumiArguments(CommandLine(pid), File.ReadAllText($"/proc/{pid}/comm").TrimEnd('\n')) is { } arguments)
            {
                return (pid, arguments);
            }
        }

        return null;
    }

    /// <summary>
    /// The arguments when this process is the `pulumi` command; null when it is another. The CLI binary runs as
    /// `pulumi up …`. A script named `pulumi` (such as the tests' stand-in, which starts the compiler as the CLI does)
    /// runs as `/bin/bash /path/pulumi up …`, and the kernel names its process after the script (/proc/&lt;pid&gt;/comm
    /// is `pulumi`): its arguments come after the script's path.
    /// </summary>
    private static IReadOnlyList<string>? PulumiArguments(string[] argv, string name) => argv switch
    {
        [var program, .. var rest] when Path.GetFileName(program) == "pulumi" => rest,
        [_, var script, .. var rest] when name == "pulumi" && Path.GetFileName(script) == "pulumi" => rest,
        _ => null,
    };

    private static string[] CommandLine(int pid) =>
        File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The names in /proc/&lt;pid&gt;/environ ("NAME=value\0…"). Only the bytes before each '=' are decoded: a value is
    /// never turned into text, kept or printed, because PULUMI_CONFIG may hold decrypted secrets.
    /// </summary>
    private static IReadOnlySet<string> VariableNames(int pid)
    {
        var bytes = File.ReadAllBytes($"/proc/{pid}/environ");
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var start = 0; start < bytes.Length;)
        {
            var end = Array.IndexOf(bytes, (byte)0, start);
            end = end < 0 ? bytes.Length : end;
            var equals = Array.IndexOf(bytes, (byte)'=', start, end - start);
            if (equals > start)
            {
                names.Add(Encoding.UTF8.GetString(bytes, start, equals - start));
            }

            start = end + 1;
        }

        Array.Clear(bytes);
        return names;
    }

    private static int ParentOf(int pid)
    {
        // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces, so read after the last ')'.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[1], CultureInfo.InvariantCulture);
    }

    /// <summary>What /proc does not tell (another OS, a process gone or not ours, an odd stat line) is unknown.</summary>
    private static T? Unreadable<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return default;
        }
    }
}
