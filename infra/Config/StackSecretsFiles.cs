using Netra.Infra.Diagnostics;

namespace Netra.Infra.Config;

/// <summary>
/// The secrets configuration of a stack's own file and of each of its profile files (a `Pulumi.&lt;name&gt;.yaml` with
/// `config: netra:profile` set, <see cref="ProfileFiles.Candidates"/>). <see cref="Stack"/> is null when the stack has
/// no file of its own, or one whose secrets configuration cannot be read (reported).
/// </summary>
public sealed record StackSecretsFiles(string StackName, FileSecrets? Stack, IReadOnlyList<FileSecrets> Profiles)
{
    /// <summary>
    /// Reads the files. Only findings about the secrets configuration are reported here: any other fault of a profile
    /// file is the business of the compile that runs it, and a run of one profile must not fail on another's typo.
    /// A profile file that cannot be read at all is skipped for the same reason; Pulumi refuses to load it before it
    /// sets up secrets, so it cannot be the file a salt is written into.
    /// </summary>
    public static StackSecretsFiles Read(string root, string stack, DiagnosticBag diagnostics)
    {
        var stackFile = ProfileFiles.StackFile(root, stack);
        FileSecrets? own = null;
        if (System.IO.File.Exists(stackFile.FullPath))
        {
            var scratch = new DiagnosticBag();
            var configuration = StackConfiguration.FromFile(stackFile, scratch);

            // Without a readable stack file there is nothing to compare with: say why, in full.
            var faults = configuration is null ? scratch.Items : AboutSecrets(scratch).ToList();
            diagnostics.AddRange(faults);
            own = configuration is null || faults.Count > 0 ? null : new FileSecrets(stackFile, configuration.Secrets);
        }

        var profiles = new List<FileSecrets>();
        foreach (var file in ProfileFiles.Candidates(root, stack))
        {
            var scratch = new DiagnosticBag();
            var configuration = StackConfiguration.FromFile(file, scratch);
            if (configuration is null || !configuration.Values.ContainsKey(StackConfiguration.ProfileKey))
            {
                continue;
            }

            var faults = AboutSecrets(scratch).ToList();
            diagnostics.AddRange(faults);
            if (faults.Count == 0)
            {
                profiles.Add(new FileSecrets(file, configuration.Secrets));
            }
        }

        return new StackSecretsFiles(stack, own, profiles);
    }

    // A wrong type under one of the three keys, e.g. `encryptionsalt:` with a mapping under it.
    private static IEnumerable<Diagnostic> AboutSecrets(DiagnosticBag scratch) =>
        scratch.Items.Where(d => StackSecretsConfiguration.Keys.Contains(d.KeyPath));
}
