using Netra.Infra.Diagnostics;
using Netra.Infra.Model;
using Netra.Infra.Validation;

namespace Netra.Infra.Config;

/// <summary>
/// The revisions a person names when they run a step that pins one (`traffic: {named-at-run-time: 100}`, the rollback
/// profile): `NETRA_ROLLBACK_REVISIONS=netra-backend-staging-00751-abc pulumi up …`. The engine passes the operator's
/// environment to the compiler (pulumi-yaml pkg/pulumiyaml/run.go, `cmd.Env = append(env, os.Environ()...)`), and
/// nothing is saved: `pulumi up -c` would write the value into the profile file (pulumi/pulumi up.go, saveConfig),
/// where it would go stale for the next incident. Each named revision is matched to its service by its name.
/// </summary>
public static class RunTimeRevisions
{
    public const string Variable = "NETRA_ROLLBACK_REVISIONS";
    public const string Keyword = "named-at-run-time";

    private const string Source = "environment";

    public static IReadOnlyList<string> PinnedRoles(ProfileSpec profile) =>
        profile.Services.Where(s => s.Value.Traffic.Any(t => t.NamedAtRunTime)).Select(s => s.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The profile with every run-time pin replaced by the revision named for it. <paramref name="planOnly"/>: an
    /// offline plan, where an unnamed pin shows as <see cref="Unnamed"/>; otherwise every pin must be named.
    /// </summary>
    public static ProfileSpec Resolve(EnvironmentSpec environment, ProfileSpec profile, string? value, bool planOnly, DiagnosticBag diagnostics)
    {
        var pinned = PinnedRoles(profile);
        var named = (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (pinned.Count == 0)
        {
            // Left over from a rollback in the same shell, it must never block the next step (the way back to normal
            // above all): it is ignored. The warning reaches `emit`; the engine discards a successful compile's stderr.
            if (named.Length > 0 && !planOnly)
            {
                diagnostics.Warning(DiagnosticCodes.RunTimeRevision, Source, Variable,
                    $"names {string.Join(", ", named)}, but profile {profile.Name} pins no revision, so it is ignored; unset it (`unset {Variable}`) before the next step that pins one, which must name a revision chosen then");
            }

            return profile;
        }

        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        var refused = false;
        foreach (var revision in named)
        {
            var owner = environment.Services.Values.Where(s => TrafficRules.IsRevisionOf(s, revision)).MaxBy(s => s.Name.Length);
            if (owner is null || !pinned.Contains(owner.Role))
            {
                refused = true;
                var expected = string.Join(" or ", pinned.Select(r => $"{environment.Services[r].Name}-<suffix>"));
                diagnostics.Error(DiagnosticCodes.RunTimeRevision, Source, Variable,
                    $"'{revision}' is not a revision of a service profile {profile.Name} pins ({string.Join(", ", pinned.Select(r => environment.Services[r].Name))}): name one of {expected}; list them with {ListCommand(environment, pinned[0])}");
            }
            else if (!chosen.TryAdd(owner.Role, revision))
            {
                diagnostics.Error(DiagnosticCodes.RunTimeRevision, Source, Variable, $"names two revisions of {owner.Name} ({chosen[owner.Role]}, {revision}): name one");
            }
        }

        // A refused name already says what to name instead; one error, not two.
        foreach (var role in pinned.Where(r => !chosen.ContainsKey(r) && !planOnly && !refused))
        {
            diagnostics.Error(DiagnosticCodes.RunTimeRevision, Source, Variable,
                $"profile {profile.Name} pins {environment.Services[role].Name} to a revision named when the step runs, and none is named: choose a ready revision with {ListCommand(environment, role)}, then run the step as `{Variable}=<revision> pulumi up …`");
        }

        var services = profile.Services.ToDictionary(
            s => s.Key,
            s => s.Value with
            {
                Traffic = s.Value.Traffic.Select(t => t.NamedAtRunTime ? new TrafficTarget(chosen.GetValueOrDefault(s.Key, TrafficTarget.Unnamed), t.Percent) : t).ToList(),
            });
        return profile with { Services = services };
    }

    /// <summary>The command that lists a service's revisions, newest first, with whether each is ready.</summary>
    public static string ListCommand(EnvironmentSpec environment, string role) =>
        $"`gcloud run revisions list --service {environment.Services[role].Name} --region {environment.Location.Region} --project {environment.Location.Project} --format='table(metadata.name,metadata.creationTimestamp,status.conditions[0].status:label=READY)'`";

    /// <summary>The command that shows which revisions of a service serve now, with their percentages.</summary>
    public static string TrafficCommand(EnvironmentSpec environment, string role) =>
        $"`gcloud run services describe {environment.Services[role].Name} --region {environment.Location.Region} --project {environment.Location.Project} --format='yaml(status.traffic)'`";
}
