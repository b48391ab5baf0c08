using System.CommandLine;
using Netra.Infra.Config;
using Netra.Infra.Diagnostics;
using Netra.Infra.Validation;

namespace Netra.Infra.Cli;

/// <summary>
/// `secrets-config --stack staging [--write]`: whether every profile file states the stack file's secrets
/// configuration (<see cref="StackSecretsCheck"/>), and with `--write` makes it so. Run once after `pulumi stack init`
/// or `pulumi stack change-secrets-provider`, which write only the stack's own file.
/// </summary>
public static class SecretsConfigCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr, Option<string?> rootOption, Func<string> findRoot)
    {
        var stack = new Option<string>("--stack") { Description = "The stack, which is the environment (e.g. staging).", Required = true };
        var write = new Option<bool>("--write") { Description = "Copy the stack file's encryptionsalt, secretsprovider and encryptedkey into every profile file that differs, leaving its other lines as they are." };
        var command = new Command("secrets-config", "Check that each profile file has the stack's secrets settings.") { stack, write, rootOption };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(rootOption) ?? findRoot();
            var stackName = parse.GetValue(stack)!;
            if (Refusal(root, stackName) is { } refusal)
            {
                stderr.WriteLine($"netra-infra: {refusal}");
                return NetraCli.Rejected;
            }

            var diagnostics = new DiagnosticBag();
            var files = StackSecretsFiles.Read(root, stackName, diagnostics);
            var differing = StackSecretsCheck.Compare(files, diagnostics);
            if (parse.GetValue(write) && files.Stack is { } own && differing.Count > 0)
            {
                // Only a stack file read cleanly is copied; re-read from disk so the result is checked as Pulumi will see it.
                var stackText = File.ReadAllText(own.File.FullPath);
                foreach (var profile in differing)
                {
                    File.WriteAllText(profile.File.FullPath, StackSecretsLines.CopyInto(File.ReadAllText(profile.File.FullPath), stackText, own.Secrets));
                    stderr.WriteLine($"wrote {profile.File.DisplayName}: the secrets configuration of {own.File.DisplayName}");
                }

                diagnostics = new DiagnosticBag();
                files = StackSecretsFiles.Read(root, stackName, diagnostics);
                differing = StackSecretsCheck.Compare(files, diagnostics);
            }

            stdout.Write(Summary(files, differing));
            DiagnosticWriter.Write(stderr, diagnostics.Items, json: false);
            return diagnostics.HasErrors ? NetraCli.Rejected : NetraCli.Success;
        });
        return command;
    }

    /// <summary>Why the check cannot run at all: not an environment, or no file of the stack's own to copy from.</summary>
    private static string? Refusal(string root, string stack)
    {
        var environments = EnvironmentFileLoader.EnvironmentNames(root);
        if (!environments.Contains(stack))
        {
            return $"--stack {stack}: not an environment of this repository (environments: {(environments.Count == 0 ? "none" : string.Join(", ", environments))}); each stack is named after its stacks/<environment>.yaml";
        }

        var file = ProfileFiles.StackFile(root, stack);
        return File.Exists(file.FullPath)
            ? null
            : $"{file.DisplayName}: not found; it holds the stack's secrets configuration (`pulumi stack init {stack}` writes it), and the profile files are compared with it";
    }

    private static string Summary(StackSecretsFiles files, IReadOnlyList<FileSecrets> differing)
    {
        if (files.Stack is not { } own)
        {
            return "";
        }

        var lines = new List<string> { $"{own.File.DisplayName} (stack {files.StackName}): {own.Secrets.Describe()}" };
        lines.AddRange(files.Profiles.Select(p => $"  {p.File.DisplayName}: {(differing.Contains(p) ? "differs" : "same")}"));
        if (files.Profiles.Count == 0)
        {
            lines.Add("  no profile files");
        }

        return string.Join('\n', lines) + '\n';
    }
}
