using Netra.Infra.Diagnostics;

namespace Netra.Infra.Config;

/// <summary>
/// Which `Pulumi.*.yaml` file selects a profile: the stack's own file (`Pulumi.staging.yaml`, the profile it
/// runs by default) or a profile file (`Pulumi.emergency.yaml`) given with `--config-file`.
/// </summary>
public static class ProfileFiles
{
    public static SourceFile StackFile(string root, string stack) => File(root, stack);

    public static SourceFile File(string root, string name) => new($"Pulumi.{name}.yaml", Path.Combine(root, $"Pulumi.{name}.yaml"));

    /// <summary>The file that selects <paramref name="profile"/> for <paramref name="environment"/>, and whether it
    /// is the stack's own file (no `--config-file` needed). Null when no file selects it.</summary>
    public static (SourceFile File, bool IsStackFile)? For(string root, string environment, string profile)
    {
        var stackFile = StackFile(root, environment);
        if (Selects(stackFile) == profile)
        {
            return (stackFile, true);
        }

        var profileFile = File(root, profile);
        return Selects(profileFile) == profile ? (profileFile, false) : null;
    }

    /// <summary>The pulumi command that runs <paramref name="profile"/> of <paramref name="environment"/>; prefixed with
    /// the revision to name when the profile pins one chosen at run time (<paramref name="namesRevision"/>).</summary>
    public static string PulumiCommand(string root, string verb, string environment, string profile, bool namesRevision = false)
    {
        var prefix = namesRevision ? $"{RunTimeRevisions.Variable}=<revision> " : "";
        return prefix + For(root, environment, profile) switch
        {
            { IsStackFile: true } => $"pulumi {verb} --stack {environment}",
            { File: var file } => $"pulumi {verb} --stack {environment} --config-file {file.DisplayName}",
            null => $"pulumi {verb} --stack {environment}  (after adding a Pulumi.{profile}.yaml with `netra:profile: {profile}`)",
        };
    }

    /// <summary>The command that runs a runbook step to <paramref name="profile"/>: `bin/netra-infra switch` reads where the
    /// stack is, compares the live preview with the step's plan and updates exactly that (docs/runbook.md).</summary>
    public static string SwitchCommand(string environment, string profile, bool namesRevision = false) =>
        $"bin/netra-infra switch --stack {environment} --to {profile}{(namesRevision ? " --revision <revision>" : "")}";

    /// <summary>
    /// The files that may be profile files of <paramref name="stack"/>: every `Pulumi.&lt;name&gt;.yaml` but the project's
    /// `Pulumi.yaml`, the stack's own file and the own files of the repository's other environments (stacks of their
    /// own). Which of them is one (`config: netra:profile` set) only reading them tells; names only, nothing read.
    /// </summary>
    public static IReadOnlyList<SourceFile> Candidates(string root, string stack)
    {
        var stacks = EnvironmentFileLoader.EnvironmentNames(root).Append(stack).ToHashSet(StringComparer.Ordinal);
        return Directory.GetFiles(root, "Pulumi.*.yaml")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(file => file.Length > "Pulumi..yaml".Length)
            .Select(file => file["Pulumi.".Length..^".yaml".Length])
            .Where(name => !stacks.Contains(name))
            .Order(StringComparer.Ordinal)
            .Select(name => File(root, name))
            .ToList();
    }

    private static string? Selects(SourceFile file)
    {
        if (!System.IO.File.Exists(file.FullPath))
        {
            return null;
        }

        var configuration = StackConfiguration.FromFile(file, new DiagnosticBag());
        return configuration?.Values.GetValueOrDefault(StackConfiguration.ProfileKey);
    }
}
