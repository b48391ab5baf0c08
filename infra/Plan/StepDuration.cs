using Netra.Infra.Components;
using Netra.Infra.Model;

namespace Netra.Infra.Plan;

/// <summary>
/// How long one `pulumi up` may take, as an upper bound with its parts. Google documents no durations for these
/// operations, so the bounds are the limits that end them: the provider's operation timeouts for connectors, and
/// for a new revision the startup window after which Cloud Run gives up on it.
/// </summary>
public sealed record StepDuration(int UpperBoundSeconds, IReadOnlyList<string> Parts)
{
    /// <summary>google_vpc_access_connector: create, update and delete each time out after 20 minutes
    /// (TPG google/services/vpcaccess/resource_vpc_access_connector.go, schema.DefaultTimeout(20 * time.Minute)).</summary>
    public const int ConnectorOperationSeconds = 20 * 60;

    public string Text => UpperBoundSeconds == 0
        ? "seconds (nothing waits on a rollout)"
        : $"up to {Minutes(UpperBoundSeconds)}: {string.Join(" + ", Parts)}";

    public static string Minutes(int seconds) => seconds % 60 == 0 ? $"{seconds / 60} min" : $"{seconds / 60} min {seconds % 60} s";

    /// <summary>Connectors first (services wait for the one they use), then the revisions, deletions last: the
    /// order Pulumi runs them in, so the bounds add up along it.</summary>
    public static StepDuration Of(EnvironmentSpec environment, IReadOnlyList<ResourceChange> changes)
    {
        var parts = new List<string>();
        var total = 0;
        if (changes.Any(c => c.Type == VpcConnectorComponent.Type && c.Disruption is Disruption.Create or Disruption.InPlace or Disruption.Replace))
        {
            total += ConnectorOperationSeconds;
            parts.Add($"connector create/update {Minutes(ConnectorOperationSeconds)} (provider timeout)");
        }

        var windows = environment.Services
            .Where(s => changes.Any(c => c.Name == CloudRunServiceComponent.LogicalName(s.Key) && c.Disruption == Disruption.NewRevision))
            .Select(s => (s.Value.Name, Seconds: StartupWindow(s.Value.StartupProbe)))
            .OrderByDescending(w => w.Seconds)
            .ToList();
        if (windows.Count > 0)
        {
            total += windows[0].Seconds;
            parts.Add($"new revisions {Minutes(windows[0].Seconds)} ({windows[0].Name}'s startup window, the longest)");
        }

        if (changes.Any(c => c.Type == VpcConnectorComponent.Type && c.Disruption == Disruption.Delete))
        {
            total += ConnectorOperationSeconds;
            parts.Add($"connector delete {Minutes(ConnectorOperationSeconds)} (provider timeout; the services no longer use it)");
        }

        if (changes.Any(c => c.Disruption == Disruption.Restart))
        {
            parts.Add("plus the database restart, which Google gives no bound for");
        }

        return new StepDuration(total, parts);
    }

    /// <summary>A revision that is not ready by initialDelay + period × failureThreshold is abandoned: the most a
    /// rollout waits for it (Cloud Run startup probes, https://cloud.google.com/run/docs/configuring/healthchecks).</summary>
    public static int StartupWindow(ProbeSpec probe) => probe.InitialDelaySeconds + (probe.PeriodSeconds * probe.FailureThreshold);
}
