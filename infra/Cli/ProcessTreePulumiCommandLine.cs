namespace Netra.Infra.Cli;

/// <summary>
/// Finds the `pulumi` CLI among this process's ancestors (engine → language host → compiler) and reads its
/// verb from /proc. Linux only; anywhere else, or if anything is unreadable, the verb is unknown and the
/// refusal falls back to `up`.
/// </summary>
public sealed class ProcessTreePulumiCommandLine : IPulumiCommandLine
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "up", "update", "preview", "pre", "refresh", "destroy", "import", "watch",
    };

    public string? Verb()
    {
        try
        {
            var pid = Environment.ProcessId;
            for (var depth = 0; depth < 8 && pid > 1; depth++)
            {
                pid = ParentOf(pid);
                var argv = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
                if (argv.Length > 0 && Path.GetFileName(argv[0]) == "pulumi")
                {
                    return argv.Skip(1).FirstOrDefault(Verbs.Contains);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }

    private static int ParentOf(int pid)
    {
        // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces, so read after the last ')'.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
