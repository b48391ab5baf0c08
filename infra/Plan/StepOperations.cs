using Netra.Infra.Components;
using Netra.Infra.Limits;
using Netra.Infra.Model;
using Netra.Infra.Resources;
using Netra.Infra.Timing;

namespace Netra.Infra.Plan;

/// <summary>
/// The operations one `up` runs for a profile switch, each with its bound, from the same diff the plan shows. Google
/// documents no durations for these operations, so every bound is a limit that ends the wait (the provider's
/// timeouts, a revision's startup window) or an allowance the environment's data states (marked inferred until
/// measured). Where neither exists, the operation has no upper bound and says so.
/// </summary>
public static class StepOperations
{
    private const string ProviderTimeout = "the provider's operation timeout (magic-modules mmv1/products/vpcaccess/Connector.yaml and cloudrunv2/Service.yaml: 20 min)";

    public static IReadOnlyList<TimedOperation> Of(EnvironmentSpec environment, ProgramDeclaration from, ProgramDeclaration to, IReadOnlyList<ResourceChange> changes)
    {
        var (before, after) = (from.Resources.ToDictionary(r => r.Name), to.Resources.ToDictionary(r => r.Name));
        var deleted = changes.Where(c => c.Kind == ChangeKind.Deleted).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        return changes.Select(change =>
        {
            // A deletion waits for the deletions of what used the resource; anything else for what it reads.
            var waits = change.Kind == ChangeKind.Deleted
                ? deleted.Where(other => ResourceReferences.Of(before[other]).Contains(change.Name)).Order(StringComparer.Ordinal).ToList()
                : ResourceReferences.Of(after[change.Name]);
            return Operation(environment, change, waits);
        }).ToList();
    }

    private static TimedOperation Operation(EnvironmentSpec environment, ResourceChange change, IReadOnlyList<string> waits)
    {
        var role = change.Kind == ChangeKind.Deleted ? OperationRole.CleansUp
            : change.Type == CloudRunServiceComponent.Type ? OperationRole.Serves
            : OperationRole.Prepares;
        TimedOperation Bounded(string action, params Bound[] parts) => new(change.Name, action, role, parts, role == OperationRole.Serves ? [Poll] : [], waits);
        TimedOperation Unbounded(string action, string why) => new(change.Name, action, role, null, [], waits, why);
        var word = PlanReport.Word(change.Disruption);

        return (change.Type, change.Disruption) switch
        {
            (VpcConnectorComponent.Type, Disruption.Replace) => Bounded(word, Provider("connector delete"), Provider("connector create")),
            (VpcConnectorComponent.Type, _) => Bounded(word, Provider(change.Kind switch
            {
                ChangeKind.Created => "connector create",
                ChangeKind.Deleted => "connector delete",
                _ => "connector update",
            })),
            (CloudRunServiceComponent.Type, Disruption.Replace) => Bounded(word, Provider("service delete"), RevisionStart(environment), StartupWindow(environment, change.Name)),
            (CloudRunServiceComponent.Type, _) when change.Kind == ChangeKind.Deleted => Bounded(word, Provider("service delete")),
            (CloudRunServiceComponent.Type, _) when ServiceChanges.StartsRevision(change) => Bounded(word, RevisionStart(environment), StartupWindow(environment, change.Name)),
            // Traffic moved to another (older) revision: it serves no traffic until then, so Cloud Run has scaled it to zero
            // ("a revision that doesn't receive traffic is scaled in to zero", https://cloud.google.com/run/docs/about-instance-autoscaling)
            // and it starts cold once requests reach it: its start and startup window follow the traffic update.
            (CloudRunServiceComponent.Type, _) when ServiceChanges.ChangesServingRevision(change) => Bounded(word,
                Allowance(environment, environment.Allowances.ServiceUpdate, "service update"), RevisionStart(environment), StartupWindow(environment, change.Name)),
            (CloudRunServiceComponent.Type, _) => Bounded(word, Allowance(environment, environment.Allowances.ServiceUpdate, "service update")),
            (MetricPropagationWaitComponent.Type, _) when change.Kind == ChangeKind.Created || change.Disruption == Disruption.Replace => Bounded(word,
                new Bound("metric propagation wait", environment.Observability.PropagationSeconds, $"the wait it declares ({environment.File.DisplayName} observability.metricPropagationSeconds)")),
            (MetricPropagationWaitComponent.Type or RandomValueComponent.Type, _) => Bounded(word,
                new Bound("local", 0, "the time and random providers compute it on the machine running Pulumi, without calling GCP")),
            _ when change.Type.StartsWith("pulumi:providers:", StringComparison.Ordinal) => Bounded(word,
                new Bound("local", 0, "a provider resource is configuration of the engine, not a call to GCP")),
            _ => Unbounded(word, $"nothing documented bounds a {change.Type} {word}"),
        };
    }

    private static Bound Provider(string what) => new(what, TimingLimits.ProviderOperationSeconds, ProviderTimeout);

    private static readonly Bound Poll = new("provider polling", TimingLimits.ProviderPollSeconds,
        "the provider checks an operation every 10 s (TPG google/transport/config.go, default PollInterval)");

    private static Bound RevisionStart(EnvironmentSpec environment) => Allowance(environment, environment.Allowances.RevisionStart, "revision start");

    /// <summary>Pulumi's own work before the first change: the state lock, then its refreshes and preview.</summary>
    public static Bound Engine(EnvironmentSpec environment)
    {
        var (work, lockWait) = (environment.Allowances.Engine, environment.Allowances.StateLock);
        var inferred = work.Inferred || lockWait.Inferred;
        var source = $"{environment.File.DisplayName} allowances.{lockWait.Name} {lockWait.Seconds} s + allowances.{work.Name} {work.Seconds} s" +
            (inferred ? $" (inferred; measure: {work.Confirm})" : " (measured)");
        return new Bound("Pulumi's lock, refreshes and preview", lockWait.Seconds + work.Seconds, source, inferred, inferred ? work.Confirm : null);
    }

    private static Bound Allowance(EnvironmentSpec environment, TimingAllowance allowance, string what) =>
        new(what, allowance.Seconds, allowance.Inferred
            ? $"{environment.File.DisplayName} allowances.{allowance.Name} (inferred; measure: {allowance.Confirm})"
            : $"{environment.File.DisplayName} allowances.{allowance.Name} (measured)", allowance.Inferred, allowance.Inferred ? allowance.Confirm : null);

    /// <summary>A revision whose startup probe has not passed by initialDelay + period × failureThreshold is stopped:
    /// the most a rollout waits for it (https://cloud.google.com/run/docs/configuring/healthchecks).</summary>
    private static Bound StartupWindow(EnvironmentSpec environment, string resource)
    {
        var service = environment.Services.Values.Single(s => CloudRunServiceComponent.LogicalName(s.Role) == resource);
        var probe = service.StartupProbe;
        return new Bound("startup window", StartupWindowSeconds(probe),
            $"{service.Name}'s startup probe: initialDelaySeconds {probe.InitialDelaySeconds} + periodSeconds {probe.PeriodSeconds} × failureThreshold {probe.FailureThreshold}; Cloud Run stops a container not started by then (https://cloud.google.com/run/docs/configuring/healthchecks)");
    }

    public static int StartupWindowSeconds(ProbeSpec probe) => probe.InitialDelaySeconds + (probe.PeriodSeconds * probe.FailureThreshold);
}
