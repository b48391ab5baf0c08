using Netra.Infra.Model;
using Netra.Infra.Switch;

namespace Netra.Infra.Adoption;

/// <summary>
/// Adoption, once, on the live stack: refused when the stack already holds resources (`pulumi stack export`), since the
/// adoption program leaves out what only the normal program declares (the standby, the direct-egress subnet, the
/// alerts…) and an `up` of it would delete them; then a preview that must import and nothing else, and one update.
/// The data's `existing.adopted` refuses it too, in the compile itself (AdoptionRules), whatever command runs it.
/// </summary>
public sealed class AdoptRun(string root, string stack, EnvironmentSpec environment, ProfileSpec profile, bool yes, bool dryRun, Func<string, string?> variables, ToolConsole console)
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan UpdateTimeout = TimeSpan.FromMinutes(60);

    public const string ConfigFile = "Pulumi.adopt.yaml";

    public int Run()
    {
        var runner = new ToolRunner(variables, PulumiEnvironment.For(null), root);
        if (console.Capture(runner, "pulumi", ["stack", "export", "--stack", stack], ReadTimeout) is not { } export)
        {
            return SwitchExitCodes.ToolFailed;
        }

        var (holdings, problem) = StackExport.Read(export.Stdout);
        if (holdings is null)
        {
            return console.Refuse($"cannot tell what stack {stack} holds: {problem}; nothing was changed");
        }

        if (holdings.HoldsResources)
        {
            var leftOut = AdoptionScope.LeftOut(environment, profile);
            return console.Refuse($"stack {stack} already holds {holdings.Count} resource(s) ({holdings.Text}): adoption runs once, on a stack that holds nothing, because its program leaves out {leftOut.Count} resource(s) the normal program declares, which an adoption `up` would delete. Run `pulumi up --stack {stack}` (normal) instead, and set existing.adopted: true in {environment.File.DisplayName}");
        }

        string[] preview = ["preview", "--json", "--stack", stack, "--config-file", ConfigFile];
        if (console.Capture(runner, "pulumi", preview, TimeSpan.FromMinutes(15), allowFailure: true) is not { } previewed)
        {
            return SwitchExitCodes.ToolFailed;
        }

        var (digest, unreadable) = PreviewDigest.Read(previewed.Stdout);
        if (digest is null || !previewed.Succeeded || digest.Errors.Count > 0)
        {
            console.Error($"the preview failed (exit {previewed.ExitCode}): {(digest?.Errors.Count > 0 ? string.Join(" | ", digest.Errors) : unreadable ?? previewed.ErrorTail())}. Nothing was changed.");
            return SwitchExitCodes.ToolFailed;
        }

        // An adoption imports: `import` steps, and `create` only for the stack itself and its providers.
        var other = digest.Steps.Where(s => !s.ChangesNothing && s.Op != "import" && !(s.Op == "create" && (s.Type == StackExport.StackType || s.Type.StartsWith(AdoptionScope.ProviderTypePrefix, StringComparison.Ordinal)))).ToList();
        if (other.Count > 0)
        {
            return console.Refuse($"the adoption preview does more than import: {string.Join("; ", other.Select(s => $"{s.Name} ({s.Type}): {s.Op}"))}. Nothing was changed; see docs/adoption.md for what each difference means");
        }

        console.Out.WriteLine($"Adoption of {stack}: {digest.Steps.Count(s => s.Op == "import")} import(s), nothing else.");
        if (dryRun)
        {
            console.Out.WriteLine("Dry run: nothing was changed.");
            return SwitchExitCodes.Done;
        }

        if (!yes && !console.Confirmed($"Import what exists into {stack} now?"))
        {
            return console.Refuse("not confirmed; nothing was changed (give --yes to run without asking)");
        }

        var who = IncidentLog.Who(variables);
        string[] up = ["up", "--stack", stack, "--config-file", ConfigFile, "--yes", "--skip-preview", "--message", $"netra-infra adopt by {who}"];
        if (console.PassThrough(runner, "pulumi", up, UpdateTimeout) is not { } done)
        {
            return SwitchExitCodes.ToolFailed;
        }

        if (!done.Succeeded)
        {
            console.Error($"the adoption update failed (exit {done.ExitCode}): look with `pulumi stack --stack {stack}` before running anything else");
            return SwitchExitCodes.NotConfirmed;
        }

        console.Out.WriteLine($"Adopted. Now set existing.adopted: true in {environment.File.DisplayName} (a pull request of its own), then preview the normal profile: `pulumi preview --stack {stack}`.");
        return SwitchExitCodes.Done;
    }
}
