using Netra.Infra.Config;

namespace Netra.Infra.Switch;

/// <summary>
/// The environment `switch` gives pulumi: the operator's, less what would change what runs. The engine passes
/// PULUMI_STACK, PULUMI_PROJECT, PULUMI_ORGANIZATION, PULUMI_CONFIG and PULUMI_ROOT_DIRECTORY to the compiler, and
/// the yaml host appends the CLI's own environment after them, where the last duplicate wins (pulumi-yaml
/// pkg/pulumiyaml/run.go, LoadFromCompiler): an exported PULUMI_CONFIG would compile another profile, an exported
/// PULUMI_STACK breaks plugin discovery. So every one of them is removed, and the rollback's revision is set only for a
/// step that pins one. Credentials and the backend (PULUMI_ACCESS_TOKEN, PULUMI_BACKEND_URL, PULUMI_CONFIG_PASSPHRASE…)
/// pass unchanged: they say where the state is, not what runs.
/// </summary>
public static class PulumiEnvironment
{
    public static readonly IReadOnlyList<string> EngineVariables =
        ["PULUMI_STACK", "PULUMI_PROJECT", "PULUMI_ORGANIZATION", "PULUMI_CONFIG", "PULUMI_CONFIG_SECRET_KEYS", "PULUMI_ROOT_DIRECTORY"];

    /// <param name="pinnedRevisions">The revisions a pinning step names (NETRA_ROLLBACK_REVISIONS), or null.</param>
    public static IReadOnlyDictionary<string, string?> For(string? pinnedRevisions)
    {
        var overrides = EngineVariables.ToDictionary(v => v, _ => (string?)null, StringComparer.Ordinal);
        overrides[RunTimeRevisions.Variable] = pinnedRevisions;

        // The CLI's check for a newer version of itself is a network call on the relief path.
        overrides["PULUMI_SKIP_UPDATE_CHECK"] = "true";
        return overrides;
    }
}
