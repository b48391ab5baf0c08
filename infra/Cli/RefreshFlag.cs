namespace Netra.Infra.Cli;

/// <summary>
/// Whether a `pulumi up`/`preview`/`destroy` command line turns off the refresh Pulumi.yaml asks for
/// (`options: refresh: always`), read the way the CLI reads it. pulumi/pulumi `pkg/cmd/pulumi/operations/up.go` (and
/// preview.go, destroy.go) declares `--refresh`/`-r` as a *string* flag with `NoOptDefVal = "true"`, and
/// `operations/io.go` `getRefreshOption` lets any non-empty value win over the project option, parsed by Go's
/// `strconv.ParseBool`. So, in spf13/pflag's parsing (flag.go, parseLongArg and parseSingleShortArg):
/// <list type="bullet">
/// <item>`--refresh=V` and `-r=V` set V; `--refresh` and `-r` alone set "true". `--refresh false` and `-r false` also
/// set "true": an optional value is only taken after '=', and `false` becomes a positional argument.</item>
/// <item>The last occurrence wins (each one sets the same string); `--refresh=` sets "", which means "not given", so the
/// project's `always` applies again.</item>
/// <item>Shorthands group: in `-yr=false` the boolean `-y` comes first and `-r` still gets "false"; a shorthand that
/// takes a value (`-s`, `-c`, `-m`, …) takes the rest of its group, and `--` ends the flags.</item>
/// </list>
/// A value that is itself `--refresh=false` (`--message --refresh=false`) is read as the flag: a refusal, never a
/// refresh silently skipped.
/// </summary>
public static class RefreshFlag
{
    /// <summary>What strconv.ParseBool reads as false; anything it cannot parse makes the CLI fail before we run.</summary>
    private static readonly HashSet<string> False = new(StringComparer.Ordinal) { "0", "f", "F", "false", "FALSE", "False" };

    /// <summary>The boolean shorthands of up, preview and destroy (-d debug, -f skip-preview, -j json, -y yes) and of the
    /// root command (-e emoji, -Q fully-qualify-stack-names): pflag gives booleans `NoOptDefVal = "true"`, so each
    /// leaves the rest of its group to the next shorthand.</summary>
    private const string BooleanShorthands = "dfjyeQ";

    /// <summary>The argument, as written, that leaves refresh off; null when the command line does not turn it off.</summary>
    public static string? TurnedOffBy(IReadOnlyList<string> arguments)
    {
        string? last = null;
        string? writtenAs = null;
        foreach (var argument in Flags(arguments))
        {
            if (Parse(argument) is { Value: var value })
            {
                (last, writtenAs) = (value, argument);
            }
        }

        return last is not null && False.Contains(last) ? writtenAs : null;
    }

    /// <summary>The same arguments with every setting of refresh taken out (`-yr=false` keeps `-y`): the command to
    /// run instead.</summary>
    public static IReadOnlyList<string> Without(IReadOnlyList<string> arguments)
    {
        var flags = Flags(arguments).Count();
        return arguments
            .Select((argument, index) => index < flags && Parse(argument) is { } setting ? setting.Remainder : argument)
            .OfType<string>()
            .ToList();
    }

    /// <summary>The arguments before `--`, after which pflag reads none as a flag.</summary>
    private static IEnumerable<string> Flags(IReadOnlyList<string> arguments) => arguments.TakeWhile(a => a != "--");

    /// <summary>The refresh value one argument sets, and the argument without it (null when nothing is left of it);
    /// null when the argument does not set refresh.</summary>
    private static (string Value, string? Remainder)? Parse(string argument)
    {
        if (argument == "--refresh")
        {
            return ("true", null);
        }

        if (argument.StartsWith("--refresh=", StringComparison.Ordinal))
        {
            return (argument["--refresh=".Length..], null);
        }

        if (argument.Length < 2 || argument[0] != '-' || argument[1] == '-')
        {
            return null;
        }

        // A group of shorthands: "-yr=false" is -y, then -r with "false".
        string? value = null;
        var kept = "-";
        for (var i = 1; i < argument.Length; i++)
        {
            var shorthand = argument[i];
            var hasValue = i + 1 < argument.Length && argument[i + 1] == '=';
            if (shorthand == 'r')
            {
                value = hasValue ? argument[(i + 2)..] : "true";
                if (hasValue)
                {
                    break;
                }

                continue;
            }

            if (hasValue || !BooleanShorthands.Contains(shorthand, StringComparison.Ordinal))
            {
                // This shorthand takes the rest of the group as its value.
                kept += argument[i..];
                break;
            }

            kept += shorthand;
        }

        return value is null ? null : (value, kept == "-" ? null : kept);
    }
}
