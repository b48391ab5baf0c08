using Netra.Infra.Config;
using Netra.Infra.Diagnostics;

namespace Netra.Infra.Validation;

/// <summary>
/// Every profile file of a stack must state the stack's own secrets configuration. `pulumi up --stack staging
/// --config-file Pulumi.emergency.yaml` reads only the profile file (pkg/cmd/pulumi/stack/io.go, LoadProjectStack) and
/// then always sets up secrets from it (secrets.go, GetSecretsManager): on a self-managed backend, a profile file
/// without the stack's `encryptionsalt` (or `secretsprovider` and `encryptedkey`) makes Pulumi start a new passphrase
/// provider — it prompts, fails in CI, or with PULUMI_CONFIG_PASSPHRASE set writes a new salt into the profile file,
/// on `preview` too. On Pulumi Cloud's default secrets no file has any of the keys, and all match.
/// </summary>
public static class StackSecretsCheck
{
    /// <summary>
    /// Reads <paramref name="root"/>'s files of <paramref name="stack"/> and reports every profile file that differs;
    /// true when all match. What `bin/netra-infra switch` calls before it runs pulumi, and the compile after.
    /// </summary>
    public static bool Check(string root, string stack, DiagnosticBag diagnostics)
    {
        var findings = new DiagnosticBag();
        Compare(StackSecretsFiles.Read(root, stack, findings), findings);
        diagnostics.AddRange(findings.Items);
        return !findings.HasErrors;
    }

    /// <summary>The command that copies the stack file's secrets configuration into every profile file.</summary>
    public static string FixCommand(string stack) => $"bin/netra-infra secrets-config --stack {stack} --write";

    /// <summary>The profile files that differ from the stack's file, each difference reported. Nothing is read here.</summary>
    public static IReadOnlyList<FileSecrets> Compare(StackSecretsFiles files, DiagnosticBag diagnostics)
    {
        // A stack without a file of its own keeps its settings in the service (or has not been set up here yet):
        // there is nothing to compare with. One that cannot be read was reported while reading.
        if (files.Stack is not { } stack)
        {
            return [];
        }

        var differing = new List<FileSecrets>();
        foreach (var profile in files.Profiles)
        {
            var keys = StackSecretsConfiguration.Keys.Where(k => stack.Secrets.Value(k) != profile.Secrets.Value(k)).ToList();
            foreach (var key in keys)
            {
                diagnostics.Error(DiagnosticCodes.StackSecretsConfiguration, profile.File.DisplayName, key,
                    Message(key, stack, profile.Secrets.Value(key), profile.File, files.StackName));
            }

            if (keys.Count > 0)
            {
                differing.Add(profile);
            }
        }

        return differing;
    }

    private static string Message(string key, FileSecrets stack, string? value, SourceFile profileFile, string stackName)
    {
        var fix = $"Run: {FixCommand(stackName)}";
        var stackFile = stack.File.DisplayName;
        var run = $"With --config-file {profileFile.DisplayName}, Pulumi reads only this file";
        return (stack.Secrets.Value(key), value) switch
        {
            ({ } expected, null) =>
                $"missing; {stackFile} has {key}: {YamlFiles.Clip(expected)}. {run} and sets up secrets anew: it asks for a new passphrase, fails in CI, or with PULUMI_CONFIG_PASSPHRASE set writes a new salt into this file (on preview too). {fix}",
            ({ } expected, { } actual) =>
                $"'{YamlFiles.Clip(actual)}' differs from {stackFile}, which has {key}: {YamlFiles.Clip(expected)}. {run} and would use its value instead of the stack's: it refuses the passphrase as incorrect, or cannot decrypt the stack's secrets. {fix}",
            (null, { } actual) =>
                $"'{YamlFiles.Clip(actual)}' is not in {stackFile}, which uses {stack.Secrets.Describe()}. {run} and would set up another secrets provider than the stack's own. Remove the key, or run: {FixCommand(stackName)}",
            _ => throw new InvalidOperationException("only keys that differ are reported"),
        };
    }
}
